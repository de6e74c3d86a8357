#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/store/database.h"

namespace Doorstep::Store {

/**
 * What greylisting remembers about one (client network, sender, recipient). Its text form,
 * used by Greylist.List, Greylist.Forget and doorstepctl, is "NETWORK,SENDER,RECIPIENT":
 * "192.0.2.0/24,bob@example.net,alice@example.org" (SENDER empty for <>).
 */
struct GreylistTriplet
{
    QString network;   // "192.0.2.0/24", "2001:db8::/64"
    QString sender;    // lower case, "" for <>
    QString recipient; // lower case

    QString toString() const;
    /**
     * Parses the text form: the network is up to the first comma (it has none), the
     * recipient after the last one, the sender in between (it may be empty).
     */
    static Core::Result<GreylistTriplet> parse(const QString &text);
    bool operator==(const GreylistTriplet &) const = default;
};

struct GreylistRecord
{
    GreylistTriplet triplet;
    quint64 firstSeenUsec = 0;
    quint64 lastSeenUsec = 0;
    quint32 attempts = 0; // answered 451
    quint32 passed = 0;   // accepted; > 0 once confirmed
};

/** How long greylisting remembers, in seconds (greylist.expire_unconfirmed, _confirmed). */
struct GreylistExpiry
{
    quint64 unconfirmedSeconds = 0;
    quint64 confirmedSeconds = 0;
};

/**
 * The greylist triplets and the allow list (table greylist_triplets and greylist_allowed).
 * Expiry is decided by the caller; prune() deletes what has expired.
 */
class GreylistRepository final
{
public:
    explicit GreylistRepository(Database &db) : m_db(db) {}

    Core::Result<std::optional<GreylistRecord>> find(const GreylistTriplet &triplet);
    /** Inserts or replaces the record of its triplet. */
    Core::Result<void> save(const GreylistRecord &record);
    /** At most @p max records, the most recently seen first. */
    Core::Result<QList<GreylistRecord>> list(quint32 max);
    Core::Result<quint64> count();
    /** Removes one triplet; NotFound when it is not known. */
    Core::Result<GreylistTriplet> forget(const GreylistTriplet &triplet);
    /** Deletes the triplets expired at @p nowUsec; returns how many. */
    Core::Result<quint64> prune(quint64 nowUsec, const GreylistExpiry &expiry);

    /**
     * Runs @p body (Result<T>()) in one transaction whose commit does not wait for the disk
     * (synchronous = NORMAL for it, FULL again afterwards). Greylist bookkeeping at each RCPT
     * may be lost in a power cut (the worst case is one more 451), while an fsync per RCPT
     * on the store's only writer thread would hold up queue commits. In WAL mode the
     * database stays consistent, and the next synced commit makes these pages durable too.
     */
    template <typename T, typename Body>
    Core::Result<T> unsyncedTransaction(Body &&body)
    {
        if (auto relaxed = m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !relaxed)
            return relaxed.error();
        Core::Result<T> result = m_db.transaction<T>(std::forward<Body>(body));
        if (auto restored = m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !restored)
            return restored.error();
        return result;
    }

    /** The allow list (normalized patterns), sorted. */
    Core::Result<QStringList> allowed();
    /** Adds a normalized pattern; AlreadyExists when it is listed. */
    Core::Result<QString> allow(const QString &pattern, quint64 nowUsec);
    /** Removes a pattern; NotFound when it is not listed. */
    Core::Result<QString> disallow(const QString &pattern);

private:
    Database &m_db;
};

} // namespace Doorstep::Store
