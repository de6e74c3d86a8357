#pragma once

#include <QPointer>

#include "ui/mainwindow/page.h"

class QAction;
class QComboBox;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class HealthCheckView;
class MessageBar;
class SettingsForm;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {
class CertificateWizard;
class DomainWizard;
} // namespace Doorstep::Ui::Wizards

namespace Doorstep::Ui::Pages {

/**
 * Internet (UI.md): how the world reaches this server. The host name and DKIM signing
 * settings, the health checks of each local domain (Domains.Check) with the records to
 * publish, re-checked on request and whenever the engine reports a health change, and the
 * certificate in use.
 */
class InternetPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InternetPage)

public:
    /** Domains.Check runs every lookup and the port 25 probe: give it time. */
    static constexpr int kCheckTimeoutMs = 60000;

    InternetPage(const PageContext &context, QWidget *parent = nullptr);
    ~InternetPage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    /** The domain whose checks are shown. */
    QString currentDomain() const;
    Widgets::HealthCheckView *healthView() const { return m_health; }

    Wizards::CertificateWizard *certificateWizard() const;
    Wizards::DomainWizard *domainWizard() const;

public Q_SLOTS:
    /** Runs Domains.Check for the domain shown. */
    void checkNow();
    void openCertificateWizard();
    void openDomainWizard();

protected:
    void reload() override;
    void engineGone() override;

private:
    QWidget *buildSettings();
    QWidget *buildChecks();
    QWidget *buildCertificate();
    void loadDomains();
    void loadCertificate();
    void showCertificate(const QVariantMap &certificate);

    Widgets::MessageBar *m_messageBar;
    Widgets::SettingsForm *m_form;
    QLineEdit *m_hostname;
    Widgets::FieldErrorLabel *m_hostnameError;
    QCheckBox *m_dkimEnabled;
    Widgets::FieldErrorLabel *m_dkimEnabledError;
    QLineEdit *m_selector;
    Widgets::FieldErrorLabel *m_selectorError;
    QCheckBox *m_ed25519;
    Widgets::FieldErrorLabel *m_ed25519Error;
    QLineEdit *m_blocklists;
    Widgets::FieldErrorLabel *m_blocklistsError;
    QComboBox *m_domains;
    QPushButton *m_checkButton;
    Widgets::HealthCheckView *m_health;
    QLabel *m_noDomains;
    QFormLayout *m_certificateForm;
    QLabel *m_certificateSource;
    QLabel *m_certificateNames;
    QLabel *m_certificateIssuer;
    QLabel *m_certificateExpiry;
    QLabel *m_certificateFingerprint;
    QPointer<Wizards::CertificateWizard> m_certificateWizard;
    QPointer<Wizards::DomainWizard> m_domainWizard;
    quint64 m_generation = 0;
    quint64 m_checkGeneration = 0;
};

} // namespace Doorstep::Ui::Pages
