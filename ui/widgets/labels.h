#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

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
/** A form label whose mnemonic moves the focus to @p buddy. */
QLabel *buddyLabel(const QString &text, QWidget *buddy);
/**
 * A button under a list that acts on the selected row, named for tests (@p objectName) and
 * for screen readers (@p accessibleName, as the text leaves the row unsaid), with a tooltip.
 */
QPushButton *rowButton(const QIcon &icon, const QString &text, const QString &objectName, const QString &accessibleName,
                       const QString &toolTip);

} // namespace Doorstep::Ui::Widgets
