#include <functional>
#include <memory>

#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "engine/tls/certificatestore.h"
#include "tests/unit/tls/opensslcli.h"
#include "tests/unit/tls/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::Result;
using Doorstep::Tls::CertificateInfo;
using Doorstep::Tls::CertificateStore;

namespace {

constexpr int kTimeout = 60000;

/**
 * A plain TCP server that turns each connection into TLS with startServerEncryption(), as the
 * SMTP listener does after STARTTLS, taking a fresh serverConfiguration() each time.
 */
class TlsTestServer final : public QTcpServer
{
public:
    explicit TlsTestServer(const CertificateStore &store) : m_store(store) {}

    int encrypted = 0;
    QSsl::SslProtocol lastProtocol = QSsl::UnknownProtocol;
    QStringList errors;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            ++encrypted;
            lastProtocol = socket->sessionProtocol();
        });
        connect(socket, &QSslSocket::errorOccurred, this, [this, socket] { errors << socket->errorString(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->setSslConfiguration(m_store.serverConfiguration());
        socket->startServerEncryption();
    }

private:
    const CertificateStore &m_store;
};

std::unique_ptr<QTemporaryDir> s_data;
std::unique_ptr<CertificateStore> s_store;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    default:
        return u"protocol %1"_s.arg(int(protocol));
    }
}

} // namespace

void TestServerConfiguration::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    qInfo("TLS backend %s, %s", qPrintable(QSslSocket::activeBackend()), qPrintable(QSslSocket::sslLibraryVersionString()));
    s_data = std::make_unique<QTemporaryDir>();
    QVERIFY(s_data->isValid());
    auto store = CertificateStore::open(s_data->path());
    QVERIFY(store.ok());
    s_store = std::move(store).value();
    bool done = false;
    s_store->ensureCertificate(u"mail.example.org"_s, this, [&](Result<CertificateInfo> info) {
        QVERIFY(info.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
}

void TestServerConfiguration::settings()
{
    const QSslConfiguration configuration = s_store->serverConfiguration();
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyNone);
    QVERIFY(!configuration.privateKey().isNull());
    QCOMPARE(configuration.privateKey().algorithm(), QSsl::Rsa);
    QCOMPARE(configuration.privateKey().length(), 2048);
    QCOMPARE(configuration.localCertificateChain().size(), 1);
    QCOMPARE(configuration.localCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
             s_store->current().fingerprintSha256.toLatin1());
    // Cipher suites are OpenSSL's defaults: nothing was narrowed by hand.
    QCOMPARE(configuration.ciphers(), QSslConfiguration::defaultConfiguration().ciphers());
}

void TestServerConfiguration::handshake_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::newRow("TLS 1.2") << QSsl::TlsV1_2;
    QTest::newRow("TLS 1.3") << QSsl::TlsV1_3;
}

void TestServerConfiguration::handshake()
{
    QFETCH(QSsl::SslProtocol, protocol);
    TlsTestServer server(*s_store);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(protocol);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.setSslConfiguration(configuration);
    client.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted() || client.state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(client.isEncrypted(), qPrintable(client.errorString()));
    QVERIFY2(client.sessionProtocol() == protocol,
             qPrintable(u"got %1, want %2"_s.arg(protocolName(client.sessionProtocol()), protocolName(protocol))));
    QTRY_COMPARE(server.encrypted, 1);
    QCOMPARE(server.lastProtocol, protocol);
    QCOMPARE(client.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
             s_store->current().fingerprintSha256.toLatin1());

    // Data flows both ways.
    client.write("EHLO client.example.org\r\n");
    auto *serverSocket = server.findChild<QSslSocket *>();
    QVERIFY(serverSocket);
    QTRY_VERIFY(serverSocket->canReadLine());
    QCOMPARE(serverSocket->readLine(), QByteArray("EHLO client.example.org\r\n"));
}

void TestServerConfiguration::oldProtocolsRefused_data()
{
    // Qt 6 marks TlsV1_0/TlsV1_1 deprecated (a -Werror build cannot name them), and
    // OpenSSL 3 offers them only at security level 0, so openssl s_client is the old client.
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("TLS 1.2 (control)") << u"-tls1_2"_s << true;
    QTest::newRow("TLS 1.1") << u"-tls1_1"_s << false;
    QTest::newRow("TLS 1.0") << u"-tls1"_s << false;
}

void TestServerConfiguration::oldProtocolsRefused()
{
    QFETCH(QString, option);
    QFETCH(bool, succeeds);
    if (Doorstep::Tests::opensslProgram().isEmpty())
        QSKIP("the openssl program is not installed");
    TlsTestServer server(*s_store);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    // The process must not be waited for: the server needs this thread's event loop.
    QProcess client;
    client.start(Doorstep::Tests::opensslProgram(),
                 {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(server.serverPort()), option, u"-cipher"_s,
                  u"DEFAULT:@SECLEVEL=0"_s, u"-brief"_s});
    client.closeWriteChannel(); // s_client quits at end of input, after the handshake
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    const QString output = QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
    QVERIFY2(client.exitStatus() == QProcess::NormalExit, qPrintable(output));
    if (succeeds) {
        QVERIFY2(client.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"Protocol version: TLSv1.2"_s), qPrintable(output));
        QTRY_COMPARE(server.encrypted, 1);
    } else {
        QVERIFY2(client.exitCode() != 0, qPrintable(output));
        // Refused for its version (alert 70), not for some other reason.
        QVERIFY2(output.contains(u"protocol version"_s), qPrintable(output));
        QCOMPARE(server.encrypted, 0);
    }
}

void TestServerConfiguration::newConnectionsGetReplacedCertificate()
{
    TlsTestServer server(*s_store);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy changed(s_store.get(), &CertificateStore::changed);

    QString fingerprint;
    s_store->generateSelfSigned({u"smtp.example.org"_s}, this, [&](Result<CertificateInfo> info) {
        QVERIFY(info.ok());
        fingerprint = info.value().fingerprintSha256;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!fingerprint.isEmpty(), kTimeout);
    QCOMPARE(changed.size(), 1);

    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted() || client.state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(client.isEncrypted(), qPrintable(client.errorString()));
    QCOMPARE(client.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(), fingerprint.toLatin1());
    QCOMPARE(client.peerCertificate().subjectInfo(QSslCertificate::CommonName), QStringList{u"smtp.example.org"_s});
}

void TestServerConfiguration::cleanupTestCase()
{
    // Before main() returns: the store's worker thread must end while OpenSSL can still free
    // its per-thread state (its atexit clean-up runs before static destructors of ours).
    s_store.reset();
    s_data.reset();
}
