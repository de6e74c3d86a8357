#pragma once

#include <QPointer>

#include "ui/mainwindow/page.h"

class QAction;
class QDBusPendingCall;
class QPushButton;

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

/**
 * Relay: the machines that may send mail through this server (sendmail's access file):
 * pattern, action as a word and an icon, comment and when each was last seen. Adds clients
 * with the Relay client wizard and removes them after asking. Loads with Relay.ListClients;
 * reloads on config_changed.
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

    Widgets::MessageBar *m_messageBar;
    Models::RelayClientModel *m_model;
    Widgets::TablePane *m_pane;
    QPushButton *m_remove;
    QAction *m_addAction;
    QPointer<Wizards::RelayClientWizard> m_wizard;
    quint64 m_generation = 0;
    QString m_selectAfterLoad;
};

} // namespace Doorstep::Ui::Pages
