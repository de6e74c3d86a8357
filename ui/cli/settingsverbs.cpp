// doorstepctl verbs of org.doorstep.Engine1.Settings.

#include <optional>

#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonObject>

#include "ui/cli/clicontext.h"
#include "ui/cli/passwordprompt.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

/**
 * Turns VALUE into the key's D-Bus type. What does not convert is sent as it is, so the
 * engine refuses it with its own sentence (DESIGN.md: after VERB everything reaches the engine).
 */
QVariant typedValue(const QString &type, const QString &text)
{
    if (type == u"b"_s) {
        const QString t = text.toLower();
        if (t == u"true"_s || t == u"yes"_s || t == u"on"_s || t == u"1"_s)
            return true;
        if (t == u"false"_s || t == u"no"_s || t == u"off"_s || t == u"0"_s)
            return false;
        return text;
    }
    if (type == u"u"_s || type == u"t"_s) {
        bool ok = false;
        const qulonglong n = text.toULongLong(&ok);
        if (ok)
            return type == u"u"_s && n <= 0xffffffffULL ? QVariant(uint(n)) : QVariant::fromValue(n);
        const qlonglong s = text.toLongLong(&ok);
        if (ok)
            return QVariant::fromValue(s); // negative: the engine names the range
        return text;
    }
    if (type == u"d"_s) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(text);
    }
    if (type == u"as"_s) {
        QStringList items;
        for (const QString &item : text.split(u','))
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        return items;
    }
    return text;
}

int list(Context &c, const QStringList &)
{
    auto reply = c.client().settings().GetAll();
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariantMap all = reply.value();
    if (c.json()) {
        c.out().json(Output::toJson(all));
        return Success;
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        c.out().line(u"%1 = %2"_s.arg(it.key(), Output::text(it.value())));
    return Success;
}

int get(Context &c, const QStringList &args)
{
    auto reply = c.client().settings().Get(args[0]);
    if (int code = c.wait(reply); code != Success)
        return code;
    const QVariant value = reply.value().variant();
    if (c.json())
        c.out().json(QJsonObject{{u"key"_s, args[0]}, {u"value"_s, Output::toJson(value)}});
    else
        c.out().line(Output::text(value));
    return Success;
}

DBus::SettingDescriptionList describeAll(Context &c, int &code)
{
    auto reply = c.client().settings().Describe();
    code = c.wait(reply);
    return code == Success ? reply.value() : DBus::SettingDescriptionList{};
}

/**
 * VALUE of @p key typed as Describe says (a key Describe does not know goes as text, for the
 * engine to refuse). A secret's "-" is read from the terminal or stdin; nullopt (and @p code
 * Usage) when that input ended.
 */
std::optional<QVariant> settingValue(Context &c, const DBus::SettingDescriptionList &descriptions, const QString &key, const QString &text,
                                     int &code)
{
    QString type = u"s"_s;
    bool secret = false;
    for (const auto &d : descriptions) {
        if (d.key == key) {
            type = d.description.value(u"type"_s).toString();
            secret = d.description.value(u"secret"_s).toBool();
        }
    }
    QString value = text;
    if (secret && value == u"-"_s) {
        // A secret need not pass through argv (visible in ps): "-" reads it without echo.
        QString error;
        const auto entered = readSecret(CliText::tr("Value of %1: ").arg(key), false, error);
        if (!entered) {
            c.out().error(u"doorstepctl: "_s + error);
            code = Usage;
            return std::nullopt;
        }
        value = *entered;
    }
    return typedValue(type, value);
}

int set(Context &c, const QStringList &args)
{
    int code = Success;
    const auto descriptions = describeAll(c, code);
    if (code != Success)
        return code;
    const auto value = settingValue(c, descriptions, args[0], args[1], code);
    if (!value)
        return code;
    return c.wait(c.client().settings().Set(args[0], QDBusVariant(*value)));
}

// settings set-many KEY=VALUE...: one Settings.SetMany, all or nothing.
int setMany(Context &c, const QStringList &args)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString &arg : args) {
        const qsizetype equals = arg.indexOf(u'=');
        if (equals <= 0)
            return c.usage(CliText::tr("'%1' is not KEY=VALUE.").arg(arg), u"settings set-many KEY=VALUE..."_s);
        pairs.append({arg.left(equals), arg.mid(equals + 1)});
    }
    int code = Success;
    const auto descriptions = describeAll(c, code);
    if (code != Success)
        return code;
    QVariantMap values;
    for (const auto &[key, text] : std::as_const(pairs)) {
        if (values.contains(key))
            return c.usage(CliText::tr("'%1' is given twice.").arg(key), u"settings set-many KEY=VALUE..."_s);
        const auto value = settingValue(c, descriptions, key, text, code);
        if (!value)
            return code;
        values.insert(key, *value);
    }
    return c.wait(c.client().settings().SetMany(values));
}

int describe(Context &c, const QStringList &args)
{
    int code = Success;
    const auto descriptions = describeAll(c, code);
    if (code != Success)
        return code;
    QJsonArray array;
    bool found = args.isEmpty();
    for (const auto &d : descriptions) {
        if (!args.isEmpty() && d.key != args[0])
            continue;
        found = true;
        if (c.json()) {
            QJsonObject object = Output::toJson(d.description).toObject();
            object.insert(u"key"_s, d.key);
            array.append(object);
            continue;
        }
        const QVariantMap &m = d.description;
        QStringList facts{m.value(u"type"_s).toString()};
        if (!m.value(u"unit"_s).toString().isEmpty())
            facts << m.value(u"unit"_s).toString();
        if (m.value(u"secret"_s).toBool())
            facts << CliText::tr("secret, write-only");
        else
            facts << CliText::tr("default %1").arg(Output::text(m.value(u"default"_s)).isEmpty() ? u"\"\""_s : Output::text(m.value(u"default"_s)));
        if (m.contains(u"min"_s))
            facts << CliText::tr("%1 to %2").arg(Output::text(m.value(u"min"_s)), Output::text(m.value(u"max"_s)));
        if (m.contains(u"choices"_s))
            facts << CliText::tr("one of %1").arg(m.value(u"choices"_s).toStringList().join(u", "_s));
        if (m.contains(u"list_item"_s))
            facts << CliText::tr("comma-separated %1").arg(m.value(u"list_item"_s).toString());
        c.out().line(u"%1 (%2)"_s.arg(d.key, facts.join(u"; "_s)));
        c.out().line(u"    "_s + m.value(u"help"_s).toString());
    }
    if (!found) {
        c.out().error(u"doorstepctl: "_s + CliText::tr("There is no setting '%1'.").arg(args[0]));
        return Refused;
    }
    if (c.json())
        c.out().json(args.isEmpty() ? QJsonValue(array) : array.first());
    return Success;
}

} // namespace

QList<Verb> settingsVerbs()
{
    return {
        {{u"settings"_s, u"list"_s}, QString(), CliText::tr("every setting with its value"), 0, 0, list},
        {{u"settings"_s, u"get"_s}, u"KEY"_s, CliText::tr("the value of one setting"), 1, 1, get},
        {{u"settings"_s, u"set"_s}, u"KEY VALUE"_s, CliText::tr("change a setting (lists comma-separated; VALUE - reads a secret from the terminal or stdin)"), 2, 2, set},
        {{u"settings"_s, u"set-many"_s}, u"KEY=VALUE..."_s, CliText::tr("change several settings at once, all or none (values as for set)"), 1, -1, setMany},
        {{u"settings"_s, u"describe"_s}, u"[KEY]"_s, CliText::tr("type, default, range and help of the settings"), 0, 1, describe},
    };
}

} // namespace Doorstep::Ui::Cli
