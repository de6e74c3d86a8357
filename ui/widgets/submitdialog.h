#pragma once

#include <QDBusPendingCall>
#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Doorstep::Ui {
class ClientError;
}

namespace Doorstep::Ui::Widgets {

class FieldErrorLabel;
class MessageBar;

/**
 * A dialog that sends one call to the engine and closes only when the engine agreed.
 * Enter submits, Escape cancels. Local checks and the engine's refusals appear next to the
 * field they concern; other failures in a message bar at the top. The call is asynchronous:
 * while it runs the dialog stays responsive and the submit button is disabled.
 */
class SubmitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitDialog)

public:
    explicit SubmitDialog(QWidget *parent = nullptr);
    ~SubmitDialog() override;

    QPushButton *submitButton() const { return m_submit; }
    MessageBar *messageBar() const { return m_messageBar; }
    bool isBusy() const { return m_busy; }

    /** Submits (unless a call is already running): what Enter and the submit button do. */
    void accept() override;

Q_SIGNALS:
    /** The engine carried out the call; the dialog closes next. */
    void succeeded();

protected:
    /** Explanation above the form (plain words). */
    void setIntro(const QString &text);
    void setSubmitText(const QString &text);
    QFormLayout *form() const { return m_form; }

    /** Checks what can be checked locally, showing problems by the fields; true when fine. */
    virtual bool validate() = 0;
    /** Starts the engine call. */
    virtual QDBusPendingCall submit() = 0;
    /**
     * The error label for an engine refusal (InvalidArgument, NotFound, AlreadyExists), or
     * nullptr to show it in the message bar.
     */
    virtual FieldErrorLabel *errorLabelFor(const ClientError &error) = 0;
    /** Hides every field error. */
    virtual void clearErrors() = 0;
    /** The sentence above the engine's own in the message bar when the call failed. */
    virtual QString failureSummary(const ClientError &error) const;

private:
    void finish(const QDBusPendingCall &call);
    void setBusy(bool busy);
    /** Grows the dialog when sentences appeared by the fields (wrapped labels need height). */
    void fitHeight();

    QLabel *m_intro;
    MessageBar *m_messageBar;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Widgets
