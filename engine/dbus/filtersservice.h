#pragma once

#include <QVariantMap>

#include "engine/dbus/certificatesservice.h"

namespace Doorstep::Filters {
struct SpamChoices;
}

namespace Doorstep::DBus {

/**
 * org.doorstep.Engine1.Filters: the spam score of a message on demand (the thresholds wizard),
 * the virus scanner's state and the quarantine.
 */
class FiltersService : public CertificatesService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiltersService)

public:
    explicit FiltersService(ServiceContext &context, QObject *parent = nullptr);

    QVariantMap ScoreMessage(const QString &message);
    QVariantMap TrySpamBackend(const QVariantMap &choices, const QString &message);
    QVariantMap AntivirusStatus();
    QuarantineEntryList ListQuarantine();
    void ReleaseQuarantined(const QString &id);
    void DeleteQuarantined(const QString &id);

private:
    /**
     * ScoreMessage and TrySpamBackend: scores @p message with @p choices and replies with
     * the score, the verdict under @p choices' thresholds and, for a @p trial, whether the
     * backend was reached (and nothing noted: no degraded state).
     */
    void scoreAndReply(const PendingReply &reply, const QString &message, const Filters::SpamChoices &choices, bool trial);
};

} // namespace Doorstep::DBus
