#include "engine/dbus/access.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

const AccessTable &AccessTable::instance()
{
    static const AccessTable table = [] {
        AccessTable t;
        const QDir dir(u":/doorstep/dbus"_s);
        for (const QString &file : dir.entryList({u"*.xml"_s}, QDir::Files)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QXmlStreamReader xml(&f);
            QString interface;
            QString method;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    const auto name = xml.name();
                    if (name == u"interface"_s) {
                        interface = xml.attributes().value(u"name"_s).toString();
                    } else if (name == u"method"_s) {
                        method = xml.attributes().value(u"name"_s).toString();
                        t.m_access.insert(interface + u'.' + method, Access::Manage);
                    } else if (name == u"annotation"_s && !method.isEmpty()
                               && xml.attributes().value(u"name"_s) == u"org.doorstep.Engine1.Access"_s
                               && xml.attributes().value(u"value"_s) == u"read"_s) {
                        t.m_access.insert(interface + u'.' + method, Access::Read);
                    }
                } else if (xml.isEndElement() && xml.name() == u"method"_s) {
                    method.clear();
                }
            }
        }
        return t;
    }();
    return table;
}

Access AccessTable::accessOf(const QString &interface, const QString &member) const
{
    return m_access.value(interface + u'.' + member, Access::Manage);
}

} // namespace Doorstep::DBus
