#pragma once

#include "resources/dbus/dbustypes.h"
#include "ui/mainwindow/page.h"

class QAction;
class QDBusPendingCall;
class QPushButton;
class QTabWidget;

namespace Doorstep::Ui::Models {
class AliasModel;
class OutboundNameModel;
} // namespace Doorstep::Ui::Models

namespace Doorstep::Ui::Widgets {
class MessageBar;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

class MasqueradingPane;

/**
 * Addresses, in two tabs. Incoming: aliases and catch-alls (sendmail's virtusertable and
 * /etc/aliases). Outgoing: outbound names (genericstable) beside masquerading
 * (identity.masquerade_*). The lists are sortable, searchable tables with add, change and
 * remove. Loads with Aliases.List and Aliases.ListOutbound; reloads on config_changed.
 */
class AddressesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressesPage)

public:
    AddressesPage(const PageContext &context, QWidget *parent = nullptr);
    ~AddressesPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    Models::AliasModel *aliasModel() const { return m_aliasModel; }
    Models::OutboundNameModel *outboundModel() const { return m_outboundModel; }
    Widgets::TablePane *aliasesPane() const { return m_aliasesPane; }
    Widgets::TablePane *outboundPane() const { return m_outboundPane; }
    MasqueradingPane *masqueradingPane() const { return m_masquerading; }
    QTabWidget *tabs() const { return m_tabs; }
    /** Shows the Outgoing tab (outbound names and masquerading). */
    void showOutgoing();

protected:
    void reload() override;
    void engineGone() override;

private:
    QWidget *buildAliasesSection();
    QWidget *buildOutboundSection();
    QWidget *buildOutgoingTab();
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);
    void reloadAfter(const QDBusPendingCall &call);

    void addAlias();
    void editAlias(const QString &address);
    void removeAlias(const QString &address);
    void addOutbound();
    void editOutbound(const QString &local);
    void removeOutbound(const QString &local);

    Widgets::MessageBar *m_messageBar;
    Models::AliasModel *m_aliasModel;
    Models::OutboundNameModel *m_outboundModel;
    Widgets::TablePane *m_aliasesPane;
    Widgets::TablePane *m_outboundPane;
    QPushButton *m_editAlias;
    QPushButton *m_removeAlias;
    QPushButton *m_editOutbound;
    QPushButton *m_removeOutbound;
    QAction *m_addAliasAction;
    QAction *m_addOutboundAction;
    MasqueradingPane *m_masquerading;
    QTabWidget *m_tabs;

    quint64 m_generation = 0;
    int m_pendingReplies = 0;
    bool m_loadFailed = false;
    DBus::StringPairList m_loadedAliases;
    DBus::StringPairList m_loadedOutbound;
};

} // namespace Doorstep::Ui::Pages
