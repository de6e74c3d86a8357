#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "ui/mailprograms/environment.h"
#include "ui/mailprograms/mailaccount.h"

namespace Doorstep::Tests {

/** A temporary home (with bin/ as the whole search path) and the account the tests add. */
class MailProgramsFixture final
{
public:
    MailProgramsFixture();

    bool isValid() const { return m_dir.isValid(); }
    QString home() const { return m_dir.path(); }
    Ui::MailPrograms::Environment environment() const;
    /** Puts an executable script called @p name into the search path. */
    void installFakeProgram(const QString &name) const;
    /** ~/.thunderbird with profiles.ini naming one profile, "abcd1234.default-release". */
    QString makeThunderbirdProfile(const QByteArray &prefs) const;

    static Ui::MailPrograms::MailAccount account();
    /** A prefs.js as Thunderbird writes it, with Local Folders, one IMAP account and its SMTP server. */
    static QByteArray realisticPrefs();

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);

} // namespace Doorstep::Tests
