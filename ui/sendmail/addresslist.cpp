#include "ui/sendmail/addresslist.h"

#include <optional>
#include <utility>

namespace Doorstep::Ui::Sendmail {

using namespace Qt::StringLiterals;

namespace {

// One mailbox being read: its words (atoms, quoted strings, '.', '@', domain literals) or
// the content of its angle brackets, which wins over the words (they were a display name).
class Mailbox
{
public:
    void word(const QString &text, bool spaced)
    {
        // Two words apart ("alice bob") are two addresses, unless a '.' or '@' joins them.
        if (spaced && !m_text.isEmpty() && !m_text.endsWith(u'.') && !m_text.endsWith(u'@') && text != u"."_s && text != u"@"_s)
            m_split << std::exchange(m_text, {});
        m_text += text;
    }
    void angle(const QString &content) { m_angle = content; }
    void phraseEnds() // a group's name before its ':'
    {
        m_text.clear();
        m_split.clear();
    }
    void flushInto(QStringList &out)
    {
        if (m_angle) {
            QString address = m_angle->trimmed();
            if (address.startsWith(u'@') && address.contains(u':')) // obsolete source route
                address = address.section(u':', 1);
            if (!address.isEmpty())
                out << address;
        } else {
            for (const QString &part : std::as_const(m_split) + QStringList{m_text})
                if (!part.isEmpty())
                    out << part;
        }
        *this = Mailbox();
    }

private:
    QString m_text;
    QStringList m_split;
    std::optional<QString> m_angle;
};

// Reads from @p i up to the matching @p close, honouring backslash escapes (and nesting for
// comments); returns what lies between. @p i ends on the closing character.
QString readDelimited(const QString &text, qsizetype &i, QChar open, QChar close, bool nests)
{
    QString inside;
    int depth = 1;
    for (++i; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            inside += c;
            inside += text.at(++i);
            continue;
        }
        if (nests && c == open)
            ++depth;
        else if (c == close && --depth == 0)
            return inside;
        inside += c;
    }
    return inside; // unterminated: take what there is
}

} // namespace

QStringList parseAddressList(const QString &text)
{
    QStringList out;
    Mailbox mailbox;
    bool spaced = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            spaced = true;
            continue;
        }
        switch (c.unicode()) {
        case '(':
            readDelimited(text, i, u'(', u')', true); // a comment
            spaced = true;
            continue;
        case '"':
            mailbox.word(u'"' + readDelimited(text, i, u'"', u'"', false) + u'"', spaced);
            break;
        case '[':
            mailbox.word(u'[' + readDelimited(text, i, u'[', u']', false) + u']', spaced);
            break;
        case '<': {
            QString inside;
            // Quoted strings inside angle brackets may hold a '>'.
            for (++i; i < text.size() && text.at(i) != u'>'; ++i) {
                if (text.at(i) == u'"') {
                    inside += u'"' + readDelimited(text, i, u'"', u'"', false) + u'"';
                    continue;
                }
                if (!text.at(i).isSpace())
                    inside += text.at(i);
            }
            mailbox.angle(inside);
            break;
        }
        case ':':
            mailbox.phraseEnds();
            break;
        case ',':
        case ';':
            mailbox.flushInto(out);
            break;
        case '.':
        case '@':
            mailbox.word(QString(c), spaced);
            break;
        default: {
            static const QString specials = u"()<>[]:;@\\,.\""_s;
            if (specials.contains(c))
                break; // a stray '>', ')', ']' or '\\'
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace() && !specials.contains(text.at(end)))
                ++end;
            mailbox.word(text.mid(i, end - i), spaced);
            i = end - 1;
            break;
        }
        }
        spaced = false;
    }
    mailbox.flushInto(out);
    return out;
}

} // namespace Doorstep::Ui::Sendmail
