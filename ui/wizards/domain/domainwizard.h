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

class DomainNamePage;
class DdnsPage;
class DomainReviewPage;
class DomainRecordsPage;

/**
 * The Domain & dynamic DNS wizard (UI.md; offered at first run while the engine has no
 * domain): the mail domain and this server's host name; the public address found and the
 * dynamic DNS provider with its credentials, with a Test that performs a real update and
 * shows the provider's answer; a review applied in one call (Domains.Add and Settings.SetMany);
 * then the records to publish, each with a Copy button, beside the live health check, which
 * runs again every minute while the page is open and on request, until all are green.
 */
class DomainWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainWizard)

public:
    enum PageId {
        NamePageId,
        DdnsPageId,
        ReviewPageId,
        RecordsPageId,
    };

    /** Ddns.UpdateNow waits for the provider; Domains.Check for every lookup and the probe. */
    static constexpr int kSlowCallTimeoutMs = 60000;
    /** DNS takes time to propagate: the records page checks again this often. */
    static constexpr int kRecheckIntervalMs = 60000;

    DomainWizard(EngineClient &client, QWidget *parent = nullptr);
    ~DomainWizard() override;

    EngineClient &client() const { return m_client; }
    /** Settings.GetAll as the wizard opened; the local domains. */
    const QVariantMap &settings() const { return m_settings; }
    const QStringList &domains() const { return m_domains; }

    /** What the wizard will change. */
    struct Plan
    {
        QString domain;
        QString hostname;
        QVariantMap ddns; // ddns.* keys to set (secrets only when typed)
    };
    Plan &plan() { return m_plan; }
    const Plan &plan() const { return m_plan; }

    /** Domains.Add (when the domain is new) and Settings.SetMany; @p done gets the error or none. */
    void apply(std::function<void(const ClientError &error)> done);
    bool isApplied() const { return m_applied; }

    /**
     * The Test button: saves the provider settings (Settings.SetMany of @p ddns), then
     * Ddns.UpdateNow; @p done gets the provider's answer, or the error.
     */
    void testProvider(const QVariantMap &ddns, std::function<void(const QString &answer, const ClientError &error)> done);

    /** Whether a string is a host or domain name (letters, digits, '-', at least one dot). */
    static bool isDomainName(const QString &name);

Q_SIGNALS:
    /** The settings and domains arrived (or failed: @p error is set). */
    void loaded(const QString &error);
    /** The change was made. */
    void applied(const QString &domain);

private:
    void load();

    EngineClient &m_client;
    QVariantMap m_settings;
    QStringList m_domains;
    Plan m_plan;
    bool m_applied = false;
    int m_pendingLoads = 0;
    QString m_loadError;
};

} // namespace Doorstep::Ui::Wizards
