#pragma once

#include <functional>

#include <QStringList>
#include <QVariantMap>
#include <QWizard>

namespace Doorstep::Ui {
class ClientError;
class EngineClient;
} // namespace Doorstep::Ui

namespace Doorstep::Ui::Wizards {

class CertificateChoicePage;
class AcmePage;
class ImportPage;
class SelfSignedPage;
class CertificateReviewPage;
class CertificateResultPage;

/**
 * The Certificates wizard (UI.md): one decision per page. Let's Encrypt (ACME: e-mail, the
 * names, the terms; progress while the challenge runs), import files from another certificate
 * authority (certificate, key, chain; the engine's refusal next to the file it concerns), or
 * a new self-signed certificate now. The review page applies the choice in one call (Cancel
 * changes nothing before it); the last page shows the certificate in use and its expiry.
 */
class CertificateWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateWizard)

public:
    enum PageId {
        ChoicePageId,
        AcmePageId,
        ImportPageId,
        SelfSignedPageId,
        ReviewPageId,
        ResultPageId,
    };
    enum class Kind {
        Acme,
        Import,
        SelfSigned,
    };
    /** Which file an Import refusal is about. */
    enum class ImportField {
        Certificate,
        Key,
        Chain,
    };

    /** RequestAcme and Renew may take minutes (the CA validates, then signs). */
    static constexpr int kAcmeTimeoutMs = 5 * 60 * 1000;

    CertificateWizard(EngineClient &client, QWidget *parent = nullptr);
    ~CertificateWizard() override;

    EngineClient &client() const { return m_client; }
    Kind kind() const;
    /** identity.hostname, acme.email and acme.directory_url as the engine has them. */
    const QVariantMap &settings() const { return m_settings; }
    QString hostname() const { return m_settings.value(QStringLiteral("identity.hostname")).toString(); }

    /** What the chosen path will do, set by its page. */
    struct Plan
    {
        QStringList names; // empty: identity.hostname
        QString email;
        QString certificatePem;
        QString keyPem;
        QString chainPem;
    };
    Plan &plan() { return m_plan; }
    const Plan &plan() const { return m_plan; }
    ImportPage *importPage() const { return m_import; }

    /** Applies the choice (one call); @p done gets the error, or none on success. */
    void apply(std::function<void(const ClientError &error)> done);
    bool isApplied() const { return m_applied; }

    /** Which file an Import refusal sentence concerns (by what it names). */
    static ImportField importFieldOf(const QString &sentence);
    /** The line of an AcmeProgress step, for people ("Proving the names are yours…"). */
    static QString stepText(const QString &step);

Q_SIGNALS:
    /** identity.hostname and the acme.* settings arrived (or failed: @p error is set). */
    void settingsLoaded(const QString &error);
    /** An AcmeProgress signal of the engine while apply() runs. */
    void acmeProgress(const QString &step, const QString &sentence);
    /** The certificate in use changed through this wizard. */
    void applied();

private:
    void load();

    EngineClient &m_client;
    CertificateChoicePage *m_choice;
    ImportPage *m_import;
    QVariantMap m_settings;
    Plan m_plan;
    bool m_applied = false;
};

} // namespace Doorstep::Ui::Wizards
