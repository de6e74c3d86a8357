#include "engine/delivery/remote/hopresolver.h"

#include <algorithm>
#include <memory>

#include <QRandomGenerator>

#include "engine/core/textrules.h"
#include "engine/dns/resolver.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

HopAddresses failure(HopAddresses::Status status, const QString &enhanced, const QString &error)
{
    HopAddresses result;
    result.status = status;
    result.enhancedStatus = enhanced;
    result.error = error;
    return result;
}

HopAddresses fromAnswer(const QString &host, const Dns::AddressAnswer &answer, quint16 port)
{
    if (answer.status == Dns::Status::TempFail)
        return failure(HopAddresses::Status::TempFail, u"4.4.3"_s, answer.message);
    if (!answer.ok() || answer.addresses.isEmpty())
        return failure(HopAddresses::Status::PermFail, u"5.4.4"_s, u"The mail server '%1' has no address in DNS."_s.arg(host));
    HopAddresses result;
    result.status = HopAddresses::Status::Ok;
    for (const QHostAddress &address : answer.addresses) {
        if (result.candidates.size() >= HopResolver::kMaxAddresses)
            break;
        result.candidates.append({host, address, port});
    }
    return result;
}

// MX hosts in preference order, equal preferences in random order (RFC 5321 5.1).
QStringList orderedExchanges(const QList<Dns::MxRecord> &records)
{
    QList<Dns::MxRecord> sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.preference < b.preference; });
    QStringList hosts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype end = i;
        while (end < sorted.size() && sorted[end].preference == sorted[i].preference)
            ++end;
        QStringList group;
        for (qsizetype j = i; j < end; ++j) {
            if (sorted[j].exchange != u"."_s && !hosts.contains(sorted[j].exchange) && !group.contains(sorted[j].exchange))
                group.append(sorted[j].exchange);
        }
        std::shuffle(group.begin(), group.end(), *QRandomGenerator::global());
        hosts += group;
        i = end;
    }
    return hosts.mid(0, HopResolver::kMaxHosts);
}

void resolveExchanges(Dns::Resolver &resolver, const QStringList &hosts, quint16 port, QObject *context, std::function<void(HopAddresses)> done)
{
    struct Gathering
    {
        QList<std::optional<Dns::AddressAnswer>> answers;
        int pending = 0;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->answers.resize(hosts.size());
    gathering->pending = int(hosts.size());
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        resolver.lookupAddresses(hosts[i], context, [gathering, hosts, i, port, done](const Dns::AddressAnswer &answer) {
            gathering->answers[i] = answer;
            if (--gathering->pending > 0)
                return;
            HopAddresses result;
            result.status = HopAddresses::Status::Ok;
            bool temporary = false;
            QString lastError;
            for (qsizetype k = 0; k < hosts.size(); ++k) {
                const HopAddresses one = fromAnswer(hosts[k], *gathering->answers[k], port);
                if (one.status != HopAddresses::Status::Ok) {
                    temporary = temporary || one.status == HopAddresses::Status::TempFail;
                    lastError = one.error;
                    continue;
                }
                for (const Candidate &c : one.candidates) {
                    if (result.candidates.size() < HopResolver::kMaxAddresses)
                        result.candidates.append(c);
                }
            }
            if (result.candidates.isEmpty()) {
                done(temporary ? failure(HopAddresses::Status::TempFail, u"4.4.3"_s, lastError)
                               : failure(HopAddresses::Status::PermFail, u"5.4.4"_s, lastError));
                return;
            }
            done(result);
        });
    }
}

} // namespace

void HopResolver::resolve(Dns::Resolver &resolver, const Hop &hop, QObject *context, std::function<void(HopAddresses)> done)
{
    const QString host = hop.nextHop.host;
    const quint16 port = hop.nextHop.port;
    if (const auto literal = Core::parseIpAddress(host)) {
        HopAddresses result;
        result.status = HopAddresses::Status::Ok;
        result.candidates.append({QString(), *literal, port});
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    if (!hop.nextHop.lookupMx) {
        resolver.lookupAddresses(host, context, [host, port, done](const Dns::AddressAnswer &answer) { done(fromAnswer(host, answer, port)); });
        return;
    }
    resolver.lookupMx(host, context, [&resolver, host, port, context, done](const Dns::MxAnswer &answer) {
        switch (answer.status) {
        case Dns::Status::TempFail:
            done(failure(HopAddresses::Status::TempFail, u"4.4.3"_s, answer.message));
            return;
        case Dns::Status::NxDomain:
            done(failure(HopAddresses::Status::PermFail, u"5.1.2"_s, u"The domain '%1' does not exist."_s.arg(host)));
            return;
        case Dns::Status::NoData:
            // No MX: the domain itself is its mail server (RFC 5321 5.1, the implicit MX).
            resolver.lookupAddresses(host, context, [host, port, done](const Dns::AddressAnswer &addresses) {
                if (addresses.status == Dns::Status::NoData || addresses.status == Dns::Status::NxDomain)
                    done(failure(HopAddresses::Status::PermFail, u"5.1.2"_s, u"The domain '%1' has no mail server (no MX and no address)."_s.arg(host)));
                else
                    done(fromAnswer(host, addresses, port));
            });
            return;
        case Dns::Status::Ok:
            break;
        }
        if (answer.isNullMx()) {
            done(failure(HopAddresses::Status::PermFail, u"5.1.10"_s, u"The domain '%1' accepts no mail (it publishes a null MX, RFC 7505)."_s.arg(host)));
            return;
        }
        const QStringList hosts = orderedExchanges(answer.records);
        if (hosts.isEmpty()) {
            done(failure(HopAddresses::Status::PermFail, u"5.1.2"_s, u"The domain '%1' has no usable MX record."_s.arg(host)));
            return;
        }
        resolveExchanges(resolver, hosts, port, context, done);
    });
}

} // namespace Doorstep::Delivery
