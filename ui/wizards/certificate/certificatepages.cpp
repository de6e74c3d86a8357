#include "ui/wizards/certificate/certificatepages.h"

#include <QCheckBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;
using Widgets::buddyLabel;

namespace {

/** A PEM file is text, and small: a certificate chain is a few kilobytes. */
constexpr qint64 kMaxPemBytes = 1024 * 1024;

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString namesError(const QStringList &names)
{
    static const QRegularExpression hostName(u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}$"_s);
    for (const QString &name : names) {
        if (!hostName.match(name).hasMatch())
            return CertificateWizard::tr("“%1” is not a host name: write it as mail.example.org.").arg(name);
    }
    return {};
}

} // namespace

// --- CertificateChoicePage -----------------------------------------------------------------

CertificateChoicePage::CertificateChoicePage(CertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_acme(new QRadioButton(tr("&Let's Encrypt (recommended)")))
    , m_import(new QRadioButton(tr("&Import files from another certificate authority")))
    , m_selfSigned(new QRadioButton(tr("A &self-signed certificate, now")))
{
    setObjectName(u"choicePage"_s);
    setTitle(tr("Which certificate?"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("A certificate lets mail programs and other servers talk to this one over an encrypted "
                                        "connection, and check that it really is this server."),
                                     u"choiceIntro"_s);
    m_messageBar->setObjectName(u"choiceMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    addChoice(layout, m_acme, u"acme"_s, tr("Let's Encrypt"),
              tr("Free and trusted everywhere. Doorstep gets it now and renews it by itself before it expires. Let's Encrypt "
                 "must reach this computer on port 80 for a moment."));
    addChoice(layout, m_import, u"import"_s, tr("Import files"),
              tr("You bought a certificate, or your organisation gives you one: choose its files (certificate, private key, "
                 "chain)."));
    addChoice(layout, m_selfSigned, u"selfSigned"_s, tr("Self-signed"),
              tr("Made by this server alone. Other mail servers still encrypt with it, but mail programs ask whether to trust it."));
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT."), u"choiceSmallPrint"_s));
    m_acme->setChecked(true);
    connect(wizard, &CertificateWizard::settingsLoaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The engine's settings could not be read."), error);
    });
}

int CertificateChoicePage::nextId() const
{
    switch (m_wizard->kind()) {
    case CertificateWizard::Kind::Acme: return CertificateWizard::AcmePageId;
    case CertificateWizard::Kind::Import: return CertificateWizard::ImportPageId;
    case CertificateWizard::Kind::SelfSigned: break;
    }
    return CertificateWizard::SelfSignedPageId;
}

// --- AcmePage ------------------------------------------------------------------------------

AcmePage::AcmePage(CertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_email(new QLineEdit)
    , m_emailError(new Widgets::FieldErrorLabel(m_email))
    , m_names(new QLineEdit)
    , m_namesError(new Widgets::FieldErrorLabel(m_names))
    , m_terms(new QCheckBox(tr("I agree to the certificate authority's &terms of service")))
    , m_termsError(new Widgets::FieldErrorLabel(m_terms))
    , m_reachable(Widgets::introLabel({}, u"acmeReachable"_s))
{
    setObjectName(u"acmePage"_s);
    setTitle(tr("Let's Encrypt"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Let's Encrypt writes to this address before the certificate expires, should renewing "
                                        "ever fail. The certificate is for the names below."),
                                     u"acmeIntro"_s);
    auto *form = new QFormLayout;
    m_email->setObjectName(u"acmeEmailEdit"_s);
    m_email->setPlaceholderText(tr("you@example.org"));
    form->addRow(buddyLabel(tr("&E-mail address:"), m_email), m_email);
    form->addRow(QString(), m_emailError);
    m_names->setObjectName(u"acmeNamesEdit"_s);
    m_names->setToolTip(tr("Host names, separated by commas; the first is the one this server greets with"));
    form->addRow(buddyLabel(tr("&Names:"), m_names), m_names);
    form->addRow(QString(), m_namesError);
    layout->addLayout(form);
    m_terms->setObjectName(u"acmeTermsCheck"_s);
    layout->addWidget(m_terms);
    auto *terms = new QLabel(tr("Read them at <a href=\"https://letsencrypt.org/repository/\">letsencrypt.org/repository</a>."));
    terms->setObjectName(u"acmeTermsLink"_s);
    terms->setOpenExternalLinks(true);
    layout->addWidget(terms);
    layout->addWidget(m_termsError);
    layout->addWidget(m_reachable);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("ACME (RFC 8555) with the HTTP-01 challenge; settings acme.email and acme.http_port."),
                                          u"acmeSmallPrint"_s));
    connect(m_terms, &QCheckBox::toggled, m_termsError, &Widgets::FieldErrorLabel::clear);
}

void AcmePage::initializePage()
{
    const QVariantMap &settings = m_wizard->settings();
    if (m_email->text().isEmpty())
        m_email->setText(settings.value(u"acme.email"_s).toString());
    if (m_names->text().isEmpty())
        m_names->setText(m_wizard->hostname());
    const uint port = settings.value(u"acme.http_port"_s).toUInt();
    QString text = tr("Let's Encrypt checks the names by connecting to http://%1/ — so for a minute, port 80 of your Internet "
                      "line must lead to this computer: forward TCP port 80 in your router.")
                       .arg(m_wizard->hostname());
    if (port != 0 && port != 80)
        text += u' ' + tr("This server answers on port %1 (acme.http_port): forward port 80 of the router to port %1 here.").arg(port);
    m_reachable->setText(text);
}

int AcmePage::nextId() const
{
    return CertificateWizard::ReviewPageId;
}

bool AcmePage::validatePage()
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    bool ok = true;
    const QString address = m_email->text().trimmed();
    if (!email.match(address).hasMatch()) {
        m_emailError->setError(tr("Enter an e-mail address that reaches you, such as you@example.org."));
        ok = false;
    }
    const QStringList names = splitNames(m_names->text());
    const QString error = names.isEmpty() ? tr("Enter at least the host name, such as mail.example.org.") : namesError(names);
    if (!error.isEmpty()) {
        m_namesError->setError(error);
        ok = false;
    }
    if (!m_terms->isChecked()) {
        m_termsError->setError(tr("Let's Encrypt issues certificates only to those who agree to its terms."));
        ok = false;
    }
    if (!ok)
        return false;
    m_wizard->plan().email = address;
    m_wizard->plan().names = names;
    return true;
}

// --- ImportPage ----------------------------------------------------------------------------

ImportPage::ImportPage(CertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importPage"_s);
    setTitle(tr("Import files"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Choose the files your certificate authority gave you, in PEM form (text that starts with "
                                        "“-----BEGIN”). The key may be left empty when the request was made here (doorstepctl cert request)."),
                                     u"importIntro"_s);
    auto *form = new QFormLayout;
    m_certificate = addFileRow(form, tr("&Certificate:"), u"certificateFile"_s, tr("Certificate file"), tr("Choose the certificate"));
    m_key = addFileRow(form, tr("Private &key:"), u"keyFile"_s, tr("Private key file"), tr("Choose the private key"));
    m_chain = addFileRow(form, tr("C&hain (intermediates):"), u"chainFile"_s, tr("Chain file"), tr("Choose the chain"));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: confSERVER_CERT, confSERVER_KEY and confCACERT."), u"importSmallPrint"_s));
}

ImportPage::FileRow ImportPage::addFileRow(QFormLayout *form, const QString &label, const QString &name, const QString &accessibleName,
                                           const QString &dialogTitle)
{
    FileRow row;
    row.path = new QLineEdit;
    row.path->setObjectName(name + u"Edit"_s);
    row.path->setAccessibleName(accessibleName);
    row.error = new Widgets::FieldErrorLabel(row.path);
    auto *browse = Widgets::rowButton(QIcon::fromTheme(u"document-open"_s), tr("Browse…"), name + u"Browse"_s,
                                      tr("Browse for the %1").arg(accessibleName), dialogTitle);
    QLineEdit *edit = row.path;
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle] {
        const QString chosen = QFileDialog::getOpenFileName(this, dialogTitle, edit->text(),
                                                            tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    connect(row.path, &QLineEdit::textEdited, row.error, &Widgets::FieldErrorLabel::clear);
    auto *line = new QHBoxLayout;
    line->addWidget(row.path, 1);
    line->addWidget(browse);
    form->addRow(buddyLabel(label, row.path), line);
    form->addRow(QString(), row.error);
    return row;
}

QLineEdit *ImportPage::field(CertificateWizard::ImportField which) const
{
    switch (which) {
    case CertificateWizard::ImportField::Key: return m_key.path;
    case CertificateWizard::ImportField::Chain: return m_chain.path;
    case CertificateWizard::ImportField::Certificate: break;
    }
    return m_certificate.path;
}

bool ImportPage::readPem(const FileRow &row, bool required, QString *pem)
{
    pem->clear();
    const QString path = row.path->text().trimmed();
    if (path.isEmpty()) {
        if (required)
            row.error->setError(tr("Choose the file."));
        return !required;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        row.error->setError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(kMaxPemBytes + 1);
    if (bytes.size() > kMaxPemBytes || !bytes.contains("-----BEGIN ")) {
        row.error->setError(tr("%1 is not a PEM file: it should be text that starts with “-----BEGIN”.").arg(path));
        return false;
    }
    *pem = QString::fromLatin1(bytes);
    return true;
}

void ImportPage::showRefusal(const QString &sentence)
{
    switch (CertificateWizard::importFieldOf(sentence)) {
    case CertificateWizard::ImportField::Key: m_key.error->setError(sentence); break;
    case CertificateWizard::ImportField::Chain: m_chain.error->setError(sentence); break;
    case CertificateWizard::ImportField::Certificate: m_certificate.error->setError(sentence); break;
    }
}

int ImportPage::nextId() const
{
    return CertificateWizard::ReviewPageId;
}

bool ImportPage::validatePage()
{
    CertificateWizard::Plan &plan = m_wizard->plan();
    const bool certificate = readPem(m_certificate, true, &plan.certificatePem);
    const bool key = readPem(m_key, false, &plan.keyPem);
    const bool chain = readPem(m_chain, false, &plan.chainPem);
    return certificate && key && chain;
}

// --- SelfSignedPage ------------------------------------------------------------------------

SelfSignedPage::SelfSignedPage(CertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_names(new QLineEdit)
    , m_namesError(new Widgets::FieldErrorLabel(m_names))
{
    setObjectName(u"selfSignedPage"_s);
    setTitle(tr("Self-signed"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("This server signs its own certificate for these names, valid for ten years. Mail "
                                        "programs show its fingerprint once and ask whether to trust it."),
                                     u"selfSignedIntro"_s);
    auto *form = new QFormLayout;
    m_names->setObjectName(u"selfSignedNamesEdit"_s);
    form->addRow(buddyLabel(tr("&Names:"), m_names), m_names);
    form->addRow(QString(), m_namesError);
    layout->addLayout(form);
    layout->addStretch(1);
}

void SelfSignedPage::initializePage()
{
    if (m_names->text().isEmpty())
        m_names->setText(m_wizard->hostname());
}

int SelfSignedPage::nextId() const
{
    return CertificateWizard::ReviewPageId;
}

bool SelfSignedPage::validatePage()
{
    const QStringList names = splitNames(m_names->text());
    const QString error = names.isEmpty() ? tr("Enter at least the host name, such as mail.example.org.") : namesError(names);
    if (!error.isEmpty()) {
        m_namesError->setError(error);
        return false;
    }
    m_wizard->plan().names = names;
    return true;
}

// --- CertificateReviewPage -----------------------------------------------------------------

CertificateReviewPage::CertificateReviewPage(CertificateWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_summary(Widgets::introLabel({}, u"reviewSummary"_s))
    , m_error(new Widgets::FieldErrorLabel(m_summary))
    , m_progress(new QProgressBar)
    , m_steps(Widgets::introLabel({}, u"acmeSteps"_s))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Ready to change the certificate"));
    setCommitPage(true);
    QVBoxLayout *layout = pageLayout(this, tr("Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was."),
                                     u"reviewIntro"_s);
    m_messageBar->setObjectName(u"reviewMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    m_progress->setObjectName(u"acmeProgressBar"_s);
    m_progress->setRange(0, 0); // busy: the CA decides how long it takes
    m_progress->setAccessibleName(tr("Certificate request in progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps);
    layout->addStretch(1);
    connect(wizard, &CertificateWizard::acmeProgress, this, [this](const QString &step, const QString &sentence) {
        if (!isBusy())
            return;
        m_stepLines.append(CertificateWizard::stepText(step) + (sentence.isEmpty() ? QString() : u"\n    "_s + sentence));
        m_steps->setText(m_stepLines.join(u'\n'));
    });
}

void CertificateReviewPage::initializePage()
{
    m_error->clear();
    m_messageBar->dismiss();
    m_stepLines.clear();
    m_steps->clear();
    m_progress->setVisible(false);
    const CertificateWizard::Plan &plan = m_wizard->plan();
    switch (m_wizard->kind()) {
    case CertificateWizard::Kind::Acme:
        m_summary->setText(tr("Ask Let's Encrypt for a certificate for %1, with %2 as the contact address. It replaces the "
                              "certificate in use as soon as it is issued, without dropping connections, and is renewed by itself.")
                               .arg(plan.names.join(u", "_s), plan.email));
        break;
    case CertificateWizard::Kind::Import:
        m_summary->setText(plan.keyPem.isEmpty()
                               ? tr("Check the certificate against the key of the request made on this server, then use it.")
                               : tr("Check the certificate, its key and chain, then use them in place of the certificate in use."));
        break;
    case CertificateWizard::Kind::SelfSigned:
        m_summary->setText(tr("Make a new self-signed certificate for %1 and use it in place of the certificate in use.")
                               .arg(plan.names.join(u", "_s)));
        break;
    }
}

int CertificateReviewPage::nextId() const
{
    return CertificateWizard::ResultPageId;
}

bool CertificateReviewPage::validatePage()
{
    const bool acme = m_wizard->kind() == CertificateWizard::Kind::Acme;
    return applyChange(
        m_wizard->isApplied(),
        [this, acme](auto answer) {
            m_progress->setVisible(acme);
            m_wizard->apply([this, answer](const ClientError &error) {
                m_progress->setVisible(false);
                if (error.isError() && m_wizard->kind() == CertificateWizard::Kind::Import)
                    m_wizard->importPage()->showRefusal(error.message());
                answer(error);
            });
        },
        [this] { wizard()->next(); }, m_error, m_messageBar);
}

// --- CertificateResultPage -----------------------------------------------------------------

CertificateResultPage::CertificateResultPage(CertificateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_result(Widgets::introLabel({}, u"resultText"_s))
{
    setObjectName(u"resultPage"_s);
    setTitle(tr("The new certificate is in use"));
    QVBoxLayout *layout = pageLayout(this, tr("New connections use it from now on."), u"resultIntro"_s);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void CertificateResultPage::initializePage()
{
    m_result->setText(tr("Reading the certificate…"));
    EngineClient::whenFinished(m_wizard->client().certificates().Current(), this, [this](const QDBusPendingCall &call) {
        if (call.isError()) {
            m_result->setText(ClientError(call.error()).message());
            return;
        }
        const QVariantMap certificate = QDBusPendingReply<QVariantMap>(call).value();
        const QDateTime notAfter = QDateTime::fromMSecsSinceEpoch(qint64(certificate.value(u"not_after"_s).toULongLong() / 1000));
        const QString issuer = certificate.value(u"self_signed"_s).toBool() ? tr("this server itself") : certificate.value(u"issuer"_s).toString();
        m_result->setText(tr("For: %1\nIssued by: %2\nValid until: %3")
                              .arg(certificate.value(u"names"_s).toStringList().join(u", "_s), issuer,
                                   QLocale().toString(notAfter, QLocale::LongFormat)));
    });
}

} // namespace Doorstep::Ui::Wizards
