#pragma once

#include <QByteArray>
#include <QString>

namespace Doorstep::Ui::MailPrograms {

/**
 * Replaces a mail program's settings file (prefs.js, mailtransports, emailidentities) in one
 * step (QSaveFile: a temporary file renamed over it, so the program never reads half a
 * file), keeping an existing file's permissions and making a new one private (0600).
 * Returns "" when done, else the system's reason.
 */
QString replaceSettingsFile(const QString &path, const QByteArray &bytes);

} // namespace Doorstep::Ui::MailPrograms
