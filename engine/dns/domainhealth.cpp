#include "engine/dns/domainhealth.h"

#include <memory>

#include <QPointer>

#include "engine/dns/dnsblchecker.h"
#include "engine/dns/dnsname.h"
#include "engine/dns/resolver.h"
#include "engine/dns/spfevaluator.h"
#include "engine/dns/spfrecord.h"
#include "engine/dns/taglist.h"

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString addressRecord(const QString &hostname, const QHostAddress &address)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return u"%1 %2 %3"_s.arg(hostname, v6 ? u"AAAA"_s : u"A"_s, address.toString());
}

QString quoted(const QString &text)
{
    return u"\""_s + text + u"\""_s;
}

/** Combines per-item results (one per address, one per key) into one line: worst state, sentences and records joined. */
HealthCheckResult combine(const QString &check, const QList<HealthCheckResult> &parts)
{
    HealthCheckResult combined{check, worstState(parts), {}, {}};
    QStringList sentences;
    QStringList records;
    for (const HealthCheckResult &part : parts) {
        sentences.append(part.sentence);
        if (!part.record.isEmpty())
            records.append(part.record);
    }
    combined.sentence = sentences.join(u' ');
    combined.record = records.join(u'\n');
    return combined;
}

/** The "p=" of a DKIM key record with whitespace removed, and its "k=" (rsa by default). */
QPair<QString, QString> dkimKey(QByteArrayView txt)
{
    const Core::Result<TagList> tags = TagList::parse(txt);
    if (!tags)
        return {};
    QString key = tags->value(u"p"_s);
    key.remove(u' ');
    key.remove(u'\t');
    const QString type = tags->contains(u"k"_s) ? tags->value(u"k"_s).toLower() : u"rsa"_s;
    return {key, type};
}

} // namespace

struct DomainHealthCheck::Run : std::enable_shared_from_this<Run>
{
    Resolver &resolver;
    QPointer<DomainHealthCheck> owner;
    DomainHealthInput input;
    QList<HealthCheckResult> results;
    int outstanding = 0;
    std::function<void(QList<HealthCheckResult>)> done;
    SpfEvaluator &spf;
    DnsblChecker &dnsbl;

    Run(Resolver &r, DomainHealthCheck *o, SpfEvaluator &s, DnsblChecker &d) : resolver(r), owner(o), spf(s), dnsbl(d) {}

    qsizetype reserve(const QString &check)
    {
        results.append({check, HealthState::Warn, u"Not checked."_s, {}});
        ++outstanding;
        return results.size() - 1;
    }

    void finish(qsizetype slot, HealthCheckResult result)
    {
        result.check = results.at(slot).check;
        results[slot] = std::move(result);
        if (--outstanding == 0 && done) {
            auto callback = std::move(done);
            done = nullptr;
            callback(results);
        }
    }

    /** For checks made of several lookups: calls @p finished with all parts once the last is in. */
    static std::function<void(qsizetype, HealthCheckResult)> gather(qsizetype count, std::function<void(QList<HealthCheckResult>)> finished)
    {
        auto parts = std::make_shared<QList<HealthCheckResult>>(count);
        auto left = std::make_shared<qsizetype>(count);
        return [parts, left, finished](qsizetype index, HealthCheckResult part) {
            (*parts)[index] = std::move(part);
            if (--*left == 0)
                finished(*parts);
        };
    }

    QList<QHostAddress> publicV4() const
    {
        QList<QHostAddress> list;
        for (const QHostAddress &address : input.publicAddresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                list.append(address);
        }
        return list;
    }

    void start()
    {
        checkMx(reserve(u"mx"_s));
        checkAddress(reserve(u"address"_s));
        checkPtr(reserve(u"ptr"_s));
        checkSpf(reserve(u"spf"_s));
        checkDkim(reserve(u"dkim"_s));
        checkDmarc(reserve(u"dmarc"_s));
        QList<qsizetype> slots;
        for (const QString &zone : input.blocklists)
            slots.append(reserve(u"blocklist:"_s + zone));
        checkBlocklists(slots);
        if (outstanding == 0 && done)
            done(results);
    }

    void checkMx(qsizetype slot)
    {
        const QString record = u"%1 MX 10 %2"_s.arg(input.domain, input.hostname);
        auto self = shared_from_this();
        resolver.lookupMx(input.domain, owner, [self, slot, record](const MxAnswer &answer) {
            const DomainHealthInput &in = self->input;
            switch (answer.status) {
            case Status::TempFail:
                return self->finish(slot, {{}, HealthState::Warn, u"The MX record of %1 could not be looked up: %2"_s.arg(in.domain, answer.message), record});
            case Status::NxDomain:
                return self->finish(slot, {{}, HealthState::Fail, u"%1 does not exist in the DNS yet: publish its MX record."_s.arg(in.domain), record});
            case Status::NoData:
                return self->finish(slot, {{}, HealthState::Fail, u"%1 has no MX record, so other servers do not know that %2 takes its mail."_s.arg(in.domain, in.hostname), record});
            case Status::Ok:
                break;
            }
            if (answer.isNullMx())
                return self->finish(slot, {{}, HealthState::Fail, u"%1 publishes a null MX (\"0 .\"): it says it accepts no mail at all."_s.arg(in.domain), record});
            const MxRecord &first = answer.records.constFirst();
            for (const MxRecord &mx : answer.records) {
                if (!sameName(mx.exchange, in.hostname))
                    continue;
                if (mx.preference > first.preference)
                    return self->finish(slot, {{}, HealthState::Warn, u"%1 is an MX of %2, but %3 comes first: mail goes there while it answers."_s.arg(in.hostname, in.domain, first.exchange), record});
                return self->finish(slot, {{}, HealthState::Ok, u"Mail for %1 goes to %2."_s.arg(in.domain, in.hostname), {}});
            }
            QStringList names;
            for (const MxRecord &mx : answer.records)
                names.append(mx.exchange);
            return self->finish(slot, {{}, HealthState::Fail, u"Mail for %1 goes to %2, not to this server (%3)."_s.arg(in.domain, names.join(u", "_s), in.hostname), record});
        });
    }

    void checkAddress(qsizetype slot)
    {
        if (input.publicAddresses.isEmpty()) {
            finish(slot, {{}, HealthState::Warn, u"Your public address is not known yet, so the address of %1 cannot be compared with it."_s.arg(input.hostname), {}});
            return;
        }
        auto self = shared_from_this();
        resolver.lookupAddresses(input.hostname, owner, [self, slot](const AddressAnswer &answer) {
            const DomainHealthInput &in = self->input;
            QStringList wanted;
            for (const QHostAddress &address : in.publicAddresses)
                wanted.append(addressRecord(in.hostname, address));
            const QString records = wanted.join(u'\n');
            if (answer.status == Status::TempFail)
                return self->finish(slot, {{}, HealthState::Warn, u"The address of %1 could not be looked up: %2"_s.arg(in.hostname, answer.message), records});
            if (!answer.ok())
                return self->finish(slot, {{}, HealthState::Fail, u"%1 has no address record: publish it so that other servers can reach you."_s.arg(in.hostname), records});
            QList<HealthCheckResult> parts;
            for (const QHostAddress &address : in.publicAddresses) {
                const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
                QStringList sameFamily;
                for (const QHostAddress &published : answer.addresses) {
                    if (published.protocol() == address.protocol())
                        sameFamily.append(published.toString());
                }
                if (answer.addresses.contains(address))
                    parts.append({{}, HealthState::Ok, u"%1 points at %2."_s.arg(in.hostname, address.toString()), {}});
                else if (sameFamily.isEmpty() && v6)
                    parts.append({{}, HealthState::Warn, u"%1 has no IPv6 address record; your IPv6 address %2 is not used for mail."_s.arg(in.hostname, address.toString()), addressRecord(in.hostname, address)});
                else if (sameFamily.isEmpty())
                    parts.append({{}, HealthState::Fail, u"%1 has no IPv4 address record; your address is %2."_s.arg(in.hostname, address.toString()), addressRecord(in.hostname, address)});
                else
                    parts.append({{}, HealthState::Fail, u"%1 points at %2, but your public address is %3."_s.arg(in.hostname, sameFamily.join(u", "_s), address.toString()), addressRecord(in.hostname, address)});
            }
            self->finish(slot, combine({}, parts));
        });
    }

    void checkPtr(qsizetype slot)
    {
        if (input.publicAddresses.isEmpty()) {
            finish(slot, {{}, HealthState::Warn, u"Your public address is not known yet, so its reverse DNS cannot be checked."_s, {}});
            return;
        }
        auto self = shared_from_this();
        auto collect = gather(input.publicAddresses.size(), [self, slot](const QList<HealthCheckResult> &parts) {
            self->finish(slot, combine({}, parts));
        });
        for (qsizetype i = 0; i < input.publicAddresses.size(); ++i) {
            const QHostAddress address = input.publicAddresses.at(i);
            resolver.lookupPtr(address, owner, [self, i, address, collect](const PtrAnswer &answer) {
                const DomainHealthInput &in = self->input;
                const QString record = u"%1 PTR %2"_s.arg(reverseName(address), in.hostname);
                const QString ask = u"Only your Internet provider can set it: ask them for the name %1."_s.arg(in.hostname);
                if (answer.status == Status::TempFail)
                    return collect(i, {{}, HealthState::Warn, u"The reverse DNS of %1 could not be looked up: %2"_s.arg(address.toString(), answer.message), record});
                if (!answer.ok())
                    return collect(i, {{}, HealthState::Fail, u"Your address %1 has no reverse DNS name (PTR); many providers refuse mail from such addresses. %2"_s.arg(address.toString(), ask), record});
                QString name = answer.names.constFirst();
                for (const QString &candidate : answer.names) {
                    if (sameName(candidate, in.hostname))
                        name = candidate;
                }
                self->resolver.lookupAddresses(name, self->owner, [self, i, address, name, record, ask, collect](const AddressAnswer &forward) {
                    const DomainHealthInput &in = self->input;
                    const bool confirmed = forward.ok() && forward.addresses.contains(address);
                    const bool ours = sameName(name, in.hostname);
                    if (forward.status == Status::TempFail)
                        return collect(i, {{}, HealthState::Warn, u"The reverse name of %1 is %2, whose address could not be looked up: %3"_s.arg(address.toString(), name, forward.message), ours ? QString() : record});
                    if (ours && confirmed)
                        return collect(i, {{}, HealthState::Ok, u"%1 has the reverse name %2, which points back at it."_s.arg(address.toString(), name), {}});
                    if (ours)
                        return collect(i, {{}, HealthState::Fail, u"%1 has the reverse name %2, but %2 does not point back at %1: fix the address record of %2."_s.arg(address.toString(), name), addressRecord(in.hostname, address)});
                    if (confirmed)
                        return collect(i, {{}, HealthState::Warn, u"The reverse name of %1 is %2, not %3; receivers prefer the name your server greets with. %4"_s.arg(address.toString(), name, in.hostname, ask), record});
                    return collect(i, {{}, HealthState::Fail, u"The reverse name of %1 is %2, which does not point back at it; many providers refuse mail from such addresses. %3"_s.arg(address.toString(), name, ask), record});
                });
            });
        }
    }

    void checkSpf(qsizetype slot)
    {
        auto self = shared_from_this();
        resolver.lookupTxt(input.domain, owner, [self, slot](const TxtAnswer &answer) {
            const DomainHealthInput &in = self->input;
            QByteArray existing;
            for (const QByteArray &text : answer.texts) {
                if (SpfRecord::isSpfRecord(text))
                    existing = text;
            }
            const QString record = u"%1 TXT %2"_s.arg(in.domain, quoted(suggestedSpf(in.hostname, existing)));
            if (answer.status == Status::TempFail)
                return self->finish(slot, {{}, HealthState::Warn, u"The SPF record of %1 could not be looked up: %2"_s.arg(in.domain, answer.message), {}});
            if (existing.isEmpty())
                return self->finish(slot, {{}, HealthState::Fail, u"%1 has no SPF record, so receivers cannot tell that this server may send its mail."_s.arg(in.domain), record});
            if (in.publicAddresses.isEmpty()) {
                if (const Core::Result<SpfRecord> parsed = SpfRecord::parse(existing); !parsed)
                    return self->finish(slot, {{}, HealthState::Fail, u"The SPF record of %1 is not valid: %2"_s.arg(in.domain, parsed.error().message), record});
                return self->finish(slot, {{}, HealthState::Warn, u"%1 has an SPF record; whether it covers you cannot be checked until your public address is known."_s.arg(in.domain), {}});
            }
            auto collect = gather(in.publicAddresses.size(), [self, slot](const QList<HealthCheckResult> &parts) {
                self->finish(slot, combine({}, parts));
            });
            for (qsizetype i = 0; i < in.publicAddresses.size(); ++i) {
                const QHostAddress address = in.publicAddresses.at(i);
                self->spf.check(address, in.domain, QString(), in.hostname, [self, i, address, record, collect](const SpfVerdict &verdict) {
                    const DomainHealthInput &in = self->input;
                    switch (verdict.result) {
                    case SpfResult::Pass:
                        return collect(i, {{}, HealthState::Ok, u"The SPF record of %1 allows your address %2."_s.arg(in.domain, address.toString()), {}});
                    case SpfResult::TempError:
                        return collect(i, {{}, HealthState::Warn, verdict.reason, {}});
                    case SpfResult::PermError:
                    case SpfResult::None:
                        return collect(i, {{}, HealthState::Fail, u"The SPF record of %1 does not work: %2"_s.arg(in.domain, verdict.reason), record});
                    case SpfResult::Fail:
                    case SpfResult::SoftFail:
                    case SpfResult::Neutral:
                        return collect(i, {{}, HealthState::Fail, u"Your address %1 is not in the SPF record of %2 (%3): receivers may refuse or file your mail as spam."_s.arg(address.toString(), in.domain, spfResultName(verdict.result)), record});
                    }
                });
            }
        });
    }

    void checkDkim(qsizetype slot)
    {
        if (input.dkimRecords.isEmpty()) {
            finish(slot, {{}, HealthState::Warn, u"DKIM signing is off: mail from %1 carries no signature, and receivers trust it less."_s.arg(input.domain), {}});
            return;
        }
        auto self = shared_from_this();
        auto collect = gather(input.dkimRecords.size(), [self, slot](const QList<HealthCheckResult> &parts) {
            self->finish(slot, combine({}, parts));
        });
        for (qsizetype i = 0; i < input.dkimRecords.size(); ++i) {
            const auto [name, value] = input.dkimRecords.at(i);
            const QString record = u"%1 TXT %2"_s.arg(name, quoted(value));
            resolver.lookupTxt(name, owner, [i, name, value, record, collect](const TxtAnswer &answer) {
                if (answer.status == Status::TempFail)
                    return collect(i, {{}, HealthState::Warn, u"The DKIM key %1 could not be looked up: %2"_s.arg(name, answer.message), record});
                if (!answer.ok() || answer.texts.isEmpty())
                    return collect(i, {{}, HealthState::Fail, u"The DKIM key %1 is not published, so receivers cannot check the signature."_s.arg(name), record});
                const auto wanted = dkimKey(value.toLatin1());
                for (const QByteArray &text : answer.texts) {
                    if (dkimKey(text) == wanted)
                        return collect(i, {{}, HealthState::Ok, u"The DKIM key %1 is published (%2)."_s.arg(name, wanted.second), {}});
                }
                return collect(i, {{}, HealthState::Fail, u"%1 holds another key than the one this server signs with: replace it."_s.arg(name), record});
            });
        }
    }

    void checkDmarc(qsizetype slot)
    {
        const QString name = u"_dmarc."_s + input.domain;
        const QString record = u"%1 TXT %2"_s.arg(name, quoted(suggestedDmarc(input.domain)));
        auto self = shared_from_this();
        resolver.lookupTxt(name, owner, [self, slot, name, record](const TxtAnswer &answer) {
            const DomainHealthInput &in = self->input;
            if (answer.status == Status::TempFail)
                return self->finish(slot, {{}, HealthState::Warn, u"The DMARC record of %1 could not be looked up: %2"_s.arg(in.domain, answer.message), {}});
            QList<QByteArray> records;
            for (const QByteArray &text : answer.texts) {
                if (text.startsWith("v=DMARC1") && (text.size() == 8 || text.at(8) == ';' || text.at(8) == ' ' || text.at(8) == '\t'))
                    records.append(text);
            }
            if (records.isEmpty())
                return self->finish(slot, {{}, HealthState::Warn, u"%1 has no DMARC record: large providers expect one, and it tells them what to do with forged mail."_s.arg(in.domain), record});
            if (records.size() > 1)
                return self->finish(slot, {{}, HealthState::Fail, u"%1 has %2 DMARC records; receivers ignore them all when there is more than one."_s.arg(name).arg(records.size()), record});
            const Core::Result<TagList> tags = TagList::parse(records.constFirst());
            if (!tags)
                return self->finish(slot, {{}, HealthState::Fail, u"The DMARC record of %1 does not parse: %2"_s.arg(in.domain, tags.error().message), record});
            const QString policy = tags->value(u"p"_s).toLower();
            if (!tags->contains(u"p"_s) || (policy != u"none"_s && policy != u"quarantine"_s && policy != u"reject"_s))
                return self->finish(slot, {{}, HealthState::Fail, u"The DMARC record of %1 needs a policy: p=none, p=quarantine or p=reject."_s.arg(in.domain), record});
            const QString sentence = policy == u"none"_s
                ? u"%1 has a DMARC record with p=none: receivers report, but do not act on forged mail yet."_s.arg(in.domain)
                : u"%1 has a DMARC record with p=%2."_s.arg(in.domain, policy);
            return self->finish(slot, {{}, HealthState::Ok, sentence, {}});
        });
    }

    void checkBlocklists(const QList<qsizetype> &slots)
    {
        if (slots.isEmpty())
            return;
        const QList<QHostAddress> v4 = publicV4();
        if (v4.isEmpty()) {
            for (const qsizetype slot : slots)
                finish(slot, {{}, HealthState::Warn, u"Blocklists list IPv4 addresses; your public IPv4 address is not known yet."_s, {}});
            return;
        }
        const QHostAddress address = v4.constFirst();
        auto self = shared_from_this();
        dnsbl.check(address, input.blocklists, [self, slots, address](const QList<DnsblResult> &results) {
            for (qsizetype i = 0; i < results.size() && i < slots.size(); ++i)
                self->finish(slots.at(i), blocklistResult(address, results.at(i)));
        });
    }

    static HealthCheckResult blocklistResult(const QHostAddress &address, const DnsblResult &result)
    {
        switch (result.listing) {
        case DnsblResult::Listing::NotListed:
            return {{}, HealthState::Ok, u"%1 is not on %2."_s.arg(address.toString(), result.zone), {}};
        case DnsblResult::Listing::Refused:
            return {{}, HealthState::Warn, u"%1 refused to answer (it refuses queries that come through large public resolvers); whether %2 is listed is unknown."_s.arg(result.zone, address.toString()), {}};
        case DnsblResult::Listing::Unknown:
            return {{}, HealthState::Warn, u"%1 did not answer; whether %2 is listed is unknown."_s.arg(result.zone, address.toString()), {}};
        case DnsblResult::Listing::Listed:
            break;
        }
        QStringList codes;
        bool policyList = false;
        for (const QHostAddress &answer : result.answers) {
            codes.append(answer.toString());
            if (answer == QHostAddress(u"127.0.0.10"_s) || answer == QHostAddress(u"127.0.0.11"_s))
                policyList = true;
        }
        QString sentence = u"%1 is listed on %2 (%3): servers that use this list refuse mail from it."_s.arg(address.toString(), result.zone, codes.join(u", "_s));
        if (policyList && result.zone.endsWith(u"spamhaus.org"_s, Qt::CaseInsensitive))
            sentence += u" This is Spamhaus's Policy Block List, where Internet providers put home lines: send through a smart host (relay.smart_host), or ask your provider for a static address."_s;
        return {{}, HealthState::Fail, sentence, {}};
    }
};

DomainHealthCheck::DomainHealthCheck(Resolver &resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_spf(new SpfEvaluator(resolver, this))
    , m_dnsbl(new DnsblChecker(resolver, this))
{
}

DomainHealthCheck::~DomainHealthCheck() = default;

void DomainHealthCheck::run(const DomainHealthInput &input, std::function<void(QList<HealthCheckResult>)> done)
{
    // The run lives as long as a lookup callback holds it (they drop when this object dies).
    auto run = std::make_shared<Run>(m_resolver, this, *m_spf, *m_dnsbl);
    run->input = input;
    // Answer from the event loop even when every check was decided without a lookup.
    run->done = [self = QPointer<DomainHealthCheck>(this), done = std::move(done)](const QList<HealthCheckResult> &results) {
        if (self)
            QMetaObject::invokeMethod(self, [done, results] { done(results); }, Qt::QueuedConnection);
    };
    run->start();
}

QString DomainHealthCheck::suggestedSpf(const QString &hostname, const QByteArray &existing)
{
    const QString mechanism = u"a:"_s + hostname;
    if (existing.isEmpty())
        return u"v=spf1 %1 mx -all"_s.arg(mechanism);
    // Keep what the domain already authorises (a mail provider, say); add this server first.
    QString text = QString::fromLatin1(existing).simplified();
    return u"v=spf1 %1%2"_s.arg(mechanism, text.mid(6));
}

QString DomainHealthCheck::suggestedDmarc(const QString &domain)
{
    return u"v=DMARC1; p=none; rua=mailto:postmaster@%1"_s.arg(domain);
}

} // namespace Doorstep::Dns
