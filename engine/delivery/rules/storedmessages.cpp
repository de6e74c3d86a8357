#include "engine/delivery/rules/storedmessages.h"

#include <gmime/gmime.h>

#include <mutex>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "engine/core/headerblock.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

void initializeGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

/** RFC 2047 words decoded, as GMime does it (charsets, both encodings, broken words kept). */
QString decodedText(const QByteArray &raw)
{
    char *decoded = g_mime_utils_header_decode_text(nullptr, raw.constData());
    const QString text = QString::fromUtf8(decoded).simplified();
    g_free(decoded);
    return text;
}

QString decodedAddresses(const QByteArray &raw)
{
    InternetAddressList *list = internet_address_list_parse(nullptr, raw.constData());
    if (!list)
        return decodedText(raw);
    char *text = internet_address_list_to_string(list, nullptr, FALSE);
    const QString decoded = QString::fromUtf8(text).simplified();
    g_free(text);
    g_object_unref(list);
    return decoded.isEmpty() ? decodedText(raw) : decoded;
}

/** "INBOX" for the mailbox itself, "Lists.Debian" for its ".Lists.Debian". */
QString folderName(const QString &directory)
{
    return directory.isEmpty() ? u"INBOX"_s : directory.mid(1);
}

/** The folder directories of a Maildir++: "" (the inbox) and every ".Name" holding cur/ or new/. */
QStringList folderDirectories(const QString &mailbox)
{
    QStringList folders{QString()};
    const QDir root(mailbox);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name)) {
        if (name.startsWith(u'.'))
            folders << name;
    }
    return folders;
}

} // namespace

QList<StoredMessage> StoredMessages::newest(const QString &mailbox, int limit)
{
    struct Found
    {
        QString id;
        QString folder;
        QString path;
        qint64 arrived;
        quint64 size;
    };
    QList<Found> found;
    for (const QString &folder : folderDirectories(mailbox)) {
        for (const QString &sub : {u"new"_s, u"cur"_s}) {
            const QString relative = folder.isEmpty() ? sub : folder + u'/' + sub;
            QDirIterator it(QDir(mailbox).filePath(relative), QDir::Files | QDir::Hidden | QDir::NoSymLinks);
            while (it.hasNext()) {
                it.next();
                const QFileInfo info = it.fileInfo();
                found.append({relative + u'/' + info.fileName(), folderName(folder), info.filePath(),
                              info.lastModified().toSecsSinceEpoch(), quint64(info.size())});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.arrived != b.arrived ? a.arrived > b.arrived : a.id > b.id;
    });
    if (found.size() > limit)
        found.resize(limit);

    initializeGMime();
    QList<StoredMessage> messages;
    for (const Found &f : found) {
        StoredMessage message{f.id, f.folder, QString(), QString(), f.arrived, f.size};
        if (const auto header = Core::readHeaderBlock(f.path, kMaxHeaderBytes)) {
            const QList<QByteArray> from = Core::headerValues(header.value(), "From");
            const QList<QByteArray> subject = Core::headerValues(header.value(), "Subject");
            if (!from.isEmpty())
                message.from = decodedAddresses(from.first());
            if (!subject.isEmpty())
                message.subject = decodedText(subject.first());
        }
        messages.append(message);
    }
    return messages;
}

Result<QByteArray> StoredMessages::read(const QString &mailbox, const QString &id, qsizetype maxBytes)
{
    // <folder>/<cur|new>/<file> or <cur|new>/<file>: nothing else names a message.
    const QStringList parts = id.split(u'/');
    const bool inFolder = parts.size() == 3;
    const bool shapeOk = (parts.size() == 2 || inFolder) && (!inFolder || (parts[0].startsWith(u'.') && parts[0] != u"."_s && parts[0] != u".."_s))
                         && (parts[parts.size() - 2] == u"cur"_s || parts[parts.size() - 2] == u"new"_s) && !parts.last().isEmpty()
                         && !parts.last().startsWith(u'.');
    if (!shapeOk)
        return Error::invalidArgument(u"'%1' is not a message id as Rules.Messages gives it."_s.arg(id));
    const QString path = QDir(mailbox).filePath(id);
    const QFileInfo info(path);
    // A link, or a folder that is a link, could lead anywhere: only files inside the mailbox.
    const QString root = QFileInfo(mailbox).canonicalFilePath();
    if (!info.exists() || info.isSymLink() || !info.isFile() || root.isEmpty() || !info.canonicalFilePath().startsWith(root + u'/'))
        return Error::notFound(u"The message '%1' is no longer in the mailbox: it was deleted or moved."_s.arg(id));
    if (info.size() > maxBytes)
        return Error::invalidArgument(u"The message is %1 bytes; a dry run takes at most %2."_s.arg(info.size()).arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(u"The message '%1' cannot be read: %2."_s.arg(id, file.errorString()));
    return file.readAll();
}

QByteArray StoredMessages::asReceived(const QByteArray &message)
{
    const QByteArrayView block = Core::headerBlockOf(message);
    QByteArray kept;
    kept.reserve(message.size());
    qsizetype copied = 0;
    for (const Core::HeaderField &field : Core::splitHeaderFields(block)) {
        if (field.is("Delivered-To") || field.name.toLower().startsWith("x-spam-")) {
            kept += message.mid(copied, field.start - copied);
            copied = field.end;
        }
    }
    kept += message.mid(copied);
    return kept;
}

} // namespace Doorstep::Delivery
