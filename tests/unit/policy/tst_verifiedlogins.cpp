#include <QTest>

#include "engine/core/clock.h"
#include "engine/policy/verifiedlogins.h"
#include "tests/unit/policy/tests.h"

using namespace Doorstep;
using namespace Qt::StringLiterals;
using Policy::VerifiedLogins;

namespace {

constexpr quint64 kStart = 1'800'000'000'000'000;
const QByteArray kHash = "$y$j9T$salt$hash";

} // namespace

void TestVerifiedLogins::keySeparatesEveryPart()
{
    Core::ManualClock clock(kStart);
    VerifiedLogins logins(clock);
    const QByteArray key = logins.keyOf(u"alice@example.org"_s, kHash, u"secret-1"_s);
    QCOMPARE(key, logins.keyOf(u"alice@example.org"_s, kHash, u"secret-1"_s));
    QVERIFY(key != logins.keyOf(u"bob@example.org"_s, kHash, u"secret-1"_s));
    QVERIFY(key != logins.keyOf(u"alice@example.org"_s, kHash + "x", u"secret-1"_s));
    QVERIFY(key != logins.keyOf(u"alice@example.org"_s, kHash, u"secret-2"_s));
    // Shifting bytes from one part to the next gives another key.
    QVERIFY(logins.keyOf(u"ab"_s, "c", u"d"_s) != logins.keyOf(u"a"_s, "bc", u"d"_s));
    QVERIFY(!key.contains("secret-1"));
    // Another process (another key) never recognises this one's entries.
    VerifiedLogins other(clock);
    QVERIFY(key != other.keyOf(u"alice@example.org"_s, kHash, u"secret-1"_s));
}

void TestVerifiedLogins::rememberedUntilExpiry()
{
    Core::ManualClock clock(kStart);
    VerifiedLogins logins(clock);
    const QByteArray key = logins.keyOf(u"alice@example.org"_s, kHash, u"secret-1"_s);
    QVERIFY(!logins.contains(key));
    logins.remember(key);
    QVERIFY(logins.contains(key));
    clock.advanceSeconds(VerifiedLogins::kTimeToLiveSeconds - 1);
    QVERIFY(logins.contains(key));
    clock.advanceSeconds(1);
    QVERIFY2(!logins.contains(key), "a login is trusted for at most kTimeToLiveSeconds");
    logins.remember(key); // verified again: a new hour
    clock.advanceSeconds(VerifiedLogins::kTimeToLiveSeconds - 1);
    QVERIFY(logins.contains(key));
}

void TestVerifiedLogins::capacityIsBounded()
{
    Core::ManualClock clock(kStart);
    VerifiedLogins logins(clock);
    QList<QByteArray> keys;
    for (int i = 0; i < VerifiedLogins::kCapacity + 10; ++i) {
        keys << logins.keyOf(u"user%1@example.org"_s.arg(i), kHash, u"secret"_s);
        logins.remember(keys.last());
        clock.advanceSeconds(1);
    }
    QCOMPARE(logins.size(), VerifiedLogins::kCapacity);
    QVERIFY2(!logins.contains(keys.first()), "the entry that expires first makes room");
    QVERIFY(logins.contains(keys.last()));
    // Expired entries make room before live ones.
    clock.advanceSeconds(VerifiedLogins::kTimeToLiveSeconds);
    const QByteArray fresh = logins.keyOf(u"new@example.org"_s, kHash, u"secret"_s);
    logins.remember(fresh);
    QCOMPARE(logins.size(), 1);
    QVERIFY(logins.contains(fresh));
}
