#include "engine/dns/taglist.h"

#include <QRegularExpression>

namespace Doorstep::Dns {

using namespace Qt::StringLiterals;

Core::Result<TagList> TagList::parse(QByteArrayView text)
{
    static const QRegularExpression tagName(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    TagList list;
    const QString whole = QString::fromLatin1(text);
    const QStringList specs = whole.split(u';');
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString spec = specs.at(i).trimmed();
        if (spec.isEmpty()) {
            if (i == specs.size() - 1)
                break; // a trailing ';' is allowed
            return Core::Error::invalidArgument(u"The record has an empty tag between two ';'."_s);
        }
        const qsizetype equals = spec.indexOf(u'=');
        if (equals < 0)
            return Core::Error::invalidArgument(u"'%1' is not a tag: tags are written name=value."_s.arg(spec));
        const QString name = spec.first(equals).trimmed();
        if (!tagName.match(name).hasMatch())
            return Core::Error::invalidArgument(u"'%1' is not a valid tag name."_s.arg(name));
        if (list.contains(name))
            return Core::Error::invalidArgument(u"The tag '%1' appears twice."_s.arg(name));
        list.tags.append({name, spec.mid(equals + 1).trimmed()});
    }
    return list;
}

bool TagList::contains(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first == name)
            return true;
    }
    return false;
}

QString TagList::value(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first == name)
            return tag.second;
    }
    return {};
}

} // namespace Doorstep::Dns
