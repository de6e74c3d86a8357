#pragma once

#include <QCoreApplication>

#include "ui/mailprograms/filemailprogram.h"

namespace Doorstep::Ui::MailPrograms {

class ThunderbirdPrefs;

/**
 * Thunderbird keeps its accounts in the default profile's prefs.js. Adding writes the
 * preferences Thunderbird's own account setup writes for an IMAP account, its identity and
 * its SMTP server (CreateInBackend, MsgIncomingServer, SmtpServer in comm-central), under
 * the next free numbers, and leaves every other line as it was. Thunderbird must not be
 * running: it writes its preferences back when it quits.
 */
class Thunderbird final : public FileMailProgram
{
    Q_DECLARE_TR_FUNCTIONS(Thunderbird)

public:
    explicit Thunderbird(Environment environment);


    Outcome<QString> addNow(const MailAccount &account) const override;
    /** Whether @p prefs already have an IMAP server for @p account's user on its host. */
    static bool hasAccount(const ThunderbirdPrefs &prefs, const MailAccount &account);
    /** Adds @p account's preferences to @p prefs (no checks). */
    static void addTo(ThunderbirdPrefs &prefs, const MailAccount &account);
};

} // namespace Doorstep::Ui::MailPrograms
