#include "ui/pages/addresses/addressespage.h"

#include <QAction>
#include <QDBusPendingReply>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/aliasmodel.h"
#include "ui/models/outboundnamemodel.h"
#include "ui/pages/addresses/aliasdialog.h"
#include "ui/pages/addresses/masqueradingpane.h"
#include "ui/pages/addresses/outboundnamedialog.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/tablepane.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::AliasModel;
using Models::OutboundNameModel;

namespace {

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&'));
    return b;
}

} // namespace

AddressesPage::AddressesPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_aliasModel(new AliasModel(this))
    , m_outboundModel(new OutboundNameModel(this))
    , m_aliasesPane(new Widgets::TablePane(m_aliasModel, u"aliases"_s))
    , m_outboundPane(new Widgets::TablePane(m_outboundModel, u"outboundNames"_s))
    , m_editAlias(button(tr("&Edit…"), u"editAliasButton"_s))
    , m_removeAlias(button(tr("&Remove…"), u"removeAliasButton"_s))
    , m_editOutbound(button(tr("E&dit…"), u"editOutboundButton"_s))
    , m_removeOutbound(button(tr("Remo&ve…"), u"removeOutboundButton"_s))
    , m_addAliasAction(new QAction(Widgets::Icons::add(), tr("Add &Address…"), this))
    , m_addOutboundAction(new QAction(Widgets::Icons::add(), tr("Add Out&bound Name…"), this))
    , m_masquerading(new MasqueradingPane(context.client, m_messageBar))
    , m_tabs(new QTabWidget)
{
    m_addAliasAction->setObjectName(u"addAliasAction"_s);
    m_addAliasAction->setShortcut(QKeySequence::New);
    m_addAliasAction->setToolTip(tr("Give a mailbox another address, or catch all mail for a domain"));
    m_addOutboundAction->setObjectName(u"addOutboundAction"_s);
    m_addOutboundAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_addOutboundAction->setToolTip(tr("Change the sender address of mail leaving this server"));
    connect(m_addAliasAction, &QAction::triggered, this, &AddressesPage::addAlias);
    connect(m_addOutboundAction, &QAction::triggered, this, &AddressesPage::addOutbound);
    addPrimaryAction(m_addAliasAction);
    addPrimaryAction(m_addOutboundAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    m_tabs->setObjectName(u"addressesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Addresses"));
    //: Tab of the Addresses page: aliases and catch-alls of mail coming in
    m_tabs->addTab(buildAliasesSection(), tr("In&coming"));
    //: Tab of the Addresses page: outbound names and masquerading of mail going out
    m_tabs->addTab(buildOutgoingTab(), tr("&Outgoing"));
    m_tabs->setTabToolTip(0, tr("Extra addresses that deliver to mailboxes"));
    m_tabs->setTabToolTip(1, tr("The sender addresses mail leaves with"));
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_aliasesPane->searchField(), m_aliasesPane->table());
    setTabOrder(m_aliasesPane->table(), m_editAlias);
    setTabOrder(m_editAlias, m_removeAlias);
    setTabOrder(m_outboundPane->searchField(), m_outboundPane->table());
    setTabOrder(m_outboundPane->table(), m_editOutbound);
    setTabOrder(m_editOutbound, m_removeOutbound);

    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind) {
        if (kind == u"config_changed"_s)
            scheduleReload();
    });
    updateButtons();
}

AddressesPage::~AddressesPage() = default;

QString AddressesPage::id() const
{
    return u"addresses"_s;
}

QString AddressesPage::title() const
{
    return tr("Addresses");
}

QString AddressesPage::description() const
{
    return tr("Extra addresses that deliver to mailboxes, and the names mail leaves with.");
}

QIcon AddressesPage::icon() const
{
    return Widgets::Icons::addressesPage();
}

QWidget *AddressesPage::buildAliasesSection()
{
    auto *section = new QWidget;
    section->setObjectName(u"incomingTab"_s);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(Widgets::introLabel(
        tr("An alias is an extra address that delivers to one or more mailboxes: mail to info@example.org can reach "
           "alice and bob. A catch-all, written @example.org, receives the mail sent to every address of the domain "
           "that has no mailbox or alias of its own."),
        u"aliasesIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: virtusertable and /etc/aliases."), u"aliasesSmallPrint"_s));

    m_aliasesPane->setObjectName(u"aliasesPane"_s);
    m_aliasesPane->setHeading(tr("&Incoming addresses"));
    m_aliasesPane->setNames(tr("Incoming addresses"), tr("Search addresses…"), tr("Search incoming addresses"));
    m_aliasesPane->setEmptyText(tr("No aliases yet — add one with Add Address to give a mailbox another address such as "
                                   "info@ or sales@, or a catch-all for a whole domain."));
    m_aliasesPane->setNoMatchText([this] { return tr("No address matches “%1”.").arg(m_aliasesPane->searchField()->text().trimmed()); });
    m_aliasesPane->setStretchColumn(AliasModel::TargetsColumn);
    m_aliasesPane->buttonRow()->addWidget(m_editAlias);
    m_aliasesPane->buttonRow()->addWidget(m_removeAlias);
    m_editAlias->setToolTip(tr("Change where the selected address delivers to"));
    layout->addWidget(m_aliasesPane, 1);

    connect(m_aliasesPane, &Widgets::TablePane::currentChanged, this, &AddressesPage::updateButtons);
    connect(m_aliasesPane, &Widgets::TablePane::activated, this, &AddressesPage::editAlias);
    connect(m_editAlias, &QPushButton::clicked, this, [this] { editAlias(m_aliasesPane->currentKey()); });
    connect(m_removeAlias, &QPushButton::clicked, this, [this] { removeAlias(m_aliasesPane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_aliasesPane->table(), this, [this] { removeAlias(m_aliasesPane->currentKey()); },
                  Qt::WidgetShortcut);
    return section;
}

QWidget *AddressesPage::buildOutboundSection()
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 6, 0);
    m_outboundPane->setObjectName(u"outboundPane"_s);
    m_outboundPane->setHeading(tr("Outbound &names"));
    m_outboundPane->setNames(tr("Outbound names"), tr("Search names…"), tr("Search outbound names"));
    m_outboundPane->setEmptyText(tr("No outbound names — add one with Add Outbound Name when a computer on your network "
                                    "sends as a local name, such as dad@pc.home.lan, that should leave as a real address."));
    m_outboundPane->setNoMatchText([this] { return tr("No name matches “%1”.").arg(m_outboundPane->searchField()->text().trimmed()); });
    m_outboundPane->setStretchColumn(OutboundNameModel::ExternalColumn);
    m_outboundPane->buttonRow()->addWidget(m_editOutbound);
    m_outboundPane->buttonRow()->addWidget(m_removeOutbound);
    m_editOutbound->setToolTip(tr("Change the address the selected sender leaves as"));
    layout->addWidget(m_outboundPane, 1);
    // The explanation goes between the heading and the table.
    auto *explanation = new QVBoxLayout;
    explanation->setSpacing(2);
    explanation->addWidget(Widgets::introLabel(tr("An outbound name changes the sender of mail leaving this server: mail "
                                                  "from dad@pc.home.lan goes out as dad@example.org."),
                                               u"outboundIntro"_s));
    explanation->addWidget(Widgets::smallPrint(tr("In sendmail: genericstable."), u"outboundSmallPrint"_s));
    if (auto *paneLayout = qobject_cast<QVBoxLayout *>(m_outboundPane->layout()))
        paneLayout->insertLayout(1, explanation);

    connect(m_outboundPane, &Widgets::TablePane::currentChanged, this, &AddressesPage::updateButtons);
    connect(m_outboundPane, &Widgets::TablePane::activated, this, &AddressesPage::editOutbound);
    connect(m_editOutbound, &QPushButton::clicked, this, [this] { editOutbound(m_outboundPane->currentKey()); });
    connect(m_removeOutbound, &QPushButton::clicked, this, [this] { removeOutbound(m_outboundPane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_outboundPane->table(), this, [this] { removeOutbound(m_outboundPane->currentKey()); },
                  Qt::WidgetShortcut);
    return section;
}

QWidget *AddressesPage::buildOutgoingTab()
{
    // Outbound names and masquerading both decide the sender mail leaves with: side by side.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"outgoingTab"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildOutboundSection());
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"masqueradingScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(6, 6, 0, 0);
    holderLayout->addWidget(m_masquerading);
    holderLayout->addStretch(1);
    scroll->setWidget(holder);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void AddressesPage::showOutgoing()
{
    m_tabs->setCurrentIndex(1);
}

void AddressesPage::reload()
{
    m_masquerading->reload();
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
        if (--m_pendingReplies == 0 && !m_loadFailed) {
            m_aliasModel->setAliases(m_loadedAliases);
            m_outboundModel->setNames(m_loadedOutbound);
            updateButtons();
        }
    };
    EngineClient::whenFinished(client().aliases().List(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_loadedAliases = QDBusPendingReply<DBus::StringPairList>(call).value();
        done(call);
    });
    EngineClient::whenFinished(client().aliases().ListOutbound(), this, [this, done](const QDBusPendingCall &call) {
        if (!call.isError())
            m_loadedOutbound = QDBusPendingReply<DBus::StringPairList>(call).value();
        done(call);
    });
}

void AddressesPage::engineGone()
{
    ++m_generation; // answers still on their way are stale
    m_messageBar->dismiss();
    m_masquerading->clear();
    m_aliasModel->setAliases({});
    m_outboundModel->setNames({});
    updateButtons();
}

void AddressesPage::updateButtons()
{
    const bool available = engineAvailable();
    const bool alias = available && !m_aliasesPane->currentKey().isEmpty();
    const bool outbound = available && !m_outboundPane->currentKey().isEmpty();
    m_editAlias->setEnabled(alias);
    m_removeAlias->setEnabled(alias);
    m_editOutbound->setEnabled(outbound);
    m_removeOutbound->setEnabled(outbound);
}

void AddressesPage::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !engineAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void AddressesPage::reloadAfter(const QDBusPendingCall &call)
{
    EngineClient::whenFinished(call, this, [this](const QDBusPendingCall &finished) {
        if (finished.isError())
            showCallError(finished);
        reload();
    });
}

void AddressesPage::addAlias()
{
    m_tabs->setCurrentIndex(0);
    auto *dialog = new AliasDialog(client(), {}, {}, this);
    connect(dialog, &AliasDialog::succeeded, this, [this, dialog] {
        m_aliasesPane->searchField()->clear(); // so the new address is in view
        const QString address = dialog->address();
        EngineClient::whenFinished(client().aliases().List(), this, [this, address](const QDBusPendingCall &call) {
            if (call.isError())
                return showCallError(call);
            m_aliasModel->setAliases(QDBusPendingReply<DBus::StringPairList>(call).value());
            // The engine normalises the address (lower case); select it as listed.
            for (const DBus::StringPair &alias : m_aliasModel->aliases()) {
                if (alias.first.compare(address, Qt::CaseInsensitive) == 0)
                    m_aliasesPane->selectKey(alias.first);
            }
            updateButtons();
        });
    });
    dialog->open();
}

void AddressesPage::editAlias(const QString &address)
{
    const int row = m_aliasModel->rowOf(address);
    if (row < 0 || !engineAvailable())
        return;
    auto *dialog = new AliasDialog(client(), address, AliasModel::splitTargets(m_aliasModel->aliases().at(row).second), this);
    connect(dialog, &AliasDialog::succeeded, this, &AddressesPage::reload);
    dialog->open();
}

void AddressesPage::removeAlias(const QString &address)
{
    const int row = m_aliasModel->rowOf(address);
    if (row < 0 || !engineAvailable())
        return;
    const QString targets = AliasModel::splitTargets(m_aliasModel->aliases().at(row).second).join(u", "_s);
    QString question;
    QString detail;
    if (AliasModel::kindOf(address) == AliasModel::Kind::CatchAll) {
        const QString domain = address.mid(1);
        question = tr("Stop catching mail for unknown addresses in %1?").arg(domain);
        detail = tr("Mail to addresses in %1 that have no mailbox or alias of their own will be refused instead of "
                    "going to %2.")
                     .arg(domain, targets);
    } else {
        question = tr("Remove the address %1?").arg(address);
        detail = tr("Mail to %1 will no longer reach %2. Senders get an error unless a catch-all takes it.").arg(address, targets);
    }
    Widgets::confirmRemoval(this, u"confirmRemoveAlias"_s, question, detail, tr("&Remove Address"),
                            [this, address] { reloadAfter(client().aliases().Remove(address)); });
}

void AddressesPage::addOutbound()
{
    showOutgoing();
    auto *dialog = new OutboundNameDialog(client(), {}, {}, this);
    connect(dialog, &OutboundNameDialog::succeeded, this, [this] {
        m_outboundPane->searchField()->clear();
        reload();
    });
    dialog->open();
}

void AddressesPage::editOutbound(const QString &local)
{
    const int row = m_outboundModel->rowOf(local);
    if (row < 0 || !engineAvailable())
        return;
    auto *dialog = new OutboundNameDialog(client(), local, m_outboundModel->names().at(row).second, this);
    connect(dialog, &OutboundNameDialog::succeeded, this, &AddressesPage::reload);
    dialog->open();
}

void AddressesPage::removeOutbound(const QString &local)
{
    const int row = m_outboundModel->rowOf(local);
    if (row < 0 || !engineAvailable())
        return;
    Widgets::confirmRemoval(this, u"confirmRemoveOutbound"_s, tr("Remove the outbound name of %1?").arg(local),
                            tr("Mail from %1 will leave with this sender unchanged instead of as %2.")
                                .arg(local, m_outboundModel->names().at(row).second),
                            tr("&Remove Outbound Name"), [this, local] { reloadAfter(client().aliases().RemoveOutbound(local)); });
}

} // namespace Doorstep::Ui::Pages
