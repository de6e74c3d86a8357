#include "ui/models/allowlistmodel.h"

#include "ui/models/tableroles.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

AllowListModel::AllowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllowListModel::setPatterns(const QStringList &patterns)
{
    beginResetModel();
    m_patterns = patterns;
    endResetModel();
}

QString AllowListModel::kindLabel(const QString &pattern)
{
    if (pattern.contains(u'@'))
        //: Allow-list pattern that matches the envelope sender
        return tr("Sender");
    //: Allow-list pattern that matches the connecting server's address or name
    return tr("Sending server");
}

int AllowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patterns.size());
}

int AllowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllowListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patterns.size())
        return {};
    const QString &pattern = m_patterns[index.row()];
    if (role == KeyRole)
        return pattern;
    if (index.column() == PatternColumn && (role == Qt::DisplayRole || role == SortRole))
        return pattern;
    if (index.column() == KindColumn && (role == Qt::DisplayRole || role == SortRole))
        return kindLabel(pattern);
    return {};
}

QVariant AllowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PatternColumn:
        //: Column header: an address, network, host name or sender domain
        return tr("Pattern");
    case KindColumn:
        //: Column header: whether the pattern matches the sender or the sending server
        return tr("Matches");
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models
