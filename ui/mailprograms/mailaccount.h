#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include "ui/mailprograms/outcome.h"

namespace Doorstep::Ui::MailPrograms {

/** One server a mail program connects to. */
struct MailEndpoint {
    enum class Security {
        ImplicitTls, ///< TLS from the first byte (IMAPS 993, submissions 465): "tls" on the bus
        StartTls,    ///< plain connection upgraded with STARTTLS (143, 587): "starttls"
    };

    QString hostname;
    quint16 port = 0;
    Security security = Security::ImplicitTls;

    friend bool operator==(const MailEndpoint &, const MailEndpoint &) = default;
};

/**
 * What a mail program on this computer needs to add one mailbox: the address, the name shown
 * as sender, the IMAP server to read from and the SMTP server to send through, and the user
 * name for both (Doorstep's is the whole address). The password is never part of it: the
 * program asks for it when it first connects.
 */
struct MailAccount {
    Q_DECLARE_TR_FUNCTIONS(MailAccount)

public:
    QString address;
    QString displayName;
    QString username;
    MailEndpoint incoming; ///< IMAP
    MailEndpoint outgoing; ///< SMTP submission

    /**
     * The account from Users.ClientSetup's answer: the first IMAP server the engine lists with
     * implicit TLS, else the first with STARTTLS, and the first SMTP server (the engine lists
     * the best first). Fails with a sentence when there is no IMAP or no SMTP server (a
     * mailbox read only over POP3 cannot be added this way).
     */
    static Outcome<MailAccount> fromClientSetup(const QVariantMap &setup);
};

} // namespace Doorstep::Ui::MailPrograms
