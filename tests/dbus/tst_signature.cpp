// dbus.signature (STYLE rule 34): the running engine's introspection of /org/doorstep/Engine1
// equals resources/dbus/org.doorstep.Engine1.<Name>.xml for every interface, both ways:
// methods (argument names, types, directions), signals, properties and their annotations.

#include <QDir>
#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

/** One interface as comparable text: member key ("method Get") -> its full description. */
using InterfaceShape = QMap<QString, QString>;

// Reads every org.doorstep.Engine1.* interface of an introspection document.
QMap<QString, InterfaceShape> shapesOf(const QString &xmlText, QString *error)
{
    QMap<QString, InterfaceShape> shapes;
    QXmlStreamReader xml(xmlText);
    QString interface;
    QString memberKind;
    QString memberName;
    QStringList args;
    QStringList annotations;
    QString propertyFacts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            const QString element = xml.name().toString();
            if (element == u"interface"_s) {
                interface = a.value(u"name"_s).toString();
            } else if (element == u"method"_s || element == u"signal"_s || element == u"property"_s) {
                memberKind = element;
                memberName = a.value(u"name"_s).toString();
                args.clear();
                annotations.clear();
                propertyFacts = element == u"property"_s ? u"%1 %2"_s.arg(a.value(u"type"_s).toString(), a.value(u"access"_s).toString())
                                                         : QString();
            } else if (element == u"arg"_s && !memberKind.isEmpty()) {
                // Method arguments are "in" unless marked; signal arguments have no direction.
                QString direction = a.value(u"direction"_s).toString();
                if (memberKind == u"method"_s && direction.isEmpty())
                    direction = u"in"_s;
                if (memberKind == u"signal"_s)
                    direction.clear();
                args << (direction.isEmpty() ? QString() : direction + u' ') + a.value(u"type"_s).toString() + u' ' + a.value(u"name"_s).toString();
            } else if (element == u"annotation"_s && !interface.isEmpty()) {
                const QString text = a.value(u"name"_s).toString() + u'=' + a.value(u"value"_s).toString();
                if (memberKind.isEmpty())
                    shapes[interface].insert(u"annotation "_s + text, text);
                else
                    annotations << text;
            }
        } else if (xml.isEndElement()) {
            const QString element = xml.name().toString();
            if (element == memberKind) {
                annotations.sort();
                QString description = memberKind == u"property"_s ? u"property %1 %2"_s.arg(memberName, propertyFacts)
                                                                  : u"%1 %2(%3)"_s.arg(memberKind, memberName, args.join(u", "_s));
                if (!annotations.isEmpty())
                    description += u" ["_s + annotations.join(u", "_s) + u"]"_s;
                if (interface.startsWith(kInterfacePrefix))
                    shapes[interface].insert(memberKind + u' ' + memberName, description);
                memberKind.clear();
            } else if (element == u"interface"_s) {
                if (interface.startsWith(kInterfacePrefix) && !shapes.contains(interface))
                    shapes.insert(interface, {});
                interface.clear();
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    // Only the engine's own interfaces; QtDBus adds the standard ones.
    for (auto it = shapes.begin(); it != shapes.end();) {
        if (it.key().startsWith(kInterfacePrefix))
            ++it;
        else
            it = shapes.erase(it);
    }
    return shapes;
}

QMap<QString, InterfaceShape> contractShapes(QString *error)
{
    QMap<QString, InterfaceShape> shapes;
    const QDir dir(xmlDirectory());
    for (const QString &file : dir.entryList({u"org.doorstep.Engine1.*.xml"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + f.fileName();
            return {};
        }
        const auto one = shapesOf(QString::fromUtf8(f.readAll()), error);
        if (!error->isEmpty()) {
            *error = file + u": "_s + *error;
            return {};
        }
        // One interface per file, named after it (STYLE rule 3).
        const QString expected = file.chopped(4);
        if (one.keys() != QStringList{expected}) {
            *error = u"%1: "_s.arg(file) + gotWant(QStringList(one.keys()), expected);
            return {};
        }
        shapes.insert(expected, one.value(expected));
    }
    if (shapes.isEmpty())
        *error = u"no org.doorstep.Engine1.*.xml in "_s + dir.path();
    return shapes;
}

} // namespace

void TestSignature::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, u"org.freedesktop.DBus.Introspectable"_s, u"Introspect"_s);
    const QDBusMessage reply = m_engine->connection().call(call, QDBus::Block, kWaitMs);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(u"Introspect: "_s + reply.errorMessage()));
    m_introspection = reply.arguments().value(0).toString();
    QVERIFY2(!m_introspection.isEmpty(), "Introspect: got nothing, want the engine's interfaces");
}

void TestSignature::cleanupTestCase()
{
    m_engine.reset();
}

void TestSignature::interfaceMatchesXml_data()
{
    QTest::addColumn<QString>("interface");
    QString error;
    const auto contract = contractShapes(&error);
    const auto running = shapesOf(m_introspection, &error);
    QSet<QString> names;
    for (const QString &name : contract.keys())
        names.insert(name);
    for (const QString &name : running.keys())
        names.insert(name);
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    for (const QString &name : sorted)
        QTest::newRow(qPrintable(name.mid(kInterfacePrefix.size()))) << name;
    if (!error.isEmpty())
        QTest::newRow("reading the XML") << u"error: "_s + error;
}

void TestSignature::interfaceMatchesXml()
{
    QFETCH(QString, interface);
    QVERIFY2(!interface.startsWith(u"error: "_s), qPrintable(interface));
    QString error;
    const auto contract = contractShapes(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto running = shapesOf(m_introspection, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY2(contract.contains(interface),
             qPrintable(u"%1: the engine serves it, but resources/dbus has no %1.xml (an undocumented interface)"_s.arg(interface)));
    QVERIFY2(running.contains(interface), qPrintable(u"%1: resources/dbus describes it, but the engine does not serve it"_s.arg(interface)));

    const InterfaceShape want = contract.value(interface);
    const InterfaceShape got = running.value(interface);
    QStringList problems;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key()))
            problems << u"missing in the engine: "_s + it.value();
        else if (got.value(it.key()) != it.value())
            problems << u"%1: got '%2', want '%3'"_s.arg(it.key(), got.value(it.key()), it.value());
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        if (!want.contains(it.key()))
            problems << u"not in the XML: "_s + it.value();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(interface + u":\n  "_s + problems.join(u"\n  "_s)));
    QVERIFY2(!want.isEmpty(), qPrintable(interface + u": got no members, want some"_s));
}
