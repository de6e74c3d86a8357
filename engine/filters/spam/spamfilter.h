#pragma once

#include <memory>

#include <QObject>

#include "engine/core/result.h"
#include "engine/filters/contentfilter.h"
#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Core {
class EngineState;
class EventLog;
} // namespace Doorstep::Core
namespace Doorstep::Dns {
class Resolver;
}
namespace Doorstep::Store {
class Settings;
class Statistics;
} // namespace Doorstep::Store

namespace Doorstep::Filters {

class BuiltinScorer;
class RspamdClient;
class SpamdClient;

/**
 * How messages are scored and judged: the spam.* settings of these names, as they are in
 * effect or as someone is thinking of setting them (Filters.TrySpamBackend).
 */
struct SpamChoices
{
    QString backend;             // spam.backend: "builtin", "spamd", "rspamd"
    QString address;             // spam.address: host:port, "" = the backend's standard port on 127.0.0.1
    quint32 timeoutSeconds = 20; // spam.timeout
    QStringList dnsblZones;      // spam.dnsbl_zones
    double threshold = 5.0;      // spam.threshold
    double rejectThreshold = 0.0; // spam.reject_threshold, 0 = never refuse
};

/**
 * Spam scoring at the end of DATA (DESIGN.md mail flow step 5) with the backend that
 * `spam.backend` names. A score at or above `spam.threshold` marks the message as spam
 * (X-Spam-* headers, `spam.subject_tag`, filed into `spam.folder` at local delivery); at or
 * above `spam.reject_threshold` (when not 0) it is refused with 550 5.7.1. Each such decision
 * is counted (statistics "spam") and logged as an Event `spam`.
 *
 * Mail from our own users is never scored, as spamass-milter and amavis setups skip it: an
 * authenticated session, the local submission socket (doorstep-sendmail) and RELAY clients
 * (the LAN machines of the seed's access file) send outbound mail that is not ours to judge.
 * OK clients are trusted for greylisting and sender checks only and are scored.
 *
 * A backend that is down or slow does not stop mail: the message is accepted with
 * "X-Spam-Status: unscanned, <why>", Manager.State turns "degraded: spam filter: ..." with a
 * `filter_degraded` event, and the state clears when the backend answers again. Messages over
 * `spam.max_size` are not scored ("unscanned, size"), like spamc's 500 KiB limit.
 */
class SpamFilter final : public QObject, public ContentFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamFilter)

public:
    SpamFilter(Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events, Core::EngineState &state,
               Dns::Resolver &resolver, QObject *parent = nullptr);
    ~SpamFilter() override;

    QString name() const override;
    void check(const ContentMessage &message, std::function<void(ContentVerdict)> done) override;

    /** The keys of SpamChoices, which Filters.TrySpamBackend takes. */
    static const QStringList kChoiceKeys;

    /** The choices in effect (the settings). */
    SpamChoices currentChoices() const;
    /**
     * The choices in effect with @p changes (keys of kChoiceKeys) in their place, each value
     * checked as Settings.Set checks it: InvalidArgument with the registry's sentence for a
     * bad value or a key that is not a choice.
     */
    Core::Result<SpamChoices> choicesWith(const QVariantMap &changes) const;

    /**
     * Filters.ScoreMessage: scores @p message with the configured backend without delivering
     * or counting it (no client address, so no DNSBL checks). A backend that does not answer
     * degrades the state, as it does for mail. @p done is not called when @p context is gone.
     */
    void scoreMessage(const QByteArray &message, QObject *context, std::function<void(SpamScore)> done);
    /**
     * Filters.TrySpamBackend: scores @p message as scoreMessage() does, with the backend of
     * @p choices instead of the configured one, and leaves no trace: nothing counted, no
     * event, no degraded state.
     */
    void tryChoices(const QByteArray &message, const SpamChoices &choices, QObject *context, std::function<void(SpamScore)> done);

    /** "ham", "spam", "reject" (at or above a non-zero reject threshold) or "unscanned". */
    QString verdictName(const SpamScore &score) const;
    static QString verdictName(const SpamScore &score, const SpamChoices &choices);
    /** False when the backend could not be reached or did not answer in time. */
    static bool reachable(const SpamScore &score);

    /** Why mail of @p session is not scored ("authenticated", ...); "" when it is. */
    static QString exemption(const Smtp::SessionInfo &session);

private:
    SpamBackend &backend(const QString &name) const;
    SpamOptions options(const SpamChoices &choices) const;
    /** Scores @p request with @p choices' backend; @p note: a failure degrades the state. */
    void score(const SpamRequest &request, const SpamChoices &choices, bool note, std::function<void(SpamScore)> done);
    void scoreOnDemand(const QByteArray &message, const SpamChoices &choices, bool note, QObject *context,
                       std::function<void(SpamScore)> done);
    void noteBackend(const SpamScore &score);
    ContentVerdict decide(const ContentMessage &message, const SpamScore &score);

    Store::Settings &m_settings;
    Store::Statistics &m_statistics;
    Core::EventLog &m_events;
    Core::EngineState &m_state;
    std::unique_ptr<SpamdClient> m_spamd;
    std::unique_ptr<RspamdClient> m_rspamd;
    std::unique_ptr<BuiltinScorer> m_builtin;
    bool m_degraded = false;
};

} // namespace Doorstep::Filters
