#pragma once

#include "ui/widgets/submitdialog.h"

class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Pages {

/**
 * Adds or changes an outbound name (Aliases.SetOutbound, sendmail's genericstable): a local
 * sender and the address its mail gets when it leaves for the Internet.
 */
class OutboundNameDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundNameDialog)

public:
    /** A new name when @p local is empty; otherwise changes where @p local leaves as. */
    OutboundNameDialog(EngineClient &client, const QString &local, const QString &external, QWidget *parent = nullptr);

    QString local() const;
    QString external() const;

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    QLineEdit *m_local;
    QLineEdit *m_external;
    Widgets::FieldErrorLabel *m_localError;
    Widgets::FieldErrorLabel *m_externalError;
};

} // namespace Doorstep::Ui::Pages
