#include "ui/pages/mailboxes/adduserdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/passwordfields.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

AddUserDialog::AddUserDialog(EngineClient &client, const QStringList &domains, const QString &domain, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_localPart(new QLineEdit)
    , m_domain(new QComboBox)
    , m_addressError(new Widgets::FieldErrorLabel(m_localPart))
    , m_passwords(nullptr)
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add User"));
    setIntro(tr("A user has a mailbox and logs in with the full address and this password, "
                "in mail programs and to send mail through this server."));
    setSubmitText(tr("Add &User"));

    m_localPart->setObjectName(u"localPartEdit"_s);
    //: Example of the part of an address before the @
    m_localPart->setPlaceholderText(tr("alice"));
    m_localPart->setAccessibleName(tr("Name before the @"));
    m_domain->setObjectName(u"domainCombo"_s);
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->addItems(domains);
    m_domain->setCurrentIndex(std::max<qsizetype>(0, domains.indexOf(domain)));
    m_addressError->setObjectName(u"addressError"_s);

    auto *address = new QWidget;
    auto *row = new QHBoxLayout(address);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_localPart, 1);
    row->addWidget(new QLabel(u"@"_s));
    row->addWidget(m_domain, 1);
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(address);
    column->addWidget(m_addressError);
    auto *label = new QLabel(tr("&Address:"));
    label->setBuddy(m_localPart);
    form()->addRow(label, box);
    m_passwords = new Widgets::PasswordFields(form(), this);

    connect(m_localPart, &QLineEdit::textEdited, m_addressError, &Widgets::FieldErrorLabel::clear);
    connect(m_domain, &QComboBox::currentIndexChanged, m_addressError, &Widgets::FieldErrorLabel::clear);
    setTabOrder(m_localPart, m_domain);
    setTabOrder(m_domain, m_passwords->password());
    setTabOrder(m_passwords->password(), m_passwords->repeat());
    setMinimumWidth(480);
}

QString AddUserDialog::address() const
{
    return m_localPart->text().trimmed() + u'@' + m_domain->currentText();
}

bool AddUserDialog::validate()
{
    bool ok = true;
    if (m_domain->count() == 0) {
        m_addressError->setError(tr("Add a domain first: every user belongs to one."));
        ok = false;
    } else if (m_localPart->text().trimmed().isEmpty()) {
        m_addressError->setError(tr("Enter the name before the @, such as alice."));
        ok = false;
    }
    ok = m_passwords->validate() && ok;
    if (!ok)
        (m_addressError->hasError() ? static_cast<QWidget *>(m_localPart) : m_passwords->password())->setFocus();
    return ok;
}

QDBusPendingCall AddUserDialog::submit()
{
    return m_client.users().Add(address(), m_passwords->text());
}

Widgets::FieldErrorLabel *AddUserDialog::errorLabelFor(const ClientError &error)
{
    // The engine's sentences about passwords say "password"; the rest concern the address.
    if (error.message().contains(u"password"_s, Qt::CaseInsensitive))
        return m_passwords->passwordError();
    return m_addressError;
}

void AddUserDialog::clearErrors()
{
    m_addressError->clear();
    m_passwords->clearErrors();
}

} // namespace Doorstep::Ui::Pages
