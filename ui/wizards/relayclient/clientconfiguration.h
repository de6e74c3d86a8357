#pragma once

#include <QCoreApplication>
#include <QString>

namespace Doorstep::Ui::Wizards {

/** How a client machine reaches this server to send mail through it. */
struct ClientSetup
{
    enum class Security {
        StartTls,    // plain connection upgraded with STARTTLS (ports 25, 587)
        ImplicitTls, // TLS from the first byte (port 465)
    };

    /** The server's name as clients write it (identity.hostname). */
    QString host;
    int port = 0;
    Security security = Security::StartTls;
    /** The login; empty for a machine that relays by its address, without one. */
    QString user;
    QString password;
    /** The certificate's SHA-256 fingerprint when it is self-signed (clients pin it); else "". */
    QString selfSignedFingerprint;

    bool authenticated() const { return !user.isEmpty(); }
};

/**
 * The ready-to-paste configuration of a client machine for sendmail (SMART_HOST and an
 * authinfo line, as in the seed setup), Postfix (relayhost and sasl_passwd), msmtp (a
 * complete ~/.msmtprc account) and Thunderbird (its outgoing server dialog).
 */
class ClientConfiguration final
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfiguration)

public:
    static QString sendmail(const ClientSetup &setup);
    static QString postfix(const ClientSetup &setup);
    static QString msmtp(const ClientSetup &setup);
    static QString thunderbird(const ClientSetup &setup);

    /** Where each goes, in a sentence for the page. */
    static QString sendmailHint(const ClientSetup &setup);
    static QString postfixHint(const ClientSetup &setup);
    static QString msmtpHint(const ClientSetup &setup);
    static QString thunderbirdHint(const ClientSetup &setup);
};

} // namespace Doorstep::Ui::Wizards
