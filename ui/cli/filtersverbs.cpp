// doorstepctl verbs of org.doorstep.Engine1.Filters.

#include <cstdio>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

// filters score FILE: FILE "-" reads the message from stdin.
int filtersScore(Context &c, const QStringList &args)
{
    QFile file;
    const bool fromStdin = args[0] == u"-"_s;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(args[0]), file.open(QIODevice::ReadOnly));
    if (!opened)
        return c.usage(CliText::tr("Cannot read '%1': %2.").arg(args[0], file.errorString()), u"filters score FILE"_s);
    const QByteArray message = file.readAll();
    auto reply = c.client().filters().ScoreMessage(QString::fromUtf8(message));
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap m = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(m));
        return Success;
    }
    const QString verdict = m.value(u"verdict"_s).toString();
    QString verdictText;
    if (verdict == u"spam"_s)
        verdictText = CliText::tr("spam: filed into the spam folder");
    else if (verdict == u"reject"_s)
        verdictText = CliText::tr("spam: refused");
    else if (verdict == u"ham"_s)
        verdictText = CliText::tr("not spam");
    else
        verdictText = CliText::tr("not scored: %1").arg(m.value(u"problem"_s).toString());
    const QStringList rules = m.value(u"rules"_s).toStringList();
    c.out().fields({
        {CliText::tr("Verdict"), verdictText},
        {CliText::tr("Score"), CliText::tr("%1 (spam from %2)").arg(QString::number(m.value(u"score"_s).toDouble(), 'f', 1),
                                                                     QString::number(m.value(u"required"_s).toDouble(), 'f', 1))},
        {CliText::tr("Rules"), rules.isEmpty() ? CliText::tr("none") : rules.join(u", "_s)},
        {CliText::tr("Backend"), m.value(u"backend"_s).toString()},
    });
    return Success;
}

} // namespace

QList<Verb> filtersVerbs()
{
    return {
        {{u"filters"_s, u"score"_s}, u"FILE"_s, CliText::tr("spam score of a message with the configured backend (- reads stdin); nothing is delivered"), 1,
         1, filtersScore},
    };
}

} // namespace Doorstep::Ui::Cli
