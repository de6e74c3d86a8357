#pragma once

#include <QCoreApplication>

#include "ui/mailprograms/filemailprogram.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * Evolution keeps each account as ESource key files in $XDG_CONFIG_HOME/evolution/sources:
 * a Mail Account (the IMAP server, backend "imapx"), its Mail Identity (address, name and
 * which transport sends) and a Mail Transport (the SMTP server), as evolution-data-server's
 * e-source-mail-account.c, e-source-mail-identity.c, e-source-mail-submission.c,
 * e-source-authentication.c and e-source-security.c name the groups and keys. The identity
 * and the transport are children of the account, as Evolution's own account assistant makes
 * them. evolution-source-registry watches the folder, so this works while Evolution runs.
 */
class Evolution final : public FileMailProgram
{
    Q_DECLARE_TR_FUNCTIONS(Evolution)

public:
    explicit Evolution(Environment environment);


    Outcome<QString> addNow(const MailAccount &account) const override;
    /** $XDG_CONFIG_HOME/evolution/sources. */
    QString sourcesPath() const;
    /** Whether a Mail Account source there already reads @p account's mailbox. */
    bool hasAccount(const MailAccount &account) const;
};

} // namespace Doorstep::Ui::MailPrograms
