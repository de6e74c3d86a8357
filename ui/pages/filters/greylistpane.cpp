#include "ui/pages/filters/greylistpane.h"

#include <QCheckBox>
#include <QDBusPendingReply>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/models/allowlistmodel.h"
#include "ui/models/greylistmodel.h"
#include "ui/pages/filters/settingsrows.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/tablepane.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::AllowListModel;
using Models::GreylistModel;

namespace {

constexpr int kListMinHeight = 200;
/** What the Triplets list shows at most (Greylist.List's default). */
constexpr uint kMaxTriplets = 1000;

} // namespace

GreylistPane::GreylistPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_messageBar(messageBar)
    , m_form(new Widgets::SettingsForm(client, messageBar, this))
    , m_allowModel(new AllowListModel(this))
    , m_tripletModel(new GreylistModel(this))
    , m_allowPane(new Widgets::TablePane(m_allowModel, u"allowList"_s))
    , m_tripletsPane(new Widgets::TablePane(m_tripletModel, u"triplets"_s))
    , m_pattern(new QLineEdit)
    , m_patternError(new Widgets::FieldErrorLabel(m_pattern))
    , m_add(Widgets::rowButton(Widgets::Icons::add(), tr("Allo&w"), u"allowButton"_s, tr("Add to the allow list"),
                               tr("Let mail from this server or sender skip greylisting")))
    , m_remove(Widgets::rowButton(Widgets::Icons::remove(), tr("Rem&ove…"), u"disallowButton"_s, tr("Remove from the allow list"),
                                  tr("Remove the selected pattern from the allow list")))
    , m_forget(Widgets::rowButton(Widgets::Icons::remove(), tr("&Forget…"), u"forgetButton"_s, tr("Forget triplet"),
                                  tr("Forget the selected triplet: its next attempt waits again")))
{
    setObjectName(u"greylistPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(Widgets::introLabel(tr("A server this one has not heard from is asked to try again in a few minutes. Real "
                                             "mail servers do; most spam programs never come back. Mail from the same server, "
                                             "sender and recipient then passes without waiting."),
                                          u"greylistIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: milter-greylist (greylist.conf: greylist, autowhite, timeout)."),
                                          u"greylistSmallPrint"_s));
    auto *form = new QFormLayout;
    SettingsRows rows(m_form, form);
    rows.addSwitch(u"greylist.enabled"_s, u"greylistEnabled"_s, tr("&Greylist unknown senders"),
                   tr("Off: mail is accepted at the first attempt."));
    rows.addDuration(u"greylist.delay"_s, u"greylistDelay"_s, tr("&Delay:"),
                     tr("How long a new sender must wait before its retry is accepted."));
    rows.addDuration(u"greylist.expire_unconfirmed"_s, u"greylistExpireUnconfirmed"_s, tr("Wait for a retry &up to:"),
                     tr("A first attempt that is not retried within this time is forgotten."));
    rows.addDuration(u"greylist.expire_confirmed"_s, u"greylistExpireConfirmed"_s, tr("&Remember passed senders for:"),
                     tr("A sender that passed is let through without waiting for this long after each message."));
    rows.addCount(u"greylist.prefix_v4"_s, u"greylistPrefixV4"_s, tr("IPv&4 network size:"), 8, 32,
                  tr("Big providers retry from another address of the same network: addresses that share this many leading "
                     "bits count as one server (24 bits: 256 addresses; 32 bits: each address alone)."))
        ->setPrefix(u"/"_s);
    rows.addCount(u"greylist.prefix_v6"_s, u"greylistPrefixV6"_s, tr("IPv&6 network size:"), 16, 128,
                  tr("The same for IPv6 addresses (64 bits: one home or server network; 128 bits: each address alone)."))
        ->setPrefix(u"/"_s);
    layout->addLayout(form);
    layout->addLayout(m_form->createButtons(u"greylist"_s, tr("A&pply"), tr("R&eset"), tr("Save the greylisting settings")));
    layout->addSpacing(12);
    layout->addWidget(buildAllowSection(), 1);
    layout->addSpacing(12);
    layout->addWidget(buildTripletsSection(), 1);

    connect(m_form, &Widgets::SettingsForm::applied, this, [this] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The greylisting settings were saved. They apply to the next connection."));
    });
    updateButtons();
}

GreylistPane::~GreylistPane() = default;

QWidget *GreylistPane::buildAllowSection()
{
    m_allowPane->setObjectName(u"allowListPane"_s);
    m_allowPane->setMinimumHeight(kListMinHeight);
    m_allowPane->setHeading(tr("Allow &list"));
    m_allowPane->setNames(tr("Allow list"), tr("Search patterns…"), tr("Search the allow list"));
    m_allowPane->setEmptyText(tr("Nobody skips greylisting yet. Add a server (192.0.2.7, 192.0.2.0/24, *.example.net) or a "
                                 "sender (bob@example.net, @example.net) whose mail should never wait."));
    m_allowPane->setNoMatchText([this] { return tr("No pattern matches “%1”.").arg(m_allowPane->searchField()->text().trimmed()); });
    m_allowPane->setStretchColumn(AllowListModel::KindColumn);

    m_pattern->setObjectName(u"allowPatternEdit"_s);
    m_pattern->setPlaceholderText(tr("192.0.2.0/24, *.example.net or @example.net"));
    m_pattern->setAccessibleName(tr("Pattern to allow"));
    m_patternError->setObjectName(u"allowPatternError"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(Widgets::buddyLabel(tr("&New pattern:"), m_pattern));
    addRow->addWidget(m_patternError->withField(), 1);
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    if (auto *paneLayout = qobject_cast<QVBoxLayout *>(m_allowPane->layout()))
        paneLayout->addLayout(addRow);
    m_allowPane->buttonRow()->addWidget(m_remove);

    connect(m_pattern, &QLineEdit::textEdited, m_patternError, &Widgets::FieldErrorLabel::clear);
    connect(m_pattern, &QLineEdit::textChanged, this, &GreylistPane::updateButtons);
    connect(m_pattern, &QLineEdit::returnPressed, this, &GreylistPane::allow);
    connect(m_add, &QPushButton::clicked, this, &GreylistPane::allow);
    connect(m_allowPane, &Widgets::TablePane::currentChanged, this, &GreylistPane::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] { disallow(m_allowPane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_allowPane->table(), this, [this] { disallow(m_allowPane->currentKey()); },
                  Qt::WidgetShortcut);
    return m_allowPane;
}

QWidget *GreylistPane::buildTripletsSection()
{
    m_tripletsPane->setObjectName(u"tripletsPane"_s);
    m_tripletsPane->setMinimumHeight(kListMinHeight);
    m_tripletsPane->setHeading(tr("Senders greylisting remem&bers"));
    m_tripletsPane->setNames(tr("Greylisted senders"), tr("Search senders…"), tr("Search greylisted senders"));
    m_tripletsPane->setEmptyText(tr("No sender has been greylisted yet. Each server, sender and recipient that is asked to "
                                    "retry appears here."));
    m_tripletsPane->setNoMatchText(
        [this] { return tr("No sender matches “%1”.").arg(m_tripletsPane->searchField()->text().trimmed()); });
    m_tripletsPane->setStretchColumn(GreylistModel::RecipientColumn);
    m_tripletsPane->buttonRow()->addWidget(m_forget);
    connect(m_tripletsPane, &Widgets::TablePane::currentChanged, this, &GreylistPane::updateButtons);
    connect(m_forget, &QPushButton::clicked, this, [this] { forget(m_tripletsPane->currentKey()); });
    return m_tripletsPane;
}

void GreylistPane::reload()
{
    m_form->load();
    reloadLists();
}

void GreylistPane::reloadLists()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(m_client.greylist().ListAllowed(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        m_allowModel->setPatterns(QDBusPendingReply<QStringList>(call).value());
        updateButtons();
    });
    EngineClient::whenFinished(m_client.greylist().List(kMaxTriplets), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        m_tripletModel->setTriplets(QDBusPendingReply<DBus::GreylistEntryList>(call).value());
        updateButtons();
    });
}

void GreylistPane::clear()
{
    ++m_generation;
    m_form->clear();
    m_allowModel->setPatterns({});
    m_tripletModel->setTriplets({});
    m_patternError->clear();
    updateButtons();
}

void GreylistPane::updateButtons()
{
    const bool available = m_client.isAvailable();
    m_add->setEnabled(available && !m_pattern->text().trimmed().isEmpty());
    m_remove->setEnabled(available && !m_allowPane->currentKey().isEmpty());
    m_forget->setEnabled(available && !m_tripletsPane->currentKey().isEmpty());
}

void GreylistPane::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !m_client.isAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void GreylistPane::allow()
{
    const QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty() || !m_client.isAvailable())
        return;
    m_add->setEnabled(false);
    EngineClient::whenFinished(m_client.greylist().Allow(pattern), this, [this](const QDBusPendingCall &call) {
        if (call.isError()) {
            const ClientError error(call.error());
            if (error.kind() == ClientError::Kind::Unreachable)
                showCallError(call);
            else
                m_patternError->setError(error.message());
            updateButtons();
            return;
        }
        m_pattern->clear();
        m_allowPane->searchField()->clear();
        reloadLists();
    });
}

void GreylistPane::disallow(const QString &pattern)
{
    if (pattern.isEmpty() || !m_client.isAvailable())
        return;
    Widgets::confirmRemoval(this, u"confirmDisallow"_s, tr("Remove %1 from the allow list?").arg(pattern),
                            tr("Mail that matches it is then greylisted like any other."), tr("&Remove"), [this, pattern] {
                                EngineClient::whenFinished(m_client.greylist().Disallow(pattern), this,
                                                           [this](const QDBusPendingCall &call) {
                                                               if (call.isError())
                                                                   showCallError(call);
                                                               reloadLists();
                                                           });
                            });
}

void GreylistPane::forget(const QString &triplet)
{
    const int row = m_tripletModel->rowOf(triplet);
    if (row < 0 || !m_client.isAvailable())
        return;
    const DBus::GreylistEntry entry = m_tripletModel->triplets().at(row);
    Widgets::confirmRemoval(this, u"confirmForget"_s,
                            tr("Forget mail from %1 to %2?").arg(entry.sender.isEmpty() ? u"<>"_s : entry.sender, entry.recipient),
                            tr("Its next attempt from %1 is then asked to wait again, like a first one.").arg(entry.network),
                            tr("&Forget"), [this, triplet] {
                                EngineClient::whenFinished(m_client.greylist().Forget(triplet), this,
                                                           [this](const QDBusPendingCall &call) {
                                                               if (call.isError())
                                                                   showCallError(call);
                                                               reloadLists();
                                                           });
                            });
}

} // namespace Doorstep::Ui::Pages
