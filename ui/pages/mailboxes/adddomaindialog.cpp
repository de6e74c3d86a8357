#include "ui/pages/mailboxes/adddomaindialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

AddDomainDialog::AddDomainDialog(EngineClient &client, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_domain(new QLineEdit)
    , m_domainError(new Widgets::FieldErrorLabel(m_domain))
{
    setObjectName(u"addDomainDialog"_s);
    setWindowTitle(tr("Add Domain"));
    setIntro(tr("Mail to addresses in this domain is delivered to mailboxes on this server. "
                "Its DNS MX record has to point here."));
    setSubmitText(tr("&Add Domain"));
    m_domain->setObjectName(u"domainEdit"_s);
    m_domain->setPlaceholderText(tr("example.org"));
    m_domain->setAccessibleName(tr("Domain"));
    m_domainError->setObjectName(u"domainError"_s);
    auto *label = new QLabel(tr("&Domain:"));
    label->setBuddy(m_domain);
    form()->addRow(label, m_domainError->withField());
    connect(m_domain, &QLineEdit::textEdited, m_domainError, &Widgets::FieldErrorLabel::clear);
    setMinimumWidth(420);
}

QString AddDomainDialog::domain() const
{
    return m_domain->text().trimmed();
}

bool AddDomainDialog::validate()
{
    if (domain().isEmpty()) {
        m_domainError->setError(tr("Enter the domain you receive mail for, such as example.org."));
        m_domain->setFocus();
        return false;
    }
    return true;
}

QDBusPendingCall AddDomainDialog::submit()
{
    return m_client.domains().Add(domain());
}

Widgets::FieldErrorLabel *AddDomainDialog::errorLabelFor(const ClientError &)
{
    return m_domainError;
}

void AddDomainDialog::clearErrors()
{
    m_domainError->clear();
}

} // namespace Doorstep::Ui::Pages
