#include "ui/widgets/passwordfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "ui/widgets/fielderrorlabel.h"

namespace Doorstep::Ui::Widgets {

using namespace Qt::StringLiterals;

PasswordFields::PasswordFields(QFormLayout *form, QObject *parent)
    : QObject(parent)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_passwordError(new FieldErrorLabel(m_password))
    , m_repeatError(new FieldErrorLabel(m_repeat))
{
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_passwordError->setObjectName(u"passwordError"_s);
    m_repeat->setObjectName(u"repeatPasswordEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_repeatError->setObjectName(u"repeatPasswordError"_s);

    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_passwordError->withField());
    auto *repeatLabel = new QLabel(tr("&Repeat password:"));
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, m_repeatError->withField());

    connect(m_password, &QLineEdit::textEdited, m_passwordError, &FieldErrorLabel::clear);
    connect(m_repeat, &QLineEdit::textEdited, m_repeatError, &FieldErrorLabel::clear);
}

QString PasswordFields::text() const
{
    return m_password->text();
}

bool PasswordFields::validate()
{
    clearErrors();
    if (m_password->text().isEmpty()) {
        m_passwordError->setError(tr("Enter a password."));
        return false;
    }
    if (m_repeat->text() != m_password->text()) {
        m_repeatError->setError(tr("The two passwords do not match. Type the same password twice."));
        return false;
    }
    return true;
}

void PasswordFields::clearErrors()
{
    m_passwordError->clear();
    m_repeatError->clear();
}

} // namespace Doorstep::Ui::Widgets
