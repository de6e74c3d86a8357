#include "ui/pages/rules/sievewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

const QString SieveWriter::kMarker = u"# Doorstep rule builder v1"_s;

namespace {

/**
 * The mailbox a folder typed as "Lists/Debian" is: Dovecot's hierarchy separator here is "."
 * (Maildir++), and a "/" inside a name makes the delivery fall back to the inbox.
 */
QString mailboxName(const QString &folder)
{
    QString name = folder.trimmed();
    name.replace(u'/', u'.');
    return name;
}


const QString kRulePrefix = u"# rule: "_s;
const QString kVacationPrefix = u"# vacation: "_s;

/** The fields' names in the machine-readable comments; never change them (scripts keep them). */
struct FieldName
{
    BuilderRule::Field field;
    QLatin1StringView name;
};
constexpr FieldName kFieldNames[] = {
    {BuilderRule::Field::From, QLatin1StringView("from")},
    {BuilderRule::Field::To, QLatin1StringView("to")},
    {BuilderRule::Field::Subject, QLatin1StringView("subject")},
    {BuilderRule::Field::Header, QLatin1StringView("header")},
    {BuilderRule::Field::MailingList, QLatin1StringView("list")},
};

QString fieldName(BuilderRule::Field field)
{
    for (const FieldName &entry : kFieldNames) {
        if (entry.field == field)
            return entry.name;
    }
    Q_UNREACHABLE();
}

std::optional<BuilderRule::Field> fieldFromName(const QString &name)
{
    for (const FieldName &entry : kFieldNames) {
        if (entry.name == name)
            return entry.field;
    }
    return std::nullopt;
}

QString comment(const QString &prefix, const QJsonObject &object)
{
    return prefix + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString ruleComment(const BuilderRule &rule)
{
    QJsonObject object{{u"field"_s, fieldName(rule.field)}, {u"text"_s, rule.text}, {u"folder"_s, rule.folder}};
    if (rule.field != BuilderRule::Field::MailingList)
        object.insert(u"match"_s, rule.comparison == BuilderRule::Comparison::Is ? u"is"_s : u"contains"_s);
    if (rule.field == BuilderRule::Field::Header)
        object.insert(u"header"_s, rule.headerName);
    return comment(kRulePrefix, object);
}

/** The Sieve test of @p rule: address tests for From and To, header tests for the rest. */
QString ruleTest(const BuilderRule &rule)
{
    const QString match = rule.comparison == BuilderRule::Comparison::Is ? u":is"_s : u":contains"_s;
    const QString value = SieveWriter::quoted(rule.text);
    switch (rule.field) {
    case BuilderRule::Field::From:
        return u"address %1 \"from\" %2"_s.arg(match, value);
    case BuilderRule::Field::To:
        // Cc counts: a person reads "mail to" as "mail addressed to", wherever the address is.
        return u"address %1 [\"to\", \"cc\"] %2"_s.arg(match, value);
    case BuilderRule::Field::Subject:
        return u"header %1 \"subject\" %2"_s.arg(match, value);
    case BuilderRule::Field::Header:
        return u"header %1 %2 %3"_s.arg(match, SieveWriter::quoted(rule.headerName), value);
    case BuilderRule::Field::MailingList:
        return u"header :contains \"list-id\" %1"_s.arg(value);
    }
    Q_UNREACHABLE();
}

std::optional<QJsonObject> parseComment(const QString &line, const QString &prefix)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.mid(prefix.size()).toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<BuilderRule> ruleFromComment(const QJsonObject &object)
{
    const auto field = fieldFromName(object.value(u"field"_s).toString());
    if (!field)
        return std::nullopt;
    BuilderRule rule;
    rule.field = *field;
    rule.comparison = object.value(u"match"_s).toString() == u"is"_s ? BuilderRule::Comparison::Is : BuilderRule::Comparison::Contains;
    rule.headerName = object.value(u"header"_s).toString();
    rule.text = object.value(u"text"_s).toString();
    rule.folder = object.value(u"folder"_s).toString();
    return rule;
}

} // namespace

QString SieveWriter::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString SieveWriter::write(const BuilderRules &rules)
{
    if (rules.isEmpty())
        return {};
    QStringList extensions;
    if (!rules.rules.isEmpty())
        extensions << quoted(u"fileinto"_s) << quoted(u"mailbox"_s);
    if (rules.vacation.enabled)
        extensions << quoted(u"vacation"_s);

    QStringList lines{kMarker, u"# Written by the Rules page of the Doorstep control center; edit it there."_s,
                      u"require [%1];"_s.arg(extensions.join(u", "_s))};
    // The reply comes first: filing a message (and stopping) must not keep its sender unanswered.
    if (rules.vacation.enabled) {
        const BuilderVacation &vacation = rules.vacation;
        lines << QString() << comment(kVacationPrefix, {{u"subject"_s, vacation.subject}, {u"text"_s, vacation.text}, {u"days"_s, vacation.days}});
        QString command = u"vacation :days %1"_s.arg(vacation.days);
        if (!vacation.subject.isEmpty())
            command += u" :subject "_s + quoted(vacation.subject);
        lines << command + u' ' + quoted(vacation.text) + u';';
    }
    // The first rule that matches files the message: later ones would file further copies.
    for (const BuilderRule &rule : rules.rules) {
        lines << QString() << ruleComment(rule) << u"if %1 {"_s.arg(ruleTest(rule))
              << u"    fileinto :create %1;"_s.arg(quoted(mailboxName(rule.folder))) << u"    stop;"_s << u"}"_s;
    }
    return lines.join(u'\n') + u'\n';
}

std::optional<BuilderRules> SieveWriter::read(const QString &script)
{
    if (script.trimmed().isEmpty())
        return BuilderRules{};
    QString normalised = script;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    if (!normalised.startsWith(kMarker + u'\n'))
        return std::nullopt;
    BuilderRules rules;
    const QStringList lines = normalised.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(kRulePrefix)) {
            const auto object = parseComment(line, kRulePrefix);
            const auto rule = object ? ruleFromComment(*object) : std::nullopt;
            if (!rule)
                return std::nullopt;
            rules.rules.append(*rule);
        } else if (line.startsWith(kVacationPrefix)) {
            const auto object = parseComment(line, kVacationPrefix);
            if (!object)
                return std::nullopt;
            rules.vacation = {true, object->value(u"subject"_s).toString(), object->value(u"text"_s).toString(),
                              object->value(u"days"_s).toInt(7)};
        }
    }
    // Anything changed by hand since the builder wrote it would be lost on the next Apply.
    if (write(rules) != normalised)
        return std::nullopt;
    return rules;
}

} // namespace Doorstep::Ui::Pages
