#include "ui/models/enginestate.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

EngineState EngineState::fromProperty(const QString &state)
{
    EngineState result;
    const qsizetype colon = state.indexOf(u':');
    result.m_token = (colon < 0 ? state : state.left(colon)).trimmed();
    if (colon >= 0) {
        const QStringList parts = state.mid(colon + 1).split(u';', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                result.m_reasons << part.trimmed();
        }
    }
    if (result.m_token == u"running"_s)
        result.m_kind = Kind::Running;
    else if (result.m_token == u"starting"_s)
        result.m_kind = Kind::Starting;
    else if (result.m_token == u"degraded"_s)
        result.m_kind = Kind::Degraded;
    else
        result.m_kind = Kind::Unknown;
    return result;
}

EngineState EngineState::notRunning()
{
    return {};
}

EngineState EngineState::unreachable(const QString &why)
{
    EngineState result;
    result.m_kind = Kind::Unreachable;
    if (!why.isEmpty())
        result.m_reasons << why;
    return result;
}

QString EngineState::word() const
{
    switch (m_kind) {
    case Kind::Running:
        //: Engine state badge: everything works
        return tr("OK");
    case Kind::Starting:
        //: Engine state badge
        return tr("Starting");
    case Kind::Degraded:
        //: Engine state badge: running with problems
        return tr("Warning");
    case Kind::Unknown:
        //: Engine state badge: a state this version does not know
        return tr("Unknown");
    case Kind::NotRunning:
        //: Engine state badge
        return tr("Not running");
    case Kind::Unreachable:
        //: Engine state badge: the engine cannot be contacted
        return tr("Not reachable");
    }
    return {};
}

QString EngineState::sentence() const
{
    switch (m_kind) {
    case Kind::Running:
        return tr("The engine is running.");
    case Kind::Starting:
        return tr("The engine is starting.");
    case Kind::Degraded:
        if (m_reasons.isEmpty())
            return tr("The engine is running with problems.");
        return tr("The engine is running with problems: %1").arg(m_reasons.join(u' '));
    case Kind::Unknown:
        return tr("The engine reports a state this program does not know: '%1'.").arg(m_token);
    case Kind::NotRunning:
        return tr("No mail is received or delivered while the engine is stopped.");
    case Kind::Unreachable:
        if (m_reasons.isEmpty())
            return tr("The engine cannot be reached.");
        return tr("The engine cannot be reached. %1").arg(m_reasons.join(u' '));
    }
    return {};
}

} // namespace Doorstep::Ui::Models
