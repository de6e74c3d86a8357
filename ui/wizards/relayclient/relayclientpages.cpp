#include "ui/wizards/relayclient/relayclientpages.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/client/clienterror.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/messagebar.h"
#include "ui/wizards/relayclient/relayclientwizard.h"
#include "ui/wizards/wizardlayout.h"

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

namespace {

/** The smallest IPv4 and IPv6 prefixes a relay network may have: larger ones are an open relay. */
constexpr int kMinPrefixV4 = 8;
constexpr int kMinPrefixV6 = 16;
constexpr int kMaxCommentLength = 200;

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

// --- ChoicePage ----------------------------------------------------------------------------

ChoicePage::ChoicePage(RelayClientWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_network(new QRadioButton(tr("A machine on &my network")))
    , m_elsewhere(new QRadioButton(tr("A computer &elsewhere")))
    , m_elsewhereNote(Widgets::introLabel({}, u"elsewhereNote"_s))
{
    setObjectName(u"choicePage"_s);
    setTitle(tr("Which machine should send mail through this server?"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Printers, scanners, servers and other computers can hand their mail to this server, "
                                        "which delivers it for them. Choose where the machine is."),
                                     u"choiceIntro"_s);
    m_messageBar->setObjectName(u"choiceMessageBar"_s);
    layout->addWidget(m_messageBar);
    m_network->setChecked(true);
    addChoice(layout, m_network, u"network"_s, tr("A machine on my network"),
              tr("It sends without a password: this server recognises it by its IP address. For printers, scanners and computers "
                 "at home or in the office."));
    addChoice(layout, m_elsewhere, u"elsewhere"_s, tr("A computer elsewhere"),
              tr("It logs in with a name and password of its own, so it can send from anywhere: a laptop, or a server at a hosting "
                 "company."));
    m_elsewhereNote->hide();
    layout->addWidget(m_elsewhereNote);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: a RELAY line in the access file, or a client with this server as "
                                             "its SMART_HOST and an AuthInfo line with its login."),
                                          u"choiceSmallPrint"_s));
    m_network->setEnabled(false);
    m_elsewhere->setEnabled(false);
    connect(wizard, &RelayClientWizard::serverInfoLoaded, this, &ChoicePage::onLoaded);
}

int ChoicePage::nextId() const
{
    return m_elsewhere->isChecked() ? RelayClientWizard::ElsewherePageId : RelayClientWizard::NetworkPageId;
}

bool ChoicePage::isComplete() const
{
    return m_wizard->serverInfo().loaded && (m_network->isChecked() || m_elsewhere->isChecked());
}

void ChoicePage::onLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        m_messageBar->showMessage(Widgets::MessageBar::Type::Error, tr("The wizard could not ask the engine about this server."), error);
        return;
    }
    const RelayClientWizard::ServerInfo &info = m_wizard->serverInfo();
    m_network->setEnabled(true);
    QString note;
    if (info.domains.isEmpty())
        note = tr("A computer elsewhere needs an account in one of your domains: add a domain on the Mailboxes & Domains "
                  "page first.");
    else if (info.submissionPort == 0 && info.smtpsPort == 0)
        note = tr("A computer elsewhere logs in on the submission port, and this server has it switched off.");
    m_elsewhere->setEnabled(note.isEmpty());
    m_elsewhereNote->setText(note);
    m_elsewhereNote->setVisible(!note.isEmpty());
    if (info.mtaPort == 0) {
        m_network->setEnabled(false);
        m_messageBar->showMessage(Widgets::MessageBar::Type::Warning,
                                  tr("This server does not listen for incoming mail (the MTA listener is off), so machines on "
                                     "your network cannot send through it."));
        if (m_elsewhere->isEnabled())
            m_elsewhere->setChecked(true);
    }
    Q_EMIT completeChanged();
}

// --- NetworkPage ---------------------------------------------------------------------------

NetworkPage::NetworkPage(RelayClientWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pattern(new QLineEdit)
    , m_comment(new QLineEdit)
    , m_patternError(new Widgets::FieldErrorLabel(m_pattern))
{
    setObjectName(u"networkPage"_s);
    setTitle(tr("A machine on my network"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Enter the machine's IP address, or a network to let every machine in it send. List only "
                                        "machines you control: they may send mail to anyone through this server without a "
                                        "password."),
                                     u"networkIntro"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_pattern->setObjectName(u"networkEdit"_s);
    //: Examples of an IP address and a network
    m_pattern->setPlaceholderText(tr("192.168.1.20 or 192.168.1.0/24"));
    m_pattern->setAccessibleName(tr("IP address or network"));
    m_patternError->setObjectName(u"networkError"_s);
    auto *patternLabel = new QLabel(tr("&IP address or network:"));
    patternLabel->setBuddy(m_pattern);
    form->addRow(patternLabel, m_patternError->withField());
    m_comment->setObjectName(u"commentEdit"_s);
    m_comment->setPlaceholderText(tr("Scanner in the office"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setMaxLength(kMaxCommentLength);
    auto *commentLabel = new QLabel(tr("&Comment (optional):"));
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: the access file, such as “Connect:192.168.1 RELAY”."), u"networkSmallPrint"_s));
    connect(m_pattern, &QLineEdit::textEdited, m_patternError, &Widgets::FieldErrorLabel::clear);
}

int NetworkPage::nextId() const
{
    return RelayClientWizard::ReviewPageId;
}

QString NetworkPage::normalizePattern(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QString example = tr("Write an address such as 192.168.1.20 or a network such as 192.168.1.0/24.");
    if (trimmed.isEmpty()) {
        *error = tr("Enter the machine's IP address or network.") + u' ' + example;
        return {};
    }
    if (!trimmed.contains(u'/')) {
        const QHostAddress address(trimmed);
        if (address.isNull()) {
            *error = tr("“%1” is not an IP address.").arg(trimmed) + u' ' + example;
            return {};
        }
        return address.toString();
    }
    const QHostAddress given(trimmed.section(u'/', 0, 0));
    const auto [network, prefix] = QHostAddress::parseSubnet(trimmed);
    if (given.isNull() || network.isNull() || prefix < 0) {
        *error = tr("“%1” is not a network.").arg(trimmed) + u' ' + example;
        return {};
    }
    const bool v4 = network.protocol() == QAbstractSocket::IPv4Protocol;
    if (prefix < (v4 ? kMinPrefixV4 : kMinPrefixV6)) {
        *error = tr("A network this large would let a big part of the Internet send mail through your server. Enter a smaller "
                    "one, such as 192.168.1.0/24.");
        return {};
    }
    const QString canonical = u"%1/%2"_s.arg(network.toString()).arg(prefix);
    if (given != network) {
        *error = tr("%1 is one address inside the network %2: enter %2 for the whole network, or %1 alone for one machine.")
                     .arg(given.toString(), canonical);
        return {};
    }
    return canonical;
}

bool NetworkPage::validatePage()
{
    QString error;
    const QString pattern = normalizePattern(m_pattern->text(), &error);
    if (!pattern.isEmpty() && m_wizard->serverInfo().relayPatterns.contains(pattern.toLower()))
        error = tr("%1 is already a relay client. To change it, remove it on the Relay page first.").arg(pattern);
    if (!error.isEmpty()) {
        m_patternError->setError(error);
        m_pattern->setFocus();
        return false;
    }
    m_wizard->setNetwork(pattern, m_comment->text().trimmed());
    return true;
}

// --- ElsewherePage -------------------------------------------------------------------------

ElsewherePage::ElsewherePage(RelayClientWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_localPart(new QLineEdit(tr("scanner", "default name of a relay client's account")))
    , m_domain(new QComboBox)
    , m_accountError(new Widgets::FieldErrorLabel(m_localPart))
{
    setObjectName(u"elsewherePage"_s);
    setTitle(tr("A computer elsewhere"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Doorstep makes an account for the computer: an address and a strong password it logs in "
                                        "with. You will see the password once, on the last page. Mail sent to the address lands "
                                        "in a mailbox of its own."),
                                     u"elsewhereIntro"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_localPart->setObjectName(u"accountEdit"_s);
    m_localPart->setAccessibleName(tr("Account name before the @"));
    m_domain->setObjectName(u"accountDomainCombo"_s);
    m_domain->setAccessibleName(tr("Account domain"));
    m_accountError->setObjectName(u"accountError"_s);
    auto *address = new QWidget;
    auto *row = new QHBoxLayout(address);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_localPart, 1);
    row->addWidget(new QLabel(u"@"_s));
    row->addWidget(m_domain, 1);
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(address);
    column->addWidget(m_accountError);
    auto *label = new QLabel(tr("&Account:"));
    label->setBuddy(m_localPart);
    form->addRow(label, box);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(Widgets::smallPrint(tr("In sendmail: the client's authinfo file (“U:” and “P:”). The computer logs in with "
                                             "SMTP AUTH on the submission port."),
                                          u"elsewhereSmallPrint"_s));
    connect(m_localPart, &QLineEdit::textEdited, m_accountError, &Widgets::FieldErrorLabel::clear);
    connect(m_domain, &QComboBox::currentIndexChanged, m_accountError, &Widgets::FieldErrorLabel::clear);
    setTabOrder(m_localPart, m_domain);
}

void ElsewherePage::initializePage()
{
    const QString current = m_domain->currentText();
    m_domain->clear();
    m_domain->addItems(m_wizard->serverInfo().domains);
    m_domain->setCurrentIndex(std::max<qsizetype>(0, m_wizard->serverInfo().domains.indexOf(current)));
    m_localPart->selectAll();
    m_localPart->setFocus();
}

int ElsewherePage::nextId() const
{
    return RelayClientWizard::ReviewPageId;
}

bool ElsewherePage::validatePage()
{
    static const QRegularExpression localPart(u"^[A-Za-z0-9](?:[A-Za-z0-9._+-]*[A-Za-z0-9])?$"_s);
    const QString name = m_localPart->text().trimmed();
    const QString address = (name + u'@' + m_domain->currentText()).toLower();
    QString error;
    if (m_domain->count() == 0)
        error = tr("Add a domain first: the account's address belongs to one.");
    else if (name.isEmpty())
        error = tr("Enter a name for the account, such as scanner or backup-server.");
    else if (!localPart.match(name).hasMatch())
        error = tr("Use letters, digits, dots, dashes and underscores only, such as scanner or backup-server.");
    else if (m_wizard->serverInfo().users.contains(address))
        error = tr("There is already a user %1. Choose another name, such as %2.").arg(address, name + u"2@"_s + m_domain->currentText());
    if (!error.isEmpty()) {
        m_accountError->setError(error);
        m_localPart->setFocus();
        return false;
    }
    m_wizard->setAccount(address);
    return true;
}

// --- ReviewPage ----------------------------------------------------------------------------

ReviewPage::ReviewPage(RelayClientWizard *wizard)
    : WizardPage(wizard)
    , m_wizard(wizard)
    , m_messageBar(new Widgets::MessageBar)
    , m_summary(Widgets::introLabel({}, u"reviewSummary"_s))
    , m_error(new Widgets::FieldErrorLabel(m_summary))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Ready to make the change"));
    QVBoxLayout *layout = pageLayout(this,
                                     tr("Nothing has changed yet. Apply makes this change; Cancel leaves everything as it was."),
                                     u"reviewIntro"_s);
    m_messageBar->setObjectName(u"reviewMessageBar"_s);
    layout->addWidget(m_messageBar);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_error->setObjectName(u"reviewError"_s);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setCommitPage(true);
}

void ReviewPage::initializePage()
{
    m_error->clear();
    m_messageBar->dismiss();
    if (m_wizard->kind() == RelayClientWizard::Kind::Network) {
        QString text = tr("Add %1 to the relay clients: machines there may send mail to anyone through this server without a "
                          "password.")
                           .arg(m_wizard->pattern());
        if (!m_wizard->comment().isEmpty())
            text += u'\n' + tr("Comment: %1").arg(m_wizard->comment());
        m_summary->setText(text);
    } else {
        m_summary->setText(tr("Create the user %1 with a new, generated password. It can log in to send mail from anywhere, "
                              "and mail to %1 is kept in its mailbox.")
                               .arg(m_wizard->account()));
    }
    setAccessibleDescription(m_summary->text());
}

int ReviewPage::nextId() const
{
    return RelayClientWizard::ConfigurationPageId;
}

bool ReviewPage::validatePage()
{
    return applyChange(
        m_wizard->isApplied(), [this](auto answer) { m_wizard->apply(std::move(answer)); }, [this] { wizard()->next(); }, m_error,
        m_messageBar);
}

// --- ConfigurationPage ---------------------------------------------------------------------

ConfigurationPage::ConfigurationPage(RelayClientWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(Widgets::introLabel({}, u"configurationIntro"_s))
    , m_passwordRow(new QWidget)
    , m_password(new QLineEdit)
    , m_tabs(new QTabWidget)
{
    setObjectName(u"configurationPage"_s);
    setTitle(tr("Set up the machine"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);

    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    m_password->setObjectName(u"generatedPassword"_s);
    m_password->setAccessibleName(tr("Generated password"));
    m_password->setReadOnly(true);
    m_password->setFont(monospace());
    auto *copyPassword = new QPushButton(Widgets::Icons::copy(), tr("Copy Pass&word"));
    copyPassword->setObjectName(u"copyPasswordButton"_s);
    copyPassword->setAccessibleName(tr("Copy the password"));
    passwordLayout->addWidget(passwordLabel);
    passwordLayout->addWidget(m_password, 1);
    passwordLayout->addWidget(copyPassword);
    layout->addWidget(m_passwordRow);
    connect(copyPassword, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_password->text()); });

    m_tabs->setObjectName(u"configurationTabs"_s);
    m_tabs->setAccessibleName(tr("Configuration for the machine's mail program"));
    //: Product name
    addTab(u"sendmail"_s, tr("sendmail"));
    //: Product name
    addTab(u"postfix"_s, tr("Postfix"));
    //: Product name
    addTab(u"msmtp"_s, tr("msmtp"));
    //: Product name
    addTab(u"thunderbird"_s, tr("Thunderbird"));
    layout->addWidget(m_tabs, 1);
    setFinalPage(true);
}

QWidget *ConfigurationPage::addTab(const QString &name, const QString &title)
{
    auto *tab = new QWidget;
    tab->setObjectName(name + u"Tab"_s);
    auto *layout = new QVBoxLayout(tab);
    QLabel *hint = Widgets::introLabel({}, name + u"Hint"_s);
    layout->addWidget(hint);
    auto *text = new QPlainTextEdit;
    text->setObjectName(name + u"Config"_s);
    text->setAccessibleName(tr("%1 configuration").arg(title));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFont(monospace());
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setTabChangesFocus(true);
    layout->addWidget(text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *copy = new QPushButton(Widgets::Icons::copy(), tr("&Copy"));
    copy->setObjectName(u"copy"_s + name.at(0).toUpper() + name.mid(1) + u"Button"_s);
    copy->setAccessibleName(tr("Copy the %1 configuration").arg(title));
    buttons->addWidget(copy);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    m_texts.insert(name, text);
    m_hints.insert(name, hint);
    m_tabs->addTab(tab, title);
    return tab;
}

void ConfigurationPage::initializePage()
{
    const ClientSetup setup = m_wizard->clientSetup();
    if (setup.authenticated()) {
        m_intro->setText(tr("The account %1 is ready. Enter these settings on the computer. The password is shown only now: copy "
                            "it before you close this window, Doorstep does not keep it.")
                             .arg(setup.user));
        m_password->setText(setup.password);
    } else {
        m_intro->setText(tr("%1 may now send mail through this server. Enter these settings on the machine; it needs no password.")
                             .arg(m_wizard->pattern()));
        m_password->clear();
    }
    m_passwordRow->setVisible(setup.authenticated());
    m_texts.value(u"sendmail"_s)->setPlainText(ClientConfiguration::sendmail(setup));
    m_texts.value(u"postfix"_s)->setPlainText(ClientConfiguration::postfix(setup));
    m_texts.value(u"msmtp"_s)->setPlainText(ClientConfiguration::msmtp(setup));
    m_texts.value(u"thunderbird"_s)->setPlainText(ClientConfiguration::thunderbird(setup));
    m_hints.value(u"sendmail"_s)->setText(ClientConfiguration::sendmailHint(setup));
    m_hints.value(u"postfix"_s)->setText(ClientConfiguration::postfixHint(setup));
    m_hints.value(u"msmtp"_s)->setText(ClientConfiguration::msmtpHint(setup));
    m_hints.value(u"thunderbird"_s)->setText(ClientConfiguration::thunderbirdHint(setup));
}

int ConfigurationPage::nextId() const
{
    return -1;
}

QPlainTextEdit *ConfigurationPage::configuration(const QString &name) const
{
    return m_texts.value(name);
}

} // namespace Doorstep::Ui::Wizards
