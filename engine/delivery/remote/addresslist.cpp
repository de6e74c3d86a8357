#include "engine/delivery/remote/addresslist.h"

namespace Doorstep::Delivery {

namespace {

/** A lexical token of a structured field (RFC 5322 3.2); blanks and comments are not tokens. */
struct Token
{
    enum class Kind {
        Atom,    // 1*atext, dots excluded: "pc", "datix"
        Quoted,  // a quoted-string, quotes included
        Literal, // a domain-literal, brackets included
        Special, // one of ()<>[]:;@\,.
    };
    Kind kind = Kind::Atom;
    qsizetype start = 0;
    qsizetype end = 0;
    char special = 0;
    bool gapBefore = false; // blanks or a comment right before it

    bool is(char c) const { return kind == Kind::Special && special == c; }
    bool isWord() const { return kind == Kind::Atom || kind == Kind::Quoted; }
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isSpecial(char c)
{
    return QByteArrayView("()<>[]:;@\\,.\"").contains(c);
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

/** The end of the quoted-string (@p close '"') or domain-literal (']') opened at @p i; -1 when it never closes. */
qsizetype skipQuoted(QByteArrayView text, qsizetype i, char close)
{
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        const char c = text[j];
        if (c == '\\')
            ++j; // quoted-pair
        else if (c == close)
            return j + 1;
        else if (close == ']' && c == '[')
            return -1;
    }
    return -1;
}

/** The end of the comment, nested ones included, opened at @p i; -1 when it never closes. */
qsizetype skipComment(QByteArrayView text, qsizetype i)
{
    int depth = 0;
    for (qsizetype j = i; j < text.size(); ++j) {
        const char c = text[j];
        if (c == '\\')
            ++j;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return j + 1;
    }
    return -1;
}

std::optional<QList<Token>> tokenize(QByteArrayView text)
{
    QList<Token> tokens;
    bool gap = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isBlank(c)) {
            gap = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.gapBefore = gap;
        if (c == '(') {
            const qsizetype end = skipComment(text, i);
            if (end < 0)
                return std::nullopt;
            gap = true;
            i = end;
            continue;
        }
        if (c == '"' || c == '[') {
            const qsizetype end = skipQuoted(text, i, c == '"' ? '"' : ']');
            if (end < 0)
                return std::nullopt;
            token.kind = c == '"' ? Token::Kind::Quoted : Token::Kind::Literal;
            token.end = end;
        } else if (c == ')' || c == ']' || c == '\\' || isControl(c)) {
            return std::nullopt;
        } else if (isSpecial(c)) {
            token.kind = Token::Kind::Special;
            token.special = c;
            token.end = i + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && !isBlank(text[end]) && !isSpecial(text[end]) && !isControl(text[end]))
                ++end;
            token.kind = Token::Kind::Atom;
            token.end = end;
        }
        tokens.append(token);
        gap = false;
        i = token.end;
    }
    return tokens;
}

/** A recursive-descent reader of the token list; any surprise makes the whole list not understood. */
class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    std::optional<QList<MailboxSpan>> addressList()
    {
        while (!atEnd()) {
            if (peek().is(',')) {
                ++m_at; // an empty element (RFC 5322 4.4 obs-addr-list)
                continue;
            }
            if (!address(true))
                return std::nullopt;
            if (!atEnd() && !take(','))
                return std::nullopt;
        }
        return m_mailboxes;
    }

private:
    bool atEnd() const { return m_at >= m_tokens.size(); }
    const Token &peek() const { return m_tokens[m_at]; }
    bool take(char special)
    {
        if (atEnd() || !peek().is(special))
            return false;
        ++m_at;
        return true;
    }

    /** A display name: words and (obs-phrase) dots, up to @p end. */
    bool phrase(qsizetype end, bool required) const
    {
        if (required && end == m_at)
            return false;
        for (qsizetype i = m_at; i < end; ++i) {
            if (!m_tokens[i].isWord() && !m_tokens[i].is('.'))
                return false;
        }
        return true;
    }

    bool address(bool allowGroup)
    {
        qsizetype end = m_at;
        while (end < m_tokens.size() && !m_tokens[end].is('<') && !m_tokens[end].is(':') && !m_tokens[end].is(',')
               && !m_tokens[end].is(';'))
            ++end;
        const bool angle = end < m_tokens.size() && m_tokens[end].is('<');
        const bool group = end < m_tokens.size() && m_tokens[end].is(':');
        if (angle) {
            if (!phrase(end, false))
                return false;
            m_at = end + 1;
            if (!atEnd() && peek().is('@')) {
                // An obsolete source route "<@a.example,@b.example:user@c.example>" (RFC 5322 4.4).
                while (!atEnd() && !peek().is(':') && !peek().is('>'))
                    ++m_at;
                if (!take(':'))
                    return false;
            }
            return addrSpec() && take('>');
        }
        if (group) {
            if (!allowGroup || !phrase(end, true))
                return false;
            m_at = end + 1;
            for (;;) {
                if (atEnd())
                    return false;
                if (take(';'))
                    return true;
                if (take(','))
                    continue;
                if (!address(false))
                    return false;
                if (!atEnd() && peek().is(','))
                    ++m_at;
                else if (atEnd() || !peek().is(';'))
                    return false;
            }
        }
        return addrSpec() && m_at == end;
    }

    /** local-part ["@" domain], each without blanks or comments inside. */
    bool addrSpec()
    {
        if (atEnd() || !peek().isWord())
            return false;
        MailboxSpan span;
        span.localStart = peek().start;
        ++m_at;
        while (!atEnd() && peek().is('.') && !peek().gapBefore) {
            if (m_at + 1 >= m_tokens.size() || !m_tokens[m_at + 1].isWord() || m_tokens[m_at + 1].gapBefore)
                return false;
            m_at += 2;
        }
        span.localEnd = m_tokens[m_at - 1].end;
        if (!atEnd() && peek().is('@')) {
            if (peek().gapBefore)
                return false;
            ++m_at;
            if (atEnd() || peek().gapBefore)
                return false;
            span.domainStart = peek().start;
            if (peek().kind == Token::Kind::Literal) {
                ++m_at;
            } else {
                if (peek().kind != Token::Kind::Atom)
                    return false;
                ++m_at;
                while (!atEnd() && peek().is('.') && !peek().gapBefore) {
                    ++m_at;
                    if (atEnd() || peek().kind != Token::Kind::Atom || peek().gapBefore)
                        break; // a trailing dot ends an absolute name: "example.org."
                    ++m_at;
                }
            }
            span.domainEnd = m_tokens[m_at - 1].end;
        }
        m_mailboxes.append(span);
        return true;
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    QList<MailboxSpan> m_mailboxes;
};

} // namespace

std::optional<QList<MailboxSpan>> parseAddressList(QByteArrayView value)
{
    auto tokens = tokenize(value);
    if (!tokens)
        return std::nullopt;
    return Parser(std::move(*tokens)).addressList();
}

} // namespace Doorstep::Delivery
