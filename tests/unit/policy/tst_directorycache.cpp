#include <QSignalSpy>
#include <QTest>

#include "tests/unit/policy/policyfixture.h"
#include "tests/unit/policy/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::PolicyFixture;

void TestDirectoryCache::reloadReplacesTheSnapshot()
{
    PolicyFixture f;
    QVERIFY(f.domain(u"example.org"_s));
    QVERIFY(f.load());
    const auto before = f.cache->current();
    QCOMPARE(before->domains(), QStringList{u"example.org"_s});

    QVERIFY(f.domain(u"example.net"_s));
    QVERIFY2(f.cache->current() == before, "got a new snapshot before reload(), want the old one until then");
    QSignalSpy reloaded(f.cache.get(), &Doorstep::Policy::DirectoryCache::reloaded);
    f.cache->reload();
    QVERIFY2(reloaded.isEmpty(), "got reloaded() inside reload(), want it later, from the store thread's answer");
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
    QCOMPARE(f.cache->current()->domains(), (QStringList{u"example.net"_s, u"example.org"_s}));
    // A snapshot someone still holds does not change under them.
    QCOMPARE(before->domains(), QStringList{u"example.org"_s});
}

void TestDirectoryCache::burstOfReloadsSeesTheLastChange()
{
    PolicyFixture f;
    QVERIFY(f.load());
    QSignalSpy reloaded(f.cache.get(), &Doorstep::Policy::DirectoryCache::reloaded);
    QStringList domains;
    for (int i = 0; i < 10; ++i) {
        const QString domain = u"d%1.example"_s.arg(i);
        QVERIFY(f.domain(domain));
        domains << domain;
        f.cache->reload();
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.cache->current()->domains().size() == 10, 10000);
    // Let any further reload finish, then check that the burst collapsed.
    QCoreApplication::processEvents();
    const auto drained = f.store->runSync([](Doorstep::Store::Database &) { return Doorstep::Core::Result<bool>(true); });
    QVERIFY(drained.ok());
    QCoreApplication::processEvents();
    domains.sort();
    QCOMPARE(f.cache->current()->domains(), domains);
    QVERIFY2(reloaded.size() <= 2, qPrintable(u"got %1 reloads for a burst of 10, want at most 2"_s.arg(reloaded.size())));
}
