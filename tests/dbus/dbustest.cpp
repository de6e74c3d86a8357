#include "tests/dbus/dbustest.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusSignature>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTcpSocket>
#include <QXmlStreamReader>

#include <optional>

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() > 600)
        t = t.left(600) + u"..."_s;
    return u"'"_s + t + u"'"_s;
}

} // namespace

QString CtlRun::mismatch(int wantExit) const
{
    QStringList shown;
    for (const QString &a : args)
        shown << (a.size() > 40 ? a.left(12) + u"...(%1 characters)"_s.arg(a.size()) : a);
    return u"%1: got exit %2, want %3 (stdout %4, stderr %5)"_s.arg(shown.join(u' '))
        .arg(exitCode)
        .arg(wantExit)
        .arg(quoted(out), quoted(err));
}

QString CtlRun::sentence() const
{
    QString text = err.trimmed();
    if (text.startsWith(u"doorstepctl: "_s))
        text = text.mid(13);
    return text;
}

QStringList CtlRun::outLines() const
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

CtlRun ctl(const EngineFixture &engine, const QStringList &args, const QByteArray &input)
{
    // The fixture's engine logs to a pipe that only the event loop drains: let it run, so a
    // chatty engine never blocks on a full pipe while a test calls doorstepctl many times.
    QCoreApplication::processEvents();
    const CtlResult result = engine.ctl(args, input);
    CtlRun run;
    run.args = QStringList{u"doorstepctl"_s} + args;
    run.exitCode = result.exitCode;
    run.out = result.out;
    run.err = result.err;
    return run;
}

CtlRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    QCoreApplication::processEvents(); // see ctl()
    CtlRun run;
    run.args = QStringList{program} + args;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs)) {
        run.err = u"cannot start %1: %2"_s.arg(program, process.errorString());
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        run.err = u"%1 did not finish within %2 ms"_s.arg(program).arg(timeoutMs);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString DBusResult::describe() const
{
    if (ok())
        return u"success"_s;
    return errorName + u": "_s + errorMessage;
}

DBusResult callEngine(QDBusConnection bus, const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, interface, method);
    call.setArguments(args);
    const QDBusMessage reply = bus.call(call, QDBus::Block, kWaitMs);
    DBusResult result;
    if (reply.type() == QDBusMessage::ErrorMessage) {
        result.errorName = reply.errorName();
        result.errorMessage = reply.errorMessage();
        return result;
    }
    result.values = reply.arguments();
    return result;
}

DBusResult setSetting(QDBusConnection bus, const QString &key, const QVariant &value)
{
    return callEngine(bus, kInterfacePrefix + u"Settings"_s, u"Set"_s, {key, QVariant::fromValue(QDBusVariant(value))});
}

QJsonValue parseJson(const QString &text, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"not JSON (%1): %2"_s.arg(parseError.errorString(), text.trimmed());
        return {};
    }
    if (document.isObject())
        return document.object();
    return document.array();
}

QString toText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return u"(missing)"_s;
    return value.toVariant().toString();
}

QString toText(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        return toText(value.value<QDBusVariant>().variant());
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u',');
    if (!value.isValid())
        return u"(invalid)"_s;
    return value.toString();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(10);
    }
    return true;
}

quint16 portOf(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon < 0)
        return 0;
    return quint16(hostPort.mid(colon + 1).toUInt());
}

bool acceptsConnections(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QTcpSocket socket;
    socket.connectToHost(host, portOf(hostPort));
    const bool connected = socket.waitForConnected(5000);
    socket.abort();
    return connected;
}

QMap<QString, QStringList> boundListeners(const EngineFixture &engine, QString *error)
{
    QMap<QString, QStringList> result;
    const CtlRun run = ctl(engine, {u"--json"_s, u"status"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return result;
    }
    const QJsonObject listeners = parseJson(run.out, error).toObject().value(u"listeners"_s).toObject();
    for (auto it = listeners.begin(); it != listeners.end(); ++it) {
        QStringList addresses;
        for (const QJsonValue &a : it.value().toArray())
            addresses << a.toString();
        result.insert(it.key(), addresses);
    }
    return result;
}

QString xmlDirectory()
{
    return QStringLiteral(DOORSTEP_TEST_DBUS_XML_DIR);
}

QList<XmlMethod> xmlMethods(QString *error)
{
    QList<XmlMethod> methods;
    const QDir dir(xmlDirectory());
    const QStringList files = dir.entryList({u"org.doorstep.Engine1.*.xml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        *error = u"no org.doorstep.Engine1.*.xml in %1"_s.arg(dir.path());
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1"_s.arg(f.fileName());
            return {};
        }
        QXmlStreamReader xml(&f);
        QString interface;
        std::optional<XmlMethod> current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto attributes = xml.attributes();
                if (xml.name() == u"interface"_s) {
                    interface = attributes.value(u"name"_s).toString();
                } else if (xml.name() == u"method"_s) {
                    current = XmlMethod{interface, attributes.value(u"name"_s).toString(), {}, false};
                } else if (current && xml.name() == u"arg"_s) {
                    const QString direction = attributes.value(u"direction"_s).toString();
                    if (direction.isEmpty() || direction == u"in"_s)
                        current->inTypes << attributes.value(u"type"_s).toString();
                } else if (current && xml.name() == u"annotation"_s) {
                    if (attributes.value(u"name"_s) == u"org.doorstep.Engine1.Access"_s && attributes.value(u"value"_s) == u"read"_s)
                        current->readOnly = true;
                }
            } else if (xml.isEndElement() && xml.name() == u"method"_s && current) {
                methods << *current;
                current.reset();
            }
        }
        if (xml.hasError()) {
            *error = u"%1: %2"_s.arg(file, xml.errorString());
            return {};
        }
    }
    return methods;
}

QString signatureOf(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return value.value<QDBusArgument>().currentSignature();
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        return u"v"_s;
    const char *signature = QDBusMetaType::typeToSignature(value.metaType());
    return signature ? QString::fromLatin1(signature) : u"?%1"_s.arg(QString::fromLatin1(value.typeName()));
}

QString withStoreDatabase(const QString &dataDirectory, bool writable, const std::function<QString(QSqlDatabase &)> &work)
{
    static int s_count = 0;
    const QString name = u"dbus-tests-store-%1"_s.arg(++s_count);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(dataDirectory).filePath(u"doorstep.db"_s));
        db.setConnectOptions(writable ? u"QSQLITE_BUSY_TIMEOUT=10000"_s : u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            error = u"cannot open %1: %2"_s.arg(db.databaseName(), db.lastError().text());
        else
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList asOtherUser(const QString &program, const QStringList &args)
{
    return QStringList{u"--reuid=%1"_s.arg(kOtherUid), u"--regid=%1"_s.arg(kOtherUid), u"--clear-groups"_s, program} + args;
}

QProcessEnvironment otherUserEnvironment(QProcessEnvironment env)
{
    env.remove(u"XDG_RUNTIME_DIR"_s);
    env.insert(u"HOME"_s, u"/nonexistent"_s);
    return env;
}

} // namespace Doorstep::Tests
