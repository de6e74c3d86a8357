#pragma once

#include "ui/widgets/submitdialog.h"

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class PasswordFields;
}

namespace Doorstep::Ui::Pages {

/** A new password for one user (Users.SetPassword). */
class SetPasswordDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetPasswordDialog)

public:
    SetPasswordDialog(EngineClient &client, const QString &address, QWidget *parent = nullptr);

    const QString &address() const { return m_address; }

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    QString m_address;
    Widgets::PasswordFields *m_passwords;
};

} // namespace Doorstep::Ui::Pages
