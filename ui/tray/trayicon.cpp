#include "ui/tray/trayicon.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

#include "ui/models/enginestatus.h"
#include "ui/models/eventkinds.h"
#include "ui/tray/notifier.h"
#include "ui/widgets/icons.h"

namespace Doorstep::Ui::Tray {

using namespace Qt::StringLiterals;
using Models::EngineState;

TrayIcon::TrayIcon(Models::EngineStatus &status, Notifier &notifier, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_notifier(notifier)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    buildMenu();
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(&m_status, &Models::EngineStatus::changed, this, &TrayIcon::showStatus);
    m_notifier.setFallback(m_icon);
    showStatus();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::show()
{
    if (isAvailable())
        m_icon->show();
}

void TrayIcon::buildMenu()
{
    QAction *open = m_menu->addAction(Widgets::Icons::application(), tr("&Open Doorstep"));
    open->setObjectName(u"trayOpenAction"_s);
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();
    m_stateAction = m_menu->addAction(QString());
    m_stateAction->setObjectName(u"trayStateAction"_s);
    m_stateAction->setEnabled(false);
    m_todayAction = m_menu->addAction(QString());
    m_todayAction->setObjectName(u"trayTodayAction"_s);
    m_todayAction->setEnabled(false);
    m_filteredAction = m_menu->addAction(QString());
    m_filteredAction->setObjectName(u"trayFilteredAction"_s);
    m_filteredAction->setEnabled(false);
    m_menu->addSeparator();

    QAction *pause = m_menu->addAction(tr("&Pause Notifications"));
    pause->setObjectName(u"trayPauseAction"_s);
    pause->setCheckable(true);
    pause->setChecked(m_notifier.isPaused());
    connect(pause, &QAction::toggled, &m_notifier, &Notifier::setPaused);

    QMenu *kinds = m_menu->addMenu(tr("&Notify Me About"));
    kinds->setObjectName(u"trayNotifyMenu"_s);
    for (const QString &kind : Models::EventKinds::notifying()) {
        QAction *action = kinds->addAction(Models::EventKinds::notifyMenuLabel(kind));
        action->setObjectName(u"notifyKind_"_s + kind);
        action->setCheckable(true);
        action->setChecked(!m_notifier.isMuted(kind));
        connect(action, &QAction::toggled, &m_notifier, [this, kind](bool on) { m_notifier.setMuted(kind, !on); });
    }
    connect(pause, &QAction::toggled, kinds, [kinds](bool paused) { kinds->setEnabled(!paused); });
    kinds->setEnabled(!m_notifier.isPaused());

    m_menu->addSeparator();
    //: Quits the control center; the mail server keeps running
    QAction *quit = m_menu->addAction(Widgets::Icons::quit(), tr("&Quit"));
    quit->setObjectName(u"trayQuitAction"_s);
    quit->setToolTip(tr("Closes this program; mail keeps flowing"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::showStatus()
{
    const EngineState &state = m_status.state();
    m_icon->setIcon(Widgets::Icons::state(state.kind()));
    //: Tray tooltip: %1 is a state word ("OK"), %2 a sentence
    const QString tip = tr("Doorstep: %1\n%2").arg(state.word(), state.sentence());
    m_icon->setToolTip(tip);
    m_stateAction->setIcon(Widgets::Icons::state(state.kind()));
    m_stateAction->setText(tr("Mail server: %1").arg(state.word()));
    m_stateAction->setToolTip(state.sentence());
    if (!m_status.isLoaded()) {
        m_todayAction->setVisible(false);
        m_filteredAction->setVisible(false);
        return;
    }
    const QLocale locale;
    //: Tray menu line with today's counters
    m_todayAction->setText(tr("Today: %1 received, %2 delivered, %3 bounced, %4 rejected")
                               .arg(locale.toString(qulonglong(m_status.today(u"received"_s))),
                                    locale.toString(qulonglong(m_status.today(u"delivered"_s))),
                                    locale.toString(qulonglong(m_status.today(u"bounced"_s))),
                                    locale.toString(qulonglong(m_status.today(u"rejected"_s)))));
    m_todayAction->setVisible(true);
    //: Tray menu line with today's filter counters, under the "Today:" line
    m_filteredAction->setText(tr("Filtered: %1 greylisted, %2 viruses, %3 spam")
                                  .arg(locale.toString(qulonglong(m_status.today(u"greylisted"_s))),
                                       locale.toString(qulonglong(m_status.today(u"virus"_s))),
                                       locale.toString(qulonglong(m_status.today(u"spam"_s)))));
    m_filteredAction->setVisible(true);
}

} // namespace Doorstep::Ui::Tray
