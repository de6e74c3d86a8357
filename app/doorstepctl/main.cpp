#include <QCoreApplication>

#include "ui/cli/cli.h"
#include "ui/client/translations.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doorstepctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));
    Doorstep::Ui::installTranslations(app);
    return Doorstep::Ui::Cli::run(QCoreApplication::arguments());
}
