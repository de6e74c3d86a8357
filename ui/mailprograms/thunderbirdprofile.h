#pragma once

#include <QCoreApplication>
#include <QString>

#include "ui/mailprograms/outcome.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * The Thunderbird profile an account goes into: the one Thunderbird itself starts with.
 * profiles.ini (in ~/.thunderbird) names it in an [Install…] section's Default= (Thunderbird
 * 67 and later, one per installation) or, failing that, in the [Profile…] section with
 * Default=1; a single profile is the default too.
 */
class ThunderbirdProfile final
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdProfile)

public:
    /** The default profile under @p home, or the sentence that says there is none yet. */
    static Outcome<ThunderbirdProfile> find(const QString &home);

    const QString &path() const { return m_path; }
    QString prefsPath() const;

    /**
     * Whether a Thunderbird uses the profile now. A running Thunderbird holds a "lock"
     * symlink ("address:+pid") and an fcntl lock on ".parentlock"; it rewrites prefs.js when
     * it quits, so an account written meanwhile would be lost. A "lock" left by a crash, whose
     * process is gone on this computer, does not count.
     */
    bool isInUse() const;

private:
    explicit ThunderbirdProfile(QString path) : m_path(std::move(path)) {}

    QString m_path;
};

} // namespace Doorstep::Ui::MailPrograms
