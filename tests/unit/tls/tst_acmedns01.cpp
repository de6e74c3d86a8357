// e2e.tls.acmedns01: AcmeClient's DNS-01 path against a real pebble, with
// pebble-challtestsrv (same Debian package) as the DNS server pebble validates against. The
// DnsChallengePublisher here sets the TXT records through challtestsrv's management API, as
// engine/ddns's providers will through Cloudflare or RFC 2136.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/acmeclient.h"
#include "engine/tls/certificateinfo.h"
#include "engine/tls/dnschallengepublisher.h"
#include "engine/tls/selfsignedcertificate.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::Result;
using Doorstep::Tls::AcmeClient;
using Doorstep::Tls::CertificateBundle;
using Doorstep::Tls::CertificateInfo;
using Doorstep::Tls::CertificateSource;

namespace {

constexpr int kTimeout = 60000;

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

bool waitListening(quint16 port)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    return false;
}

/** TXT records through pebble-challtestsrv's management API (/set-txt, /clear-txt). */
class ChallTestSrvPublisher final : public Doorstep::Tls::DnsChallengePublisher
{
public:
    explicit ChallTestSrvPublisher(quint16 managementPort)
        : m_base(u"http://127.0.0.1:%1"_s.arg(managementPort))
    {
    }

    void publishTxt(const QString &name, const QString &value, QObject *context, Done done) override
    {
        published << name + u'=' + value;
        call(u"/set-txt"_s, {{u"host"_s, name + u'.'}, {u"value"_s, value}}, context, std::move(done));
    }
    void removeTxt(const QString &name, const QString &, QObject *context, Done done) override
    {
        removed << name;
        call(u"/clear-txt"_s, {{u"host"_s, name + u'.'}}, context, std::move(done));
    }

    QStringList published;
    QStringList removed;

private:
    void call(const QString &path, const QJsonObject &body, QObject *context, Done done)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                done(Doorstep::Core::Error::failed(reply->errorString()));
            else
                done({});
        });
    }

    QString m_base;
    QNetworkAccessManager m_network;
};

struct Peer
{
    QProcess process;
    ~Peer()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(5000);
        }
    }
};

} // namespace

void TestAcmeDns01::wildcardThroughPublisher()
{
    const QString pebble = QStandardPaths::findExecutable(u"pebble"_s);
    const QString challtestsrv = QStandardPaths::findExecutable(u"pebble-challtestsrv"_s);
    if (pebble.isEmpty() || challtestsrv.isEmpty())
        QSKIP("pebble and pebble-challtestsrv are missing (Debian package pebble)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // pebble's HTTPS certificate: a self-signed one of our own, trusted as acme.ca_file would be.
    auto https = Doorstep::Tls::SelfSignedCertificate::generate({u"localhost"_s, u"127.0.0.1"_s}, QDateTime::currentDateTimeUtc());
    QVERIFY(https);
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    QVERIFY(write(u"https.pem"_s, https->certificatePem));
    QVERIFY(write(u"https.key"_s, https->privateKeyPem));

    const quint16 dnsPort = freePort();
    const quint16 managementPort = freePort();
    const quint16 acmePort = freePort();
    Peer dns;
    dns.process.setProcessChannelMode(QProcess::MergedChannels);
    dns.process.start(challtestsrv, {u"-dns01"_s, u"127.0.0.1:%1"_s.arg(dnsPort), u"-http01"_s, QString(), u"-https01"_s, QString(),
                                     u"-tlsalpn01"_s, QString(), u"-management"_s, u"127.0.0.1:%1"_s.arg(managementPort)});
    QVERIFY(waitListening(managementPort));

    const QJsonObject config{{u"pebble"_s, QJsonObject{
                                               {u"listenAddress"_s, u"127.0.0.1:%1"_s.arg(acmePort)},
                                               {u"managementListenAddress"_s, u"127.0.0.1:%1"_s.arg(freePort())},
                                               {u"certificate"_s, dir.filePath(u"https.pem"_s)},
                                               {u"privateKey"_s, dir.filePath(u"https.key"_s)},
                                               {u"httpPort"_s, int(freePort())},
                                               {u"tlsPort"_s, int(freePort())},
                                               {u"ocspResponderURL"_s, QString()},
                                               {u"externalAccountBindingRequired"_s, false},
                                           }}};
    QVERIFY(write(u"pebble.json"_s, QJsonDocument(config).toJson()));
    Peer ca;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PEBBLE_VA_NOSLEEP"_s, u"1"_s);
    environment.insert(u"PEBBLE_WFE_NONCEREJECT"_s, u"0"_s);
    environment.insert(u"PEBBLE_AUTHZREUSE"_s, u"0"_s);
    ca.process.setProcessEnvironment(environment);
    ca.process.setProcessChannelMode(QProcess::MergedChannels);
    ca.process.start(pebble, {u"-config"_s, dir.filePath(u"pebble.json"_s), u"-dnsserver"_s, u"127.0.0.1:%1"_s.arg(dnsPort)});
    QVERIFY(waitListening(acmePort));

    ChallTestSrvPublisher publisher(managementPort);
    AcmeClient client(dir.filePath(u"acme/account.key"_s));
    client.setDnsPublisher(&publisher);
    QStringList steps;
    QObject::connect(&client, &AcmeClient::progress, &client, [&steps](const QString &step, const QString &) { steps << step; });
    AcmeClient::Request request;
    request.directoryUrl = QUrl(u"https://127.0.0.1:%1/dir"_s.arg(acmePort));
    request.names = {u"dns01.test"_s, u"*.dns01.test"_s};
    request.caFile = dir.filePath(u"https.pem"_s);
    std::optional<Result<CertificateBundle>> outcome;
    QObject context;
    client.issue(request, &context, [&outcome](Result<CertificateBundle> issued) { outcome = std::move(issued); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kTimeout);
    QVERIFY2(*outcome, qPrintable((*outcome ? QString() : outcome->error().message) + u"\npebble: "_s
                                  + QString::fromUtf8(ca.process.readAll().right(3000))));
    QVERIFY(!client.isResponderListening());

    auto info = CertificateInfo::fromPem(outcome->value().certificatePem, CertificateSource::Acme);
    QVERIFY(info);
    QCOMPARE(QSet<QString>(info->names.cbegin(), info->names.cend()), (QSet<QString>{u"dns01.test"_s, u"*.dns01.test"_s}));
    QVERIFY(outcome->value().chainPem.contains("BEGIN CERTIFICATE"));
    // Both authorizations ask for _acme-challenge.dns01.test (RFC 8555 8.4: the wildcard's base name).
    QCOMPARE(publisher.published.size(), 2);
    QVERIFY(publisher.published.at(0).startsWith(u"_acme-challenge.dns01.test="_s));
    QTRY_COMPARE_WITH_TIMEOUT(publisher.removed.size(), 2, kTimeout);
    QVERIFY(steps.contains(u"validated"_s));
    QCOMPARE(steps.last(), u"issued"_s);
}

void TestAcmeDns01::secondRequestWhileRunningIsRefused()
{
    QTemporaryDir dir;
    AcmeClient client(dir.filePath(u"acme/account.key"_s));
    QVERIFY(!client.isRunning());
    // One request at a time; the first then fails on the closed port with the reason.
    AcmeClient::Request request;
    request.directoryUrl = QUrl(u"https://127.0.0.1:9/dir"_s);
    request.names = {u"mail.example.org"_s};
    QObject context;
    std::optional<Result<CertificateBundle>> first;
    std::optional<Result<CertificateBundle>> second;
    client.issue(request, &context, [&first](Result<CertificateBundle> r) { first = std::move(r); });
    client.issue(request, &context, [&second](Result<CertificateBundle> r) { second = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), kTimeout);
    QVERIFY(!*second);
    QCOMPARE(second->error().message, u"A certificate request for mail.example.org is already running; wait until it has finished."_s);
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kTimeout);
    QVERIFY(!*first);
    QVERIFY2(first->error().message.startsWith(u"Cannot reach the ACME server at https://127.0.0.1:9/dir: "_s),
             qPrintable(first->error().message));
}
