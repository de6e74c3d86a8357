// gui.internetwizards: the Domain & dynamic DNS wizard and the Certificates wizard against a
// real engine and dnsmasq. The domain wizard adds the domain and host name in one Apply
// (nothing before it), a Test against an unreachable DynDNS2 server shows the engine's
// sentence, and its last page shows the live health check with the records to publish. The
// certificates wizard refuses a non-PEM file by its field, shows the engine's refusal of a key
// that does not belong to the certificate next to the key, and makes a self-signed
// certificate that is then in use.

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "tests/gui/tests.h"
#include "tests/support/loopbackport.h"
#include "ui/mainwindow/domainoffer.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/internet/internetpage.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/healthcheckview.h"
#include "ui/wizards/certificate/certificatewizard.h"
#include "ui/wizards/domain/domainpages.h"
#include "ui/wizards/domain/domainwizard.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Tests::clickWizardButton;
using Doorstep::Ui::Pages::InternetPage;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Wizards::CertificateWizard;
using Doorstep::Ui::Wizards::DomainWizard;

namespace {

InternetPage *internetPage(GuiSession &session)
{
    return qobject_cast<InternetPage *>(session.page(u"internet"_s));
}

QString setting(GuiSession &session, const QString &key)
{
    return session.ctlJson({u"settings"_s, u"get"_s, key}).toObject().value(u"value"_s).toString();
}

/** The visible error texts of a wizard's fields, joined (for failure messages and checks). */
QString errorsOf(QWidget *page)
{
    QStringList texts;
    for (FieldErrorLabel *label : page->findChildren<FieldErrorLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(u" | "_s);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool openssl(const QStringList &arguments)
{
    QProcess process;
    process.start(u"openssl"_s, arguments);
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

} // namespace

void TestInternetWizards::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_dns.addMx(u"home.test"_s, u"mail.home.test"_s, 10);
    m_dns.addAddress(u"mail.home.test"_s, u"192.0.2.7"_s);
    QVERIFY2(m_dns.start(), qPrintable(m_dns.error()));
    const quint16 closed = Doorstep::Tests::closedLoopbackPort();
    for (const auto &[key, value] : {std::pair{u"dns.servers"_s, m_dns.serverSpec()}, {u"health.blocklists"_s, QString()},
                                     {u"ddns.ip_source"_s, u"fixed:192.0.2.7"_s}, {u"relay.probe_host"_s, u"127.0.0.1:%1"_s.arg(closed)}})
        QVERIFY2(m_session->ctlOk({u"settings"_s, u"set"_s, key, value}), qPrintable(key));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"internet"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestInternetWizards::cleanupTestCase()
{
    m_session.reset();
}

void TestInternetWizards::domainWizardAppliesAndChecks()
{
    // Offered while the engine has no domain: from the Overview, the offer opens the wizard
    // over the Internet page.
    Doorstep::Ui::DomainOffer *offer = m_session->window().domainOffer();
    QVERIFY(m_session->window().showPage(u"overview"_s));
    QTRY_VERIFY(offer->isVisible());
    auto *setUp = offer->findChild<QToolButton *>(u"setUpDomainActionButton"_s);
    QTRY_VERIFY(setUp->isEnabled());
    QTest::mouseClick(setUp, Qt::LeftButton);
    QCOMPARE(m_session->window().currentPage()->id(), u"internet"_s);
    QPointer<DomainWizard> wizard = internetPage(*m_session)->domainWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(DomainWizard::NamePageId));
    auto *domain = wizard->findChild<QLineEdit *>(u"domainEdit"_s);
    auto *hostname = wizard->findChild<QLineEdit *>(u"hostnameEdit"_s);
    QTest::keyClicks(domain, u"not a domain"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(DomainWizard::NamePageId));
    QVERIFY2(errorsOf(wizard->currentPage()).contains(u"not a domain name"_s), qPrintable(errorsOf(wizard->currentPage())));
    typeInto(domain, u"home.test"_s);
    QCOMPARE(hostname->text(), u"mail.home.test"_s); // suggested from the domain
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(DomainWizard::DdnsPageId));
    auto *address = wizard->findChild<QLabel *>(u"publicAddress"_s);
    QTRY_VERIFY2(address->text().contains(u"192.0.2.7"_s), qPrintable(address->text()));
    Doorstep::Tests::saveScreenshot(wizard, u"domainwizard-ddns"_s);

    // A DynDNS2 server that does not answer: Test shows the engine's sentence.
    auto *provider = wizard->findChild<QComboBox *>(u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(u"dyndns2"_s));
    typeInto(wizard->findChild<QLineEdit *>(u"ddnsHostEdit"_s), u"mail.home.test"_s);
    typeInto(wizard->findChild<QLineEdit *>(u"ddnsUserEdit"_s), u"someone"_s);
    typeInto(wizard->findChild<QLineEdit *>(u"ddnsPasswordEdit"_s), u"secret"_s);
    typeInto(wizard->findChild<QLineEdit *>(u"ddnsServerEdit"_s), u"http://127.0.0.1:%1"_s.arg(Doorstep::Tests::closedLoopbackPort()));
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    auto *result = wizard->findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(Doorstep::Ui::Wizards::DdnsPage::tr("Failed: %1").arg(QString()).trimmed()), 30000);
    QVERIFY2(result->text().size() > 12, qPrintable(result->text()));
    Doorstep::Tests::saveScreenshot(wizard, u"domainwizard-test"_s);

    // No provider after all; nothing else has changed before Apply.
    provider->setCurrentIndex(provider->findData(u"none"_s));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(DomainWizard::ReviewPageId));
    QVERIFY(m_session->ctlJson({u"domain"_s, u"list"_s}).toArray().isEmpty());
    QVERIFY(wizard->findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"home.test"_s));
    clickWizardButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DomainWizard::RecordsPageId), 20000);
    QCOMPARE(m_session->ctlJson({u"domain"_s, u"list"_s}).toArray().first().toString(), u"home.test"_s);
    QCOMPARE(setting(*m_session, u"identity.hostname"_s), u"mail.home.test"_s);
    QCOMPARE(setting(*m_session, u"ddns.provider"_s), u"none"_s);
    QTRY_VERIFY(!offer->isVisible()); // a domain now: no more offer

    // The live check: the MX is right; SPF and DMARC are missing, with their records.
    auto *view = wizard->findChild<Doorstep::Ui::Widgets::HealthCheckView *>(u"healthChecks"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!view->checks().isEmpty(), 40000);
    QString mx;
    QString spfRecord;
    for (const Doorstep::DBus::HealthCheck &check : view->checks()) {
        if (check.check == u"mx"_s)
            mx = check.state;
        if (check.check == u"spf"_s)
            spfRecord = check.record;
    }
    QCOMPARE(mx, u"ok"_s);
    QVERIFY2(spfRecord.startsWith(u"home.test TXT \"v=spf1 a:mail.home.test"_s), qPrintable(spfRecord));
    QVERIFY(wizard->findChild<QPushButton *>(u"copy_spf"_s));
    Doorstep::Tests::saveScreenshot(wizard, u"domainwizard-records"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!wizard);
}

void TestInternetWizards::certificateWizardImportRefusals()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    const QString other = dir.filePath(u"other.pem"_s);
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"30"_s,
                     u"-subj"_s, u"/CN=mail.home.test"_s, u"-addext"_s, u"subjectAltName=DNS:mail.home.test"_s}));
    QVERIFY(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-out"_s, other}));
    const QString notPem = dir.filePath(u"notes.txt"_s);
    QFile notes(notPem);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("just some text\n");
    notes.close();

    QVERIFY(m_session->triggerAction(u"certificateWizardAction"_s));
    QPointer<CertificateWizard> wizard = internetPage(*m_session)->certificateWizard();
    QVERIFY(wizard);
    Doorstep::Tests::saveScreenshot(wizard, u"certificatewizard-choice"_s);
    Doorstep::Tests::chooseRadio(wizard->findChild<QRadioButton *>(u"importChoice"_s));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::ImportPageId));
    typeInto(wizard->findChild<QLineEdit *>(u"certificateFileEdit"_s), notPem);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::ImportPageId));
    QVERIFY2(errorsOf(wizard->currentPage()).contains(u"not a PEM file"_s), qPrintable(errorsOf(wizard->currentPage())));

    // A key that is not the certificate's: the engine refuses, and says so by the key.
    typeInto(wizard->findChild<QLineEdit *>(u"certificateFileEdit"_s), cert);
    typeInto(wizard->findChild<QLineEdit *>(u"keyFileEdit"_s), other);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::ReviewPageId));
    const QString before = m_session->ctlJson({u"cert"_s, u"show"_s}).toObject().value(u"fingerprint_sha256"_s).toString();
    clickWizardButton(wizard, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorsOf(wizard->currentPage()).isEmpty(), 20000);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::ReviewPageId));
    QCOMPARE(m_session->ctlJson({u"cert"_s, u"show"_s}).toObject().value(u"fingerprint_sha256"_s).toString(), before);
    clickWizardButton(wizard, QWizard::BackButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::ImportPageId));
    const QString importErrors = errorsOf(wizard->currentPage());
    QVERIFY2(importErrors.contains(u"key"_s, Qt::CaseInsensitive), qPrintable(importErrors));
    wizard->reject();
    QTRY_VERIFY(!wizard);
}

void TestInternetWizards::certificateWizardSelfSigned()
{
    const QString before = m_session->ctlJson({u"cert"_s, u"show"_s}).toObject().value(u"fingerprint_sha256"_s).toString();
    QVERIFY(m_session->triggerAction(u"certificateWizardAction"_s));
    QPointer<CertificateWizard> wizard = internetPage(*m_session)->certificateWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(!wizard->hostname().isEmpty());
    // Let's Encrypt is first; its terms must be agreed to.
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::AcmePageId));
    QCOMPARE(wizard->findChild<QLineEdit *>(u"acmeNamesEdit"_s)->text(), u"mail.home.test"_s);
    typeInto(wizard->findChild<QLineEdit *>(u"acmeEmailEdit"_s), u"owner@home.test"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::AcmePageId));
    QVERIFY2(errorsOf(wizard->currentPage()).contains(u"terms"_s), qPrintable(errorsOf(wizard->currentPage())));
    Doorstep::Tests::saveScreenshot(wizard, u"certificatewizard-acme"_s);
    clickWizardButton(wizard, QWizard::BackButton);
    Doorstep::Tests::chooseRadio(wizard->findChild<QRadioButton *>(u"selfSignedChoice"_s));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(CertificateWizard::SelfSignedPageId));
    typeInto(wizard->findChild<QLineEdit *>(u"selfSignedNamesEdit"_s), u"mail.home.test, smtp.home.test"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    clickWizardButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CertificateWizard::ResultPageId), 30000);
    const QJsonObject now = m_session->ctlJson({u"cert"_s, u"show"_s}).toObject();
    QVERIFY(now.value(u"fingerprint_sha256"_s).toString() != before);
    QCOMPARE(now.value(u"names"_s).toArray().size(), 2);
    auto *result = wizard->findChild<QLabel *>(u"resultText"_s);
    QTRY_VERIFY2(result->text().contains(u"smtp.home.test"_s), qPrintable(result->text()));
    Doorstep::Tests::saveScreenshot(wizard, u"certificatewizard-result"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!wizard);
    // The page shows the new certificate.
    auto *fingerprint = internetPage(*m_session)->findChild<QLabel *>(u"certificateFingerprint"_s);
    QTRY_COMPARE(fingerprint->text(), now.value(u"fingerprint_sha256"_s).toString());
}
