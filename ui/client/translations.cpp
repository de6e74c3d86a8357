#include "ui/client/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English needs its file too, for plural forms ("1 domain", "2 domains"); it is also
    // the fallback for any language without a translation.
    if (own->load(locale, u"doorstep"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/doorstep_en.qm"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace Doorstep::Ui
