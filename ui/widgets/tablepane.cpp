#include "ui/widgets/tablepane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/tablefiltermodel.h"
#include "ui/models/tableroles.h"
#include "ui/widgets/emptystate.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

TablePane::TablePane(QAbstractItemModel *model, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new Models::TableFilterModel(this))
    , m_heading(new QLabel)
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(name + u"EmptyLabel"_s))
    , m_headerRow(new QHBoxLayout)
    , m_buttonRow(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(name + u"Heading"_s);
    m_heading->setBuddy(m_table);
    m_heading->hide();
    m_headerRow->addWidget(m_heading);
    m_headerRow->addStretch(1);
    m_search->setObjectName(name + u"Search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search"));
    m_headerRow->addWidget(m_search);
    layout->addLayout(m_headerRow);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(name + u"View"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other list
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_buttonRow->addStretch(1);
    layout->addLayout(m_buttonRow);

    m_noMatchText = [this] { return tr("Nothing matches “%1”.").arg(m_filter->searchText()); };

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    // The selection is kept across reloads (the source model is reset with fresh data).
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keyBeforeReset = currentKey(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        if (!m_keyBeforeReset.isEmpty())
            selectKey(m_keyBeforeReset);
        Q_EMIT currentChanged(currentKey());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TablePane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TablePane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TablePane::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { Q_EMIT currentChanged(currentKey()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT activated(index.siblingAtColumn(0).data(Models::KeyRole).toString());
    });
    setTabOrder(m_search, m_table);
    auto *find = new QShortcut(QKeySequence::Find, this, m_search, qOverload<>(&QWidget::setFocus));
    find->setContext(Qt::WidgetWithChildrenShortcut);
    updateEmptyState();
}

void TablePane::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void TablePane::setNames(const QString &tableName, const QString &searchPlaceholder, const QString &searchName)
{
    m_table->setAccessibleName(tableName);
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setAccessibleName(searchName);
}

void TablePane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

void TablePane::setNoMatchText(std::function<QString()> text)
{
    m_noMatchText = std::move(text);
    updateEmptyState();
}

void TablePane::setStretchColumn(int column)
{
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void TablePane::setInteractiveColumn(int column, int width)
{
    m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(column, width);
}

void TablePane::setMultiSelection(bool multi)
{
    m_table->setSelectionMode(multi ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
}

QString TablePane::currentKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.siblingAtColumn(0).data(Models::KeyRole).toString();
    return rows.first().data(Models::KeyRole).toString();
}

QStringList TablePane::selectedKeys() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &index : std::as_const(rows))
        keys << index.data(Models::KeyRole).toString();
    return keys;
}

bool TablePane::selectKey(const QString &key)
{
    const QModelIndex index = m_filter->indexOfKey(key);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void TablePane::updateEmptyState()
{
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_empty->setText(m_model->rowCount() == 0 || !m_filter->isFiltering() ? m_emptyText : m_noMatchText());
    m_stack->setCurrentWidget(m_empty);
}

} // namespace Doorstep::Ui::Widgets
