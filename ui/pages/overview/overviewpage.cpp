#include "ui/pages/overview/overviewpage.h"

#include <QAction>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/models/enginestatus.h"
#include "ui/models/eventmodel.h"
#include "ui/models/refreshthrottle.h"
#include "ui/pages/overview/counterstiles.h"
#include "ui/pages/overview/statisticschart.h"
#include "ui/widgets/emptystate.h"
#include "ui/models/dbusvalue.h"
#include "ui/widgets/healthcheckview.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/statebadge.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox *section(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    box->setFlat(true);
    box->setAccessibleName(title);
    return box;
}

} // namespace

OverviewPage::OverviewPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_stateBadge(new Widgets::StateBadge)
    , m_version(valueLabel(u"version"_s))
    , m_uptime(valueLabel(u"uptime"_s))
    , m_dataDirectory(valueLabel(u"dataDirectory"_s))
    , m_accounts(valueLabel(u"accounts"_s))
    , m_health(valueLabel(u"health"_s))
    , m_imap(valueLabel(u"imap"_s))
    , m_counters(new CountersTiles(2))
    , m_chart(new StatisticsChart)
    , m_eventModel(new Models::EventModel(kMaxEvents, this))
    , m_events(new QTreeView)
    , m_eventsStack(new QStackedWidget)
    , m_uptimeTimer(new QTimer(this))
    , m_statisticsThrottle(new Models::RefreshThrottle(Models::EngineStatus::kRefreshIntervalMs, [this] { loadStatistics(); }, this))
{
    setDisabledWithoutEngine(false); // the state badge says "Not running" instead
    setReloadInterval(Models::EngineStatus::kRefreshIntervalMs);

    auto *reloadAction = new QAction(tr("Re&load Settings"), this);
    reloadAction->setObjectName(u"reloadEngineAction"_s);
    reloadAction->setIcon(Widgets::Icons::refresh());
    reloadAction->setToolTip(tr("Make the engine read its settings again and rebind its listeners"));
    connect(reloadAction, &QAction::triggered, this, &OverviewPage::reloadEngineSettings);
    addPrimaryAction(reloadAction);

    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(buildEngineSection(), 3);
    QGroupBox *today = section(tr("Today"), u"todaySection"_s);
    auto *todayLayout = new QVBoxLayout(today);
    m_counters->setObjectName(u"todayCounters"_s);
    todayLayout->addWidget(m_counters);
    todayLayout->addStretch(1);
    top->addWidget(today, 2);
    layout->addLayout(top);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(18);
    QGroupBox *history = section(tr("Last %n day(s)", nullptr, StatisticsChart::kDays), u"historySection"_s);
    auto *historyLayout = new QVBoxLayout(history);
    m_chart->setObjectName(u"statisticsChart"_s);
    historyLayout->addWidget(m_chart);
    bottom->addWidget(history, 1);

    QGroupBox *recent = section(tr("Recent events"), u"eventsSection"_s);
    auto *recentLayout = new QVBoxLayout(recent);
    m_events->setObjectName(u"recentEvents"_s);
    m_events->setAccessibleName(tr("Recent events"));
    m_events->setModel(m_eventModel);
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->header()->setSectionResizeMode(Models::EventModel::TimeColumn, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(Models::EventModel::KindColumn, QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);
    auto *noEvents = new Widgets::EmptyState(u"noEventsLabel"_s);
    noEvents->setText(tr("No events yet. Changes and mail problems will show up here as they happen."));
    m_eventsStack->addWidget(m_events);
    m_eventsStack->addWidget(noEvents);
    recentLayout->addWidget(m_eventsStack);
    bottom->addWidget(recent, 1);
    layout->addLayout(bottom, 1);

    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&status(), &Models::EngineStatus::changed, this, &OverviewPage::showStatus);
    connect(&status(), &Models::EngineStatus::failed, this, [this](const ClientError &error) { m_messageBar->showError(error); });
    connect(&client(), &EngineClient::statisticsChanged, this, [this] {
        if (engineAvailable())
            m_statisticsThrottle->request();
    });
    connect(&client(), &EngineClient::event, this, &OverviewPage::onEvent);
    connect(m_uptimeTimer, &QTimer::timeout, this, &OverviewPage::updateUptime);
    m_uptimeTimer->start(kUptimeTickMs);
    showStatus();
    updateEventsEmptyState();
}

OverviewPage::~OverviewPage() = default;

QString OverviewPage::id() const
{
    return u"overview"_s;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::description() const
{
    return tr("Is mail flowing, and is anything wrong?");
}

QIcon OverviewPage::icon() const
{
    return Widgets::Icons::overviewPage();
}

QWidget *OverviewPage::buildEngineSection()
{
    QGroupBox *box = section(tr("Engine"), u"engineSection"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(12);
    m_stateBadge->setObjectName(u"engineState"_s);
    layout->addWidget(m_stateBadge);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Version:"), m_version);
    //: How long the engine has been running
    form->addRow(tr("Running for:"), m_uptime);
    form->addRow(tr("Data directory:"), m_dataDirectory);
    //: Number of mail domains and users
    form->addRow(tr("Mailboxes:"), m_accounts);
    m_health->setWordWrap(true);
    // A wrapped label asks for a narrow first guess; lines as wide as the others read better.
    m_health->setMinimumWidth(m_health->fontMetrics().averageCharWidth() * 48);
    m_health->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    m_health->setToolTip(tr("The worst of the last DNS health checks; the Internet page shows each check"));
    //: Overview row: how the world sees this server (the health checks)
    form->addRow(tr("On the Internet:"), m_health);
    m_imap->setToolTip(tr("The managed Dovecot, which serves the mailboxes to mail programs and runs the rules"));
    //: Overview row: IMAP/POP3 through the managed Dovecot
    form->addRow(tr("Mailbox access:"), m_imap);
    const QList<std::pair<QString, QString>> listeners{
        //: Listener: SMTP from other mail servers (port 25)
        {u"mta"_s, tr("Incoming mail:")},
        //: Listener: mail clients sending with a login (port 587)
        {u"submission"_s, tr("Submission:")},
        //: Listener: mail clients sending over implicit TLS (port 465)
        {u"smtps"_s, tr("Submission over TLS:")},
    };
    for (const auto &[name, caption] : listeners) {
        QLabel *label = valueLabel(u"listener_"_s + name);
        m_listeners.insert(name, label);
        form->addRow(caption, label);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

void OverviewPage::reload()
{
    // The status itself comes through EngineStatus, which loads when the engine appears.
    m_messageBar->dismiss();
    m_statisticsThrottle->runNow();
    loadEvents();
}

void OverviewPage::engineGone()
{
    m_messageBar->dismiss();
    m_chart->clear();
    showStatus();
}

void OverviewPage::showStatus()
{
    const Models::EngineStatus &s = status();
    m_stateBadge->setState(s.state());
    const bool loaded = s.isLoaded();
    const QString unknown = tr("—", "value not known while the engine is not running");
    m_version->setText(loaded ? s.version() : unknown);
    m_dataDirectory->setText(loaded ? s.dataDirectory() : unknown);
    m_accounts->setText(loaded ? tr("%1, %2", "domains, users")
                                     .arg(tr("%n domain(s)", nullptr, int(s.domainCount())), tr("%n user(s)", nullptr, int(s.userCount())))
                               : unknown);
    const QVariantMap health = loaded ? Models::toVariantMap(s.status().value(u"health"_s)) : QVariantMap();
    const QString healthState = health.value(u"state"_s).toString();
    const QStringList problems = health.value(u"problems"_s).toStringList();
    if (!loaded)
        m_health->setText(unknown);
    else if (healthState.isEmpty())
        m_health->setText(tr("Not checked yet"));
    else if (problems.isEmpty())
        m_health->setText(Widgets::HealthCheckView::stateWord(healthState) + u" — "_s + tr("every check passed"));
    else
        //: %1 is OK/Warning/Failed, %2 the first problem's sentence, %n how many problems
        m_health->setText(tr("%1 — %2 (%n problem(s) on the Internet page)", nullptr, int(problems.size()))
                              .arg(Widgets::HealthCheckView::stateWord(healthState), problems.constFirst()));
    m_imap->setText(loaded ? imapText(Models::toVariantMap(s.status().value(u"imap"_s))) : unknown);
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        const QStringList addresses = s.listenerAddresses(it.key());
        //: A listener that is switched off
        it.value()->setText(!loaded ? unknown : addresses.isEmpty() ? tr("Off") : addresses.join(u", "_s));
    }
    if (loaded) {
        for (const QString &counter : CountersTiles::counters())
            m_counters->setValue(counter, s.today(counter));
    } else {
        m_counters->clear();
    }
    updateUptime();
}

QString OverviewPage::imapText(const QVariantMap &imap)
{
    const QString state = imap.value(u"state"_s).toString();
    const QString reason = imap.value(u"reason"_s).toString();
    const QVariantMap listeners = Models::toVariantMap(imap.value(u"listeners"_s));
    if (state == u"running"_s) {
        QStringList parts;
        //: Protocol names before their addresses on the Overview
        const QList<std::pair<QString, QString>> names{{u"imaps"_s, tr("IMAPS")}, {u"imap"_s, tr("IMAP")}, {u"pop3s"_s, tr("POP3S")}};
        for (const auto &[key, name] : names) {
            const QStringList addresses = listeners.value(key).toStringList();
            if (!addresses.isEmpty())
                parts << name + u' ' + addresses.join(u", "_s);
        }
        //: %1 lists the protocols with their addresses
        return tr("OK — %1").arg(parts.join(u"; "_s));
    }
    if (state == u"off"_s)
        return tr("Off (imap.enabled): mail is delivered into the mailboxes without IMAP");
    if (state == u"unavailable"_s)
        return tr("Not installed — %1").arg(reason);
    if (state == u"starting"_s)
        return tr("Starting…");
    if (state == u"failed"_s)
        return tr("Failed — %1").arg(reason);
    return tr("—", "value not known while the engine is not running");
}

void OverviewPage::updateUptime()
{
    const quint64 startedAt = status().isLoaded() ? status().startedAtUsec() : 0;
    if (startedAt == 0) {
        m_uptime->setText(tr("—", "value not known while the engine is not running"));
        return;
    }
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(qint64(startedAt / 1000));
    const qint64 seconds = std::max<qint64>(0, started.secsTo(QDateTime::currentDateTime()));
    //: %1 is a duration ("3 days, 4 hours"), %2 a date and time
    m_uptime->setText(tr("%1 (since %2)").arg(formatDuration(seconds), QLocale().toString(started, QLocale::ShortFormat)));
}

QString OverviewPage::formatDuration(qint64 seconds)
{
    const int days = int(seconds / 86400);
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    //: Two parts of a duration, e.g. "3 days, 4 hours"
    const QString pair = tr("%1, %2", "duration");
    if (days > 0)
        return pair.arg(tr("%Ln day(s)", nullptr, days), tr("%Ln hour(s)", nullptr, hours));
    if (hours > 0)
        return pair.arg(tr("%Ln hour(s)", nullptr, hours), tr("%Ln minute(s)", nullptr, minutes));
    if (minutes > 0)
        return tr("%Ln minute(s)", nullptr, minutes);
    return tr("less than a minute");
}

void OverviewPage::loadStatistics()
{
    EngineClient::whenFinished(client().manager().GetStatistics(StatisticsChart::kDays), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QVariantMap> reply = call;
        if (reply.isError()) {
            const ClientError error(reply.error());
            if (engineAvailable() && error.kind() != ClientError::Kind::Unreachable)
                m_messageBar->showError(error);
            return;
        }
        m_chart->setStatistics(reply.value());
    });
}

void OverviewPage::loadEvents()
{
    m_loadingEvents = true;
    m_eventsDuringLoad.clear();
    EngineClient::whenFinished(client().manager().GetRecentEvents(0, kMaxEvents), this, [this](const QDBusPendingCall &call) {
        m_loadingEvents = false;
        const QDBusPendingReply<DBus::EventList> reply = call;
        if (reply.isError()) {
            const ClientError error(reply.error());
            if (engineAvailable() && error.kind() != ClientError::Kind::Unreachable)
                m_messageBar->showError(error);
            return;
        }
        m_eventModel->setEvents(reply.value());
        // Live events that crossed the reply on the bus.
        for (const DBus::Event &event : std::as_const(m_eventsDuringLoad))
            m_eventModel->addEvent(event);
        m_eventsDuringLoad.clear();
        updateEventsEmptyState();
    });
}

void OverviewPage::onEvent(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details)
{
    const DBus::Event event{id, usec, kind, summary, details};
    if (m_loadingEvents) {
        m_eventsDuringLoad.append(event);
        return;
    }
    m_eventModel->addEvent(event);
    updateEventsEmptyState();
}

void OverviewPage::updateEventsEmptyState()
{
    m_eventsStack->setCurrentIndex(m_eventModel->rowCount() > 0 ? 0 : 1);
}

void OverviewPage::reloadEngineSettings()
{
    EngineClient::whenFinished(client().manager().Reload(), this, [this](const QDBusPendingCall &call) {
        if (call.isError()) {
            m_messageBar->showError(ClientError(call.error()));
            return;
        }
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("The engine read its settings again."));
    });
}

} // namespace Doorstep::Ui::Pages
