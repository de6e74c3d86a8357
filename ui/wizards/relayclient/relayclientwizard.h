#pragma once

#include <QWizard>

#include "ui/wizards/relayclient/clientconfiguration.h"

class QDBusPendingCall;

namespace Doorstep::Ui {
class ClientError;
class EngineClient;
} // namespace Doorstep::Ui

namespace Doorstep::Ui::Wizards {

class ChoicePage;
class ConfigurationPage;
class ElsewherePage;
class NetworkPage;
class ReviewPage;

/**
 * The Relay client wizard: lets a machine send mail through this server. One decision per
 * page — a machine on my network (its IP address or network becomes a RELAY client) or a
 * computer elsewhere (a user with a generated password that logs in on the submission
 * port) — then a review of what will change, applied in one call (Cancel changes nothing),
 * and the ready-to-paste configuration for that machine: sendmail, Postfix, msmtp and
 * Thunderbird. The password is shown once and kept nowhere but in this window.
 */
class RelayClientWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayClientWizard)

public:
    enum PageId {
        ChoicePageId,
        NetworkPageId,
        ElsewherePageId,
        ReviewPageId,
        ConfigurationPageId,
    };
    enum class Kind {
        Network,
        Elsewhere,
    };

    /** What the wizard learns from the engine when it opens. */
    struct ServerInfo
    {
        bool loaded = false;
        QString hostname;
        int mtaPort = 0;
        int submissionPort = 0;
        int smtpsPort = 0;
        QStringList domains;
        QStringList users;          // lower case
        QStringList relayPatterns;  // lower case
        QString selfSignedFingerprint;
    };

    RelayClientWizard(EngineClient &client, QWidget *parent = nullptr);
    ~RelayClientWizard() override;

    const ServerInfo &serverInfo() const { return m_info; }
    Kind kind() const;

    /** The relay client to add (network path): the pattern as the engine will list it. */
    const QString &pattern() const { return m_pattern; }
    const QString &comment() const { return m_comment; }
    void setNetwork(const QString &pattern, const QString &comment);
    /** The user to create (elsewhere path). */
    const QString &account() const { return m_account; }
    void setAccount(const QString &address);
    /** The generated password (elsewhere path); shown once on the last page. */
    const QString &password() const { return m_password; }

    /** How the machine reaches this server, for the configuration texts. */
    ClientSetup clientSetup() const;
    /** True once the change was applied. */
    bool isApplied() const { return m_applied; }

    /** A strong password: 20 characters from an alphabet without look-alikes, in groups of five. */
    static QString generatePassword();
    /** The port of "host:port", "[v6]:port" (0 when there is none). */
    static int portOf(const QString &address);

    /** Applies the change (one call); @p done gets the error, or none on success. */
    void apply(std::function<void(const ClientError &error)> done);

Q_SIGNALS:
    /** GetStatus, GetAll and the lists answered (or failed: @p error is set). */
    void serverInfoLoaded(const QString &error);
    /** The change was made: @p key is the new relay pattern or user address. */
    void applied(Kind kind, const QString &key);

private:
    void load();

    EngineClient &m_client;
    ServerInfo m_info;
    ChoicePage *m_choice;
    NetworkPage *m_network;
    ElsewherePage *m_elsewhere;
    ReviewPage *m_review;
    ConfigurationPage *m_configuration;
    QString m_pattern;
    QString m_comment;
    QString m_account;
    QString m_password;
    bool m_applied = false;
    int m_pendingLoads = 0;
    QString m_loadError;
};

} // namespace Doorstep::Ui::Wizards
