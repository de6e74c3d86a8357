#pragma once

#include <QDialog>
#include <QVariantMap>

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class SampleMessageEditor;
class SpamScoreView;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * Scores a pasted message, or the GTUBE test message every spam filter knows, with the
 * configured backend (Filters.ScoreMessage) and shows the verdict as an icon and a word, the
 * score against the thresholds and the rules that hit. Nothing is delivered or counted;
 * the dialog stays open to try another message.
 */
class ScoreSampleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreSampleDialog)

public:
    explicit ScoreSampleDialog(EngineClient &client, QWidget *parent = nullptr);

    /** Fills the message field with a short message carrying the GTUBE string. */
    void useGtube();
    /** Sends the message field to the engine. */
    void score();

    bool isBusy() const { return m_busy; }
    /** The last result ("verdict", "score", "rules", ...); empty before one came. */
    const QVariantMap &result() const { return m_result; }

private:
    void setBusy(bool busy);

    EngineClient &m_client;
    Widgets::MessageBar *m_messageBar;
    Widgets::SampleMessageEditor *m_editor;
    Widgets::SpamScoreView *m_view;
    QVariantMap m_result;
    bool m_busy = false;
};

} // namespace Doorstep::Ui::Pages
