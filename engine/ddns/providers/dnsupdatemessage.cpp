#include "engine/ddns/providers/dnsupdatemessage.h"

#include <memory>

#include <QHostAddress>
#include <QHostInfo>

#include <ldns/ldns.h>

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

struct PacketFree
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
struct RdfFree
{
    void operator()(ldns_rdf *d) const { ldns_rdf_deep_free(d); }
};
struct RrListFree
{
    void operator()(ldns_rr_list *l) const { ldns_rr_list_deep_free(l); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketFree>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfFree>;
using RrListPtr = std::unique_ptr<ldns_rr_list, RrListFree>;

QString absolute(const QString &name)
{
    return name.endsWith(u'.') ? name : name + u'.';
}

// ldns's names of the TSIG algorithms (RFC 8945 §6).
QByteArray ldnsAlgorithm(const QString &algorithm)
{
    if (algorithm == u"hmac-md5"_s)
        return "hmac-md5.sig-alg.reg.int.";
    return (algorithm + u'.').toLatin1();
}

QString statusText(ldns_status status)
{
    return QString::fromUtf8(ldns_get_errorstr_by_id(status));
}

// The TSIG error of a signed answer (RFC 8945 §4.3: 16 BADSIG, 17 BADKEY, 18 BADTIME), or 0.
int tsigError(const ldns_pkt *answer)
{
    const ldns_rr *tsig = ldns_pkt_tsig(answer);
    if (!tsig || ldns_rr_rd_count(tsig) < 6)
        return 0;
    return ldns_rdf2native_int16(ldns_rr_rdf(tsig, 5));
}

Result<void> interpret(const ldns_pkt *answer, const DnsUpdateMessage &update)
{
    const QString server = u"%1 port %2"_s.arg(update.serverHost).arg(update.serverPort);
    switch (tsigError(answer)) {
    case 0:
        break;
    case 16:
        return Error::invalidArgument(
            u"The DNS server %1 refused the TSIG signature (BADSIG): ddns.tsig_secret or ddns.tsig_algorithm does not match the server's key."_s.arg(server));
    case 17:
        return Error::invalidArgument(u"The DNS server %1 does not know the TSIG key '%2' (BADKEY): check ddns.tsig_name and ddns.tsig_algorithm."_s
                                          .arg(server, update.keyName));
    case 18:
        return Error::invalidArgument(u"The DNS server %1 refused the TSIG signature's time (BADTIME): this machine's clock is off."_s.arg(server));
    default:
        return Error::invalidArgument(u"The DNS server %1 refused the TSIG signature (error %2)."_s.arg(server).arg(tsigError(answer)));
    }
    switch (ldns_pkt_get_rcode(answer)) {
    case LDNS_RCODE_NOERROR:
        return {};
    case LDNS_RCODE_NOTAUTH:
        return Error::invalidArgument(u"The DNS server %1 is not authoritative for the zone '%2' or refused the key (NOTAUTH): check ddns.domain and the TSIG key."_s
                                          .arg(server, update.zone));
    case LDNS_RCODE_REFUSED:
        return Error::invalidArgument(u"The DNS server %1 refused the update of the zone '%2' (REFUSED): its allow-update does not admit the key '%3'."_s
                                          .arg(server, update.zone, update.keyName));
    case LDNS_RCODE_NOTZONE:
        return Error::invalidArgument(u"The name to update is not inside the zone '%1' (NOTZONE): check ddns.host and ddns.domain."_s.arg(update.zone));
    case LDNS_RCODE_NOTIMPL:
        return Error::invalidArgument(u"The DNS server %1 does not accept dynamic updates (NOTIMP)."_s.arg(server));
    case LDNS_RCODE_FORMERR:
        return Error::invalidArgument(u"The DNS server %1 could not parse the update (FORMERR)."_s.arg(server));
    case LDNS_RCODE_SERVFAIL:
        return Error::failed(u"The DNS server %1 failed to apply the update (SERVFAIL)."_s.arg(server));
    default:
        return Error::failed(u"The DNS server %1 answered the update with RCODE %2."_s.arg(server).arg(int(ldns_pkt_get_rcode(answer))));
    }
}

Result<ldns_rr *> makeRecord(const DnsUpdateMessage::Change &change)
{
    ldns_rr *rr = nullptr;
    if (change.kind == DnsUpdateMessage::Change::Kind::DeleteRRset) {
        rr = ldns_rr_new();
        ldns_rdf *owner = ldns_dname_new_frm_str(absolute(change.name).toUtf8().constData());
        if (!owner) {
            ldns_rr_free(rr);
            return Error::invalidArgument(u"'%1' is not a valid DNS name."_s.arg(change.name));
        }
        ldns_rr_set_owner(rr, owner);
        ldns_rr_set_type(rr, ldns_get_rr_type_by_name(change.type.toLatin1().constData()));
        ldns_rr_set_class(rr, LDNS_RR_CLASS_ANY);
        ldns_rr_set_ttl(rr, 0);
        return rr;
    }
    const QByteArray text = u"%1 %2 IN %3 %4"_s.arg(absolute(change.name)).arg(change.ttl).arg(change.type, change.rdata).toUtf8();
    const ldns_status status = ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr);
    if (status != LDNS_STATUS_OK)
        return Error::invalidArgument(u"Cannot build the record '%1': %2."_s.arg(QString::fromUtf8(text), statusText(status)));
    if (change.kind == DnsUpdateMessage::Change::Kind::DeleteRecord) {
        ldns_rr_set_class(rr, LDNS_RR_CLASS_NONE);
        ldns_rr_set_ttl(rr, 0);
    }
    return rr;
}

Result<QHostAddress> serverAddress(const QString &host)
{
    if (const QHostAddress address(host); !address.isNull())
        return address;
    // Worker thread: a blocking lookup is fine here.
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.addresses().isEmpty())
        return Error::invalidArgument(u"Cannot find the DNS server '%1': %2."_s.arg(host, info.errorString()));
    return info.addresses().first();
}

} // namespace

Result<void> DnsUpdateMessage::send() const
{
    const auto address = serverAddress(serverHost);
    if (!address)
        return address.error();
    const QString server = u"%1 port %2"_s.arg(serverHost).arg(serverPort);

    RrListPtr updates(ldns_rr_list_new());
    for (const Change &change : changes) {
        auto rr = makeRecord(change);
        if (!rr)
            return rr.error();
        ldns_rr_list_push_rr(updates.get(), *rr);
    }
    RdfPtr zoneName(ldns_dname_new_frm_str(absolute(zone).toUtf8().constData()));
    if (!zoneName)
        return Error::invalidArgument(u"'%1' is not a valid zone name."_s.arg(zone));
    // The packet owns the zone name it is given; the update list is copied.
    PacketPtr packet(ldns_update_pkt_new(ldns_rdf_clone(zoneName.get()), LDNS_RR_CLASS_IN, nullptr, updates.get(), nullptr));
    if (!packet)
        return Error::failed(u"Cannot build the DNS update for the zone '%1'."_s.arg(zone));
    ldns_pkt_set_random_id(packet.get());
    const QByteArray key = keyName.toUtf8();
    const QByteArray algorithm = ldnsAlgorithm(keyAlgorithm);
    const QByteArray secret = keySecret.toLatin1();
    if (const ldns_status signedStatus = ldns_pkt_tsig_sign(packet.get(), key.constData(), secret.constData(), 300, algorithm.constData(), nullptr);
        signedStatus != LDNS_STATUS_OK)
        return Error::invalidArgument(u"Cannot sign the DNS update with the TSIG key '%1': %2 (is ddns.tsig_secret base64?)."_s
                                          .arg(keyName, statusText(signedStatus)));

    // The exchange is done here rather than by an ldns_resolver: a resolver with a key throws
    // away an answer whose signature does not verify, and with it the RCODE and TSIG error
    // that say why the server refused (BADSIG, BADKEY). The answer is verified below.
    std::unique_ptr<ldns_buffer, void (*)(ldns_buffer *)> query(ldns_buffer_new(LDNS_MAX_PACKETLEN), ldns_buffer_free);
    if (!query || ldns_pkt2buffer_wire(query.get(), packet.get()) != LDNS_STATUS_OK)
        return Error::failed(u"Cannot encode the DNS update for the zone '%1'."_s.arg(zone));
    RdfPtr nameserver(ldns_rdf_new_frm_str(address->protocol() == QAbstractSocket::IPv4Protocol ? LDNS_RDF_TYPE_A : LDNS_RDF_TYPE_AAAA,
                                           address->toString().toLatin1().constData()));
    size_t socketAddressSize = 0;
    std::unique_ptr<sockaddr_storage, void (*)(void *)> to(
        nameserver ? ldns_rdf2native_sockaddr_storage(nameserver.get(), serverPort, &socketAddressSize) : nullptr, free);
    if (!to)
        return Error::failed(u"Cannot address the DNS server %1."_s.arg(server));
    const timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    uint8_t *rawReply = nullptr;
    size_t replySize = 0;
    const ldns_status sent = ldns_udp_send(&rawReply, query.get(), to.get(), socklen_t(socketAddressSize), timeout, &replySize);
    std::unique_ptr<uint8_t, void (*)(void *)> reply(rawReply, free);
    if (sent != LDNS_STATUS_OK || !reply)
        return Error::failed(u"No answer from the DNS server %1: %2."_s.arg(server, statusText(sent)));
    ldns_pkt *rawAnswer = nullptr;
    if (const ldns_status parsed = ldns_wire2pkt(&rawAnswer, reply.get(), replySize); parsed != LDNS_STATUS_OK)
        return Error::failed(u"The DNS server %1 sent an answer that cannot be read: %2."_s.arg(server, statusText(parsed)));
    PacketPtr answer(rawAnswer);
    if (ldns_pkt_id(answer.get()) != ldns_pkt_id(packet.get()))
        return Error::failed(u"The DNS server %1 answered another query (wrong id)."_s.arg(server));
    if (auto refused = interpret(answer.get(), *this); !refused)
        return refused;
    // Success counts only when the server proves it knows the key (RFC 8945 §5.3).
    const ldns_rdf *queryMac = ldns_rr_rdf(ldns_pkt_tsig(packet.get()), 3);
    if (!ldns_pkt_tsig_verify(answer.get(), reply.get(), replySize, key.constData(), secret.constData(), queryMac))
        return Error::failed(u"The DNS server %1 answered without a valid TSIG signature."_s.arg(server));
    return {};
}

} // namespace Doorstep::Ddns
