#include "ui/pages/rules/rulespage.h"

#include <QAction>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include "resources/dbus/dbustypes.h"
#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/pages/rules/dryrunpane.h"
#include "ui/pages/rules/messagepickerdialog.h"
#include "ui/pages/rules/rawruleseditor.h"
#include "ui/pages/rules/rulebuilder.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

/** A .procmailrc is a few kilobytes; anything this large is not one. */
constexpr qint64 kMaxProcmailBytes = 1024 * 1024;

enum Tab {
    BuilderTab,
    RawTab,
    DryRunTab,
};

/** The line sievec names in the engine's sentence ("… do not compile: line 3: …"), 0 when none. */
int errorLine(const QString &sentence)
{
    static const QRegularExpression pattern(u"\\bline (\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(sentence);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QScrollArea *scrollable(QWidget *pane)
{
    auto *area = new QScrollArea;
    area->setObjectName(pane->objectName() + u"Scroll"_s);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(pane);
    return area;
}

} // namespace

RulesPage::RulesPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_messageBar(new Widgets::MessageBar)
    , m_changedElsewhere(new Widgets::MessageBar)
    , m_stack(new QStackedWidget)
    , m_noUsers(new Widgets::EmptyState(u"noUsersLabel"_s))
    , m_users(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_builder(new RuleBuilder)
    , m_raw(new RawRulesEditor)
    , m_dryRun(new DryRunPane)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messageBar->setObjectName(u"messageBar"_s);
    layout->addWidget(m_messageBar);
    m_changedElsewhere->setObjectName(u"changedElsewhereBar"_s);
    auto *reloadAction = new QAction(tr("&Reload"), m_changedElsewhere);
    reloadAction->setObjectName(u"reloadRulesAction"_s);
    connect(reloadAction, &QAction::triggered, this, &RulesPage::loadScript);
    m_changedElsewhere->addButton(reloadAction);
    layout->addWidget(m_changedElsewhere);
    layout->addWidget(m_stack, 1);

    m_noUsers->setText(tr("No users yet — add one on the Mailboxes & Domains page"));
    m_stack->addWidget(m_noUsers);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *userRow = new QHBoxLayout;
    m_users->setObjectName(u"userCombo"_s);
    m_users->setAccessibleName(tr("Whose rules"));
    m_users->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_users->setMinimumContentsLength(28);
    //: Label of the combo box that chooses whose mail rules are shown: a user or the global rules
    userRow->addWidget(Widgets::buddyLabel(tr("&Rules of:"), m_users));
    userRow->addWidget(m_users);
    userRow->addStretch(1);
    contentLayout->addLayout(userRow);

    m_tabs->setObjectName(u"rulesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Rules"));
    //: Tab of the Rules page: rules made from ready-made sentences
    m_tabs->insertTab(BuilderTab, scrollable(m_builder), tr("&Builder"));
    //: Tab of the Rules page: the Sieve script as text
    m_tabs->insertTab(RawTab, m_raw, tr("Ra&w Editor"));
    //: Tab of the Rules page: a dry run of a pasted message
    m_tabs->insertTab(DryRunTab, m_dryRun, tr("Try a &Message"));
    m_tabs->setTabToolTip(BuilderTab, tr("File mail into folders and answer while away, without writing Sieve"));
    m_tabs->setTabToolTip(RawTab, tr("The rules as a Sieve script; import a .procmailrc"));
    m_tabs->setTabToolTip(DryRunTab, tr("See where a message would go, without delivering it"));
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    connect(m_users, &QComboBox::currentIndexChanged, this, &RulesPage::loadScript);
    connect(m_builder, &RuleBuilder::applyRequested, this, [this](const QString &script) { applyScript(script, false); });
    connect(m_builder, &RuleBuilder::incomplete, this, [this](const QString &sentence) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Warning, sentence);
    });
    connect(m_builder, &RuleBuilder::rawEditorRequested, this, &RulesPage::showRawEditor);
    connect(m_raw, &RawRulesEditor::applyRequested, this, [this](const QString &script) { applyScript(script, true); });
    connect(m_raw, &RawRulesEditor::importRequested, this, &RulesPage::chooseProcmailFile);
    connect(m_dryRun, &DryRunPane::tryRequested, this, &RulesPage::tryMessage);
    connect(m_dryRun, &DryRunPane::pickRequested, this, &RulesPage::pickMessage);
    connect(&client(), &EngineClient::event, this,
            [this](qulonglong, qulonglong, const QString &kind, const QString &, const QVariantMap &details) {
                // Users come and go with config_changed; a changed script is only reloaded on
                // request, so that nobody's typing in the raw editor is replaced under them.
                if (kind != u"config_changed"_s)
                    return;
                if (details.value(u"object"_s).toString() != u"rules"_s)
                    loadUsers();
                else if (details.value(u"user"_s).toString() == currentUser() && !currentUser().isEmpty())
                    checkChangedElsewhere();
            });
    m_stack->setCurrentIndex(0);
}

RulesPage::~RulesPage() = default;

QString RulesPage::id() const
{
    return u"rules"_s;
}

QString RulesPage::title() const
{
    return tr("Rules");
}

QString RulesPage::description() const
{
    return tr("How mail is sorted into folders when it is delivered, and automatic replies.");
}

QIcon RulesPage::icon() const
{
    return Widgets::Icons::rulesPage();
}

QString RulesPage::currentUser() const
{
    return m_users->currentData().toString();
}

void RulesPage::reload()
{
    // The engine (re)appeared: what the editors show may be from before it went away.
    m_scriptStale = true;
    loadUsers();
}

void RulesPage::engineGone()
{
    ++m_generation; // the calls on their way end with an error, which is not shown
    m_messageBar->dismiss();
}

void RulesPage::loadUsers()
{
    EngineClient::whenFinished(client().users().List(), this, [this](const QDBusPendingCall &call) {
        if (call.isError())
            return showCallError(call);
        QStringList addresses;
        for (const DBus::User &user : QDBusPendingReply<DBus::UserList>(call).value())
            addresses.append(user.address);
        showUsers(addresses);
    });
}

void RulesPage::showUsers(const QStringList &addresses)
{
    const QString previous = currentUser();
    const bool hadUsers = m_users->count() > 1; // the global entry alone means there were none
    {
        const QSignalBlocker blocker(m_users);
        m_users->clear();
        //: The first entry of "Rules of:": the rules every message goes through first
        m_users->addItem(Widgets::Icons::filtersPage(), tr("Global rules (spam)"), QString());
        for (const QString &address : addresses)
            m_users->addItem(Widgets::Icons::mailboxesPage(), address, address);
        // Start with the first user: their rules are what one comes here to change.
        int index = hadUsers ? m_users->findData(previous) : -1;
        if (index < 0)
            index = addresses.isEmpty() ? 0 : 1;
        m_users->setCurrentIndex(index);
    }
    m_stack->setCurrentIndex(addresses.isEmpty() ? 0 : 1);
    if (!hadUsers || currentUser() != previous || m_scriptStale)
        loadScript();
}

void RulesPage::loadScript()
{
    const QString user = currentUser();
    const bool global = user.isEmpty();
    const quint64 generation = ++m_generation;
    m_scriptStale = false;
    m_scriptLoaded = false;
    m_messageBar->dismiss();
    m_raw->setReadOnly(global);
    m_tabs->setTabEnabled(BuilderTab, !global);
    if (global && m_tabs->currentIndex() == BuilderTab)
        m_tabs->setCurrentIndex(RawTab);
    m_dryRun->setResult({});
    m_dryRun->setCanPick(!global);
    beginCall();
    EngineClient::whenFinished(client().rules().Get(user), this, [this, generation](const QDBusPendingCall &call) {
        endCall();
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        const QString script = QDBusPendingReply<QString>(call).value();
        m_loadedScript = script;
        m_scriptLoaded = true;
        m_changedElsewhere->dismiss();
        m_raw->setScript(script);
        if (!currentUser().isEmpty())
            m_builder->load(script);
    });
}

void RulesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    checkChangedElsewhere(); // a mail program may have changed them over ManageSieve meanwhile
}

void RulesPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && isVisible())
        checkChangedElsewhere(); // back from the mail program where the filters were edited
}

void RulesPage::checkChangedElsewhere()
{
    const QString user = currentUser();
    if (user.isEmpty() || !m_scriptLoaded || !engineAvailable())
        return;
    const quint64 generation = m_generation;
    EngineClient::whenFinished(client().rules().Get(user), this, [this, user, generation](const QDBusPendingCall &call) {
        if (generation != m_generation || call.isError())
            return;
        const QString stored = QDBusPendingReply<QString>(call).value();
        if (stored == m_loadedScript)
            return; // this page's own Apply, or nothing new
        // Never replaced under someone's typing: the page says so and offers to show them.
        m_changedElsewhere->showMessage(Widgets::MessageBar::Type::Information,
                                        tr("The rules of %1 were changed elsewhere (a mail program, doorstepctl, or another control center).").arg(user),
                                        tr("Reload shows them; changes made here and not applied are then lost."));
    });
}

void RulesPage::applyScript(const QString &script, bool fromRawEditor)
{
    const QString user = currentUser();
    if (user.isEmpty() || isBusy())
        return;
    const quint64 generation = m_generation;
    m_messageBar->dismiss();
    beginCall();
    EngineClient::whenFinished(client().rules().Set(user, script), this, [this, user, generation, fromRawEditor](const QDBusPendingCall &call) {
        endCall();
        if (generation != m_generation)
            return;
        if (call.isError()) {
            const ClientError error(call.error());
            m_messageBar->showError(error);
            if (const int line = errorLine(error.message()); line > 0 && fromRawEditor) {
                m_tabs->setCurrentIndex(RawTab);
                m_raw->markErrorLine(line);
            }
            return;
        }
        // What the engine stored is shown again, in both tabs (the builder's rows, or the raw
        // script the builder cannot show); loadScript() clears the bar, so the news comes after.
        loadScript();
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information,
                                  tr("The rules of %1 are stored. They apply from the next message.").arg(user));
    });
}

void RulesPage::tryMessage()
{
    const QString message = m_dryRun->message();
    if (message.trimmed().isEmpty() || isBusy())
        return;
    const quint64 generation = m_generation;
    m_messageBar->dismiss();
    beginCall();
    whenDryRunFinished(client().rules().Test(currentUser(), message), generation,
                       [this](const QVariantMap &result) { m_dryRun->setResult(result); });
}

void RulesPage::whenDryRunFinished(const QDBusPendingCall &call, quint64 generation, std::function<void(const QVariantMap &)> show)
{
    EngineClient::whenFinished(call, this, [this, generation, show](const QDBusPendingCall &finished) {
        endCall();
        if (generation != m_generation)
            return;
        if (finished.isError()) {
            m_dryRun->setResult({});
            return showCallError(finished);
        }
        show(QDBusPendingReply<QVariantMap>(finished).value());
    });
}

void RulesPage::pickMessage()
{
    const QString user = currentUser();
    if (user.isEmpty() || isBusy())
        return;
    auto *dialog = new MessagePickerDialog(client(), user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        const QVariantMap picked = dialog->chosen();
        if (picked.isEmpty() || user != currentUser())
            return;
        const quint64 generation = m_generation;
        m_messageBar->dismiss();
        beginCall();
        whenDryRunFinished(client().rules().TestStored(user, picked.value(u"id"_s).toString()), generation,
                           [this, picked](const QVariantMap &result) { m_dryRun->setStoredResult(picked, result); });
    });
    dialog->open();
}

void RulesPage::chooseProcmailFile()
{
    if (currentUser().isEmpty() || isBusy())
        return;
    m_tabs->setCurrentIndex(RawTab);
    auto *dialog = new QFileDialog(this, tr("Import procmail Rules"), QDir::homePath());
    dialog->setObjectName(u"procmailFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    //: File dialog filter; keep "procmailrc" and the patterns as they are
    dialog->setNameFilters({tr("procmail rules (.procmailrc procmailrc *.rc)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &RulesPage::importProcmail);
    dialog->open();
}

void RulesPage::importProcmail(const QString &path)
{
    const QString user = currentUser();
    if (user.isEmpty() || isBusy())
        return;
    QFile file(path);
    if (file.size() > kMaxProcmailBytes) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("'%1' is too large to be a .procmailrc.").arg(path));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("'%1' cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QString procmailrc = QString::fromUtf8(file.readAll());
    const quint64 generation = m_generation;
    m_messageBar->dismiss();
    beginCall();
    EngineClient::whenFinished(client().rules().ImportProcmail(user, procmailrc), this, [this, generation](const QDBusPendingCall &call) {
        endCall();
        if (generation != m_generation)
            return;
        if (call.isError())
            return showCallError(call);
        const QDBusPendingReply<QString, QStringList> reply(call);
        const QStringList untranslated = reply.argumentAt<1>();
        m_tabs->setCurrentIndex(RawTab);
        m_raw->setScript(reply.argumentAt<0>());
        m_raw->setUntranslated(untranslated);
        m_messageBar->showMessage(untranslated.isEmpty() ? Widgets::MessageBar::Type::Information : Widgets::MessageBar::Type::Warning,
                                  untranslated.isEmpty()
                                      ? tr("The procmail rules are translated. Read them, then apply them.")
                                      : tr("%n procmail recipe(s) could not be translated; they are listed below the script. "
                                           "Read the rest, then apply it.",
                                           "", int(untranslated.size())));
    });
}

void RulesPage::showRawEditor()
{
    m_tabs->setCurrentIndex(RawTab);
    m_raw->editor()->setFocus();
}

void RulesPage::beginCall()
{
    ++m_pendingCalls;
    m_builder->setBusy(true);
    m_raw->setBusy(true);
    m_dryRun->setBusy(true);
}

void RulesPage::endCall()
{
    m_pendingCalls = std::max(0, m_pendingCalls - 1);
    const bool busy = m_pendingCalls > 0;
    m_builder->setBusy(busy);
    m_raw->setBusy(busy);
    m_dryRun->setBusy(busy);
}

void RulesPage::showCallError(const QDBusPendingCall &call)
{
    m_messageBar->showError(ClientError(call.error()));
}

} // namespace Doorstep::Ui::Pages
