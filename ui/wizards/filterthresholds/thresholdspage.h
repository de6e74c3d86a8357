#pragma once

#include <QWizardPage>

class QDoubleSpinBox;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
}

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Wizards::FilterThresholds {

/**
 * Second decision: from which score a message is spam (marked and filed: spam.threshold) and
 * from which it is refused outright (spam.reject_threshold, or never). Refusing starts above
 * marking, or not at all.
 */
class ThresholdsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsPage)

public:
    explicit ThresholdsPage(FilterThresholdsWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    FilterThresholdsWizard *m_wizard;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_reject;
    Widgets::FieldErrorLabel *m_thresholdError;
    Widgets::FieldErrorLabel *m_rejectError;
    bool m_initialized = false;
};

} // namespace Doorstep::Ui::Wizards::FilterThresholds
