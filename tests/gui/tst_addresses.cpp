// gui.addresses: aliases, catch-alls, outbound names and masquerading through the Addresses
// page, checked with doorstepctl; the engine's refusals shown next to the field they concern.

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/aliasmodel.h"
#include "ui/models/outboundnamemodel.h"
#include "ui/pages/addresses/addressespage.h"
#include "ui/pages/addresses/masqueradingpane.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/submitdialog.h"
#include "ui/widgets/tablepane.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::AliasModel;
using Doorstep::Ui::Pages::AddressesPage;
using Doorstep::Ui::Widgets::FieldErrorLabel;
using Doorstep::Ui::Widgets::SubmitDialog;

namespace {

AddressesPage *addressesPage(GuiSession &session)
{
    return qobject_cast<AddressesPage *>(session.page(u"addresses"_s));
}

/** ctl alias list as address -> targets. */
QMap<QString, QString> aliases(GuiSession &session)
{
    QMap<QString, QString> map;
    const QJsonArray list = session.ctlJson({u"alias"_s, u"list"_s}).toArray();
    for (const QJsonValue &alias : list)
        map.insert(alias.toObject().value(u"address"_s).toString(), alias.toObject().value(u"targets"_s).toString());
    return map;
}

QMap<QString, QString> outboundList(GuiSession &session)
{
    QMap<QString, QString> map;
    const QJsonArray list = session.ctlJson({u"outbound"_s, u"list"_s}).toArray();
    for (const QJsonValue &name : list)
        map.insert(name.toObject().value(u"local"_s).toString(), name.toObject().value(u"external"_s).toString());
    return map;
}

SubmitDialog *openAliasDialog(GuiSession &session)
{
    if (!session.triggerAction(u"addAliasAction"_s))
        return nullptr;
    return session.window().findChild<SubmitDialog *>(u"aliasDialog"_s);
}

/** Types the address and the targets (one per line) and submits with Ctrl+Enter. */
void fillAlias(SubmitDialog *dialog, const QString &address, const QStringList &targets)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"aliasAddressEdit"_s), address);
    auto *edit = dialog->findChild<QPlainTextEdit *>(u"aliasTargetsEdit"_s);
    edit->setFocus();
    for (int i = 0; i < targets.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return); // one per line
        QTest::keyClicks(edit, targets[i]);
    }
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
}

bool clickRow(QTableView *table, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString() == text) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return table->selectionModel()->isRowSelected(row, {});
        }
    }
    return false;
}

} // namespace

void TestAddresses::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    QVERIFY(m_session->ctlOk({u"domain"_s, u"add"_s, u"example.org"_s}));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, u"alice@example.org"_s}, "correct horse battery\n"));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, u"bob@example.org"_s}, "correct horse battery\n"));
    m_session->startApplication();
    QVERIFY(m_session->window().showPage(u"addresses"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestAddresses::cleanupTestCase()
{
    m_session.reset();
}

void TestAddresses::emptyStatesSayWhatToDo()
{
    AddressesPage *page = addressesPage(*m_session);
    auto *aliasesEmpty = page->findChild<QLabel *>(u"aliasesEmptyLabel"_s);
    auto *outboundEmpty = page->findChild<QLabel *>(u"outboundNamesEmptyLabel"_s);
    QVERIFY(aliasesEmpty && outboundEmpty);
    QTRY_VERIFY(aliasesEmpty->isVisible());
    QVERIFY2(aliasesEmpty->text().contains(u"Add Address"_s), qPrintable(aliasesEmpty->text()));
    QVERIFY(!outboundEmpty->isVisible()); // on the Outgoing tab
    page->showOutgoing();
    QVERIFY(outboundEmpty->isVisible());
    QVERIFY2(outboundEmpty->text().contains(u"Add Outbound Name"_s), qPrintable(outboundEmpty->text()));
    // The page explains what an alias and a catch-all are, with sendmail's word in small print.
    QVERIFY(page->findChild<QLabel *>(u"aliasesIntro"_s)->text().contains(u"catch-all"_s));
    QVERIFY(page->findChild<QLabel *>(u"aliasesSmallPrint"_s)->text().contains(u"virtusertable"_s));
    QVERIFY(page->findChild<QLabel *>(u"outboundSmallPrint"_s)->text().contains(u"genericstable"_s));
    QVERIFY(!page->findChild<QTableView *>(u"aliasesView"_s)->accessibleName().isEmpty());
    Doorstep::Tests::saveScreenshot(page, u"addresses-outgoing-empty"_s);
    page->tabs()->setCurrentIndex(0);
    Doorstep::Tests::saveScreenshot(page, u"addresses-empty"_s);
}

void TestAddresses::addAliasThroughPage()
{
    AddressesPage *page = addressesPage(*m_session);
    QPointer<SubmitDialog> dialog = openAliasDialog(*m_session);
    QVERIFY(dialog);
    fillAlias(dialog, u"info@example.org"_s, {u"alice@example.org"_s, u"bob@example.org"_s});
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(aliases(*m_session).value(u"info@example.org"_s), u"alice@example.org,bob@example.org"_s);
    QTRY_COMPARE(page->aliasModel()->rowOf(u"info@example.org"_s), 0);
    QCOMPARE(page->aliasesPane()->currentKey(), u"info@example.org"_s); // the new row is selected
    const QModelIndex targets = page->aliasModel()->index(0, AliasModel::TargetsColumn);
    QCOMPARE(targets.data().toString(), u"alice@example.org, bob@example.org"_s);
    QVERIFY(!page->findChild<QLabel *>(u"aliasesEmptyLabel"_s)->isVisible());
}

void TestAddresses::addCatchAll()
{
    AddressesPage *page = addressesPage(*m_session);
    QPointer<SubmitDialog> dialog = openAliasDialog(*m_session);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"aliasAddressEdit"_s), u"@example.org"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"aliasTargetsEdit"_s), u"alice@example.org"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(aliases(*m_session).value(u"@example.org"_s), u"alice@example.org"_s);
    QTRY_VERIFY(page->aliasModel()->rowOf(u"@example.org"_s) >= 0);
    const int row = page->aliasModel()->rowOf(u"@example.org"_s);
    QCOMPARE(page->aliasModel()->index(row, AliasModel::KindColumn).data().toString(), AliasModel::kindLabel(AliasModel::Kind::CatchAll));
    Doorstep::Tests::saveScreenshot(page, u"addresses"_s);
}

void TestAddresses::refusedTargetShownByTheField()
{
    const QString sentence =
        m_session->ctlRefusal({u"alias"_s, u"set"_s, u"help@example.org"_s, u"nobody@example.org"_s});
    QVERIFY2(sentence.contains(u"nobody@example.org"_s), qPrintable(sentence));

    QPointer<SubmitDialog> dialog = openAliasDialog(*m_session);
    QVERIFY(dialog);
    fillAlias(dialog, u"help@example.org"_s, {u"nobody@example.org"_s});
    auto *targetsError = dialog->findChild<FieldErrorLabel *>(u"aliasTargetsError"_s);
    auto *addressError = dialog->findChild<FieldErrorLabel *>(u"aliasAddressError"_s);
    QTRY_COMPARE(targetsError->text(), sentence);
    QVERIFY(targetsError->isVisible());
    QVERIFY(!addressError->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"aliasTargetsEdit"_s)->accessibleDescription(), sentence);
    QVERIFY(dialog->isVisible()); // nothing changed, so the dialog stays
    Doorstep::Tests::saveScreenshot(dialog, u"alias-refused"_s);
    QVERIFY(!aliases(*m_session).contains(u"help@example.org"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
}

void TestAddresses::refusedAddressShownByTheField()
{
    // A domain this server does not receive mail for: the sentence concerns the address.
    QPointer<SubmitDialog> dialog = openAliasDialog(*m_session);
    QVERIFY(dialog);
    fillAlias(dialog, u"info@elsewhere.example"_s, {u"alice@example.org"_s});
    auto *addressError = dialog->findChild<FieldErrorLabel *>(u"aliasAddressError"_s);
    QTRY_VERIFY(addressError->isVisible());
    QVERIFY2(addressError->text().contains(u"elsewhere.example"_s), qPrintable(addressError->text()));
    QVERIFY(!dialog->findChild<FieldErrorLabel *>(u"aliasTargetsError"_s)->isVisible());

    // Empty fields are caught before any call.
    dialog->findChild<QLineEdit *>(u"aliasAddressEdit"_s)->clear();
    dialog->findChild<QPlainTextEdit *>(u"aliasTargetsEdit"_s)->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    QVERIFY(addressError->isVisible());
    QVERIFY(dialog->findChild<FieldErrorLabel *>(u"aliasTargetsError"_s)->isVisible());
    QVERIFY(!dialog->isBusy());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestAddresses::editAlias()
{
    AddressesPage *page = addressesPage(*m_session);
    QVERIFY(clickRow(page->aliasesPane()->table(), u"info@example.org"_s));
    auto *edit = page->findChild<QPushButton *>(u"editAliasButton"_s);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QPointer<SubmitDialog> dialog = page->findChild<SubmitDialog *>(u"aliasDialog"_s);
    QVERIFY(dialog);
    auto *address = dialog->findChild<QLineEdit *>(u"aliasAddressEdit"_s);
    QCOMPARE(address->text(), u"info@example.org"_s);
    QVERIFY(address->isReadOnly());
    auto *targets = dialog->findChild<QPlainTextEdit *>(u"aliasTargetsEdit"_s);
    QCOMPARE(targets->toPlainText(), u"alice@example.org\nbob@example.org"_s);
    targets->selectAll();
    QTest::keyClicks(targets, u"bob@example.org"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(aliases(*m_session).value(u"info@example.org"_s), u"bob@example.org"_s);
    QTRY_COMPARE(page->aliasModel()->aliases().at(page->aliasModel()->rowOf(u"info@example.org"_s)).second, u"bob@example.org"_s);
}

void TestAddresses::removeAliasAfterConfirmation()
{
    AddressesPage *page = addressesPage(*m_session);
    QVERIFY(clickRow(page->aliasesPane()->table(), u"info@example.org"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeAliasButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveAlias"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(u"info@example.org"_s), qPrintable(confirm->text()));
    // Cancel (the default) keeps it.
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(confirm.isNull());
    QVERIFY(aliases(*m_session).contains(u"info@example.org"_s));

    QVERIFY(clickRow(page->aliasesPane()->table(), u"info@example.org"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeAliasButton"_s), Qt::LeftButton);
    confirm = page->findChild<QMessageBox *>(u"confirmRemoveAlias"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page->aliasModel()->rowOf(u"info@example.org"_s), -1);
    QVERIFY(!aliases(*m_session).contains(u"info@example.org"_s));
    QVERIFY(aliases(*m_session).contains(u"@example.org"_s));
}

void TestAddresses::outboundNames()
{
    AddressesPage *page = addressesPage(*m_session);
    const QString sentence = m_session->ctlRefusal({u"outbound"_s, u"set"_s, u"dad@pc.home.lan"_s, u"not-an-address"_s});
    QVERIFY(!sentence.isEmpty());

    QVERIFY(m_session->triggerAction(u"addOutboundAction"_s));
    QPointer<SubmitDialog> dialog = m_session->window().findChild<SubmitDialog *>(u"outboundNameDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"outboundLocalEdit"_s), u"dad@pc.home.lan"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"outboundExternalEdit"_s), u"not-an-address"_s);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"outboundExternalEdit"_s), Qt::Key_Return);
    auto *externalError = dialog->findChild<FieldErrorLabel *>(u"outboundExternalError"_s);
    QTRY_COMPARE(externalError->text(), sentence);
    QVERIFY(!dialog->findChild<FieldErrorLabel *>(u"outboundLocalError"_s)->isVisible());

    auto *external = dialog->findChild<QLineEdit *>(u"outboundExternalEdit"_s);
    external->clear();
    QTest::keyClicks(external, u"dad@example.org"_s);
    QTest::keyClick(external, Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(outboundList(*m_session).value(u"dad@pc.home.lan"_s), u"dad@example.org"_s);
    QTRY_VERIFY(page->outboundModel()->rowOf(u"dad@pc.home.lan"_s) >= 0);
    QVERIFY(!page->findChild<QLabel *>(u"outboundNamesEmptyLabel"_s)->isVisible());

    QVERIFY(clickRow(page->outboundPane()->table(), u"dad@pc.home.lan"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeOutboundButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirm = page->findChild<QMessageBox *>(u"confirmRemoveOutbound"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page->outboundModel()->rowCount(), 0);
    QVERIFY(outboundList(*m_session).isEmpty());
}

void TestAddresses::masqueradingRoundTrips()
{
    AddressesPage *page = addressesPage(*m_session);
    page->showOutgoing();
    Doorstep::Ui::Pages::MasqueradingPane *pane = page->masqueradingPane();
    QVERIFY(pane->isVisible());
    QTRY_VERIFY(pane->settingsForm()->isLoaded());
    auto *as = pane->findChild<QLineEdit *>(u"masqueradeAsEdit"_s);
    auto *domains = pane->findChild<QLineEdit *>(u"masqueradeDomainsEdit"_s);
    auto *entire = pane->findChild<QCheckBox *>(u"masqueradeEntireDomainCheck"_s);
    auto *envelope = pane->findChild<QCheckBox *>(u"masqueradeEnvelopeCheck"_s);
    auto *local = pane->findChild<QCheckBox *>(u"localNoMasqueradeCheck"_s);
    auto *apply = pane->findChild<QPushButton *>(u"masqueradingApplyButton"_s);
    QVERIFY(as && domains && entire && envelope && local && apply);
    QVERIFY(as->text().isEmpty());
    QVERIFY(!entire->isChecked() && !envelope->isChecked() && !local->isChecked());
    QVERIFY(!apply->isEnabled());
    // Each switch is explained with the seed's example.
    for (const QString &name : {u"masqueradeAsExplanation"_s, u"masqueradeDomainsExplanation"_s, u"masqueradeEntireDomainCheckExplanation"_s,
                                u"masqueradeEnvelopeCheckExplanation"_s, u"localNoMasqueradeCheckExplanation"_s}) {
        auto *label = pane->findChild<QLabel *>(name);
        QVERIFY2(label && label->text().contains(u"datix"_s), qPrintable(name));
    }
    QVERIFY(pane->findChild<QLabel *>(u"masqueradeEntireDomainCheckExplanation"_s)->text().contains(u"dad@pc.datix.lan"_s));

    // A refused domain is shown by its field, and nothing is saved.
    QTest::keyClicks(as, u"not a domain"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *asError = pane->findChild<FieldErrorLabel *>(u"masqueradeAsError"_s);
    QTRY_VERIFY(asError->isVisible());
    QCOMPARE(asError->text(), m_session->ctlRefusal({u"settings"_s, u"set"_s, u"identity.masquerade_as"_s, u"not a domain"_s}));
    QCOMPARE(m_session->ctlJson({u"settings"_s, u"get"_s, u"identity.masquerade_as"_s}).toObject().value(u"value"_s).toString(), QString());

    as->clear();
    QTest::keyClicks(as, u"datix.us"_s);
    QVERIFY(!asError->isVisible());
    QTest::keyClicks(domains, u"datix.lan, home.lan"_s);
    QTest::mouseClick(entire, Qt::LeftButton);
    QTest::mouseClick(envelope, Qt::LeftButton);
    QTest::mouseClick(local, Qt::LeftButton);
    Doorstep::Tests::saveScreenshot(page, u"addresses-masquerading"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    const auto value = [this](const QString &key) {
        return m_session->ctlJson({u"settings"_s, u"get"_s, key}).toObject().value(u"value"_s).toVariant();
    };
    QTRY_COMPARE(value(u"identity.masquerade_as"_s).toString(), u"datix.us"_s);
    QCOMPARE(value(u"identity.masquerade_domains"_s).toStringList(), (QStringList{u"datix.lan"_s, u"home.lan"_s}));
    QCOMPARE(value(u"identity.masquerade_entire_domain"_s).toBool(), true);
    QCOMPARE(value(u"identity.masquerade_envelope"_s).toBool(), true);
    QCOMPARE(value(u"identity.local_no_masquerade"_s).toBool(), true);
    QTRY_VERIFY(!apply->isEnabled());

    // Changed elsewhere, shown here.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"identity.masquerade_envelope"_s, u"false"_s}));
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"identity.masquerade_domains"_s, u"datix.lan"_s}));
    QTRY_VERIFY(!envelope->isChecked());
    QTRY_COMPARE(domains->text(), u"datix.lan"_s);
    QVERIFY(entire->isChecked());
    QCOMPARE(as->text(), u"datix.us"_s);
}

void TestAddresses::searchFilters()
{
    AddressesPage *page = addressesPage(*m_session);
    page->tabs()->setCurrentIndex(0);
    QVERIFY(m_session->ctlOk({u"alias"_s, u"set"_s, u"sales@example.org"_s, u"bob@example.org"_s}));
    QTRY_VERIFY(page->aliasModel()->rowOf(u"sales@example.org"_s) >= 0); // config_changed reloads the page
    auto *search = page->findChild<QLineEdit *>(u"aliasesSearch"_s);
    QTest::keyClicks(search, u"sales"_s);
    QCOMPARE(page->aliasesPane()->table()->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"zzz"_s);
    auto *empty = page->findChild<QLabel *>(u"aliasesEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"zzz"_s), qPrintable(empty->text()));
    search->clear();
    QVERIFY(!empty->isVisible());
}
