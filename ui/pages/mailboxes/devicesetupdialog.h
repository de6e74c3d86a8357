#pragma once

#include <memory>
#include <vector>

#include <QDialog>
#include <QVariantMap>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::MailPrograms {
class MailProgram;
struct Environment;
} // namespace Doorstep::Ui::MailPrograms

namespace Doorstep::Ui::Widgets {
class MessageBar;
class QrCodeView;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

/**
 * "Set up a device": what a person types into a mail program to read and send one user's
 * mail (Users.ClientSetup), with Copy buttons, the Thunderbird autoconfig file and the Apple
 * profile to save, and a QR code with the same settings for a phone. "On This Computer"
 * offers to add the account to Thunderbird, Evolution or KMail where one is installed. Asks
 * the engine asynchronously when opened; a refusal appears in the message bar.
 */
class DeviceSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSetupDialog)

public:
    DeviceSetupDialog(EngineClient &client, const QString &address, QWidget *parent = nullptr);
    ~DeviceSetupDialog() override;

    const QString &address() const { return m_address; }
    /** Whether the engine's answer arrived and is shown. */
    bool isLoaded() const { return !m_setup.isEmpty(); }
    /** The text in the QR code (empty until loaded). */
    QString qrText() const;
    Widgets::QrCodeView *qrView() const { return m_qr; }
    Widgets::MessageBar *messageBar() const { return m_messageBar; }

    /**
     * Looks for mail programs with @p environment's search path and settings folders instead
     * of this process's (tests use temporary ones), and offers the programs found.
     */
    void setMailProgramEnvironment(const MailPrograms::Environment &environment);
    /** The "On This Computer" group: one "Add to …" button per installed mail program. */
    QGroupBox *computerBox() const { return m_computerBox; }

    /** Writes Thunderbird's autoconfig file to @p path; false (and a message) when it could not. */
    bool saveAutoconfig(const QString &path);
    /** Writes the Apple configuration profile to @p path; false (and a message) when it could not. */
    bool saveMobileconfig(const QString &path);

Q_SIGNALS:
    /** The engine answered (or refused); the dialog shows it. */
    void loaded();

private:
    struct ServerFields {
        QGroupBox *box = nullptr;
        QLineEdit *host = nullptr;
        QLineEdit *port = nullptr;
        QLineEdit *security = nullptr;
        QLineEdit *user = nullptr;
        QLineEdit *password = nullptr;
    };

    ServerFields buildServer(const QString &title, const QString &prefix);
    void load();
    void showSetup(const QVariantMap &setup);
    static void fill(ServerFields &fields, const QVariantMap &server);
    bool save(const QString &key, const QString &path);
    void chooseAndSave(const QString &key, const QString &title, const QString &fileName, const QString &filter);
    void showMailPrograms();
    void addToMailProgram(MailPrograms::MailProgram &program, QPushButton *button);

    EngineClient &m_client;
    QString m_address;
    QVariantMap m_setup;
    Widgets::MessageBar *m_messageBar;
    ServerFields m_incoming;
    ServerFields m_outgoing;
    Widgets::QrCodeView *m_qr;
    QLabel *m_qrCaption;
    QPushButton *m_saveAutoconfig;
    QPushButton *m_saveMobileconfig;
    std::vector<std::unique_ptr<MailPrograms::MailProgram>> m_programs;
    QGroupBox *m_computerBox;
    QLabel *m_noProgram;
    QList<QPushButton *> m_programButtons;
};

} // namespace Doorstep::Ui::Pages
