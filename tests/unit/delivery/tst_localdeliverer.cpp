#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "engine/delivery/local/localdeliverer.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::LocalDeliverer;
using Doorstep::Queue::DeliveryOutcome;
using Doorstep::Store::QueuedMessage;
using Doorstep::Store::QueuedRecipient;

namespace {

constexpr int kTimeout = 10000;

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

QueuedMessage message(const QString &sender, const QStringList &recipients)
{
    QueuedMessage m;
    m.id = u"0123456789ABCDEF"_s;
    m.sender = sender;
    for (int i = 0; i < recipients.size(); ++i) {
        QueuedRecipient r;
        r.position = i + 10; // positions are the queue's, not list indexes
        r.original = recipients[i];
        r.address = recipients[i];
        r.local = true;
        m.recipients.append(r);
    }
    return m;
}

const char *kindName(DeliveryOutcome::Kind kind)
{
    switch (kind) {
    case DeliveryOutcome::Kind::Delivered:
        return "Delivered";
    case DeliveryOutcome::Kind::Deferred:
        return "Deferred";
    case DeliveryOutcome::Kind::Failed:
        return "Failed";
    }
    return "?";
}

/** A data directory with a queued message and a deliverer for the users in @p users. */
struct Fixture
{
    explicit Fixture(const QStringList &users)
        : existing(users.cbegin(), users.cend())
    {
        spoolPath = data.filePath(u"queued"_s);
        writeFile(spoolPath, "Subject: hello\r\n\r\nbody\r\n");
        deliverer = std::make_unique<LocalDeliverer>(
            data.path(), [this](const QString &address) { return existing.contains(address); }, [] { return u"mx.example.org"_s; });
    }

    /** Runs a delivery to completion; the outcomes by position. */
    std::optional<QList<DeliveryOutcome>> run(const QueuedMessage &m)
    {
        std::optional<QList<DeliveryOutcome>> outcomes;
        deliverer->deliver(m, spoolPath, m.recipients, [&](QList<DeliveryOutcome> o) {
            thread = QThread::currentThread();
            ++callbacks;
            outcomes = o;
        });
        calledInside = outcomes.has_value();
        if (!QTest::qWaitFor([&] { return outcomes.has_value(); }, kTimeout))
            return std::nullopt;
        return outcomes;
    }

    QString maildir(const QString &address) const
    {
        return data.filePath(u"mail/%1/%2"_s.arg(address.section(u'@', -1), address.section(u'@', 0, -2)));
    }

    QTemporaryDir data;
    QSet<QString> existing;
    QString spoolPath;
    std::unique_ptr<LocalDeliverer> deliverer;
    QThread *thread = nullptr;
    int callbacks = 0;
    bool calledInside = false;
};

} // namespace

void TestLocalDeliverer::outcomesPerRecipient()
{
    Fixture f({u"alice@example.org"_s, u"broken@example.org"_s});
    // broken's mailbox cannot be made: a regular file is in the way (a failing disk).
    QVERIFY(QDir().mkpath(f.data.filePath(u"mail/example.org"_s)));
    QVERIFY(writeFile(f.maildir(u"broken@example.org"_s), "in the way"));
    const auto outcomes = f.run(message(u"s@remote.example"_s, {u"alice@example.org"_s, u"gone@example.org"_s, u"broken@example.org"_s}));
    QVERIFY2(outcomes, "got no callback");
    QVERIFY2(!f.calledInside, "got the callback inside deliver(), want it on the event loop later");
    QCOMPARE(f.thread, QThread::currentThread());
    QCOMPARE(f.callbacks, 1);
    QStringList got;
    for (const DeliveryOutcome &o : *outcomes)
        got << u"%1 %2"_s.arg(o.position).arg(QLatin1StringView(kindName(o.kind)));
    const QStringList want{u"10 Delivered"_s, u"11 Failed"_s, u"12 Deferred"_s};
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got.join(u", "_s), want.join(u", "_s))));
    const QString delivered = outcomes->at(0).detail;
    QCOMPARE(QFileInfo(delivered).absolutePath(), QFileInfo(f.maildir(u"alice@example.org"_s) + u"/new"_s).absoluteFilePath());
    QVERIFY(QFile::exists(delivered));
    QVERIFY2(outcomes->at(1).detail.startsWith(u"550 5.1.1 "_s), qPrintable(outcomes->at(1).detail));
    QVERIFY2(outcomes->at(2).detail.contains(f.maildir(u"broken@example.org"_s)), qPrintable(outcomes->at(2).detail));
    QVERIFY2(!QDir(f.data.filePath(u"mail/example.org/gone"_s)).exists(), "got a mailbox made for a user who is gone");
}

void TestLocalDeliverer::headersAddedPerRecipient()
{
    Fixture f({u"alice@example.org"_s, u"bob@example.net"_s});
    const auto outcomes = f.run(message(u"s@remote.example"_s, {u"alice@example.org"_s, u"bob@example.net"_s}));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString address = i == 0 ? u"alice@example.org"_s : u"bob@example.net"_s;
        QCOMPARE(outcomes->at(i).kind, DeliveryOutcome::Kind::Delivered);
        const QByteArray want = "Return-Path: <s@remote.example>\nDelivered-To: " + address.toUtf8() + "\nSubject: hello\n\nbody\n";
        const QByteArray got = contentsOf(outcomes->at(i).detail);
        QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromUtf8(got), QString::fromUtf8(want))));
        QVERIFY(outcomes->at(i).detail.startsWith(f.maildir(address) + u"/new/"_s));
    }
    QCOMPARE(contentsOf(f.spoolPath), QByteArray("Subject: hello\r\n\r\nbody\r\n"));
}

void TestLocalDeliverer::nullSender()
{
    Fixture f({u"alice@example.org"_s});
    const auto outcomes = f.run(message(QString(), {u"alice@example.org"_s}));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->at(0).kind, DeliveryOutcome::Kind::Delivered);
    QVERIFY2(contentsOf(outcomes->at(0).detail).startsWith("Return-Path: <>\nDelivered-To: alice@example.org\n"),
             qPrintable(QString::fromUtf8(contentsOf(outcomes->at(0).detail))));
}

void TestLocalDeliverer::destroyedWhileDelivering()
{
    Fixture f({u"alice@example.org"_s});
    bool called = false;
    const QueuedMessage m = message(u"s@remote.example"_s, {u"alice@example.org"_s});
    f.deliverer->deliver(m, f.spoolPath, m.recipients, [&](QList<DeliveryOutcome>) { called = true; });
    f.deliverer.reset(); // waits for the copy in progress
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY2(!called, "got a callback from a destroyed deliverer");
    QCOMPARE(QDir(f.maildir(u"alice@example.org"_s) + u"/new"_s).entryList(QDir::Files).size(), 1);
}

void TestLocalDeliverer::filterResultsApplied()
{
    Fixture f({u"alice@example.org"_s});
    QueuedMessage m = message(u"s@remote.example"_s, {u"alice@example.org"_s});
    m.addedHeaders = "X-Spam-Score: 0.5\r\nX-Spam-Status: No, score=0.5 required=5.0 tests=MISSING_MID\r\n";
    const auto outcomes = f.run(m);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->at(0).kind, DeliveryOutcome::Kind::Delivered);
    QVERIFY2(outcomes->at(0).detail.startsWith(f.maildir(u"alice@example.org"_s) + u"/new/"_s), qPrintable(outcomes->at(0).detail));
    const QByteArray want = "Return-Path: <s@remote.example>\nDelivered-To: alice@example.org\nX-Spam-Score: 0.5\n"
                            "X-Spam-Status: No, score=0.5 required=5.0 tests=MISSING_MID\nSubject: hello\n\nbody\n";
    const QByteArray got = contentsOf(outcomes->at(0).detail);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromUtf8(got), QString::fromUtf8(want))));
}

void TestLocalDeliverer::spamFiledIntoItsFolder()
{
    Fixture f({u"alice@example.org"_s});
    f.deliverer->setSpamFolder([] { return u"Junk"_s; });
    QueuedMessage m = message(u"s@remote.example"_s, {u"alice@example.org"_s});
    m.addedHeaders = "X-Spam-Flag: YES\r\n";
    m.subjectTag = u"[SPAM]"_s;
    m.spam = true;
    const auto outcomes = f.run(m);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->at(0).kind, DeliveryOutcome::Kind::Delivered);
    const QString folder = f.maildir(u"alice@example.org"_s) + u"/.Junk"_s;
    QVERIFY2(outcomes->at(0).detail.startsWith(folder + u"/new/"_s), qPrintable(u"got %1, want a file in %2/new"_s.arg(outcomes->at(0).detail, folder)));
    const QByteArray want = "Return-Path: <s@remote.example>\nDelivered-To: alice@example.org\nX-Spam-Flag: YES\nSubject: [SPAM] hello\n\nbody\n";
    const QByteArray got = contentsOf(outcomes->at(0).detail);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(QString::fromUtf8(got), QString::fromUtf8(want))));
    QVERIFY2(QDir(f.maildir(u"alice@example.org"_s) + u"/new"_s).isEmpty(), "got a copy in the inbox too");
}
