#include "engine/core/enginestate.h"

#include <QStringList>

#include "engine/core/log.h"

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

EngineState::EngineState(QObject *parent)
    : QObject(parent)
    , m_text(u"starting"_s)
{
}

QString EngineState::text() const
{
    return m_text;
}

void EngineState::setRunning()
{
    m_running = true;
    update();
}

void EngineState::setDegraded(const QString &subsystem, const QString &reason)
{
    m_reasons.insert(subsystem, reason);
    update();
}

void EngineState::clearDegraded(const QString &subsystem)
{
    if (m_reasons.remove(subsystem))
        update();
}

void EngineState::update()
{
    QString text;
    if (!m_running)
        text = u"starting"_s;
    else if (m_reasons.isEmpty())
        text = u"running"_s;
    else
        text = u"degraded: "_s + QStringList(m_reasons.values()).join(u"; "_s);
    if (text == m_text)
        return;
    m_text = text;
    qCInfo(lcCore).noquote() << "state:" << text;
    Q_EMIT changed(text);
}

} // namespace Doorstep::Core
