#include "ui/pages/relay/sendingpane.h"

#include <QComboBox>
#include <QDBusPendingReply>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/client/engineclient.h"
#include "ui/models/routemodel.h"
#include "ui/models/tlsmode.h"
#include "ui/pages/relay/probebox.h"
#include "ui/pages/relay/routedialog.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/settingsform.h"
#include "ui/widgets/tablepane.h"
#include "ui/widgets/tlschoice.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;
using Models::RouteModel;
using Models::TlsMode;
using Widgets::buddyLabel;

namespace {

constexpr int kSmtpPort = 25;
/** Lines and fields wider than this are harder to read, not easier. */
constexpr int kContentMaxWidth = 900;
constexpr int kRoutesMinHeight = 220;

const QString kSmartHost = u"relay.smart_host"_s;

/** "host[:port]" as host and port ("[2001:db8::1]:587" keeps its brackets). */
std::pair<QString, int> splitServer(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const bool bracketed = text.startsWith(u'[');
    const bool hasPort = colon > 0 && (bracketed ? text.at(colon - 1) == u']' : text.count(u':') == 1);
    if (!hasPort)
        return {text, kSmtpPort};
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    return ok ? std::pair{text.left(colon), port} : std::pair{text, kSmtpPort};
}

/** A section's bold heading and its explanation, named <name>Heading and <name>Intro. */
void addSectionStart(QVBoxLayout *layout, const QString &heading, const QString &intro, const QString &name)
{
    layout->addWidget(Widgets::sectionHeading(heading, name + u"Heading"_s));
    layout->addWidget(Widgets::introLabel(intro, name + u"Intro"_s));
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

} // namespace

SendingPane::SendingPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent)
    : QScrollArea(parent)
    , m_client(client)
    , m_messageBar(messageBar)
    , m_form(new Widgets::SettingsForm(client, messageBar, this))
    , m_probe(new ProbeBox(client, messageBar))
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_tls(new Widgets::TlsChoice(u"smartHostTls"_s))
    , m_fallback(new QLineEdit)
    , m_hostError(new Widgets::FieldErrorLabel(m_host))
    , m_userError(new Widgets::FieldErrorLabel(m_user))
    , m_passwordError(new Widgets::FieldErrorLabel(m_password))
    , m_tlsError(new Widgets::FieldErrorLabel(m_tls))
    , m_fallbackError(new Widgets::FieldErrorLabel(m_fallback))
    , m_routeModel(new RouteModel(this))
    , m_routesPane(new Widgets::TablePane(m_routeModel, u"routes"_s))
    , m_addRoute(Widgets::rowButton(Widgets::Icons::add(), tr("A&dd Route…"), u"addRouteButton"_s, tr("Add route"),
                                    tr("Send mail for a domain through a server of its own")))
    , m_editRoute(Widgets::rowButton(Widgets::Icons::edit(), tr("Ed&it…"), u"editRouteButton"_s, tr("Edit route"),
                                     tr("Change the selected route")))
    , m_removeRoute(Widgets::rowButton(Widgets::Icons::remove(), tr("Re&move…"), u"removeRouteButton"_s, tr("Remove route"),
                                       tr("Remove the selected route")))
{
    setObjectName(u"sendingPane"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    content->setObjectName(u"sendingContent"_s);
    content->setMaximumWidth(kContentMaxWidth);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(Widgets::introLabel(tr("Mail to other people's addresses leaves this server here: straight to each "
                                             "recipient's mail server, or through your provider's server (a smart host) when "
                                             "your line cannot send it directly."),
                                          u"sendingIntro"_s));
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: SMART_HOST, authinfo and mailertable."), u"sendingSmallPrint"_s));
    layout->addSpacing(8);
    layout->addWidget(Widgets::sectionHeading(tr("Port 25"), u"probeHeading"_s));
    m_probe->setObjectName(u"probeBox"_s);
    layout->addWidget(m_probe);
    layout->addSpacing(12);
    layout->addWidget(buildSmartHostSection());
    layout->addSpacing(12);
    layout->addWidget(buildRoutesSection(), 1);
    setWidget(content);
    // Only now are the fields in one window, which setTabOrder needs.
    const QList<QWidget *> order{m_probe->findChild<QPushButton *>(u"probeButton"_s),
                                 m_probe->findChild<QPushButton *>(u"setUpSmartHostButton"_s), m_host, m_port, m_user, m_password,
                                 m_tls->combo(), m_fallback, m_form->resetButton(), m_form->applyButton(),
                                 m_routesPane->searchField(), m_routesPane->table(), m_addRoute, m_editRoute, m_removeRoute};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_probe, &ProbeBox::smartHostRequested, this, &SendingPane::focusSmartHost);
    connect(m_form, &Widgets::SettingsForm::loaded, this,
            [this] { m_probe->setSmartHostSet(!m_form->engineValue(kSmartHost).toString().isEmpty()); });
    // A refusal adds wrapped lines under a field; QScrollArea does not grow its widget for
    // them by itself (it sized it for the width it had), so the last line was cut off.
    connect(m_form, &Widgets::SettingsForm::refused, this, &SendingPane::fitContent);
    connect(m_form, &Widgets::SettingsForm::modifiedChanged, this, &SendingPane::fitContent);
    connect(m_form, &Widgets::SettingsForm::applied, this, [this] {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Information, tr("The sending settings were saved. They apply to the next "
                                                                             "delivery attempt."));
    });
    updateButtons();
}

SendingPane::~SendingPane() = default;

QWidget *SendingPane::buildSmartHostSection()
{
    auto *section = new QWidget;
    section->setObjectName(u"smartHostSection"_s);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);

    addSectionStart(layout, tr("Smart host"),
                    tr("Send all outgoing mail through another server, usually your Internet or mail provider's, with the login "
                       "it gave you. Leave the server empty to deliver straight to each recipient's server."),
                    u"smartHost"_s);
    auto *form = newForm();
    m_host->setObjectName(u"smartHostEdit"_s);
    m_host->setPlaceholderText(tr("Empty: deliver directly"));
    m_host->setAccessibleName(tr("Smart host server"));
    m_hostError->setObjectName(u"smartHostError"_s);
    m_port->setObjectName(u"smartHostPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(kSmtpPort);
    m_port->setAccessibleName(tr("Smart host port"));
    m_port->setToolTip(tr("25 for a server that takes mail from anyone, 587 for a provider's login (with encryption), "
                          "465 for encryption from the start"));
    auto *serverBox = new QWidget;
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->setSpacing(2);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(buddyLabel(tr("P&ort:"), m_port));
    serverRow->addWidget(m_port);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(m_hostError);
    QList<QLabel *> labels{buddyLabel(tr("Ser&ver:"), m_host), buddyLabel(tr("&Login:"), m_user),
                           buddyLabel(tr("Pass&word:"), m_password), buddyLabel(tr("Encr&yption:"), m_tls->combo()),
                           buddyLabel(tr("&Fallback server:"), m_fallback)};
    form->addRow(labels[0], serverBox);

    m_user->setObjectName(u"smartHostUserEdit"_s);
    m_user->setPlaceholderText(tr("Empty when the server needs no login"));
    m_user->setAccessibleName(tr("Smart host login"));
    m_userError->setObjectName(u"smartHostUserError"_s);
    form->addRow(labels[1], m_userError->withField());

    m_password->setObjectName(u"smartHostPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the current password"));
    m_password->setAccessibleName(tr("Smart host password"));
    m_passwordError->setObjectName(u"smartHostPasswordError"_s);
    form->addRow(labels[2], m_passwordError->withField());

    m_tls->combo()->setAccessibleName(tr("Smart host encryption"));
    m_tlsError->setObjectName(u"smartHostTlsError"_s);
    form->addRow(labels[3], m_tlsError->withField());
    layout->addLayout(form);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: SMART_HOST, and the U: and P: of authinfo."), u"smartHostSmallPrint"_s));

    layout->addSpacing(12);
    addSectionStart(layout, tr("Fallback relay"),
                    tr("When this line cannot deliver directly — port 25 is blocked, or the recipient's server refuses home "
                       "connections — mail goes through this server instead of waiting. Leave it empty to keep trying directly."),
                    u"fallback"_s);
    auto *fallbackForm = newForm();
    m_fallback->setObjectName(u"fallbackEdit"_s);
    m_fallback->setPlaceholderText(tr("smtp.provider.example:587"));
    m_fallback->setAccessibleName(tr("Fallback relay server"));
    m_fallbackError->setObjectName(u"fallbackError"_s);
    fallbackForm->addRow(labels[4], m_fallbackError->withField());
    layout->addLayout(fallbackForm);
    // Two forms, one column of fields.
    int labelWidth = 0;
    for (QLabel *label : std::as_const(labels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    layout->addLayout(m_form->createButtons(u"sending"_s, tr("A&pply"), tr("R&eset"), tr("Save the smart host and fallback relay")));

    bindSmartHost();
    m_form->bindText(u"relay.smart_host_user"_s, m_user, m_userError);
    m_form->bindSecret(u"relay.smart_host_password"_s, m_password, m_passwordError);
    m_form->bind({u"relay.smart_host_tls"_s, [this] { return QVariant(m_tls->mode()); },
                  [this](const QVariant &value) { m_tls->setMode(value.toString()); }, m_tls, m_tlsError, false});
    connect(m_tls->combo(), &QComboBox::currentIndexChanged, m_form, &Widgets::SettingsForm::fieldEdited);
    connect(m_tls, &Widgets::TlsChoice::modeChosen, this, [this](const QString &mode) {
        m_tlsError->clear();
        // Port 465 speaks TLS from the start; offer it with that mode.
        if (m_port->value() == kSmtpPort && TlsMode::usualPort(mode) != kSmtpPort)
            m_port->setValue(TlsMode::usualPort(mode));
    });
    m_form->bindText(u"relay.fallback_host"_s, m_fallback, m_fallbackError);

    return section;
}

void SendingPane::bindSmartHost()
{
    m_form->bind({kSmartHost,
                  [this]() -> QVariant {
                      const QString host = m_host->text().trimmed();
                      if (host.isEmpty())
                          return QString();
                      if (host == m_shownHost && m_port->value() == m_shownPort)
                          return m_shownSmartHost; // unchanged, as the engine wrote it
                      return m_port->value() == kSmtpPort ? host : u"%1:%2"_s.arg(host).arg(m_port->value());
                  },
                  [this](const QVariant &value) {
                      m_shownSmartHost = value.toString();
                      std::tie(m_shownHost, m_shownPort) = splitServer(m_shownSmartHost);
                      m_host->setText(m_shownHost);
                      m_port->setValue(m_shownPort);
                  },
                  m_host, m_hostError, false});
    connect(m_host, &QLineEdit::textEdited, m_hostError, &Widgets::FieldErrorLabel::clear);
    connect(m_host, &QLineEdit::textEdited, m_form, &Widgets::SettingsForm::fieldEdited);
    connect(m_port, &QSpinBox::valueChanged, m_hostError, &Widgets::FieldErrorLabel::clear);
    connect(m_port, &QSpinBox::valueChanged, m_form, &Widgets::SettingsForm::fieldEdited);
}

QWidget *SendingPane::buildRoutesSection()
{
    m_routesPane->setObjectName(u"routesPane"_s);
    m_routesPane->setMinimumHeight(kRoutesMinHeight);
    m_routesPane->setHeading(tr("&Routes for particular domains"));
    m_routesPane->setNames(tr("Routes"), tr("Search routes…"), tr("Search routes"));
    m_routesPane->setEmptyText(tr("No routes — all mail leaves the same way. Add one with Add Route to send mail for some domains "
                                  "another way, such as only mail to outlook.com through your provider's server."));
    m_routesPane->setNoMatchText([this] { return tr("No route matches “%1”.").arg(m_routesPane->searchField()->text().trimmed()); });
    m_routesPane->setStretchColumn(RouteModel::NextHopColumn);
    auto *explanation = new QVBoxLayout;
    explanation->setSpacing(2);
    explanation->addWidget(Widgets::introLabel(tr("Mail for these domains goes through its own server, before the smart host and "
                                                  "the recipient's server are considered. *.example.com means every domain inside "
                                                  "example.com."),
                                               u"routesIntro"_s));
    explanation->addWidget(Widgets::smallPrint(tr("In sendmail: mailertable."), u"routesSmallPrint"_s));
    if (auto *paneLayout = qobject_cast<QVBoxLayout *>(m_routesPane->layout()))
        paneLayout->insertLayout(1, explanation);

    m_routesPane->buttonRow()->addWidget(m_addRoute);
    m_routesPane->buttonRow()->addWidget(m_editRoute);
    m_routesPane->buttonRow()->addWidget(m_removeRoute);

    connect(m_routesPane, &Widgets::TablePane::currentChanged, this, &SendingPane::updateButtons);
    connect(m_routesPane, &Widgets::TablePane::activated, this, &SendingPane::editRoute);
    connect(m_addRoute, &QPushButton::clicked, this, &SendingPane::addRoute);
    connect(m_editRoute, &QPushButton::clicked, this, [this] { editRoute(m_routesPane->currentKey()); });
    connect(m_removeRoute, &QPushButton::clicked, this, [this] { removeRoute(m_routesPane->currentKey()); });
    new QShortcut(QKeySequence::Delete, m_routesPane->table(), this, [this] { removeRoute(m_routesPane->currentKey()); },
                  Qt::WidgetShortcut);
    return m_routesPane;
}

void SendingPane::fitContent()
{
    QTimer::singleShot(0, this, [this] {
        QWidget *content = widget();
        if (content && content->hasHeightForWidth())
            content->setMinimumHeight(content->heightForWidth(content->width()));
    });
}

void SendingPane::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitContent();
}

void SendingPane::reload()
{
    m_form->load();
    reloadRoutes();
}

void SendingPane::reloadRoutes()
{
    const quint64 generation = ++m_routesGeneration;
    EngineClient::whenFinished(m_client.relay().ListRoutes(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_routesGeneration)
            return;
        if (call.isError())
            return showCallError(call);
        m_routeModel->setRoutes(QDBusPendingReply<DBus::RouteList>(call).value());
        if (!m_selectAfterLoad.isEmpty()) {
            // The engine lists the destination normalised (lower case): select it as listed.
            const int row = m_routeModel->rowOf(m_selectAfterLoad);
            if (row >= 0)
                m_routesPane->selectKey(m_routeModel->routes().at(row).destination);
            m_selectAfterLoad.clear();
        }
        updateButtons();
    });
}

void SendingPane::clear()
{
    ++m_routesGeneration;
    m_form->clear();
    m_probe->clear();
    m_routeModel->setRoutes({});
    updateButtons();
}

void SendingPane::focusSmartHost()
{
    ensureWidgetVisible(m_host);
    m_host->setFocus(Qt::OtherFocusReason);
}

void SendingPane::updateButtons()
{
    const bool available = m_client.isAvailable();
    const bool selected = available && !m_routesPane->currentKey().isEmpty();
    m_addRoute->setEnabled(available);
    m_editRoute->setEnabled(selected);
    m_removeRoute->setEnabled(selected);
}

void SendingPane::showCallError(const QDBusPendingCall &call)
{
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable && !m_client.isAvailable())
        return; // the banner says it
    m_messageBar->showError(error);
}

void SendingPane::addRoute()
{
    if (!m_client.isAvailable())
        return;
    auto *dialog = new RouteDialog(m_client, {}, this);
    connect(dialog, &RouteDialog::succeeded, this, [this, dialog] {
        m_routesPane->searchField()->clear(); // so the new route is in view
        m_selectAfterLoad = dialog->destination();
        reloadRoutes();
    });
    dialog->open();
}

void SendingPane::editRoute(const QString &destination)
{
    const int row = m_routeModel->rowOf(destination);
    if (row < 0 || !m_client.isAvailable())
        return;
    auto *dialog = new RouteDialog(m_client, m_routeModel->routes().at(row), this);
    connect(dialog, &RouteDialog::succeeded, this, &SendingPane::reloadRoutes);
    dialog->open();
}

void SendingPane::removeRoute(const QString &destination)
{
    const int row = m_routeModel->rowOf(destination);
    if (row < 0 || !m_client.isAvailable())
        return;
    const DBus::Route route = m_routeModel->routes().at(row);
    Widgets::confirmRemoval(this, u"confirmRemoveRoute"_s, tr("Remove the route for %1?").arg(route.destination),
                            tr("Mail for %1 then no longer goes through %2, but through the smart host or straight to the "
                               "recipient's server.")
                                .arg(route.destination, route.nextHop),
                            tr("&Remove Route"), [this, destination = route.destination] {
                                EngineClient::whenFinished(m_client.relay().RemoveRoute(destination), this,
                                                           [this](const QDBusPendingCall &call) {
                                                               if (call.isError())
                                                                   showCallError(call);
                                                               reloadRoutes();
                                                           });
                            });
}

} // namespace Doorstep::Ui::Pages
