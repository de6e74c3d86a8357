#include "ui/pages/relay/routedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/tlschoice.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

using Widgets::buddyLabel;

RouteDialog::RouteDialog(EngineClient &client, const DBus::Route &route, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_editing(!route.destination.isEmpty())
    , m_destination(new QLineEdit(route.destination))
    , m_nextHop(new QLineEdit(route.nextHop))
    , m_user(new QLineEdit(route.user))
    , m_password(new QLineEdit)
    , m_tls(new Widgets::TlsChoice(u"routeTls"_s))
    , m_destinationError(new Widgets::FieldErrorLabel(m_destination))
    , m_nextHopError(new Widgets::FieldErrorLabel(m_nextHop))
    , m_userError(new Widgets::FieldErrorLabel(m_user))
    , m_passwordError(new Widgets::FieldErrorLabel(m_password))
    , m_tlsError(new Widgets::FieldErrorLabel(m_tls))
{
    setObjectName(u"routeDialog"_s);
    setWindowTitle(m_editing ? tr("Change Route") : tr("Add Route"));
    setIntro(tr("Mail for this destination goes through the server you name here, instead of the smart host or the "
                "recipient's own server. For example: only mail to outlook.com through your provider's server."));
    setSubmitText(m_editing ? tr("&Save") : tr("&Add Route"));

    m_destination->setObjectName(u"routeDestinationEdit"_s);
    //: Examples of a route destination: one domain, or every domain inside one
    m_destination->setPlaceholderText(tr("outlook.com or *.example.com"));
    m_destination->setAccessibleName(tr("Mail to"));
    m_destination->setReadOnly(m_editing);
    m_destinationError->setObjectName(u"routeDestinationError"_s);
    form()->addRow(buddyLabel(tr("&Mail to:"), m_destination), m_destinationError->withField());

    m_nextHop->setObjectName(u"routeNextHopEdit"_s);
    //: Examples of a next hop: a server name with a port, or an address in brackets
    m_nextHop->setPlaceholderText(tr("smtp.provider.example:587"));
    m_nextHop->setAccessibleName(tr("Goes through"));
    m_nextHopError->setObjectName(u"routeNextHopError"_s);
    form()->addRow(buddyLabel(tr("&Goes through:"), m_nextHop), m_nextHopError->withField());

    m_user->setObjectName(u"routeUserEdit"_s);
    m_user->setPlaceholderText(tr("Empty when the server needs no login"));
    m_user->setAccessibleName(tr("Login"));
    m_userError->setObjectName(u"routeUserError"_s);
    form()->addRow(buddyLabel(tr("&Login:"), m_user), m_userError->withField());

    m_password->setObjectName(u"routePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(m_editing && !route.user.isEmpty() ? tr("Enter the password again") : QString());
    m_passwordError->setObjectName(u"routePasswordError"_s);
    form()->addRow(buddyLabel(tr("&Password:"), m_password), m_passwordError->withField());

    m_tls->setMode(route.tls.isEmpty() ? u"opportunistic"_s : route.tls);
    m_tls->combo()->setAccessibleName(tr("Encryption"));
    m_tlsError->setObjectName(u"routeTlsError"_s);
    form()->addRow(buddyLabel(tr("&Encryption:"), m_tls->combo()), m_tlsError->withField());

    connect(m_destination, &QLineEdit::textEdited, m_destinationError, &Widgets::FieldErrorLabel::clear);
    connect(m_nextHop, &QLineEdit::textEdited, m_nextHopError, &Widgets::FieldErrorLabel::clear);
    connect(m_user, &QLineEdit::textEdited, m_userError, &Widgets::FieldErrorLabel::clear);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &Widgets::FieldErrorLabel::clear);
    setTabOrder(m_destination, m_nextHop);
    setTabOrder(m_nextHop, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_tls->combo());
    setMinimumWidth(540);
    (m_editing ? m_nextHop : m_destination)->setFocus();
}

QString RouteDialog::destination() const
{
    return m_destination->text().trimmed();
}

QString RouteDialog::nextHop() const
{
    return m_nextHop->text().trimmed();
}

QString RouteDialog::user() const
{
    return m_user->text().trimmed();
}

QString RouteDialog::tls() const
{
    return m_tls->mode();
}

bool RouteDialog::validate()
{
    bool ok = true;
    QWidget *first = nullptr;
    const auto fail = [&ok, &first](Widgets::FieldErrorLabel *label, QWidget *field, const QString &text) {
        label->setError(text);
        if (!first)
            first = field;
        ok = false;
    };
    if (destination().isEmpty())
        fail(m_destinationError, m_destination, tr("Enter the domain this route is for, such as outlook.com, or *.example.com for every "
                                                   "domain inside example.com."));
    if (nextHop().isEmpty())
        fail(m_nextHopError, m_nextHop, tr("Enter the server that takes this mail, such as smtp.provider.example:587."));
    if (!m_password->text().isEmpty() && user().isEmpty())
        fail(m_userError, m_user, tr("Enter the login that goes with the password, or leave both empty."));
    // The engine keeps no password it was not given: a route is replaced whole.
    if (m_editing && !user().isEmpty() && m_password->text().isEmpty())
        fail(m_passwordError, m_password, tr("Enter the password again: the server keeps it secret and replaces the whole route."));
    if (first)
        first->setFocus();
    return ok;
}

QDBusPendingCall RouteDialog::submit()
{
    return m_client.relay().SetRoute(destination(), nextHop(), user(), m_password->text(), tls());
}

Widgets::FieldErrorLabel *RouteDialog::errorLabelFor(const ClientError &error)
{
    // The engine's sentences name the part of the route they are about.
    const QString &message = error.message();
    QWidget *field = m_destination;
    Widgets::FieldErrorLabel *label = m_destinationError;
    if (message.startsWith(u"Next hop"_s)) {
        field = m_nextHop;
        label = m_nextHopError;
    } else if (message.startsWith(u"TLS mode"_s)) {
        field = m_tls;
        label = m_tlsError;
    } else if (message.contains(u"but no login"_s) || message.contains(u"The login"_s)) {
        field = m_user;
        label = m_userError;
    } else if (message.contains(u"The password"_s)) {
        field = m_password;
        label = m_passwordError;
    }
    field->setFocus();
    return label;
}

void RouteDialog::clearErrors()
{
    for (Widgets::FieldErrorLabel *label : {m_destinationError, m_nextHopError, m_userError, m_passwordError, m_tlsError})
        label->clear();
}

} // namespace Doorstep::Ui::Pages
