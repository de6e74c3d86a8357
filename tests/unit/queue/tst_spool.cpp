#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTest>

#include "engine/queue/queueid.h"
#include "tests/unit/queue/queuefixture.h"
#include "tests/unit/queue/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;
using Queue::Spool;
using Queue::SpoolFile;
using Store::QueuedMessage;
using Tests::SpoolFixture;

namespace {

constexpr int kTimeout = 10000;

mode_t modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

QueuedMessage envelope(const QString &sender, const QStringList &recipients)
{
    QueuedMessage m;
    m.sender = sender;
    m.receivedUsec = 1'700'000'000'000'000ULL;
    m.clientAddress = u"192.0.2.1"_s;
    m.helo = u"client.example"_s;
    m.listener = u"mta"_s;
    for (int i = 0; i < recipients.size(); ++i)
        m.recipients.append(SpoolFixture::recipient(i, recipients[i]));
    return m;
}

} // namespace

void TestSpool::createWriteCommit()
{
    SpoolFixture f;
    QVERIFY(f.openSpool());
    QCOMPARE(modeOf(f.queueDirectory()), mode_t(0700));
    auto created = f.spool->create();
    QVERIFY(created.ok());
    std::unique_ptr<SpoolFile> file = std::move(created).value();
    const QString id = file->id();
    QVERIFY2(Queue::isQueueId(id), qPrintable(id));
    QCOMPARE(file->path(), f.spool->path(id));
    QCOMPARE(QFileInfo(file->path()).absolutePath(), QFileInfo(f.queueDirectory()).absoluteFilePath());
    QVERIFY(QFile::exists(file->path()));
    QCOMPARE(modeOf(file->path()), mode_t(0600));
    QVERIFY(file->write("Subject: x\r\n").ok());
    QVERIFY(file->write("\r\nbody\r\n").ok());
    QCOMPARE(file->size(), quint64(20));
    QVERIFY2(!f.row(id), "got a queue row before the commit");

    QSignalSpy enqueued(f.spool.get(), &Spool::enqueued);
    bool called = false;
    bool rowAtCallback = false;
    QByteArray fileAtCallback;
    int enqueuedAtCallback = -1;
    QObject context;
    f.spool->commit(std::move(file), envelope(u"a@remote.example"_s, {u"b@example.org"_s, u"c@example.org"_s}), &context,
                    [&](Result<void> r) {
                        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
                        called = true;
                        const auto row = f.row(id);
                        rowAtCallback = row.has_value();
                        fileAtCallback = contentsOf(f.spool->path(id));
                        enqueuedAtCallback = int(enqueued.size());
                    });
    QVERIFY2(!called, "got the callback inside commit(), want it once the store has the row");
    QTRY_VERIFY_WITH_TIMEOUT(called, kTimeout);
    QVERIFY2(rowAtCallback, "got the callback before the queue row existed");
    QCOMPARE(fileAtCallback, QByteArray("Subject: x\r\n\r\nbody\r\n"));
    QCOMPARE(enqueuedAtCallback, 0);
    QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, kTimeout);
    QCOMPARE(enqueued.first().first().toString(), id);

    const auto row = f.row(id);
    QVERIFY(row);
    QCOMPARE(row->id, id);
    QCOMPARE(row->sender, u"a@remote.example"_s);
    QCOMPARE(row->size, quint64(20));
    QCOMPARE(row->recipients.size(), 2);
    QCOMPARE(row->recipients[1].address, u"c@example.org"_s);
    QVERIFY(row->recipients[1].state == Store::RecipientState::Queued);
    QCOMPARE(contentsOf(f.spool->path(id)), QByteArray("Subject: x\r\n\r\nbody\r\n"));
}

void TestSpool::concurrentCommitsAreGrouped()
{
    // 50 sessions commit at the same moment. Each batch's callbacks run in one go on the event
    // loop; a marker posted by a batch's first callback runs before the next batch's answer can
    // arrive, so counting markers counts batches.
    SpoolFixture f;
    QVERIFY(f.openSpool());
    constexpr int kMessages = 50;
    std::vector<std::unique_ptr<SpoolFile>> files;
    QStringList ids;
    for (int i = 0; i < kMessages; ++i) {
        auto file = f.spool->create();
        QVERIFY(file.ok());
        QVERIFY(file.value()->write("Subject: " + QByteArray::number(i) + "\r\n\r\nbody\r\n").ok());
        ids << file.value()->id();
        files.push_back(std::move(file).value());
    }
    QObject context;
    QStringList order;
    int batches = 0;
    bool markerPending = false;
    for (int i = 0; i < kMessages; ++i) {
        const QString id = ids[i];
        f.spool->commit(std::move(files[size_t(i)]), envelope(u"a@remote.example"_s, {u"b@example.org"_s}), &context, [&, id](Result<void> r) {
            QVERIFY(r.ok());
            order << id;
            if (!markerPending) {
                markerPending = true;
                ++batches;
                QMetaObject::invokeMethod(&context, [&] { markerPending = false; }, Qt::QueuedConnection);
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), kMessages, kTimeout);
    QStringList answered = order; // files sync side by side: answers come in any order
    answered.sort();
    QStringList committed = ids;
    committed.sort();
    QCOMPARE(answered, committed);
    QVERIFY2(batches < kMessages / 5, qPrintable(u"got %1 store batches for %2 simultaneous commits, want them grouped"_s.arg(batches).arg(kMessages)));
    qInfo("%d simultaneous commits took %d batches", kMessages, batches);
    QStringList rows = f.rowIds();
    rows.sort();
    ids.sort();
    QCOMPARE(rows, ids);
}

void TestSpool::uncommittedFileIsRemoved()
{
    SpoolFixture f;
    QVERIFY(f.openSpool());
    auto file = f.spool->create();
    QVERIFY(file.ok());
    const QString path = file.value()->path();
    QVERIFY(file.value()->write("half a message").ok());
    QVERIFY(QFile::exists(path));
    file.value().reset(); // the session ended before the end of data
    QVERIFY2(!QFile::exists(path), "got the file of an unacknowledged message left behind");
    QVERIFY(QDir(f.queueDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(f.rowIds().isEmpty());
}

void TestSpool::commitWithContextGoneStillQueues()
{
    // The session went away while its message was being made durable: the message is queued
    // (it will be delivered; the client retries and it may arrive twice, never not at all).
    SpoolFixture f;
    QVERIFY(f.openSpool());
    auto file = f.spool->create();
    QVERIFY(file.ok());
    QVERIFY(file.value()->write("Subject: x\r\n\r\nbody\r\n").ok());
    const QString id = file.value()->id();
    QSignalSpy enqueued(f.spool.get(), &Spool::enqueued);
    bool called = false;
    {
        QObject context;
        f.spool->commit(std::move(file).value(), envelope(QString(), {u"b@example.org"_s}), &context, [&](Result<void>) { called = true; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(enqueued.size(), 1, kTimeout);
    QVERIFY2(!called, "got the callback of a destroyed context");
    QVERIFY(f.row(id));
    QVERIFY(QFile::exists(f.spool->path(id)));
}

void TestSpool::failedWriteIsNotQueued()
{
    SpoolFixture f;
    QVERIFY(f.openSpool());
    auto created = f.spool->create();
    QVERIFY(created.ok());
    std::unique_ptr<SpoolFile> file = std::move(created).value();
    const QString path = file->path();
    // A full disk, simulated: files may not grow past 16 bytes while this write runs.
    struct rlimit old {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = 16;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    const auto written = file->write(QByteArray(100, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY2(!written.ok(), "got a write past the file size limit reported as done");
    QVERIFY2(!file->write("more").ok(), "got a write after a failed one accepted, want the file spoiled");

    std::optional<Result<void>> committed;
    QObject context;
    f.spool->commit(std::move(file), envelope(u"a@remote.example"_s, {u"b@example.org"_s}), &context,
                    [&](Result<void> r) { committed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(committed.has_value(), kTimeout);
    QVERIFY2(!committed->ok(), "got a spoiled message committed");
    QVERIFY2(f.rowIds().isEmpty(), qPrintable(u"got rows %1, want none"_s.arg(f.rowIds().join(u", "_s))));
    QVERIFY2(!QFile::exists(path), "got the spoiled file left in the spool");
}

void TestSpool::openRemovesOrphansAndReportsMissingFiles()
{
    SpoolFixture f;
    QVERIFY(f.openSpool());
    const QString kept = f.enqueue(envelope(u"a@remote.example"_s, {u"b@example.org"_s}));
    const QString lost = f.enqueue(envelope(u"a@remote.example"_s, {u"c@example.org"_s}));
    QVERIFY(!kept.isEmpty() && !lost.isEmpty());
    f.spool.reset();
    QVERIFY(QFile::remove(QDir(f.queueDirectory()).filePath(lost)));
    // A crash in the middle of DATA leaves files no row names.
    const QString orphan = Queue::newQueueId(1'700'000'000'000'000ULL);
    for (const QString &name : {orphan, u".partial"_s}) {
        QFile file(QDir(f.queueDirectory()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("unacknowledged");
    }

    QVERIFY(f.openSpool());
    QCOMPARE(f.recovery.orphansRemoved, 2);
    QCOMPARE(f.recovery.missingFiles, QStringList{lost});
    QVERIFY(!QFile::exists(QDir(f.queueDirectory()).filePath(orphan)));
    QVERIFY(QFile::exists(f.spool->path(kept)));
    QVERIFY2(f.row(lost), "got the row of the missing file dropped, want it kept and reported");
    QCOMPARE(QDir(f.queueDirectory()).entryList(QDir::Files | QDir::Hidden), QStringList{kept});
}

void TestSpool::freeBytesPlausible()
{
    SpoolFixture f;
    QVERIFY(f.openSpool());
    QStorageInfo storage(f.queueDirectory());
    const quint64 want = quint64(storage.bytesAvailable());
    const quint64 got = f.spool->freeBytes();
    const quint64 slack = want / 100 + 64 * 1024 * 1024; // other programs write meanwhile
    QVERIFY2(got + slack >= want && got <= want + slack, qPrintable(u"got %1 free bytes, want about %2"_s.arg(got).arg(want)));
    QVERIFY(got > 0);
}

void TestSpool::destroyedWithACommitInFlight()
{
    // Invariant (spool.h): a queue row exists exactly for messages whose file is on disk. At
    // shutdown the spool may go while a batch is on the store thread.
    SpoolFixture f;
    QVERIFY(f.openSpool());
    auto file = f.spool->create();
    QVERIFY(file.ok());
    QVERIFY(file.value()->write("Subject: x\r\n\r\nbody\r\n").ok());
    const QString id = file.value()->id();
    const QString path = file.value()->path();
    QObject context;
    f.spool->commit(std::move(file).value(), envelope(u"a@remote.example"_s, {u"b@example.org"_s}), &context, [](Result<void>) {});
    // The batch runs on the store thread; when this returns it has committed, and its answer
    // waits in the event queue.
    const auto drained = f.store->runSync([](Store::Database &) { return Result<bool>(true); });
    QVERIFY(drained.ok());
    f.spool.reset();
    f.settle();
    const bool row = f.row(id).has_value();
    const bool onDisk = QFile::exists(path);
    QVERIFY2(row == onDisk, qPrintable(u"got a queue row: %1, its file on disk: %2; want both or neither"_s.arg(row).arg(onDisk)));
}

void TestSpool::filterResultsKept()
{
    // What the content filters decided travels with the queue row to delivery.
    SpoolFixture f;
    QVERIFY(f.openSpool());
    auto created = f.spool->create();
    QVERIFY(created.ok());
    std::unique_ptr<SpoolFile> file = std::move(created).value();
    const QString id = file->id();
    QVERIFY(file->write("Subject: x\r\n\r\nbody\r\n").ok());
    Store::QueuedMessage message = envelope(u"a@remote.example"_s, {u"b@example.org"_s});
    message.addedHeaders = "X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=1000.0 required=5.0\r\n\ttests=GTUBE\r\n";
    message.subjectTag = u"[SPAM] ✉"_s;
    message.spam = true;
    bool called = false;
    QObject context;
    f.spool->commit(std::move(file), message, &context, [&](Result<void> r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, kTimeout);
    const auto row = f.row(id);
    QVERIFY(row);
    QCOMPARE(row->addedHeaders, message.addedHeaders);
    QCOMPARE(row->subjectTag, message.subjectTag);
    QVERIFY(row->spam);
}
