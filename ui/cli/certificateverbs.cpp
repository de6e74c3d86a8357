// doorstepctl verbs of org.doorstep.Engine1.Certificates beyond "cert show" and
// "cert self-signed" (queueverbs.cpp): request, import, acme, renew.

#include <optional>

#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QFile>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

/** ACME runs take minutes at worst (several polls of the CA); the engine replies when done. */
constexpr int kAcmeTimeoutMs = 15 * 60 * 1000;

QStringList splitNames(const QStringList &args)
{
    QStringList names;
    for (const QString &a : args)
        names << a.split(u',', Qt::SkipEmptyParts);
    return names;
}

/** Waits for a long ACME call, printing AcmeProgress as it comes (not with --json). */
int waitWithProgress(Context &c, const QDBusPendingCall &call)
{
    QEventLoop loop;
    QObject receiver;
    if (!c.json()) {
        QObject::connect(&c.client().certificates(), &OrgDoorstepEngine1CertificatesInterface::AcmeProgress, &receiver,
                         [&c](const QString &, const QString &sentence) { c.out().line(sentence); });
    }
    QDBusPendingCallWatcher watcher(call);
    QObject::connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
    if (!call.isFinished())
        loop.exec();
    return c.wait(call);
}

int certRequest(Context &c, const QStringList &args)
{
    auto reply = c.client().certificates().CreateRequest(splitNames(args));
    if (int code = c.wait(reply); code != Success)
        return code;
    if (c.json())
        c.out().json(QJsonValue(reply.value()));
    else
        c.out().line(reply.value().trimmed());
    return Success;
}

int certImport(Context &c, const QStringList &args)
{
    const QString usage = u"cert import CERT KEY [CHAIN]"_s;
    int code = Success;
    const auto certificate = c.readFile(args[0], usage, code);
    if (!certificate)
        return code;
    QString key;
    // "" (an empty argument) means the key of the last "cert request".
    if (!args[1].isEmpty()) {
        const auto read = c.readFile(args[1], usage, code);
        if (!read)
            return code;
        key = *read;
    }
    QString chain;
    if (args.size() > 2) {
        const auto read = c.readFile(args[2], usage, code);
        if (!read)
            return code;
        chain = *read;
    }
    return c.wait(c.client().certificates().Import(*certificate, key, chain));
}

int certAcme(Context &c, const QStringList &args)
{
    const QString usage = u"cert acme [NAMES] [--email E] [--directory URL]"_s;
    QStringList names;
    QString email;
    QString directory;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--email"_s || args[i] == u"--directory"_s) {
            if (i + 1 >= args.size())
                return c.usage(CliText::tr("'%1' needs a value.").arg(args[i]), usage);
            (args[i] == u"--email"_s ? email : directory) = args[i + 1];
            ++i;
        } else if (args[i].startsWith(u"--"_s)) {
            return c.usage(CliText::tr("Unknown option '%1'.").arg(args[i]), usage);
        } else {
            names << args[i].split(u',', Qt::SkipEmptyParts);
        }
    }
    c.client().certificates().setTimeout(kAcmeTimeoutMs);
    return waitWithProgress(c, c.client().certificates().RequestAcme(directory, names, email));
}

int certRenew(Context &c, const QStringList &)
{
    c.client().certificates().setTimeout(kAcmeTimeoutMs);
    return waitWithProgress(c, c.client().certificates().Renew());
}

} // namespace

QList<Verb> certificateVerbs()
{
    return {
        {{u"cert"_s, u"request"_s}, u"[NAMES]"_s,
         CliText::tr("make a key and a certificate signing request (CSR) to give a CA (default: identity.hostname)"), 0, -1, certRequest},
        {{u"cert"_s, u"import"_s}, u"CERT KEY [CHAIN]"_s,
         CliText::tr("use a certificate from a CA: PEM files, '-' for stdin, KEY '' for the key of 'cert request'"), 2, 3, certImport},
        {{u"cert"_s, u"acme"_s}, u"[NAMES] [--email E] [--directory URL]"_s,
         CliText::tr("get a certificate with ACME (Let's Encrypt), agreeing to the CA's terms; names are checked over HTTP on acme.http_port"),
         0, -1, certAcme},
        {{u"cert"_s, u"renew"_s}, QString(), CliText::tr("renew the certificate the way it was made (ACME or self-signed)"), 0, 0,
         certRenew},
    };
}

} // namespace Doorstep::Ui::Cli
