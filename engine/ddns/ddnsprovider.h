#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QString>

#include "engine/ddns/httpclient.h"
#include "engine/ddns/providersettings.h"
#include "engine/ddns/publicaddresses.h"

class QObject;

namespace Doorstep::Ddns {

class TxtRecordPublisher;

/** What an update attempt came to, and what the updater does next. */
struct UpdateOutcome
{
    enum class Kind {
        Ok,         // the provider has the address (updated, or it already had it)
        RetryLater, // the provider or the network failed for now: back off and try again
        Stop,       // credentials or configuration are wrong: stop until they change
    };

    Kind kind = Kind::Ok;
    /** One sentence for people: the provider's answer in words. */
    QString sentence;

    static UpdateOutcome ok(const QString &sentence) { return {Kind::Ok, sentence}; }
    static UpdateOutcome retryLater(const QString &sentence) { return {Kind::RetryLater, sentence}; }
    static UpdateOutcome stop(const QString &sentence) { return {Kind::Stop, sentence}; }
};

/**
 * One dynamic DNS service (ddns.provider). update() sends the addresses and reports the
 * provider's answer; each implementation maps its protocol's replies to an UpdateOutcome.
 */
class DdnsProvider
{
public:
    using Done = std::function<void(UpdateOutcome)>;

    explicit DdnsProvider(ProviderSettings settings) : m_settings(std::move(settings)) {}
    virtual ~DdnsProvider() = default;

    /** The settings it needs but lacks, as a sentence (checked before anything is sent); null when complete. */
    virtual QString missingSettings() const = 0;

    /** Sends @p addresses (never empty); @p done is called once, on the event loop, unless @p context is gone. */
    virtual void update(const PublicAddresses &addresses, QObject *context, Done done) = 0;

    /** The TXT record capability, where the provider has a DNS API; nullptr otherwise. */
    virtual TxtRecordPublisher *txtPublisher() { return nullptr; }

    const ProviderSettings &settings() const { return m_settings; }

    /**
     * The provider for ddns.provider; nullptr for "none". @p http outlives the provider.
     */
    static std::unique_ptr<DdnsProvider> create(const ProviderSettings &settings, HttpClient &http);

protected:
    /** "Setting 'ddns.X' is empty: NAME needs WHAT." when @p value is empty; null otherwise. */
    static QString requireSetting(const QString &value, const QString &key, const QString &what);

    /**
     * The outcome when @p response is no answer at all or a server error (5xx): try again
     * later; nullopt when there is an answer to interpret.
     */
    static std::optional<UpdateOutcome> transportFailure(const Core::Result<HttpClient::Response> &response, const QString &provider);

    ProviderSettings m_settings;
};

} // namespace Doorstep::Ddns
