#include "engine/store/mailboxlocation.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Doorstep::Store {

using namespace Qt::StringLiterals;

QString MailboxLocation::path(const QString &dataDirectory, const QString &address)
{
    const QString local = address.section(u'@', 0, -2);
    const QString domain = address.section(u'@', -1);
    return QDir(dataDirectory).filePath(u"mail/%1/%2"_s.arg(domain, local));
}

quint64 MailboxLocation::usedBytes(const QString &dataDirectory, const QString &address)
{
    quint64 total = 0;
    QDirIterator it(path(dataDirectory, address), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        // Only messages count: files in cur/ and new/ of the inbox and of each folder.
        const QString parent = it.fileInfo().dir().dirName();
        if (parent == u"cur"_s || parent == u"new"_s)
            total += quint64(it.fileInfo().size());
    }
    return total;
}

} // namespace Doorstep::Store
