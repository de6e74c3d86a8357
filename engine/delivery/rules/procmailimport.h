#pragma once

#include <QString>
#include <QStringList>

namespace Doorstep::Delivery {

/** What Rules.ImportProcmail returns: the script, and the recipes that did not make it. */
struct ProcmailImport
{
    QString sieve;            // a complete Sieve script (RFC 5228), valid even when empty
    QStringList untranslated; // "line N: <first line of the recipe> — <why>", in file order
};

/**
 * Translates a procmailrc (procmailrc(5), procmailex(5)) into a Sieve script that Dovecot's
 * Pigeonhole runs at delivery (issue 8). It is a translation of text: nothing is read from
 * disk and no program runs, so whatever depends on a program or on the file system when
 * procmail runs (pipes, `?` conditions, backquotes, INCLUDERC) is reported, never guessed.
 *
 * Procmail's model maps onto Sieve like this: a recipe that delivers ends procmail, so each
 * one ends with `stop;`; a `c` (copy) recipe uses `:copy` and goes on. Folders are paths
 * relative to $MAILDIR and become Maildir++ folder names with "." between levels
 * ("lists/debian/" and ".lists.debian/" → "lists.debian"); $DEFAULT, $ORGMAIL and
 * $MAILDIR itself are the inbox (`keep`). A path whose last part is "spamtrap", such as the
 * global /usr/tmp/spamtrap, is the user's spam folder. Header conditions (`^Name:…`,
 * `^TO_`, `^TO`, `^FROM_DAEMON`, `^FROM_MAILER`) become `header` tests over the named
 * fields, keeping procmail's case-insensitive matching; `A` and `E` chains become `allof`
 * and `elsif`.
 */
class ProcmailImporter final
{
public:
    struct Options
    {
        QString spamFolder = QStringLiteral("spamtrap"); // the user's spam.folder
        QString user; // the local part procmail knows as $LOGNAME; empty: $LOGNAME is not known
    };

    /**
     * The Sieve script for @p procmailrc. Each recipe or line that cannot be translated
     * faithfully is left out: it appears in the script as a `# not imported (line N): …`
     * comment followed by its original text, and in `untranslated`. Never fails.
     */
    static ProcmailImport translate(const QString &procmailrc, const Options &options);
};

} // namespace Doorstep::Delivery
