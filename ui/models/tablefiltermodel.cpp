#include "ui/models/tablefiltermodel.h"

#include "ui/models/tableroles.h"

namespace Doorstep::Ui::Models {

TableFilterModel::TableFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void TableFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

QModelIndex TableFilterModel::indexOfKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex index = this->index(row, 0);
        if (index.data(KeyRole).toString() == key)
            return index;
    }
    return {};
}

bool TableFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_category.isEmpty() && source->index(sourceRow, 0, sourceParent).data(CategoryRole).toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Doorstep::Ui::Models
