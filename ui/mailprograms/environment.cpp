#include "ui/mailprograms/environment.h"

#include <QDir>
#include <QStandardPaths>

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

Environment Environment::fromProcess()
{
    return Environment{qEnvironmentVariable("PATH"), QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME")};
}

QString Environment::findExecutable(const QString &name) const
{
    const QStringList folders = path.split(u':', Qt::SkipEmptyParts);
    if (folders.isEmpty())
        return {};
    return QStandardPaths::findExecutable(name, folders);
}

QString Environment::configHome() const
{
    if (!xdgConfigHome.isEmpty() && QDir::isAbsolutePath(xdgConfigHome))
        return xdgConfigHome;
    return QDir(home).filePath(u".config"_s);
}

} // namespace Doorstep::Ui::MailPrograms
