#pragma once

#include <QSortFilterProxyModel>

namespace Doorstep::Ui::Models {

/**
 * A sortable, searchable view of one of the pages' table models (see tableroles.h): rows
 * whose text in any column contains the search text, and, when a category is chosen, only
 * rows of that category.
 */
class TableFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterModel)

public:
    explicit TableFilterModel(QObject *parent = nullptr);

    const QString &searchText() const { return m_search; }
    void setSearchText(const QString &text);
    /** The CategoryRole value rows must have; "" shows every row. */
    const QString &category() const { return m_category; }
    void setCategory(const QString &category);
    /** True when a search text or a category hides rows. */
    bool isFiltering() const { return !m_search.isEmpty() || !m_category.isEmpty(); }

    /** The row showing the source row whose KeyRole is @p key (invalid when hidden or absent). */
    QModelIndex indexOfKey(const QString &key) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_category;
};

} // namespace Doorstep::Ui::Models
