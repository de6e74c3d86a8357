#include "ui/mainwindow/page.h"

#include <QAction>

#include "ui/client/engineclient.h"
#include "ui/models/refreshthrottle.h"

namespace Doorstep::Ui {

namespace {
constexpr int kDefaultReloadIntervalMs = 100;
}

Page::Page(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_throttle(new Models::RefreshThrottle(kDefaultReloadIntervalMs, [this] { reload(); }, this))
{
    connect(&client(), &EngineClient::engineAppeared, this, [this] {
        setEngineActionsEnabled(true);
        m_throttle->runNow();
    });
    connect(&client(), &EngineClient::engineVanished, this, &Page::onEngineVanished);
    // reload() is virtual: run it once the derived class is complete.
    QMetaObject::invokeMethod(this, &Page::start, Qt::QueuedConnection);
}

Page::~Page() = default;

bool Page::engineAvailable() const
{
    return client().isAvailable();
}

void Page::scheduleReload()
{
    if (engineAvailable())
        m_throttle->request();
}

void Page::setReloadInterval(int milliseconds)
{
    m_throttle->setInterval(milliseconds);
}

void Page::addPrimaryAction(QAction *action)
{
    addAction(action); // so its shortcut works while the page is shown
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_primaryActions.append(action);
}

void Page::setDisabledWithoutEngine(bool disabled)
{
    m_disabledWithoutEngine = disabled;
}

void Page::setEngineActionsEnabled(bool enabled)
{
    if (m_disabledWithoutEngine)
        setEnabled(enabled);
    for (QAction *action : std::as_const(m_primaryActions))
        action->setEnabled(enabled);
}

void Page::start()
{
    if (engineAvailable()) {
        m_throttle->runNow();
    } else {
        setEngineActionsEnabled(false);
        engineGone();
    }
}

void Page::onEngineVanished()
{
    setEngineActionsEnabled(false);
    engineGone();
}

} // namespace Doorstep::Ui
