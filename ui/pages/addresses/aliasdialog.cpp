#include "ui/pages/addresses/aliasdialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QKeyEvent>
#include <QVBoxLayout>

#include "ui/client/engineclient.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/labels.h"

namespace Doorstep::Ui::Pages {

using namespace Qt::StringLiterals;

namespace {

QWidget *fieldBox(QWidget *field, QLabel *hint, Widgets::FieldErrorLabel *error)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    column->addWidget(error);
    return box;
}

} // namespace

AliasDialog::AliasDialog(EngineClient &client, const QString &address, const QStringList &targets, QWidget *parent)
    : SubmitDialog(parent)
    , m_client(client)
    , m_editing(!address.isEmpty())
    , m_address(new QLineEdit(address))
    , m_targets(new QPlainTextEdit(targets.join(u'\n')))
    , m_addressError(new Widgets::FieldErrorLabel(m_address))
    , m_targetsError(new Widgets::FieldErrorLabel(m_targets))
{
    setObjectName(u"aliasDialog"_s);
    setWindowTitle(m_editing ? tr("Change Address") : tr("Add Address"));
    setIntro(tr("Mail to this address is delivered to the addresses below: mailboxes on this server, other "
                "aliases, or addresses elsewhere."));
    setSubmitText(m_editing ? tr("&Save") : tr("&Add Address"));

    m_address->setObjectName(u"aliasAddressEdit"_s);
    //: Examples of an alias address, a catch-all and a local name
    m_address->setPlaceholderText(tr("info@example.org, @example.org or root"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setReadOnly(m_editing);
    m_addressError->setObjectName(u"aliasAddressError"_s);
    QLabel *addressHint = Widgets::smallPrint(tr("A full address; @ and a domain for a catch-all that receives mail for every address "
                                                 "of the domain without a mailbox or alias of its own; or a bare name such as root "
                                                 "for mail from programs on this server."),
                                              u"aliasAddressHint"_s);
    auto *addressLabel = new QLabel(tr("&Address:"));
    addressLabel->setBuddy(m_address);
    form()->addRow(addressLabel, fieldBox(m_address, addressHint, m_addressError));

    m_targets->setObjectName(u"aliasTargetsEdit"_s);
    m_targets->setAccessibleName(tr("Delivers to"));
    m_targets->setPlaceholderText(tr("alice@example.org, bob@example.org"));
    m_targets->setTabChangesFocus(true);
    m_targets->setMinimumHeight(m_targets->fontMetrics().lineSpacing() * 4 + 12);
    m_targets->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    m_targetsError->setObjectName(u"aliasTargetsError"_s);
    QLabel *targetsHint = Widgets::smallPrint(tr("One or more addresses, separated by commas or one per line. Ctrl+Enter saves."),
                                              u"aliasTargetsHint"_s);
    auto *targetsLabel = new QLabel(tr("&Delivers to:"));
    targetsLabel->setBuddy(m_targets);
    form()->addRow(targetsLabel, fieldBox(m_targets, targetsHint, m_targetsError));

    connect(m_address, &QLineEdit::textEdited, m_addressError, &Widgets::FieldErrorLabel::clear);
    connect(m_targets, &QPlainTextEdit::textChanged, m_targetsError, &Widgets::FieldErrorLabel::clear);
    // Enter makes a new line in the targets; Ctrl+Enter there submits (Enter does elsewhere).
    m_targets->installEventFilter(this);
    setTabOrder(m_address, m_targets);
    setMinimumWidth(520);
    if (m_editing)
        m_targets->setFocus();
}

bool AliasDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_targets && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return SubmitDialog::eventFilter(watched, event);
}

QString AliasDialog::address() const
{
    return m_address->text().trimmed();
}

QStringList AliasDialog::targets() const
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return m_targets->toPlainText().split(separators, Qt::SkipEmptyParts);
}

bool AliasDialog::validate()
{
    bool ok = true;
    if (address().isEmpty()) {
        m_addressError->setError(tr("Enter the address that should receive mail, such as info@example.org."));
        ok = false;
    } else if (address().contains(QRegularExpression(u"\\s"_s))) {
        m_addressError->setError(tr("An address cannot contain spaces."));
        ok = false;
    }
    if (targets().isEmpty()) {
        m_targetsError->setError(tr("Enter at least one address to deliver to, such as alice@example.org."));
        ok = false;
    }
    if (!ok)
        (m_addressError->hasError() ? static_cast<QWidget *>(m_address) : m_targets)->setFocus();
    return ok;
}

QDBusPendingCall AliasDialog::submit()
{
    return m_client.aliases().Set(address(), targets().join(u", "_s));
}

Widgets::FieldErrorLabel *AliasDialog::errorLabelFor(const ClientError &error)
{
    // The engine's sentences about targets name them ("Target 'x' of alias ...", "needs at
    // least one target", "would deliver to itself"); the rest concern the address.
    const QString &message = error.message();
    if (message.contains(u"target"_s, Qt::CaseInsensitive) || message.contains(u"deliver to itself"_s, Qt::CaseInsensitive)) {
        m_targets->setFocus();
        return m_targetsError;
    }
    m_address->setFocus();
    return m_addressError;
}

void AliasDialog::clearErrors()
{
    m_addressError->clear();
    m_targetsError->clear();
}

} // namespace Doorstep::Ui::Pages
