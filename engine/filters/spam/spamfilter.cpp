#include "engine/filters/spam/spamfilter.h"

#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/core/hostport.h"
#include "engine/core/settingsregistry.h"
#include "engine/filters/log.h"
#include "engine/filters/spam/builtinscorer.h"
#include "engine/filters/spam/rspamdclient.h"
#include "engine/filters/spam/spamdclient.h"
#include "engine/filters/spam/spamheaders.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;

namespace {

const QString kStateKey = u"spam"_s;

/** Reads the message file off the event loop; an empty array when it cannot be read. */
void readMessage(QObject *context, const QString &path, std::function<void(QByteArray, QString)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, path, done] {
        QFile file(path);
        QByteArray bytes;
        QString problem;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        else
            problem = u"Cannot read the message '%1': %2."_s.arg(path, file.errorString());
        if (guard)
            QMetaObject::invokeMethod(guard.data(), [done, bytes, problem] { done(bytes, problem); }, Qt::QueuedConnection);
    });
}

} // namespace

SpamFilter::SpamFilter(Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events, Core::EngineState &state,
                       Dns::Resolver &resolver, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_statistics(statistics)
    , m_events(events)
    , m_state(state)
    , m_spamd(std::make_unique<SpamdClient>())
    , m_rspamd(std::make_unique<RspamdClient>())
    , m_builtin(std::make_unique<BuiltinScorer>(resolver))
{
    // Scoring switched off: nothing is degraded any more. Another backend or address keeps
    // the state until a backend answers again (the next message tells).
    connect(&m_settings, &Store::Settings::changed, this, [this](const QStringList &keys) {
        if (keys.contains(u"spam.enabled"_s) && !m_settings.boolValue(u"spam.enabled"_s) && m_degraded) {
            m_degraded = false;
            m_state.clearDegraded(kStateKey);
        }
    });
}

SpamFilter::~SpamFilter() = default;

QString SpamFilter::name() const
{
    return u"spam"_s;
}

QString SpamFilter::exemption(const Smtp::SessionInfo &session)
{
    if (session.local)
        return u"local submission"_s;
    if (!session.authUser.isEmpty())
        return u"authenticated"_s;
    if (session.trust == Smtp::ClientTrust::Relay)
        return u"relay client"_s;
    return QString();
}

const QStringList SpamFilter::kChoiceKeys{u"spam.backend"_s,   u"spam.address"_s,   u"spam.timeout"_s,
                                          u"spam.dnsbl_zones"_s, u"spam.threshold"_s, u"spam.reject_threshold"_s};

SpamChoices SpamFilter::currentChoices() const
{
    SpamChoices choices;
    choices.backend = m_settings.stringValue(u"spam.backend"_s);
    choices.address = m_settings.stringValue(u"spam.address"_s);
    choices.timeoutSeconds = m_settings.uintValue(u"spam.timeout"_s);
    choices.dnsblZones = m_settings.listValue(u"spam.dnsbl_zones"_s);
    choices.threshold = m_settings.doubleValue(u"spam.threshold"_s);
    choices.rejectThreshold = m_settings.doubleValue(u"spam.reject_threshold"_s);
    return choices;
}

Core::Result<SpamChoices> SpamFilter::choicesWith(const QVariantMap &changes) const
{
    SpamChoices choices = currentChoices();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!kChoiceKeys.contains(it.key()))
            return Core::Error::invalidArgument(
                u"'%1' is not a choice of spam backend; give only %2."_s.arg(it.key(), kChoiceKeys.join(u", "_s)));
        const auto value = m_settings.registry().validate(it.key(), it.value());
        if (!value)
            return value.error();
        if (it.key() == u"spam.backend"_s)
            choices.backend = value.value().toString();
        else if (it.key() == u"spam.address"_s)
            choices.address = value.value().toString();
        else if (it.key() == u"spam.timeout"_s)
            choices.timeoutSeconds = value.value().toUInt();
        else if (it.key() == u"spam.dnsbl_zones"_s)
            choices.dnsblZones = value.value().toStringList();
        else if (it.key() == u"spam.threshold"_s)
            choices.threshold = value.value().toDouble();
        else
            choices.rejectThreshold = value.value().toDouble();
    }
    return choices;
}

SpamBackend &SpamFilter::backend(const QString &name) const
{
    if (name == m_spamd->name())
        return *m_spamd;
    if (name == m_rspamd->name())
        return *m_rspamd;
    return *m_builtin; // the registry accepts builtin, spamd and rspamd only
}

SpamOptions SpamFilter::options(const SpamChoices &choices) const
{
    SpamOptions options;
    options.timeoutMs = int(choices.timeoutSeconds) * 1000;
    options.dnsblZones = choices.dnsblZones;
    const quint16 defaultPort = choices.backend == m_rspamd->name() ? RspamdClient::kDefaultPort : SpamdClient::kDefaultPort;
    const auto server = Core::HostPort::parseServer(choices.address.isEmpty() ? u"127.0.0.1"_s : choices.address, defaultPort);
    if (server) {
        options.host = server->host;
        options.port = server->port;
    }
    return options;
}

void SpamFilter::check(const ContentMessage &message, std::function<void(ContentVerdict)> done)
{
    const QString exempt = exemption(message.session);
    if (!m_settings.boolValue(u"spam.enabled"_s) || !exempt.isEmpty()) {
        if (!exempt.isEmpty())
            qCDebug(lcFilters).noquote() << message.session.id << message.queueId << "not scored for spam:" << exempt;
        QMetaObject::invokeMethod(this, [done] { done(ContentVerdict{}); }, Qt::QueuedConnection);
        return;
    }
    const quint64 maxSize = m_settings.sizeValue(u"spam.max_size"_s);
    if (maxSize > 0 && message.size > maxSize) {
        const SpamScore skipped = SpamScore::failed(SpamScore::Unscanned::Size,
                                                    u"The message has %1 bytes, more than spam.max_size (%2)."_s.arg(message.size).arg(maxSize));
        QMetaObject::invokeMethod(this, [this, message, skipped, done] { done(decide(message, skipped)); }, Qt::QueuedConnection);
        return;
    }
    readMessage(this, message.path, [this, message, done](const QByteArray &bytes, const QString &problem) {
        if (!problem.isEmpty()) {
            done(decide(message, SpamScore::failed(SpamScore::Unscanned::Unavailable, problem)));
            return;
        }
        SpamRequest request;
        request.message = bytes;
        request.clientAddress = message.session.clientAddress;
        request.clientName = message.session.clientName;
        request.helo = message.session.helo;
        request.sender = message.envelope.sender;
        for (const auto &recipient : message.envelope.recipients)
            request.recipients << recipient.first;
        request.queueId = message.queueId;
        request.greylistPassed = message.envelope.greylistPassed;
        score(request, currentChoices(), true, [this, message, done](const SpamScore &score) { done(decide(message, score)); });
    });
}

void SpamFilter::scoreMessage(const QByteArray &message, QObject *context, std::function<void(SpamScore)> done)
{
    scoreOnDemand(message, currentChoices(), true, context, std::move(done));
}

void SpamFilter::tryChoices(const QByteArray &message, const SpamChoices &choices, QObject *context, std::function<void(SpamScore)> done)
{
    scoreOnDemand(message, choices, false, context, std::move(done));
}

void SpamFilter::scoreOnDemand(const QByteArray &message, const SpamChoices &choices, bool note, QObject *context,
                               std::function<void(SpamScore)> done)
{
    QPointer<QObject> guard(context);
    const quint64 maxSize = m_settings.sizeValue(u"spam.max_size"_s);
    if (maxSize > 0 && quint64(message.size()) > maxSize) {
        const SpamScore skipped = SpamScore::failed(
            SpamScore::Unscanned::Size, u"The message has %1 bytes, more than spam.max_size (%2)."_s.arg(message.size()).arg(maxSize));
        QMetaObject::invokeMethod(this, [guard, skipped, done] {
            if (guard)
                done(skipped);
        }, Qt::QueuedConnection);
        return;
    }
    SpamRequest request;
    request.message = message;
    score(request, choices, note, [guard, done](const SpamScore &score) {
        if (guard)
            done(score);
    });
}

void SpamFilter::score(const SpamRequest &request, const SpamChoices &choices, bool note, std::function<void(SpamScore)> done)
{
    backend(choices.backend).score(request, options(choices), [this, note, done](const SpamScore &score) {
        if (note)
            noteBackend(score);
        done(score);
    });
}

QString SpamFilter::verdictName(const SpamScore &score) const
{
    return verdictName(score, currentChoices());
}

QString SpamFilter::verdictName(const SpamScore &score, const SpamChoices &choices)
{
    if (!score.scanned())
        return u"unscanned"_s;
    if (choices.rejectThreshold > 0.0 && score.score >= choices.rejectThreshold)
        return u"reject"_s;
    return score.score >= choices.threshold ? u"spam"_s : u"ham"_s;
}

bool SpamFilter::reachable(const SpamScore &score)
{
    return score.unscanned != SpamScore::Unscanned::Timeout && score.unscanned != SpamScore::Unscanned::Unavailable;
}

void SpamFilter::noteBackend(const SpamScore &score)
{
    if (!reachable(score)) {
        m_state.setDegraded(kStateKey, u"spam filter: "_s + score.problem);
        if (!m_degraded) {
            // One event when the backend goes away, not one per message.
            qCWarning(lcFilters).noquote() << "spam scoring is degraded:" << score.problem << "accepting mail unscanned";
            m_events.add(Core::EventKind::FilterDegraded, u"Spam scoring is not working: %1 Mail is accepted unscanned."_s.arg(score.problem),
                         {{u"filter"_s, u"spam"_s}, {u"backend"_s, m_settings.stringValue(u"spam.backend"_s)}, {u"problem"_s, score.problem}});
        }
        m_degraded = true;
    } else if (score.scanned() && m_degraded) {
        qCInfo(lcFilters).noquote() << "spam scoring works again with" << m_settings.stringValue(u"spam.backend"_s);
        m_degraded = false;
        m_state.clearDegraded(kStateKey);
    }
}

ContentVerdict SpamFilter::decide(const ContentMessage &message, const SpamScore &score)
{
    const double threshold = m_settings.doubleValue(u"spam.threshold"_s);
    ContentVerdict verdict;
    verdict.addedHeaders = SpamHeaders::build(score, threshold);
    const QString verdictText = verdictName(score);
    const QString number = SpamHeaders::formatScore(score.score);
    if (!score.scanned()) {
        verdict.summary = u"spam unscanned (%1)"_s.arg(unscannedName(score.unscanned));
        qCInfo(lcFilters).noquote() << message.session.id << message.queueId << "not scored for spam:" << score.problem;
        return verdict;
    }
    verdict.summary = u"%1 %2"_s.arg(verdictText == u"reject"_s ? u"spam"_s : verdictText, number);
    qCInfo(lcFilters).noquote() << message.session.id << message.queueId << "spam score" << number << "tests" << score.rules.join(u","_s)
                                << "->" << verdictText;
    if (verdictText == u"ham"_s)
        return verdict;

    verdict.spam = true;
    verdict.subjectTag = m_settings.stringValue(u"spam.subject_tag"_s);
    if (verdictText == u"reject"_s)
        verdict.refusal = Smtp::Reply::spamRefused(number);
    m_statistics.increment(u"spam"_s);
    const QString sender = message.envelope.sender.isEmpty() ? u"<>"_s : message.envelope.sender;
    const QString client = message.session.describeClient();
    const QString action = verdict.refusal ? u"refused"_s : u"filed as spam"_s;
    m_events.add(Core::EventKind::Spam, u"Message %1 from %2 sent by %3 scored %4: %5."_s.arg(message.queueId, sender, client, number, action),
                 {{u"queue_id"_s, message.queueId},
                  {u"sender"_s, sender},
                  {u"client"_s, client},
                  {u"score"_s, score.score},
                  {u"rules"_s, score.rules},
                  {u"action"_s, verdict.refusal ? u"refused"_s : u"filed"_s}});
    return verdict;
}

} // namespace Doorstep::Filters
