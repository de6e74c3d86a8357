#include "ui/pages/mailboxes/mailboxespage.h"

#include <QAction>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/domainmodel.h"
#include "ui/models/usermodel.h"
#include "ui/pages/mailboxes/adddomaindialog.h"
#include "ui/pages/mailboxes/adduserdialog.h"
#include "ui/pages/mailboxes/devicesetupdialog.h"
#include "ui/pages/mailboxes/setpassworddialog.h"
#include "ui/pages/mailboxes/userspane.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

MailboxesPage::MailboxesPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_domainModel(new Models::DomainModel(this))
    , m_userModel(new Models::UserModel(this))
    , m_domains(new QListView)
    , m_domainsStack(new QStackedWidget)
    , m_removeDomain(new QPushButton(tr("&Remove Domain…")))
    , m_usersPane(new UsersPane(m_userModel))
    , m_addUserAction(new QAction(Widgets::Icons::add(), tr("Add &User…"), this))
    , m_addDomainAction(new QAction(Widgets::Icons::add(), tr("Add Do&main…"), this))
{
    m_addUserAction->setObjectName(u"addUserAction"_s);
    m_addUserAction->setShortcut(QKeySequence::New);
    m_addDomainAction->setObjectName(u"addDomainAction"_s);
    m_addDomainAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    connect(m_addUserAction, &QAction::triggered, this, &MailboxesPage::addUser);
    connect(m_addDomainAction, &QAction::triggered, this, &MailboxesPage::addDomain);
    addPrimaryAction(m_addUserAction);
    addPrimaryAction(m_addDomainAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mailboxesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildDomainsPane());
    m_usersPane->setObjectName(u"usersPane"_s);
    splitter->addWidget(m_usersPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setTabOrder(m_domains, m_removeDomain);
    setTabOrder(m_removeDomain, m_usersPane->searchField());

    connect(m_usersPane, &UsersPane::setPasswordRequested, this, &MailboxesPage::setPassword);
    connect(m_usersPane, &UsersPane::setEnabledRequested, this, &MailboxesPage::setEnabled);
    connect(m_usersPane, &UsersPane::removeRequested, this, &MailboxesPage::removeUser);
    connect(m_usersPane, &UsersPane::setUpDeviceRequested, this, &MailboxesPage::setUpDevice);
    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind) {
        if (kind == u"config_changed"_s)
            scheduleReload();
    });
    updateActions();
}

MailboxesPage::~MailboxesPage() = default;

QString MailboxesPage::id() const
{
    return u"mailboxes"_s;
}

QString MailboxesPage::title() const
{
    return tr("Mailboxes & Domains");
}

QString MailboxesPage::description() const
{
    return tr("The domains this server receives mail for, and who has a mailbox.");
}

QIcon MailboxesPage::icon() const
{
    return Widgets::Icons::mailboxesPage();
}

QWidget *MailboxesPage::buildDomainsPane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *title = new QLabel(tr("D&omains"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_domains);
    layout->addWidget(title);
    m_domains->setObjectName(u"domainsView"_s);
    m_domains->setAccessibleName(tr("Domains"));
    m_domains->setModel(m_domainModel);
    m_domains->setSelectionMode(QAbstractItemView::SingleSelection);
    m_domains->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domains->setSpacing(1);
    auto *empty = new Widgets::EmptyState(u"domainsEmptyLabel"_s);
    empty->setText(tr("No domains yet — add the domain you receive mail for, such as example.org."));
    m_domainsStack->addWidget(m_domains);
    m_domainsStack->addWidget(empty);
    layout->addWidget(m_domainsStack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_removeDomain->setObjectName(u"removeDomainButton"_s);
    buttons->addWidget(m_removeDomain);
    layout->addLayout(buttons);
    connect(m_domains->selectionModel(), &QItemSelectionModel::currentChanged, this, &MailboxesPage::onDomainSelected);
    connect(m_removeDomain, &QPushButton::clicked, this, &MailboxesPage::removeDomain);
    return pane;
}

void MailboxesPage::reload()
{
    // Two lists, two calls in parallel; shown together when both answered.
    const quint64 generation = ++m_generation;
    m_pendingReplies = 2;
    m_loadFailed = false;
    const auto done = [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError() && !m_loadFailed) {
            m_loadFailed = true;
            showCallError(call);
        }
        if (--m_pendingReplies == 0 && !m_loadFailed)
            applyLoaded();
    };
    EngineClient::whenFinished(client().domains().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_loadedDomains = QDBusPendingReply<QStringList>(call).value();
        done(call);
    });
    EngineClient::whenFinished(client().users().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_loadedUsers = QDBusPendingReply<DBus::UserList>(call).value();
        done(call);
    });
}

void MailboxesPage::engineGone()
{
    ++m_generation; // answers still on their way are stale
    m_messageBar->dismiss();
    m_domainModel->setDomains({}, {});
    m_userModel->setUsers({});
    m_selectedDomain.clear();
    m_usersPane->setDomain({});
    updateActions();
}

void MailboxesPage::applyLoaded()
{
    const QString user = m_usersPane->selectedUser();
    const QString previous = m_selectedDomain;
    QHash<QString, int> counts;
    for (const DBus::User &u : std::as_const(m_loadedUsers))
        ++counts[Models::UserModel::domainOf(u.address)];
    m_domainModel->setDomains(m_loadedDomains, counts);
    m_userModel->setUsers(m_loadedUsers);
    m_domainsStack->setCurrentIndex(m_loadedDomains.isEmpty() ? 1 : 0);
    if (!selectDomain(previous)) {
        m_selectedDomain.clear();
        if (!m_loadedDomains.isEmpty())
            selectDomain(m_loadedDomains.first());
    }
    m_usersPane->setDomain(m_selectedDomain);
    m_usersPane->selectUser(user);
    updateActions();
}

bool MailboxesPage::selectDomain(const QString &domain)
{
    const int row = m_domainModel->rowOf(domain);
    if (domain.isEmpty() || row < 0)
        return false;
    m_domains->setCurrentIndex(m_domainModel->index(row));
    onDomainSelected();
    return true;
}

void MailboxesPage::onDomainSelected()
{
    m_selectedDomain = m_domains->currentIndex().data(Models::DomainModel::DomainRole).toString();
    m_usersPane->setDomain(m_selectedDomain);
    updateActions();
}

void MailboxesPage::updateActions()
{
    const bool available = engineAvailable();
    const bool haveDomains = m_domainModel->rowCount() > 0;
    m_domainsStack->setCurrentIndex(haveDomains ? 0 : 1);
    m_addUserAction->setEnabled(available && haveDomains);
    m_addUserAction->setToolTip(haveDomains ? tr("Give someone a mailbox and a login") : tr("Add a domain first"));
    m_addDomainAction->setEnabled(available);
    m_removeDomain->setEnabled(available && !m_selectedDomain.isEmpty());
    m_usersPane->setActionsAvailable(available);
}

void MailboxesPage::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !engineAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void MailboxesPage::reloadAfter(const QDBusPendingCall &call)
{
    EngineClient::whenFinished(call, this, [this](const QDBusPendingCall &finished) {
        if (finished.isError())
            showCallError(finished);
        reload();
    });
}

void MailboxesPage::addDomain()
{
    auto *dialog = new AddDomainDialog(client(), this);
    connect(dialog, &AddDomainDialog::succeeded, this, [this, dialog] {
        m_selectedDomain = dialog->domain().toLower(); // show the new domain's (empty) users
        reload();
    });
    dialog->open();
}

void MailboxesPage::removeDomain()
{
    const QString domain = m_selectedDomain;
    if (domain.isEmpty())
        return;
    Widgets::confirmRemoval(this, u"confirmRemoveDomain"_s, tr("Stop receiving mail for %1?").arg(domain),
                            tr("Mail to this domain will be refused. A domain can only be removed when it has no users or "
                               "aliases left; mailboxes on disk are kept."),
                            tr("&Remove Domain"), [this, domain] { reloadAfter(client().domains().Remove(domain)); });
}

void MailboxesPage::addUser()
{
    if (m_domainModel->rowCount() == 0)
        return;
    auto *dialog = new AddUserDialog(client(), m_domainModel->domains(), m_selectedDomain, this);
    connect(dialog, &AddUserDialog::succeeded, this, &MailboxesPage::reload);
    dialog->open();
}

void MailboxesPage::setPassword(const QString &user)
{
    auto *dialog = new SetPasswordDialog(client(), user, this);
    connect(dialog, &SetPasswordDialog::succeeded, this, [this, user] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("The password of %1 was changed.").arg(user));
    });
    dialog->open();
}

void MailboxesPage::setEnabled(const QString &user, bool enabled)
{
    reloadAfter(client().users().SetEnabled(user, enabled));
}

void MailboxesPage::removeUser(const QString &user)
{
    Widgets::confirmRemoval(this, u"confirmRemoveUser"_s, tr("Remove the user %1?").arg(user),
                            tr("The login stops working and mail to the address is refused. The mailbox stays on disk."),
                            tr("&Remove User"), [this, user] { reloadAfter(client().users().Remove(user)); });
}

void MailboxesPage::setUpDevice(const QString &user)
{
    auto *dialog = new DeviceSetupDialog(client(), user, this);
    dialog->open(); // window-modal; the engine's answer fills it in
}

} // namespace Doorstep::Ui::Pages
