#include "engine/store/repositories/greylistrepository.h"

#include <QSqlQuery>

#include "engine/store/database.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

GreylistRecord recordFrom(const QSqlQuery &q)
{
    GreylistRecord r;
    r.triplet = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    r.firstSeenUsec = q.value(3).toULongLong();
    r.lastSeenUsec = q.value(4).toULongLong();
    r.attempts = q.value(5).toUInt();
    r.passed = q.value(6).toUInt();
    return r;
}

// A null QString binds as SQL NULL; the null sender <> is stored as ''.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariantList keyOf(const GreylistTriplet &t)
{
    return {notNull(t.network), notNull(t.sender), notNull(t.recipient)};
}

constexpr auto kColumns = "network, sender, recipient, first_seen_usec, last_seen_usec, attempts, passed";

} // namespace

QString GreylistTriplet::toString() const
{
    return network + u',' + sender + u',' + recipient;
}

Result<GreylistTriplet> GreylistTriplet::parse(const QString &text)
{
    const qsizetype first = text.indexOf(u',');
    const qsizetype last = text.lastIndexOf(u',');
    if (first < 0 || first == last)
        return Error::invalidArgument(
            u"Greylist triplet '%1' is not valid: write NETWORK,SENDER,RECIPIENT as listed, e.g. '192.0.2.0/24,bob@example.net,alice@example.org' (SENDER empty for <>)."_s
                .arg(text));
    GreylistTriplet t{text.left(first).trimmed(), text.mid(first + 1, last - first - 1).trimmed().toLower(),
                      text.mid(last + 1).trimmed().toLower()};
    if (t.network.isEmpty() || !t.network.contains(u'/') || t.recipient.isEmpty())
        return Error::invalidArgument(
            u"Greylist triplet '%1' is not valid: it needs a network ('192.0.2.0/24') and a recipient, as Greylist.List shows them."_s.arg(text));
    return t;
}

Result<std::optional<GreylistRecord>> GreylistRepository::find(const GreylistTriplet &triplet)
{
    auto q = m_db.query(u"SELECT %1 FROM greylist_triplets WHERE network = ? AND sender = ? AND recipient = ?"_s.arg(QLatin1StringView(kColumns)),
                        keyOf(triplet));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<GreylistRecord>();
    return std::optional<GreylistRecord>(recordFrom(q.value()));
}

Result<void> GreylistRepository::save(const GreylistRecord &r)
{
    return m_db.exec(u"INSERT OR REPLACE INTO greylist_triplets (%1) VALUES (?, ?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(kColumns)),
                     keyOf(r.triplet) + QVariantList{qlonglong(r.firstSeenUsec), qlonglong(r.lastSeenUsec), r.attempts, r.passed});
}

Result<QList<GreylistRecord>> GreylistRepository::list(quint32 max)
{
    auto q = m_db.query(u"SELECT %1 FROM greylist_triplets ORDER BY last_seen_usec DESC, network, sender, recipient LIMIT ?"_s.arg(
                            QLatin1StringView(kColumns)),
                        {max});
    if (!q)
        return q.error();
    QList<GreylistRecord> records;
    while (q.value().next())
        records.append(recordFrom(q.value()));
    return records;
}

Result<quint64> GreylistRepository::count()
{
    auto q = m_db.query(u"SELECT COUNT(*) FROM greylist_triplets"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toULongLong() : 0;
}

Result<GreylistTriplet> GreylistRepository::forget(const GreylistTriplet &triplet)
{
    return m_db.transaction<GreylistTriplet>([&]() -> Result<GreylistTriplet> {
        auto known = find(triplet);
        if (!known)
            return known.error();
        if (!known.value())
            return Error::notFound(u"Greylist triplet '%1' is not known."_s.arg(triplet.toString()));
        if (auto done = m_db.exec(u"DELETE FROM greylist_triplets WHERE network = ? AND sender = ? AND recipient = ?"_s, keyOf(triplet));
            !done)
            return done.error();
        return triplet;
    });
}

Result<quint64> GreylistRepository::prune(quint64 nowUsec, const GreylistExpiry &expiry)
{
    const auto before = [nowUsec](quint64 seconds) { return qlonglong(nowUsec) - qlonglong(seconds * 1000000); };
    return m_db.transaction<quint64>([&]() -> Result<quint64> {
        quint64 deleted = 0;
        // The WHERE clauses repeat the partial indexes' conditions, so each DELETE uses its index.
        for (const auto &[sql, limit] : {std::pair{u"DELETE FROM greylist_triplets WHERE passed = 0 AND first_seen_usec <= ?"_s,
                                                   before(expiry.unconfirmedSeconds)},
                                         std::pair{u"DELETE FROM greylist_triplets WHERE passed > 0 AND last_seen_usec <= ?"_s,
                                                   before(expiry.confirmedSeconds)}}) {
            auto q = m_db.query(sql, {limit});
            if (!q)
                return q.error();
            deleted += quint64(qMax(0, q.value().numRowsAffected()));
        }
        return deleted;
    });
}

Result<QStringList> GreylistRepository::allowed()
{
    auto q = m_db.query(u"SELECT pattern FROM greylist_allowed ORDER BY pattern"_s);
    if (!q)
        return q.error();
    QStringList patterns;
    while (q.value().next())
        patterns << q.value().value(0).toString();
    return patterns;
}

Result<QString> GreylistRepository::allow(const QString &pattern, quint64 nowUsec)
{
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT 1 FROM greylist_allowed WHERE pattern = ?"_s, {pattern});
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::alreadyExists(u"'%1' is already on the greylist allow list."_s.arg(pattern));
        if (auto done = m_db.exec(u"INSERT INTO greylist_allowed (pattern, created_usec) VALUES (?, ?)"_s, {pattern, qlonglong(nowUsec)}); !done)
            return done.error();
        return pattern;
    });
}

Result<QString> GreylistRepository::disallow(const QString &pattern)
{
    return m_db.transaction<QString>([&]() -> Result<QString> {
        auto q = m_db.query(u"SELECT 1 FROM greylist_allowed WHERE pattern = ?"_s, {pattern});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(u"'%1' is not on the greylist allow list."_s.arg(pattern));
        if (auto done = m_db.exec(u"DELETE FROM greylist_allowed WHERE pattern = ?"_s, {pattern}); !done)
            return done.error();
        return pattern;
    });
}

} // namespace Doorstep::Store
