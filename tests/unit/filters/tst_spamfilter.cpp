#include <QTest>

#include "engine/filters/spam/spamfilter.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::SpamFilter;

void TestSpamFilter::exemption_data()
{
    QTest::addColumn<QString>("authUser");
    QTest::addColumn<int>("trust");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("want");

    QTest::newRow("stranger is scored") << QString() << int(Smtp::ClientTrust::None) << false << QString();
    QTest::newRow("OK client is scored") << QString() << int(Smtp::ClientTrust::Ok) << false << QString();
    QTest::newRow("authenticated") << u"alice@example.org"_s << int(Smtp::ClientTrust::None) << false << u"authenticated"_s;
    QTest::newRow("RELAY client") << QString() << int(Smtp::ClientTrust::Relay) << false << u"relay client"_s;
    QTest::newRow("local submission") << QString() << int(Smtp::ClientTrust::None) << true << u"local submission"_s;
}

void TestSpamFilter::exemption()
{
    QFETCH(QString, authUser);
    QFETCH(int, trust);
    QFETCH(bool, local);
    QFETCH(QString, want);
    Smtp::SessionInfo session;
    session.authUser = authUser;
    session.trust = Smtp::ClientTrust(trust);
    if (local)
        session.local = Smtp::LocalClient{1000, 1000, 42, u"alice"_s, QString(), false};
    QCOMPARE(SpamFilter::exemption(session), want);
}
