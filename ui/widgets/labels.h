#pragma once

#include <QString>

class QLabel;

namespace Doorstep::Ui::Widgets {

/** A word-wrapped explanation in plain words, at the top of a page, section or wizard page. */
QLabel *introLabel(const QString &text, const QString &objectName);
/**
 * The technical term in small print below an explanation (so a sendmail user recognises
 * "virtusertable" or "SMART_HOST"): smaller, quieter, selectable.
 */
QLabel *smallPrint(const QString &text, const QString &objectName);
/** A bold section heading. */
QLabel *sectionHeading(const QString &text, const QString &objectName);

} // namespace Doorstep::Ui::Widgets
