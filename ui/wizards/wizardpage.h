#pragma once

#include <functional>

#include <QWizardPage>

namespace Doorstep::Ui {
class ClientError;
}

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {

/**
 * A wizard page that may wait for the engine: busy meanwhile (no Next, a busy cursor), and a
 * refusal shown where it belongs — about a value next to the page's field or summary, with a
 * hint to go back to it; anything else in the page's message bar.
 */
class WizardPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    using QWizardPage::QWizardPage;

    bool isComplete() const override;
    bool isBusy() const { return m_busy; }

protected:
    /** Starts the change: @p apply gets the function to call with the engine's answer. */
    using Apply = std::function<void(std::function<void(const ClientError &)>)>;

    void setBusy(bool busy);
    /** Shows the engine's refusal of a change: a value's next to @p error, anything else in @p messageBar. */
    void showRefusal(const ClientError &refusal, Widgets::FieldErrorLabel *error, Widgets::MessageBar *messageBar);
    /**
     * The body of a page's validatePage() that makes the wizard's change: true when it is
     * @p applied already; otherwise starts @p apply, busy until the answer, then calls
     * @p succeeded (which moves on) or shows the refusal; false until then.
     */
    bool applyChange(bool applied, const Apply &apply, std::function<void()> succeeded, Widgets::FieldErrorLabel *error,
                     Widgets::MessageBar *messageBar);

private:
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Wizards
