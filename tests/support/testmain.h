#pragma once

// One executable per module runs several Qt Test classes (linking few binaries keeps CI
// fast). `EXECUTABLE NAME [qtest options]` runs only the class whose name, lower-cased and
// without a leading "Test", is NAME (TestSettingsRegistry -> settingsregistry); with no NAME
// it runs them all.

#include <QStringList>
#include <QTest>

namespace Doorstep::Tests {

inline QString testSelector(const QObject &test)
{
    QString name = QString::fromLatin1(test.metaObject()->className());
    name = name.section(QStringLiteral("::"), -1);
    if (name.startsWith(QStringLiteral("Test")))
        name = name.mid(4);
    return name.toLower();
}

template <typename TestClass>
void runTestClass(const QString &only, const QStringList &arguments, int &failures, bool &ran)
{
    TestClass test;
    if (!only.isEmpty() && testSelector(test) != only)
        return;
    ran = true;
    failures += QTest::qExec(&test, arguments);
}

template <typename... TestClasses>
int runTestClasses(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString only;
    if (arguments.size() > 1 && !arguments[1].startsWith(QLatin1Char('-'))) {
        only = arguments[1];
        arguments.removeAt(1);
    }
    int failures = 0;
    bool ran = false;
    (runTestClass<TestClasses>(only, arguments, failures, ran), ...);
    if (!ran) {
        qWarning("no test class named '%s'", qPrintable(only));
        return 2;
    }
    return failures;
}

} // namespace Doorstep::Tests

/** main() for a test executable of Qt Test classes; APP is QCoreApplication or QApplication. */
#define DOORSTEP_TEST_MAIN(APP, ...)                                                     \
    int main(int argc, char **argv)                                                      \
    {                                                                                    \
        APP app(argc, argv);                                                             \
        return Doorstep::Tests::runTestClasses<__VA_ARGS__>(argc, argv);                 \
    }
