#include "engine/delivery/rules/procmailimport.h"

#include <optional>
#include <vector>

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Doorstep::Delivery {

namespace {

// ---------------------------------------------------------------------------------------------
// The procmailrc as a tree of items (procmailrc(5) "Recipes", "Environment")

struct Condition
{
    int line = 0;
    QString text; // after the '*', trimmed
};

struct Item
{
    enum class Kind { Assignment, Recipe, Unreadable };
    Kind kind = Kind::Unreadable;
    int line = 0;
    QStringList source; // the lines as written, for the comment of an item that is not imported

    QString name; // Assignment
    QString value;

    QString flags; // Recipe: the letters between ":0" and the lock file
    QList<Condition> conditions;
    QString action; // the action line; empty for a block
    bool isBlock = false;
    std::vector<Item> block;

    QString why; // Unreadable
};

/** Splits the text into items; continued lines (trailing backslash) are joined. */
class Parser
{
public:
    explicit Parser(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (QString &line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
        }
        m_original = lines;
        m_text = lines;
    }

    std::vector<Item> parse()
    {
        std::vector<Item> items;
        parseItems(items, /*inBlock=*/false);
        return items;
    }

private:
    static bool isBlankOrComment(const QString &line)
    {
        const QString trimmed = line.trimmed();
        return trimmed.isEmpty() || trimmed.startsWith(u'#');
    }

    bool atEnd() const { return m_next >= m_text.size(); }
    QString peek() const { return m_text.at(m_next).trimmed(); }

    /** One line and the lines it continues onto; returns its text with the joins removed. */
    QString takeLogicalLine()
    {
        QString text = m_text.at(m_next++);
        while (text.endsWith(u'\\') && !atEnd()) {
            text.chop(1);
            const QString next = m_text.at(m_next++);
            qsizetype start = 0;
            while (start < next.size() && next.at(start).isSpace())
                ++start;
            text += next.mid(start);
        }
        return text;
    }

    QStringList sourceSince(qsizetype first) const { return m_original.mid(first, m_next - first); }

    Item unreadable(qsizetype first, const QString &why) const
    {
        Item item;
        item.kind = Item::Kind::Unreadable;
        item.line = int(first) + 1;
        item.source = sourceSince(first);
        item.why = why;
        return item;
    }

    /** Items up to the end, or up to the '}' closing the block; false when a block is not closed. */
    bool parseItems(std::vector<Item> &items, bool inBlock)
    {
        static const QRegularExpression assignment(u"^([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)$"_s);
        while (!atEnd()) {
            const qsizetype first = m_next;
            const QString line = peek();
            if (isBlankOrComment(line)) {
                ++m_next;
                continue;
            }
            if (line.startsWith(u'}')) {
                ++m_next;
                if (inBlock)
                    return true;
                items.push_back(unreadable(first, u"closes a block that was never opened"_s));
                continue;
            }
            if (line.startsWith(u':')) {
                items.push_back(parseRecipe());
                continue;
            }
            const QString text = takeLogicalLine().trimmed();
            const auto match = assignment.match(text);
            if (!match.hasMatch()) {
                items.push_back(unreadable(first, u"is neither a recipe nor a variable assignment"_s));
                continue;
            }
            Item item;
            item.kind = Item::Kind::Assignment;
            item.line = int(first) + 1;
            item.source = sourceSince(first);
            item.name = match.captured(1);
            item.value = match.captured(2).trimmed();
            items.push_back(std::move(item));
        }
        return !inBlock;
    }

    Item parseRecipe()
    {
        // ":0", flags, and an optional ":" with a lock file; old ":N" counts are not supported.
        static const QRegularExpression head(u"^:\\s*0([^:#]*)(:[^#]*)?(#.*)?$"_s);
        const qsizetype first = m_next;
        const auto match = head.match(takeLogicalLine().trimmed());
        Item recipe;
        recipe.kind = Item::Kind::Recipe;
        recipe.line = int(first) + 1;
        QString why;
        if (match.hasMatch())
            recipe.flags = match.captured(1).simplified().remove(u' ');
        else
            why = u"has a recipe line procmail 3 does not write (use \":0\")"_s;

        while (!atEnd()) {
            const QString line = peek();
            if (isBlankOrComment(line)) {
                ++m_next;
                continue;
            }
            if (!line.startsWith(u'*'))
                break;
            const int number = int(m_next) + 1;
            recipe.conditions.append({number, takeLogicalLine().trimmed().mid(1).trimmed()});
        }
        if (atEnd())
            return unreadable(first, u"has no action"_s);

        if (peek().startsWith(u'{')) {
            recipe.isBlock = true;
            // What follows the '{' on its line is the block's first line.
            const QString rest = peek().mid(1).trimmed();
            if (rest.isEmpty())
                ++m_next;
            else
                m_text[m_next] = rest;
            if (!parseItems(recipe.block, /*inBlock=*/true))
                return unreadable(first, u"opens a block that is never closed"_s);
        } else {
            recipe.action = takeLogicalLine().trimmed();
        }
        recipe.source = sourceSince(first);
        if (!why.isEmpty()) {
            recipe.kind = Item::Kind::Unreadable;
            recipe.why = why;
        }
        return recipe;
    }

    QStringList m_original; // the lines as written
    QStringList m_text;     // the same, with what followed a '{' moved onto its own line
    qsizetype m_next = 0;
};

// ---------------------------------------------------------------------------------------------
// Sieve text

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString stringList(const QStringList &strings)
{
    if (strings.size() == 1)
        return quoted(strings.first());
    QStringList items;
    for (const QString &s : strings)
        items << quoted(s);
    return u'[' + items.join(u", "_s) + u']';
}

QString allOf(const QStringList &tests)
{
    if (tests.isEmpty())
        return u"true"_s;
    if (tests.size() == 1)
        return tests.first();
    return u"allof ("_s + tests.join(u", "_s) + u')';
}

QString anyOf(const QStringList &tests)
{
    if (tests.size() == 1)
        return tests.first();
    return u"anyof ("_s + tests.join(u", "_s) + u')';
}

// ---------------------------------------------------------------------------------------------
// Procmail regular expressions

// procmail's macros (procmailrc(5) "Extended regular expressions"), as the header names they
// look at and the part that matches the field's value.
const QStringList addressFields = {
    u"to"_s,
    u"cc"_s,
    u"bcc"_s,
    u"resent-to"_s,
    u"resent-cc"_s,
    u"resent-bcc"_s,
    u"original-to"_s,
    u"original-cc"_s,
    u"original-bcc"_s,
    u"original-resent-to"_s,
    u"original-resent-cc"_s,
    u"original-resent-bcc"_s,
    u"x-envelope-to"_s,
    u"apparently-to"_s,
    u"apparently-resent-to"_s,
};
const QStringList senderFields = {u"from"_s, u"sender"_s, u"resent-from"_s, u"resent-sender"_s, u"x-envelope-from"_s};
// The tail after a daemon's name: what may follow it up to the end of the field. The tab is a
// real one: "\t" means nothing special to a POSIX regular expression.
const QString daemonTail = u"(([^).!:a-z0-9][-_a-z0-9]*)?[%@>\t ][^<)]*(\\(.*\\).*)?)?$"_s;
const QString fromDaemonNames = u"(Post(ma?(st(e?r)?|n)|office)|(send)?Mail(er)?|daemon|m(mdf|ajordomo)|n?uucp|"
                                u"LIST(SERV|proc)|NETSERV|o(wner|ps)|r(e(quest|sponse)|oot)|b(ounce|bs\\.smtp)|echo|"
                                u"mirror|s(erv(ices?|er)|mtp(error)?|ystem)|A(dmin(istrator)?|MMGR|utoanswer))"_s;
const QString fromMailerNames = u"(Post(ma(st(er)?|n)|office)|(send)?Mail(er)?|daemon|mmdf|n?uucp|ops|"
                                u"r(esponse|oot)|(bbs\\.)?smtp(error)?|s(erv(ices?|er)|ystem)|A(dmin(istrator)?|MMGR))"_s;

/**
 * Where the bracket expression opened at @p open ends (its ']'), or the size when it does not
 * end; a ']' right after '[' or '[^' belongs to the set.
 */
qsizetype bracketEnd(const QString &regex, qsizetype open)
{
    qsizetype end = open + 1;
    if (end < regex.size() && regex.at(end) == u'^')
        ++end;
    if (end < regex.size() && regex.at(end) == u']')
        ++end;
    while (end < regex.size() && regex.at(end) != u']')
        ++end;
    return end;
}

/**
 * A procmail (egrep-like) expression as a POSIX extended one, or nullopt with @p why. Both
 * share . * + ? | ( ) [ ] ^ $; the differences are procmail's \< and \> (a non-word character
 * or a line's edge, not a zero-width boundary), its \/ (where $MATCH starts: dropped, the match
 * is the same), braces (literal in procmail, intervals in POSIX) and a backslash before a
 * letter or digit (the character itself in procmail, GNU extensions such as \w in POSIX).
 */
std::optional<QString> posixRegex(const QString &regex, QString &why)
{
    QString out;
    const qsizetype n = regex.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = regex.at(i);
        if (c == u'\\') {
            if (i + 1 == n) {
                out += u"\\\\"_s;
                break;
            }
            const QChar next = regex.at(++i);
            if (next == u'/')
                continue;
            if (next == u'<')
                out += u"(^|[^a-zA-Z0-9_])"_s;
            else if (next == u'>')
                out += u"([^a-zA-Z0-9_]|$)"_s;
            else if (next.isLetterOrNumber())
                out += next;
            else
                out += u'\\' + QString(next);
        } else if (c == u'[') {
            const qsizetype end = bracketEnd(regex, i); // copied as it is
            if (end == n) {
                why = u"has a '[' without its ']'"_s;
                return std::nullopt;
            }
            out += regex.mid(i, end - i + 1);
            i = end;
        } else if (c == u'{') {
            out += u"[{]"_s;
        } else if (c == u'}') {
            out += u"[}]"_s;
        } else {
            out += c;
        }
    }
    return out;
}

/** The text an expression matches when it is plain text (escaped punctuation allowed), else nullopt. */
std::optional<QString> literalText(const QString &regex)
{
    static const QString special = u"^$.[]|()*+?{}"_s;
    QString text;
    for (qsizetype i = 0; i < regex.size(); ++i) {
        const QChar c = regex.at(i);
        if (c == u'\\') {
            if (i + 1 == regex.size())
                return std::nullopt;
            const QChar next = regex.at(++i);
            if (next == u'/')
                continue;
            if (next.isLetterOrNumber() || next == u'<' || next == u'>')
                return std::nullopt;
            text += next;
        } else if (special.contains(c)) {
            return std::nullopt;
        } else {
            text += c;
        }
    }
    return text;
}

/** The expression split at each '|' outside parentheses and brackets. */
QStringList topLevelAlternatives(const QString &regex)
{
    QStringList alternatives;
    QString current;
    int depth = 0;
    for (qsizetype i = 0; i < regex.size(); ++i) {
        const QChar c = regex.at(i);
        if (c == u'\\' && i + 1 < regex.size()) {
            current += c;
            current += regex.at(++i);
            continue;
        }
        if (c == u'[') {
            const qsizetype end = bracketEnd(regex, i);
            current += regex.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u'|' && depth == 0) {
            alternatives << current;
            current.clear();
        } else {
            current += c;
        }
    }
    alternatives << current;
    return alternatives;
}

// ---------------------------------------------------------------------------------------------
// The translation

using Variables = QHash<QString, std::optional<QString>>; // nullopt: set, but only procmail knows to what

/** Where an action line's folder path leads. */
struct Destination
{
    enum class Kind { Discard, Inbox, Folder };
    Kind kind = Kind::Inbox;
    QString folder;
};

/** One branch of an if/elsif chain: its tests (all must hold) and its commands. */
struct Branch
{
    QStringList tests;    // with those of the recipe an A recipe depends on
    QStringList ownTests; // the recipe's own conditions
    QStringList body;
};

/** The recipe whose conditions an `A` recipe adds to, and the one an `E` recipe is the else of. */
struct LevelState
{
    int anchorLine = 0;
    std::optional<QStringList> anchorTests; // nullopt: that recipe was not imported
    bool anchorIsElse = false;
    int previousLine = 0; // 0: no recipe yet at this level
    bool previousImported = false;
    QList<Branch> chain; // the if/elsif chain still open
};

class Translator
{
public:
    explicit Translator(const ProcmailImporter::Options &options)
        : m_options(options)
    {
        m_initial.insert(u"HOME"_s, u"~"_s); // only ever compared and stripped, never shown as "~"
        m_initial.insert(u"MAILDIR"_s, u"~"_s); // procmail's default: $HOME
        // XXX: without the user's name $ORGMAIL is a token that only $DEFAULT and $ORGMAIL match.
        const QString orgmail = options.user.isEmpty() ? u"\x01ORGMAIL"_s : u"/var/mail/"_s + options.user;
        m_initial.insert(u"ORGMAIL"_s, orgmail);
        m_initial.insert(u"DEFAULT"_s, orgmail);
        if (!options.user.isEmpty()) {
            m_initial.insert(u"LOGNAME"_s, options.user);
            m_initial.insert(u"USER"_s, options.user);
        }
    }

    QString run(const std::vector<Item> &items)
    {
        Variables variables = m_initial;
        const QList<QStringList> statements = translateLevel(items, variables);
        QStringList lines{u"# Imported from procmail by Doorstep."_s};
        if (!m_requires.isEmpty()) {
            QStringList extensions = m_requires.values();
            extensions.sort();
            lines << u"require "_s + stringList(extensions) + u';';
        }
        for (const QStringList &statement : statements) {
            lines << QString();
            lines << statement;
        }
        return lines.join(u'\n') + u'\n';
    }

    QStringList untranslated() const { return m_untranslated; }

private:
    QList<QStringList> translateLevel(const std::vector<Item> &items, Variables &variables)
    {
        QList<QStringList> statements;
        LevelState level;
        const auto closeChain = [&] {
            if (!level.chain.isEmpty())
                statements << renderChain(level.chain);
            level.chain.clear();
        };
        for (const Item &item : items) {
            switch (item.kind) {
            case Item::Kind::Assignment:
                if (auto why = assign(item, variables)) {
                    closeChain();
                    statements << notImported(item, *why);
                }
                break;
            case Item::Kind::Unreadable:
                closeChain();
                statements << notImported(item, item.why);
                forgetAssignedIn(item.block, variables);
                level.previousLine = level.anchorLine = item.line;
                level.previousImported = false;
                level.anchorTests.reset();
                break;
            case Item::Kind::Recipe: {
                const bool chained = item.flags.contains(u'A');
                const bool isElse = item.flags.contains(u'E');
                QString why;
                const std::optional<Branch> branch = translateRecipe(item, variables, level, why);
                if (!isElse || !branch)
                    closeChain();
                if (branch)
                    level.chain << *branch;
                else
                    statements << notImported(item, why);
                level.previousLine = item.line;
                level.previousImported = branch.has_value();
                if (!chained) {
                    // An A recipe adds to this recipe's own conditions, not to those it added to.
                    level.anchorLine = item.line;
                    level.anchorIsElse = isElse;
                    level.anchorTests = branch ? std::optional(branch->ownTests) : std::nullopt;
                }
                break;
            }
            }
        }
        closeChain();
        return statements;
    }

    std::optional<Branch> translateRecipe(const Item &recipe, Variables &variables, const LevelState &level, QString &why)
    {
        static const QString knownFlags = u"HBDAaEehbfcwWir"_s;
        for (const QChar flag : recipe.flags) {
            if (!knownFlags.contains(flag)) {
                why = u"has the flag '%1', which procmail does not know"_s.arg(flag);
                return failBlock(recipe, variables);
            }
        }
        const QString &flags = recipe.flags;
        if (flags.contains(u'a') || flags.contains(u'e')) {
            why = u"depends on whether the previous recipe's action succeeded (%1 flag), which Sieve cannot tell"_s.arg(
                QChar(flags.contains(u'a') ? u'a' : u'e'));
            return failBlock(recipe, variables);
        }
        if (flags.contains(u'f')) {
            why = u"filters the message through a program (f flag), which Sieve cannot run"_s;
            return failBlock(recipe, variables);
        }
        QStringList tests;
        if (flags.contains(u'A')) {
            if (!level.anchorTests) {
                why = level.anchorLine ? u"adds to the conditions of line %1 (A flag), which was not imported"_s.arg(level.anchorLine)
                                       : u"has the A flag but no recipe before it"_s;
                return failBlock(recipe, variables);
            }
            if (level.anchorIsElse) {
                why = u"adds to the conditions of line %1 (A flag), an E recipe, which Sieve cannot express"_s.arg(level.anchorLine);
                return failBlock(recipe, variables);
            }
            tests = *level.anchorTests;
        }
        if (flags.contains(u'E') && (!level.previousImported || level.chain.isEmpty())) {
            why = level.previousLine ? u"is the else branch (E flag) of line %1, which was not imported"_s.arg(level.previousLine)
                                     : u"has the E flag but no recipe before it"_s;
            return failBlock(recipe, variables);
        }

        const bool caseSensitive = flags.contains(u'D');
        const bool body = flags.contains(u'B');
        QStringList ownTests;
        for (const Condition &condition : recipe.conditions) {
            const auto test = translateCondition(condition.text, caseSensitive, body, why);
            if (!test) {
                why = u"condition on line %1 %2"_s.arg(condition.line).arg(why);
                return failBlock(recipe, variables);
            }
            ownTests << *test;
        }
        tests << ownTests;

        const bool copy = flags.contains(u'c');
        Branch branch{tests, ownTests, {}};
        if (recipe.isBlock) {
            if (copy) {
                why = u"runs its block on a copy of the message (c flag on a block), which Sieve cannot do"_s;
                return failBlock(recipe, variables);
            }
            Variables inside = variables;
            for (const QStringList &statement : translateLevel(recipe.block, inside))
                branch.body << statement;
            if (tests.isEmpty())
                variables = inside;
            else
                forgetAssignedIn(recipe.block, variables);
            return branch;
        }
        if (auto commands = translateAction(recipe.action, flags, variables, why)) {
            branch.body = *commands;
            return branch;
        }
        return std::nullopt;
    }

    /** A block that is not imported may still have set variables: they are unknown after it. */
    std::optional<Branch> failBlock(const Item &recipe, Variables &variables)
    {
        forgetAssignedIn(recipe.block, variables);
        return std::nullopt;
    }

    static void forgetAssignedIn(const std::vector<Item> &items, Variables &variables)
    {
        for (const Item &item : items) {
            if (item.kind == Item::Kind::Assignment)
                variables.insert(item.name, std::nullopt);
            forgetAssignedIn(item.block, variables);
        }
    }

    std::optional<QString> translateCondition(QString text, bool caseSensitive, bool body, QString &why)
    {
        static const QRegularExpression weighted(u"^[-+]?[0-9]+(\\.[0-9]*)?\\s*\\^\\s*[-+]?[0-9]"_s);
        static const QRegularExpression variableMatch(u"^[A-Za-z_][A-Za-z0-9_]*\\s*\\?\\?"_s);
        static const QRegularExpression size(u"^([<>])\\s*([0-9]+)$"_s);
        bool negated = false;
        if (text.startsWith(u'!')) {
            negated = true;
            text = text.mid(1).trimmed();
        }
        std::optional<QString> test;
        if (const auto match = size.match(text); match.hasMatch()) {
            test = u"size %1 %2"_s.arg(match.captured(1) == u">"_s ? u":over"_s : u":under"_s, match.captured(2));
        } else if (text.startsWith(u'?')) {
            why = u"tests the exit code of a program, which Sieve cannot run"_s;
        } else if (text.startsWith(u'$')) {
            why = u"expands variables before matching ($), which only procmail can do"_s;
        } else if (weighted.match(text).hasMatch()) {
            why = u"is a weighted (scoring) condition, which Sieve has no counterpart for"_s;
        } else if (variableMatch.match(text).hasMatch()) {
            why = u"matches a variable (the ?? operator), which Sieve cannot see"_s;
        } else if (body) {
            // XXX: Sieve's body test (RFC 5173) hands the body to the regex as one string, where
            // procmail's ^, $ and . work line by line: a translation would match other mail.
            why = u"matches the body (B flag), which procmail does line by line and Sieve cannot"_s;
        } else {
            test = headerTest(text, caseSensitive, why);
        }
        if (test && negated)
            return u"not "_s + *test;
        return test;
    }

    /** A condition on the header, one test per top-level alternative. */
    std::optional<QString> headerTest(const QString &regex, bool caseSensitive, QString &why)
    {
        if (regex.contains(u"^^"_s)) {
            why = u"anchors at the start or end of the whole header (^^), which Sieve cannot"_s;
            return std::nullopt;
        }
        QStringList tests;
        for (const QString &alternative : topLevelAlternatives(regex)) {
            const auto test = headerAlternativeTest(alternative, caseSensitive, why);
            if (!test)
                return std::nullopt;
            tests << *test;
        }
        return anyOf(tests);
    }

    std::optional<QString> headerAlternativeTest(const QString &regex, bool caseSensitive, QString &why)
    {
        static const QRegularExpression namedField(u"^\\^(?:\\(([A-Za-z0-9_-]+(?:\\|[A-Za-z0-9_-]+)*)\\)|([A-Za-z0-9_-]+)):(.*)$"_s);
        // ^TO_ and ^TO: an address field where the text starts at a word's edge.
        if (regex.startsWith(u"^TO_"_s) || regex.startsWith(u"^TO"_s)) {
            const bool whole = regex.startsWith(u"^TO_"_s);
            const auto rest = posixRegex(regex.mid(whole ? 4 : 3), why);
            if (!rest)
                return std::nullopt;
            const QString edge = whole ? u"(^|[^-a-zA-Z0-9_.])"_s : u"(^|[^a-zA-Z])"_s;
            return regexTest(addressFields, edge + *rest, caseSensitive);
        }
        if (regex.startsWith(u"^FROM_DAEMON"_s) || regex.startsWith(u"^FROM_MAILER"_s)) {
            const bool daemon = regex.startsWith(u"^FROM_DAEMON"_s);
            if (regex.size() > 12) {
                why = u"adds to %1, which is only translated on its own"_s.arg(regex.left(12));
                return std::nullopt;
            }
            // XXX: procmail also looks at the "From " line of the mbox envelope; Sieve's
            // envelope sender is an address without the text the expression is written for.
            const QString names = daemon ? fromDaemonNames : fromMailerNames;
            QStringList tests;
            if (daemon) {
                tests << u"exists \"mailing-list\""_s << regexTest({u"precedence"_s}, u"(junk|bulk|list)"_s, caseSensitive)
                      << regexTest({u"to"_s}, u"^Multiple recipients of "_s, caseSensitive);
            }
            tests << regexTest(senderFields, u"^([^>]*[^(.%@a-z0-9])?"_s + names + daemonTail, caseSensitive);
            return anyOf(tests);
        }
        const auto match = namedField.match(regex);
        if (!match.hasMatch()) {
            why = u"matches the header as a whole, not a named field"_s;
            return std::nullopt;
        }
        const QStringList fields = (match.hasCaptured(1) && !match.captured(1).isEmpty() ? match.captured(1) : match.captured(2))
                                       .toLower()
                                       .split(u'|');
        // Sieve hands over a field's value unfolded and without the blanks after the colon.
        static const QRegularExpression leadingBlanks(u"^(?:[ \\t][*+]?|\\[[ \\t]+\\][*+]?)*"_s);
        QString value = match.captured(3);
        value.remove(leadingBlanks);
        if (value.isEmpty()) {
            QStringList tests;
            for (const QString &field : fields)
                tests << u"exists "_s + quoted(field);
            return anyOf(tests);
        }
        const bool anywhere = value.startsWith(u".*"_s);
        if (anywhere)
            value = value.mid(2);
        if (const auto text = literalText(value); anywhere && text)
            return u"header"_s + comparator(caseSensitive) + u" :contains "_s + stringList(fields) + u' ' + quoted(*text);
        const auto posix = posixRegex(value, why);
        if (!posix)
            return std::nullopt;
        return regexTest(fields, (anywhere ? QString() : u"^"_s) + *posix, caseSensitive);
    }

    QString regexTest(const QStringList &fields, const QString &regex, bool caseSensitive)
    {
        m_requires.insert(u"regex"_s);
        return u"header"_s + comparator(caseSensitive) + u" :regex "_s + stringList(fields) + u' ' + quoted(regex);
    }

    static QString comparator(bool caseSensitive) { return caseSensitive ? u" :comparator \"i;octet\""_s : QString(); }

    std::optional<QStringList> translateAction(const QString &action, const QString &flags, const Variables &variables, QString &why)
    {
        static const QRegularExpression capture(u"^[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*\\|"_s);
        if (action.startsWith(u'|')) {
            why = u"pipes the message to a program (%1), which Sieve cannot run"_s.arg(action);
            return std::nullopt;
        }
        if (capture.match(action).hasMatch()) {
            why = u"stores a program's output in a variable (%1), which Sieve cannot run"_s.arg(action);
            return std::nullopt;
        }
        if (flags.contains(u'h') != flags.contains(u'b')) {
            why = flags.contains(u'h') ? u"delivers only the header (h flag)"_s : u"delivers only the body (b flag)"_s;
            return std::nullopt;
        }
        const bool copy = flags.contains(u'c');
        if (action.startsWith(u'!'))
            return forward(action.mid(1).trimmed(), copy, variables, why);

        const auto path = expand(action, variables, why);
        if (!path)
            return std::nullopt;
        if (path->isEmpty() || path->contains(QRegularExpression(u"\\s"_s))) {
            why = path->isEmpty() ? u"has an empty action"_s : u"delivers to several folders at once (%1)"_s.arg(action);
            return std::nullopt;
        }
        const auto destination = resolve(*path, variables, why);
        if (!destination)
            return std::nullopt;
        QStringList commands;
        switch (destination->kind) {
        case Destination::Kind::Discard:
            if (copy)
                return commands; // a copy thrown away changes nothing
            commands << u"discard;"_s;
            break;
        case Destination::Kind::Inbox:
            commands << u"keep;"_s;
            break;
        case Destination::Kind::Folder:
            m_requires.insert(u"fileinto"_s);
            if (copy)
                m_requires.insert(u"copy"_s);
            commands << u"fileinto "_s + (copy ? u":copy "_s : QString()) + quoted(destination->folder) + u';';
            break;
        }
        if (!copy)
            commands << u"stop;"_s;
        return commands;
    }

    std::optional<QStringList> forward(const QString &addresses, bool copy, const Variables &variables, QString &why)
    {
        static const QRegularExpression mailbox(u"^[^@\\s\"\\\\]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"_s);
        const auto expanded = expand(addresses, variables, why);
        if (!expanded)
            return std::nullopt;
        const QStringList words = expanded->split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            why = u"forwards to nobody"_s;
            return std::nullopt;
        }
        QStringList commands;
        if (copy)
            m_requires.insert(u"copy"_s);
        for (const QString &word : words) {
            if (word.startsWith(u'-')) {
                why = u"passes options to sendmail (%1)"_s.arg(word);
                return std::nullopt;
            }
            if (!mailbox.match(word).hasMatch()) {
                why = u"forwards to \"%1\", which is not a complete address (name@domain)"_s.arg(word);
                return std::nullopt;
            }
            commands << u"redirect "_s + (copy ? u":copy "_s : QString()) + quoted(word) + u';';
        }
        if (!copy)
            commands << u"stop;"_s;
        return commands;
    }

    /** The text with $NAME and ${NAME} replaced, quotes removed; nullopt when that needs procmail. */
    static std::optional<QString> expand(QString text, const Variables &variables, QString &why)
    {
        if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
            return text.mid(1, text.size() - 2);
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
            text = text.mid(1, text.size() - 2);
        if (text.contains(u'`')) {
            why = u"runs a program (`…`), which Sieve cannot"_s;
            return std::nullopt;
        }
        static const QRegularExpression reference(u"\\$(?:\\{([^}]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"_s);
        static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        QString out;
        qsizetype done = 0;
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            if (!identifier.match(name).hasMatch()) {
                why = u"uses ${%1}, which only procmail can expand"_s.arg(name);
                return std::nullopt;
            }
            const auto value = variables.constFind(name);
            if (value == variables.cend()) {
                why = u"uses $%1, which is not set in this file"_s.arg(name);
                return std::nullopt;
            }
            if (!value->has_value()) {
                why = u"uses $%1, whose value only procmail knows when it runs"_s.arg(name);
                return std::nullopt;
            }
            out += text.mid(done, match.capturedStart() - done) + **value;
            done = match.capturedEnd();
        }
        return out + text.mid(done);
    }

    std::optional<Destination> resolve(const QString &path, const Variables &variables, QString &why) const
    {
        if (path == u"/dev/null"_s)
            return Destination{Destination::Kind::Discard, {}};
        const auto maildir = variables.value(u"MAILDIR"_s);
        if (!maildir) {
            why = u"delivers relative to $MAILDIR, whose value only procmail knows when it runs"_s;
            return std::nullopt;
        }
        const QString root = QDir::cleanPath(*maildir);
        const bool absolute = path.startsWith(u'/') || path.startsWith(u'~');
        const QString full = QDir::cleanPath(absolute ? path : root + u'/' + path);
        for (const QString &inbox : {u"DEFAULT"_s, u"ORGMAIL"_s}) {
            if (const auto value = variables.value(inbox); value && QDir::cleanPath(*value) == full)
                return Destination{Destination::Kind::Inbox, {}};
        }
        if (full == root)
            return Destination{Destination::Kind::Inbox, {}};
        // The global spamtrap (/usr/tmp/spamtrap, $MAILDIR/spamtrap, ...) is the spam folder.
        if (full.section(u'/', -1) == u"spamtrap"_s)
            return Destination{Destination::Kind::Folder, m_options.spamFolder};
        if (!full.startsWith(root + u'/')) {
            why = u"delivers to %1, outside $MAILDIR (%2)"_s.arg(shown(full), shown(root));
            return std::nullopt;
        }
        // Maildir++ (as Dovecot lays it out): "." between levels, no leading dots.
        QStringList levels;
        for (QString level : full.mid(root.size() + 1).split(u'/', Qt::SkipEmptyParts)) {
            while (level.startsWith(u'.'))
                level.remove(0, 1);
            if (!level.isEmpty())
                levels << level;
        }
        if (levels.isEmpty())
            return Destination{Destination::Kind::Inbox, {}};
        return Destination{Destination::Kind::Folder, levels.join(u'.')};
    }

    /** A path as the user wrote it: $HOME for the home directory. */
    static QString shown(const QString &path) { return path.startsWith(u'~') ? u"$HOME"_s + path.mid(1) : path; }

    /** Sets a variable; returns why when the assignment itself cannot be imported. */
    std::optional<QString> assign(const Item &assignment, Variables &variables)
    {
        static const QSet<QString> otherFiles = {u"INCLUDERC"_s, u"SWITCHRC"_s};
        if (otherFiles.contains(assignment.name))
            return u"reads rules from another file (%1): import that file as well"_s.arg(assignment.value);
        QString why;
        auto value = expand(assignment.value, variables, why);
        if (value && assignment.name == u"MAILDIR"_s && !value->startsWith(u'/') && !value->startsWith(u'~')) {
            // procmail changes into $MAILDIR, so a relative one is relative to the previous one.
            const auto previous = variables.value(u"MAILDIR"_s);
            value = previous ? std::optional(QDir::cleanPath(*previous + u'/' + *value)) : std::nullopt;
        }
        variables.insert(assignment.name, value);
        return std::nullopt;
    }

    QStringList notImported(const Item &item, const QString &why)
    {
        const QString firstLine = item.source.value(0).trimmed();
        m_untranslated << u"line %1: %2 — %3"_s.arg(item.line).arg(firstLine, why);
        QStringList comment{u"# not imported (line %1): %2"_s.arg(item.line).arg(why)};
        for (const QString &line : item.source)
            comment << (line.trimmed().isEmpty() ? u"#"_s : u"#   "_s + line);
        return comment;
    }

    static QStringList renderChain(const QList<Branch> &chain)
    {
        if (chain.size() == 1 && chain.first().tests.isEmpty())
            return chain.first().body;
        QStringList lines;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QString opening = allOf(chain.at(i).tests) + u" {"_s;
            if (i == 0)
                lines << u"if "_s + opening;
            else
                lines.last() += u" elsif "_s + opening;
            for (const QString &line : chain.at(i).body)
                lines << (line.isEmpty() ? line : u"    "_s + line);
            lines << u"}"_s;
        }
        return lines;
    }

    const ProcmailImporter::Options &m_options;
    Variables m_initial;
    QSet<QString> m_requires;
    QStringList m_untranslated;
};

} // namespace

ProcmailImport ProcmailImporter::translate(const QString &procmailrc, const Options &options)
{
    Translator translator(options);
    ProcmailImport result;
    result.sieve = translator.run(Parser(procmailrc).parse());
    result.untranslated = translator.untranslated();
    return result;
}

} // namespace Doorstep::Delivery
