#pragma once

#include <QWidget>

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class SettingsForm;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * The Filters page's Spam tab: spam.* through Settings.Set (on/off, backend and its address,
 * threshold, reject threshold, subject tag, folder), refusals by their field.
 */
class SpamPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamPane)

public:
    SpamPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);
    ~SpamPane() override;

    Widgets::SettingsForm *settingsForm() const { return m_form; }

    void reload();
    void clear();

Q_SIGNALS:
    /** The person asked for the Filter thresholds wizard. */
    void thresholdsWizardRequested();

private:
    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
};

} // namespace Doorstep::Ui::Pages
