#pragma once

#include <optional>
#include <variant>

#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Sendmail {

/** What doorstep-sendmail was asked to do (sendmail's -b modes). */
enum class Mode {
    Deliver,        // -bm, the default: read a message and submit it
    PrintQueue,     // -bp, mailq
    RunQueue,       // -q
    RebuildAliases, // -bi, -I, newaliases
    Unsupported,    // -bs, -bd, -bt, -bv, ...: Options::modeFlag says which
};

/**
 * sendmail's command line as cron, mail(1), logwatch, git send-email and PHP's mail() use it.
 * Parsing follows sendmail's getopt: flags cluster (-ti), a flag's value may be attached or
 * the next argument (-fme, -f me), options and recipients may mix until "--". Flags that do
 * nothing here (-odi, -oQ..., -B 8BITMIME, -N never, -v's friends) are accepted and
 * ignored, with their values, as sendmail ignores options it does not know.
 */
struct Options
{
    Mode mode = Mode::Deliver;
    QString modeFlag;                 // "-bs" for Mode::Unsupported
    bool extractRecipients = false;   // -t
    bool ignoreDots = false;          // -i, -oi: a lone "." line does not end the message
    bool verbose = false;             // -v: the conversation with the engine on stderr
    std::optional<QString> sender;    // -f / -r, as given
    std::optional<QString> fullName;  // -F
    QChar errorMode = u'p';           // -oeX / -eX: p, m, e, q, w (the error goes to stderr in every mode)
    QStringList recipients;           // the arguments, as given (each may be a list)
    QStringList ignored;              // the flags accepted and ignored, for -v

    struct UsageError
    {
        QString message;
    };

    /** Parses @p arguments (without the program name); @p program is argv[0]'s file name. */
    static std::variant<Options, UsageError> parse(const QStringList &arguments, const QString &program = QString());
};

} // namespace Doorstep::Ui::Sendmail
