#include "ui/pages/relay/testmessagedialog.h"

#include <QDBusPendingReply>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

TestMessageDialog::TestMessageDialog(EngineClient &client, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_address(new QLineEdit)
    , m_addressError(new Widgets::FieldErrorLabel(m_address))
    , m_call(QDBusPendingCall::fromError(QDBusError()))
{
    setObjectName(u"testMessageDialog"_s);
    setWindowTitle(tr("Send Test Message"));
    setIntro(tr("Sends a short test message now, the way real mail to this address goes, and shows what the receiving "
                "server answered. Use an address at another provider that you can read."));
    setSubmitText(tr("&Send"));

    m_address->setObjectName(u"testMessageAddressEdit"_s);
    m_address->setPlaceholderText(tr("you@another-provider.example"));
    m_address->setAccessibleName(tr("Send to"));
    m_addressError->setObjectName(u"testMessageAddressError"_s);
    auto *label = new QLabel(tr("Send &to:"));
    label->setBuddy(m_address);
    form()->addRow(label, m_addressError->withField());
    connect(m_address, &QLineEdit::textEdited, m_addressError, &Widgets::FieldErrorLabel::clear);
    setMinimumWidth(480);
    m_address->setFocus();
}

QString TestMessageDialog::address() const
{
    return m_address->text().trimmed();
}

QString TestMessageDialog::reply() const
{
    return m_call.isFinished() && !m_call.isError() ? QDBusPendingReply<QString>(m_call).value() : QString();
}

bool TestMessageDialog::validate()
{
    if (!address().isEmpty())
        return true;
    m_addressError->setError(tr("Enter the address to send the test message to."));
    m_address->setFocus();
    return false;
}

QDBusPendingCall TestMessageDialog::submit()
{
    // The whole SMTP exchange runs before the answer: longer than the usual call timeout.
    m_client.relay().setTimeout(kTimeoutMs);
    m_call = m_client.relay().SendTestMessage(address());
    m_client.relay().setTimeout(EngineClient::kCallTimeoutMs);
    return m_call;
}

Widgets::FieldErrorLabel *TestMessageDialog::errorLabelFor(const ClientError &)
{
    m_address->setFocus();
    return m_addressError;
}

void TestMessageDialog::clearErrors()
{
    m_addressError->clear();
}

QString TestMessageDialog::failureSummary(const ClientError &error) const
{
    if (error.kind() == ClientError::Kind::Failed)
        return tr("The test message was not delivered.");
    return SubmitDialog::failureSummary(error);
}

} // namespace Doorstep::Ui::Pages
