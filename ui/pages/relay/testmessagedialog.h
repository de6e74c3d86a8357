#pragma once

#include "ui/widgets/submitdialog.h"

class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Pages {

/**
 * Sends a test message (Relay.SendTestMessage) to an address at another provider, the way
 * real mail to it goes (route, smart host or the recipient's server). Closes when the
 * receiving server took it, with its answer in reply(); a refusal stays in the dialog with
 * the engine's sentence.
 */
class TestMessageDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestMessageDialog)

public:
    /** How long the engine may take: connecting, TLS and the whole SMTP exchange. */
    static constexpr int kTimeoutMs = 120000;

    explicit TestMessageDialog(EngineClient &client, QWidget *parent = nullptr);

    QString address() const;
    /** The receiving server's answer, once the call succeeded. */
    QString reply() const;

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;
    QString failureSummary(const ClientError &error) const override;

private:
    EngineClient &m_client;
    QLineEdit *m_address;
    Widgets::FieldErrorLabel *m_addressError;
    QDBusPendingCall m_call;
};

} // namespace Doorstep::Ui::Pages
