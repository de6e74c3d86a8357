#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "engine/delivery/local/maildirwriter.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::MaildirWriter;

namespace {

const QByteArray kPrefix("Return-Path: <a@remote.example>\nDelivered-To: alice@example.org\n");
const QString kHost = u"mx.example.org"_s;
constexpr qsizetype kBlock = 65536; // MaildirWriter's read size

mode_t modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

QString shown(const QByteArray &bytes)
{
    QByteArray text = bytes.size() > 200 ? bytes.left(80) + "..." + bytes.right(80) : bytes;
    return QString::fromLatin1(text.replace('\r', "\\r").replace('\n', "\\n"));
}

/** Sets a file size limit while alive (writes past it fail with EFBIG instead of SIGXFSZ). */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_old {};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

void TestMaildirWriter::createsTheMaildir()
{
    QTemporaryDir data;
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    QVERIFY(MaildirWriter::ensureMaildir(maildir).ok());
    QCOMPARE(modeOf(maildir), mode_t(0700));
    for (const QString &sub : {u"tmp"_s, u"new"_s, u"cur"_s}) {
        const QString path = QDir(maildir).filePath(sub);
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(u"got no %1/"_s.arg(sub)));
        QVERIFY2(modeOf(path) == 0700, qPrintable(u"got %1/ with mode %2, want 0700"_s.arg(sub).arg(modeOf(path), 0, 8)));
    }
    QVERIFY(writeFile(QDir(maildir).filePath(u"new/kept"_s), "x"));
    QVERIFY2(MaildirWriter::ensureMaildir(maildir).ok(), "got an error for an existing Maildir");
    QVERIFY(QFile::exists(QDir(maildir).filePath(u"new/kept"_s)));
}

void TestMaildirWriter::deliver_data()
{
    QTest::addColumn<QByteArray>("spool");
    QTest::addColumn<QByteArray>("want"); // after the prefix

    const QByteArray block(kBlock - 1, 'x');
    QTest::newRow("CRLF becomes LF") << QByteArray("Subject: x\r\n\r\nbody\r\n") << QByteArray("Subject: x\n\nbody\n");
    QTest::newRow("a lone CR is kept") << QByteArray("a\rb\r\n") << QByteArray("a\rb\n");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\n") << QByteArray("a\r\n");
    QTest::newRow("a lone LF is kept") << QByteArray("a\nb\r\n") << QByteArray("a\nb\n");
    QTest::newRow("empty message") << QByteArray() << QByteArray();
    QTest::newRow("CRLF split across the 64 KiB read boundary") << QByteArray(block + "\r\nend\r\n") << QByteArray(block + "\nend\n");
    QTest::newRow("CR at the boundary before another byte") << QByteArray(block + "\rz\r\n") << QByteArray(block + "\rz\n");
    QTest::newRow("CR CR LF across the boundary") << QByteArray(block.chopped(1) + "\r\r\n") << QByteArray(block.chopped(1) + "\r\n");
    QTest::newRow("LF as the first byte of a block") << QByteArray(QByteArray(kBlock, 'y') + "\nz\r\n") << QByteArray(QByteArray(kBlock, 'y') + "\nz\n");
    {
        QByteArray in;
        QByteArray out;
        for (int i = 0; i < 300; ++i) {
            const QByteArray line = QByteArray::number(i) + ' ' + QByteArray(997, char('a' + i % 26));
            in += line + "\r\n";
            out += line + '\n';
        }
        QTest::newRow("several blocks") << in << out;
    }
    QTest::newRow("a lone CR at the very end") << QByteArray("a\r\nb\r") << QByteArray("a\nb\r");
}

void TestMaildirWriter::deliver()
{
    QFETCH(QByteArray, spool);
    QFETCH(QByteArray, want);
    QTemporaryDir data;
    const QString spoolPath = data.filePath(u"queued"_s);
    QVERIFY(writeFile(spoolPath, spool));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);

    const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
    QVERIFY2(delivered.ok(), qPrintable(delivered.ok() ? QString() : delivered.error().message));
    const QString path = delivered.value();
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(QDir(maildir).filePath(u"new"_s)).absoluteFilePath());
    static const QRegularExpression name(u"^(\\d+)\\.M(\\d+)P(\\d+)Q(\\d+)\\.mx\\.example\\.org,S=(\\d+)$"_s);
    const auto match = name.match(QFileInfo(path).fileName());
    QVERIFY2(match.hasMatch(), qPrintable(u"got the name '%1', want time.MusecPpidQn.host,S=size"_s.arg(QFileInfo(path).fileName())));
    const QByteArray got = contentsOf(path);
    const QByteArray wantAll = kPrefix + want;
    QVERIFY2(got == wantAll, qPrintable(u"got '%1', want '%2'"_s.arg(shown(got), shown(wantAll))));
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(match.captured(5).toLongLong() == size,
             qPrintable(u"got ,S=%1 in the name of a file of %2 bytes, want them equal"_s.arg(match.captured(5)).arg(size)));
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY2(entries(QDir(maildir).filePath(u"tmp"_s)).isEmpty(), "got files left in tmp/");
    QCOMPARE(contentsOf(spoolPath), spool); // the queue's copy is untouched
}

void TestMaildirWriter::uniqueNames()
{
    QTemporaryDir data;
    const QString spoolPath = data.filePath(u"queued"_s);
    QVERIFY(writeFile(spoolPath, "Subject: x\r\n\r\nbody\r\n"));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    QStringList names;
    for (int i = 0; i < 100; ++i) {
        const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
        QVERIFY(delivered.ok());
        names << delivered.value();
    }
    // Four delivery threads at once, as LocalDeliverer runs them.
    QMutex mutex;
    QStringList failures;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int t = 0; t < 4; ++t) {
        pool.start([&] {
            for (int i = 0; i < 50; ++i) {
                const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
                QMutexLocker lock(&mutex);
                if (delivered)
                    names << delivered.value();
                else
                    failures << delivered.error().message;
            }
        });
    }
    pool.waitForDone();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    const QSet<QString> unique(names.cbegin(), names.cend());
    QVERIFY2(unique.size() == names.size(), qPrintable(u"got %1 distinct names for %2 messages"_s.arg(unique.size()).arg(names.size())));
    QCOMPARE(entries(QDir(maildir).filePath(u"new"_s)).size(), 300);
    QVERIFY(entries(QDir(maildir).filePath(u"tmp"_s)).isEmpty());
}

void TestMaildirWriter::hostNameEscaped()
{
    // The Maildir spec: '/' and ':' in the host part become \057 and \072.
    QTemporaryDir data;
    const QString spoolPath = data.filePath(u"queued"_s);
    QVERIFY(writeFile(spoolPath, "x\r\n"));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, u"odd/host:name"_s);
    QVERIFY2(delivered.ok(), qPrintable(delivered.ok() ? QString() : delivered.error().message));
    const QString name = QFileInfo(delivered.value()).fileName();
    QVERIFY2(name.contains(u".odd\\057host\\072name,S="_s), qPrintable(name));
    QCOMPARE(QFileInfo(delivered.value()).absolutePath(), QFileInfo(QDir(maildir).filePath(u"new"_s)).absoluteFilePath());
}

void TestMaildirWriter::maildirUnderARegularFile()
{
    QTemporaryDir data;
    const QString spoolPath = data.filePath(u"queued"_s);
    QVERIFY(writeFile(spoolPath, "x\r\n"));
    const QString blocker = data.filePath(u"mail"_s);
    QVERIFY(writeFile(blocker, "not a directory"));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
    QVERIFY2(!delivered.ok(), "got a delivery below a regular file");
    QVERIFY2(delivered.error().message.contains(maildir), qPrintable(delivered.error().message));
    QVERIFY(QFileInfo(blocker).isFile());
    QCOMPARE(contentsOf(blocker), QByteArray("not a directory"));
}

void TestMaildirWriter::writeFailureLeavesNothing()
{
    // A full disk while copying: the half-written file goes, nothing reaches new/.
    QTemporaryDir data;
    const QString spoolPath = data.filePath(u"queued"_s);
    QByteArray message;
    for (int i = 0; i < 2000; ++i)
        message += QByteArray(98, 'm') + "\r\n";
    QVERIFY(writeFile(spoolPath, message));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    QVERIFY(MaildirWriter::ensureMaildir(maildir).ok());
    Doorstep::Core::Result<QString> delivered = QString();
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.ok());
        delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
    }
    QVERIFY2(!delivered.ok(), "got a delivery reported done past the file size limit");
    QVERIFY2(delivered.error().message.contains(maildir), qPrintable(delivered.error().message));
    QVERIFY2(entries(QDir(maildir).filePath(u"tmp"_s)).isEmpty(),
             qPrintable(u"got %1 left in tmp/"_s.arg(entries(QDir(maildir).filePath(u"tmp"_s)).join(u", "_s))));
    QVERIFY(entries(QDir(maildir).filePath(u"new"_s)).isEmpty());
}

void TestMaildirWriter::renameFailureLeavesNothing()
{
    // new/ on another file system: the rename from tmp/ fails (EXDEV), as it would on a
    // read-only new/; works for root too, whom permissions do not stop.
    QTemporaryDir data;
    std::unique_ptr<QTemporaryDir> elsewhere;
    for (const QString &base : {u"/dev/shm"_s, u"/run"_s, u"/var/tmp"_s}) {
        struct stat here {}, there {};
        if (::stat(QFile::encodeName(data.path()).constData(), &here) != 0 || ::stat(QFile::encodeName(base).constData(), &there) != 0
            || here.st_dev == there.st_dev)
            continue;
        auto candidate = std::make_unique<QTemporaryDir>(base + u"/doorstep-test-XXXXXX"_s);
        if (candidate->isValid()) {
            elsewhere = std::move(candidate);
            break;
        }
    }
    if (!elsewhere)
        QSKIP("no writable directory on another file system");
    const QString spoolPath = data.filePath(u"queued"_s);
    QVERIFY(writeFile(spoolPath, "Subject: x\r\n\r\nbody\r\n"));
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    QVERIFY(QDir().mkpath(QDir(maildir).filePath(u"tmp"_s)));
    QVERIFY(QDir().mkpath(QDir(maildir).filePath(u"cur"_s)));
    QVERIFY(QFile::link(elsewhere->path(), QDir(maildir).filePath(u"new"_s)));
    const auto delivered = MaildirWriter::deliver(maildir, kPrefix, spoolPath, kHost);
    QVERIFY2(!delivered.ok(), "got a delivery across file systems reported done");
    QVERIFY2(delivered.error().message.contains(u"new/"_s), qPrintable(delivered.error().message));
    QVERIFY2(entries(QDir(maildir).filePath(u"tmp"_s)).isEmpty(), "got the copy left in tmp/");
    QVERIFY(entries(elsewhere->path()).isEmpty());
}

void TestMaildirWriter::missingSpoolFile()
{
    QTemporaryDir data;
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    const auto delivered = MaildirWriter::deliver(maildir, kPrefix, data.filePath(u"gone"_s), kHost);
    QVERIFY(!delivered.ok());
    QVERIFY2(delivered.error().message.contains(u"queued message"_s), qPrintable(delivered.error().message));
    QVERIFY(entries(QDir(maildir).filePath(u"tmp"_s)).isEmpty());
    QVERIFY(entries(QDir(maildir).filePath(u"new"_s)).isEmpty());
}

void TestMaildirWriter::spamFolderCreatedAndSubscribed()
{
    QTemporaryDir data;
    const QString maildir = data.filePath(u"mail/example.org/alice"_s);
    const auto made = MaildirWriter::ensureFolder(maildir, u"spamtrap"_s);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made.value(), maildir + u"/.spamtrap"_s);
    for (const QString &sub : {u"tmp"_s, u"new"_s, u"cur"_s}) {
        QVERIFY2(QFileInfo(maildir + u"/"_s + sub).isDir(), qPrintable(u"the inbox has no %1/"_s.arg(sub)));
        QVERIFY2(QFileInfo(made.value() + u"/"_s + sub).isDir(), qPrintable(u"the folder has no %1/"_s.arg(sub)));
    }
    QVERIFY(QFileInfo::exists(made.value() + u"/maildirfolder"_s));
    QFile subscriptions(maildir + u"/subscriptions"_s);
    QVERIFY(subscriptions.open(QIODevice::ReadOnly));
    QCOMPARE(subscriptions.readAll(), QByteArray("spamtrap\n"));
    subscriptions.close();

    // Another folder keeps what the user subscribed; an existing folder is left as it is.
    QVERIFY(QFile::remove(maildir + u"/subscriptions"_s));
    QFile written(maildir + u"/subscriptions"_s);
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write("Sent\nArchive");
    written.close();
    QVERIFY(MaildirWriter::ensureFolder(maildir, u"Junk"_s));
    QVERIFY(MaildirWriter::ensureFolder(maildir, u"spamtrap"_s));
    QVERIFY(subscriptions.open(QIODevice::ReadOnly));
    QCOMPARE(subscriptions.readAll(), QByteArray("Sent\nArchive\nJunk\n"));
    QVERIFY(!QFileInfo::exists(maildir + u"/subscriptions.doorstep-tmp"_s));
}
