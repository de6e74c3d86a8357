// dbus.dkim: Domains.DkimRecords through doorstepctl (`dkim record`, plain and --json) and
// directly: the records of a local domain and of the masquerading domain, the Ed25519 key
// beside the RSA one, a new selector with new keys while the old ones stay on disk, the key
// files and their modes, and the refusals.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "tests/support/filemode.h"
#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kDomains = kInterfacePrefix + u"Domains"_s;

struct Record
{
    QString name;
    QString txt;
};

QList<Record> records(const EngineFixture &engine, const QString &domain, QString *error)
{
    const CtlRun run = ctl(engine, {u"--json"_s, u"dkim"_s, u"record"_s, domain});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return {};
    }
    QList<Record> list;
    for (const QJsonValue &value : parseJson(run.out, error).toArray())
        list.append({value[u"name"_s].toString(), value[u"txt"_s].toString()});
    return list;
}

/** The p= of a record, decoded. */
QByteArray publicKeyOf(const QString &txt)
{
    return QByteArray::fromBase64(txt.section(u"p="_s, 1).toLatin1());
}

} // namespace

void TestDkim::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"example.org"_s}), 0);
}

void TestDkim::cleanupTestCase()
{
    m_engine.reset();
}

void TestDkim::keysMadeWhenDomainAdded()
{
    // initTestCase added example.org: its key is made without anyone asking for the record.
    const QString path = m_engine->dataDirectory() + u"/dkim/doorstep._domainkey.example.org.rsa.pem"_s;
    QVERIFY2(waitUntil([&] { return QFile::exists(path); }), qPrintable(u"no %1 after `domain add example.org`"_s.arg(path)));
}

void TestDkim::rsaRecord()
{
    QString error;
    const QList<Record> list = records(*m_engine, u"Example.ORG."_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.size(), 1);
    EXPECT_EQ(list[0].name, u"doorstep._domainkey.example.org"_s, u"record name"_s);
    QVERIFY2(list[0].txt.startsWith(u"v=DKIM1; k=rsa; p=MII"_s), qPrintable(list[0].txt));
    // A DER SubjectPublicKeyInfo of RSA 2048 is 294 bytes.
    EXPECT_EQ(publicKeyOf(list[0].txt).size(), 294, u"RSA public key bytes"_s);

    // An internationalized domain in Unicode names the same domain as its ASCII form.
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"bücher.example"_s}), 0);
    const QList<Record> idn = records(*m_engine, u"Bücher.example"_s, &error);
    QVERIFY2(error.isEmpty() && idn.size() == 1, qPrintable(error));
    EXPECT_EQ(idn[0].name, u"doorstep._domainkey.xn--bcher-kva.example"_s, u"record name of an IDN"_s);

    // The key stays: the same record a second time, from the same file.
    const QList<Record> again = records(*m_engine, u"example.org"_s, &error);
    QVERIFY2(error.isEmpty() && again.size() == 1, qPrintable(error));
    EXPECT_EQ(again[0].txt, list[0].txt, u"record asked for again"_s);
    const QString dkimDirectory = m_engine->dataDirectory() + u"/dkim"_s;
    EXPECT_EQ(fileMode(dkimDirectory), mode_t(0700), u"mode of DATA/dkim"_s);
    EXPECT_EQ(fileMode(dkimDirectory + u"/doorstep._domainkey.example.org.rsa.pem"_s), mode_t(0600), u"mode of the key file"_s);

    // The plain form: NAME TXT and the value in quoted strings of at most 255 bytes.
    const CtlRun plain = ctl(*m_engine, {u"dkim"_s, u"record"_s, u"example.org"_s});
    EXPECT_EXIT(plain, 0);
    const QStringList lines = plain.outLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(u"doorstep._domainkey.example.org TXT \""_s), qPrintable(lines[0]));
    QString joined;
    QStringList pieces = lines[0].section(u" TXT "_s, 1).split(u"\" \""_s);
    QVERIFY2(pieces.size() >= 2, qPrintable(lines[0]));
    for (QString piece : pieces) {
        piece.remove(u'"');
        QVERIFY2(piece.toUtf8().size() <= 255, qPrintable(piece));
        joined += piece;
    }
    EXPECT_EQ(joined, list[0].txt, u"the quoted strings joined"_s);
}

void TestDkim::ed25519AndSelector()
{
    QString error;
    const QList<Record> rsaOnly = records(*m_engine, u"example.org"_s, &error);
    QVERIFY2(error.isEmpty() && rsaOnly.size() == 1, qPrintable(error));

    QVERIFY(setSetting(m_engine->connection(), u"dkim.ed25519"_s, true).ok());
    const QList<Record> both = records(*m_engine, u"example.org"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(both.size(), 2);
    EXPECT_EQ(both[0].txt, rsaOnly[0].txt, u"the RSA record beside Ed25519"_s);
    EXPECT_EQ(both[1].name, u"doorstep._domainkey.example.org"_s, u"Ed25519 record name"_s);
    QVERIFY2(both[1].txt.startsWith(u"v=DKIM1; k=ed25519; p="_s), qPrintable(both[1].txt));
    EXPECT_EQ(publicKeyOf(both[1].txt).size(), 32, u"Ed25519 public key bytes (RFC 8463)"_s);

    // A new selector gets new keys; the old files stay for whoever still publishes them.
    QVERIFY(setSetting(m_engine->connection(), u"dkim.selector"_s, u"s2026"_s).ok());
    const QList<Record> renewed = records(*m_engine, u"example.org"_s, &error);
    QVERIFY2(error.isEmpty() && renewed.size() == 2, qPrintable(error));
    EXPECT_EQ(renewed[0].name, u"s2026._domainkey.example.org"_s, u"record name of the new selector"_s);
    QVERIFY2(renewed[0].txt != both[0].txt && renewed[1].txt != both[1].txt, "new selector, new keys");
    const QStringList files = QDir(m_engine->dataDirectory() + u"/dkim"_s).entryList(QDir::Files);
    for (const QString &want : {u"doorstep._domainkey.example.org.rsa.pem"_s, u"doorstep._domainkey.example.org.ed25519.pem"_s,
                                u"s2026._domainkey.example.org.rsa.pem"_s, u"s2026._domainkey.example.org.ed25519.pem"_s})
        QVERIFY2(files.contains(want), qPrintable(gotWant(files, want)));

    QVERIFY(setSetting(m_engine->connection(), u"dkim.selector"_s, u"doorstep"_s).ok());
    QVERIFY(setSetting(m_engine->connection(), u"dkim.ed25519"_s, false).ok());
}

void TestDkim::masqueradeDomain()
{
    QString error;
    // Not ours until masquerading makes From: that domain.
    EXPECT_EXIT(ctl(*m_engine, {u"dkim"_s, u"record"_s, u"datix.example"_s}), 1);
    QVERIFY(setSetting(m_engine->connection(), u"identity.masquerade_as"_s, u"datix.example"_s).ok());
    const QList<Record> list = records(*m_engine, u"datix.example"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.size(), 1);
    EXPECT_EQ(list[0].name, u"doorstep._domainkey.datix.example"_s, u"record name"_s);
    QVERIFY(setSetting(m_engine->connection(), u"identity.masquerade_as"_s, QString()).ok());
}

void TestDkim::refused_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");
    QTest::newRow("not local") << u"unknown.example"_s << u"NotFound"_s << QStringList{u"'unknown.example'"_s, u"not a local domain"_s};
    QTest::newRow("not a domain") << u"not a domain"_s << u"NotFound"_s << QStringList{u"'not a domain'"_s, u"not a local domain"_s};
    QTest::newRow("empty") << QString() << u"NotFound"_s << QStringList{u"not a local domain"_s};
}

void TestDkim::refused()
{
    QFETCH(QString, domain);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);
    const CtlRun run = ctl(*m_engine, {u"dkim"_s, u"record"_s, domain});
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = callEngine(m_engine->connection(), kDomains, u"DkimRecords"_s, {domain});
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of Domains.DkimRecords('%1')"_s.arg(domain));
}
