#pragma once

#include <functional>
#include <optional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include "engine/core/result.h"
#include "engine/filters/greylistallowpattern.h"
#include "engine/smtp/sessionhandler.h"
#include "engine/store/repositories/greylistrepository.h"

namespace Doorstep::Core {
class Clock;
}
namespace Doorstep::Store {
class Settings;
class Store;
} // namespace Doorstep::Store

namespace Doorstep::Filters {

/** The greylist.* durations, in seconds. */
struct GreylistTimes
{
    quint64 delay = 0;
    quint64 expireUnconfirmed = 0;
    quint64 expireConfirmed = 0;
};

/** What greylisting decided for one recipient. */
struct GreylistVerdict
{
    enum class Outcome {
        Skipped,  // exempt: authenticated, RELAY/OK client, local program, allow list, greylist.enabled off
        Passed,   // a known triplet: retried after the delay, or confirmed and still valid
        Deferred, // answered 451 4.7.1: unknown (or expired) triplet, or a retry before the delay
    };
    Outcome outcome = Outcome::Skipped;
    Store::GreylistTriplet triplet;
    /** Deferred: seconds until a retry is accepted (at least 1). */
    quint64 retryAfterSeconds = 0;
    /** Deferred: "new" (first attempt or expired) or "early" (retried before the delay). */
    QString reason;
};

/**
 * Greylisting at RCPT (DESIGN.md mail flow step 4, milter-greylist's job in the seed): an
 * unknown (client network, sender, recipient) is answered 451 4.7.1 and remembered; a retry
 * after greylist.delay and before greylist.expire_unconfirmed passes and confirms the
 * triplet, which then passes for greylist.expire_confirmed after each use. The triplets live
 * in the store (looked up and updated in one job on its writer thread, never on the event
 * loop); the allow list is kept in memory as well, so exempt mail never waits for the store.
 * Expired triplets are pruned at start and hourly.
 */
class Greylist final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Greylist)

public:
    Greylist(Store::Store &store, const Store::Settings &settings, const Core::Clock &clock, QObject *parent = nullptr);
    ~Greylist() override;

    /** Reads the allow list (at start; blocks on the store thread) and prunes once. */
    Core::Result<void> load();

    /**
     * Decides for @p recipient, which policy has accepted. @p done gets the verdict on the
     * event loop (at once when exempt), unless @p context is gone. A store failure passes the
     * mail (greylisting is a nuisance filter, never a reason to lose mail) with a warning.
     */
    void check(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient, QObject *context,
               std::function<void(GreylistVerdict)> done);

    /**
     * What check() would decide now, without recording anything (the dry run, Rules.Test):
     * the stored triplet is looked up, never created or updated. A store failure lets the
     * message through (Skipped), as check() does.
     */
    void preview(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient, QObject *context,
                 std::function<void(GreylistVerdict)> done);

    /** True when greylisting does not apply to this session and sender at all. */
    bool isExempt(const Smtp::SessionInfo &session, const QString &sender) const;

    /** The allow list as stored (normalized, sorted). */
    QStringList allowed() const;
    /** Greylist.Allow: parses, stores and applies @p pattern; the result is its normalized text. */
    void allow(const QString &pattern, QObject *context, std::function<void(Core::Result<QString>)> done);
    /** Greylist.Disallow. */
    void disallow(const QString &pattern, QObject *context, std::function<void(Core::Result<QString>)> done);

    /** Deletes expired triplets now (asynchronously); @p done gets how many, if given. */
    void prune(std::function<void(Core::Result<quint64>)> done = {});

    GreylistTimes times() const;

    /** The client's network: its address reduced to @p prefixV4 / @p prefixV6 bits ("192.0.2.0/24"). */
    static QString networkOf(const QHostAddress &address, int prefixV4, int prefixV6);

    /**
     * The decision itself, for a triplet stored as @p known (nullopt when unknown) at
     * @p nowUsec: the verdict, and the record to store in its place.
     */
    static std::pair<GreylistVerdict, Store::GreylistRecord> decide(const Store::GreylistTriplet &triplet,
                                                                    const std::optional<Store::GreylistRecord> &known, quint64 nowUsec,
                                                                    const GreylistTimes &times);

private:
    void setAllowed(const QStringList &patterns);
    /** The triplet greylisting asks about; nullopt when the session or sender is exempt. */
    std::optional<Store::GreylistTriplet> tripletFor(const Smtp::SessionInfo &session, const QString &sender, const QString &recipient) const;

    Store::Store &m_store;
    const Store::Settings &m_settings;
    const Core::Clock &m_clock;
    QList<GreylistAllowPattern> m_allowed;
    QTimer m_pruneTimer;
};

} // namespace Doorstep::Filters
