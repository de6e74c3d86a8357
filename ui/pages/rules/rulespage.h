#pragma once

#include <functional>

#include <QStringList>
#include <QVariantMap>

#include "ui/mainwindow/page.h"

class QComboBox;
class QDBusPendingCall;
class QStackedWidget;
class QTabWidget;

namespace Doorstep::Ui::Widgets {
class EmptyState;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

class DryRunPane;
class RawRulesEditor;
class RuleBuilder;

/**
 * Rules: how mail is sorted at delivery (Rules.*), for one user at a time or the global
 * (spam) rules, which are read-only here. Three tabs: the rule builder for the usual cases,
 * the raw Sieve editor (with Import procmail), and Try a Message (a dry run through
 * greylisting, antivirus, spam and the rules). Users come from Users.List and follow
 * config_changed events; the script is loaded when a user is chosen and after each Apply.
 */
class RulesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    RulesPage(const PageContext &context, QWidget *parent = nullptr);
    ~RulesPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    QComboBox *userCombo() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }
    RuleBuilder *builder() const { return m_builder; }
    RawRulesEditor *rawEditor() const { return m_raw; }
    DryRunPane *dryRun() const { return m_dryRun; }
    Widgets::MessageBar *messageBar() const { return m_messageBar; }
    /** Shown when the current user's rules changed elsewhere, with a Reload button. */
    Widgets::MessageBar *changedElsewhereBar() const { return m_changedElsewhere; }

    /** The chosen user's address; "" for the global rules. */
    QString currentUser() const;
    /** Whether a call (Get, Set, Test, ImportProcmail) is on its way. */
    bool isBusy() const { return m_pendingCalls > 0; }

    /** Asks for a .procmailrc and imports it (ImportProcmail) into the raw editor. */
    void chooseProcmailFile();
    /** Imports the .procmailrc at @p path into the raw editor, not applied yet. */
    void importProcmail(const QString &path);

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void engineGone() override;

private:
    void loadUsers();
    void showUsers(const QStringList &addresses);
    void loadScript();
    void applyScript(const QString &script, bool fromRawEditor);
    void tryMessage();
    /** Pick from Mailbox: a message of the user's, tried with Rules.TestStored. */
    void pickMessage();
    /**
     * After a rules change of the current user, and whenever the page is shown or its window
     * activated (ManageSieve changes raise no event): asks the engine, offers Reload when the
     * stored script differs from the one loaded.
     */
    void checkChangedElsewhere();
    /** A dry run's answer: @p show gets it, unless the user changed meanwhile; a refusal clears the pane. */
    void whenDryRunFinished(const QDBusPendingCall &call, quint64 generation, std::function<void(const QVariantMap &)> show);
    void showRawEditor();
    void beginCall();
    void endCall();
    void showCallError(const QDBusPendingCall &call);

    Widgets::MessageBar *m_messageBar;
    Widgets::MessageBar *m_changedElsewhere;
    /** The script as last loaded from the engine (what Apply stored included). */
    QString m_loadedScript;
    /** m_loadedScript is the current user's (false while a load is on its way). */
    bool m_scriptLoaded = false;
    QStackedWidget *m_stack;
    Widgets::EmptyState *m_noUsers;
    QComboBox *m_users;
    QTabWidget *m_tabs;
    RuleBuilder *m_builder;
    RawRulesEditor *m_raw;
    DryRunPane *m_dryRun;
    /** Bumped when the shown user changes: answers for another user are dropped. */
    quint64 m_generation = 0;
    int m_pendingCalls = 0;
    /** Set by reload(): the next user list also reloads the shown script. */
    bool m_scriptStale = false;
};

} // namespace Doorstep::Ui::Pages
