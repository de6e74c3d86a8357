#pragma once

#include <QObject>

#include "engine/filters/contentfilter.h"

namespace Doorstep::Core {
class EventLog;
}
namespace Doorstep::Store {
class Settings;
class Statistics;
} // namespace Doorstep::Store

namespace Doorstep::Filters::Antivirus {

class ScannerSupervisor;

/**
 * The virus scan at the end of DATA: the spool file's path goes to doorstep-scan over its
 * socket. A hit is refused (554 5.7.0 with the signature) or, with antivirus.action
 * "quarantine", accepted into the quarantine; either way it is counted (virus) and announced
 * (Event virus). Anything short of an answer (no scanner, loading, crashed, hung, an error
 * while scanning) tempfails the message (451 4.7.1): it is never passed unscanned.
 */
class AntivirusFilter final : public QObject, public ContentFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AntivirusFilter)

public:
    AntivirusFilter(ScannerSupervisor &supervisor, const Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events,
                    QObject *parent = nullptr);

    QString name() const override;
    /** Passes at once (later on the event loop) while antivirus.enabled is false. */
    void check(const ContentMessage &message, std::function<void(ContentVerdict)> done) override;

private:
    void found(const ContentMessage &message, const QString &signature, std::function<void(ContentVerdict)> done);

    ScannerSupervisor &m_supervisor;
    const Store::Settings &m_settings;
    Store::Statistics &m_statistics;
    Core::EventLog &m_events;
};

} // namespace Doorstep::Filters::Antivirus
