#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace Doorstep::Ui::Models {

/** Domains.List, with the number of users of each domain for tooltips and screen readers. */
class DomainModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainModel)

public:
    enum Role {
        DomainRole = Qt::UserRole + 1,
        UserCountRole,
    };

    explicit DomainModel(QObject *parent = nullptr);

    void setDomains(const QStringList &domains, const QHash<QString, int> &userCounts);
    const QStringList &domains() const { return m_domains; }
    int rowOf(const QString &domain) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_domains;
    QHash<QString, int> m_userCounts;
};

} // namespace Doorstep::Ui::Models
