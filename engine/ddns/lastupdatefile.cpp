#include "engine/ddns/lastupdatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Doorstep::Ddns {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
PublicAddresses addressesFrom(const QJsonValue &value)
{
    PublicAddresses addresses;
    for (const QJsonValue &text : value.toArray()) {
        const QHostAddress address(text.toString());
        if (!address.isNull())
            addresses.set(address);
    }
    return addresses;
}

QJsonArray toJson(const PublicAddresses &addresses)
{
    return QJsonArray::fromStringList(addresses.toStringList());
}
} // namespace

Result<LastUpdate> LastUpdateFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return LastUpdate{};
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(u"Cannot read %1: %2."_s.arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error::failed(u"%1 is not valid JSON: %2."_s.arg(m_path, parseError.errorString()));
    LastUpdate update;
    update.destination = o.value(u"destination"_s).toString();
    update.sent = addressesFrom(o.value(u"sent"_s));
    update.sentAtUsec = quint64(o.value(u"sent_at_usec"_s).toDouble());
    update.result = o.value(u"result"_s).toString();
    update.seen = addressesFrom(o.value(u"seen"_s));
    return update;
}

Result<void> LastUpdateFile::save(const LastUpdate &update) const
{
    if (!QDir().mkpath(QFileInfo(m_path).path()))
        return Error::failed(u"Cannot create the directory of %1."_s.arg(m_path));
    const QJsonObject o{{u"destination"_s, update.destination},
                        {u"sent"_s, toJson(update.sent)},
                        {u"sent_at_usec"_s, double(update.sentAtUsec)},
                        {u"result"_s, update.result},
                        {u"seen"_s, toJson(update.seen)}};
    // A lost write costs one repeated update at most: QSaveFile's rename is enough here.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return Error::failed(u"Cannot write %1: %2."_s.arg(m_path, file.errorString()));
    return {};
}

} // namespace Doorstep::Ddns
