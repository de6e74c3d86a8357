#include "ui/wizards/domain/domainpages.h"

#include <QComboBox>
#include <QDBusPendingReply>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/healthcheckview.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizards/domain/domainwizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;
using Widgets::buddyLabel;

namespace {

const QString kNone = u"none"_s;
const QString kNamecheap = u"namecheap"_s;
const QString kDynDns2 = u"dyndns2"_s;
const QString kDuckDns = u"duckdns"_s;
const QString kCloudflare = u"cloudflare"_s;
const QString kRfc2136 = u"rfc2136"_s;

/** Adds a labelled field and its error line to @p form; returns the label (hidden with the field). */
QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, Widgets::FieldErrorLabel *error)
{
    QLabel *buddy = buddyLabel(label, field);
    form->addRow(buddy, field);
    if (error)
        form->addRow(QString(), error);
    return buddy;
}

} // namespace

// --- DomainNamePage ------------------------------------------------------------------------

DomainNamePage::DomainNamePage(DomainWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_domain(new QLineEdit)
    , m_domainError(new Widgets::FieldErrorLabel(m_domain))
    , m_hostname(new QLineEdit)
    , m_hostnameError(new Widgets::FieldErrorLabel(m_hostname))
{
    setObjectName(u"namePage"_s);
    setTitle(tr("Your domain"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("The domain is what your mail addresses end in (you@example.org). The host name is this "
                                        "server's own name on the Internet: the domain's mail is sent to it."),
                                     u"nameIntro"_s);
    m_messageBar->setObjectName(u"nameMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    auto *form = new QFormLayout;
    m_domain->setObjectName(u"domainEdit"_s);
    m_domain->setPlaceholderText(tr("example.org"));
    addRow(form, tr("&Domain:"), m_domain, m_domainError);
    m_hostname->setObjectName(u"hostnameEdit"_s);
    m_hostname->setPlaceholderText(tr("mail.example.org"));
    addRow(form, tr("&Host name of this server:"), m_hostname, m_hostnameError);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: local-host-names and confDOMAIN_NAME (Dj)."), u"nameSmallPrint"_s));

    connect(m_domain, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_domainError->clear();
        if (!m_hostnameEdited)
            m_hostname->setText(text.trimmed().isEmpty() ? QString() : u"mail."_s + text.trimmed().toLower());
    });
    connect(m_hostname, &QLineEdit::textEdited, this, [this] {
        m_hostnameEdited = true;
        m_hostnameError->clear();
    });
    connect(wizard, &DomainWizard::loaded, this, &DomainNamePage::onLoaded);
}

void DomainNamePage::onLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The engine's settings could not be read."), error);
        return;
    }
    if (m_domain->text().isEmpty() && !m_wizard->domains().isEmpty())
        m_domain->setText(m_wizard->domains().constFirst());
    const QString hostname = m_wizard->settings().value(u"identity.hostname"_s).toString();
    // A host name without a dot is the machine's own short name: suggest mail.DOMAIN instead.
    if (m_hostname->text().isEmpty() && hostname.contains(u'.')) {
        m_hostname->setText(hostname);
        m_hostnameEdited = true;
    } else if (m_hostname->text().isEmpty() && !m_domain->text().isEmpty()) {
        m_hostname->setText(u"mail."_s + m_domain->text());
    }
}

int DomainNamePage::nextId() const
{
    return DomainWizard::DdnsPageId;
}

bool DomainNamePage::validatePage()
{
    const QString domain = m_domain->text().trimmed().toLower();
    const QString hostname = m_hostname->text().trimmed().toLower();
    bool ok = true;
    if (!DomainWizard::isDomainName(domain)) {
        m_domainError->setError(domain.isEmpty() ? tr("Enter your domain, such as example.org.")
                                                 : tr("“%1” is not a domain name: write it as example.org.").arg(domain));
        ok = false;
    }
    if (!DomainWizard::isDomainName(hostname)) {
        m_hostnameError->setError(hostname.isEmpty() ? tr("Enter this server's name, such as mail.example.org.")
                                                     : tr("“%1” is not a host name: write it as mail.example.org.").arg(hostname));
        ok = false;
    }
    if (!ok)
        return false;
    m_wizard->plan().domain = domain;
    m_wizard->plan().hostname = hostname;
    return true;
}

// --- DdnsPage ------------------------------------------------------------------------------

DdnsPage::DdnsPage(DomainWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_address(Widgets::introLabel({}, u"publicAddress"_s))
    , m_provider(new QComboBox)
    , m_providerHelp(Widgets::introLabel({}, u"providerHelp"_s))
    , m_host(new QLineEdit)
    , m_hostError(new Widgets::FieldErrorLabel(m_host))
    , m_zone(new QLineEdit)
    , m_zoneError(new Widgets::FieldErrorLabel(m_zone))
    , m_user(new QLineEdit)
    , m_userError(new Widgets::FieldErrorLabel(m_user))
    , m_password(new QLineEdit)
    , m_passwordError(new Widgets::FieldErrorLabel(m_password))
    , m_server(new QLineEdit)
    , m_serverError(new Widgets::FieldErrorLabel(m_server))
    , m_keyName(new QLineEdit)
    , m_keyNameError(new Widgets::FieldErrorLabel(m_keyName))
    , m_algorithm(new QComboBox)
    , m_secret(new QLineEdit)
    , m_secretError(new Widgets::FieldErrorLabel(m_secret))
    , m_test(new QPushButton(tr("&Test")))
    , m_testResult(Widgets::introLabel({}, u"testResult"_s))
{
    setObjectName(u"ddnsPage"_s);
    setTitle(tr("Your address on the Internet"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Most home lines get a new address now and then. A dynamic DNS provider keeps your host "
                                        "name pointed at it: Doorstep tells the provider each time the address changes."),
                                     u"ddnsIntro"_s);
    m_messageBar->setObjectName(u"ddnsMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    layout->addWidget(m_address);

    auto *form = new QFormLayout;
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->addItem(tr("None: my address does not change, or I update the DNS myself"), kNone);
    m_provider->addItem(tr("Namecheap"), kNamecheap);
    //: Dynamic DNS provider: the DynDNS2 protocol that No-IP, Dyn and many routers speak
    m_provider->addItem(tr("DynDNS2 (No-IP, Dyn, a router's “custom” provider)"), kDynDns2);
    m_provider->addItem(tr("DuckDNS"), kDuckDns);
    m_provider->addItem(tr("Cloudflare"), kCloudflare);
    //: Dynamic DNS provider: your own DNS server, updated with RFC 2136 and a TSIG key
    m_provider->addItem(tr("My own DNS server (RFC 2136 with a TSIG key)"), kRfc2136);
    addRow(form, tr("&Provider:"), m_provider, nullptr);
    form->addRow(QString(), m_providerHelp);
    m_host->setObjectName(u"ddnsHostEdit"_s);
    m_hostLabel = addRow(form, tr("&Host:"), m_host, m_hostError);
    m_zone->setObjectName(u"ddnsDomainEdit"_s);
    m_zoneLabel = addRow(form, tr("D&omain at the provider:"), m_zone, m_zoneError);
    m_user->setObjectName(u"ddnsUserEdit"_s);
    m_userLabel = addRow(form, tr("&User name:"), m_user, m_userError);
    m_password->setObjectName(u"ddnsPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = addRow(form, tr("Pass&word:"), m_password, m_passwordError);
    m_server->setObjectName(u"ddnsServerEdit"_s);
    m_serverLabel = addRow(form, tr("&Server:"), m_server, m_serverError);
    m_keyName->setObjectName(u"tsigNameEdit"_s);
    m_keyNameLabel = addRow(form, tr("TSIG &key name:"), m_keyName, m_keyNameError);
    m_algorithm->setObjectName(u"tsigAlgorithmCombo"_s);
    for (const QString &algorithm : {u"hmac-sha256"_s, u"hmac-sha512"_s, u"hmac-sha1"_s, u"hmac-md5"_s})
        m_algorithm->addItem(algorithm, algorithm);
    m_algorithmLabel = addRow(form, tr("TSIG &algorithm:"), m_algorithm, nullptr);
    m_secret->setObjectName(u"tsigSecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = addRow(form, tr("TSIG s&ecret:"), m_secret, m_secretError);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Save these provider settings and send one real update now; the provider's answer appears here"));
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In the seed's setup: ddclient, run every hour (ddns.interval)."), u"ddnsSmallPrint"_s));

    for (QLineEdit *edit : {m_host, m_zone, m_user, m_password, m_server, m_keyName, m_secret}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_testResult->clear(); });
    }
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_testResult->clear();
        updateFields();
    });
    connect(m_test, &QPushButton::clicked, this, &DdnsPage::test);
    updateFields();
}

QString DdnsPage::provider() const
{
    return m_provider->currentData().toString();
}

void DdnsPage::initializePage()
{
    const QVariantMap &settings = m_wizard->settings();
    const int index = m_provider->findData(settings.value(u"ddns.provider"_s).toString());
    m_provider->setCurrentIndex(std::max(0, index));
    const auto fill = [&settings](QLineEdit *edit, const QString &key, const QString &fallback = {}) {
        if (edit->text().isEmpty())
            edit->setText(settings.value(key).toString().isEmpty() ? fallback : settings.value(key).toString());
    };
    fill(m_host, u"ddns.host"_s, m_wizard->plan().hostname);
    fill(m_zone, u"ddns.domain"_s, m_wizard->plan().domain);
    fill(m_user, u"ddns.username"_s);
    fill(m_server, u"ddns.server"_s);
    fill(m_keyName, u"ddns.tsig_name"_s);
    const int algorithm = m_algorithm->findData(settings.value(u"ddns.tsig_algorithm"_s).toString());
    if (algorithm >= 0)
        m_algorithm->setCurrentIndex(algorithm);
    updateFields();
    loadStatus();
}

void DdnsPage::loadStatus()
{
    m_address->setText(tr("Looking up your public address…"));
    EngineClient::whenFinished(m_wizard->client().ddns().Status(), this, [this](const QDBusPendingCall &call) {
        if (call.isError()) {
            m_address->setText(tr("Your public address could not be read: %1").arg(ClientError(call.error()).message()));
            return;
        }
        const QVariantMap status = QDBusPendingReply<QVariantMap>(call).value();
        const QStringList addresses = status.value(u"addresses"_s).toStringList();
        const QString error = status.value(u"address_error"_s).toString();
        if (!addresses.isEmpty())
            m_address->setText(tr("Your public address is %1.").arg(addresses.join(tr(" and "))));
        else if (!error.isEmpty())
            m_address->setText(tr("Your public address is not known: %1").arg(error));
        else
            m_address->setText(tr("Your public address is looked up when the first update or check runs."));
    });
}

void DdnsPage::updateFields()
{
    const QString which = provider();
    const bool any = which != kNone;
    const bool zone = which == kNamecheap || which == kCloudflare || which == kRfc2136;
    const bool user = which == kDynDns2;
    const bool password = any && which != kRfc2136;
    const bool server = which == kDynDns2 || which == kRfc2136;
    const bool tsig = which == kRfc2136;
    const auto show = [](QLabel *label, QWidget *field, Widgets::FieldErrorLabel *error, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
        if (error)
            error->clear(); // an error label shows itself when it has something to say
    };
    show(m_hostLabel, m_host, m_hostError, any);
    show(m_zoneLabel, m_zone, m_zoneError, zone);
    show(m_userLabel, m_user, m_userError, user);
    show(m_passwordLabel, m_password, m_passwordError, password);
    show(m_serverLabel, m_server, m_serverError, server);
    show(m_keyNameLabel, m_keyName, m_keyNameError, tsig);
    show(m_algorithmLabel, m_algorithm, nullptr, tsig);
    show(m_secretLabel, m_secret, m_secretError, tsig);
    m_test->setVisible(any);
    m_testResult->setVisible(any);

    QString help;
    if (which == kNone) {
        help = tr("Then the host name's address record is yours to keep right; the health check on the last page says when it is not.");
    } else if (which == kNamecheap) {
        m_hostLabel->setText(tr("&Host:"));
        m_host->setPlaceholderText(tr("mail, or @ for the domain itself"));
        m_passwordLabel->setText(tr("Dynamic DNS pass&word:"));
        help = tr("In Namecheap's Advanced DNS page, turn on Dynamic DNS and copy its password (not your account password).");
    } else if (which == kDynDns2) {
        m_hostLabel->setText(tr("&Host name:"));
        m_host->setPlaceholderText(tr("home.example.org"));
        m_passwordLabel->setText(tr("Pass&word:"));
        m_server->setPlaceholderText(tr("the provider's update server, such as dynupdate.no-ip.com"));
        help = tr("No-IP, Dyn and many others speak this protocol: your account's user name and password (or its update key).");
    } else if (which == kDuckDns) {
        m_hostLabel->setText(tr("&Subdomain:"));
        m_host->setPlaceholderText(tr("myhome (for myhome.duckdns.org)"));
        m_passwordLabel->setText(tr("&Token:"));
        help = tr("Your DuckDNS token is on duckdns.org once you are logged in.");
    } else if (which == kCloudflare) {
        m_hostLabel->setText(tr("&Host name:"));
        m_host->setPlaceholderText(tr("mail.example.org"));
        m_passwordLabel->setText(tr("API &token:"));
        help = tr("Make an API token in Cloudflare's dashboard with the permission Zone · DNS · Edit for this domain.");
    } else if (which == kRfc2136) {
        m_hostLabel->setText(tr("&Host name:"));
        m_host->setPlaceholderText(tr("mail.example.org"));
        m_server->setPlaceholderText(tr("ns1.example.org or 192.0.2.53:53"));
        help = tr("Your DNS server must allow this key to update the zone (BIND: allow-update { key NAME; };).");
    }
    m_providerHelp->setText(help);
    Q_EMIT completeChanged();
}

bool DdnsPage::checkFields()
{
    const QString which = provider();
    bool ok = true;
    const auto require = [this, &ok](QLineEdit *edit, Widgets::FieldErrorLabel *error, const QString &message) {
        if (edit->isVisibleTo(this) && edit->text().trimmed().isEmpty()) {
            error->setError(message);
            ok = false;
        }
    };
    if (which == kNone)
        return true;
    require(m_host, m_hostError, tr("Enter the name to keep up to date."));
    require(m_zone, m_zoneError, tr("Enter the domain as the provider knows it, such as example.org."));
    require(m_user, m_userError, tr("Enter the user name of your account at the provider."));
    if (which == kRfc2136) {
        require(m_server, m_serverError, tr("Enter the DNS server that takes the updates."));
        require(m_keyName, m_keyNameError, tr("Enter the TSIG key's name."));
    }
    return ok;
}

QVariantMap DdnsPage::ddnsValues() const
{
    const QString which = provider();
    QVariantMap values{{u"ddns.provider"_s, which}};
    if (which == kNone)
        return values;
    values.insert(u"ddns.host"_s, m_host->text().trimmed());
    if (m_zone->isVisibleTo(this))
        values.insert(u"ddns.domain"_s, m_zone->text().trimmed().toLower());
    if (m_user->isVisibleTo(this))
        values.insert(u"ddns.username"_s, m_user->text().trimmed());
    if (m_password->isVisibleTo(this) && !m_password->text().isEmpty())
        values.insert(u"ddns.password"_s, m_password->text());
    if (m_server->isVisibleTo(this))
        values.insert(u"ddns.server"_s, m_server->text().trimmed());
    if (which == kRfc2136) {
        values.insert(u"ddns.tsig_name"_s, m_keyName->text().trimmed());
        values.insert(u"ddns.tsig_algorithm"_s, m_algorithm->currentData().toString());
        if (!m_secret->text().isEmpty())
            values.insert(u"ddns.tsig_secret"_s, m_secret->text());
    }
    return values;
}

void DdnsPage::test()
{
    if (m_testing || !checkFields())
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending an update…"));
    m_wizard->testProvider(ddnsValues(), [this](const QString &answer, const ClientError &error) {
        m_testing = false;
        m_test->setEnabled(true);
        if (error.isError()) {
            //: %1 is the provider's answer or the engine's refusal, a sentence
            m_testResult->setText(tr("Failed: %1").arg(error.message()));
            return;
        }
        //: %1 is the provider's answer, a sentence
        m_testResult->setText(tr("It works: %1").arg(answer));
        loadStatus();
    });
}

int DdnsPage::nextId() const
{
    return DomainWizard::ReviewPageId;
}

bool DdnsPage::validatePage()
{
    if (m_testing || !checkFields())
        return false;
    m_wizard->plan().ddns = ddnsValues();
    return true;
}

// --- DomainReviewPage ----------------------------------------------------------------------

DomainReviewPage::DomainReviewPage(DomainWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_summary(Widgets::introLabel({}, u"reviewSummary"_s))
    , m_error(new Widgets::FieldErrorLabel(m_summary))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Ready to make the change"));
    setCommitPage(true);
    QVBoxLayout *layout = pageLayout(this, tr("Apply makes these changes; Cancel leaves everything as it was (a Test already "
                                              "saved the provider's settings)."),
                                     u"reviewIntro"_s);
    m_messageBar->setObjectName(u"reviewMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void DomainReviewPage::initializePage()
{
    m_error->clear();
    m_messageBar->dismiss();
    const DomainWizard::Plan &plan = m_wizard->plan();
    QStringList lines;
    if (!m_wizard->domains().contains(plan.domain))
        lines << tr("• Receive mail for %1.").arg(plan.domain);
    lines << tr("• This server's host name becomes %1.").arg(plan.hostname);
    const QString provider = plan.ddns.value(u"ddns.provider"_s).toString();
    if (provider == kNone)
        lines << tr("• No dynamic DNS: you keep the address record of %1 right yourself.").arg(plan.hostname);
    else
        lines << tr("• Keep %1 pointed at this line's address through %2.").arg(plan.ddns.value(u"ddns.host"_s).toString(), provider);
    lines << tr("Then the next page shows the DNS records to publish, and checks them until all are right.");
    m_summary->setText(lines.join(u'\n'));
}

int DomainReviewPage::nextId() const
{
    return DomainWizard::RecordsPageId;
}

bool DomainReviewPage::validatePage()
{
    return applyChange(
        m_wizard->isApplied(), [this](auto answer) { m_wizard->apply(std::move(answer)); }, [this] { wizard()->next(); }, m_error,
        m_messageBar);
}

// --- DomainRecordsPage ---------------------------------------------------------------------

DomainRecordsPage::DomainRecordsPage(DomainWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_health(new Widgets::HealthCheckView)
    , m_check(new QPushButton(Widgets::Icons::refresh(), tr("Check &Again")))
    , m_when(Widgets::smallPrint({}, u"checkedWhen"_s))
{
    setObjectName(u"recordsPage"_s);
    setTitle(tr("Publish these records"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Add the records below at the company that runs your domain's DNS (where you bought it), "
                                        "with Copy and paste. New records take minutes to hours to show: this page checks again "
                                        "every minute until all are right. You can also close it and check on the Internet page."),
                                     u"recordsIntro"_s);
    m_messageBar->setObjectName(u"recordsMessageBar"_s);
    layout->insertWidget(0, m_messageBar);
    auto *row = new QHBoxLayout;
    m_check->setObjectName(u"checkAgainButton"_s);
    row->addWidget(m_check);
    row->addWidget(m_when, 1);
    layout->addLayout(row);
    m_health->setObjectName(u"healthChecks"_s);
    layout->addWidget(m_health, 1);
    m_timer.setInterval(DomainWizard::kRecheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DomainRecordsPage::checkNow);
    connect(m_check, &QPushButton::clicked, this, &DomainRecordsPage::checkNow);
    connect(m_health, &Widgets::HealthCheckView::copied, this, [this](const QString &record) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("Copied to the clipboard:"), record);
    });
    // A new host name brings a new self-signed certificate a moment later: check it then.
    connect(&wizard->client(), &EngineClient::event, this, [this](qulonglong, qulonglong, const QString &kind) {
        if (kind == u"certificate_renewed"_s && isVisible())
            checkNow();
    });
}

void DomainRecordsPage::initializePage()
{
    checkNow();
    m_timer.start();
}

void DomainRecordsPage::cleanupPage()
{
    m_timer.stop();
}

void DomainRecordsPage::checkNow()
{
    const quint64 generation = ++m_generation;
    m_health->setChecking(true);
    m_check->setEnabled(false);
    EngineClient &client = m_wizard->client();
    client.domains().setTimeout(DomainWizard::kSlowCallTimeoutMs);
    const QDBusPendingCall call = client.domains().Check(m_wizard->plan().domain);
    client.domains().setTimeout(EngineClient::kCallTimeoutMs);
    EngineClient::whenFinished(call, this, [this, generation](const QDBusPendingCall &finished) {
        if (generation != m_generation)
            return;
        m_check->setEnabled(true);
        if (finished.isError()) {
            m_health->setChecking(false);
            m_messageBar->showError(ClientError(finished.error()));
            return;
        }
        m_health->setChecks(QDBusPendingReply<DBus::HealthCheckList>(finished).value());
        const bool allGood = m_health->worstState() == u"ok"_s;
        //: %1 is a time of day
        m_when->setText(allGood ? tr("Checked at %1: everything is right.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                : tr("Checked at %1; checking again every minute.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        if (allGood)
            m_timer.stop();
    });
}

} // namespace Doorstep::Ui::Wizards
