#include "ui/mailprograms/settingsfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Doorstep::Ui::MailPrograms {

QString replaceSettingsFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo current(path);
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(current.exists() ? current.permissions() : QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    return written ? QString() : file.errorString();
}

} // namespace Doorstep::Ui::MailPrograms
