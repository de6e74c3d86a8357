#pragma once

#include "resources/dbus/dbustypes.h"
#include "ui/widgets/submitdialog.h"

class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class TlsChoice;
}

namespace Doorstep::Ui::Pages {

/**
 * Adds or changes a route (Relay.SetRoute, sendmail's mailertable): mail for one domain, or
 * for every domain inside one, goes through its own server with its own login and TLS mode.
 * The engine keeps passwords write-only and replaces a route whole, so changing a route
 * that logs in needs its password again.
 */
class RouteDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteDialog)

public:
    /** A new route when @p route has no destination; otherwise changes that route. */
    RouteDialog(EngineClient &client, const DBus::Route &route, QWidget *parent = nullptr);

    QString destination() const;
    QString nextHop() const;
    QString user() const;
    QString tls() const;

protected:
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    bool m_editing;
    QLineEdit *m_destination;
    QLineEdit *m_nextHop;
    QLineEdit *m_user;
    QLineEdit *m_password;
    Widgets::TlsChoice *m_tls;
    Widgets::FieldErrorLabel *m_destinationError;
    Widgets::FieldErrorLabel *m_nextHopError;
    Widgets::FieldErrorLabel *m_userError;
    Widgets::FieldErrorLabel *m_passwordError;
    Widgets::FieldErrorLabel *m_tlsError;
};

} // namespace Doorstep::Ui::Pages
