#pragma once

class QCoreApplication;

namespace Doorstep::Ui {

/**
 * Loads Doorstep's translation for the system locale (LANG, LC_ALL, LC_MESSAGES), and Qt's
 * own, into @p app. Doorstep's .qm files are compiled in (":/i18n/doorstep_<lang>.qm").
 */
void installTranslations(QCoreApplication &app);

} // namespace Doorstep::Ui
