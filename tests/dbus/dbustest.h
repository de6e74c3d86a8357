#pragma once

// Helpers shared by the D-Bus API tests: doorstepctl runs with readable failures ("got X,
// want Y"), direct D-Bus calls that report the error *name*, JSON parsing and bounded waits.
// These tests see the engine only from outside, as a client does: doorstepctl, the bus, and
// (for the password-hash check) the SQLite file in the data directory.

#include <functional>
#include <type_traits>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include "tests/support/enginefixture.h"

class QSqlDatabase;

namespace Doorstep::Tests {

inline const QString kService = QStringLiteral("org.doorstep.Engine1");
inline const QString kPath = QStringLiteral("/org/doorstep/Engine1");
inline const QString kInterfacePrefix = QStringLiteral("org.doorstep.Engine1.");
inline const QString kErrorPrefix = QStringLiteral("org.doorstep.Engine1.Error.");

/** Bounds for everything that waits: no test can hang. */
constexpr int kWaitMs = 15000;

/** One doorstepctl run: what was asked and what came back. */
struct CtlRun
{
    QStringList args;
    int exitCode = -1;
    QString out;
    QString err;

    /** "doorstepctl ARGS: got exit X, want Y (stdout '...', stderr '...')". */
    QString mismatch(int wantExit) const;
    /** The engine's sentence as doorstepctl prints it: stderr without "doorstepctl: ". */
    QString sentence() const;
    /** Non-empty lines of stdout. */
    QStringList outLines() const;
};

/** Runs `doorstepctl --session|--system ARGS` of @p engine with @p input on stdin. */
CtlRun ctl(const EngineFixture &engine, const QStringList &args, const QByteArray &input = {});

/** Runs any program with @p env; bounded by @p timeoutMs (exit -1 and a note on timeout). */
CtlRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
                  int timeoutMs = kWaitMs);

/** The result of one direct D-Bus call. */
struct DBusResult
{
    QString errorName; // empty on success
    QString errorMessage;
    QVariantList values;

    bool ok() const { return errorName.isEmpty(); }
    QString describe() const;
};

/** Calls INTERFACE.METHOD(ARGS) at /org/doorstep/Engine1 on @p bus and waits (bounded). */
DBusResult callEngine(QDBusConnection bus, const QString &interface, const QString &method, const QVariantList &args = {});
/** Settings.Set(key, value) with @p value wrapped in a variant of its own D-Bus type. */
DBusResult setSetting(QDBusConnection bus, const QString &key, const QVariant &value);

/** Parses one JSON document (object or array); on failure a null value and @p error set. */
QJsonValue parseJson(const QString &text, QString *error = nullptr);

/** Text for failure messages: strings quoted as they are, lists joined, JSON compact. */
QString toText(const QVariant &value);
QString toText(const QJsonValue &value);
inline QString toText(const QJsonObject &value) { return toText(QJsonValue(value)); }
inline QString toText(const QJsonArray &value) { return toText(QJsonValue(value)); }
inline QString toText(const QString &value) { return value; }
inline QString toText(const char *value) { return QString::fromUtf8(value); }
inline QString toText(const QStringList &value) { return value.join(u'|'); }
inline QString toText(const QMap<QString, QString> &value)
{
    QStringList items;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        items << it.key() + QStringLiteral(" -> ") + it.value();
    return items.join(QStringLiteral("; "));
}
template <typename T>
    requires std::is_arithmetic_v<T>
QString toText(T value)
{
    if constexpr (std::is_same_v<T, bool>)
        return value ? QStringLiteral("true") : QStringLiteral("false");
    else
        return QString::number(value);
}

template <typename A, typename B>
QString gotWant(const A &got, const B &want)
{
    return QStringLiteral("got '%1', want '%2'").arg(toText(got), toText(want));
}

/** Polls @p condition (processing events) until it holds or @p timeoutMs passes. */
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = kWaitMs);

/** Whether a TCP connection to HOST:PORT is accepted within a few seconds. */
bool acceptsConnections(const QString &hostPort);

/** "HOST:PORT" split into its port; 0 when there is none. */
quint16 portOf(const QString &hostPort);

/** GetStatus()'s listeners as doorstepctl --json status shows them: name -> addresses. */
QMap<QString, QStringList> boundListeners(const EngineFixture &engine, QString *error);

/** Every `Interface.Method` of resources/dbus/org.doorstep.Engine1.<Name>.xml, with the in-argument signatures. */
struct XmlMethod
{
    QString interface;
    QString name;
    QStringList inTypes;
    bool readOnly = false; // annotated org.doorstep.Engine1.Access = read
};
QList<XmlMethod> xmlMethods(QString *error);
/** The directory of the introspection XML (the contract). */
QString xmlDirectory();

/** The D-Bus signature of a value as QtDBus would marshal it ("s", "u", "as", ...). */
QString signatureOf(const QVariant &value);

/**
 * Opens the engine's store DATA/doorstep.db beside the running engine (read-only unless
 * @p writable), runs @p work and closes it again; returns the error, or "" when all went well.
 */
QString withStoreDatabase(const QString &dataDirectory, bool writable, const std::function<QString(QSqlDatabase &)> &work);

/** The uid tests use for "another user" (nobody). */
constexpr uint kOtherUid = 65534;
/** setpriv's arguments that run the rest of the command line as kOtherUid, no groups. */
QStringList asOtherUser(const QString &program, const QStringList &args);
/** Environment for a process of kOtherUid: no root-only runtime dir or home. */
QProcessEnvironment otherUserEnvironment(QProcessEnvironment env);

} // namespace Doorstep::Tests

/** Fails the test unless doorstepctl exited with @p want; the message names the command line. */
#define EXPECT_EXIT(run, want)                                                                                                   \
    do {                                                                                                                         \
        const auto &run_ = (run);                                                                                                \
        QVERIFY2(run_.exitCode == (want), qPrintable(run_.mismatch(want)));                                                      \
    } while (false)

/** QCOMPARE with a "got X, want Y" message and some context. */
#define EXPECT_EQ(got, want, context)                                                                                            \
    do {                                                                                                                         \
        const auto got_ = (got);                                                                                                 \
        const auto want_ = (want);                                                                                               \
        QVERIFY2(got_ == want_, qPrintable(QString(context) + QStringLiteral(": ") + Doorstep::Tests::gotWant(got_, want_)));   \
    } while (false)

/** Fails unless @p text contains @p part; "got TEXT, want a text containing PART". */
#define EXPECT_CONTAINS(text, part, context)                                                                                     \
    do {                                                                                                                         \
        const QString text_ = (text);                                                                                            \
        const QString part_ = (part);                                                                                            \
        QVERIFY2(text_.contains(part_), qPrintable(QString(context) + QStringLiteral(": got '") + text_                           \
                                                   + QStringLiteral("', want a text containing '") + part_ + QStringLiteral("'"))); \
    } while (false)
