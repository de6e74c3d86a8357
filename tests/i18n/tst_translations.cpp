// Every .qm loads and translates what it should; doorstepctl speaks the system locale.

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include "tests/support/enginefixture.h"
#include "tests/support/testmain.h"

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownStringsRead_data();
    void knownStringsRead();
    void nothingLeftUnfinished_data();
    void nothingLeftUnfinished();
    void doorstepctlFollowsTheLocale_data();
    void doorstepctlFollowsTheLocale();
};

void TestTranslations::knownStringsRead_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de: engine not running") << u"de"_s << u"ClientError"_s << u"The Doorstep engine is not running."_s
                                            << u"Die Doorstep-Engine läuft nicht."_s;
    QTest::newRow("nl: engine not running") << u"nl"_s << u"ClientError"_s << u"The Doorstep engine is not running."_s
                                            << u"De Doorstep-engine draait niet."_s;
}

void TestTranslations::knownStringsRead()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/doorstep_%1.qm"_s.arg(language)), qPrintable(language));
    QVERIFY(!translator.isEmpty());
    const QString got = translator.translate(context.toUtf8().constData(), source.toUtf8().constData());
    QVERIFY2(got == expected, qPrintable(u"got '%1', want '%2'"_s.arg(got, expected)));
}

void TestTranslations::nothingLeftUnfinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << u"doorstep_de.ts"_s;
    QTest::newRow("Dutch") << u"doorstep_nl.ts"_s;
}

void TestTranslations::nothingLeftUnfinished()
{
    QFETCH(QString, file);
    QFile ts(QStringLiteral(DOORSTEP_TRANSLATIONS_DIR) + u'/' + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QString text = QString::fromUtf8(ts.readAll());
    const int messages = int(text.count(u"<message"_s));
    QVERIFY2(messages > 50, qPrintable(u"got %1 messages, want the whole GUI and doorstepctl"_s.arg(messages)));
    static const QRegularExpression unfinished(u"<source>([^<]*)</source>\\s*(<comment>[^<]*</comment>\\s*)?<translation type=\"unfinished\""_s);
    QStringList missing;
    auto it = unfinished.globalMatch(text);
    while (it.hasNext())
        missing << it.next().captured(1);
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 untranslated in %2, e.g. '%3'"_s.arg(missing.size()).arg(file, missing.value(0))));
    QVERIFY2(!text.contains(u"type=\"vanished\""_s) && !text.contains(u"type=\"obsolete\""_s),
             qPrintable(u"%1 keeps obsolete entries: run update_translations"_s.arg(file)));
}

void TestTranslations::doorstepctlFollowsTheLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << u"C.UTF-8"_s << u"is not running on the session bus"_s;
    QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Sitzungsbus"_s;
    QTest::newRow("Dutch") << u"nl_NL.UTF-8"_s << u"sessiebus"_s;
}

void TestTranslations::doorstepctlFollowsTheLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    // A bus without an engine: doorstepctl explains, in the user's language, and exits 3.
    Doorstep::Tests::EngineFixture fixture;
    QVERIFY2(fixture.startBus(), qPrintable(fixture.error()));
    QProcess ctl;
    QProcessEnvironment env = fixture.environment();
    env.insert(u"LANG"_s, lang);
    ctl.setProcessEnvironment(env);
    ctl.start(Doorstep::Tests::EngineFixture::doorstepctlPath(), {u"--session"_s, u"status"_s});
    QVERIFY(ctl.waitForFinished(10000));
    QCOMPARE(ctl.exitCode(), 3);
    const QString err = QString::fromUtf8(ctl.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(u"got '%1', want it to contain '%2'"_s.arg(err.trimmed(), expected)));
}

DOORSTEP_TEST_MAIN(QCoreApplication, TestTranslations)

#include "tst_translations.moc"
