#pragma once

#include <memory>

#include <QObject>

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

    /**
     * Filters.ScoreMessage: scores @p message with the configured backend without delivering
     * or counting it (no client address, so no DNSBL checks). @p done is not called when
     * @p context is gone.
     */
    void scoreMessage(const QByteArray &message, QObject *context, std::function<void(SpamScore)> done);

    /** "ham", "spam", "reject" (at or above a non-zero reject threshold) or "unscanned". */
    QString verdictName(const SpamScore &score) const;

    /** Why mail of @p session is not scored ("authenticated", ...); "" when it is. */
    static QString exemption(const Smtp::SessionInfo &session);

private:
    SpamBackend &backend() const;
    SpamOptions options() const;
    void score(const SpamRequest &request, std::function<void(SpamScore)> done);
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
