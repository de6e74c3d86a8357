#pragma once

#include <QSortFilterProxyModel>

namespace Doorstep::Ui::Models {

/** The users of one domain, matching a search text, sortable by every column. */
class UserFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterModel)

public:
    explicit UserFilterModel(QObject *parent = nullptr);

    const QString &domain() const { return m_domain; }
    void setDomain(const QString &domain);
    const QString &searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_domain;
    QString m_search;
};

} // namespace Doorstep::Ui::Models
