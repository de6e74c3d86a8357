#include <QDir>
#include <QFile>
#include <QTest>

#include "engine/queue/quarantine.h"
#include "tests/unit/queue/queuefixture.h"
#include "tests/unit/queue/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Core::Result;
using Queue::Quarantine;
using Queue::QuarantinedMessage;
using Store::QueuedMessage;
using Tests::SpoolFixture;

namespace {

constexpr int kTimeout = 10000;
const QByteArray kContent = "Subject: kept\r\n\r\nan infected attachment would be here\r\n";

QueuedMessage envelope()
{
    QueuedMessage m;
    m.sender = u"someone@sender.test"_s;
    m.receivedUsec = 1'700'000'000'000'000ULL;
    m.clientAddress = u"192.0.2.1"_s;
    m.helo = u"client.example"_s;
    m.listener = u"mta"_s;
    m.recipients.append(SpoolFixture::recipient(0, u"alice@example.test"_s));
    Store::QueuedRecipient alias = SpoolFixture::recipient(1, u"bob@example.test"_s);
    alias.original = u"postmaster@example.test"_s;
    m.recipients.append(alias);
    return m;
}

/** Waits (bounded) for a callback's value. */
template <typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> got;
    start([&got](T value) { got.emplace(std::move(value)); });
    (void)QTest::qWaitFor([&got] { return got.has_value(); }, kTimeout); // the caller checks got
    return got;
}

struct QuarantineFixture
{
    SpoolFixture spool;
    std::unique_ptr<Quarantine> quarantine;
    QObject context;

    bool open()
    {
        if (!spool.spool && !spool.openSpool())
            return false;
        quarantine.reset();
        auto opened = Quarantine::open(spool.dir.path(), *spool.spool, Core::Clock::system());
        if (!opened)
            return false;
        quarantine = std::move(opened).value();
        return true;
    }

    /** A spool file with kContent kept in the quarantine; its id, "" on failure. */
    QString keep()
    {
        auto file = spool.spool->create();
        if (!file || !file.value()->write(kContent))
            return {};
        const QString id = file.value()->id();
        const auto kept = await<Result<void>>([&](auto done) {
            quarantine->keep(std::move(file).value(), envelope(), u"virus Doorstep.Test.Virus.UNOFFICIAL"_s, &context, done);
        });
        return kept && kept->ok() ? id : QString();
    }

    QList<QuarantinedMessage> list()
    {
        const auto listed = await<Result<QList<QuarantinedMessage>>>([&](auto done) { quarantine->list(&context, done); });
        return listed && listed->ok() ? listed->value() : QList<QuarantinedMessage>{};
    }
};

} // namespace

void TestQuarantine::keepMovesOutOfTheSpool()
{
    QuarantineFixture f;
    QVERIFY(f.open());
    const QString id = f.keep();
    QVERIFY2(!id.isEmpty(), "keep: got a failure, want the message kept");
    const QDir dir(f.quarantine->directory());
    QVERIFY2(dir.exists(id), "quarantine file: got none, want DATA/quarantine/<id>");
    QVERIFY2(dir.exists(id + u".json"_s), "envelope file: got none, want <id>.json");
    QVERIFY2(!QFile::exists(f.spool.spool->path(id)), "spool file after keep: got it, want it moved away");
    QVERIFY2(f.spool.rowIds().isEmpty(), qPrintable(u"queue rows: got %1, want none (never queued)"_s.arg(f.spool.rowIds().join(u','))));
    QFile file(dir.filePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kContent);

    const QList<QuarantinedMessage> listed = f.list();
    QCOMPARE(listed.size(), qsizetype(1));
    const QuarantinedMessage &m = listed.first();
    QCOMPARE(m.id, id);
    QCOMPARE(m.reason, u"virus Doorstep.Test.Virus.UNOFFICIAL"_s);
    QCOMPARE(m.envelope.sender, u"someone@sender.test"_s);
    QCOMPARE(m.envelope.size, quint64(kContent.size()));
    QCOMPARE(m.envelope.recipients.size(), qsizetype(2));
    QCOMPARE(m.envelope.recipients[1].original, u"postmaster@example.test"_s);
    QCOMPARE(m.envelope.recipients[1].address, u"bob@example.test"_s);
    QVERIFY(m.quarantinedUsec > 0);
}

void TestQuarantine::releaseQueuesForTheRecipients()
{
    QuarantineFixture f;
    QVERIFY(f.open());
    const QString id = f.keep();
    QVERIFY(!id.isEmpty());
    const auto released = await<Result<QString>>([&](auto done) { f.quarantine->release(id, &f.context, done); });
    QVERIFY2(released, "release: got no answer");
    QVERIFY2(released->ok(), qPrintable(released->ok() ? QString() : released->error().message));
    const QString queued = released->value();
    QVERIFY2(queued != id, "release: want a new queue id");
    const auto row = f.spool.row(queued);
    QVERIFY2(row, "queue row of the released message: got none");
    QCOMPARE(row->sender, u"someone@sender.test"_s);
    QCOMPARE(row->recipients.size(), qsizetype(2));
    QCOMPARE(row->recipients[1].address, u"bob@example.test"_s);
    QCOMPARE(row->recipients[1].state, Store::RecipientState::Queued);
    QFile file(f.spool.spool->path(queued));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kContent);
    QVERIFY2(f.list().isEmpty(), "quarantine after release: want it empty");
    QVERIFY2(QDir(f.quarantine->directory()).entryList(QDir::Files).isEmpty(), "quarantine directory after release: want no files");

    const auto again = await<Result<QString>>([&](auto done) { f.quarantine->release(id, &f.context, done); });
    QVERIFY(again);
    QVERIFY2(!again->ok() && again->error().code == Core::ErrorCode::NotFound, "second release: want NotFound");
}

void TestQuarantine::removeDeletes()
{
    QuarantineFixture f;
    QVERIFY(f.open());
    const QString id = f.keep();
    QVERIFY(!id.isEmpty());
    const auto removed = await<Result<void>>([&](auto done) { f.quarantine->remove(id, &f.context, done); });
    QVERIFY2(removed && removed->ok(), "remove: want success");
    QVERIFY2(f.list().isEmpty(), "quarantine after remove: want it empty");
    QVERIFY2(QDir(f.quarantine->directory()).entryList(QDir::Files).isEmpty(), "files after remove: want none");
    QVERIFY2(f.spool.rowIds().isEmpty(), "remove must not queue anything");
    for (const QString &bad : {id, u"../doorstep.db"_s, u"0000000000000000"_s}) {
        const auto missing = await<Result<void>>([&](auto done) { f.quarantine->remove(bad, &f.context, done); });
        QVERIFY(missing);
        QVERIFY2(!missing->ok() && missing->error().code == Core::ErrorCode::NotFound, qPrintable(u"remove %1: want NotFound"_s.arg(bad)));
    }
    QVERIFY2(QFile::exists(f.spool.dir.filePath(u"doorstep.db"_s)), "the store survived a path as id");
}

void TestQuarantine::openRemovesUnacknowledged()
{
    QuarantineFixture f;
    QVERIFY(f.open());
    const QString kept = f.keep();
    QVERIFY(!kept.isEmpty());
    // A crash between moving the message and writing its envelope: never acknowledged.
    const QDir dir(f.quarantine->directory());
    QFile orphan(dir.filePath(u"0123456789ABCDEF"_s));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.close();
    QFile temporary(dir.filePath(u"FEDCBA9876543210.json.tmp"_s));
    QVERIFY(temporary.open(QIODevice::WriteOnly));
    temporary.close();
    QVERIFY(f.open());
    QCOMPARE(dir.entryList(QDir::Files), (QStringList{kept, kept + u".json"_s}));
    QCOMPARE(f.list().size(), qsizetype(1));
}
