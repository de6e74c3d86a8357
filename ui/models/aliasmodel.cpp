#include "ui/models/aliasmodel.h"

#include "ui/models/tableroles.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

AliasModel::AliasModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AliasModel::setAliases(const DBus::StringPairList &aliases)
{
    beginResetModel();
    m_aliases = aliases;
    endResetModel();
}

int AliasModel::rowOf(const QString &address) const
{
    for (int row = 0; row < m_aliases.size(); ++row) {
        if (m_aliases[row].first.compare(address, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

AliasModel::Kind AliasModel::kindOf(const QString &address)
{
    if (address.startsWith(u'@'))
        return Kind::CatchAll;
    if (!address.contains(u'@'))
        return Kind::LocalName;
    return Kind::Address;
}

QString AliasModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Address:
        //: Kind of incoming address: an extra address that delivers to mailboxes
        return tr("Alias");
    case Kind::CatchAll:
        //: Kind of incoming address: receives mail for every unknown address of a domain
        return tr("Catch-all");
    case Kind::LocalName:
        //: Kind of incoming address: a bare name such as "root", for mail from programs
        return tr("Local name");
    }
    return {};
}

QStringList AliasModel::splitTargets(const QString &targets)
{
    QStringList list;
    for (const QString &target : targets.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = target.trimmed(); !trimmed.isEmpty())
            list << trimmed;
    }
    return list;
}

int AliasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_aliases.size());
}

int AliasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AliasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_aliases.size())
        return {};
    const DBus::StringPair &alias = m_aliases[index.row()];
    const Kind kind = kindOf(alias.first);
    if (role == KeyRole)
        return alias.first;
    if (role == CategoryRole)
        return int(kind);
    switch (index.column()) {
    case AddressColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return alias.first;
        if (role == Qt::ToolTipRole && kind == Kind::CatchAll)
            return tr("Every address in %1 that has no mailbox or alias of its own").arg(alias.first.mid(1));
        if (role == Qt::ToolTipRole && kind == Kind::LocalName)
            return tr("Mail that programs on this server send to “%1”").arg(alias.first);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kindLabel(kind);
        if (role == SortRole)
            return int(kind);
        break;
    case TargetsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return splitTargets(alias.second).join(u", "_s);
        if (role == Qt::ToolTipRole)
            return splitTargets(alias.second).join(u'\n');
        break;
    default:
        break;
    }
    return {};
}

QVariant AliasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case KindColumn:
        //: Column header: alias, catch-all or local name
        return tr("Kind");
    case TargetsColumn:
        //: Column header: the addresses an alias delivers to
        return tr("Delivers to");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models
