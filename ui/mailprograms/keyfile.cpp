#include "ui/mailprograms/keyfile.h"

#include <algorithm>

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

QString unescape(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\' || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case 's':
            out += u' ';
            break;
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        default: // "\\" and, leniently, any other escaped character as itself
            out += next;
            break;
        }
    }
    return out;
}

QString escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u' ' && i == 0) // GKeyFile strips leading blanks unless escaped
            out += u"\\s"_s;
        else
            out += c;
    }
    return out;
}

} // namespace

KeyFile KeyFile::parse(const QByteArray &content)
{
    KeyFile file;
    Group *current = nullptr;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray &bytes : lines) {
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QString name = line.mid(1, line.size() - 2);
            current = file.group(name);
            if (!current) {
                file.m_groups.append(Group{name, {}});
                current = &file.m_groups.last();
            }
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!current || equals <= 0)
            continue; // GKeyFile refuses such a file; a reader here only skips the line
        const QString key = line.left(equals).trimmed();
        const QString value = unescape(line.mid(equals + 1).trimmed());
        auto it = std::find_if(current->entries.begin(), current->entries.end(),
                               [&key](const Entry &entry) { return entry.key == key; });
        if (it != current->entries.end())
            it->value = value; // the last one counts, as in GKeyFile
        else
            current->entries.append(Entry{key, value});
    }
    return file;
}

QStringList KeyFile::groups() const
{
    QStringList names;
    for (const Group &g : m_groups)
        names.append(g.name);
    return names;
}

bool KeyFile::hasGroup(const QString &name) const
{
    return group(name) != nullptr;
}

QString KeyFile::value(const QString &groupName, const QString &key, const QString &fallback) const
{
    const Group *g = group(groupName);
    if (!g)
        return fallback;
    for (const Entry &entry : g->entries) {
        if (entry.key == key)
            return entry.value;
    }
    return fallback;
}

void KeyFile::setValue(const QString &groupName, const QString &key, const QString &value)
{
    Group *g = group(groupName);
    if (!g) {
        m_groups.append(Group{groupName, {}});
        g = &m_groups.last();
    }
    for (Entry &entry : g->entries) {
        if (entry.key == key) {
            entry.value = value;
            return;
        }
    }
    g->entries.append(Entry{key, value});
}

QByteArray KeyFile::toBytes() const
{
    QString out;
    for (const Group &g : m_groups) {
        if (!out.isEmpty())
            out += u'\n';
        out += u'[' + g.name + u"]\n"_s;
        for (const Entry &entry : g.entries)
            out += entry.key + u'=' + escape(entry.value) + u'\n';
    }
    return out.toUtf8();
}

KeyFile::Group *KeyFile::group(const QString &name)
{
    auto it = std::find_if(m_groups.begin(), m_groups.end(), [&name](const Group &g) { return g.name == name; });
    return it == m_groups.end() ? nullptr : &*it;
}

const KeyFile::Group *KeyFile::group(const QString &name) const
{
    auto it = std::find_if(m_groups.cbegin(), m_groups.cend(), [&name](const Group &g) { return g.name == name; });
    return it == m_groups.cend() ? nullptr : &*it;
}

} // namespace Doorstep::Ui::MailPrograms
