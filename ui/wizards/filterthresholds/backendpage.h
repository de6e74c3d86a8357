#pragma once

#include "ui/wizards/wizardpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {
class FilterThresholdsWizard;
}

namespace Doorstep::Ui::Wizards::FilterThresholds {

/**
 * First decision: who scores the mail — the built-in checks, SpamAssassin's spamd or rspamd,
 * and where spamd or rspamd listens. Next first asks the engine to score the GTUBE test
 * message with that choice (Filters.TrySpamBackend); a backend that does not answer is not
 * taken unless the person says to use it anyway, knowing mail then goes unscanned.
 */
class BackendPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendPage)

public:
    explicit BackendPage(FilterThresholdsWizard *wizard);

    int nextId() const override;
    bool isComplete() const override;
    /** Checks the backend answers and returns false; moves on by itself when it does. */
    bool validatePage() override;

    /** "builtin", "spamd" or "rspamd", as chosen on the page. */
    QString backend() const;

private:
    void onLoaded(const QString &error);
    /** The choice changed: an earlier check or acknowledgement no longer applies. */
    void onChoiceChanged();
    void check();
    /** While the engine tries the backend: nothing to choose, a line saying what is going on. */
    void setChecking(bool checking);
    /** What was checked: the backend and where it listens. */
    QString choiceKey() const;
    QString address() const;
    void takeChoice();

    FilterThresholdsWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QRadioButton *m_builtin;
    QRadioButton *m_spamd;
    QRadioButton *m_rspamd;
    QLabel *m_enabledNote;
    QWidget *m_addressRow;
    QLineEdit *m_address;
    Widgets::FieldErrorLabel *m_addressError;
    QCheckBox *m_acknowledge;
    QLabel *m_progress;
    QString m_answered;    // the choice that answered
    QString m_unreachable; // the choice that did not
};

} // namespace Doorstep::Ui::Wizards::FilterThresholds
