#pragma once

#include "ui/wizards/wizardpage.h"

class QGridLayout;
class QLabel;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Wizards::FilterThresholds {

/**
 * The last page: what will change (each changed setting, from its value in effect to the
 * chosen one), applied in one Settings.SetMany when the person chooses Apply; the wizard then
 * closes. A refusal is shown here, with a hint to go back.
 */
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(FilterThresholdsWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    /** Starts the change and returns false; closes the wizard by itself when the engine agreed. */
    bool validatePage() override;

    /** The changes as listed: "Spam from score: 5.0 → 6.5" per line. */
    QStringList changeLines() const;

private:
    void clearChanges();

    FilterThresholdsWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_summary;
    QWidget *m_changes;
    QGridLayout *m_grid;
    Widgets::FieldErrorLabel *m_error;
    QStringList m_lines;
};

} // namespace Doorstep::Ui::Wizards::FilterThresholds
