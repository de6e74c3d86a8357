#include <QTest>

#include "engine/core/mailaddress.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/repositories/userrepository.h"
#include "tests/unit/store/testdatabase.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Store;
using Doorstep::Core::ErrorCode;
using Doorstep::Core::MailAddress;
using Doorstep::Tests::TestDatabase;

namespace {
void setUpDirectory(TestDatabase &t)
{
    QVERIFY(DomainRepository(t.db()).add(u"example.org"_s, 1).ok());
    QVERIFY(UserRepository(t.db()).add(MailAddress{u"alice"_s, u"example.org"_s}, "$y$x", 1).ok());
    QVERIFY(UserRepository(t.db()).add(MailAddress{u"bob"_s, u"example.org"_s}, "$y$x", 1).ok());
}
} // namespace

void TestAliasRepository::setKindsOfAlias()
{
    TestDatabase t;
    setUpDirectory(t);
    AliasRepository aliases(t.db());
    QCOMPARE(aliases.set(u"Sales@Example.org"_s, u"alice@example.org, bob@example.org"_s, 1)->targets,
             (QStringList{u"alice@example.org"_s, u"bob@example.org"_s}));
    QCOMPARE(aliases.set(u"@EXAMPLE.org"_s, u"alice@example.org"_s, 1)->address, u"@example.org"_s);
    QCOMPARE(aliases.set(u"Root"_s, u"bob@example.org,dad@gmail.com"_s, 1)->address, u"root"_s);
    QVERIFY(aliases.set(u"team@example.org"_s, u"sales@example.org"_s, 1).ok()); // an alias of an alias
    const auto list = aliases.list().value();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].address, u"@example.org"_s);
    QCOMPARE(list[1].address, u"root"_s);
    QCOMPARE(list[1].targets, (QStringList{u"bob@example.org"_s, u"dad@gmail.com"_s}));
    QCOMPARE(list[2].address, u"sales@example.org"_s);
}

void TestAliasRepository::setReplacesTargets()
{
    TestDatabase t;
    setUpDirectory(t);
    AliasRepository aliases(t.db());
    QVERIFY(aliases.set(u"info@example.org"_s, u"alice@example.org"_s, 1).ok());
    QVERIFY(aliases.set(u"info@example.org"_s, u"bob@example.org,bob@example.org"_s, 2)->changed);
    QVERIFY(!aliases.set(u"info@example.org"_s, u"bob@example.org"_s, 3)->changed); // the same targets
    const auto list = aliases.list().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].targets, QStringList{u"bob@example.org"_s});
}

void TestAliasRepository::targetValidation()
{
    TestDatabase t;
    setUpDirectory(t);
    AliasRepository aliases(t.db());
    const auto unknown = aliases.set(u"info@example.org"_s, u"carol@example.org"_s, 1);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains(u"neither a user nor an alias"_s));
    QCOMPARE(aliases.set(u"info@example.org"_s, u"info@example.org"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.set(u"info@example.org"_s, u"not an address"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.set(u"info@example.org"_s, u" , "_s, 1).error().code, ErrorCode::InvalidArgument);
    // A loop through other aliases: a -> b -> a.
    QVERIFY(aliases.set(u"a@example.org"_s, u"alice@example.org"_s, 1).ok());
    QVERIFY(aliases.set(u"b@example.org"_s, u"a@example.org"_s, 1).ok());
    const auto loop = aliases.set(u"a@example.org"_s, u"b@example.org"_s, 1);
    QCOMPARE(loop.error().code, ErrorCode::InvalidArgument);
    QVERIFY(loop.error().message.contains(u"itself through other aliases"_s));
    QVERIFY(aliases.remove(u"b@example.org"_s).ok());
    QVERIFY(aliases.remove(u"a@example.org"_s).ok());
    QVERIFY(aliases.list().value().isEmpty());
}

void TestAliasRepository::addressValidation()
{
    TestDatabase t;
    setUpDirectory(t);
    AliasRepository aliases(t.db());
    QCOMPARE(aliases.set(u"info@elsewhere.net"_s, u"alice@example.org"_s, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(aliases.set(u"@elsewhere.net"_s, u"alice@example.org"_s, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(aliases.set(u"alice@example.org"_s, u"bob@example.org"_s, 1).error().code, ErrorCode::AlreadyExists);
    QCOMPARE(aliases.set(u"bad name"_s, u"bob@example.org"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.set(u"@bad_domain"_s, u"bob@example.org"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.remove(u"nothing@example.org"_s).error().code, ErrorCode::NotFound);
}

void TestAliasRepository::removeRefusedWhileTargeted()
{
    TestDatabase t;
    setUpDirectory(t);
    AliasRepository aliases(t.db());
    QVERIFY(aliases.set(u"sales@example.org"_s, u"alice@example.org"_s, 1).ok());
    QVERIFY(aliases.set(u"team@example.org"_s, u"sales@example.org"_s, 1).ok());
    const auto refused = aliases.remove(u"sales@example.org"_s);
    QCOMPARE(refused.error().code, ErrorCode::Failed);
    QVERIFY(refused.error().message.contains(u"'team@example.org'"_s));
    QVERIFY(aliases.remove(u"team@example.org"_s).ok());
    QCOMPARE(aliases.remove(u"Sales@example.org"_s).value(), u"sales@example.org"_s);
    QCOMPARE(t.scalar(u"SELECT COUNT(*) FROM alias_targets"_s).toInt(), 0); // cascaded
}

void TestAliasRepository::outboundNames()
{
    TestDatabase t;
    AliasRepository aliases(t.db());
    QCOMPARE(aliases.setOutbound(u"Dad@PC.home.lan"_s, u"dad@datix.us"_s, 1)->local, u"dad@pc.home.lan"_s);
    QVERIFY(aliases.setOutbound(u"dad"_s, u"dad@datix.us"_s, 1).ok());
    QVERIFY(aliases.setOutbound(u"dad"_s, u"father@datix.us"_s, 2)->changed); // replaces
    QVERIFY(!aliases.setOutbound(u"dad"_s, u"father@datix.us"_s, 3)->changed);
    auto list = aliases.listOutbound().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].local, u"dad"_s);
    QCOMPARE(list[0].external, u"father@datix.us"_s);
    QCOMPARE(aliases.setOutbound(u"dad"_s, u"not-an-address"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.setOutbound(u"bad name"_s, u"dad@datix.us"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.setOutbound(u"dad@datix.us"_s, u"dad@datix.us"_s, 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(aliases.removeOutbound(u"dad"_s).value(), u"dad"_s);
    QCOMPARE(aliases.removeOutbound(u"dad"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(aliases.listOutbound().value().size(), 1);
}
