#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Doorstep::Ui::Pages {

/**
 * Try a Message: a pasted message and what delivery would do with it (Rules.Test), as the
 * chain it goes through: greylisting, antivirus, the spam score, which rules decided, the
 * folder (an icon and a word) and the actions. How the rules matched, line by line, is
 * behind "Show how the rules matched". "Pick from Mailbox…" tries a message the user already
 * has instead (Rules.TestStored); the pane then names it above the results. Children:
 * tryMessageEdit, tryButton, pickMessageButton, triedMessageLabel, greylistResult,
 * antivirusResult, spamResult, decidedByResult, folderIcon, folderResult, actionsResult,
 * showTraceButton, traceView.
 */
class DryRunPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPane)

public:
    explicit DryRunPane(QWidget *parent = nullptr);

    QString message() const;
    /** Shows Rules.Test's result; {} clears it. */
    void setResult(const QVariantMap &result);
    /** While Rules.Test is on its way. */
    void setBusy(bool busy);
    /** Whether a mailbox to pick from exists (a user, not the global rules). */
    void setCanPick(bool canPick);
    /** Rules.TestStored's result for @p picked (Rules.Messages' entry); {} clears both. */
    void setStoredResult(const QVariantMap &picked, const QVariantMap &result);

    QPlainTextEdit *editor() const { return m_message; }
    QPushButton *tryButton() const { return m_try; }
    QPushButton *pickButton() const { return m_pick; }
    /** The folder as shown ("INBOX", "Lists/Debian"; "" when the message is not kept). */
    QString shownFolder() const { return m_folder; }

Q_SIGNALS:
    /** Try was pressed with a message in the field. */
    void tryRequested();
    /** Pick from Mailbox was pressed. */
    void pickRequested();

private:
    void updateButtons();

    QPlainTextEdit *m_message;
    QPushButton *m_try;
    QPushButton *m_pick;
    QLabel *m_tried;
    QWidget *m_results;
    QLabel *m_greylist;
    QLabel *m_antivirus;
    QLabel *m_spam;
    QLabel *m_decidedBy;
    QLabel *m_folderIcon;
    QLabel *m_folderWord;
    QLabel *m_actions;
    QToolButton *m_showTrace;
    QPlainTextEdit *m_trace;
    QString m_folder;
    bool m_busy = false;
    bool m_canPick = false;
};

} // namespace Doorstep::Ui::Pages
