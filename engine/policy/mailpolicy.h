#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QHash>
#include <QObject>

#include "engine/core/clock.h"
#include "engine/policy/verifiedlogins.h"
#include "engine/smtp/sessionhandler.h"

namespace Doorstep::Dns {
class Resolver;
}
namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Policy {

class Directory;
class DirectoryCache;
struct RelayRule;

/**
 * Who may do what at each SMTP stage (DESIGN.md mail flow, steps 1-4):
 * - connect: the relay-client list; names match only when the client's reverse DNS name
 *   resolves back to its address (forward-confirmed).
 * - AUTH: a full address of an enabled user and its yescrypt password (on the hashing pool);
 *   a login verified in the last hour is recognised without hashing again (VerifiedLogins),
 *   and simultaneous checks of the same login share one hash.
 * - MAIL FROM: an authenticated user sends only as themselves, an alias reaching them or their
 *   outbound name (553 5.7.1); an outside client may not claim a local or masqueraded domain
 *   (550 5.7.1); everyone else's sender domain must have an MX or an address (451 4.1.8 when
 *   DNS fails now, 550 5.1.8 when it does not exist); authenticated, RELAY and OK clients and
 *   local domains skip the DNS check.
 * - RCPT TO: a local domain resolves through users and aliases (550 5.1.1, 550 5.2.1); a
 *   foreign one only for authenticated or RELAY clients (554 5.7.1). Open-relay tricks fail
 *   because nothing but the part after the last "@" decides where mail goes. A local program
 *   on the submission socket (SessionInfo::local, trusted like a RELAY client) may also name
 *   a bare local name such as root: the bare-name aliases, else name@identity.hostname when
 *   that is a local domain, else 550 5.1.1.
 */
class MailPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPolicy)

public:
    MailPolicy(DirectoryCache &directory, Dns::Resolver &resolver, const Store::Settings &settings,
               const Core::Clock &clock = Core::Clock::system(), QObject *parent = nullptr);

    void connect(const Smtp::SessionInfo &session, std::function<void(Smtp::ConnectDecision)> done);
    void authenticate(const QString &user, const QString &password, std::function<void(Smtp::AuthDecision)> done);
    void checkSender(const Smtp::SessionInfo &session, const Smtp::Path &sender, std::function<void(std::optional<Smtp::Reply>)> done);
    void checkRecipient(const Smtp::SessionInfo &session, const Smtp::Path &recipient, std::function<void(Smtp::RecipientDecision)> done);

    /** The relay rule matching a client (address rules first, then names), if any. */
    static const RelayRule *matchRelayRule(const Directory &directory, const QHostAddress &address, const QStringList &confirmedNames);

Q_SIGNALS:
    /** A relay rule matched a connecting client (for "last seen"). */
    void relayRuleUsed(const QString &pattern);

private:
    void confirmNames(const QHostAddress &address, std::function<void(QStringList)> done);
    bool ownsSender(const Directory &directory, const QString &user, const QString &sender) const;

    DirectoryCache &m_directory;
    Dns::Resolver &m_resolver;
    const Store::Settings &m_settings;
    VerifiedLogins m_verifiedLogins;
    // Logins being hashed now, by VerifiedLogins key: whoever asks meanwhile waits for that hash.
    QHash<QByteArray, std::vector<std::function<void(bool)>>> m_verifying;
};

} // namespace Doorstep::Policy
