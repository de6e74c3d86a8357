#pragma once

// The openssl command line program as an independent check of what engine/tls makes. These
// helpers wait for the process: use them only where no socket of the test needs the loop.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Doorstep::Tests {

inline QString opensslProgram()
{
    const QString configured = QStringLiteral(DOORSTEP_TEST_OPENSSL);
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

struct OpensslRun
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
    bool ok() const { return exitCode == 0; }
};

/** Runs `openssl ARGS` with @p input on stdin (and stdin closed after it). */
inline OpensslRun openssl(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    OpensslRun run;
    QProcess process;
    process.start(opensslProgram(), arguments);
    if (!process.waitForStarted(10000)) {
        run.errors = process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.errors = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

/** "AB:CD:…" from `openssl x509 -noout -fingerprint -sha256` for a PEM certificate. */
inline QString opensslFingerprint(const QByteArray &certificatePem)
{
    const OpensslRun run = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                    QStringLiteral("-sha256")},
                                   certificatePem);
    if (!run.ok())
        return QString();
    const QByteArray line = run.output.trimmed();
    return QString::fromLatin1(line.mid(line.indexOf('=') + 1));
}

/** A leaf certificate issued by a CA of its own, as an imported certificate would be. */
struct IssuedCertificate
{
    QByteArray caPem;
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    bool ok() const { return !caPem.isEmpty() && !certificatePem.isEmpty() && !privateKeyPem.isEmpty(); }
};

/**
 * "CN=Doorstep Test CA" (RSA) issuing an EC P-256 leaf for mail.example.org with
 * subjectAltName DNS:mail.example.org, DNS:smtp.example.org, IP:192.0.2.1, valid for 30 days.
 */
inline IssuedCertificate opensslIssuedCertificate()
{
    IssuedCertificate issued;
    QTemporaryDir directory;
    if (!directory.isValid())
        return issued;
    const auto path = [&](const char *name) { return directory.filePath(QString::fromLatin1(name)); };
    {
        QFile extensions(path("leaf.ext"));
        if (!extensions.open(QIODevice::WriteOnly))
            return issued;
        extensions.write("subjectAltName=DNS:mail.example.org,DNS:smtp.example.org,IP:192.0.2.1\n"
                         "basicConstraints=critical,CA:FALSE\n"
                         "extendedKeyUsage=serverAuth\n");
    }
    const QList<QStringList> steps{
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Doorstep Test CA"), QStringLiteral("-days"), QStringLiteral("30")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("leaf.key"),
         QStringLiteral("-out"), path("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=mail.example.org")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("leaf.csr"), QStringLiteral("-CA"),
         path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
         path("leaf.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), path("leaf.ext")},
    };
    for (const QStringList &step : steps) {
        if (!openssl(step).ok())
            return issued;
    }
    const auto read = [&](const char *name) {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    issued.caPem = read("ca.pem");
    issued.certificatePem = read("leaf.pem");
    issued.privateKeyPem = read("leaf.key");
    return issued;
}

} // namespace Doorstep::Tests
