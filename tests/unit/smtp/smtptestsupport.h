#pragma once

// What the SMTP tests share: a scripted SessionHandler, settings in a temporary store, an
// SmtpServer around it, and a client that reads whole replies.

#include <optional>

#include <QHash>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/core/clock.h"
#include "engine/core/settingsregistry.h"
#include "engine/smtp/sessionhandler.h"
#include "engine/smtp/smtpserver.h"
#include "engine/store/settings.h"
#include "engine/store/store.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Smtp::AuthDecision;
using Smtp::ConnectDecision;
using Smtp::CommitOutcome;
using Smtp::MessageEnvelope;
using Smtp::MessageSink;
using Smtp::Path;
using Smtp::RecipientDecision;
using Smtp::RejectionStage;
using Smtp::Reply;
using Smtp::SessionInfo;

inline constexpr int kTimeout = 10000;
inline constexpr int kTlsTimeout = 60000; // key generation and handshakes under the sanitizers
inline const QString kHost = QStringLiteral("mx.test.example");

// ---- the engine side's stand-ins ---------------------------------------------------------

class MemorySink final : public MessageSink
{
public:
    explicit MemorySink(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    Result<void> write(const QByteArray &bytes) override
    {
        content += bytes;
        return {};
    }
    QByteArray content;

private:
    QString m_id;
};

/**
 * A SessionHandler with scripted decisions that records every call. Answers come on the
 * event loop (Async, as the real one's do), at once inside the call (Sync), or when the test
 * releases them (Hold).
 */
class FakeHandler final : public QObject, public Smtp::SessionHandler
{
public:
    enum class Mode {
        Async,
        Sync,
        Hold,
    };
    struct Committed
    {
        QString id;
        MessageEnvelope envelope;
        QByteArray content;
    };

    Mode mode = Mode::Async;
    ConnectDecision connectDecision;
    QHash<QString, Reply> senderRefusals;                 // address as given -> refusal
    QHash<QString, RecipientDecision> recipientDecisions; // address as given -> decision; else a local user
    QHash<QString, QString> passwords;                    // login -> password
    bool diskLow = false;
    std::optional<Error> openError;
    std::optional<Reply> commitRefusal; // what commitMessage() answers instead of accepting

    QStringList calls;
    QStringList recipientSenders; // the sender each checkRecipient() was given
    QList<SessionInfo> sessions; // as each call saw it
    QList<std::function<void()>> held;
    QList<Committed> committed;
    QStringList rejections; // "<stage> <code> <status>"
    QStringList failedLogins;
    QList<std::shared_ptr<MessageSink>> keptSinks; // sinks whose commit was held
    quintptr firstSenderStack = 0;
    quintptr deepestSenderStack = 0;
    int senderDepth = 0;
    int maxSenderDepth = 0;

    void releaseAll()
    {
        const auto callbacks = std::exchange(held, {});
        for (const auto &callback : callbacks)
            callback();
    }

    void connect(const SessionInfo &session, std::function<void(ConnectDecision)> done) override
    {
        record(u"connect"_s, session);
        answer([done, decision = connectDecision] { done(decision); });
    }

    void authenticate(const SessionInfo &session, const QString &user, const QString &password, std::function<void(AuthDecision)> done) override
    {
        record(u"auth "_s + user, session);
        AuthDecision decision;
        if (passwords.contains(user) && passwords.value(user) == password) {
            decision.result = AuthDecision::Result::Accepted;
            decision.user = user.toLower();
        }
        answer([done, decision] { done(decision); });
    }

    void checkSender(const SessionInfo &session, const Path &sender, std::function<void(std::optional<Reply>)> done) override
    {
        volatile char marker = 0; // on this call's stack frame
        const auto here = reinterpret_cast<quintptr>(&marker);
        if (firstSenderStack == 0)
            firstSenderStack = deepestSenderStack = here;
        deepestSenderStack = std::min(deepestSenderStack, here);
        record(u"sender "_s + (sender.isNull ? u"<>"_s : sender.address), session);
        std::optional<Reply> refusal;
        if (senderRefusals.contains(sender.address))
            refusal = senderRefusals.value(sender.address);
        ++senderDepth;
        maxSenderDepth = std::max(maxSenderDepth, senderDepth);
        answer([done, refusal] { done(refusal); });
        --senderDepth;
    }

    void checkRecipient(const SessionInfo &session, const QString &sender, const Path &recipient,
                        std::function<void(RecipientDecision)> done) override
    {
        record(u"recipient "_s + recipient.address, session);
        recipientSenders << sender;
        RecipientDecision decision;
        if (recipientDecisions.contains(recipient.address))
            decision = recipientDecisions.value(recipient.address);
        else
            decision.targets.append({recipient.address.toLower(), true});
        answer([done, decision] { done(decision); });
    }

    bool diskSpaceLow() override { return diskLow; }

    Result<std::unique_ptr<MessageSink>> openMessage() override
    {
        calls << u"open"_s;
        if (openError)
            return *openError;
        return std::unique_ptr<MessageSink>(std::make_unique<MemorySink>(u"Q%1"_s.arg(++m_sinks)));
    }

    void commitMessage(std::unique_ptr<MessageSink> sink, const SessionInfo &session, const MessageEnvelope &envelope, QObject *context,
                       std::function<void(CommitOutcome)> done) override
    {
        record(u"commit "_s + sink->id(), session);
        QVERIFY2(context, "commitMessage() got no context");
        committed.append({sink->id(), envelope, static_cast<MemorySink *>(sink.get())->content});
        const QString id = sink->id();
        keptSinks.append(std::shared_ptr<MessageSink>(std::move(sink)));
        const auto refusal = commitRefusal;
        // Called even when the context is gone: the session must not care.
        answer([done, id, refusal] { done(refusal ? CommitOutcome::refused(*refusal) : CommitOutcome::accepted(id)); });
    }

    void rejected(const SessionInfo &, RejectionStage stage, const Reply &reply, const QString &) override
    {
        static const char *const names[] = {"Connect", "Sender", "Recipient", "Relay", "Content", "Protocol"};
        rejections << u"%1 %2 %3"_s.arg(QLatin1StringView(names[int(stage)])).arg(reply.code).arg(reply.status);
    }

    void authenticationFailed(const SessionInfo &, const QString &user) override { failedLogins << user; }

private:
    void record(const QString &call, const SessionInfo &session)
    {
        calls << call;
        sessions << session;
    }

    void answer(std::function<void()> callback)
    {
        switch (mode) {
        case Mode::Sync:
            callback();
            return;
        case Mode::Hold:
            held.append(std::move(callback));
            return;
        case Mode::Async:
            QTimer::singleShot(0, this, std::move(callback));
            return;
        }
    }

    int m_sinks = 0;
};

/** A port nothing listens on right now. */
inline quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/** A CertificateStore in @p directory with a new self-signed certificate for kHost. */
inline Result<std::unique_ptr<Tls::CertificateStore>> makeCertificates(const QString &directory)
{
    auto opened = Tls::CertificateStore::open(directory);
    if (!opened)
        return opened.error();
    std::unique_ptr<Tls::CertificateStore> certificates = std::move(opened).value();
    std::optional<Result<Tls::CertificateInfo>> made;
    QObject context;
    certificates->ensureCertificate(kHost, &context, [&](Result<Tls::CertificateInfo> r) { made.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return made.has_value(); }, kTlsTimeout))
        return Error::failed(u"No self-signed certificate within %1 ms."_s.arg(kTlsTimeout));
    if (!made->ok())
        return made->error();
    return certificates;
}

/** A store in a temporary directory and the settings sessions read from it. */
class SettingsFixture
{
public:
    SettingsFixture()
    {
        store = Store::Store::open(dir.filePath(u"doorstep.db"_s)).value();
        settings = std::make_unique<Store::Settings>(registry, *store, Core::Clock::system());
        if (auto loaded = settings->load(); !loaded)
            qFatal("cannot load settings: %s", qPrintable(loaded.error().message));
    }

    /** Settings.Set, to completion. */
    bool set(const QString &key, const QVariant &value)
    {
        std::optional<Result<bool>> outcome;
        QObject context;
        settings->set(key, value, &context, [&](Result<bool> r) { outcome.emplace(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kTimeout))
            return false;
        if (!outcome->ok())
            qWarning("cannot set %s: %s", qPrintable(key), qPrintable(outcome->error().message));
        return outcome->ok();
    }

    QTemporaryDir dir;
    Core::SettingsRegistry registry{Core::RunMode::Session};
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Store::Settings> settings;
};

/**
 * Settings in a temporary store, the fake handler, and an SmtpServer (not yet started) with
 * every listener on 127.0.0.1:0; STARTTLS and smtps when @p certificates is given.
 */
class ServerFixture : public SettingsFixture
{
public:
    explicit ServerFixture(const Tls::CertificateStore *certificates)
    {
        set(u"identity.hostname"_s, kHost);
        for (const QString &name : {u"mta"_s, u"submission"_s, u"smtps"_s})
            set(u"listeners."_s + name, QStringList{u"127.0.0.1:0"_s});
        server = std::make_unique<Smtp::SmtpServer>(*settings, handler, [certificates] {
            return certificates ? certificates->serverConfiguration() : QSslConfiguration();
        });
    }

    quint16 port(const QString &listener) const
    {
        const QStringList bound = server->boundListeners().value(listener).toStringList();
        return bound.isEmpty() ? 0 : bound.first().section(u':', -1).toUShort();
    }

    FakeHandler handler;
    std::unique_ptr<Smtp::SmtpServer> server;
};

/** "250 2.1.0" for "250 2.1.0 Sender ok", "250" for EHLO and other replies without a code. */
inline QString head(const QByteArray &reply)
{
    const QList<QByteArray> lines = reply.trimmed().split('\n');
    const QByteArray last = lines.last().trimmed();
    static const QRegularExpression status(u"^\\d\\.\\d{1,3}\\.\\d{1,3}$"_s);
    const QByteArray word = last.mid(4).split(' ').value(0);
    if (status.match(QString::fromLatin1(word)).hasMatch())
        return QString::fromLatin1(last.left(3)) + u' ' + QString::fromLatin1(word);
    return QString::fromLatin1(last.left(3));
}

inline QString shown(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(u"\r\n"_s, u"\\r\\n"_s);
}

/** Where the first complete reply in @p received ends (after its last line's LF), or -1. */
inline qsizetype replyEnd(const QByteArray &received)
{
    qsizetype start = 0;
    while (true) {
        const qsizetype lf = received.indexOf('\n', start);
        if (lf < 0)
            return -1;
        const QByteArray line = received.mid(start, lf - start);
        if (line.size() < 4 || line.at(3) != '-')
            return lf + 1;
        start = lf + 1;
    }
}

/** Waits (on the event loop) for a complete reply in @p received and takes it; "" when none came. */
inline QByteArray takeReply(QByteArray &received, int timeout = kTimeout)
{
    qsizetype end = -1;
    if (!QTest::qWaitFor([&] { return (end = replyEnd(received)) >= 0; }, timeout) || end < 0)
        return {};
    const QByteArray reply = received.left(end);
    received.remove(0, end);
    return reply;
}

/** An SMTP client for the test: reads whole replies. */
class Client
{
public:
    Client()
    {
        QObject::connect(&socket, &QSslSocket::readyRead, &socket, [this] { received += socket.readAll(); });
    }

    /** Connects to 127.0.0.1:@p port, from @p from (another loopback address) when given. */
    bool connectTo(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull() && !socket.bind(from, 0))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        // Connected, or refused (back to unconnected).
        const bool settled = QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::UnconnectedState; },
            kTimeout);
        return settled && socket.state() == QAbstractSocket::ConnectedState;
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    /** The next complete reply (all its lines), or "" when none came in time. */
    QByteArray reply(int timeout = kTimeout) { return takeReply(received, timeout); }

    QStringList heads(int count, int timeout = kTimeout)
    {
        QStringList result;
        for (int i = 0; i < count; ++i) {
            const QByteArray r = reply(timeout);
            if (r.isEmpty())
                break;
            result << head(r);
        }
        return result;
    }

    bool waitClosed(int timeout = kTimeout)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeout);
    }

    bool startTls()
    {
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.startClientEncryption();
        return QTest::qWaitFor([this] { return socket.isEncrypted(); }, kTlsTimeout);
    }

    QSslSocket socket;
    QByteArray received;
};


} // namespace Doorstep::Tests
