#pragma once

#include <QAbstractTableModel>
#include <QVariantList>

namespace Doorstep::Ui::Models {

/**
 * The recipients of one queued message (Queue.Get "recipients"): the address as given, where
 * it delivers to, its state, attempts, next attempt and the last remote reply.
 */
class QueueRecipientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueRecipientModel)

public:
    enum Column {
        AddressColumn,
        DeliversToColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastReplyColumn,
        ColumnCount,
    };

    struct Recipient
    {
        QString address;
        QString deliversTo;
        bool local = false;
        QString state;
        uint attempts = 0;
        quint64 nextAttemptUsec = 0;
        QString lastError;
    };

    explicit QueueRecipientModel(QObject *parent = nullptr);

    /** Unpacks Queue.Get's "recipients" (aa{sv}, as QtDBus delivers it). */
    static QList<Recipient> fromDBus(const QVariant &recipients);

    void setRecipients(const QList<Recipient> &recipients);
    const QList<Recipient> &recipients() const { return m_recipients; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Recipient> m_recipients;
};

} // namespace Doorstep::Ui::Models
