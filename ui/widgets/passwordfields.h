#pragma once

#include <QObject>

class QFormLayout;
class QLineEdit;

namespace Doorstep::Ui::Widgets {

class FieldErrorLabel;

/**
 * A password and its repetition as two rows of a form, each with its error label. Checks
 * what the GUI can check itself (empty, the two differ); the engine judges the strength.
 */
class PasswordFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordFields)

public:
    /** Adds the two rows to @p form; the widgets belong to @p form's parent widget. */
    explicit PasswordFields(QFormLayout *form, QObject *parent = nullptr);

    QLineEdit *password() const { return m_password; }
    QLineEdit *repeat() const { return m_repeat; }
    FieldErrorLabel *passwordError() const { return m_passwordError; }
    FieldErrorLabel *repeatError() const { return m_repeatError; }

    QString text() const;
    /** Shows local problems next to the fields; true when there are none. */
    bool validate();
    void clearErrors();

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    FieldErrorLabel *m_passwordError;
    FieldErrorLabel *m_repeatError;
};

} // namespace Doorstep::Ui::Widgets
