#include "ui/pages/internet/internetpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/healthcheckview.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/wizards/certificate/certificatewizard.h"
#include "ui/wizards/domain/domainwizard.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Widgets::buddyLabel;

namespace {

/** Lines and fields wider than this are harder to read, not easier. */
constexpr int kContentMaxWidth = 900;

QLabel *valueLabel(const QString &objectName)
{
    QLabel *label = Widgets::introLabel({}, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString sourceWord(const QString &source)
{
    if (source == u"self-signed"_s)
        //: Certificate source
        return InternetPage::tr("Self-signed (made by this server)");
    if (source == u"imported"_s)
        //: Certificate source
        return InternetPage::tr("Imported");
    if (source == u"acme"_s)
        //: Certificate source: issued automatically by an ACME certificate authority
        return InternetPage::tr("Let's Encrypt (ACME)");
    return source;
}

} // namespace

InternetPage::InternetPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_form(new Widgets::SettingsForm(context.client, m_messageBar, this))
    , m_hostname(new QLineEdit)
    , m_hostnameError(new Widgets::FieldErrorLabel(m_hostname))
    , m_dkimEnabled(new QCheckBox(tr("Sign mail that leaves for other domains (&DKIM)")))
    , m_dkimEnabledError(new Widgets::FieldErrorLabel(m_dkimEnabled))
    , m_selector(new QLineEdit)
    , m_selectorError(new Widgets::FieldErrorLabel(m_selector))
    , m_ed25519(new QCheckBox(tr("Add a second, &Ed25519 signature")))
    , m_ed25519Error(new Widgets::FieldErrorLabel(m_ed25519))
    , m_blocklists(new QLineEdit)
    , m_blocklistsError(new Widgets::FieldErrorLabel(m_blocklists))
    , m_domains(new QComboBox)
    , m_checkButton(new QPushButton(Widgets::Icons::refresh(), tr("Check &Again")))
    , m_health(new Widgets::HealthCheckView)
    , m_noDomains(Widgets::introLabel(tr("No domains yet — add the domain your mail addresses end in on the Mailboxes & Domains page; "
                                         "its checks then appear here."),
                                      u"noDomainsLabel"_s))
    , m_certificateForm(new QFormLayout)
    , m_certificateSource(valueLabel(u"certificateSource"_s))
    , m_certificateNames(valueLabel(u"certificateNames"_s))
    , m_certificateIssuer(valueLabel(u"certificateIssuer"_s))
    , m_certificateExpiry(valueLabel(u"certificateExpiry"_s))
    , m_certificateFingerprint(valueLabel(u"certificateFingerprint"_s))
{
    m_checkButton->setShortcut(QKeySequence::Refresh);
    auto *domainAction = new QAction(tr("&Domain && Dynamic DNS…"), this);
    domainAction->setObjectName(u"domainWizardAction"_s);
    domainAction->setToolTip(tr("Set the domain, this server's name and the dynamic DNS provider, and see the records to publish"));
    connect(domainAction, &QAction::triggered, this, &InternetPage::openDomainWizard);
    addPrimaryAction(domainAction);
    auto *certificateAction = new QAction(tr("&Certificates…"), this);
    certificateAction->setObjectName(u"certificateWizardAction"_s);
    certificateAction->setToolTip(tr("Get a trusted certificate from Let's Encrypt, import one, or make a self-signed one (Certificates wizard)"));
    connect(certificateAction, &QAction::triggered, this, &InternetPage::openCertificateWizard);
    addPrimaryAction(certificateAction);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    outer->addWidget(m_messageBar);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"internetScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    content->setMaximumWidth(kContentMaxWidth);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(Widgets::introLabel(
        tr("How other mail servers find and trust this one: its name, the DNS records of your domains, and its certificate. "
           "Fix what is red from the top: each failed check says what to publish at your DNS provider."),
        u"internetIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: confDOMAIN_NAME (Dj), confSERVER_CERT; ddclient for dynamic DNS."),
                                          u"internetSmallPrint"_s));
    layout->addWidget(buildChecks());
    layout->addWidget(buildCertificate());
    layout->addWidget(buildSettings());
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_domains, &QComboBox::currentIndexChanged, this, [this] {
        m_health->setChecks({});
        checkNow();
    });
    connect(m_checkButton, &QPushButton::clicked, this, &InternetPage::checkNow);
    connect(m_form, &Widgets::SettingsForm::applied, this, [this] { checkNow(); });
    connect(&client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind, const QString &, const QVariantMap &details) {
        if (kind == u"health_changed"_s && details.value(u"domain"_s).toString() == currentDomain()) {
            checkNow();
        } else if (kind == u"certificate_renewed"_s) {
            loadCertificate();
            checkNow();
        } else if (kind == u"config_changed"_s && details.value(u"object"_s).toString() == u"domain"_s) {
            loadDomains();
        }
    });
}

InternetPage::~InternetPage() = default;

QString InternetPage::id() const
{
    return u"internet"_s;
}

QString InternetPage::title() const
{
    return tr("Internet");
}

QString InternetPage::description() const
{
    return tr("Whether the world can reach this server and trusts its mail.");
}

QIcon InternetPage::icon() const
{
    return Widgets::Icons::internetPage();
}

QWidget *InternetPage::buildChecks()
{
    auto *box = new QWidget;
    box->setObjectName(u"checksSection"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(Widgets::sectionHeading(tr("DNS health"), u"checksHeading"_s));
    auto *row = new QHBoxLayout;
    m_domains->setObjectName(u"domainCombo"_s);
    m_domains->setAccessibleName(tr("Domain to check"));
    row->addWidget(buddyLabel(tr("D&omain:"), m_domains));
    row->addWidget(m_domains, 1);
    m_checkButton->setObjectName(u"checkAgainButton"_s);
    m_checkButton->setToolTip(tr("Ask the DNS again whether the world can reach this domain (F5)"));
    row->addWidget(m_checkButton);
    layout->addLayout(row);
    layout->addWidget(m_noDomains);
    m_health->setObjectName(u"healthChecks"_s);
    layout->addWidget(m_health);
    connect(m_health, &Widgets::HealthCheckView::copied, this, [this](const QString &record) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("Copied to the clipboard:"), record);
    });
    return box;
}

QWidget *InternetPage::buildCertificate()
{
    auto *box = new QWidget;
    box->setObjectName(u"certificateSection"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(Widgets::sectionHeading(tr("Certificate"), u"certificateHeading"_s));
    m_certificateForm->addRow(tr("Source:"), m_certificateSource);
    m_certificateForm->addRow(tr("Names:"), m_certificateNames);
    m_certificateForm->addRow(tr("Issued by:"), m_certificateIssuer);
    m_certificateForm->addRow(tr("Valid until:"), m_certificateExpiry);
    m_certificateForm->addRow(tr("Fingerprint (SHA-256):"), m_certificateFingerprint);
    layout->addLayout(m_certificateForm);
    return box;
}

QWidget *InternetPage::buildSettings()
{
    auto *box = new QWidget;
    box->setObjectName(u"identitySection"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(Widgets::sectionHeading(tr("Name and signing"), u"identityHeading"_s));
    layout->addWidget(Widgets::introLabel(
        tr("The host name is the name this server greets other servers with; your domains' MX records point at it, and its "
           "certificate is made for it. DKIM signs the mail that leaves, so receivers can tell it really comes from your domain."),
        u"identityIntro"_s));
    auto *form = new QFormLayout;
    m_hostname->setObjectName(u"hostnameEdit"_s);
    m_hostname->setPlaceholderText(tr("mail.example.org"));
    form->addRow(buddyLabel(tr("&Host name:"), m_hostname), m_hostname);
    form->addRow(QString(), m_hostnameError);
    m_dkimEnabled->setObjectName(u"dkimEnabledCheck"_s);
    form->addRow(QString(), m_dkimEnabled);
    form->addRow(QString(), m_dkimEnabledError);
    m_selector->setObjectName(u"dkimSelectorEdit"_s);
    m_selector->setToolTip(tr("The DNS name of the key is SELECTOR._domainkey.DOMAIN; a new selector makes new keys"));
    form->addRow(buddyLabel(tr("DKIM &selector:"), m_selector), m_selector);
    form->addRow(QString(), m_selectorError);
    m_ed25519->setObjectName(u"dkimEd25519Check"_s);
    m_ed25519->setToolTip(tr("RFC 8463: a short modern key beside the RSA one; receivers that do not know it use the RSA signature"));
    form->addRow(QString(), m_ed25519);
    form->addRow(QString(), m_ed25519Error);
    m_blocklists->setObjectName(u"blocklistsEdit"_s);
    m_blocklists->setToolTip(tr("DNS blocklists the health check looks your address up in, comma-separated"));
    form->addRow(buddyLabel(tr("&Blocklists:"), m_blocklists), m_blocklists);
    form->addRow(QString(), m_blocklistsError);
    layout->addLayout(form);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: confDOMAIN_NAME; for DKIM, opendkim's Selector and KeyTable."), u"identitySmallPrint"_s));

    m_form->bindText(u"identity.hostname"_s, m_hostname, m_hostnameError);
    m_form->bindCheck(u"dkim.enabled"_s, m_dkimEnabled, m_dkimEnabledError);
    m_form->bindText(u"dkim.selector"_s, m_selector, m_selectorError);
    m_form->bindCheck(u"dkim.ed25519"_s, m_ed25519, m_ed25519Error);
    m_form->bindList(u"health.blocklists"_s, m_blocklists, m_blocklistsError);
    layout->addLayout(m_form->createButtons(u"internet"_s, tr("A&pply"), tr("R&eset"), tr("Save the host name and signing settings")));
    return box;
}

QString InternetPage::currentDomain() const
{
    return m_domains->currentText();
}

void InternetPage::reload()
{
    m_form->load();
    loadDomains();
    loadCertificate();
}

void InternetPage::engineGone()
{
    ++m_generation;
    ++m_checkGeneration;
    m_messageBar->dismiss();
    m_form->clear();
    m_domains->clear();
    m_health->setChecks({});
    showCertificate({});
}

void InternetPage::loadDomains()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(client().domains().List(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        if (call.isError()) {
            m_messageBar->showError(ClientError(call.error()));
            return;
        }
        const QStringList domains = QDBusPendingReply<QStringList>(call).value();
        const QString current = currentDomain();
        const QSignalBlocker blocker(m_domains);
        m_domains->clear();
        m_domains->addItems(domains);
        m_domains->setCurrentIndex(std::max(0, int(domains.indexOf(current))));
        m_noDomains->setVisible(domains.isEmpty());
        m_domains->setEnabled(!domains.isEmpty());
        m_checkButton->setEnabled(!domains.isEmpty());
        m_health->setVisible(!domains.isEmpty());
        if (!domains.isEmpty() && (currentDomain() != current || m_health->checks().isEmpty()))
            checkNow();
    });
}

void InternetPage::checkNow()
{
    const QString domain = currentDomain();
    if (domain.isEmpty() || !engineAvailable())
        return;
    const quint64 generation = ++m_checkGeneration;
    m_health->setChecking(true);
    m_checkButton->setEnabled(false);
    client().domains().setTimeout(kCheckTimeoutMs);
    const QDBusPendingCall call = client().domains().Check(domain);
    client().domains().setTimeout(EngineClient::kCallTimeoutMs);
    EngineClient::whenFinished(call, this, [this, generation](const QDBusPendingCall &finished) {
        if (generation != m_checkGeneration)
            return;
        m_checkButton->setEnabled(true);
        if (finished.isError()) {
            m_health->setChecking(false);
            m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The health check did not run."), ClientError(finished.error()).message());
            return;
        }
        m_health->setChecks(QDBusPendingReply<DBus::HealthCheckList>(finished).value());
    });
}

void InternetPage::loadCertificate()
{
    EngineClient::whenFinished(client().certificates().Current(), this, [this](const QDBusPendingCall &call) {
        if (call.isError())
            return;
        showCertificate(QDBusPendingReply<QVariantMap>(call).value());
    });
}

void InternetPage::showCertificate(const QVariantMap &certificate)
{
    if (certificate.isEmpty()) {
        for (QLabel *label : {m_certificateSource, m_certificateNames, m_certificateIssuer, m_certificateExpiry, m_certificateFingerprint})
            label->clear();
        return;
    }
    m_certificateSource->setText(sourceWord(certificate.value(u"source"_s).toString()));
    m_certificateNames->setText(certificate.value(u"names"_s).toStringList().join(u", "_s));
    m_certificateIssuer->setText(certificate.value(u"self_signed"_s).toBool() ? tr("This server itself") : certificate.value(u"issuer"_s).toString());
    const QDateTime notAfter = QDateTime::fromMSecsSinceEpoch(qint64(certificate.value(u"not_after"_s).toULongLong() / 1000));
    const qint64 days = QDateTime::currentDateTime().daysTo(notAfter);
    m_certificateExpiry->setText(tr("%1 (in %n day(s))", nullptr, int(days)).arg(QLocale().toString(notAfter.date(), QLocale::LongFormat)));
    m_certificateFingerprint->setText(certificate.value(u"fingerprint_sha256"_s).toString());
}

Wizards::CertificateWizard *InternetPage::certificateWizard() const
{
    return m_certificateWizard.data();
}

Wizards::DomainWizard *InternetPage::domainWizard() const
{
    return m_domainWizard.data();
}

void InternetPage::openCertificateWizard()
{
    if (m_certificateWizard) {
        m_certificateWizard->raise();
        m_certificateWizard->activateWindow();
        return;
    }
    m_certificateWizard = new Wizards::CertificateWizard(client(), this);
    connect(m_certificateWizard, &Wizards::CertificateWizard::applied, this, [this] {
        loadCertificate();
        checkNow();
    });
    m_certificateWizard->open();
}

void InternetPage::openDomainWizard()
{
    if (m_domainWizard) {
        m_domainWizard->raise();
        m_domainWizard->activateWindow();
        return;
    }
    m_domainWizard = new Wizards::DomainWizard(client(), this);
    connect(m_domainWizard, &Wizards::DomainWizard::applied, this, [this](const QString &domain) {
        m_form->load();
        loadDomains();
        const int index = m_domains->findText(domain);
        if (index >= 0)
            m_domains->setCurrentIndex(index);
    });
    m_domainWizard->open();
}

} // namespace Doorstep::Ui::Pages
