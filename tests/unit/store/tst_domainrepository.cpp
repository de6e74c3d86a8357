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
using Doorstep::Tests::TestDatabase;

void TestDomainRepository::addNormalizesAndLists()
{
    TestDatabase t;
    DomainRepository domains(t.db());
    QCOMPARE(domains.add(u"Zeta.Example.ORG."_s, 1).value(), u"zeta.example.org"_s);
    QCOMPARE(domains.add(u"alpha.example"_s, 2).value(), u"alpha.example"_s);
    QCOMPARE(domains.list().value(), (QStringList{u"alpha.example"_s, u"zeta.example.org"_s}));
    QVERIFY(domains.idOf(u"alpha.example"_s).value().has_value());
    QVERIFY(!domains.idOf(u"beta.example"_s).value().has_value());
}

void TestDomainRepository::refusesDuplicatesAndBadNames()
{
    TestDatabase t;
    DomainRepository domains(t.db());
    QVERIFY(domains.add(u"example.org"_s, 1).ok());
    const auto duplicate = domains.add(u"EXAMPLE.org"_s, 2);
    QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
    QVERIFY(duplicate.error().message.contains(u"'example.org'"_s));
    QCOMPARE(domains.add(u"not a domain"_s, 3).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(domains.list().value().size(), 1);
}

void TestDomainRepository::removeRefusedWhileInUse()
{
    TestDatabase t;
    DomainRepository domains(t.db());
    QVERIFY(domains.add(u"example.org"_s, 1).ok());
    QVERIFY(UserRepository(t.db()).add(Doorstep::Core::MailAddress{u"alice"_s, u"example.org"_s}, "$y$hash", 1).ok());
    const auto refused = domains.remove(u"example.org"_s);
    QCOMPARE(refused.error().code, ErrorCode::Failed);
    QVERIFY2(refused.error().message.contains(u"1 user(s)"_s), qPrintable(refused.error().message));
    QVERIFY(UserRepository(t.db()).remove(Doorstep::Core::MailAddress{u"alice"_s, u"example.org"_s}).ok());
    QVERIFY(AliasRepository(t.db()).set(u"@example.org"_s, u"someone@elsewhere.net"_s, 1).ok());
    QVERIFY(domains.remove(u"example.org"_s).error().message.contains(u"1 alias(es)"_s));
    QVERIFY(AliasRepository(t.db()).remove(u"@example.org"_s).ok());
    QCOMPARE(domains.remove(u"Example.org"_s).value(), u"example.org"_s);
    QVERIFY(domains.list().value().isEmpty());
}

void TestDomainRepository::removeUnknownIsNotFound()
{
    TestDatabase t;
    QCOMPARE(DomainRepository(t.db()).remove(u"nowhere.example"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(DomainRepository(t.db()).remove(u"bad name"_s).error().code, ErrorCode::NotFound);
}
