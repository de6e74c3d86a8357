#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "engine/delivery/rules/procmailimport.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::ProcmailImport;
using Doorstep::Delivery::ProcmailImporter;

namespace {

const QString header = u"# Imported from procmail by Doorstep.\n"_s;

QString dataFile(const QString &name)
{
    QFile file(QStringLiteral(DOORSTEP_UNIT_DELIVERY_DATA "/procmail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

/** procmailrc → Sieve cases whose translation is complete, shared with the Pigeonhole checks. */
struct TranslatedCase
{
    const char *name;
    QString procmailrc;
    QString sieve; // after the header comment
};

QList<TranslatedCase> translatedCases()
{
    return {
        {"text anywhere in a field: contains",
         u":0:\n* ^Subject:.*urgent\nurgent/\n"_s,
         uR"s(require "fileinto";

if header :contains "subject" "urgent" {
    fileinto "urgent";
    stop;
}
)s"_s},
        {"escaped dots are plain text",
         u":0:\n* ^From:.*joe@example\\.org\nfriends\n"_s,
         uR"s(require "fileinto";

if header :contains "from" "joe@example.org" {
    fileinto "friends";
    stop;
}
)s"_s},
        {"anchored after the colon: regex from the value's start",
         u":0:\n* ^X-Spam-Status: Yes\nspam\n"_s,
         uR"s(require ["fileinto", "regex"];

if header :regex "x-spam-status" "^Yes" {
    fileinto "spam";
    stop;
}
)s"_s},
        {"blanks after the colon in any spelling",
         u":0:\n* ^Subject:[ \t]*\\[club\\]\nclub\n"_s,
         uR"s(require ["fileinto", "regex"];

if header :regex "subject" "^\\[club\\]" {
    fileinto "club";
    stop;
}
)s"_s},
        {"quotes and backslashes escaped",
         u":0:\n* ^Subject:.*say \"hi\"\n* ^Subject:.*a\\\\b\nsaid\n"_s,
         uR"s(require "fileinto";

if allof (header :contains "subject" "say \"hi\"", header :contains "subject" "a\\b") {
    fileinto "said";
    stop;
}
)s"_s},
        {"D: case-sensitive",
         u":0D:\n* ^Subject:.*URGENT\nurgent\n"_s,
         uR"s(require "fileinto";

if header :comparator "i;octet" :contains "subject" "URGENT" {
    fileinto "urgent";
    stop;
}
)s"_s},
        {"braces and word edges",
         u":0:\n* ^Subject:.*\\<{SPAM}\\>\nspam\n"_s,
         uR"s(require ["fileinto", "regex"];

if header :regex "subject" "(^|[^a-zA-Z0-9_])[{]SPAM[}]([^a-zA-Z0-9_]|$)" {
    fileinto "spam";
    stop;
}
)s"_s},
        {"several fields at once",
         u":0:\n* ^(From|Sender):.*joe\njoe\n"_s,
         uR"s(require "fileinto";

if header :contains ["from", "sender"] "joe" {
    fileinto "joe";
    stop;
}
)s"_s},
        {"alternatives over fields: anyof",
         u":0:\n* ^From:.*joe|^Subject:.*joe\njoe\n"_s,
         uR"s(require "fileinto";

if anyof (header :contains "from" "joe", header :contains "subject" "joe") {
    fileinto "joe";
    stop;
}
)s"_s},
        {"a field that is there",
         u":0:\n* ^X-Face:\nfaces\n"_s,
         uR"s(require "fileinto";

if exists "x-face" {
    fileinto "faces";
    stop;
}
)s"_s},
        {"negated, size over and under",
         u":0\n* !^Subject:.*invoice\n* > 100000\n* < 5000000\nbig\n"_s,
         uR"s(require "fileinto";

if allof (not header :contains "subject" "invoice", size :over 100000, size :under 5000000) {
    fileinto "big";
    stop;
}
)s"_s},
        {"^TO_: a whole address in an address field",
         u":0:\n* ^TO_club@example\\.org\nclub\n"_s,
         uR"s(require ["fileinto", "regex"];

if header :regex ["to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc", "original-to", "original-cc", "original-bcc", "original-resent-to", "original-resent-cc", "original-resent-bcc", "x-envelope-to", "apparently-to", "apparently-resent-to"] "(^|[^-a-zA-Z0-9_.])club@example\\.org" {
    fileinto "club";
    stop;
}
)s"_s},
        {"^TO: a word in an address field",
         u":0:\n* ^TOclub\nclub\n"_s,
         uR"s(require ["fileinto", "regex"];

if header :regex ["to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc", "original-to", "original-cc", "original-bcc", "original-resent-to", "original-resent-cc", "original-resent-bcc", "x-envelope-to", "apparently-to", "apparently-resent-to"] "(^|[^a-zA-Z])club" {
    fileinto "club";
    stop;
}
)s"_s},
        {"c: a copy, and on",
         u":0 c\n* ^From:.*@bank\\.example\narchive/bank\n"_s,
         uR"s(require ["copy", "fileinto"];

if header :contains "from" "@bank.example" {
    fileinto :copy "archive.bank";
}
)s"_s},
        {"forward to several addresses",
         u":0\n* ^Subject:.*forward\n! joe@example.org ann@example.net\n"_s,
         uR"s(
if header :contains "subject" "forward" {
    redirect "joe@example.org";
    redirect "ann@example.net";
    stop;
}
)s"_s},
        {"c forward: a copy goes",
         u":0 c\n! joe@example.org\n"_s,
         uR"s(require "copy";

redirect :copy "joe@example.org";
)s"_s},
        {"/dev/null: discard",
         u":0\n* ^Subject:.*lottery\n/dev/null\n"_s,
         uR"s(
if header :contains "subject" "lottery" {
    discard;
    stop;
}
)s"_s},
        {"$DEFAULT, $MAILDIR and $ORGMAIL are the inbox",
         u"MAILDIR=$HOME/Maildir\nDEFAULT=$MAILDIR/\n:0\n* ^Subject:.*a\n$DEFAULT\n:0\n* ^Subject:.*b\n$HOME/Maildir/.\n:0\n* ^Subject:.*c\n$ORGMAIL\n"_s,
         uR"s(
if header :contains "subject" "a" {
    keep;
    stop;
}

if header :contains "subject" "b" {
    keep;
    stop;
}

if header :contains "subject" "c" {
    keep;
    stop;
}
)s"_s},
        {"Maildir++ and MH spellings of one folder",
         u"MAILDIR=$HOME/Maildir\n:0:\n* ^List-Id:.*a\n.lists.debian/\n:0:\n* ^List-Id:.*b\nlists/debian/.\n:0:\n* ^List-Id:.*c\n$HOME/Maildir/lists/debian\n"_s,
         uR"s(require "fileinto";

if header :contains "list-id" "a" {
    fileinto "lists.debian";
    stop;
}

if header :contains "list-id" "b" {
    fileinto "lists.debian";
    stop;
}

if header :contains "list-id" "c" {
    fileinto "lists.debian";
    stop;
}
)s"_s},
        {"variables, quoted values and a relative MAILDIR",
         u"MAILDIR=Mail\nLISTS=\"lists/$LOGNAME\"\n:0:\n* ^List-Id:.*debian\n${LISTS}/debian\n"_s,
         uR"s(require "fileinto";

if header :contains "list-id" "debian" {
    fileinto "lists.joe.debian";
    stop;
}
)s"_s},
        {"A: the conditions of the recipe before, too",
         u":0 c\n* ^From:.*boss\nboss\n:0 A\n* ^Subject:.*urgent\n! joe@example.org\n"_s,
         uR"s(require ["copy", "fileinto"];

if header :contains "from" "boss" {
    fileinto :copy "boss";
}

if allof (header :contains "from" "boss", header :contains "subject" "urgent") {
    redirect "joe@example.org";
    stop;
}
)s"_s},
        {"E: else if",
         u":0\n* ^Subject:.*a\na\n:0 E\n* ^Subject:.*b\nb\n:0 E\nc\n"_s,
         uR"s(require "fileinto";

if header :contains "subject" "a" {
    fileinto "a";
    stop;
} elsif header :contains "subject" "b" {
    fileinto "b";
    stop;
} elsif true {
    fileinto "c";
    stop;
}
)s"_s},
        {"nested blocks: nested ifs",
         u":0\n* ^X-Mailing-List:.*linux-kernel\n{\n  :0:\n  * ^Subject:.*\\[PATCH\n  lkml/patches/\n\n  :0:\n  lkml/\n}\n"_s,
         uR"s(require "fileinto";

if header :contains "x-mailing-list" "linux-kernel" {
    if header :contains "subject" "[PATCH" {
        fileinto "lkml.patches";
        stop;
    }
    fileinto "lkml";
    stop;
}
)s"_s},
        {"settings without meaning in Sieve are skipped",
         u"SHELL=/bin/sh\nPATH=/usr/bin:/bin\nVERBOSE=off\nLOGFILE=$HOME/procmail.log\n"_s,
         u""_s},
    };
}

/** Runs Pigeonhole's own tools: sievec compiles, sieve-test shows what a script does with a message. */
class Pigeonhole
{
public:
    Pigeonhole()
    {
        m_sievec = QStandardPaths::findExecutable(u"sievec"_s);
        m_sieveTest = QStandardPaths::findExecutable(u"sieve-test"_s);
        // The tools take a Dovecot configuration; as root they drop privileges to mail_uid and
        // refuse uid 0, so then nobody must be able to read the files.
        const bool root = ::getuid() == 0;
        const QString config = u"mail_uid = %1\nmail_gid = %2\nfirst_valid_uid = 1\nfirst_valid_gid = 1\n"
                               u"mail_location = maildir:%3/mail\n"_s.arg(root ? 65534 : int(::getuid()))
                                   .arg(root ? 65534 : int(::getgid()))
                                   .arg(m_dir.path());
        QDir(m_dir.path()).mkpath(u"mail"_s);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        write(u"dovecot.conf"_s, config);
    }

    bool hasSievec() const { return !m_sievec.isEmpty(); }
    bool hasSieveTest() const { return !m_sieveTest.isEmpty(); }

    /** Empty when the script compiles, else sievec's complaint. */
    QString compile(const QString &sieve)
    {
        const QString script = write(u"script.sieve"_s, sieve);
        QProcess sievec;
        sievec.start(m_sievec, {u"-c"_s, m_dir.filePath(u"dovecot.conf"_s), script, m_dir.filePath(u"script.svbin"_s)});
        if (!sievec.waitForFinished(30000) || sievec.exitStatus() != QProcess::NormalExit || sievec.exitCode() != 0)
            return QString::fromUtf8(sievec.readAllStandardError() + sievec.readAllStandardOutput()).trimmed();
        return {};
    }

    /** sieve-test's actions for the message, one line each ("store message in folder: lists"). */
    QStringList actions(const QString &sieve, const QString &message)
    {
        const QString script = write(u"test.sieve"_s, sieve);
        const QString mail = write(u"message.eml"_s, message);
        QProcess sieveTest;
        sieveTest.start(m_sieveTest, {u"-c"_s, m_dir.filePath(u"dovecot.conf"_s), script, mail});
        if (!sieveTest.waitForFinished(30000) || sieveTest.exitCode() != 0)
            return {u"sieve-test failed: "_s + QString::fromUtf8(sieveTest.readAllStandardError())};
        static const QRegularExpression action(u"^ \\* (.*)$"_s, QRegularExpression::MultilineOption);
        QStringList lines;
        for (auto it = action.globalMatch(QString::fromUtf8(sieveTest.readAllStandardOutput())); it.hasNext();)
            lines << it.next().captured(1).trimmed();
        return lines;
    }

private:
    QString write(const QString &name, const QString &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text.toUtf8());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return file.fileName();
    }

    QTemporaryDir m_dir;
    QString m_sievec;
    QString m_sieveTest;
};

ProcmailImporter::Options optionsFor(const QString &user)
{
    ProcmailImporter::Options options;
    options.user = user;
    return options;
}

} // namespace

void TestProcmailImport::translate_data()
{
    QTest::addColumn<QString>("procmailrc");
    QTest::addColumn<QString>("sieve");
    for (const TranslatedCase &c : translatedCases())
        QTest::newRow(c.name) << c.procmailrc << c.sieve;
}

void TestProcmailImport::translate()
{
    QFETCH(QString, procmailrc);
    QFETCH(QString, sieve);
    const ProcmailImport imported = ProcmailImporter::translate(procmailrc, optionsFor(u"joe"_s));
    QVERIFY2(imported.untranslated.isEmpty(), qPrintable(u"got untranslated: "_s + imported.untranslated.join(u" | "_s)));
    QCOMPARE(imported.sieve, header + sieve);
}

void TestProcmailImport::notImported_data()
{
    QTest::addColumn<QString>("procmailrc");
    QTest::addColumn<QStringList>("untranslated");
    QTest::newRow("pipe") << u"# vacation\n:0 Wc\n| vacation joe\n"_s
                          << QStringList{u"line 2: :0 Wc — pipes the message to a program (| vacation joe), which Sieve cannot run"_s};
    QTest::newRow("program output in a variable") << u":0\nSENDER=| formail -xFrom:\n"_s
                                                  << QStringList{u"line 1: :0 — stores a program's output in a variable "
                                                                 u"(SENDER=| formail -xFrom:), which Sieve cannot run"_s};
    QTest::newRow("B: body") << u":0 B\n* lottery\n/dev/null\n"_s
                             << QStringList{u"line 1: :0 B — condition on line 2 matches the body (B flag), which procmail "
                                            u"does line by line and Sieve cannot"_s};
    QTest::newRow("a: previous action succeeded")
        << u":0 c\nsaved\n:0 a\n! joe@example.org\n"_s
        << QStringList{u"line 3: :0 a — depends on whether the previous recipe's action succeeded (a flag), which Sieve cannot tell"_s};
    QTest::newRow("e: previous action failed")
        << u":0 c\nsaved\n:0 e\n! joe@example.org\n"_s
        << QStringList{u"line 3: :0 e — depends on whether the previous recipe's action succeeded (e flag), which Sieve cannot tell"_s};
    QTest::newRow("f: filter") << u":0 fw\n| formail -A \"X-Seen: yes\"\n"_s
                               << QStringList{u"line 1: :0 fw — filters the message through a program (f flag), which Sieve cannot run"_s};
    QTest::newRow("h: header only") << u":0 h\nheaders\n"_s << QStringList{u"line 1: :0 h — delivers only the header (h flag)"_s};
    QTest::newRow("unknown flag") << u":0 X\nx\n"_s << QStringList{u"line 1: :0 X — has the flag 'X', which procmail does not know"_s};
    QTest::newRow("program condition")
        << u":0\n* ? test -f $HOME/away\naway\n"_s
        << QStringList{u"line 1: :0 — condition on line 2 tests the exit code of a program, which Sieve cannot run"_s};
    QTest::newRow("weighted condition")
        << u":0\n* 1^0 ^Subject:.*money\nscored\n"_s
        << QStringList{u"line 1: :0 — condition on line 2 is a weighted (scoring) condition, which Sieve has no counterpart for"_s};
    QTest::newRow("variable condition") << u":0\n* SENDER ?? joe\njoe\n"_s
                                        << QStringList{u"line 1: :0 — condition on line 2 matches a variable (the ?? operator), which Sieve cannot see"_s};
    QTest::newRow("expanded condition")
        << u":0\n* $ ^From:.*$LOGNAME\nme\n"_s
        << QStringList{u"line 1: :0 — condition on line 2 expands variables before matching ($), which only procmail can do"_s};
    QTest::newRow("the whole header") << u":0\n* joe@example\\.org\njoe\n"_s
                                      << QStringList{u"line 1: :0 — condition on line 2 matches the header as a whole, not a named field"_s};
    QTest::newRow("From_ line") << u":0\n* ^From root\nroot\n"_s
                                << QStringList{u"line 1: :0 — condition on line 2 matches the header as a whole, not a named field"_s};
    QTest::newRow("unclosed bracket") << u":0\n* ^Subject:.*[abc\nabc\n"_s
                                      << QStringList{u"line 1: :0 — condition on line 2 has a '[' without its ']'"_s};
    QTest::newRow("$MATCH") << u":0\n* ^Subject: folder \\/.*\n$MATCH\n"_s
                            << QStringList{u"line 1: :0 — uses $MATCH, which is not set in this file"_s};
    QTest::newRow("backquotes") << u"FOLDER=`date +%Y`\n:0\n$FOLDER\n"_s
                                << QStringList{u"line 2: :0 — uses $FOLDER, whose value only procmail knows when it runs"_s};
    QTest::newRow("outside MAILDIR") << u"MAILDIR=$HOME/Mail\n:0:\n/var/spool/archive\n"_s
                                     << QStringList{u"line 2: :0: — delivers to /var/spool/archive, outside $MAILDIR ($HOME/Mail)"_s};
    QTest::newRow("several folders") << u":0\na/ b/\n"_s << QStringList{u"line 1: :0 — delivers to several folders at once (a/ b/)"_s};
    QTest::newRow("forward to a local name")
        << u":0\n! joe\n"_s << QStringList{u"line 1: :0 — forwards to \"joe\", which is not a complete address (name@domain)"_s};
    QTest::newRow("forward with sendmail options") << u":0\n! -oi joe@example.org\n"_s
                                                   << QStringList{u"line 1: :0 — passes options to sendmail (-oi)"_s};
    QTest::newRow("c on a block")
        << u":0 c\n{\n  :0\n  copies/\n}\n"_s
        << QStringList{u"line 1: :0 c — runs its block on a copy of the message (c flag on a block), which Sieve cannot do"_s};
    QTest::newRow("INCLUDERC") << u"INCLUDERC=$HOME/.procmail/lists.rc\n"_s
                               << QStringList{u"line 1: INCLUDERC=$HOME/.procmail/lists.rc — reads rules from another file "
                                              u"($HOME/.procmail/lists.rc): import that file as well"_s};
    QTest::newRow("E after a recipe not imported")
        << u":0\n| spamc\n:0 E\nham\n"_s
        << QStringList{u"line 1: :0 — pipes the message to a program (| spamc), which Sieve cannot run"_s,
                       u"line 3: :0 E — is the else branch (E flag) of line 1, which was not imported"_s};
    QTest::newRow("A after a recipe not imported")
        << u":0 c\n* ? true\nx\n:0 A\ny\n"_s
        << QStringList{u"line 1: :0 c — condition on line 2 tests the exit code of a program, which Sieve cannot run"_s,
                       u"line 4: :0 A — adds to the conditions of line 1 (A flag), which was not imported"_s};
    QTest::newRow("A after an E recipe")
        << u":0\n* ^Subject:.*a\na\n:0 E\n* ^Subject:.*b\nb\n:0 A\nc\n"_s
        << QStringList{u"line 7: :0 A — adds to the conditions of line 4 (A flag), an E recipe, which Sieve cannot express"_s};
    QTest::newRow("variable set in a conditional block")
        << u":0\n* ^Subject:.*x\n{\n  FOLDER=x\n}\n:0\n$FOLDER\n"_s
        << QStringList{u"line 6: :0 — uses $FOLDER, whose value only procmail knows when it runs"_s};
    QTest::newRow("default value") << u":0\n${FOLDER:-inbox}\n"_s
                                   << QStringList{u"line 1: :0 — uses ${FOLDER:-inbox}, which only procmail can expand"_s};
    QTest::newRow("E first") << u":0 E\nx\n"_s << QStringList{u"line 1: :0 E — has the E flag but no recipe before it"_s};
    QTest::newRow("no action") << u"# last\n:0\n* ^Subject:.*x\n"_s << QStringList{u"line 2: :0 — has no action"_s};
    QTest::newRow("block never closed") << u":0\n{\n  :0\n  x\n"_s << QStringList{u"line 1: :0 — opens a block that is never closed"_s};
    QTest::newRow("stray brace") << u"}\n"_s << QStringList{u"line 1: } — closes a block that was never opened"_s};
    QTest::newRow("not procmail") << u"if header :contains \"subject\" \"x\" { stop; }\n"_s
                                  << QStringList{u"line 1: if header :contains \"subject\" \"x\" { stop; } — is neither a recipe "
                                                 u"nor a variable assignment"_s};
    QTest::newRow("inside a block") << u":0\n* ^List-Id:.*x\n{\n  :0\n  | archive\n\n  :0\n  x/\n}\n"_s
                                    << QStringList{u"line 4: :0 — pipes the message to a program (| archive), which Sieve cannot run"_s};
}

void TestProcmailImport::notImported()
{
    QFETCH(QString, procmailrc);
    QFETCH(QStringList, untranslated);
    const ProcmailImport imported = ProcmailImporter::translate(procmailrc, optionsFor(QString()));
    QCOMPARE(imported.untranslated, untranslated);
    for (const QString &entry : untranslated) {
        const QString line = entry.section(u':', 0, 0).mid(5);
        QVERIFY2(imported.sieve.contains(u"# not imported (line %1): "_s.arg(line)), qPrintable(imported.sieve));
    }
    // The recipe's text stays in the script, commented out.
    for (const QString &entry : untranslated) {
        const QString firstLine = entry.section(u": "_s, 1).section(u" — "_s, 0, 0);
        const QRegularExpression commentedOut(u"\\n *# +"_s + QRegularExpression::escape(firstLine) + u"\\n"_s);
        QVERIFY2(imported.sieve.contains(commentedOut), qPrintable(u"got:\n"_s + imported.sieve + u"\nwant the line: "_s + firstLine));
    }
}

void TestProcmailImport::seedGlobalRules()
{
    const ProcmailImport imported = ProcmailImporter::translate(dataFile(u"global.procmailrc"_s), optionsFor(QString()));
    QCOMPARE(imported.untranslated, QStringList());
    QCOMPARE(imported.sieve, header + uR"s(require ["fileinto", "regex"];

if header :regex "x-spam-status" "^Yes" {
    fileinto "spamtrap";
    stop;
}
)s"_s);
}

void TestProcmailImport::seedPersonalRules()
{
    const ProcmailImport imported = ProcmailImporter::translate(dataFile(u"personal.procmailrc"_s), optionsFor(u"joe"_s));
    const QStringList untranslated{
        u"line 42: :0 Whc: vacation.lock — pipes the message to a program (| formail -rD 8192 vacation.cache), which Sieve cannot run"_s,
        u"line 47: :0 ehc — depends on whether the previous recipe's action succeeded (e flag), which Sieve cannot tell"_s,
    };
    QCOMPARE(imported.untranslated, untranslated);
    QCOMPARE(imported.sieve, dataFile(u"personal.sieve"_s));
}

void TestProcmailImport::spamFolderFromSettings()
{
    ProcmailImporter::Options options;
    options.spamFolder = u"Junk"_s;
    const QString procmailrc = dataFile(u"global.procmailrc"_s) + u":0:\n* ^X-Spam-Flag: YES\n$MAILDIR/spamtrap/\n"_s;
    const ProcmailImport imported = ProcmailImporter::translate(procmailrc, options);
    QCOMPARE(imported.untranslated, QStringList());
    QCOMPARE(imported.sieve.count(u"fileinto \"Junk\";"_s), 2);
}

void TestProcmailImport::compiledByPigeonhole_data()
{
    QTest::addColumn<QString>("procmailrc");
    for (const TranslatedCase &c : translatedCases())
        QTest::newRow(c.name) << c.procmailrc;
    QTest::newRow("seed: global rules") << dataFile(u"global.procmailrc"_s);
    QTest::newRow("seed: personal rules") << dataFile(u"personal.procmailrc"_s);
    QTest::newRow("^FROM_DAEMON and ^FROM_MAILER") << u":0\n* !^FROM_DAEMON\n* !^FROM_MAILER\n! joe@example.org\n"_s;
    QTest::newRow("not imported, as comments") << u":0 B\n* lottery\n/dev/null\n:0\n| prog\n:0 E\nx\n}\n"_s;
    QTest::newRow("empty") << QString();
}

void TestProcmailImport::compiledByPigeonhole()
{
    QFETCH(QString, procmailrc);
    Pigeonhole pigeonhole;
    if (!pigeonhole.hasSievec())
        QSKIP("sievec (dovecot-sieve) is not installed");
    const ProcmailImport imported = ProcmailImporter::translate(procmailrc, optionsFor(u"joe"_s));
    const QString error = pigeonhole.compile(imported.sieve);
    QVERIFY2(error.isEmpty(), qPrintable(u"sievec refused:\n"_s + imported.sieve + u"\n"_s + error));
}

void TestProcmailImport::pigeonholeCheckCanFail()
{
    Pigeonhole pigeonhole;
    if (!pigeonhole.hasSievec())
        QSKIP("sievec (dovecot-sieve) is not installed");
    // A missing require and a regular expression POSIX rejects: the check above is no formality.
    QVERIFY(!pigeonhole.compile(u"if true { fileinto \"x\"; }\n"_s).isEmpty());
    QVERIFY(!pigeonhole.compile(u"require \"regex\";\nif header :regex \"subject\" \"(\" { stop; }\n"_s).isEmpty());
    QVERIFY(pigeonhole.compile(u"require \"regex\";\nif header :regex \"subject\" \"[(]\" { stop; }\n"_s).isEmpty());
}

void TestProcmailImport::filedByPigeonhole_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("actions");
    const QString list = u"From: Ann <ann@example.net>\nTo: debian-user@lists.debian.org\n"
                         u"List-Id: Debian User List <debian-user.lists.debian.org>\nSubject: grub\n\nHello\n"_s;
    const QString spam = u"From: winner@example.com\nTo: joe@example.org\nX-Spam-Flag: YES\n"
                         u"X-Spam-Status: Yes, score=9.1 required=5.0\nSubject: you won\n\nMoney\n"_s;
    const QString family = u"From: mum@family.example\nTo: joe@example.org\nSubject: Sunday\n\nLunch?\n"_s;
    const QString patch = u"From: dev@example.com\nTo: linux-kernel@vger.kernel.org\n"
                          u"X-Mailing-List: linux-kernel@vger.kernel.org\nSubject: [PATCH 1/2] fix\n\ndiff\n"_s;
    const QString club = u"From: bob@example.com\nTo: Club <club@example.org>, joe@example.org\nSubject: meeting\n\nTonight\n"_s;
    const QString plain = u"From: bob@example.com\nTo: joe@example.org\nSubject: hello\n\nHi\n"_s;
    QTest::newRow("global: spam into the spam trap") << u"global.procmailrc"_s << spam << QStringList{u"store message in folder: spamtrap"_s};
    QTest::newRow("global: other mail kept") << u"global.procmailrc"_s << plain << QStringList{u"store message in folder: INBOX"_s};
    QTest::newRow("personal: list by List-Id") << u"personal.procmailrc"_s << list
                                               << QStringList{u"store message in folder: lists.debian-user"_s};
    QTest::newRow("personal: spam flag") << u"personal.procmailrc"_s << spam << QStringList{u"store message in folder: spamtrap"_s};
    QTest::newRow("personal: ^TO_ list") << u"personal.procmailrc"_s << club << QStringList{u"store message in folder: lists.club"_s};
    QTest::newRow("personal: nested block") << u"personal.procmailrc"_s << patch
                                            << QStringList{u"store message in folder: lists.lkml.patches"_s};
    QTest::newRow("personal: copy forwarded, then kept")
        << u"personal.procmailrc"_s << family
        << QStringList{u"redirect message to: <joe.mobile@example.net>"_s, u"store message in folder: INBOX"_s};
    QTest::newRow("personal: the rest to me") << u"personal.procmailrc"_s << plain << QStringList{u"store message in folder: INBOX"_s};
}

void TestProcmailImport::filedByPigeonhole()
{
    QFETCH(QString, rules);
    QFETCH(QString, message);
    QFETCH(QStringList, actions);
    Pigeonhole pigeonhole;
    if (!pigeonhole.hasSieveTest())
        QSKIP("sieve-test (dovecot-sieve) is not installed");
    const ProcmailImport imported = ProcmailImporter::translate(dataFile(rules), optionsFor(u"joe"_s));
    QCOMPARE(pigeonhole.actions(imported.sieve, message), actions);
}
