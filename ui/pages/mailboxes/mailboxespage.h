#pragma once

#include "resources/dbus/dbustypes.h"
#include "ui/mainwindow/page.h"

class QAction;
class QDBusPendingCall;
class QListView;
class QPushButton;
class QStackedWidget;

namespace Doorstep::Ui::Models {
class DomainModel;
class UserModel;
} // namespace Doorstep::Ui::Models

namespace Doorstep::Ui::Widgets {
class MessageBar;
}

namespace Doorstep::Ui::Pages {

class UsersPane;

/**
 * Mailboxes & domains: the domains this server receives mail for and, per domain, its
 * users with their mailbox size and whether they are enabled. Adds and removes both, sets
 * passwords, enables and disables users. Reloads on the engine's config_changed events.
 */
class MailboxesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxesPage)

public:
    MailboxesPage(const PageContext &context, QWidget *parent = nullptr);
    ~MailboxesPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    /** The domain whose users are shown ("" when there is none). */
    const QString &selectedDomain() const { return m_selectedDomain; }
    /** Selects a domain in the list; false when it is not there. */
    bool selectDomain(const QString &domain);

    Models::DomainModel *domainModel() const { return m_domainModel; }
    Models::UserModel *userModel() const { return m_userModel; }
    UsersPane *usersPane() const { return m_usersPane; }

protected:
    void reload() override;
    void engineGone() override;

private:
    QWidget *buildDomainsPane();
    void applyLoaded();
    void onDomainSelected();
    void updateActions();
    void showCallError(const QDBusPendingCall &call);
    /** Reloads after @p call, showing its error if it failed. */
    void reloadAfter(const QDBusPendingCall &call);

    void addDomain();
    void removeDomain();
    void addUser();
    void setPassword(const QString &user);
    void setEnabled(const QString &user, bool enabled);
    void removeUser(const QString &user);
    void setUpDevice(const QString &user);

    Widgets::MessageBar *m_messageBar;
    Models::DomainModel *m_domainModel;
    Models::UserModel *m_userModel;
    QListView *m_domains;
    QStackedWidget *m_domainsStack;
    QPushButton *m_removeDomain;
    UsersPane *m_usersPane;
    QAction *m_addUserAction;
    QAction *m_addDomainAction;

    QString m_selectedDomain;
    quint64 m_generation = 0;
    int m_pendingReplies = 0;
    QStringList m_loadedDomains;
    DBus::UserList m_loadedUsers;
    bool m_loadFailed = false;
};

} // namespace Doorstep::Ui::Pages
