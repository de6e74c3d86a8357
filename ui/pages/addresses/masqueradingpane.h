#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
class SettingsForm;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * Masquerading (identity.masquerade_*): the domain that replaces this server's and the
 * network's host names in outgoing senders, which other domains it covers, and the three
 * switches of sendmail's features, each explained with the seed's example
 * (dad@pc.datix.lan leaves as dad@datix.us). Saved through Settings.Set.
 */
class MasqueradingPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasqueradingPane)

public:
    MasqueradingPane(EngineClient &client, Widgets::MessageBar *messageBar, QWidget *parent = nullptr);
    ~MasqueradingPane() override;

    Widgets::SettingsForm *settingsForm() const { return m_form; }

    void reload();
    void clear();

private:
    void addTextRow(QLineEdit *edit, Widgets::FieldErrorLabel *error, const QString &name, const QString &label,
                    const QString &accessibleName, const QString &explanation);
    QCheckBox *addSwitch(const QString &key, const QString &text, const QString &explanation, const QString &objectName);

    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
    QLineEdit *m_as;
    QLineEdit *m_domains;
    Widgets::FieldErrorLabel *m_asError;
    Widgets::FieldErrorLabel *m_domainsError;
    QFormLayout *m_layout;
};

} // namespace Doorstep::Ui::Pages
