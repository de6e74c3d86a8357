#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/**
 * Queue.List as a table: id, sender, recipients, state (a word and an icon), next attempt
 * ("now" when due), attempts and the last error.
 */
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column {
        IdColumn,
        SenderColumn,
        RecipientsColumn,
        StateColumn,
        NextAttemptColumn,
        AttemptsColumn,
        LastErrorColumn,
        ColumnCount,
    };

    explicit QueueModel(QObject *parent = nullptr);

    void setEntries(const DBus::QueueEntryList &entries);
    const DBus::QueueEntryList &entries() const { return m_entries; }
    int rowOf(const QString &id) const;

    /** The queue states a filter offers, in order: queued, deferred, delivering. */
    static QStringList states();
    /**
     * A word for a message's or recipient's state (queued, deferred, delivering, delivered,
     * failed); an unknown token is shown as such, never guessed.
     */
    static QString stateLabel(const QString &state);
    static QString stateDescription(const QString &state);
    static QIcon stateIcon(const QString &state);
    /** "now" for 0 or a time already past, else the local date and time. */
    static QString nextAttemptText(quint64 usec);
    /** The sender for people: "<>" (a delivery report) for the null sender. */
    static QString senderText(const QString &sender);
    /** Queue.List's comma-separated recipients as people read them ("a@x, b@y"). */
    static QString recipientsText(const QString &recipients);
    /** A remote reply as a tooltip that wraps (a plain one would be a single long line). */
    static QString replyToolTip(const QString &reply);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::QueueEntryList m_entries;
};

} // namespace Doorstep::Ui::Models
