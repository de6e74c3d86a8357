#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace Doorstep::Ui::Models {
class QueueRecipientModel;
}

namespace Doorstep::Ui::Widgets {
class EmptyState;
}

namespace Doorstep::Ui::Pages {

/**
 * One queued message as Queue.Get reports it: its envelope, each recipient's state and last
 * remote reply (the selected recipient's in full below the list), and the header section in
 * a monospace box.
 */
class QueueDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueDetailsPane)

public:
    explicit QueueDetailsPane(QWidget *parent = nullptr);

    /** Shows @p message (a Queue.Get result). */
    void setMessage(const QVariantMap &message);
    /** Shows the sentence instead of a message ("Select a message …"). */
    void showPlaceholder(const QString &text);
    /** The id of the message shown ("" when none). */
    const QString &messageId() const { return m_id; }

    Models::QueueRecipientModel *recipientModel() const { return m_recipientModel; }
    QTableView *recipientsView() const { return m_recipients; }
    /** The selected recipient's last remote reply in full ("" when it has none). */
    QString replyText() const;
    QPlainTextEdit *headers() const { return m_headers; }

private:
    /** Shows the last reply of the selected recipient, or of the first that has one. */
    void showReply();

    QString m_id;
    QStackedWidget *m_stack;
    Widgets::EmptyState *m_placeholder;
    QLabel *m_heading;
    QLabel *m_sender;
    QLabel *m_received;
    QLabel *m_size;
    QLabel *m_client;
    QLabel *m_login;
    Models::QueueRecipientModel *m_recipientModel;
    QTableView *m_recipients;
    QLabel *m_replyHeading;
    QLabel *m_reply;
    QPlainTextEdit *m_headers;
};

} // namespace Doorstep::Ui::Pages
