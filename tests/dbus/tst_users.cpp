// dbus.users: user add/list/passwd/enable/disable/remove through doorstepctl (the password on
// stdin, never in argv), the refusals, and how the password is stored: a yescrypt hash in the
// store that libxcrypt and Dovecot's `doveadm pw` verify.

#include <crypt.h>
#include <cstring>
#include <memory>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStandardPaths>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kUsers = kInterfacePrefix + u"Users"_s;
const QString kAlicePassword = u"correct horse battery"_s;

struct ListedUser
{
    bool enabled = false;
    double mailboxBytes = -1;
};

// `doorstepctl --json user list` as address -> (enabled, mailbox bytes).
QMap<QString, ListedUser> userList(const EngineFixture &engine, QString *error)
{
    QMap<QString, ListedUser> users;
    const CtlRun run = ctl(engine, {u"--json"_s, u"user"_s, u"list"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return users;
    }
    for (const QJsonValue &v : parseJson(run.out, error).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.keys() != QStringList{u"address"_s, u"enabled"_s, u"mailbox_bytes"_s})
            *error = gotWant(o, u"{address, enabled, mailbox_bytes}"_s);
        users.insert(o.value(u"address"_s).toString(), {o.value(u"enabled"_s).toBool(), o.value(u"mailbox_bytes"_s).toDouble(-1)});
    }
    return users;
}

// libxcrypt's own check of a password against a stored hash.
bool cryptVerifies(const QString &password, const QString &hash)
{
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const QByteArray stored = hash.toLatin1();
    const char *computed = crypt_rn(password.toUtf8().constData(), stored.constData(), data.get(), sizeof(crypt_data));
    return computed && computed[0] != '*' && stored == computed;
}

} // namespace

void TestUsers::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"example.org"_s}), 0);
}

void TestUsers::cleanupTestCase()
{
    m_engine.reset();
}

QString TestUsers::passwordHash(const QString &address, QString *error) const
{
    QString hash;
    const QString local = address.section(u'@', 0, 0);
    const QString domain = address.section(u'@', 1);
    *error = withStoreDatabase(m_engine->dataDirectory(), false, [&](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        q.prepare(u"SELECT users.password_hash FROM users JOIN domains ON domains.id = users.domain_id "
                  "WHERE domains.name = ? AND users.local_part = ?"_s);
        q.addBindValue(domain);
        q.addBindValue(local);
        if (!q.exec())
            return q.lastError().text();
        if (!q.next())
            return u"no row for %1 in the users table"_s.arg(address);
        hash = q.value(0).toString();
        return {};
    });
    return hash;
}

void TestUsers::addAndList()
{
    const CtlRun run = ctl(*m_engine, {u"user"_s, u"add"_s, u"alice@example.org"_s}, kAlicePassword.toUtf8() + '\n');
    EXPECT_EXIT(run, 0);
    QVERIFY2(!run.out.contains(kAlicePassword) && !run.err.contains(kAlicePassword),
             qPrintable(u"user add echoed the password: "_s + run.mismatch(0)));
    QString error;
    const auto users = userList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(users.contains(u"alice@example.org"_s), qPrintable(gotWant(QStringList(users.keys()), u"alice@example.org"_s)));
    EXPECT_EQ(users.value(u"alice@example.org"_s).enabled, true, u"enabled"_s);
    EXPECT_EQ(users.value(u"alice@example.org"_s).mailboxBytes, 0.0, u"mailbox_bytes"_s);
}

void TestUsers::addNormalizesAddress()
{
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"Bob@Example.ORG"_s}, "bob-password\n"), 0);
    QString error;
    const auto users = userList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(users.contains(u"bob@example.org"_s) && !users.contains(u"Bob@Example.ORG"_s),
             qPrintable(gotWant(QStringList(users.keys()), u"bob@example.org in lower case"_s)));
    // Further calls may spell it either way.
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"disable"_s, u"BOB@example.org"_s}), 0);
    EXPECT_EQ(userList(*m_engine, &error).value(u"bob@example.org"_s).enabled, false, u"bob enabled after `user disable BOB@example.org`"_s);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"remove"_s, u"bob@EXAMPLE.org"_s}), 0);
    QVERIFY2(!userList(*m_engine, &error).contains(u"bob@example.org"_s), "bob@example.org: got still listed, want removed");
}

void TestUsers::listForPeople()
{
    const CtlRun run = ctl(*m_engine, {u"user"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outLines();
    QVERIFY2(!lines.isEmpty(), "user list: got nothing, want a header");
    EXPECT_EQ(lines.first().simplified(), u"ADDRESS ENABLED MAILBOX"_s, u"header"_s);
    const QStringList rows = lines.filter(u"alice@example.org"_s);
    QVERIFY2(rows.size() == 1 && rows.first().simplified().startsWith(u"alice@example.org yes"_s),
             qPrintable(gotWant(run.out, u"a row 'alice@example.org  yes  0 bytes'"_s)));
}

void TestUsers::passwordStoredAsYescrypt()
{
    QString error;
    const QString hash = passwordHash(u"alice@example.org"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(hash.startsWith(u"$y$"_s), qPrintable(u"password_hash: "_s + gotWant(hash, u"$y$... (yescrypt)"_s)));
    QVERIFY2(!hash.contains(kAlicePassword), "password_hash: got the password in it, want only a hash");
    QVERIFY2(cryptVerifies(kAlicePassword, hash), qPrintable(u"libxcrypt: got no match of the password with '%1', want one"_s.arg(hash)));
    QVERIFY2(!cryptVerifies(u"wrong password"_s, hash), "libxcrypt: got a match for a wrong password, want none");
}

void TestUsers::passwordVerifiesWithDoveadm()
{
    const QString doveadm = QStandardPaths::findExecutable(u"doveadm"_s);
    if (doveadm.isEmpty())
        QSKIP("doveadm is not installed (package dovecot-core): Dovecot's own check of the hash is skipped");
    QString error;
    const QString hash = passwordHash(u"alice@example.org"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const CtlRun right = runProcess(doveadm, {u"pw"_s, u"-t"_s, u"{CRYPT}"_s + hash, u"-p"_s, kAlicePassword}, env);
    EXPECT_EXIT(right, 0);
    EXPECT_CONTAINS(right.out + right.err, u"verified"_s, u"doveadm pw -t"_s);
    const CtlRun wrong = runProcess(doveadm, {u"pw"_s, u"-t"_s, u"{CRYPT}"_s + hash, u"-p"_s, u"wrong password"_s}, env);
    QVERIFY2(wrong.exitCode != 0, qPrintable(u"doveadm pw -t with a wrong password: got exit 0, want a failure"_s));
}

void TestUsers::passwd()
{
    QString error;
    const QString before = passwordHash(u"alice@example.org"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString newPassword = u"new password with ümlauts"_s;
    const CtlRun run = ctl(*m_engine, {u"user"_s, u"passwd"_s, u"alice@example.org"_s}, newPassword.toUtf8() + '\n');
    EXPECT_EXIT(run, 0);
    const QString after = passwordHash(u"alice@example.org"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(after != before && after.startsWith(u"$y$"_s), qPrintable(u"password_hash after passwd: "_s + gotWant(after, u"a new $y$ hash"_s)));
    QVERIFY2(cryptVerifies(newPassword, after), "libxcrypt: got no match for the new password, want one");
    QVERIFY2(!cryptVerifies(kAlicePassword, after), "libxcrypt: got a match for the old password, want none");
    // Put the old one back for the tests that follow.
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"passwd"_s, u"alice@example.org"_s}, kAlicePassword.toUtf8() + '\n'), 0);
}

void TestUsers::disableAndEnable()
{
    QString error;
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"disable"_s, u"alice@example.org"_s}), 0);
    EXPECT_EQ(userList(*m_engine, &error).value(u"alice@example.org"_s).enabled, false, u"enabled after disable"_s);
    const CtlRun table = ctl(*m_engine, {u"user"_s, u"list"_s});
    QVERIFY2(table.outLines().filter(u"alice@example.org"_s).value(0).simplified().startsWith(u"alice@example.org no"_s),
             qPrintable(gotWant(table.out, u"alice@example.org  no"_s)));
    // Idempotent: disabling again succeeds.
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"disable"_s, u"alice@example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"enable"_s, u"alice@example.org"_s}), 0);
    EXPECT_EQ(userList(*m_engine, &error).value(u"alice@example.org"_s).enabled, true, u"enabled after enable"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUsers::remove()
{
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"carol@example.org"_s}, "carol-password\n"), 0);
    QString error;
    QVERIFY2(userList(*m_engine, &error).contains(u"carol@example.org"_s), qPrintable(u"carol: got not listed, want listed "_s + error));
    const CtlRun run = ctl(*m_engine, {u"user"_s, u"remove"_s, u"carol@example.org"_s});
    EXPECT_EXIT(run, 0);
    const auto users = userList(*m_engine, &error);
    QVERIFY2(!users.contains(u"carol@example.org"_s), qPrintable(gotWant(QStringList(users.keys()), u"no carol@example.org"_s)));
    QVERIFY2(users.contains(u"alice@example.org"_s), qPrintable(gotWant(QStringList(users.keys()), u"alice@example.org still there"_s)));
}

void TestUsers::refused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("password"); // one line on stdin for add and passwd
    QTest::addColumn<int>("wantExit");
    QTest::addColumn<QString>("wantError"); // empty for a usage error
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("add: password of 7 characters") << u"add"_s << u"weak@example.org"_s << u"1234567"_s << 1 << u"InvalidArgument"_s
                                                   << QStringList{u"at least 8 characters"_s};
    // "8 to 1024 characters" (Users.xml): four emoji are four characters, though eight UTF-16 units.
    QTest::newRow("add: password of 4 characters outside the BMP") << u"add"_s << u"emoji@example.org"_s << u"😀😀😀😀"_s << 1
                                                                   << u"InvalidArgument"_s << QStringList{u"at least 8 characters"_s};
    QTest::newRow("add: password over 1024 characters") << u"add"_s << u"long@example.org"_s << QString(1025, u'x') << 1 << u"InvalidArgument"_s
                                                        << QStringList{u"at most 1024 characters"_s};
    QTest::newRow("add: domain not local") << u"add"_s << u"carol@nowhere.example"_s << u"good-password"_s << 1 << u"NotFound"_s
                                           << QStringList{u"'nowhere.example'"_s, u"not one of this server's domains"_s};
    QTest::newRow("add: no @") << u"add"_s << u"not-an-address"_s << u"good-password"_s << 1 << u"InvalidArgument"_s
                               << QStringList{u"'not-an-address'"_s, u"name@domain"_s};
    QTest::newRow("add: space in the local part") << u"add"_s << u"al ice@example.org"_s << u"good-password"_s << 1 << u"InvalidArgument"_s
                                                  << QStringList{u"'al ice@example.org'"_s};
    QTest::newRow("add: already a user") << u"add"_s << u"alice@example.org"_s << u"good-password"_s << 1 << u"AlreadyExists"_s
                                         << QStringList{u"'alice@example.org'"_s, u"already exists"_s};
    QTest::newRow("add: already a user, other case") << u"add"_s << u"ALICE@example.org"_s << u"good-password"_s << 1 << u"AlreadyExists"_s
                                                     << QStringList{u"'alice@example.org'"_s, u"already exists"_s};
    QTest::newRow("add: already an alias") << u"add"_s << u"postmaster@example.org"_s << u"good-password"_s << 1 << u"AlreadyExists"_s
                                           << QStringList{u"'postmaster@example.org'"_s, u"alias"_s};
    QTest::newRow("add: no password on stdin") << u"add"_s << u"dave@example.org"_s << QString() << 2 << QString()
                                               << QStringList{u"no password on standard input"_s};
    QTest::newRow("passwd: unknown user") << u"passwd"_s << u"nobody@example.org"_s << u"good-password"_s << 1 << u"NotFound"_s
                                          << QStringList{u"There is no user 'nobody@example.org'."_s};
    QTest::newRow("passwd: weak password") << u"passwd"_s << u"alice@example.org"_s << u"short"_s << 1 << u"InvalidArgument"_s
                                           << QStringList{u"at least 8 characters"_s};
    QTest::newRow("enable: unknown user") << u"enable"_s << u"nobody@example.org"_s << QString() << 1 << u"NotFound"_s
                                          << QStringList{u"There is no user 'nobody@example.org'."_s};
    QTest::newRow("disable: unknown user") << u"disable"_s << u"nobody@example.org"_s << QString() << 1 << u"NotFound"_s
                                           << QStringList{u"There is no user 'nobody@example.org'."_s};
    QTest::newRow("remove: unknown user") << u"remove"_s << u"nobody@example.org"_s << QString() << 1 << u"NotFound"_s
                                          << QStringList{u"There is no user 'nobody@example.org'."_s};
    QTest::newRow("remove: malformed address") << u"remove"_s << u"not-an-address"_s << QString() << 1 << u"NotFound"_s
                                               << QStringList{u"'not-an-address'"_s};
    QTest::newRow("remove: an alias delivers to the user") << u"remove"_s << u"alice@example.org"_s << QString() << 1 << u"Failed"_s
                                                           << QStringList{u"'alice@example.org'"_s, u"'postmaster@example.org'"_s};
}

void TestUsers::refused()
{
    QFETCH(QString, verb);
    QFETCH(QString, address);
    QFETCH(QString, password);
    QFETCH(int, wantExit);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    // postmaster@ delivers to alice: the rows about aliases need it.
    const CtlRun alias = ctl(*m_engine, {u"alias"_s, u"set"_s, u"postmaster@example.org"_s, u"alice@example.org"_s});
    EXPECT_EXIT(alias, 0);

    QString error;
    const auto before = userList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString hashBefore = passwordHash(u"alice@example.org"_s, &error);

    const bool withPassword = verb == u"add"_s || verb == u"passwd"_s;
    const CtlRun run = ctl(*m_engine, {u"user"_s, verb, address}, withPassword && !password.isEmpty() ? password.toUtf8() + '\n' : QByteArray());
    EXPECT_EXIT(run, wantExit);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    if (!password.isEmpty())
        QVERIFY2(!run.err.contains(password), "the refusal repeats the password: want it never shown");

    if (!wantError.isEmpty()) {
        DBusResult direct;
        QDBusConnection bus = m_engine->connection();
        if (verb == u"add"_s)
            direct = callEngine(bus, kUsers, u"Add"_s, {address, password});
        else if (verb == u"passwd"_s)
            direct = callEngine(bus, kUsers, u"SetPassword"_s, {address, password});
        else if (verb == u"enable"_s || verb == u"disable"_s)
            direct = callEngine(bus, kUsers, u"SetEnabled"_s, {address, verb == u"enable"_s});
        else
            direct = callEngine(bus, kUsers, u"Remove"_s, {address});
        EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of user %1 %2"_s.arg(verb, address));
    }

    const auto after = userList(*m_engine, &error);
    EXPECT_EQ(QStringList(after.keys()), QStringList(before.keys()), u"users after the refusal"_s);
    EXPECT_EQ(passwordHash(u"alice@example.org"_s, &error), hashBefore, u"alice's password hash after the refusal"_s);
}

void TestUsers::mailboxesOfTwoUsersNeverNest()
{
    // DESIGN.md: a user's mailbox is DATA/mail/<domain>/<localpart>/. '/' is allowed in a local
    // part (RFC 5322 atext) but is a path separator: the mailbox of 'owner/cur@example.org'
    // would be the cur/ directory of owner's Maildir. Refusing such a user is one fix, keeping
    // the mailboxes apart another; sharing a directory is neither.
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, u"owner@example.org"_s}, "owner-password\n"), 0);
    const CtlRun nested = ctl(*m_engine, {u"user"_s, u"add"_s, u"owner/cur@example.org"_s}, "nested-password\n");
    if (nested.exitCode == 1) {
        EXPECT_CONTAINS(nested.sentence(), u"'owner/cur@example.org'"_s, u"sentence"_s);
        return;
    }
    EXPECT_EXIT(nested, 0);

    // Accepted: then its mailbox must lie outside owner's. The removal event says where each one is.
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"remove"_s, u"owner/cur@example.org"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"remove"_s, u"owner@example.org"_s}), 0);
    QMap<QString, QString> mailboxes;
    static const QRegularExpression removed(u"^User '(.+)' removed; the mailbox stays in (.+)\\.$"_s);
    for (const QString &line : ctl(*m_engine, {u"--json"_s, u"events"_s}).outLines()) {
        const auto match = removed.match(parseJson(line).toObject().value(u"summary"_s).toString());
        if (match.hasMatch())
            mailboxes.insert(match.captured(1), match.captured(2));
    }
    const QString owner = mailboxes.value(u"owner@example.org"_s);
    const QString inner = mailboxes.value(u"owner/cur@example.org"_s);
    QVERIFY2(!owner.isEmpty() && !inner.isEmpty(), qPrintable(gotWant(mailboxes, u"both mailboxes named in the removal events"_s)));
    QVERIFY2(!(inner + u'/').startsWith(owner + u'/'),
             qPrintable(u"mailbox of owner/cur@example.org: got '%1', inside '%2' (owner@example.org's Maildir), want a directory of its own"_s
                            .arg(inner, owner)));
}
