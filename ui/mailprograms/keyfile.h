#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::MailPrograms {

/**
 * The "desktop entry" key file format of GLib's GKeyFile, which Evolution's ESource files and
 * Thunderbird's profiles.ini share: [Group] lines, Key=Value lines, # comments. Values are
 * escaped as GKeyFile does (\s for a leading space, \n, \t, \r, \\), not as QSettings does,
 * which would write quotes and read commas as lists.
 */
class KeyFile final
{
public:
    static KeyFile parse(const QByteArray &content);

    QStringList groups() const;
    bool hasGroup(const QString &group) const;
    /** The unescaped value of @p key in @p group, or @p fallback when it is not there. */
    QString value(const QString &group, const QString &key, const QString &fallback = {}) const;
    /** Sets @p key in @p group, adding the group and key at the end when they are new. */
    void setValue(const QString &group, const QString &key, const QString &value);

    /** The file as UTF-8, groups separated by blank lines (comments are not kept). */
    QByteArray toBytes() const;

private:
    struct Entry {
        QString key;
        QString value;
    };
    struct Group {
        QString name;
        QList<Entry> entries;
    };

    Group *group(const QString &name);
    const Group *group(const QString &name) const;

    QList<Group> m_groups;
};

} // namespace Doorstep::Ui::MailPrograms
