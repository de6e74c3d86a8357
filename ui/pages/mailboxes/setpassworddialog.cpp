#include "ui/pages/mailboxes/setpassworddialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/client/engineclient.h"
#include "ui/widgets/passwordfields.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

SetPasswordDialog::SetPasswordDialog(EngineClient &client, const QString &address, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_address(address)
    , m_passwords(nullptr)
{
    setObjectName(u"setPasswordDialog"_s);
    setWindowTitle(tr("Set Password"));
    setIntro(tr("The new password works at once; mail programs that remembered the old one will ask for it."));
    setSubmitText(tr("&Set Password"));
    auto *user = new QLabel(address);
    user->setObjectName(u"userLabel"_s);
    user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("User:"), user);
    m_passwords = new Widgets::PasswordFields(form(), this);
    setMinimumWidth(440);
}

bool SetPasswordDialog::validate()
{
    const bool ok = m_passwords->validate();
    if (!ok)
        m_passwords->password()->setFocus();
    return ok;
}

QDBusPendingCall SetPasswordDialog::submit()
{
    return m_client.users().SetPassword(m_address, m_passwords->text());
}

Widgets::FieldErrorLabel *SetPasswordDialog::errorLabelFor(const ClientError &error)
{
    if (error.message().contains(u"password"_s, Qt::CaseInsensitive))
        return m_passwords->passwordError();
    return nullptr; // about the user itself: the message bar says it
}

void SetPasswordDialog::clearErrors()
{
    m_passwords->clearErrors();
}

} // namespace Doorstep::Ui::Pages
