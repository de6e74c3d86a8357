#pragma once

#include <QAbstractTableModel>

#include "resources/dbus/dbustypes.h"

namespace Doorstep::Ui::Models {

/** Aliases.List as a table: the address, what kind of alias it is, and where it delivers. */
class AliasModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasModel)

public:
    enum Column {
        AddressColumn,
        KindColumn,
        TargetsColumn,
        ColumnCount,
    };
    enum class Kind {
        Address,  // local@domain
        CatchAll, // @domain
        LocalName // a bare name such as root, for mail from programs
    };

    explicit AliasModel(QObject *parent = nullptr);

    void setAliases(const DBus::StringPairList &aliases);
    const DBus::StringPairList &aliases() const { return m_aliases; }
    /** The row of @p address, or -1. */
    int rowOf(const QString &address) const;

    static Kind kindOf(const QString &address);
    /** "Alias", "Catch-all", "Local name". */
    static QString kindLabel(Kind kind);
    /** The targets as the engine sends them ("a@x,b@y") split into addresses. */
    static QStringList splitTargets(const QString &targets);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DBus::StringPairList m_aliases;
};

} // namespace Doorstep::Ui::Models
