#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/filters/antivirus/protocol.h"
#include "engine/filters/antivirus/scanner/clamengine.h"
#include "engine/filters/antivirus/scanner/scanserver.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using namespace Doorstep::Filters::Antivirus;

namespace {

// EICAR-like: harmless bytes that only the test's own signature names.
const QByteArray kInfected = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-ANTIVIRUS-TEST-FILE!$H+H*";
const QByteArray kClean = "Quarterly figures attached, nothing to see here.\n";
const QString kSignature = u"Doorstep.Test.Virus"_s;

/** A .hdb line: md5:size:name (ClamAV's hash database). */
QByteArray hashSignature(const QByteArray &content, const QString &name)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex() + ':' + QByteArray::number(content.size()) + ':'
           + name.toUtf8() + '\n';
}

/** A MIME message with @p attachment base64-encoded, as a mail client sends it. */
QByteArray mimeMessage(const QByteArray &attachment)
{
    return "From: a@example.test\r\nTo: b@example.test\r\nSubject: report\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n"
           "--BOUNDARY\r\nContent-Type: text/plain\r\n\r\nSee attachment.\r\n"
           "--BOUNDARY\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"report.com\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
           + attachment.toBase64() + "\r\n--BOUNDARY--\r\n";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void TestClamEngine::findsSignatureInsideMimeAttachment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"db"_s));
    QVERIFY(writeFile(dir.filePath(u"db/test.hdb"_s), hashSignature(kInfected, kSignature)));
    auto engine = ClamEngine::load(dir.filePath(u"db"_s), ScanLimits{});
    QVERIFY2(engine, qPrintable(u"load: got '%1', want a loaded engine"_s.arg(engine ? QString() : engine.error().message)));
    QCOMPARE((*engine)->signatures(), quint64(1));
    QVERIFY2((*engine)->databaseTime() > 0, "database time: got 0, want the file's time");

    QVERIFY(writeFile(dir.filePath(u"infected.eml"_s), mimeMessage(kInfected)));
    const auto infected = (*engine)->scanFile(dir.filePath(u"infected.eml"_s));
    QVERIFY2(infected, qPrintable(infected ? QString() : infected.error().message));
    QVERIFY2(infected->infected, "scan of the infected message: got clean, want the test signature");
    QCOMPARE(infected->signature, kSignature + u".UNOFFICIAL"_s);

    QVERIFY(writeFile(dir.filePath(u"clean.eml"_s), mimeMessage(kClean)));
    const auto clean = (*engine)->scanFile(dir.filePath(u"clean.eml"_s));
    QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().message));
    QVERIFY2(!clean->infected, qPrintable(u"scan of the clean message: got %1, want clean"_s.arg(clean->signature)));

    const auto missing = (*engine)->scanFile(dir.filePath(u"no-such-file"_s));
    QVERIFY2(!missing, "scan of a missing file: got a verdict, want an error (never clean)");
}

void TestClamEngine::missingOrEmptyDatabaseFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = ClamEngine::load(dir.filePath(u"absent"_s), ScanLimits{});
    QVERIFY2(!missing, "load of a missing directory: got an engine, want an error");
    const auto empty = ClamEngine::load(dir.path(), ScanLimits{});
    QVERIFY2(!empty, "load of an empty directory: got an engine, want an error");
    QVERIFY2(empty.error().message.contains(u"no ClamAV database"_s), qPrintable(empty.error().message));
    QVERIFY(writeFile(dir.filePath(u"broken.hdb"_s), "this is not a signature\n"));
    const auto broken = ClamEngine::load(dir.path(), ScanLimits{});
    QVERIFY2(!broken, "load of a malformed database: got an engine, want an error");
}

void TestClamEngine::serverAnswersOverSocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"db"_s));
    QVERIFY(writeFile(dir.filePath(u"db/test.hdb"_s), hashSignature(kInfected, kSignature)));
    QVERIFY(writeFile(dir.filePath(u"infected.eml"_s), mimeMessage(kInfected)));
    QVERIFY(writeFile(dir.filePath(u"clean.eml"_s), mimeMessage(kClean)));
    auto engine = ClamEngine::load(dir.filePath(u"db"_s), ScanLimits{});
    QVERIFY(engine);
    ScanServer server(**engine);
    const QString socketPath = dir.filePath(u"scan.sock"_s);
    QVERIFY(server.listen(socketPath));

    QLocalSocket client;
    client.connectToServer(socketPath);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    // Three requests on one connection, pipelined: answers come in order.
    client.write(Protocol::scanRequest(dir.filePath(u"infected.eml"_s)) + Protocol::scanRequest(dir.filePath(u"clean.eml"_s))
                 + "HELLO\n");
    QList<QByteArray> lines;
    const auto readLines = [&] {
        while (client.canReadLine())
            lines << client.readLine().chopped(1);
        return lines.size() >= 3;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readLines(), 10000);
    const auto first = Protocol::parseScanReply(lines[0]);
    QVERIFY2(first && first->kind == Protocol::ScanReply::Kind::Found, qPrintable(u"reply 1: got %1, want FOUND"_s.arg(QString::fromUtf8(lines[0]))));
    QCOMPARE(first->text, kSignature + u".UNOFFICIAL"_s);
    QCOMPARE(lines[1], QByteArray("OK"));
    QVERIFY2(lines[2].startsWith("ERROR "), qPrintable(u"reply 3: got %1, want ERROR"_s.arg(QString::fromUtf8(lines[2]))));

    // finish(): no new connections, finished() once nothing is in flight.
    bool finished = false;
    QObject::connect(&server, &ScanServer::finished, &server, [&finished] { finished = true; });
    server.finish();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QVERIFY2(!QFile::exists(socketPath), "socket file after finish(): got it, want it removed");
}
