// unit.mailprograms.evolution: the three ESource files of a new account, read back with
// GLib's GKeyFile (what evolution-source-registry itself reads them with), the links between
// them, and the refusal of a second add.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <glib.h>

#include "tests/unit/mailprograms/mailprogramsfixture.h"
#include "tests/unit/mailprograms/tests.h"
#include "ui/mailprograms/evolution.h"
#include "ui/mailprograms/keyfile.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::MailProgramsFixture;
using Doorstep::Ui::MailPrograms::Evolution;

namespace {

/** One .source file as GKeyFile parses it. */
class GKeyFileReader final
{
public:
    explicit GKeyFileReader(const QString &path) : m_file(g_key_file_new())
    {
        GError *error = nullptr;
        m_loaded = g_key_file_load_from_file(m_file, QFile::encodeName(path).constData(), G_KEY_FILE_NONE, &error);
        if (error) {
            m_error = QString::fromUtf8(error->message);
            g_error_free(error);
        }
    }
    ~GKeyFileReader() { g_key_file_free(m_file); }
    Q_DISABLE_COPY_MOVE(GKeyFileReader)

    bool loaded() const { return m_loaded; }
    const QString &error() const { return m_error; }
    bool hasGroup(const char *group) const { return g_key_file_has_group(m_file, group); }
    QString string(const char *group, const char *key) const
    {
        gchar *value = g_key_file_get_string(m_file, group, key, nullptr);
        const QString out = value ? QString::fromUtf8(value) : u"<missing>"_s;
        g_free(value);
        return out;
    }
    bool boolean(const char *group, const char *key) const { return g_key_file_get_boolean(m_file, group, key, nullptr); }
    int integer(const char *group, const char *key) const { return g_key_file_get_integer(m_file, group, key, nullptr); }

private:
    GKeyFile *m_file;
    bool m_loaded = false;
    QString m_error;
};

/** The [Authentication] and [Security] groups of the account's IMAP or SMTP server. */
void verifyServer(const GKeyFileReader &source, int port, const QString &security)
{
    QCOMPARE(source.string("Authentication", "Host"), u"mail.example.net"_s);
    QCOMPARE(source.integer("Authentication", "Port"), port);
    QCOMPARE(source.string("Authentication", "User"), u"carol@example.net"_s);
    QCOMPARE(source.string("Authentication", "Method"), u"PLAIN"_s);
    QCOMPARE(source.string("Security", "Method"), security);
}

QString sources(const MailProgramsFixture &fixture)
{
    return QDir(fixture.home()).filePath(u".config/evolution/sources"_s);
}

} // namespace

void TestEvolution::writesSourcesGKeyFileReads()
{
    MailProgramsFixture fixture;
    Evolution evolution(fixture.environment());
    QCOMPARE(evolution.sourcesPath(), sources(fixture));
    const auto added = evolution.addNow(MailProgramsFixture::account());
    QVERIFY2(added.isOk(), qPrintable(added.error()));

    const QDir dir(sources(fixture));
    const QStringList files = dir.entryList({u"*.source"_s}, QDir::Files);
    QCOMPARE(files.size(), 3);

    QString accountUid;
    for (const QString &name : files) {
        GKeyFileReader file(dir.filePath(name));
        QVERIFY2(file.loaded(), qPrintable(name + u": "_s + file.error()));
        if (file.hasGroup("Mail Account"))
            accountUid = name.chopped(7);
    }
    QVERIFY(!accountUid.isEmpty());

    GKeyFileReader account(dir.filePath(accountUid + u".source"_s));
    QCOMPARE(account.string("Data Source", "DisplayName"), u"carol@example.net"_s);
    QVERIFY(account.boolean("Data Source", "Enabled"));
    QCOMPARE(account.string("Data Source", "Parent"), QString());
    QCOMPARE(account.string("Mail Account", "BackendName"), u"imapx"_s);
    verifyServer(account, 993, u"ssl-on-alternate-port"_s);
    if (QTest::currentTestFailed())
        return;

    const QString identityUid = account.string("Mail Account", "IdentityUid");
    GKeyFileReader identity(dir.filePath(identityUid + u".source"_s));
    QVERIFY2(identity.loaded(), qPrintable(identityUid));
    QCOMPARE(identity.string("Data Source", "Parent"), accountUid);
    QCOMPARE(identity.string("Mail Identity", "Address"), u"carol@example.net"_s);
    QCOMPARE(identity.string("Mail Identity", "Name"), u"Carol Example"_s);

    const QString transportUid = identity.string("Mail Submission", "TransportUid");
    GKeyFileReader transport(dir.filePath(transportUid + u".source"_s));
    QVERIFY2(transport.loaded(), qPrintable(transportUid));
    QCOMPARE(transport.string("Data Source", "Parent"), accountUid);
    QCOMPARE(transport.string("Mail Transport", "BackendName"), u"smtp"_s);
    verifyServer(transport, 587, u"starttls-on-standard-port"_s);
}

void TestEvolution::secondAddIsRefused()
{
    MailProgramsFixture fixture;
    Evolution evolution(fixture.environment());
    QVERIFY(evolution.addNow(MailProgramsFixture::account()).isOk());
    const auto again = evolution.addNow(MailProgramsFixture::account());
    QVERIFY(!again.isOk());
    QCOMPARE(again.error(), u"carol@example.net is already set up in Evolution."_s);
    QCOMPARE(QDir(sources(fixture)).entryList({u"*.source"_s}, QDir::Files).size(), 3);
}

void TestEvolution::escapesLikeGKeyFile()
{
    Doorstep::Ui::MailPrograms::KeyFile file;
    const QString tricky = u" leading space, back\\slash,\nnew line; and Zoë"_s;
    file.setValue(u"Mail Identity"_s, u"Name"_s, tricky);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.source"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file.toBytes());
    out.close();
    GKeyFileReader read(path);
    QVERIFY2(read.loaded(), qPrintable(read.error()));
    QCOMPARE(read.string("Mail Identity", "Name"), tricky);
    QCOMPARE(Doorstep::Ui::MailPrograms::KeyFile::parse(file.toBytes()).value(u"Mail Identity"_s, u"Name"_s), tricky);
}
