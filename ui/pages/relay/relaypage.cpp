#include "ui/pages/relay/relaypage.h"

#include <QAction>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/relayclientmodel.h"
#include "ui/pages/relay/sendingpane.h"
#include "ui/pages/relay/testmessagedialog.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablepane.h"
#include "ui/wizards/relayclient/relayclientwizard.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::RelayClientModel;
using Wizards::RelayClientWizard;

RelayPage::RelayPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_model(new RelayClientModel(this))
    , m_pane(new Widgets::TablePane(m_model, u"relayClients"_s))
    , m_remove(new QPushButton(Widgets::Icons::remove(), tr("&Remove…")))
    , m_addAction(new QAction(Widgets::Icons::add(), tr("&Add Relay Client…"), this))
    , m_testAction(new QAction(Widgets::Icons::sendMail(), tr("Send &Test Message…"), this))
    , m_tabs(new QTabWidget)
    , m_sending(new SendingPane(context.client, m_messageBar))
{
    m_addAction->setObjectName(u"addRelayClientAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Let a machine send mail through this server (Relay client wizard)"));
    connect(m_addAction, &QAction::triggered, this, &RelayPage::openWizard);
    addPrimaryAction(m_addAction);
    m_testAction->setObjectName(u"sendTestMessageAction"_s);
    m_testAction->setToolTip(tr("Send a test message to an address elsewhere and see what its server answers"));
    connect(m_testAction, &QAction::triggered, this, &RelayPage::openTestMessage);
    addPrimaryAction(m_testAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    m_tabs->setObjectName(u"relayTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Relay"));
    //: Tab of the Relay page: the machines that may send through this server
    m_tabs->addTab(buildClientsTab(), tr("Relay Clie&nts"));
    //: Tab of the Relay page: how mail leaves this server
    m_tabs->addTab(m_sending, tr("&Sending"));
    m_tabs->setTabToolTip(0, tr("Which machines may send mail through this server"));
    m_tabs->setTabToolTip(1, tr("How mail leaves this server: smart host, routes, port 25"));
    layout->addWidget(m_tabs, 1);

    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind) {
        if (kind == u"config_changed"_s)
            scheduleReload();
    });
    updateButtons();
}

QWidget *RelayPage::buildClientsTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(u"relayClientsTab"_s);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(Widgets::introLabel(
        tr("Machines listed here may send mail through this server to anyone without a password (Relay), are refused as soon "
           "as they connect (Reject), or are trusted without relaying (Trusted). Computers elsewhere log in with a password "
           "instead: the Relay client wizard sets up both."),
        u"relayIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: the access file (Connect: RELAY, REJECT, OK)."), u"relaySmallPrint"_s));

    m_pane->setObjectName(u"relayClientsPane"_s);
    m_pane->setHeading(tr("Relay &clients"));
    m_pane->setNames(tr("Relay clients"), tr("Search clients…"), tr("Search relay clients"));
    m_pane->setEmptyText(tr("No relay clients yet — add the machines on your network that should send mail through this "
                            "server with Add Relay Client."));
    m_pane->setNoMatchText([this] { return tr("No relay client matches “%1”.").arg(m_pane->searchField()->text().trimmed()); });
    m_pane->setStretchColumn(RelayClientModel::CommentColumn);
    m_remove->setObjectName(u"removeRelayClientButton"_s);
    m_remove->setAccessibleName(tr("Remove relay client"));
    m_remove->setToolTip(tr("Remove the selected machine from the relay clients"));
    m_pane->buttonRow()->addWidget(m_remove);
    layout->addWidget(m_pane, 1);

    connect(m_pane, &Widgets::TablePane::currentChanged, this, &RelayPage::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeClient(m_pane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_pane->table(), this, [this] { removeClient(m_pane->currentKey()); }, Qt::WidgetShortcut);
    setTabOrder(m_pane->searchField(), m_pane->table());
    setTabOrder(m_pane->table(), m_remove);
    return tab;
}

RelayPage::~RelayPage() = default;

QString RelayPage::id() const
{
    return u"relay"_s;
}

QString RelayPage::title() const
{
    return tr("Relay");
}

QString RelayPage::description() const
{
    return tr("Which machines may send mail through this server, and how mail leaves it.");
}

QIcon RelayPage::icon() const
{
    return Widgets::Icons::relayPage();
}

Wizards::RelayClientWizard *RelayPage::wizard() const
{
    return m_wizard.data();
}

void RelayPage::showSending()
{
    m_tabs->setCurrentWidget(m_sending);
}

void RelayPage::openTestMessage()
{
    if (!engineAvailable())
        return;
    auto *dialog = new TestMessageDialog(client(), this);
    connect(dialog, &TestMessageDialog::succeeded, this, [this, dialog] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The receiving server accepted the test message to %1. It answered:").arg(dialog->address()),
                                  dialog->reply());
    });
    dialog->open();
}

void RelayPage::reload()
{
    m_sending->reload();
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(client().relay().ListClients(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        m_model->setClients(QDBusPendingReply<DBus::RelayClientList>(call).value());
        if (!m_selectAfterLoad.isEmpty() && m_pane->selectKey(m_selectAfterLoad))
            m_selectAfterLoad.clear();
        updateButtons();
    });
}

void RelayPage::engineGone()
{
    ++m_generation;
    m_messageBar->dismiss();
    m_model->setClients({});
    m_sending->clear();
    updateButtons();
}

void RelayPage::updateButtons()
{
    m_remove->setEnabled(engineAvailable() && !m_pane->currentKey().isEmpty());
}

void RelayPage::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !engineAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void RelayPage::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new RelayClientWizard(client(), this);
    connect(m_wizard, &RelayClientWizard::applied, this, [this](RelayClientWizard::Kind kind, const QString &key) {
        if (kind == RelayClientWizard::Kind::Network) {
            m_tabs->setCurrentIndex(0);
            m_pane->searchField()->clear();
            m_selectAfterLoad = key;
            reload();
        } else {
            m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                      tr("The account %1 was created. It logs in with its password to send mail; you find it "
                                         "on the Mailboxes & Domains page.")
                                          .arg(key));
        }
    });
    m_wizard->open();
}

void RelayPage::removeClient(const QString &pattern)
{
    const int row = m_model->rowOf(pattern);
    if (row < 0 || !engineAvailable())
        return;
    const QString action = m_model->clients().at(row).action;
    QString detail;
    if (action == u"RELAY"_s)
        detail = tr("Machines at %1 can then send mail only to this server's own addresses, unless they log in.").arg(pattern);
    else if (action == u"REJECT"_s)
        detail = tr("Machines at %1 may then connect again like anyone else.").arg(pattern);
    else
        detail = tr("Machines at %1 are then checked like anyone else.").arg(pattern);
    Widgets::confirmRemoval(this, u"confirmRemoveRelayClient"_s, tr("Remove the relay client %1?").arg(pattern), detail,
                            tr("&Remove Relay Client"), [this, pattern] {
                                EngineClient::whenFinished(client().relay().RemoveClient(pattern), this, [this](const QDBusPendingCall &call) {
                                    if (call.isError())
                                        showCallError(call);
                                    reload();
                                });
                            });
}

} // namespace Doorstep::Ui::Pages
