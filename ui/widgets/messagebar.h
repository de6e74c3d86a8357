#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Doorstep::Ui {
class ClientError;
}

namespace Doorstep::Ui::Widgets {

/**
 * An inline message above a page or in a dialog (like KMessageWidget): an icon, a sentence,
 * optionally a detail line (the engine's own sentence) and a close button. Hidden until a
 * message is shown.
 */
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Type {
        Information,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text, const QString &detail = {});
    /** The error's translated summary, with the engine's sentence as detail. */
    void showError(const ClientError &error);
    void dismiss();

    Type type() const { return m_type; }
    QString text() const;
    QString detail() const;
    /** Whether the close button is offered (a banner about the engine has none). */
    void setDismissable(bool dismissable);
    /** Offers @p action as a button beside the text (like KMessageWidget's actions). */
    void addButton(QAction *action);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QToolButton *m_close;
    QHBoxLayout *m_actions;
};

} // namespace Doorstep::Ui::Widgets
