#include <QTest>
#include <QUrlQuery>

#include "engine/ddns/ddnsupdater.h"
#include "engine/ddns/httpclient.h"
#include "engine/ddns/providers/cloudflareprovider.h"
#include "engine/ddns/providers/dyndns2provider.h"
#include "engine/ddns/providers/namecheapprovider.h"
#include "tests/unit/ddns/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Ddns;
using Kind = UpdateOutcome::Kind;

Q_DECLARE_METATYPE(Doorstep::Ddns::UpdateOutcome::Kind)

namespace {
QString kindName(Kind kind)
{
    return kind == Kind::Ok ? u"ok"_s : kind == Kind::RetryLater ? u"retry later"_s : u"stop"_s;
}

void checkOutcome(const UpdateOutcome &got, Kind kind, const QString &sentence)
{
    QVERIFY2(got.kind == kind, qPrintable(u"got %1 (%2), want %3"_s.arg(kindName(got.kind), got.sentence, kindName(kind))));
    QVERIFY2(got.sentence.contains(sentence), qPrintable(u"got '%1', want a sentence with '%2'"_s.arg(got.sentence, sentence)));
}
} // namespace

void TestProviderReplies::dynDns2_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("good") << QByteArray("good 203.0.113.7") << Kind::Ok << u"now points home.example.org at 203.0.113.7 (good)"_s;
    QTest::newRow("nochg") << QByteArray("nochg 203.0.113.7\n") << Kind::Ok << u"already pointed"_s;
    QTest::newRow("good v4 and v6") << QByteArray("good 203.0.113.7,2001:db8::7") << Kind::Ok << u"203.0.113.7,2001:db8::7"_s;
    QTest::newRow("badauth") << QByteArray("badauth") << Kind::Stop << u"check ddns.username and ddns.password"_s;
    QTest::newRow("!donator") << QByteArray("!donator") << Kind::Stop << u"(!donator)"_s;
    QTest::newRow("notfqdn") << QByteArray("notfqdn") << Kind::Stop << u"(notfqdn)"_s;
    QTest::newRow("nohost") << QByteArray("nohost") << Kind::Stop << u"does not know home.example.org"_s;
    QTest::newRow("numhost") << QByteArray("numhost") << Kind::Stop << u"(numhost)"_s;
    QTest::newRow("abuse") << QByteArray("abuse") << Kind::Stop << u"blocked"_s;
    QTest::newRow("badagent") << QByteArray("badagent") << Kind::Stop << u"(badagent)"_s;
    QTest::newRow("dnserr") << QByteArray("dnserr") << Kind::RetryLater << u"(dnserr)"_s;
    QTest::newRow("911") << QByteArray("911") << Kind::RetryLater << u"(911)"_s;
    QTest::newRow("unknown") << QByteArray("<html>oops</html>") << Kind::RetryLater << u"unknown answer '<html>oops</html>'"_s;
    QTest::newRow("empty") << QByteArray() << Kind::RetryLater << u"unknown answer"_s;
}

void TestProviderReplies::dynDns2()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, sentence);
    checkOutcome(DynDns2Provider::interpret(body, u"home.example.org"_s), kind, sentence);
}

void TestProviderReplies::namecheap_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("sentence");
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"utf-16\"?><interface-response><Command>SETDNSHOST</Command><Language>eng</Language>";
    QTest::newRow("done") << head + "<IP>203.0.113.7</IP><ErrCount>0</ErrCount><ResponseCount>0</ResponseCount><Done>true</Done></interface-response>"
                          << Kind::Ok << u"now points home.example.org at 203.0.113.7"_s;
    QTest::newRow("password") << head + "<ErrCount>1</ErrCount><errors><Err1>Passwords do not match</Err1></errors><Done>true</Done></interface-response>"
                              << Kind::Stop << u"(Passwords do not match): check ddns.password"_s;
    QTest::newRow("no record") << head + "<ErrCount>1</ErrCount><errors><Err1>No Records updated. A record not Found;</Err1></errors></interface-response>"
                               << Kind::Stop << u"check ddns.host and ddns.domain"_s;
    QTest::newRow("domain") << head + "<ErrCount>1</ErrCount><errors><Err1>Domain name not found</Err1></errors></interface-response>"
                            << Kind::Stop << u"Domain name not found"_s;
    QTest::newRow("other") << head + "<ErrCount>2</ErrCount><errors><Err1>Busy</Err1><Err2>Try later</Err2></errors></interface-response>"
                           << Kind::RetryLater << u"(Busy; Try later)"_s;
    QTest::newRow("not xml") << QByteArray("good") << Kind::RetryLater << u"not the expected <interface-response>"_s;
    QTest::newRow("no errcount") << head + "</interface-response>" << Kind::RetryLater << u"<ErrCount>"_s;
}

void TestProviderReplies::namecheap()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, sentence);
    checkOutcome(NamecheapProvider::interpret(body, u"home.example.org"_s), kind, sentence);
}

void TestProviderReplies::cloudflareErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code"); // ErrorCode, or -1 for success
    QTest::addColumn<QString>("sentence");
    QTest::newRow("success") << 200 << QByteArray(R"({"success":true,"errors":[],"result":[{"id":"z1"}]})") << -1 << QString();
    QTest::newRow("invalid token") << 403 << QByteArray(R"({"success":false,"errors":[{"code":9109,"message":"Invalid access token"}]})")
                                   << int(Doorstep::Core::ErrorCode::AccessDenied) << u"Invalid access token (code 9109)"_s;
    QTest::newRow("authentication error") << 400 << QByteArray(R"({"success":false,"errors":[{"code":10000,"message":"Authentication error"}]})")
                                          << int(Doorstep::Core::ErrorCode::AccessDenied) << u"Check ddns.password"_s;
    QTest::newRow("bad content") << 400
                                 << QByteArray(R"({"success":false,"errors":[{"code":9005,"message":"Content for A record is invalid."}]})")
                                 << int(Doorstep::Core::ErrorCode::InvalidArgument) << u"Content for A record is invalid. (code 9005)"_s;
    QTest::newRow("server error") << 502 << QByteArray(R"({"success":false,"errors":[{"code":1000,"message":"busy"}]})")
                                  << int(Doorstep::Core::ErrorCode::Failed) << u"busy (code 1000)"_s;
    QTest::newRow("html 403") << 403 << QByteArray("<html>forbidden</html>") << int(Doorstep::Core::ErrorCode::AccessDenied) << u"HTTP 403"_s;
}

void TestProviderReplies::cloudflareErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, sentence);
    const auto result = CloudflareProvider::resultOf(HttpClient::Response{status, body});
    if (code < 0) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result, "got success, want an error");
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().message.contains(sentence), qPrintable(u"got '%1', want '%2' in it"_s.arg(result.error().message, sentence)));
}

void TestProviderReplies::fqdn_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("fqdn");
    QTest::newRow("label") << u"home"_s << u"example.org"_s << u"home.example.org"_s;
    QTest::newRow("at") << u"@"_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("empty host") << QString() << u"example.org"_s << u"example.org"_s;
    QTest::newRow("full name") << u"home.example.org"_s << u"example.org"_s << u"home.example.org"_s;
    QTest::newRow("full name, no domain") << u"me.no-ip.biz"_s << QString() << u"me.no-ip.biz"_s;
    QTest::newRow("trailing dot, upper case") << u"Home.Example.ORG."_s << u"example.org"_s << u"home.example.org"_s;
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void TestProviderReplies::fqdn()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QFETCH(QString, fqdn);
    ProviderSettings s;
    s.host = host;
    s.domain = domain;
    QCOMPARE(s.fqdn(), fqdn);
}

void TestProviderReplies::backoff_data()
{
    QTest::addColumn<quint32>("failures");
    QTest::addColumn<quint64>("interval");
    QTest::addColumn<quint64>("delay");
    QTest::newRow("hourly, first") << 1u << quint64(3600) << quint64(60);
    QTest::newRow("hourly, second") << 2u << quint64(3600) << quint64(120);
    QTest::newRow("hourly, sixth") << 6u << quint64(3600) << quint64(1920);
    QTest::newRow("hourly, capped at 4 intervals") << 10u << quint64(3600) << quint64(14400);
    QTest::newRow("daily, capped at 6 h") << 20u << quint64(86400) << quint64(6 * 3600);
    QTest::newRow("2 s interval") << 1u << quint64(2) << quint64(2);
    QTest::newRow("2 s interval, third") << 3u << quint64(2) << quint64(8);
    QTest::newRow("2 s interval, capped") << 5u << quint64(2) << quint64(8);
}

void TestProviderReplies::backoff()
{
    QFETCH(quint32, failures);
    QFETCH(quint64, interval);
    QFETCH(quint64, delay);
    QCOMPARE(DdnsUpdater::backoffSeconds(failures, interval), delay);
}

void TestProviderReplies::secretsRedacted()
{
    const QUrl url(u"https://user:pw@dynamicdns.park-your-domain.com/update?host=%40&domain=example.org&password=s3cret&ip=203.0.113.7"_s);
    const QString shown = HttpClient::redacted(url, {u"password"_s});
    QVERIFY2(!shown.contains(u"s3cret"_s) && !shown.contains(u"pw@"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"password=(secret)"_s) && shown.contains(u"ip=203.0.113.7"_s), qPrintable(shown));
}
