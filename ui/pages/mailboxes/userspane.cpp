#include "ui/pages/mailboxes/userspane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/userfiltermodel.h"
#include "ui/models/usermodel.h"
#include "ui/widgets/emptystate.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::UserModel;

namespace {

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

UsersPane::UsersPane(UserModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new Models::UserFilterModel(this))
    , m_heading(new QLabel(tr("Users")))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_stack(new QStackedWidget)
    , m_empty(new Widgets::EmptyState(u"usersEmptyLabel"_s))
    , m_setPassword(button(tr("Set &Password…"), u"setPasswordButton"_s))
    , m_toggleEnabled(button(tr("&Disable"), u"toggleEnabledButton"_s))
    , m_remove(button(tr("Remo&ve User…"), u"removeUserButton"_s))
    , m_setUpDevice(button(tr("Se&t Up a Device…"), u"setUpDeviceButton"_s))
    , m_setUpDeviceAction(new QAction(tr("Se&t Up a Device…"), this))
{
    m_setUpDeviceAction->setObjectName(u"setUpDeviceAction"_s);
    m_setUpDeviceAction->setToolTip(tr("The settings to type into a mail program on a computer or phone"));
    m_setUpDevice->setToolTip(m_setUpDeviceAction->toolTip());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto *top = new QHBoxLayout;
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(u"usersHeading"_s);
    top->addWidget(m_heading, 1);
    m_search->setObjectName(u"userSearch"_s);
    m_search->setPlaceholderText(tr("Search users…"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    top->addWidget(m_search);
    layout->addLayout(top);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"usersView"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserModel::AddressColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(UserModel::AddressColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UserModel::EnabledColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserModel::MailboxColumn, QHeaderView::ResizeToContents);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setUpDevice);
    buttons->addStretch(1);
    buttons->addWidget(m_setPassword);
    buttons->addWidget(m_toggleEnabled);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPane::updateButtons);
    const auto withUser = [this](auto signal) {
        return [this, signal] {
            if (const QString user = selectedUser(); !user.isEmpty())
                Q_EMIT(this->*signal)(user);
        };
    };
    connect(m_table, &QTableView::activated, this, withUser(&UsersPane::setPasswordRequested));
    connect(m_setPassword, &QPushButton::clicked, this, withUser(&UsersPane::setPasswordRequested));
    connect(m_remove, &QPushButton::clicked, this, withUser(&UsersPane::removeRequested));
    connect(m_setUpDeviceAction, &QAction::triggered, this, withUser(&UsersPane::setUpDeviceRequested));
    connect(m_setUpDevice, &QPushButton::clicked, m_setUpDeviceAction, &QAction::trigger);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_setUpDeviceAction);
    connect(m_toggleEnabled, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedUser());
        if (row < 0)
            return;
        m_toggleEnabled->setEnabled(false); // until the engine answered and the list reloaded
        Q_EMIT setEnabledRequested(m_model->users().at(row).address, !m_model->users().at(row).enabled);
    });
    setTabOrder(m_search, m_table);
    auto *find = new QShortcut(QKeySequence::Find, this, m_search, qOverload<>(&QWidget::setFocus));
    find->setContext(Qt::WidgetWithChildrenShortcut);
    updateEmptyState();
    updateButtons();
}

void UsersPane::setDomain(const QString &domain)
{
    if (domain != m_domain)
        m_table->clearSelection();
    m_domain = domain;
    m_filter->setDomain(domain);
    m_heading->setText(domain.isEmpty() ? tr("Users") : tr("Users in %1").arg(domain));
    m_search->setEnabled(!domain.isEmpty());
    updateEmptyState();
    updateButtons();
}

QString UsersPane::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UserModel::AddressRole).toString();
}

void UsersPane::selectUser(const QString &address)
{
    const int row = m_model->rowOf(address);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void UsersPane::setActionsAvailable(bool available)
{
    m_available = available;
    updateButtons();
}

void UsersPane::updateEmptyState()
{
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_domain.isEmpty())
        m_empty->setText(tr("Add a domain first; then add the people who get a mailbox in it."));
    else if (!m_filter->searchText().isEmpty())
        m_empty->setText(tr("No user in %1 matches “%2”.").arg(m_domain, m_filter->searchText()));
    else
        m_empty->setText(tr("No users in %1 yet — add one with Add User. The address and password are what "
                            "mail programs log in with.")
                             .arg(m_domain));
    m_stack->setCurrentWidget(m_empty);
}

void UsersPane::updateButtons()
{
    const int row = m_model->rowOf(selectedUser());
    const bool haveUser = m_available && row >= 0;
    m_setPassword->setEnabled(haveUser);
    m_remove->setEnabled(haveUser);
    m_setUpDeviceAction->setEnabled(haveUser);
    m_setUpDevice->setEnabled(haveUser);
    m_toggleEnabled->setEnabled(haveUser);
    const bool enabled = haveUser && m_model->users().at(row).enabled;
    m_toggleEnabled->setText(!haveUser || enabled ? tr("&Disable") : tr("&Enable"));
    m_toggleEnabled->setToolTip(enabled ? tr("Refuse this user's logins and mail; the mailbox is kept")
                                        : tr("Let this user log in and receive mail again"));
}

} // namespace Doorstep::Ui::Pages
