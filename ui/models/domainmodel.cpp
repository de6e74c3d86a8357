#include "ui/models/domainmodel.h"

#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Models {

DomainModel::DomainModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DomainModel::setDomains(const QStringList &domains, const QHash<QString, int> &userCounts)
{
    beginResetModel();
    m_domains = domains;
    m_userCounts = userCounts;
    endResetModel();
}

int DomainModel::rowOf(const QString &domain) const
{
    return int(m_domains.indexOf(domain));
}

int DomainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_domains.size());
}

QVariant DomainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_domains.size())
        return {};
    const QString &domain = m_domains[index.row()];
    const int users = m_userCounts.value(domain);
    switch (role) {
    case Qt::DisplayRole:
    case DomainRole:
        return domain;
    case UserCountRole:
        return users;
    case Qt::DecorationRole:
        return Widgets::Icons::domain();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%n user(s)", nullptr, users);
    default:
        return {};
    }
}

} // namespace Doorstep::Ui::Models
