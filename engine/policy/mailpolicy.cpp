#include "engine/policy/mailpolicy.h"

#include <memory>

#include <QThreadPool>

#include "engine/core/mailaddress.h"
#include "engine/dns/resolver.h"
#include "engine/policy/directorycache.h"
#include "engine/policy/log.h"
#include "engine/policy/recipientresolver.h"
#include "engine/store/passwordhash.h"
#include "engine/store/settings.h"

namespace Doorstep::Policy {

using namespace Qt::StringLiterals;
using Smtp::Reply;

namespace {

constexpr int kMaxPtrNames = 3;

// A domain as given in a path, made comparable: lower case, no trailing dot, IDN as punycode.
// Empty when it is no valid domain name.
QString comparableDomain(const QString &domain)
{
    const auto normalized = Core::normalizeDomain(domain);
    return normalized ? normalized.value() : QString();
}

// A yescrypt hash of a random password: checking an unknown user against it takes as long as
// checking a real one, so timing does not tell which logins exist.
const QByteArray &decoyHash()
{
    static const QByteArray hash = Store::PasswordHash::hash(u"doorstep-decoy-password"_s).value();
    return hash;
}

} // namespace

MailPolicy::MailPolicy(DirectoryCache &directory, Dns::Resolver &resolver, const Store::Settings &settings,
                       const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_resolver(resolver)
    , m_settings(settings)
    , m_verifiedLogins(clock)
{
}

// ---- connect ---------------------------------------------------------------------------

const RelayRule *MailPolicy::matchRelayRule(const Directory &directory, const QHostAddress &address, const QStringList &confirmedNames)
{
    const RelayRule *best = nullptr;
    for (const RelayRule &rule : directory.relayRules()) {
        if (rule.kind == RelayRule::Kind::Address && rule.address == address)
            return &rule; // the most specific rule there is
        if (rule.kind == RelayRule::Kind::Network && address.isInSubnet(rule.address, rule.prefixLength)
            && (!best || rule.prefixLength > best->prefixLength))
            best = &rule;
    }
    if (best)
        return best;
    for (const RelayRule &rule : directory.relayRules()) {
        for (const QString &name : confirmedNames) {
            if (rule.kind == RelayRule::Kind::Host && name == rule.name)
                return &rule;
            // The most specific domain wins: *.office.lan.example before *.lan.example.
            if (rule.kind == RelayRule::Kind::Domain && name.endsWith(u'.' + rule.name) && (!best || rule.name.size() > best->name.size()))
                best = &rule;
        }
    }
    return best;
}

void MailPolicy::confirmNames(const QHostAddress &address, std::function<void(QStringList)> done)
{
    m_resolver.lookupPtr(address, this, [this, address, done](const Dns::PtrAnswer &ptr) {
        const QStringList names = ptr.names.mid(0, kMaxPtrNames);
        if (!ptr.ok() || names.isEmpty()) {
            done({});
            return;
        }
        // Forward-confirm each name: it counts only if it resolves back to the client.
        auto confirmed = std::make_shared<QStringList>();
        auto pending = std::make_shared<int>(int(names.size()));
        for (const QString &name : names) {
            QString lowered = name.toLower();
            if (lowered.endsWith(u'.'))
                lowered.chop(1);
            m_resolver.lookupAddresses(lowered, this, [address, lowered, confirmed, pending, done](const Dns::AddressAnswer &answer) {
                if (answer.ok() && answer.addresses.contains(address))
                    confirmed->append(lowered);
                if (--*pending == 0)
                    done(*confirmed);
            });
        }
    });
}

void MailPolicy::connect(const Smtp::SessionInfo &session, std::function<void(Smtp::ConnectDecision)> done)
{
    const QHostAddress address = session.clientAddress;
    confirmNames(address, [this, address, done](const QStringList &names) {
        const auto directory = m_directory.current();
        Smtp::ConnectDecision decision;
        decision.clientName = names.isEmpty() ? u"unknown"_s : names.first();
        if (const RelayRule *rule = matchRelayRule(*directory, address, names)) {
            Q_EMIT relayRuleUsed(rule->pattern);
            if (rule->action == u"REJECT"_s)
                decision.refusal = Reply::clientRejected();
            else if (rule->action == u"RELAY"_s)
                decision.trust = Smtp::ClientTrust::Relay;
            else
                decision.trust = Smtp::ClientTrust::Ok;
        }
        done(decision);
    });
}

// ---- AUTH ------------------------------------------------------------------------------

void MailPolicy::authenticate(const QString &user, const QString &password, std::function<void(Smtp::AuthDecision)> done)
{
    const auto address = Core::MailAddress::parse(user);
    const auto directory = m_directory.current();
    const Directory::User *account = address ? directory->user(address->toString()) : nullptr;
    const bool usable = account && account->enabled;
    const QByteArray hash = usable ? account->passwordHash : QByteArray(); // the decoy, made on the pool
    const QString normalized = address ? address->toString() : QString();
    auto answer = [normalized, done](bool matches) {
        Smtp::AuthDecision decision;
        decision.result = matches ? Smtp::AuthDecision::Result::Accepted : Smtp::AuthDecision::Result::Invalid;
        decision.user = normalized;
        done(decision);
    };
    // An unknown or disabled user is hashed against the decoy every time, as long as a real one.
    const QByteArray key = usable ? m_verifiedLogins.keyOf(normalized, hash, password) : QByteArray();
    if (usable && m_verifiedLogins.contains(key)) {
        QMetaObject::invokeMethod(this, [answer] { answer(true); }, Qt::QueuedConnection);
        return;
    }
    if (usable) {
        const auto waiting = m_verifying.find(key);
        if (waiting != m_verifying.end()) {
            waiting->push_back(answer);
            return;
        }
        m_verifying.insert(key, {answer});
    }
    // The daemon drains the hashing pool before it destroys the policy, so `this` outlives the job.
    Store::PasswordHash::pool().start([this, password, hash, usable, key, answer] {
        const bool matches = Store::PasswordHash::verify(password, usable ? hash : decoyHash()) && usable;
        QMetaObject::invokeMethod(
            this,
            [this, matches, usable, key, answer] {
                if (!usable) {
                    answer(false);
                    return;
                }
                if (matches)
                    m_verifiedLogins.remember(key);
                const auto waiters = m_verifying.take(key);
                for (const auto &waiter : waiters)
                    waiter(matches);
            },
            Qt::QueuedConnection);
    });
}

// ---- MAIL FROM -------------------------------------------------------------------------

bool MailPolicy::ownsSender(const Directory &directory, const QString &user, const QString &sender) const
{
    if (sender == user)
        return true;
    const QString domain = sender.section(u'@', -1);
    if (directory.isLocalDomain(domain)) {
        const Resolution resolution = RecipientResolver::resolve(directory, sender.section(u'@', 0, -2), domain);
        for (const auto &target : resolution.targets) {
            if (target.local && target.address == user)
                return true;
        }
    }
    const QString login = user.section(u'@', 0, -2);
    for (auto it = directory.outboundNames().cbegin(); it != directory.outboundNames().cend(); ++it) {
        if (it.value() == sender && (it.key() == user || it.key() == login))
            return true;
    }
    return false;
}

void MailPolicy::checkSender(const Smtp::SessionInfo &session, const Smtp::Path &sender, std::function<void(std::optional<Reply>)> done)
{
    if (sender.isNull) {
        done(std::nullopt); // bounces must always get through (RFC 5321 4.5.5)
        return;
    }
    const auto directory = m_directory.current();
    const QString domain = sender.addressLiteral ? sender.domain : comparableDomain(sender.domain);
    const QString normalized = sender.local.toLower() + u'@' + domain;

    if (!session.authUser.isEmpty()) {
        if (!ownsSender(*directory, session.authUser, normalized))
            done(Reply::senderNotOwned(sender.address));
        else
            done(std::nullopt);
        return;
    }
    if (session.trust != Smtp::ClientTrust::None) {
        done(std::nullopt);
        return;
    }
    const QString masquerade = m_settings.stringValue(u"identity.masquerade_as"_s);
    const bool ours = directory->isLocalDomain(domain) || (!masquerade.isEmpty() && domain == masquerade)
                      || m_settings.listValue(u"identity.masquerade_domains"_s).contains(domain);
    if (ours) {
        done(Reply::localSenderFromOutside(sender.address));
        return;
    }
    if (sender.addressLiteral) {
        done(std::nullopt); // nothing to look up
        return;
    }
    if (domain.isEmpty()) {
        done(Reply::senderDomainUnknown(sender.domain));
        return;
    }
    // The seed's refusal of unresolvable domains: an MX, else an address (RFC 5321 5.1).
    m_resolver.lookupMx(domain, this, [this, domain, done](const Dns::MxAnswer &mx) {
        if (mx.ok()) {
            if (mx.isNullMx())
                done(Reply::make(550, u"5.7.27"_s, u"Sender address rejected: domain "_s + domain + u" accepts no mail (null MX)"_s));
            else
                done(std::nullopt);
            return;
        }
        if (mx.status == Dns::Status::TempFail) {
            done(Reply::senderDomainTempFail(domain));
            return;
        }
        m_resolver.lookupAddresses(domain, this, [domain, done](const Dns::AddressAnswer &a) {
            if (a.ok())
                done(std::nullopt);
            else if (a.status == Dns::Status::TempFail)
                done(Reply::senderDomainTempFail(domain));
            else
                done(Reply::senderDomainUnknown(domain));
        });
    });
}

// ---- RCPT TO ---------------------------------------------------------------------------

void MailPolicy::checkRecipient(const Smtp::SessionInfo &session, const Smtp::Path &recipient, std::function<void(Smtp::RecipientDecision)> done)
{
    const auto directory = m_directory.current();
    Smtp::RecipientDecision decision;
    QString local = recipient.local.toLower();
    QString domain;
    if (recipient.isPostmaster) {
        // RFC 5321 4.5.1: <postmaster> without a domain is this server's postmaster.
        domain = directory->firstUserAnywhere().section(u'@', -1);
        if (domain.isEmpty())
            domain = directory->domains().value(0);
        local = u"postmaster"_s;
    } else if (!recipient.addressLiteral) {
        domain = comparableDomain(recipient.domain);
    }
    const auto decide = [&](const Resolution &resolution, const Reply &unknown) {
        switch (resolution.kind) {
        case Resolution::Kind::Deliver:
            for (const auto &target : resolution.targets)
                decision.targets.append({target.address, target.local});
            break;
        case Resolution::Kind::Disabled:
            decision.refusal = Reply::mailboxDisabled(recipient.address);
            break;
        case Resolution::Kind::Unknown:
            decision.refusal = unknown;
            break;
        }
        done(decision);
    };
    if (session.local && !recipient.isPostmaster && recipient.domain.isEmpty()) {
        // A bare name from a local program (root, www-data): Aliases' bare-name sources.
        const QString hostDomain = comparableDomain(m_settings.stringValue(u"identity.hostname"_s));
        decide(RecipientResolver::resolveLocalName(*directory, local, hostDomain), Reply::localNameUnknown(local));
        return;
    }
    if (!domain.isEmpty() && directory->isLocalDomain(domain)) {
        // Only the part after the last '@' decides where mail goes: "user%remote@here",
        // "remote!user@here" and quoted local parts are just names here, and unknown ones.
        decide(recipient.quotedLocal ? Resolution{} : RecipientResolver::resolve(*directory, local, domain),
               Reply::mailboxUnknown(recipient.address));
        return;
    }
    if (recipient.isPostmaster) {
        decision.refusal = Reply::mailboxUnknown(recipient.address);
        done(decision);
        return;
    }
    // A foreign domain: relaying.
    if (!session.authUser.isEmpty() || session.trust == Smtp::ClientTrust::Relay) {
        const QString target = recipient.local + u'@' + (domain.isEmpty() ? recipient.domain : domain);
        decision.targets.append({target, false});
    } else {
        decision.refusal = Reply::relayDenied(recipient.address);
    }
    done(decision);
}

} // namespace Doorstep::Policy
