#include "ui/mailprograms/thunderbirdprefs.h"

#include <QRegularExpression>

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

// user_pref("name", value); as Preferences.cpp writes it; the name is a quoted string too.
const QRegularExpression &prefLine()
{
    static const QRegularExpression re(uR"re(^\s*user_pref\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*(.*?)\s*\)\s*;\s*$)re"_s);
    return re;
}

QString unquote(const QString &quoted)
{
    QString out;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        QChar c = quoted.at(i);
        if (c == u'\\' && i + 2 < quoted.size()) {
            c = quoted.at(++i);
            if (c == u'n')
                c = u'\n';
            else if (c == u'r')
                c = u'\r';
            else if (c == u't')
                c = u'\t';
            else if (c == u'u' && i + 4 < quoted.size()) {
                bool ok = false;
                const ushort code = quoted.mid(i + 1, 4).toUShort(&ok, 16);
                if (ok) {
                    c = QChar(code);
                    i += 4;
                }
            }
        }
        out += c;
    }
    return out;
}

std::optional<QVariant> parseValue(const QString &text)
{
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        return QVariant(unquote(text));
    if (text == u"true"_s)
        return QVariant(true);
    if (text == u"false"_s)
        return QVariant(false);
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (ok)
        return QVariant(number);
    return std::nullopt;
}

QByteArray quote(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c == u'\\')
            out += "\\\\";
        else if (c == u'"')
            out += "\\\"";
        else if (c == u'\n')
            out += "\\n";
        else if (c == u'\r')
            out += "\\r";
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

} // namespace

ThunderbirdPrefs ThunderbirdPrefs::parse(const QByteArray &content)
{
    ThunderbirdPrefs prefs;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray &raw : lines) {
        Line line{raw, {}, {}};
        const auto match = prefLine().match(QString::fromUtf8(raw));
        if (match.hasMatch()) {
            if (const auto value = parseValue(match.captured(2))) {
                line.name = unquote(u'"' + match.captured(1) + u'"');
                line.value = *value;
            }
        }
        prefs.m_lines.append(line);
    }
    return prefs;
}

std::optional<QVariant> ThunderbirdPrefs::value(const QString &name) const
{
    // Preferences.cpp lets a later line win; so does this.
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->name == name)
            return it->value;
    }
    return std::nullopt;
}

QString ThunderbirdPrefs::string(const QString &name) const
{
    const auto found = value(name);
    return found ? found->toString() : QString();
}

QStringList ThunderbirdPrefs::names() const
{
    QStringList names;
    for (const Line &line : m_lines) {
        if (!line.name.isEmpty())
            names.append(line.name);
    }
    return names;
}

QByteArray ThunderbirdPrefs::literal(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? "true" : "false";
    if (value.typeId() == QMetaType::QString)
        return quote(value.toString());
    return QByteArray::number(value.toLongLong());
}

void ThunderbirdPrefs::set(const QString &name, const QVariant &value)
{
    const QByteArray raw = "user_pref(" + quote(name) + ", " + literal(value) + ");";
    for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
        if (it->name == name) {
            *it = Line{raw, name, value};
            return;
        }
    }
    // Append before the final empty piece that the file's last newline leaves.
    const bool endsWithNewline = !m_lines.isEmpty() && m_lines.last().raw.isEmpty() && m_lines.last().name.isEmpty();
    const qsizetype at = endsWithNewline ? m_lines.size() - 1 : m_lines.size();
    m_lines.insert(at, Line{raw, name, value});
    if (!endsWithNewline)
        m_lines.append(Line{});
}

QByteArray ThunderbirdPrefs::toBytes() const
{
    QByteArray out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (i > 0)
            out += '\n';
        out += m_lines.at(i).raw;
    }
    return out;
}

} // namespace Doorstep::Ui::MailPrograms
