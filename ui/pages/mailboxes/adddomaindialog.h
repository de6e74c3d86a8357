#pragma once

#include "ui/widgets/submitdialog.h"

class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Pages {

/** Asks for a domain to receive mail for and adds it (Domains.Add). */
class AddDomainDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDomainDialog)

public:
    AddDomainDialog(EngineClient &client, QWidget *parent = nullptr);

    QString domain() const;

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    QLineEdit *m_domain;
    Widgets::FieldErrorLabel *m_domainError;
};

} // namespace Doorstep::Ui::Pages
