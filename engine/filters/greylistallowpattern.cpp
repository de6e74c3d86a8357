#include "engine/filters/greylistallowpattern.h"

#include "engine/core/mailaddress.h"
#include "engine/store/repositories/relayclientrepository.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

Result<GreylistAllowPattern> GreylistAllowPattern::parse(const QString &given)
{
    const QString text = given.trimmed();
    const auto invalid = [&given](const QString &why) {
        return Error::invalidArgument(
            u"Greylist allow pattern '%1' is not valid (%2): write an IP address ('192.0.2.7'), a network ('192.0.2.0/24'), a host name ('mx.example.net'), a domain pattern ('*.example.net'), a sender ('bob@example.net') or a sender domain ('@example.net')."_s
                .arg(given, why));
    };
    GreylistAllowPattern p;
    if (text.startsWith(u'@')) {
        const auto domain = Core::normalizeDomain(text.mid(1));
        if (!domain)
            return invalid(domain.error().message);
        p.m_kind = Kind::SenderDomain;
        p.m_name = domain.value();
        p.m_text = u'@' + p.m_name;
        return p;
    }
    if (text.contains(u'@')) {
        const auto address = Core::MailAddress::parse(text);
        if (!address)
            return invalid(address.error().message);
        p.m_kind = Kind::Sender;
        p.m_name = address->toString();
        p.m_text = p.m_name;
        return p;
    }
    // Clients are written exactly as relay clients are (one syntax for both lists).
    const auto client = Store::RelayClientRepository::normalizePattern(text);
    if (!client)
        return invalid(u"not an address, network or host name"_s);
    p.m_text = client.value();
    if (p.m_text.contains(u'/')) {
        const auto [network, prefix] = QHostAddress::parseSubnet(p.m_text);
        p.m_kind = Kind::Network;
        p.m_address = network;
        p.m_prefixLength = prefix;
    } else if (QHostAddress address(p.m_text); !address.isNull()) {
        p.m_kind = Kind::Address;
        p.m_address = address;
    } else if (p.m_text.startsWith(u"*."_s)) {
        p.m_kind = Kind::Domain;
        p.m_name = p.m_text.mid(2);
    } else {
        p.m_kind = Kind::Host;
        p.m_name = p.m_text;
    }
    return p;
}

bool GreylistAllowPattern::matches(const QHostAddress &address, const QString &clientName, const QString &sender) const
{
    switch (m_kind) {
    case Kind::Address:
        return address == m_address;
    case Kind::Network:
        return address.isInSubnet(m_address, m_prefixLength);
    case Kind::Host:
        return clientName.compare(m_name, Qt::CaseInsensitive) == 0;
    case Kind::Domain:
        return clientName.endsWith(u'.' + m_name, Qt::CaseInsensitive);
    case Kind::Sender:
        return sender.compare(m_name, Qt::CaseInsensitive) == 0;
    case Kind::SenderDomain:
        return sender.section(u'@', -1).compare(m_name, Qt::CaseInsensitive) == 0 && sender.contains(u'@');
    }
    return false;
}

} // namespace Doorstep::Filters
