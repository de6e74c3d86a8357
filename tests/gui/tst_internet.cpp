// gui.internet: the Internet page against a real engine and a real dnsmasq. The health
// checks of a domain appear with their states and the records to publish, Copy puts a record
// on the clipboard, a host name changed on the page is saved and re-checked at once (the MX
// then points elsewhere), and the certificate in use is described.

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include "tests/gui/tests.h"
#include "tests/support/loopbackport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/internet/internetpage.h"
#include "ui/widgets/healthcheckview.h"
#include "ui/widgets/settingsform.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Pages::InternetPage;
using Doorstep::Ui::Widgets::HealthCheckView;

namespace {

constexpr int kCheckWaitMs = 40000;

InternetPage *internetPage(GuiSession &session)
{
    return qobject_cast<InternetPage *>(session.page(u"internet"_s));
}

const Doorstep::DBus::HealthCheck *findCheck(const HealthCheckView *view, const QString &id)
{
    for (const Doorstep::DBus::HealthCheck &check : view->checks()) {
        if (check.check == id)
            return &check;
    }
    return nullptr;
}

QString stateOf(const HealthCheckView *view, const QString &id)
{
    const Doorstep::DBus::HealthCheck *check = findCheck(view, id);
    return check ? check->state : QString();
}

} // namespace

void TestInternet::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_dns.addMx(u"good.test"_s, u"mail.good.test"_s, 10);
    m_dns.addAddress(u"mail.good.test"_s, u"192.0.2.7"_s);
    m_dns.addTxt(u"good.test"_s, {u"v=spf1 a:mail.good.test -all"_s});
    QVERIFY2(m_dns.start(), qPrintable(m_dns.error()));
    const quint16 closed = Doorstep::Tests::closedLoopbackPort();
    for (const auto &[key, value] : {std::pair{u"dns.servers"_s, m_dns.serverSpec()}, {u"identity.hostname"_s, u"mail.good.test"_s},
                                     {u"health.blocklists"_s, u"bl.test"_s}, {u"relay.probe_host"_s, u"127.0.0.1:%1"_s.arg(closed)}})
        QVERIFY2(m_session->ctlOk({u"settings"_s, u"set"_s, key, value}), qPrintable(key));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"good.test"_s}));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"internet"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestInternet::cleanupTestCase()
{
    m_session.reset();
}

void TestInternet::checksShownWithRecords()
{
    InternetPage *page = internetPage(*m_session);
    HealthCheckView *view = page->healthView();
    QTRY_COMPARE(page->currentDomain(), u"good.test"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!view->checks().isEmpty(), kCheckWaitMs);
    QCOMPARE(stateOf(view, u"mx"_s), u"ok"_s);
    QCOMPARE(stateOf(view, u"port25"_s), u"fail"_s);
    QCOMPARE(view->worstState(), u"fail"_s);
    auto *heading = view->findChild<QLabel *>(u"check_mx"_s);
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(HealthCheckView::stateWord(u"ok"_s)), qPrintable(heading->text())); // never colour alone
    // DMARC is missing: its record is shown, and Copy puts it on the clipboard.
    const Doorstep::DBus::HealthCheck *dmarc = findCheck(view, u"dmarc"_s);
    QVERIFY(dmarc);
    QVERIFY(!dmarc->record.isEmpty());
    auto *record = view->findChild<QPlainTextEdit *>(u"record_dmarc"_s);
    QVERIFY(record);
    QCOMPARE(record->toPlainText(), dmarc->record);
    auto *copy = view->findChild<QPushButton *>(u"copy_dmarc"_s);
    QVERIFY(copy);
    QVERIFY(!copy->accessibleName().isEmpty());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dmarc->record);
    Doorstep::Tests::saveScreenshot(page, u"internet"_s);
}

void TestInternet::hostnameSavedAndRechecked()
{
    InternetPage *page = internetPage(*m_session);
    HealthCheckView *view = page->healthView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->checks().isEmpty(), kCheckWaitMs);
    auto *hostname = page->findChild<QLineEdit *>(u"hostnameEdit"_s);
    QVERIFY(hostname);
    QTRY_COMPARE(hostname->text(), u"mail.good.test"_s);
    hostname->setFocus();
    hostname->selectAll();
    QTest::keyClicks(hostname, u"other.good.test"_s);
    auto *apply = page->findChild<QPushButton *>(u"internetApplyButton"_s);
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    // Saved in the engine, then checked again: the MX still names the old host.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->ctlJson({u"settings"_s, u"get"_s, u"identity.hostname"_s}).toObject().value(u"value"_s).toString()
                                 == u"other.good.test"_s,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, u"mx"_s), u"fail"_s, kCheckWaitMs);
    const Doorstep::DBus::HealthCheck *mx = findCheck(view, u"mx"_s);
    QVERIFY2(mx->sentence.contains(u"mail.good.test"_s), qPrintable(mx->sentence));
    QCOMPARE(mx->record, u"good.test MX 10 other.good.test"_s);
    // The self-signed certificate follows the name (then the next test sees it follow back).
    QTRY_COMPARE_WITH_TIMEOUT(m_session->ctlJson({u"cert"_s, u"show"_s}).toObject().value(u"names"_s).toVariant().toStringList(),
                              QStringList{u"other.good.test"_s}, 20000);
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"identity.hostname"_s, u"mail.good.test"_s}));
}

void TestInternet::certificateDescribed()
{
    InternetPage *page = internetPage(*m_session);
    auto *source = page->findChild<QLabel *>(u"certificateSource"_s);
    auto *fingerprint = page->findChild<QLabel *>(u"certificateFingerprint"_s);
    QVERIFY(source && fingerprint);
    QTRY_VERIFY(!source->text().isEmpty());
    // The host name set back by the test before makes a new self-signed certificate a moment
    // later; the page follows certificate_renewed.
    const auto engineFingerprint = [this] {
        const QJsonObject shown = m_session->ctlJson({u"cert"_s, u"show"_s}).toObject();
        const bool final = shown.value(u"names"_s).toVariant().toStringList() == QStringList{u"mail.good.test"_s};
        return final ? shown.value(u"fingerprint_sha256"_s).toString() : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!engineFingerprint().isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(fingerprint->text(), engineFingerprint(), 10000);
}
