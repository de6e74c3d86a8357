#include "ui/pages/addresses/outboundnamedialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

OutboundNameDialog::OutboundNameDialog(EngineClient &client, const QString &local, const QString &external, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_local(new QLineEdit(local))
    , m_external(new QLineEdit(external))
    , m_localError(new Widgets::FieldErrorLabel(m_local))
    , m_externalError(new Widgets::FieldErrorLabel(m_external))
{
    const bool editing = !local.isEmpty();
    setObjectName(u"outboundNameDialog"_s);
    setWindowTitle(editing ? tr("Change Outbound Name") : tr("Add Outbound Name"));
    setIntro(tr("Mail from the local sender leaves this server with the other address as its sender, so that "
                "replies reach a real mailbox."));
    setSubmitText(editing ? tr("&Save") : tr("&Add Outbound Name"));

    m_local->setObjectName(u"outboundLocalEdit"_s);
    //: Examples of a local sender: an address on the home network, or a login name
    m_local->setPlaceholderText(tr("dad@pc.home.lan or dad"));
    m_local->setAccessibleName(tr("Local sender"));
    m_local->setReadOnly(editing);
    m_localError->setObjectName(u"outboundLocalError"_s);
    auto *localLabel = new QLabel(tr("&Local sender:"));
    localLabel->setBuddy(m_local);
    form()->addRow(localLabel, m_localError->withField());

    m_external->setObjectName(u"outboundExternalEdit"_s);
    m_external->setPlaceholderText(tr("dad@example.org"));
    m_external->setAccessibleName(tr("Leaves as"));
    m_externalError->setObjectName(u"outboundExternalError"_s);
    auto *externalLabel = new QLabel(tr("Lea&ves as:"));
    externalLabel->setBuddy(m_external);
    form()->addRow(externalLabel, m_externalError->withField());

    connect(m_local, &QLineEdit::textEdited, m_localError, &Widgets::FieldErrorLabel::clear);
    connect(m_external, &QLineEdit::textEdited, m_externalError, &Widgets::FieldErrorLabel::clear);
    setTabOrder(m_local, m_external);
    setMinimumWidth(480);
    if (editing)
        m_external->setFocus();
}

QString OutboundNameDialog::local() const
{
    return m_local->text().trimmed();
}

QString OutboundNameDialog::external() const
{
    return m_external->text().trimmed();
}

bool OutboundNameDialog::validate()
{
    bool ok = true;
    if (local().isEmpty()) {
        m_localError->setError(tr("Enter the sender as your computers write it, such as dad@pc.home.lan or dad."));
        ok = false;
    }
    if (external().isEmpty()) {
        m_externalError->setError(tr("Enter the address mail should leave with, such as dad@example.org."));
        ok = false;
    }
    if (!ok)
        (m_localError->hasError() ? m_local : m_external)->setFocus();
    return ok;
}

QDBusPendingCall OutboundNameDialog::submit()
{
    return m_client.aliases().SetOutbound(local(), external());
}

Widgets::FieldErrorLabel *OutboundNameDialog::errorLabelFor(const ClientError &error)
{
    // The engine's sentences about the new address start "Outbound name for '<local>'".
    if (error.message().startsWith(u"Outbound name for"_s)) {
        m_external->setFocus();
        return m_externalError;
    }
    m_local->setFocus();
    return m_localError;
}

void OutboundNameDialog::clearErrors()
{
    m_localError->clear();
    m_externalError->clear();
}

} // namespace Doorstep::Ui::Pages
