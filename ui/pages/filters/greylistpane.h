#pragma once

#include <QWidget>

class QDBusPendingCall;
class QLineEdit;
class QPushButton;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Models {
class AllowListModel;
class GreylistModel;
} // namespace Doorstep::Ui::Models

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
class SettingsForm;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * The Filters page's Greylisting tab: greylist.* through Settings.Set (on/off, delay,
 * expiries), the allow list (Greylist.ListAllowed, Allow, Disallow) and the triplets that
 * are remembered (Greylist.List, Forget).
 */
class GreylistPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreylistPane)

public:
    GreylistPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);
    ~GreylistPane() override;

    Widgets::SettingsForm *settingsForm() const { return m_form; }
    Widgets::TablePane *allowPane() const { return m_allowPane; }
    Widgets::TablePane *tripletsPane() const { return m_tripletsPane; }
    Models::AllowListModel *allowModel() const { return m_allowModel; }
    Models::GreylistModel *tripletModel() const { return m_tripletModel; }

    /** Loads the settings and both lists. */
    void reload();
    /** Loads the allow list and the triplets only. */
    void reloadLists();
    /** The engine went away. */
    void clear();

    /** Adds what the pattern field holds to the allow list. */
    void allow();
    void disallow(const QString &pattern);
    void forget(const QString &triplet);

private:
    QWidget *buildAllowSection();
    QWidget *buildTripletsSection();
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);

    EngineClient &m_client;
    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
    Models::AllowListModel *m_allowModel;
    Models::GreylistModel *m_tripletModel;
    Widgets::TablePane *m_allowPane;
    Widgets::TablePane *m_tripletsPane;
    QLineEdit *m_pattern;
    Widgets::FieldErrorLabel *m_patternError;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_forget;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Pages
