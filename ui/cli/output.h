#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTextStream;

namespace Doorstep::Ui::Cli {

/** doorstepctl's output: aligned tables for people, JSON for scripts, errors on stderr. */
class Output final
{
public:
    Output(QTextStream &out, QTextStream &err);

    void line(const QString &text);
    /** A file's text as it is (a script): a line break is added only where the last is missing. */
    void text(const QString &text);
    void error(const QString &text);
    /** Columns padded to their widest cell; a header row first. */
    void table(const QStringList &headers, const QList<QStringList> &rows);
    /** "Label:  value" lines, labels aligned. */
    void fields(const QList<std::pair<QString, QString>> &fields);
    void json(const QJsonValue &value);

    /** A D-Bus value as text: lists comma-separated, booleans true/false. */
    static QString text(const QVariant &value);
    /** A D-Bus value as JSON (nested maps and lists included). */
    static QJsonValue toJson(const QVariant &value);
    /** A dictionary inside a variant (a{sv} arrives as a QDBusArgument); {} when it is none. */
    static QVariantMap toMap(const QVariant &value);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Doorstep::Ui::Cli
