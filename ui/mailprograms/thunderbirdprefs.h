#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Doorstep::Ui::MailPrograms {

/**
 * A Thunderbird prefs.js: one user_pref("name", value); line per preference, each value a
 * string, an integer or a boolean. Reading keeps every line as it was; setting a preference
 * replaces its line in place or appends a new one, so that writing the file back changes
 * nothing else, byte for byte.
 */
class ThunderbirdPrefs final
{
public:
    static ThunderbirdPrefs parse(const QByteArray &content);

    /** A QString, qlonglong or bool; nullopt when the preference is not set. */
    std::optional<QVariant> value(const QString &name) const;
    QString string(const QString &name) const;
    /** The names of all preferences set, in file order. */
    QStringList names() const;
    /** Sets @p name to @p value (a QString, an integer or a bool). */
    void set(const QString &name, const QVariant &value);

    QByteArray toBytes() const;

    /** A value as prefs.js writes it: "quoted and escaped", 42, true. */
    static QByteArray literal(const QVariant &value);

private:
    struct Line {
        QByteArray raw;
        QString name; ///< empty for comments and blank lines
        QVariant value;
    };

    QList<Line> m_lines;
};

} // namespace Doorstep::Ui::MailPrograms
