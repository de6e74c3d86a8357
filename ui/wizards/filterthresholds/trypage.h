#pragma once

#include <QVariantMap>

#include "ui/wizards/wizardpage.h"

class QLabel;

namespace Doorstep::Ui::Widgets {
class MessageBar;
class SampleMessageEditor;
class SpamScoreView;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Wizards::FilterThresholds {

/**
 * Try it: a pasted message, the GTUBE test message or a clean one, scored with the backend and
 * thresholds chosen on the pages before (Filters.TrySpamBackend), before anything is saved:
 * the score, the rules that hit and what would happen to it. Optional; nothing to decide.
 */
class TryPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TryPage)

public:
    explicit TryPage(FilterThresholdsWizard *wizard);

    void initializePage() override;
    int nextId() const override;

    /** Scores the message field with the chosen settings. */
    void score();
    /** The last result; empty before one came or after the choices changed. */
    const QVariantMap &result() const { return m_result; }

private:
    void showResult(const QVariantMap &result);

    FilterThresholdsWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_choices;
    Widgets::SampleMessageEditor *m_editor;
    Widgets::SpamScoreView *m_view;
    QVariantMap m_result;
};

} // namespace Doorstep::Ui::Wizards::FilterThresholds
