#include "ui/models/userfiltermodel.h"

#include "ui/models/usermodel.h"

namespace Doorstep::Ui::Models {

UserFilterModel::UserFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UserFilterModel::setDomain(const QString &domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    invalidateRowsFilter();
}

void UserFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(UserModel::DomainRole).toString().compare(m_domain, Qt::CaseInsensitive) != 0)
        return false;
    return m_search.isEmpty() || index.data(UserModel::AddressRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Doorstep::Ui::Models
