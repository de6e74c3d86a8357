#pragma once

#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QTreeWidget;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
}

namespace Doorstep::Ui::Pages {

/**
 * Pick a message from a user's mailbox for the dry run: the newest messages of all folders
 * (Rules.Messages) with when they arrived, their folder, sender and subject. Asks the engine
 * when opened; a refusal appears in the dialog's message bar. Children: messageList,
 * pickerMessageBar.
 */
class MessagePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePickerDialog)

public:
    /** How many of the newest messages are listed. */
    static constexpr uint kListed = 100;

    MessagePickerDialog(EngineClient &client, const QString &user, QWidget *parent = nullptr);

    /** The chosen message as Rules.Messages gives it ({} when none). */
    QVariantMap chosen() const;
    /** Whether the engine's answer arrived and is shown. */
    bool isLoaded() const { return m_loaded; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    /** The engine answered (or refused). */
    void loaded();

private:
    void load();
    void showMessages(const QList<QVariantMap> &messages);

    EngineClient &m_client;
    QString m_user;
    Widgets::MessageBar *m_messageBar;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
    QList<QVariantMap> m_messages;
    bool m_loaded = false;
};

} // namespace Doorstep::Ui::Pages
