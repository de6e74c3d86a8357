#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/**
 * Greylist.List as a table: client network, sender ("<>" for the null sender), recipient,
 * state (waiting for its retry or passed, a word and an icon) and when it was last seen. A
 * row's key is the triplet's text form "NETWORK,SENDER,RECIPIENT" that Greylist.Forget takes.
 */
class GreylistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreylistModel)

public:
    enum Column {
        NetworkColumn,
        SenderColumn,
        RecipientColumn,
        StateColumn,
        LastSeenColumn,
        ColumnCount,
    };

    explicit GreylistModel(QObject *parent = nullptr);

    void setTriplets(const DBus::GreylistEntryList &triplets);
    const DBus::GreylistEntryList &triplets() const { return m_triplets; }
    int rowOf(const QString &key) const;
    static QString keyOf(const DBus::GreylistEntry &triplet);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::GreylistEntryList m_triplets;
};

} // namespace Doorstep::Ui::Models
