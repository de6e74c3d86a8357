#pragma once

#include <QVariantMap>
#include <QWidget>

class QDBusPendingCall;
class QLabel;
class QPushButton;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Models {
class QuarantineModel;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class SettingsForm;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * The Filters page's Antivirus tab: the scanner's state with its database's signature count
 * and age (Filters.AntivirusStatus), antivirus.* through Settings.Set (on/off, action,
 * database directory), and the quarantine (Filters.ListQuarantine) with release and delete
 * after asking.
 */
class AntivirusPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AntivirusPane)

public:
    AntivirusPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);
    ~AntivirusPane() override;

    Widgets::SettingsForm *settingsForm() const { return m_form; }
    Widgets::TablePane *quarantinePane() const { return m_quarantinePane; }
    Models::QuarantineModel *quarantineModel() const { return m_model; }
    /** The state token of the last AntivirusStatus ("off", "ready", ...); "" before it came. */
    QString state() const { return m_status.value(QStringLiteral("state")).toString(); }

    /** Loads the settings, the status and the quarantine. */
    void reload();
    /** Loads the status and the quarantine only. */
    void reloadStatus();
    void clear();

    void release(const QString &id);
    void remove(const QString &id);

private:
    void showStatus();
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);

    EngineClient &m_client;
    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
    Models::QuarantineModel *m_model;
    Widgets::TablePane *m_quarantinePane;
    QLabel *m_stateIcon;
    QLabel *m_stateWord;
    QLabel *m_stateSentence;
    QLabel *m_signatures;
    QLabel *m_database;
    QPushButton *m_release;
    QPushButton *m_delete;
    QVariantMap m_status;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Pages
