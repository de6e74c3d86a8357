#pragma once

#include <QScrollArea>

class QDBusPendingCall;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Models {
class RouteModel;
}

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
class SettingsForm;
class TablePane;
class TlsChoice;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

class ProbeBox;

/**
 * How mail leaves this server (the Relay page's Sending tab): the port 25 check, the smart
 * host (relay.smart_host, its login, write-only password and TLS mode), the fallback relay
 * (relay.fallback_host), and the routes per destination (Relay.ListRoutes, SetRoute,
 * RemoveRoute). Settings go through Settings.Set with refusals by their field.
 */
class SendingPane final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingPane)

public:
    SendingPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);
    ~SendingPane() override;

    Widgets::SettingsForm *settingsForm() const { return m_form; }
    ProbeBox *probe() const { return m_probe; }
    Models::RouteModel *routeModel() const { return m_routeModel; }
    Widgets::TablePane *routesPane() const { return m_routesPane; }

    /** Loads the settings and the routes. */
    void reload();
    /** Loads the routes only (after a config_changed event). */
    void reloadRoutes();
    /** The engine went away. */
    void clear();
    /** Shows the smart host's server field and puts the focus there. */
    void focusSmartHost();

    void addRoute();
    void editRoute(const QString &destination);
    void removeRoute(const QString &destination);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Gives the content the height its wrapped lines need at its width. */
    void fitContent();
    QWidget *buildSmartHostSection();
    QWidget *buildRoutesSection();
    void bindSmartHost();
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);

    EngineClient &m_client;
    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
    ProbeBox *m_probe;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    Widgets::TlsChoice *m_tls;
    QLineEdit *m_fallback;
    Widgets::FieldErrorLabel *m_hostError;
    Widgets::FieldErrorLabel *m_userError;
    Widgets::FieldErrorLabel *m_passwordError;
    Widgets::FieldErrorLabel *m_tlsError;
    Widgets::FieldErrorLabel *m_fallbackError;
    Models::RouteModel *m_routeModel;
    Widgets::TablePane *m_routesPane;
    QPushButton *m_addRoute;
    QPushButton *m_editRoute;
    QPushButton *m_removeRoute;
    /** The smart host as the engine gave it, and the host and port it was shown as. */
    QString m_shownSmartHost;
    QString m_shownHost;
    int m_shownPort = 25;
    quint64 m_routesGeneration = 0;
    QString m_selectAfterLoad;
};

} // namespace Doorstep::Ui::Pages
