#include "ui/wizards/certificate/certificatewizard.h"

#include <QDBusPendingReply>
#include <QRadioButton>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/wizards/certificate/certificatepages.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

CertificateWizard::CertificateWizard(EngineClient &client, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_choice(new CertificateChoicePage(this))
    , m_import(new ImportPage(this))
{
    setObjectName(u"certificateWizard"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Certificates Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setPage(ChoicePageId, m_choice);
    setPage(AcmePageId, new AcmePage(this));
    setPage(ImportPageId, m_import);
    setPage(SelfSignedPageId, new SelfSignedPage(this));
    setPage(ReviewPageId, new CertificateReviewPage(this));
    setPage(ResultPageId, new CertificateResultPage(this));
    setStartId(ChoicePageId);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    nameButtons(this);
    resize(760, 560);
    connect(&m_client.certificates(), &OrgDoorstepEngine1CertificatesInterface::AcmeProgress, this,
            [this](const QString &step, const QString &sentence) { Q_EMIT acmeProgress(step, sentence); });
    load();
}

CertificateWizard::~CertificateWizard()
{
    // A private key read for an import lives only in this window.
    m_plan.keyPem.fill(u'\0');
}

CertificateWizard::Kind CertificateWizard::kind() const
{
    if (m_choice->importChoice()->isChecked())
        return Kind::Import;
    if (m_choice->selfSignedChoice()->isChecked())
        return Kind::SelfSigned;
    return Kind::Acme;
}

void CertificateWizard::load()
{
    EngineClient::whenFinished(m_client.settings().GetAll(), this, [this](const QDBusPendingCall &call) {
        if (call.isError()) {
            const ClientError error(call.error());
            Q_EMIT settingsLoaded(error.summary() + u' ' + error.message());
            return;
        }
        m_settings = QDBusPendingReply<QVariantMap>(call).value();
        Q_EMIT settingsLoaded({});
    });
}

CertificateWizard::ImportField CertificateWizard::importFieldOf(const QString &sentence)
{
    const QString lower = sentence.toLower();
    if (lower.contains(u"chain"_s) || lower.contains(u"intermediate"_s))
        return ImportField::Chain;
    if (lower.contains(u"key"_s))
        return ImportField::Key;
    return ImportField::Certificate;
}

QString CertificateWizard::stepText(const QString &step)
{
    if (step == u"account"_s)
        //: ACME progress step
        return tr("Opening the account at the certificate authority…");
    if (step == u"order"_s)
        //: ACME progress step
        return tr("Ordering the certificate…");
    if (step == u"challenge"_s)
        //: ACME progress step: the CA connects to this server to check the names
        return tr("Proving the names are yours: the certificate authority connects to this server…");
    if (step == u"validated"_s)
        //: ACME progress step
        return tr("The names are proven.");
    if (step == u"finalize"_s)
        //: ACME progress step
        return tr("Asking for the signed certificate…");
    if (step == u"download"_s)
        //: ACME progress step
        return tr("Downloading the certificate…");
    if (step == u"issued"_s)
        //: ACME progress step
        return tr("The certificate is issued and in use.");
    if (step == u"failed"_s)
        //: ACME progress step
        return tr("The request failed.");
    return step;
}

void CertificateWizard::apply(std::function<void(const ClientError &error)> done)
{
    QDBusPendingCall call = [this] {
        switch (kind()) {
        case Kind::Acme: {
            m_client.certificates().setTimeout(kAcmeTimeoutMs);
            QDBusPendingCall acme = m_client.certificates().RequestAcme(QString(), m_plan.names, m_plan.email);
            m_client.certificates().setTimeout(EngineClient::kCallTimeoutMs);
            return acme;
        }
        case Kind::Import:
            return QDBusPendingCall(m_client.certificates().Import(m_plan.certificatePem, m_plan.keyPem, m_plan.chainPem));
        case Kind::SelfSigned:
            break;
        }
        return QDBusPendingCall(m_client.certificates().GenerateSelfSigned(m_plan.names));
    }();
    EngineClient::whenFinished(call, this, [this, done = std::move(done)](const QDBusPendingCall &finished) {
        const ClientError error(finished.error());
        if (!error.isError()) {
            m_applied = true;
            Q_EMIT applied();
        }
        done(error);
    });
}

} // namespace Doorstep::Ui::Wizards
