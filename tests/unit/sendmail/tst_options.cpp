#include <QTest>

#include "tests/unit/sendmail/tests.h"
#include "ui/sendmail/options.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::Sendmail::Mode;
using Doorstep::Ui::Sendmail::Options;

namespace {

// Everything parse() decided, in one comparable line.
QString describe(const Options &o)
{
    static const char *const modes[] = {"deliver", "queue", "run-queue", "aliases", "unsupported"};
    QStringList parts{QString::fromLatin1(modes[int(o.mode)]) + (o.modeFlag.isEmpty() ? QString() : u'(' + o.modeFlag + u')')};
    if (o.extractRecipients)
        parts << u"-t"_s;
    if (o.ignoreDots)
        parts << u"-i"_s;
    if (o.verbose)
        parts << u"-v"_s;
    if (o.sender)
        parts << u"from=["_s + *o.sender + u']';
    if (o.fullName)
        parts << u"name=["_s + *o.fullName + u']';
    if (o.errorMode != u'p')
        parts << u"errors="_s + o.errorMode;
    parts << u"to=["_s + o.recipients.join(u'|') + u']';
    if (!o.ignored.isEmpty())
        parts << u"ignored=["_s + o.ignored.join(u'|') + u']';
    return parts.join(u' ');
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

void TestOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("want");

    const auto row = [](const char *name, const QStringList &arguments, const char *want, const QString &program = u"sendmail"_s) {
        QTest::newRow(name) << arguments << program << QString::fromUtf8(want);
    };
    row("recipients only", words("alice@example.org bob"), "deliver to=[alice@example.org|bob]");
    row("nothing", {}, "deliver to=[]");
    row("-t", words("-t"), "deliver -t to=[]");
    row("-i", words("-i root"), "deliver -i to=[root]");
    row("-oi", words("-oi root"), "deliver -i to=[root]");
    row("-o i as two arguments", words("-o i root"), "deliver -i to=[root]");
    row("-f with a separate value", words("-f root@example.org bob"), "deliver from=[root@example.org] to=[bob]");
    row("-f with an attached value", words("-froot@example.org bob"), "deliver from=[root@example.org] to=[bob]");
    row("-r is -f", words("-r me@example.org bob"), "deliver from=[me@example.org] to=[bob]");
    row("-f with an empty value: the null sender", {u"-f"_s, QString(), u"bob"_s}, "deliver from=[] to=[bob]");
    row("-f <>", words("-f <> bob"), "deliver from=[<>] to=[bob]");
    row("the last -f wins", words("-f a@example.org -fb@example.org bob"), "deliver from=[b@example.org] to=[bob]");
    row("-F with a separate value", {u"-F"_s, u"Cron Daemon"_s, u"root"_s}, "deliver name=[Cron Daemon] to=[root]");
    row("-F attached", words("-FCronDaemon root"), "deliver name=[CronDaemon] to=[root]");
    row("clustered flags", words("-ti"), "deliver -t -i to=[]");
    row("a cluster ending in a flag with a value", words("-tif me@example.org"), "deliver -t -i from=[me@example.org] to=[]");
    row("a cluster with an attached value", words("-itfme@example.org"), "deliver -t -i from=[me@example.org] to=[]");
    row("-v", words("-v root"), "deliver -v to=[root]");
    row("-bm", words("-bm root"), "deliver to=[root]");
    row("-bp", words("-bp"), "queue to=[]");
    row("-bP", words("-bP"), "queue to=[]");
    row("-bi", words("-bi"), "aliases to=[]");
    row("-I", words("-I"), "aliases to=[]");
    row("-bs is not supported", words("-bs"), "unsupported(-bs) to=[]");
    row("-bd is not supported", words("-bd"), "unsupported(-bd) to=[]");
    row("-b m as two arguments", words("-b m root"), "deliver to=[root]");
    row("-q", words("-q"), "run-queue to=[]");
    row("-q with an attached interval", words("-q30m"), "run-queue to=[]");
    row("-q takes no separate value", words("-q root"), "run-queue to=[root]");
    row("-oem", words("-oem root"), "deliver errors=m to=[root]");
    row("-oep", words("-oep root"), "deliver to=[root]");
    row("-oee", words("-oee root"), "deliver errors=e to=[root]");
    row("-oeq", words("-oeq root"), "deliver errors=q to=[root]");
    row("-em", words("-em root"), "deliver errors=m to=[root]");
    row("-odi is ignored", words("-odi root"), "deliver to=[root] ignored=[-odi]");
    row("-odb is ignored", words("-odb root"), "deliver to=[root] ignored=[-odb]");
    row("-oQ is ignored with its value", words("-oQ/var/spool/mqueue root"), "deliver to=[root] ignored=[-oQ/var/spool/mqueue]");
    row("-B takes its value along", words("-B 8BITMIME root"), "deliver to=[root] ignored=[-B8BITMIME]");
    row("-B attached", words("-B8BITMIME root"), "deliver to=[root] ignored=[-B8BITMIME]");
    row("-N takes its value along", words("-N never root"), "deliver to=[root] ignored=[-Nnever]");
    row("-R, -V and -L take theirs", words("-R hdrs -V envid -L label root"), "deliver to=[root] ignored=[-Rhdrs|-Venvid|-Llabel]");
    row("-O, -C, -X, -h and -p take theirs", words("-O A=b -C cf -X log -h 3 -p smtp root"),
        "deliver to=[root] ignored=[-OA=b|-Ccf|-Xlog|-h3|-psmtp]");
    row("unknown flags are ignored", words("-G -m -n -U -x root"), "deliver to=[root] ignored=[-G|-m|-n|-U|-x]");
    row("an unknown flag in a cluster", words("-tGi"), "deliver -t -i to=[] ignored=[-G]");
    row("-d takes only an attached value", words("-d0.1 root"), "deliver to=[root] ignored=[-d0.1]");
    row("options after recipients (getopt permutes)", words("root -oi -f me@example.org"), "deliver -i from=[me@example.org] to=[root]");
    row("-- ends the options", words("-i -- -t -weird"), "deliver -i to=[-t|-weird]");
    row("a lone - is an argument", words("-"), "deliver to=[-]");
    row("a comma-separated list stays one argument", {u"a@example.org, b@example.org"_s}, "deliver to=[a@example.org, b@example.org]");
    // What the callers of the issue pass.
    row("cron", words("-i -FCronDaemon -odi -oem -oi -t"), "deliver -t -i name=[CronDaemon] errors=m to=[] ignored=[-odi]");
    row("Debian cron", words("-FCronDaemon -i -B8BITMIME -oem root"), "deliver -i name=[CronDaemon] errors=m to=[root] ignored=[-B8BITMIME]");
    row("mail(1)", words("-oi -f root root"), "deliver -i from=[root] to=[root]");
    row("git send-email", words("-i alice@example.org bob@example.org"), "deliver -i to=[alice@example.org|bob@example.org]");
    row("PHP", words("-t -i"), "deliver -t -i to=[]");
    row("PHP with additional parameters", words("-t -i -fwebmaster@example.org"), "deliver -t -i from=[webmaster@example.org] to=[]");
    row("mutt", words("-oem -oi -- alice@example.org"), "deliver -i errors=m to=[alice@example.org]");
    row("newaliases", {}, "aliases to=[]", u"newaliases"_s);
    row("mailq", {}, "queue to=[]", u"mailq"_s);
}

void TestOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, program);
    QFETCH(QString, want);
    const auto parsed = Options::parse(arguments, program);
    if (const auto *error = std::get_if<Options::UsageError>(&parsed))
        QFAIL(qPrintable(u"got the usage error '%1', want %2"_s.arg(error->message, want)));
    const QString got = describe(std::get<Options>(parsed));
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got, want)));
}

void TestOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("want");
    QTest::newRow("-f without a value") << words("-f") << u"option -f needs a value"_s;
    QTest::newRow("-F without a value") << words("-t -F") << u"option -F needs a value"_s;
    QTest::newRow("-o without a value") << words("-o") << u"option -o needs a value"_s;
    QTest::newRow("-B without a value") << words("-B") << u"option -B needs a value"_s;
}

void TestOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, want);
    const auto parsed = Options::parse(arguments);
    const auto *error = std::get_if<Options::UsageError>(&parsed);
    if (!error)
        QFAIL(qPrintable(u"got %1, want the usage error '%2'"_s.arg(describe(std::get<Options>(parsed)), want)));
    QVERIFY2(error->message == want, qPrintable(u"got '%1', want '%2'"_s.arg(error->message, want)));
}
