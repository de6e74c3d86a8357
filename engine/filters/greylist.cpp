#include "engine/filters/greylist.h"

#include <algorithm>

#include "engine/core/clock.h"
#include "engine/filters/log.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Store::GreylistRecord;
using Store::GreylistRepository;
using Store::GreylistTriplet;

namespace {

constexpr int kPruneIntervalMs = 3600 * 1000;
constexpr quint64 kUsec = 1000000;

// An IPv4 client on a dual-stack listener arrives as ::ffff:a.b.c.d: greylist it as IPv4.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

Greylist::Greylist(Store::Store &store, const Store::Settings &settings, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
{
    m_pruneTimer.setInterval(kPruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(); });
}

Greylist::~Greylist() = default;

Result<void> Greylist::load()
{
    auto patterns = m_store.runSync([](Store::Database &db) { return GreylistRepository(db).allowed(); });
    if (!patterns)
        return patterns.error();
    setAllowed(patterns.value());
    prune();
    m_pruneTimer.start();
    return {};
}

void Greylist::setAllowed(const QStringList &patterns)
{
    m_allowed.clear();
    for (const QString &text : patterns) {
        auto pattern = GreylistAllowPattern::parse(text);
        if (!pattern) {
            qCWarning(lcFilters).noquote() << "greylist allow pattern" << text << "is not valid, ignoring:" << pattern.error().message;
            continue;
        }
        m_allowed.append(pattern.value());
    }
}

QStringList Greylist::allowed() const
{
    QStringList patterns;
    for (const GreylistAllowPattern &p : m_allowed)
        patterns << p.text();
    std::sort(patterns.begin(), patterns.end());
    return patterns;
}

GreylistTimes Greylist::times() const
{
    return {m_settings.uintValue(u"greylist.delay"_s), m_settings.uintValue(u"greylist.expire_unconfirmed"_s),
            m_settings.uintValue(u"greylist.expire_confirmed"_s)};
}

QString Greylist::networkOf(const QHostAddress &given, int prefixV4, int prefixV6)
{
    const QHostAddress address = plainAddress(given);
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int prefix = v4 ? std::clamp(prefixV4, 0, 32) : std::clamp(prefixV6, 0, 128);
    // parseSubnet clears the host bits.
    const auto [network, length] = QHostAddress::parseSubnet(u"%1/%2"_s.arg(address.toString()).arg(prefix));
    return u"%1/%2"_s.arg(network.toString()).arg(length);
}

bool Greylist::isExempt(const Smtp::SessionInfo &session, const QString &sender) const
{
    if (!m_settings.boolValue(u"greylist.enabled"_s))
        return true;
    // Local programs, logged-in users and the clients the relay list trusts are not strangers.
    if (session.local || !session.authUser.isEmpty() || session.trust != Smtp::ClientTrust::None)
        return true;
    const QHostAddress address = plainAddress(session.clientAddress);
    return std::any_of(m_allowed.cbegin(), m_allowed.cend(),
                       [&](const GreylistAllowPattern &p) { return p.matches(address, session.clientName, sender); });
}

std::pair<GreylistVerdict, GreylistRecord> Greylist::decide(const GreylistTriplet &triplet, const std::optional<GreylistRecord> &known,
                                                            quint64 now, const GreylistTimes &times)
{
    GreylistVerdict verdict;
    verdict.triplet = triplet;
    const auto expired = [&](const GreylistRecord &r) {
        return r.passed == 0 ? now >= r.firstSeenUsec + times.expireUnconfirmed * kUsec : now >= r.lastSeenUsec + times.expireConfirmed * kUsec;
    };
    if (!known || expired(*known)) {
        // Unknown, or remembered too long ago: a first attempt again.
        GreylistRecord fresh{triplet, now, now, 1, 0};
        verdict.outcome = GreylistVerdict::Outcome::Deferred;
        verdict.retryAfterSeconds = qMax<quint64>(times.delay, 1);
        verdict.reason = u"new"_s;
        return {verdict, fresh};
    }
    GreylistRecord record = *known;
    record.lastSeenUsec = now;
    const quint64 acceptFrom = record.firstSeenUsec + times.delay * kUsec;
    if (record.passed == 0 && now < acceptFrom) {
        record.attempts += 1;
        verdict.outcome = GreylistVerdict::Outcome::Deferred;
        verdict.retryAfterSeconds = qMax<quint64>((acceptFrom - now + kUsec - 1) / kUsec, 1);
        verdict.reason = u"early"_s;
        return {verdict, record};
    }
    record.passed += 1; // confirmed, or used again: valid for expire_confirmed from now
    verdict.outcome = GreylistVerdict::Outcome::Passed;
    return {verdict, record};
}

std::optional<GreylistTriplet> Greylist::tripletFor(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient) const
{
    if (isExempt(session, sender))
        return std::nullopt;
    return GreylistTriplet{
        networkOf(session.clientAddress, int(m_settings.uintValue(u"greylist.prefix_v4"_s)), int(m_settings.uintValue(u"greylist.prefix_v6"_s))),
        sender.toLower(), recipient.toLower()};
}

void Greylist::check(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient, QObject *context,
                     std::function<void(GreylistVerdict)> done)
{
    const std::optional<GreylistTriplet> asked = tripletFor(session, sender, recipient);
    if (!asked) {
        done(GreylistVerdict{});
        return;
    }
    const GreylistTriplet triplet = *asked;
    const quint64 now = m_clock.nowUsec();
    const GreylistTimes t = times();
    const QString sessionId = session.id;
    // Look-up, decision and update in one transaction on the store thread, without an fsync.
    m_store.run(
        context,
        [triplet, now, t](Store::Database &db) -> Result<GreylistVerdict> {
            GreylistRepository repository(db);
            return repository.unsyncedTransaction<GreylistVerdict>([&]() -> Result<GreylistVerdict> {
                auto known = repository.find(triplet);
                if (!known)
                    return known.error();
                auto [verdict, record] = decide(triplet, known.value(), now, t);
                if (auto saved = repository.save(record); !saved)
                    return saved.error();
                return verdict;
            });
        },
        [sessionId, triplet, done](Result<GreylistVerdict> verdict) {
            if (!verdict) {
                qCWarning(lcFilters).noquote() << sessionId << "greylist look-up of" << triplet.toString()
                                               << "failed, passing the recipient:" << verdict.error().message;
                GreylistVerdict passed;
                passed.triplet = triplet;
                done(passed);
                return;
            }
            done(verdict.value());
        });
}

void Greylist::preview(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient, QObject *context,
                       std::function<void(GreylistVerdict)> done)
{
    const std::optional<GreylistTriplet> asked = tripletFor(session, sender, recipient);
    if (!asked) {
        done(GreylistVerdict{});
        return;
    }
    const GreylistTriplet triplet = *asked;
    const quint64 now = m_clock.nowUsec();
    const GreylistTimes t = times();
    m_store.run(
        context, [triplet](Store::Database &db) { return GreylistRepository(db).find(triplet); },
        [triplet, now, t, done](Result<std::optional<GreylistRecord>> known) {
            if (!known) {
                GreylistVerdict passed; // check() passes the recipient too
                passed.triplet = triplet;
                done(passed);
                return;
            }
            done(decide(triplet, known.value(), now, t).first);
        });
}

void Greylist::allow(const QString &text, QObject *context, std::function<void(Result<QString>)> done)
{
    const auto pattern = GreylistAllowPattern::parse(text);
    if (!pattern) {
        done(pattern.error());
        return;
    }
    const QString normalized = pattern->text();
    const quint64 now = m_clock.nowUsec();
    QPointer<Greylist> self(this);
    m_store.run(
        context, [normalized, now](Store::Database &db) { return GreylistRepository(db).allow(normalized, now); },
        [self, pattern = pattern.value(), done](Result<QString> added) {
            if (added && self)
                self->m_allowed.append(pattern);
            done(std::move(added));
        });
}

void Greylist::disallow(const QString &text, QObject *context, std::function<void(Result<QString>)> done)
{
    // A pattern that does not parse cannot be listed: look it up as given then.
    const auto pattern = GreylistAllowPattern::parse(text);
    const QString normalized = pattern ? pattern->text() : text.trimmed();
    QPointer<Greylist> self(this);
    m_store.run(
        context, [normalized](Store::Database &db) { return GreylistRepository(db).disallow(normalized); },
        [self, done](Result<QString> removed) {
            if (removed && self)
                self->m_allowed.removeIf([&](const GreylistAllowPattern &p) { return p.text() == removed.value(); });
            done(std::move(removed));
        });
}

void Greylist::prune(std::function<void(Result<quint64>)> done)
{
    const quint64 now = m_clock.nowUsec();
    const GreylistTimes t = times();
    m_store.run(
        this,
        [now, t](Store::Database &db) {
            return GreylistRepository(db).prune(now, {t.expireUnconfirmed, t.expireConfirmed});
        },
        [done](Result<quint64> pruned) {
            if (!pruned)
                qCWarning(lcFilters).noquote() << "cannot prune the greylist, will retry:" << pruned.error().message;
            else if (pruned.value() > 0)
                qCInfo(lcFilters).noquote() << "pruned" << pruned.value() << "expired greylist triplets";
            if (done)
                done(std::move(pruned));
        });
}

} // namespace Doorstep::Filters
