// doorstep: the control center. Everything happens in Doorstep::Ui::Application.

#include <QApplication>
#include <QIcon>

#include "ui/app/application.h"
#include "ui/client/translations.h"

int main(int argc, char **argv)
{
    using namespace Qt::StringLiterals;
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"doorstep"_s);
    QApplication::setApplicationDisplayName(u"Doorstep"_s);
    QApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));
    QApplication::setOrganizationName(u"Doorstep"_s);
    QApplication::setDesktopFileName(u"org.doorstep.Doorstep"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/hicolor/scalable/apps/doorstep.svg"_s));
    Doorstep::Ui::installTranslations(app);
    return Doorstep::Ui::Application::run(app);
}
