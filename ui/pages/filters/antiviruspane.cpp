#include "ui/pages/filters/antiviruspane.h"

#include <algorithm>

#include <QDateTime>
#include <QDBusPendingReply>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/models/quarantinemodel.h"
#include "ui/models/timeformat.h"
#include "ui/pages/filters/settingsrows.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/tablepane.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::QuarantineModel;

namespace {

constexpr int kListMinHeight = 200;
constexpr qint64 kUsecPerDay = 86400LL * 1000 * 1000;
/** A database older than this no longer knows this week's viruses (freshclam runs hourly). */
constexpr qint64 kStaleDays = 7;

} // namespace

AntivirusPane::AntivirusPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_messageBar(messageBar)
    , m_form(new Widgets::SettingsForm(client, messageBar, this))
    , m_model(new QuarantineModel(this))
    , m_quarantinePane(new Widgets::TablePane(m_model, u"quarantine"_s))
    , m_stateIcon(new QLabel)
    , m_stateWord(new QLabel)
    , m_stateSentence(new QLabel)
    , m_signatures(new QLabel)
    , m_database(new QLabel)
    , m_release(Widgets::rowButton(Widgets::Icons::sendMail(), tr("Re&lease…"), u"releaseButton"_s, tr("Release message"),
                                   tr("Deliver the selected message to its recipients as it is, unscanned")))
    , m_delete(Widgets::rowButton(Widgets::Icons::remove(), tr("&Delete…"), u"deleteQuarantinedButton"_s, tr("Delete message"),
                                  tr("Delete the selected message for good")))
{
    setObjectName(u"antivirusPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(Widgets::introLabel(tr("Every incoming message can be checked for viruses with ClamAV's signature database, "
                                             "which the freshclam service keeps up to date. A message with a virus is refused, or "
                                             "kept in the quarantine below where nobody reads it."),
                                          u"antivirusIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: clamav-milter with clamd."), u"antivirusSmallPrint"_s));

    layout->addWidget(Widgets::sectionHeading(tr("Virus scanner"), u"antivirusStatusHeading"_s));
    auto *status = new QGridLayout;
    m_stateIcon->setObjectName(u"antivirusStateIcon"_s);
    m_stateWord->setObjectName(u"antivirusStateWord"_s);
    QFont bold = m_stateWord->font();
    bold.setBold(true);
    m_stateWord->setFont(bold);
    m_stateSentence->setObjectName(u"antivirusStateSentence"_s);
    m_stateSentence->setWordWrap(true);
    m_stateSentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signatures->setObjectName(u"antivirusSignatures"_s);
    m_database->setObjectName(u"antivirusDatabase"_s);
    m_database->setWordWrap(true);
    status->addWidget(m_stateIcon, 0, 0, Qt::AlignTop);
    status->addWidget(m_stateWord, 0, 1);
    status->addWidget(m_stateSentence, 1, 1);
    status->addWidget(m_signatures, 2, 1);
    status->addWidget(m_database, 3, 1);
    status->setColumnStretch(1, 1);
    layout->addLayout(status);
    layout->addSpacing(8);

    auto *form = new QFormLayout;
    SettingsRows rows(m_form, form);
    rows.addSwitch(u"antivirus.enabled"_s, u"antivirusEnabled"_s, tr("S&can incoming mail for viruses"),
                   tr("While the scanner has no database, mail is asked to come back later rather than let in unscanned."));
    rows.addChoice(u"antivirus.action"_s, u"antivirusAction"_s, tr("&When a virus is found:"),
                   {{u"reject"_s, tr("Refuse the message")}, {u"quarantine"_s, tr("Keep it in the quarantine")}},
                   tr("A refused message goes back to its sender's server; a kept one waits here until you release or "
                      "delete it."));
    rows.addText(u"antivirus.database_dir"_s, u"antivirusDatabaseDir"_s, tr("Data&base folder:"),
                 tr("Where freshclam puts ClamAV's signatures."));
    rows.addDuration(u"antivirus.scan_timeout"_s, u"antivirusScanTimeout"_s, tr("Scan &time limit:"),
                     tr("A message whose scan takes longer is asked to come back later, and a stuck scanner is restarted."));
    rows.addSize(u"antivirus.max_scan_size"_s, u"antivirusMaxScanSize"_s, tr("Scan &up to:"),
                 tr("How much of a message, and of each file unpacked from it, the scanner reads."));
    rows.addSwitch(u"antivirus.low_memory_reload"_s, u"antivirusLowMemoryReload"_s, tr("Save memory when updating si&gnatures"),
                   tr("ClamAV's database takes about 1 GB of memory, twice that while a new one loads beside it. On: the "
                      "scanner pauses instead and mail waits a minute or two."));
    layout->addLayout(form);
    layout->addLayout(m_form->createButtons(u"antivirus"_s, tr("A&pply"), tr("R&eset"), tr("Save the antivirus settings")));
    layout->addSpacing(12);

    m_quarantinePane->setObjectName(u"quarantinePane"_s);
    m_quarantinePane->setMinimumHeight(kListMinHeight);
    m_quarantinePane->setHeading(tr("&Quarantine"));
    m_quarantinePane->setNames(tr("Quarantine"), tr("Search messages…"), tr("Search the quarantine"));
    m_quarantinePane->setEmptyText(tr("The quarantine is empty. Messages with a virus are kept here when the action is “Keep it "
                                      "in the quarantine”."));
    m_quarantinePane->setNoMatchText(
        [this] { return tr("No message matches “%1”.").arg(m_quarantinePane->searchField()->text().trimmed()); });
    m_quarantinePane->setStretchColumn(QuarantineModel::ReasonColumn);
    m_quarantinePane->buttonRow()->addWidget(m_release);
    m_quarantinePane->buttonRow()->addWidget(m_delete);
    layout->addWidget(m_quarantinePane, 1);

    connect(m_quarantinePane, &Widgets::TablePane::currentChanged, this, &AntivirusPane::updateButtons);
    connect(m_release, &QPushButton::clicked, this, [this] { release(m_quarantinePane->currentKey()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { remove(m_quarantinePane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_quarantinePane->table(), this, [this] { remove(m_quarantinePane->currentKey()); },
                  Qt::WidgetShortcut);
    connect(m_form, &Widgets::SettingsForm::applied, this, [this] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The antivirus settings were saved. They apply to the next message."));
    });
    showStatus();
    updateButtons();
}

AntivirusPane::~AntivirusPane() = default;

void AntivirusPane::reload()
{
    m_form->load();
    reloadStatus();
}

void AntivirusPane::reloadStatus()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(m_client.filters().AntivirusStatus(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        m_status = QDBusPendingReply<QVariantMap>(call).value();
        showStatus();
    });
    EngineClient::whenFinished(m_client.filters().ListQuarantine(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        m_model->setMessages(QDBusPendingReply<DBus::QuarantineEntryList>(call).value());
        updateButtons();
    });
}

void AntivirusPane::clear()
{
    ++m_generation;
    m_form->clear();
    m_status.clear();
    m_model->setMessages({});
    showStatus();
    updateButtons();
}

void AntivirusPane::showStatus()
{
    const QString state = this->state();
    const QString reason = m_status.value(u"reason"_s).toString();
    const quint64 signatures = m_status.value(u"signatures"_s).toULongLong();
    const quint64 date = m_status.value(u"database_date"_s).toULongLong();
    QIcon icon;
    QString word;
    QString sentence;
    if (state == u"ready"_s) {
        icon = Widgets::Icons::ok();
        //: Virus scanner state
        word = tr("OK");
        sentence = tr("Every incoming message is scanned.");
    } else if (state == u"off"_s) {
        icon = Widgets::Icons::offline();
        //: Virus scanner state: switched off in the settings
        word = tr("Off");
        sentence = tr("Mail is not scanned for viruses. Switch scanning on below.");
    } else if (state == u"loading"_s || state == u"reloading"_s) {
        icon = Widgets::Icons::waiting();
        //: Virus scanner state: reading its database
        word = tr("Loading");
        sentence = state == u"loading"_s ? tr("The scanner is reading its database; mail is asked to come back in a moment.")
                                         : tr("A new database is being read; scanning goes on meanwhile.");
    } else if (state == u"failed"_s) {
        icon = Widgets::Icons::error();
        //: Virus scanner state
        word = tr("Failed");
        sentence = tr("The scanner cannot scan, so mail is asked to come back later. The engine says: %1").arg(reason);
    } else if (state.isEmpty()) {
        word = tr("Unknown");
    } else {
        icon = Widgets::Icons::warning();
        word = tr("Unknown");
        sentence = tr("The engine reports a state this version does not know (%1).").arg(state);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_stateIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize));
    m_stateWord->setText(word);
    m_stateSentence->setText(sentence);
    m_stateSentence->setVisible(!sentence.isEmpty());

    const bool loaded = signatures > 0;
    m_signatures->setVisible(loaded);
    m_database->setVisible(loaded && date > 0);
    if (loaded)
        m_signatures->setText(tr("%1 signatures loaded").arg(QLocale().toString(qulonglong(signatures))));
    if (loaded && date > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        const qint64 days = std::max<qint64>(0, (now - qint64(date)) / kUsecPerDay);
        const QString shown = Models::shortDateTime(date);
        QString age;
        if (days > kStaleDays)
            age = tr("Database from %1 (%n day(s) old) — is freshclam running?", nullptr, int(days)).arg(shown);
        else if (days > 0)
            age = tr("Database from %1 (%n day(s) old)", nullptr, int(days)).arg(shown);
        else
            age = tr("Database from %1 (today)").arg(shown);
        m_database->setText(age);
    }
}

void AntivirusPane::updateButtons()
{
    const bool selected = m_client.isAvailable() && !m_quarantinePane->currentKey().isEmpty();
    m_release->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void AntivirusPane::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !m_client.isAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void AntivirusPane::release(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_client.isAvailable())
        return;
    const DBus::QuarantineEntry message = m_model->messages().at(row);
    Widgets::confirmAction(this, u"confirmRelease"_s, tr("Release Message"), tr("Deliver this message to %1?").arg(message.recipients),
                           tr("It was kept because of %1. It is delivered as it is, without another scan.").arg(message.reason),
                           tr("&Release"), [this, id] {
                               EngineClient::whenFinished(m_client.filters().ReleaseQuarantined(id), this,
                                                          [this](const QDBusPendingCall &call) {
                                                              if (call.isError())
                                                                  showCallError(call);
                                                              reloadStatus();
                                                          });
                           });
}

void AntivirusPane::remove(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_client.isAvailable())
        return;
    const DBus::QuarantineEntry message = m_model->messages().at(row);
    Widgets::confirmRemoval(this, u"confirmDeleteQuarantined"_s,
                            tr("Delete the message from %1?").arg(message.sender.isEmpty() ? u"<>"_s : message.sender),
                            tr("It is deleted for good; %1 never receives it.").arg(message.recipients), tr("&Delete"), [this, id] {
                                EngineClient::whenFinished(m_client.filters().DeleteQuarantined(id), this,
                                                           [this](const QDBusPendingCall &call) {
                                                               if (call.isError())
                                                                   showCallError(call);
                                                               reloadStatus();
                                                           });
                            });
}

} // namespace Doorstep::Ui::Pages
