#pragma once

#include "ui/widgets/submitdialog.h"

class QComboBox;
class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class PasswordFields;
}

namespace Doorstep::Ui::Pages {

/** A new mailbox user: local part @ one of the domains, and a password typed twice. */
class AddUserDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)

public:
    AddUserDialog(EngineClient &client, const QStringList &domains, const QString &domain, QWidget *parent = nullptr);

    /** The address as it will be sent ("alice@example.org"). */
    QString address() const;

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    QLineEdit *m_localPart;
    QComboBox *m_domain;
    Widgets::FieldErrorLabel *m_addressError;
    Widgets::PasswordFields *m_passwords;
};

} // namespace Doorstep::Ui::Pages
