#pragma once

#include <QTimer>
#include <QWizardPage>

#include "ui/wizards/wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class HealthCheckView;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {

class DomainWizard;

/** The mail domain and this server's host name. */
class DomainNamePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainNamePage)

public:
    explicit DomainNamePage(DomainWizard *wizard);

    int nextId() const override;
    bool validatePage() override;

private:
    void onLoaded(const QString &error);

    DomainWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLineEdit *m_domain;
    Widgets::FieldErrorLabel *m_domainError;
    QLineEdit *m_hostname;
    Widgets::FieldErrorLabel *m_hostnameError;
    bool m_hostnameEdited = false;
};

/** The public address found, and the dynamic DNS provider with its credentials and a Test. */
class DdnsPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DdnsPage)

public:
    explicit DdnsPage(DomainWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

    /** The ddns.* values the fields hold (secrets only when typed). */
    QVariantMap ddnsValues() const;
    QString provider() const;
    QLabel *testResult() const { return m_testResult; }

private:
    void updateFields();
    void loadStatus();
    void test();
    /** Checks the shown fields; false with the errors next to them. */
    bool checkFields();

    DomainWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_address;
    QComboBox *m_provider;
    QLabel *m_providerHelp;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    Widgets::FieldErrorLabel *m_hostError;
    QLabel *m_zoneLabel;
    QLineEdit *m_zone;
    Widgets::FieldErrorLabel *m_zoneError;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    Widgets::FieldErrorLabel *m_userError;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    Widgets::FieldErrorLabel *m_passwordError;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    Widgets::FieldErrorLabel *m_serverError;
    QLabel *m_keyNameLabel;
    QLineEdit *m_keyName;
    Widgets::FieldErrorLabel *m_keyNameError;
    QLabel *m_algorithmLabel;
    QComboBox *m_algorithm;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    Widgets::FieldErrorLabel *m_secretError;
    QPushButton *m_test;
    QLabel *m_testResult;
    bool m_testing = false;
};

/** What will change; Apply makes it in one go. */
class DomainReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainReviewPage)

public:
    explicit DomainReviewPage(DomainWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    DomainWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_summary;
    Widgets::FieldErrorLabel *m_error;
};

/** The records to publish and the live health check, re-run every minute while shown. */
class DomainRecordsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainRecordsPage)

public:
    explicit DomainRecordsPage(DomainWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    Widgets::HealthCheckView *healthView() const { return m_health; }
    /** Runs Domains.Check now. */
    void checkNow();

private:
    DomainWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    Widgets::HealthCheckView *m_health;
    QPushButton *m_check;
    QLabel *m_when;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Wizards
