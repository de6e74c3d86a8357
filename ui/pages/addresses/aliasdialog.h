#pragma once

#include "ui/widgets/submitdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Pages {

/**
 * Adds or changes an incoming alias (Aliases.Set): the address (local@domain, @domain for a
 * catch-all, or a bare name such as root) and its targets, separated by commas or one per
 * line. The engine's refusals appear next to the field they concern.
 */
class AliasDialog final : public Widgets::SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasDialog)

public:
    /** A new alias when @p address is empty; otherwise changes that alias's targets. */
    AliasDialog(EngineClient &client, const QString &address, const QStringList &targets, QWidget *parent = nullptr);

    QString address() const;
    /** The targets as typed, one address per item. */
    QStringList targets() const;
    bool isEditing() const { return m_editing; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool validate() override;
    QDBusPendingCall submit() override;
    Widgets::FieldErrorLabel *errorLabelFor(const ClientError &error) override;
    void clearErrors() override;

private:
    EngineClient &m_client;
    bool m_editing;
    QLineEdit *m_address;
    QPlainTextEdit *m_targets;
    Widgets::FieldErrorLabel *m_addressError;
    Widgets::FieldErrorLabel *m_targetsError;
};

} // namespace Doorstep::Ui::Pages
