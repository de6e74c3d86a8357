#include <optional>

#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/smtp/smtpserver.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "engine/tls/certificatestore.h"
#include "tests/unit/smtp/smtptestsupport.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;
using Smtp::SmtpServer;
using Tests::Client;
using Tests::FakeHandler;
using Tests::head;
using Tests::kHost;
using Tests::kTimeout;
using Tests::kTlsTimeout;
using Tests::shown;

namespace {

/** The shared fixture, with clients for the tests. */
class Fixture : public Tests::ServerFixture
{
public:
    using ServerFixture::ServerFixture;

    ~Fixture()
    {
        clients.clear();
        server.reset();
    }

    /** A new client connected to @p listener; nullptr when the connection failed. */
    Client *connect(const QString &listener, const QHostAddress &from = QHostAddress())
    {
        clients.push_back(std::make_unique<Client>());
        return clients.back()->connectTo(port(listener), from) ? clients.back().get() : nullptr;
    }

    std::vector<std::unique_ptr<Client>> clients;
};

} // namespace

TestSmtpServer::TestSmtpServer() = default;
TestSmtpServer::~TestSmtpServer() = default;

void TestSmtpServer::initTestCase()
{
    m_tlsDirectory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tlsDirectory->isValid());
    auto certificates = Tests::makeCertificates(m_tlsDirectory->path());
    QVERIFY2(certificates.ok(), certificates.ok() ? "" : qPrintable(certificates.error().message));
    m_certificates = std::move(certificates).value();
}

void TestSmtpServer::listenersFromSettings()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"listeners.smtps"_s, QStringList())); // off
    QVERIFY(f.server->start().ok());
    const QVariantMap bound = f.server->boundListeners();
    QCOMPARE(bound.value(u"smtps"_s).toStringList(), QStringList());
    QVERIFY2(f.port(u"mta"_s) != 0 && f.port(u"submission"_s) != 0 && f.port(u"mta"_s) != f.port(u"submission"_s),
             qPrintable(u"got %1"_s.arg(QString::fromUtf8(QJsonDocument::fromVariant(bound).toJson(QJsonDocument::Compact)))));
    for (const QString &listener : {u"mta"_s, u"submission"_s}) {
        Client *client = f.connect(listener);
        QVERIFY(client);
        QCOMPARE(client->reply(), QByteArray("220 mx.test.example ESMTP Doorstep\r\n"));
        QCOMPARE(f.handler.sessions.last().listener, listener);
        QCOMPARE(f.handler.sessions.last().clientAddress, QHostAddress(QHostAddress::LocalHost));
    }
    QVERIFY2(f.handler.sessions[0].id != f.handler.sessions[1].id, "got two sessions with one id");
    QTRY_COMPARE_WITH_TIMEOUT(f.server->sessionCount(), 2, kTimeout);
}

void TestSmtpServer::listenersFollowSettingsLive()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.server->start().ok());
    const quint16 before = f.port(u"mta"_s);
    const quint16 wanted = Tests::freePort();
    QVERIFY(wanted != 0);
    QVERIFY2(f.set(u"listeners.mta"_s, QStringList{u"127.0.0.1:%1"_s.arg(wanted)}), "got the new address refused");
    QCOMPARE(f.port(u"mta"_s), wanted);
    Client *moved = f.connect(u"mta"_s);
    QVERIFY2(moved, "got no connection on the new address");
    QVERIFY(moved->reply().startsWith("220 "));
    Client old;
    QVERIFY2(!old.connectTo(before) || !old.reply(2000).startsWith("220"), "got the old address still served");

    // A busy port is refused, and the listener keeps its address.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QVERIFY2(!f.set(u"listeners.mta"_s, QStringList{u"127.0.0.1:%1"_s.arg(squatter.serverPort())}), "got a busy port accepted");
    QCOMPARE(f.port(u"mta"_s), wanted);
    QCOMPARE(f.settings->listValue(u"listeners.mta"_s), QStringList{u"127.0.0.1:%1"_s.arg(wanted)});
    Client *still = f.connect(u"mta"_s);
    QVERIFY(still);
    QVERIFY(still->reply().startsWith("220 "));
}

void TestSmtpServer::connectionLimits_data()
{
    QTest::addColumn<uint>("total");
    QTest::addColumn<uint>("perAddress");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("want");

    QTest::newRow("per address") << 100u << 2u << QStringList{u"127.0.0.1"_s, u"127.0.0.1"_s, u"127.0.0.1"_s}
                                 << QStringList{u"220"_s, u"220"_s, u"421 4.7.0"_s};
    QTest::newRow("per address, others still admitted") << 100u << 1u << QStringList{u"127.0.0.1"_s, u"127.0.0.1"_s, u"127.0.0.2"_s}
                                                         << QStringList{u"220"_s, u"421 4.7.0"_s, u"220"_s};
    QTest::newRow("in total") << 2u << 100u << QStringList{u"127.0.0.1"_s, u"127.0.0.2"_s, u"127.0.0.3"_s}
                              << QStringList{u"220"_s, u"220"_s, u"421 4.7.0"_s};
}

void TestSmtpServer::connectionLimits()
{
    QFETCH(uint, total);
    QFETCH(uint, perAddress);
    QFETCH(QStringList, from);
    QFETCH(QStringList, want);
    Fixture f(m_certificates.get());
    QVERIFY(f.set(u"limits.max_connections"_s, total));
    QVERIFY(f.set(u"limits.max_connections_per_ip"_s, perAddress));
    QVERIFY(f.server->start().ok());
    QStringList got;
    for (const QString &address : from) {
        Client *client = f.connect(u"mta"_s, QHostAddress(address));
        QVERIFY2(client, qPrintable(u"got no connection from %1"_s.arg(address)));
        const QByteArray reply = client->reply();
        got << (reply.isEmpty() ? u"(nothing)"_s : head(reply));
        if (got.last().startsWith(u"421"_s))
            QVERIFY2(client->waitClosed(), "got a refused connection kept open");
    }
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));

    // A session that ends frees its slot.
    const int open = f.server->sessionCount();
    f.clients.front()->send("QUIT\r\n");
    QVERIFY(f.clients.front()->waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(f.server->sessionCount(), open - 1, kTimeout);
    Client *again = f.connect(u"mta"_s, QHostAddress(from.first()));
    QVERIFY(again);
    const QByteArray reply = again->reply();
    QVERIFY2(head(reply) == u"220"_s, qPrintable(u"got '%1' after a slot was freed, want the greeting"_s.arg(shown(reply))));
}

void TestSmtpServer::stopEndsSessionsWith421()
{
    // smtpserver.h: stop() "Stops accepting and ends open sessions with 421."
    Fixture f(m_certificates.get());
    QVERIFY(f.server->start().ok());
    const quint16 port = f.port(u"mta"_s);
    Client *client = f.connect(u"mta"_s);
    QVERIFY(client);
    QVERIFY(client->reply().startsWith("220 "));
    f.server->stop();
    const QByteArray reply = client->reply(3000);
    QVERIFY2(head(reply).startsWith(u"421"_s), qPrintable(u"got '%1' within 3 s of stop(), want 421 and the connection closed"_s.arg(shown(reply))));
    QVERIFY(client->waitClosed());
    Client late;
    QVERIFY2(!late.connectTo(port) || !late.reply(2000).startsWith("220"), "got a new session after stop()");
}

void TestSmtpServer::smtpsServesTls()
{
    Fixture f(m_certificates.get());
    QVERIFY(f.server->start().ok());
    Client *client = f.connect(u"smtps"_s);
    QVERIFY(client);
    QVERIFY2(client->startTls(), "got no TLS handshake on smtps");
    const QByteArray greeting = client->reply();
    QVERIFY2(greeting == "220 mx.test.example ESMTP Doorstep\r\n", qPrintable(u"got '%1', want the greeting over TLS"_s.arg(shown(greeting))));
    QCOMPARE(f.handler.sessions.first().listener, u"smtps"_s);
}
