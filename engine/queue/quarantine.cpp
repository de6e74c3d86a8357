#include "engine/queue/quarantine.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/core/clock.h"
#include "engine/queue/log.h"
#include "engine/queue/queueid.h"
#include "engine/queue/spool.h"
#include "engine/queue/spoolfile.h"

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

constexpr qint64 kMaxEnvelopeBytes = 1024 * 1024;
constexpr qint64 kCopyChunk = 256 * 1024;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error notQuarantined(const QString &id)
{
    return Error::notFound(u"There is no message '%1' in the quarantine."_s.arg(id));
}

QByteArray envelopeJson(const QuarantinedMessage &m)
{
    QJsonArray recipients;
    for (const Store::QueuedRecipient &r : m.envelope.recipients)
        recipients.append(QJsonObject{{u"original"_s, r.original}, {u"address"_s, r.address}, {u"local"_s, r.local}});
    const Store::QueuedMessage &e = m.envelope;
    return QJsonDocument(QJsonObject{{u"id"_s, m.id},
                                     {u"reason"_s, m.reason},
                                     {u"quarantined_usec"_s, QString::number(m.quarantinedUsec)},
                                     {u"sender"_s, e.sender},
                                     {u"size"_s, QString::number(e.size)},
                                     {u"received_usec"_s, QString::number(e.receivedUsec)},
                                     {u"client"_s, e.clientAddress},
                                     {u"helo"_s, e.helo},
                                     {u"auth_user"_s, e.authUser},
                                     {u"listener"_s, e.listener},
                                     {u"smtputf8"_s, e.smtputf8},
                                     {u"recipients"_s, recipients}})
        .toJson(QJsonDocument::Indented);
}

Result<QuarantinedMessage> parseEnvelope(const QByteArray &json, const QString &id)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error::failed(u"The quarantine's envelope of '%1' is unreadable: %2."_s.arg(id, error.errorString()));
    const QJsonObject o = document.object();
    QuarantinedMessage m;
    m.id = id;
    m.reason = o.value(u"reason"_s).toString();
    m.quarantinedUsec = o.value(u"quarantined_usec"_s).toString().toULongLong();
    Store::QueuedMessage &e = m.envelope;
    e.id = id;
    e.sender = o.value(u"sender"_s).toString();
    e.size = o.value(u"size"_s).toString().toULongLong();
    e.receivedUsec = o.value(u"received_usec"_s).toString().toULongLong();
    e.clientAddress = o.value(u"client"_s).toString();
    e.helo = o.value(u"helo"_s).toString();
    e.authUser = o.value(u"auth_user"_s).toString();
    e.listener = o.value(u"listener"_s).toString();
    e.smtputf8 = o.value(u"smtputf8"_s).toBool();
    int position = 0;
    for (const QJsonValue &value : o.value(u"recipients"_s).toArray()) {
        const QJsonObject r = value.toObject();
        Store::QueuedRecipient recipient;
        recipient.position = position++;
        recipient.original = r.value(u"original"_s).toString();
        recipient.address = r.value(u"address"_s).toString();
        recipient.local = r.value(u"local"_s).toBool();
        if (recipient.address.isEmpty())
            return Error::failed(u"The quarantine's envelope of '%1' has a recipient without an address."_s.arg(id));
        e.recipients.append(recipient);
    }
    if (e.recipients.isEmpty())
        return Error::failed(u"The quarantine's envelope of '%1' has no recipients."_s.arg(id));
    return m;
}

Result<QuarantinedMessage> readEnvelope(const QString &path, const QString &id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? Result<QuarantinedMessage>(Error::failed(u"Cannot read '%1': %2."_s.arg(path, file.errorString())))
                             : Result<QuarantinedMessage>(notQuarantined(id));
    return parseEnvelope(file.read(kMaxEnvelopeBytes), id);
}

Result<void> syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error::failed(u"Cannot open '%1': %2."_s.arg(directory, errnoText()));
    const int synced = ::fsync(fd);
    ::close(fd);
    if (synced != 0)
        return Error::failed(u"Cannot sync '%1': %2."_s.arg(directory, errnoText()));
    return {};
}

/** temp + fsync + rename: the envelope file is whole or absent. */
Result<void> writeDurably(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".tmp"_s;
    const int fd = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::failed(u"Cannot create '%1': %2."_s.arg(temporary, errnoText()));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const QString why = errnoText();
            ::close(fd);
            ::unlink(QFile::encodeName(temporary).constData());
            return Error::failed(u"Cannot write '%1': %2."_s.arg(temporary, why));
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        const QString why = errnoText();
        ::close(fd);
        ::unlink(QFile::encodeName(temporary).constData());
        return Error::failed(u"Cannot sync '%1': %2."_s.arg(temporary, why));
    }
    ::close(fd);
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return Error::failed(u"Cannot rename '%1': %2."_s.arg(temporary, errnoText()));
    return {};
}

} // namespace

Quarantine::Quarantine(QString directory, Spool &spool, const Core::Clock &clock)
    : m_directory(std::move(directory))
    , m_spool(spool)
    , m_clock(clock)
{
    m_thread.setMaxThreadCount(1); // one file operation at a time: no races on one id
    m_thread.setObjectName(u"doorstep-quarantine"_s);
}

Quarantine::~Quarantine()
{
    m_thread.waitForDone();
}

Result<std::unique_ptr<Quarantine>> Quarantine::open(const QString &dataDirectory, Spool &spool, const Core::Clock &clock)
{
    const QString directory = QDir(dataDirectory).filePath(u"quarantine"_s);
    if (!QDir().mkpath(directory))
        return Error::failed(u"cannot create the quarantine directory '%1'"_s.arg(directory));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A message whose envelope never made it was never acknowledged (a crash before the 250).
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const bool isEnvelope = name.endsWith(u".json"_s);
        const bool isTemporary = name.endsWith(u".tmp"_s);
        if (isTemporary || (!isEnvelope && !dir.exists(name + u".json"_s))) {
            qCInfo(lcQueue).noquote() << "removing" << name << "from the quarantine: never acknowledged";
            QFile::remove(dir.filePath(name));
        }
    }
    return std::unique_ptr<Quarantine>(new Quarantine(directory, spool, clock));
}

template <typename T>
void Quarantine::inThread(QObject *context, std::function<T()> job, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    m_thread.start([this, guard, job = std::move(job), done = std::move(done)] {
        auto result = std::make_shared<T>(job());
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard)
                done(std::move(*result));
        }, Qt::QueuedConnection);
    });
}

Result<void> Quarantine::claim(const QString &id)
{
    if (!isQueueId(id))
        return notQuarantined(id);
    if (m_busy.contains(id))
        return Error::failed(u"Message '%1' of the quarantine is being released or deleted right now."_s.arg(id));
    m_busy.insert(id);
    return {};
}

void Quarantine::keep(std::unique_ptr<SpoolFile> file, const Store::QueuedMessage &envelope, const QString &reason, QObject *context,
                      std::function<void(Result<void>)> done)
{
    QuarantinedMessage m;
    m.id = file->id();
    m.envelope = envelope;
    m.envelope.id = m.id;
    m.envelope.size = file->size();
    m.reason = reason;
    m.quarantinedUsec = m_clock.nowUsec();
    const QString directory = m_directory;
    auto held = std::make_shared<std::unique_ptr<SpoolFile>>(std::move(file));
    inThread<Result<void>>(context, [held, m, directory]() -> Result<void> {
        const QDir dir(directory);
        // The message first: an envelope without its message cannot happen, and a message
        // without an envelope is removed at the next start (never acknowledged).
        if (auto moved = (*held)->moveTo(dir.filePath(m.id)); !moved)
            return moved;
        held->reset();
        if (auto written = writeDurably(dir.filePath(m.id + u".json"_s), envelopeJson(m)); !written) {
            QFile::remove(dir.filePath(m.id));
            return written;
        }
        return syncDirectory(directory);
    }, std::move(done));
}

void Quarantine::list(QObject *context, std::function<void(Result<QList<QuarantinedMessage>>)> done)
{
    const QString directory = m_directory;
    inThread<Result<QList<QuarantinedMessage>>>(context, [directory]() -> Result<QList<QuarantinedMessage>> {
        const QDir dir(directory);
        QList<QuarantinedMessage> messages;
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const QString id = name.chopped(5);
            if (!isQueueId(id) || !dir.exists(id))
                continue;
            auto m = readEnvelope(dir.filePath(name), id);
            if (!m) {
                qCWarning(lcQueue).noquote() << m.error().message << "Leaving it out of the list.";
                continue;
            }
            messages.append(std::move(m).value());
        }
        std::sort(messages.begin(), messages.end(), [](const QuarantinedMessage &a, const QuarantinedMessage &b) {
            return a.quarantinedUsec != b.quarantinedUsec ? a.quarantinedUsec < b.quarantinedUsec : a.id < b.id;
        });
        return messages;
    }, std::move(done));
}

void Quarantine::release(const QString &id, QObject *context, std::function<void(Result<QString>)> done)
{
    if (auto claimed = claim(id); !claimed) {
        done(claimed.error());
        return;
    }
    auto created = m_spool.create();
    if (!created) {
        m_busy.remove(id);
        done(created.error());
        return;
    }
    const QString directory = m_directory;
    auto held = std::make_shared<std::unique_ptr<SpoolFile>>(std::move(created).value());
    // 1. copy the message into a new spool file, 2. commit it to the queue (durable), 3.
    // remove it from the quarantine. A crash between 2 and 3 leaves a copy in both places:
    // delivered at least once, never lost.
    inThread<Result<QuarantinedMessage>>(this, [held, directory, id]() -> Result<QuarantinedMessage> {
        const QDir dir(directory);
        auto m = readEnvelope(dir.filePath(id + u".json"_s), id);
        if (!m)
            return m;
        QFile source(dir.filePath(id));
        if (!source.open(QIODevice::ReadOnly))
            return source.exists() ? Error::failed(u"Cannot read '%1': %2."_s.arg(source.fileName(), source.errorString())) : notQuarantined(id);
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(kCopyChunk);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                return Error::failed(u"Cannot read '%1': %2."_s.arg(source.fileName(), source.errorString()));
            if (auto written = (*held)->write(chunk); !written)
                return written.error();
        }
        return m;
    }, [this, held, id, context = QPointer<QObject>(context), done](Result<QuarantinedMessage> read) {
        if (!read) {
            m_busy.remove(id);
            held->reset();
            if (context)
                done(read.error());
            return;
        }
        Store::QueuedMessage envelope = read->envelope;
        envelope.id.clear();
        envelope.warned = false;
        for (Store::QueuedRecipient &r : envelope.recipients) {
            r.state = Store::RecipientState::Queued;
            r.attempts = 0;
            r.nextAttemptUsec = 0;
            r.lastError.clear();
        }
        const QString newId = (*held)->id();
        m_spool.commit(std::move(*held), envelope, this, [this, id, newId, context, done](Result<void> committed) {
            if (!committed) {
                m_busy.remove(id);
                if (context)
                    done(committed.error());
                return;
            }
            qCInfo(lcQueue).noquote() << id << "released from the quarantine, queued as" << newId;
            const QString directory = m_directory;
            inThread<Result<void>>(this, [directory, id]() -> Result<void> {
                const QDir dir(directory);
                QFile::remove(dir.filePath(id + u".json"_s));
                QFile::remove(dir.filePath(id));
                return syncDirectory(directory);
            }, [this, id, newId, context, done](Result<void> removed) {
                m_busy.remove(id);
                if (!removed)
                    qCWarning(lcQueue).noquote() << id << "is queued, but removing it from the quarantine failed:" << removed.error().message;
                if (context)
                    done(newId);
            });
        });
    });
}

void Quarantine::remove(const QString &id, QObject *context, std::function<void(Result<void>)> done)
{
    if (auto claimed = claim(id); !claimed) {
        done(claimed.error());
        return;
    }
    const QString directory = m_directory;
    inThread<Result<void>>(this, [directory, id]() -> Result<void> {
        const QDir dir(directory);
        if (!dir.exists(id + u".json"_s))
            return notQuarantined(id);
        // The envelope first: a message without one is cleared at the next start.
        if (!QFile::remove(dir.filePath(id + u".json"_s)))
            return Error::failed(u"Cannot delete the quarantine's envelope of '%1'."_s.arg(id));
        QFile::remove(dir.filePath(id));
        return syncDirectory(directory);
    }, [this, id, context = QPointer<QObject>(context), done](Result<void> removed) {
        m_busy.remove(id);
        if (removed)
            qCInfo(lcQueue).noquote() << id << "deleted from the quarantine";
        if (context)
            done(removed);
    });
}

} // namespace Doorstep::Queue
