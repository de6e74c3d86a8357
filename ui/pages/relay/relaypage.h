#pragma once

#include <QPointer>

#include "ui/mainwindow/page.h"

class QAction;
class QDBusPendingCall;
class QPushButton;
class QTabWidget;

namespace Doorstep::Ui::Models {
class RelayClientModel;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {
class RelayClientWizard;
}

namespace Doorstep::Ui::Pages {

class SendingPane;

/**
 * Relay, in two tabs. Relay clients: the machines that may send mail through this server
 * (sendmail's access file): pattern, action as a word and an icon, comment and when each was
 * last seen; added with the Relay client wizard, removed after asking (Relay.ListClients).
 * Sending: how mail leaves (SendingPane: port 25 check, smart host, fallback relay, routes).
 * The title bar also sends a test message. Reloads on config_changed.
 */
class RelayPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayPage)

public:
    RelayPage(const PageContext &context, QWidget *parent = nullptr);
    ~RelayPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    Models::RelayClientModel *model() const { return m_model; }
    Widgets::TablePane *clientsPane() const { return m_pane; }
    SendingPane *sendingPane() const { return m_sending; }
    QTabWidget *tabs() const { return m_tabs; }
    /** Shows the Sending tab. */
    void showSending();
    /** Asks for an address and sends a test message to it (Relay.SendTestMessage). */
    void openTestMessage();
    /** The wizard while it is open. */
    Wizards::RelayClientWizard *wizard() const;

    /** Opens the Relay client wizard (or raises it). */
    void openWizard();

protected:
    void reload() override;
    void engineGone() override;

private:
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);
    void removeClient(const QString &pattern);
    QWidget *buildClientsTab();

    Widgets::MessageBar *m_messageBar;
    Models::RelayClientModel *m_model;
    Widgets::TablePane *m_pane;
    QPushButton *m_remove;
    QAction *m_addAction;
    QAction *m_testAction;
    QTabWidget *m_tabs;
    SendingPane *m_sending;
    QPointer<Wizards::RelayClientWizard> m_wizard;
    quint64 m_generation = 0;
    QString m_selectAfterLoad;
};

} // namespace Doorstep::Ui::Pages
