// dbus.systembus: doorstepd --system on a private bus with system-bus rules and no polkit, so
// the engine falls back to "root or group doorstep". Another uid (nobody, through setpriv) is
// refused every method of every interface in resources/dbus with AccessDenied, and changes
// nothing; root is refused none of them.

#include <unistd.h>

#include <QStandardPaths>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kAccessDenied = kErrorPrefix + u"AccessDenied"_s;
const QString kReadSentence = u"Only root and members of group 'doorstep' may read the mail server's state."_s;
const QString kManageSentence = u"You are not allowed to change the mail server"_s;

// A gdbus argument (GVariant text) of @p type with a harmless value: for the types dbus-send
// cannot send (a{sv}: dbus-send has no variants in dictionaries).
QString gdbusArgument(const QString &type)
{
    static const QMap<QString, QString> values{
        {u"s"_s, u"'dummy'"_s}, {u"b"_s, u"false"_s}, {u"u"_s, u"@u 1"_s}, {u"t"_s, u"@t 1"_s}, {u"d"_s, u"1.0"_s},
        {u"v"_s, u"<'dummy'>"_s}, {u"as"_s, u"['dummy']"_s}, {u"a{sv}"_s, u"@a{sv} {}"_s},
    };
    return values.value(type);
}

// A dbus-send argument of @p type with a harmless value; empty when dbus-send cannot send it.
QString dummyArgument(const QString &type)
{
    static const QMap<QString, QString> values{
        {u"s"_s, u"string:dummy"_s},  {u"b"_s, u"boolean:false"_s}, {u"y"_s, u"byte:1"_s},    {u"n"_s, u"int16:1"_s},
        {u"q"_s, u"uint16:1"_s},      {u"i"_s, u"int32:1"_s},       {u"u"_s, u"uint32:1"_s},  {u"x"_s, u"int64:1"_s},
        {u"t"_s, u"uint64:1"_s},      {u"d"_s, u"double:1"_s},      {u"o"_s, u"objpath:/dummy"_s},
        {u"v"_s, u"variant:string:dummy"_s}, {u"as"_s, u"array:string:dummy"_s},
    };
    return values.value(type);
}

void addMethodRows()
{
    QTest::addColumn<QString>("method"); // Interface.Method
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("viaGdbus"); // arguments are gdbus's, not dbus-send's
    QString error;
    const QList<XmlMethod> methods = xmlMethods(&error);
    if (!error.isEmpty()) {
        QTest::newRow("reading the XML") << u"error: "_s + error << QStringList() << false << false;
        return;
    }
    for (const XmlMethod &m : methods) {
        const bool viaGdbus = m.inTypes.contains(u"a{sv}"_s);
        QStringList arguments;
        for (const QString &type : m.inTypes)
            arguments << (viaGdbus ? gdbusArgument(type) : dummyArgument(type));
        QTest::newRow(qPrintable(m.interface.mid(kInterfacePrefix.size()) + u'.' + m.name))
            << m.interface + u'.' + m.name << arguments << m.readOnly << viaGdbus;
    }
}

QStringList dbusSendArguments(const QString &method, const QStringList &arguments)
{
    return QStringList{u"--system"_s, u"--print-reply"_s, u"--reply-timeout=%1"_s.arg(kWaitMs), u"--dest="_s + kService, kPath, method}
           + arguments;
}

QStringList gdbusArguments(const QString &method, const QStringList &arguments)
{
    return QStringList{u"call"_s, u"--system"_s, u"--timeout"_s, QString::number(kWaitMs / 1000), u"--dest"_s, kService,
                       u"--object-path"_s, kPath, u"--method"_s, method}
           + arguments;
}

/** Calls @p method with dbus-send or, @p viaGdbus, with gdbus; as kOtherUid when @p otherUser. */
CtlRun callMethod(const EngineFixture &engine, const QString &method, const QStringList &arguments, bool viaGdbus, bool otherUser)
{
    const QString tool = viaGdbus ? u"gdbus"_s : u"dbus-send"_s;
    const QStringList args = viaGdbus ? gdbusArguments(method, arguments) : dbusSendArguments(method, arguments);
    if (otherUser)
        return runProcess(u"setpriv"_s, asOtherUser(tool, args), otherUserEnvironment(engine.environment()));
    return runProcess(tool, args, engine.environment());
}

// The error name from dbus-send's stderr ("Error NAME: message") or gdbus's ("Error:
// GDBus.Error:NAME: message"); empty on success.
QString errorNameOf(const CtlRun &run)
{
    if (run.exitCode == 0)
        return {};
    const QString text = run.err.trimmed();
    if (const qsizetype gdbus = text.indexOf(u"GDBus.Error:"_s); gdbus >= 0)
        return text.mid(gdbus + 12).section(u':', 0, 0);
    if (!text.startsWith(u"Error "_s))
        return u"(no D-Bus error: %1)"_s.arg(text);
    return text.mid(6).section(u':', 0, 0);
}

} // namespace

void TestSystemBus::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the test runs doorstepctl and dbus-send as another uid (setpriv --reuid=65534), which only root can do");
    for (const QString &tool : {u"setpriv"_s, u"dbus-send"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + u" is not installed (util-linux / dbus-bin)"_s));
    }
    m_engine = std::make_unique<EngineFixture>(EngineFixture::Bus::System);
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));

    // uid 65534 must be able to run doorstepctl and reach the bus socket at all; otherwise
    // every refusal below would be for the wrong reason.
    const QProcessEnvironment env = otherUserEnvironment(m_engine->environment());
    const CtlRun exec = runProcess(u"setpriv"_s, asOtherUser(u"test"_s, {u"-x"_s, EngineFixture::doorstepctlPath()}), env);
    if (exec.exitCode != 0)
        QSKIP(qPrintable(u"uid %1 cannot execute %2 (a parent directory is not searchable): "_s.arg(kOtherUid).arg(EngineFixture::doorstepctlPath())
                         + exec.err));
    const CtlRun ping = runProcess(u"setpriv"_s,
                                   asOtherUser(u"dbus-send"_s, {u"--system"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                                                                u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.GetId"_s}),
                                   env);
    QVERIFY2(ping.exitCode == 0, qPrintable(u"uid %1 cannot use the test's system bus: "_s.arg(kOtherUid) + ping.mismatch(0)));
    const CtlRun whoami = runProcess(u"setpriv"_s, asOtherUser(u"id"_s, {u"-u"_s}), env);
    EXPECT_EQ(whoami.out.trimmed(), QString::number(kOtherUid), u"uid under setpriv"_s);
}

void TestSystemBus::cleanupTestCase()
{
    m_engine.reset();
}

void TestSystemBus::everyMethodDeniedToOtherUser_data()
{
    addMethodRows();
}

void TestSystemBus::everyMethodDeniedToOtherUser()
{
    QFETCH(QString, method);
    QFETCH(QStringList, arguments);
    QFETCH(bool, readOnly);
    QFETCH(bool, viaGdbus);
    QVERIFY2(!method.startsWith(u"error: "_s), qPrintable(method));
    QVERIFY2(!arguments.contains(QString()),
             qPrintable(method + u": an argument type the tool cannot send; extend dummyArgument() or gdbusArgument()"_s));
    if (viaGdbus && QStandardPaths::findExecutable(u"gdbus"_s).isEmpty())
        QSKIP("gdbus is not installed (libglib2.0-bin): dbus-send cannot send a{sv}");

    const CtlRun run = callMethod(*m_engine, method, arguments, viaGdbus, true);
    EXPECT_EQ(errorNameOf(run), kAccessDenied, u"%1 as uid %2 (%3)"_s.arg(method).arg(kOtherUid).arg(run.err.trimmed()));
    EXPECT_CONTAINS(run.err, readOnly ? kReadSentence : kManageSentence, method + u" sentence"_s);
}

void TestSystemBus::doorstepctlDeniedToOtherUser_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("wantSentence");
    QTest::newRow("status (read)") << QStringList{u"status"_s} << QString() << kReadSentence;
    QTest::newRow("user list (read)") << QStringList{u"user"_s, u"list"_s} << QString() << kReadSentence;
    QTest::newRow("events (read)") << QStringList{u"events"_s} << QString() << kReadSentence;
    QTest::newRow("settings get (read)") << QStringList{u"settings"_s, u"get"_s, u"spam.threshold"_s} << QString() << kReadSentence;
    QTest::newRow("domain add (manage)") << QStringList{u"domain"_s, u"add"_s, u"example.org"_s} << QString() << kManageSentence;
    QTest::newRow("user add (manage)") << QStringList{u"user"_s, u"add"_s, u"alice@example.org"_s} << u"a-good-password"_s << kManageSentence;
    QTest::newRow("alias set (manage)") << QStringList{u"alias"_s, u"set"_s, u"root"_s, u"alice@example.org"_s} << QString() << kManageSentence;
    QTest::newRow("relay add (manage)") << QStringList{u"relay"_s, u"add"_s, u"192.168.1.0/24"_s} << QString() << kManageSentence;
    QTest::newRow("reload (manage)") << QStringList{u"reload"_s} << QString() << kManageSentence;
    // `settings set` reads the key's type first (Describe), and is refused there.
    QTest::newRow("settings set") << QStringList{u"settings"_s, u"set"_s, u"spam.threshold"_s, u"6"_s} << QString() << kReadSentence;
}

void TestSystemBus::doorstepctlDeniedToOtherUser()
{
    QFETCH(QStringList, args);
    QFETCH(QString, input);
    QFETCH(QString, wantSentence);
    const CtlRun run = runProcess(u"setpriv"_s, asOtherUser(EngineFixture::doorstepctlPath(), QStringList{u"--system"_s} + args),
                                  otherUserEnvironment(m_engine->environment()), input.isEmpty() ? QByteArray() : input.toUtf8() + '\n');
    EXPECT_EXIT(run, 1);
    EXPECT_CONTAINS(run.sentence(), wantSentence, u"sentence"_s);
    EXPECT_EQ(run.out, QString(), u"stdout"_s);
}

void TestSystemBus::deniedCallsChangedNothing()
{
    const QList<std::pair<QStringList, QString>> empty{
        {{u"--json"_s, u"user"_s, u"list"_s}, u"[]"_s},   {{u"--json"_s, u"domain"_s, u"list"_s}, u"[]"_s},
        {{u"--json"_s, u"alias"_s, u"list"_s}, u"[]"_s},  {{u"--json"_s, u"outbound"_s, u"list"_s}, u"[]"_s},
        {{u"--json"_s, u"relay"_s, u"list"_s}, u"[]"_s},  {{u"settings"_s, u"get"_s, u"spam.threshold"_s}, u"5.0"_s},
        {{u"events"_s}, QString()},
    };
    for (const auto &[args, want] : empty) {
        const CtlRun run = ctl(*m_engine, args);
        EXPECT_EXIT(run, 0);
        EXPECT_EQ(run.out.trimmed(), want, u"doorstepctl --system %1 as root after the refused calls"_s.arg(args.join(u' ')));
    }
}

void TestSystemBus::everyMethodAllowedToRoot_data()
{
    addMethodRows();
}

void TestSystemBus::everyMethodAllowedToRoot()
{
    QFETCH(QString, method);
    QFETCH(QStringList, arguments);
    QFETCH(bool, viaGdbus);
    QVERIFY2(!method.startsWith(u"error: "_s), qPrintable(method));
    if (viaGdbus && QStandardPaths::findExecutable(u"gdbus"_s).isEmpty())
        QSKIP("gdbus is not installed (libglib2.0-bin): dbus-send cannot send a{sv}");
    const CtlRun run = callMethod(*m_engine, method, arguments, viaGdbus, false);
    const QString error = errorNameOf(run);
    QVERIFY2(error.isEmpty() || (error.startsWith(kErrorPrefix) && error != kAccessDenied),
             qPrintable(u"%1 as root: "_s.arg(method) + gotWant(run.err.trimmed(), u"success or a refusal other than AccessDenied"_s)));
}
