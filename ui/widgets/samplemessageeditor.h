#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Doorstep::Ui::Widgets {

/**
 * A message to score for spam: a text field for a whole pasted message, buttons that fill in
 * the GTUBE test message (spam to every filter) or a clean one, and Score. Children:
 * scoreMessageEdit, useGtubeButton, useCleanButton, scoreButton.
 */
class SampleMessageEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleMessageEditor)

public:
    /** SpamAssassin's Generic Test for Unsolicited Bulk Email: scores as spam everywhere. */
    static const QString kGtube;

    explicit SampleMessageEditor(QWidget *parent = nullptr);

    QString message() const;
    /** A short message carrying the GTUBE string (what the wizard tries a backend with). */
    static QString gtubeMessage();
    /** A short, complete message with nothing spammy about it. */
    static QString cleanMessage();

    QPlainTextEdit *editor() const { return m_message; }
    QPushButton *scoreButton() const { return m_score; }

    /** Fills the field with gtubeMessage() / cleanMessage(). */
    void useGtube();
    void useClean();
    /** While a score is on its way: the buttons wait. */
    void setBusy(bool busy);

Q_SIGNALS:
    /** Score was pressed with a message in the field. */
    void scoreRequested();

private:
    void updateButtons();

    QPlainTextEdit *m_message;
    QPushButton *m_gtube;
    QPushButton *m_clean;
    QPushButton *m_score;
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Widgets
