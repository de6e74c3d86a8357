#pragma once

#include <QWizardPage>

#include "ui/wizards/certificate/certificatewizard.h"
#include "ui/wizards/wizardpage.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;

namespace Doorstep::Ui::Widgets {
class FieldErrorLabel;
class MessageBar;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Wizards {

/** First decision: Let's Encrypt, import files, or self-signed now. */
class CertificateChoicePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateChoicePage)

public:
    explicit CertificateChoicePage(CertificateWizard *wizard);

    int nextId() const override;
    QRadioButton *acmeChoice() const { return m_acme; }
    QRadioButton *importChoice() const { return m_import; }
    QRadioButton *selfSignedChoice() const { return m_selfSigned; }

private:
    CertificateWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QRadioButton *m_acme;
    QRadioButton *m_import;
    QRadioButton *m_selfSigned;
};

/** Let's Encrypt: the contact address, the names, the terms, and what must be reachable. */
class AcmePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmePage)

public:
    explicit AcmePage(CertificateWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    CertificateWizard *m_wizard;
    QLineEdit *m_email;
    Widgets::FieldErrorLabel *m_emailError;
    QLineEdit *m_names;
    Widgets::FieldErrorLabel *m_namesError;
    QCheckBox *m_terms;
    Widgets::FieldErrorLabel *m_termsError;
    QLabel *m_reachable;
};

/** Files from another certificate authority: certificate, key, chain. */
class ImportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    explicit ImportPage(CertificateWizard *wizard);

    int nextId() const override;
    bool validatePage() override;

    /** Shows the engine's refusal next to the file it concerns. */
    void showRefusal(const QString &sentence);
    QLineEdit *field(CertificateWizard::ImportField field) const;

private:
    struct FileRow
    {
        QLineEdit *path = nullptr;
        Widgets::FieldErrorLabel *error = nullptr;
    };
    FileRow addFileRow(QFormLayout *form, const QString &label, const QString &name, const QString &accessibleName,
                       const QString &dialogTitle);
    /** Reads a PEM file; empty with an error next to the field when it is not one. */
    bool readPem(const FileRow &row, bool required, QString *pem);

    CertificateWizard *m_wizard;
    FileRow m_certificate;
    FileRow m_key;
    FileRow m_chain;
};

/** A new self-signed certificate: for which names. */
class SelfSignedPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfSignedPage)

public:
    explicit SelfSignedPage(CertificateWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    CertificateWizard *m_wizard;
    QLineEdit *m_names;
    Widgets::FieldErrorLabel *m_namesError;
};

/** What will change; Apply makes it, with the ACME steps shown while they run. */
class CertificateReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateReviewPage)

public:
    explicit CertificateReviewPage(CertificateWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    CertificateWizard *m_wizard;
    Widgets::MessageBar *m_messageBar;
    QLabel *m_summary;
    Widgets::FieldErrorLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_steps;
    QStringList m_stepLines;
};

/** The certificate now in use, and until when. */
class CertificateResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateResultPage)

public:
    explicit CertificateResultPage(CertificateWizard *wizard);

    void initializePage() override;

private:
    CertificateWizard *m_wizard;
    QLabel *m_result;
};

} // namespace Doorstep::Ui::Wizards
