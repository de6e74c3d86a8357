#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace Doorstep::Ui::Widgets {

/**
 * Asks before something is removed, without blocking (QMessageBox::open): @p confirmed runs
 * when the user chooses @p action; Cancel (the default, and Escape) does nothing. The box is
 * named @p objectName and its destructive button "confirmButton".
 */
void confirmRemoval(QWidget *parent, const QString &objectName, const QString &question, const QString &detail, const QString &action,
                    std::function<void()> confirmed);

/** The same for another irreversible action, with the box titled @p title. */
void confirmAction(QWidget *parent, const QString &objectName, const QString &title, const QString &question, const QString &detail,
                   const QString &action, std::function<void()> confirmed);

} // namespace Doorstep::Ui::Widgets
