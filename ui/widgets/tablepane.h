#pragma once

#include <functional>

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Doorstep::Ui::Models {
class TableFilterModel;
}

namespace Doorstep::Ui::Widgets {

class EmptyState;

/**
 * One list of a page: a heading, a search field, a sortable table over a TableFilterModel,
 * an empty state that says what to do (or that nothing matches the search) and a row for the
 * buttons that act on the selected row. Rows are identified by their KeyRole (tableroles.h);
 * the selection survives reloads. Ctrl+F goes to the search field, Enter on a row emits
 * activated().
 */
class TablePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePane)

public:
    /** @p name prefixes the children's objectNames: <name>View, <name>Search, <name>EmptyLabel. */
    TablePane(QAbstractItemModel *model, const QString &name, QWidget *parent = nullptr);

    Models::TableFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *heading() const { return m_heading; }
    EmptyState *emptyState() const { return m_empty; }
    /** The heading, what the page adds (filters), then the search field. */
    QHBoxLayout *headerRow() const { return m_headerRow; }
    /** Below the table, right-aligned: buttons for the selected row. */
    QHBoxLayout *buttonRow() const { return m_buttonRow; }

    /** The heading; its mnemonic moves the focus to the table. */
    void setHeading(const QString &text);
    /** The table's accessible name, and the search field's placeholder and accessible name. */
    void setNames(const QString &tableName, const QString &searchPlaceholder, const QString &searchName);
    /** What the pane shows while the list is empty. */
    void setEmptyText(const QString &text);
    /** What it shows while the filter hides every row (default: "Nothing matches “search”."). */
    void setNoMatchText(std::function<QString()> text);
    /** The column that takes the remaining width; the others fit their contents. */
    void setStretchColumn(int column);
    /** A column the person sizes (for long lists of addresses), starting @p width pixels wide. */
    void setInteractiveColumn(int column, int width);
    void setMultiSelection(bool multi);

    /** The KeyRole of the current (selected) row; "" when none. */
    QString currentKey() const;
    /** The KeyRoles of every selected row, in the order shown. */
    QStringList selectedKeys() const;
    /** Selects the row with @p key; false when it is not shown. */
    bool selectKey(const QString &key);

public Q_SLOTS:
    /** Shows the table, the empty text or the no-match text, whichever applies. */
    void updateEmptyState();

Q_SIGNALS:
    /** The selection changed (@p key is the current row's, "" when none). */
    void currentChanged(const QString &key);
    /** Enter or a double click on a row. */
    void activated(const QString &key);

private:
    QAbstractItemModel *m_model;
    Models::TableFilterModel *m_filter;
    QLabel *m_heading;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QHBoxLayout *m_headerRow;
    QHBoxLayout *m_buttonRow;
    QString m_emptyText;
    std::function<QString()> m_noMatchText;
    QString m_keyBeforeReset;
};

} // namespace Doorstep::Ui::Widgets
