#include "engine/dns/spfevaluator.h"

#include <QPointer>

#include "engine/dns/dnsname.h"
#include "engine/dns/resolver.h"
#include "engine/dns/spfmacro.h"
#include "engine/dns/spfrecord.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

QLatin1StringView spfResultName(SpfResult result)
{
    switch (result) {
    case SpfResult::None: return "none"_L1;
    case SpfResult::Neutral: return "neutral"_L1;
    case SpfResult::Pass: return "pass"_L1;
    case SpfResult::Fail: return "fail"_L1;
    case SpfResult::SoftFail: return "softfail"_L1;
    case SpfResult::TempError: return "temperror"_L1;
    case SpfResult::PermError: return "permerror"_L1;
    }
    return "none"_L1;
}

namespace {

SpfResult resultOf(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Pass: return SpfResult::Pass;
    case SpfQualifier::Fail: return SpfResult::Fail;
    case SpfQualifier::SoftFail: return SpfResult::SoftFail;
    case SpfQualifier::Neutral: return SpfResult::Neutral;
    }
    return SpfResult::Neutral;
}

bool inNetwork(const QHostAddress &ip, const QHostAddress &network, int cidr4, int cidr6)
{
    if (ip.protocol() != network.protocol())
        return false;
    return ip.isInSubnet(network, ip.protocol() == QAbstractSocket::IPv4Protocol ? cidr4 : cidr6);
}

bool anyInNetwork(const QHostAddress &ip, const QList<QHostAddress> &addresses, int cidr4, int cidr6)
{
    for (const QHostAddress &address : addresses) {
        if (inNetwork(ip, address, cidr4, cidr6))
            return true;
    }
    return false;
}

} // namespace

/** One check() call: the limits are shared by every record it evaluates (includes, redirects). */
struct SpfEvaluator::Run : std::enable_shared_from_this<Run>
{
    using Done = std::function<void(SpfVerdict)>;

    Resolver &resolver;
    QPointer<SpfEvaluator> context;
    QHostAddress ip;
    QString sender;
    QString helo;
    int dnsTerms = 0;
    int voidLookups = 0;

    Run(Resolver &r, SpfEvaluator *c) : resolver(r), context(c) {}

    /** One record being evaluated, mechanism by mechanism. */
    struct Level
    {
        QString domain;
        SpfRecord record;
        qsizetype next = 0;
        Done done;
    };

    /** Counts a term that queries DNS; false (and done is told) past the limit. */
    bool countDnsTerm(const std::shared_ptr<Level> &level)
    {
        if (++dnsTerms <= kMaxDnsTerms)
            return true;
        level->done({SpfResult::PermError,
                     u"The SPF record of %1 needs more than %2 DNS lookups (RFC 7208 4.6.4)."_s.arg(level->domain).arg(kMaxDnsTerms)});
        return false;
    }

    /** Counts a lookup that found nothing; false (and done is told) past the limit. */
    bool countVoid(const std::shared_ptr<Level> &level)
    {
        if (++voidLookups <= kMaxVoidLookups)
            return true;
        level->done({SpfResult::PermError,
                     u"The SPF record of %1 leads to more than %2 lookups that find nothing (RFC 7208 4.6.4)."_s.arg(level->domain).arg(kMaxVoidLookups)});
        return false;
    }

    /** The domain a term's domain-spec names (the current domain when empty), or an error sentence. */
    Core::Result<QString> target(const std::shared_ptr<Level> &level, const QString &domainSpec)
    {
        if (domainSpec.isEmpty())
            return level->domain;
        const SpfMacroContext macros{sender, level->domain, ip, helo};
        Core::Result<QString> expanded = expandSpfMacros(domainSpec, macros);
        if (!expanded)
            return expanded.error();
        if (!queryName(*expanded))
            return Core::Error::invalidArgument(u"'%1' is not a valid domain"_s.arg(*expanded));
        return expanded;
    }

    void checkHost(const QString &domain, Done done)
    {
        if (!queryName(domain) || !domain.contains(u'.')) {
            done({SpfResult::None, u"'%1' is not a domain that can have an SPF record."_s.arg(domain)});
            return;
        }
        if (!context)
            return;
        auto self = shared_from_this();
        resolver.lookupTxt(domain, context, [self, domain, done](const TxtAnswer &answer) {
            if (answer.status == Status::TempFail) {
                done({SpfResult::TempError, u"The SPF record of %1 could not be looked up: %2"_s.arg(domain, answer.message)});
                return;
            }
            QList<QByteArray> records;
            for (const QByteArray &text : answer.texts) {
                if (SpfRecord::isSpfRecord(text))
                    records.append(text);
            }
            if (records.isEmpty()) {
                done({SpfResult::None, u"%1 has no SPF record."_s.arg(domain)});
                return;
            }
            if (records.size() > 1) {
                done({SpfResult::PermError, u"%1 has %2 SPF records; it must have exactly one."_s.arg(domain).arg(records.size())});
                return;
            }
            Core::Result<SpfRecord> record = SpfRecord::parse(records.constFirst());
            if (!record) {
                done({SpfResult::PermError, u"In the SPF record of %1: %2"_s.arg(domain, record.error().message)});
                return;
            }
            auto level = std::make_shared<Level>(Level{domain, std::move(record).value(), 0, done});
            self->next(level);
        });
    }

    void matched(const std::shared_ptr<Level> &level, const SpfMechanism &mechanism, bool match)
    {
        if (!match) {
            next(level);
            return;
        }
        level->done({resultOf(mechanism.qualifier), u"The address matched '%1' in the SPF record of %2."_s.arg(mechanism.text, level->domain)});
    }

    void next(const std::shared_ptr<Level> &level)
    {
        if (!context)
            return;
        if (level->next >= level->record.mechanisms.size()) {
            finishWithoutMatch(level);
            return;
        }
        const SpfMechanism mechanism = level->record.mechanisms.at(level->next++);
        auto self = shared_from_this();
        switch (mechanism.kind) {
        case SpfMechanism::Kind::All:
            matched(level, mechanism, true);
            return;
        case SpfMechanism::Kind::Ip4:
        case SpfMechanism::Kind::Ip6:
            matched(level, mechanism, inNetwork(ip, mechanism.network, mechanism.cidr4, mechanism.cidr6));
            return;
        case SpfMechanism::Kind::Include:
        case SpfMechanism::Kind::A:
        case SpfMechanism::Kind::Mx:
        case SpfMechanism::Kind::Ptr:
        case SpfMechanism::Kind::Exists:
            break;
        }
        if (!countDnsTerm(level))
            return;
        const Core::Result<QString> name = target(level, mechanism.domainSpec);
        if (!name) {
            level->done({SpfResult::PermError, u"In the SPF record of %1, '%2': %3."_s.arg(level->domain, mechanism.text, name.error().message)});
            return;
        }
        const QString domain = *name;
        const auto tempError = [level, mechanism](const QString &message) {
            level->done({SpfResult::TempError, u"'%1' in the SPF record of %2 could not be evaluated: %3"_s.arg(mechanism.text, level->domain, message)});
        };
        switch (mechanism.kind) {
        case SpfMechanism::Kind::Include:
            checkHost(domain, [self, level, mechanism](const SpfVerdict &verdict) {
                switch (verdict.result) {
                case SpfResult::Pass:
                    self->matched(level, mechanism, true);
                    return;
                case SpfResult::Fail:
                case SpfResult::SoftFail:
                case SpfResult::Neutral:
                    self->matched(level, mechanism, false);
                    return;
                case SpfResult::TempError:
                    level->done(verdict);
                    return;
                case SpfResult::None:
                case SpfResult::PermError:
                    level->done({SpfResult::PermError, u"'%1' in the SPF record of %2 does not work: %3"_s.arg(mechanism.text, level->domain, verdict.reason)});
                    return;
                }
            });
            return;
        case SpfMechanism::Kind::Exists:
            resolver.lookupA(domain, context, [self, level, mechanism, tempError](const AddressAnswer &answer) {
                if (answer.status == Status::TempFail)
                    return tempError(answer.message);
                if (!answer.ok() && !self->countVoid(level))
                    return;
                self->matched(level, mechanism, answer.ok() && !answer.addresses.isEmpty());
            });
            return;
        case SpfMechanism::Kind::A:
            resolver.lookupAddresses(domain, context, [self, level, mechanism, tempError](const AddressAnswer &answer) {
                if (answer.status == Status::TempFail)
                    return tempError(answer.message);
                if (!answer.ok() && !self->countVoid(level))
                    return;
                self->matched(level, mechanism, anyInNetwork(self->ip, answer.addresses, mechanism.cidr4, mechanism.cidr6));
            });
            return;
        case SpfMechanism::Kind::Mx:
            resolver.lookupMx(domain, context, [self, level, mechanism, tempError](const MxAnswer &answer) {
                if (answer.status == Status::TempFail)
                    return tempError(answer.message);
                if (!answer.ok() || answer.isNullMx()) {
                    if (!answer.ok() && !self->countVoid(level))
                        return;
                    return self->matched(level, mechanism, false);
                }
                if (answer.records.size() > kMaxNames) {
                    level->done({SpfResult::PermError, u"'%1' in the SPF record of %2 names more than %3 mail servers (RFC 7208 4.6.4)."_s.arg(mechanism.text, level->domain).arg(kMaxNames)});
                    return;
                }
                QStringList hosts;
                for (const MxRecord &record : answer.records)
                    hosts.append(record.exchange);
                self->anyHostMatches(hosts, mechanism, [self, level, mechanism, tempError](bool match, const QString &failure) {
                    if (!match && !failure.isEmpty())
                        return tempError(failure);
                    self->matched(level, mechanism, match);
                });
            });
            return;
        case SpfMechanism::Kind::Ptr:
            resolver.lookupPtr(ip, context, [self, level, mechanism, domain](const PtrAnswer &answer) {
                // RFC 7208 5.5: a DNS error during the PTR lookup means "no match".
                QStringList candidates;
                for (const QString &name : answer.names.mid(0, kMaxNames)) {
                    const QString lower = name.toLower();
                    if (lower == domain.toLower() || lower.endsWith(u'.' + domain.toLower()))
                        candidates.append(name);
                }
                if (candidates.isEmpty())
                    return self->matched(level, mechanism, false);
                SpfMechanism exact = mechanism;
                exact.cidr4 = 32;
                exact.cidr6 = 128;
                self->anyHostMatches(candidates, exact, [self, level, mechanism](bool match, const QString &) {
                    self->matched(level, mechanism, match);
                });
            });
            return;
        case SpfMechanism::Kind::All:
        case SpfMechanism::Kind::Ip4:
        case SpfMechanism::Kind::Ip6:
            break;
        }
    }

    /** Looks all @p hosts up in parallel: does any have an address in the mechanism's network? */
    void anyHostMatches(const QStringList &hosts, const SpfMechanism &mechanism, std::function<void(bool, QString)> done)
    {
        struct Pending
        {
            int outstanding = 0;
            bool match = false;
            QString failure;
        };
        auto pending = std::make_shared<Pending>();
        pending->outstanding = int(hosts.size());
        auto self = shared_from_this();
        for (const QString &host : hosts) {
            resolver.lookupAddresses(host, context, [self, pending, mechanism, done](const AddressAnswer &answer) {
                if (answer.status == Status::TempFail && pending->failure.isEmpty())
                    pending->failure = answer.message;
                if (anyInNetwork(self->ip, answer.addresses, mechanism.cidr4, mechanism.cidr6))
                    pending->match = true;
                if (--pending->outstanding == 0)
                    done(pending->match, pending->failure);
            });
        }
    }

    void finishWithoutMatch(const std::shared_ptr<Level> &level)
    {
        if (!level->record.redirect) {
            level->done({SpfResult::Neutral, u"No mechanism in the SPF record of %1 matched the address."_s.arg(level->domain)});
            return;
        }
        if (!countDnsTerm(level))
            return;
        const Core::Result<QString> name = target(level, *level->record.redirect);
        if (!name) {
            level->done({SpfResult::PermError, u"In the SPF record of %1, 'redirect=%2': %3."_s.arg(level->domain, *level->record.redirect, name.error().message)});
            return;
        }
        const QString from = level->domain;
        checkHost(*name, [level, from, target = *name](const SpfVerdict &verdict) {
            if (verdict.result == SpfResult::None) {
                level->done({SpfResult::PermError, u"The SPF record of %1 redirects to %2, which has none."_s.arg(from, target)});
                return;
            }
            level->done(verdict);
        });
    }
};

SpfEvaluator::SpfEvaluator(Resolver &resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::check(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo,
                         std::function<void(SpfVerdict)> done)
{
    auto run = std::make_shared<Run>(m_resolver, this);
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    run->ip = isV4 ? QHostAddress(v4) : ip; // an IPv4-mapped client is an IPv4 client (RFC 7208 5)
    run->sender = sender.isEmpty() ? u"postmaster@"_s + domain : sender;
    run->helo = helo;
    // Answer from the event loop even when no lookup is needed (an invalid domain).
    auto deliver = [self = QPointer<SpfEvaluator>(this), done = std::move(done)](const SpfVerdict &verdict) {
        if (self)
            QMetaObject::invokeMethod(self, [done, verdict] { done(verdict); }, Qt::QueuedConnection);
    };
    run->checkHost(domain, deliver);
}

} // namespace Doorstep::Dns
