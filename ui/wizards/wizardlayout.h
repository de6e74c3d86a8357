#pragma once

#include <QString>

class QRadioButton;
class QVBoxLayout;
class QWizard;
class QWizardPage;

namespace Doorstep::Ui::Wizards {

/** A wizard page's layout, starting with its plain-words explanation (named @p introName). */
QVBoxLayout *pageLayout(QWizardPage *page, const QString &intro, const QString &introName);

/**
 * Adds @p radio, named <name>Choice and read by screen readers as @p accessibleName, and below
 * it the line that explains the choice (<name>ChoiceDescription) to @p layout.
 */
void addChoice(QVBoxLayout *layout, QRadioButton *radio, const QString &name, const QString &accessibleName,
               const QString &description);

/** Names the wizard's buttons for tests and automation: backButton, nextButton, commitButton, finishButton, cancelButton. */
void nameButtons(QWizard *wizard);

} // namespace Doorstep::Ui::Wizards
