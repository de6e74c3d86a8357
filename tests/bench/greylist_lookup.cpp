// bench.greylist_lookup: how long a greylist look-up takes with 10 thousand and with 1 million
// triplets in the store (issue 6: at a million at most twice as long as at ten thousand).
//
// For each size a fresh database in a temporary directory gets N triplets in one transaction
// (one INSERT ... SELECT over a recursive counter), then --lookups random known triplets are
// looked up by GreylistRepository::find (what the engine's store job does first), as many
// unknown ones, and --checks full RCPT decisions (find, Greylist::decide, save, commit as
// the engine does it: without waiting for an fsync) are timed one by one. Prints median and p99 per
// operation and the ratio of the medians. Not a pass/fail test: run it by hand or with
// `ctest -L bench -R greylist`.
//
//   bench_greylist_lookup [--sizes 10000,1000000] [--lookups 20000] [--checks 200]

#include <algorithm>
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "engine/filters/greylist.h"
#include "engine/store/database.h"
#include "engine/store/migrations.h"
#include "engine/store/repositories/greylistrepository.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;

namespace {

constexpr quint64 kNow = 1700000000ull * 1000000ull;

// The triplet number i, as the INSERT below writes it.
Store::GreylistTriplet triplet(quint64 i)
{
    return {u"10.%1.%2.0/24"_s.arg((i >> 16) & 255).arg((i >> 8) & 255), u"s%1@sender%2.example"_s.arg(i).arg(i % 1000),
            u"user%1@example.org"_s.arg(i % 50)};
}

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures figures(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double q) { return double(nanoseconds.at(qsizetype(q * double(nanoseconds.size() - 1)))) / 1000.0; };
    return {at(0.5), at(0.99)};
}

bool fill(Store::Database &db, quint64 count)
{
    // One statement in one transaction: the counter, the same formats as triplet().
    const auto done = db.transaction<bool>([&]() -> Core::Result<bool> {
        if (auto inserted = db.exec(
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO greylist_triplets (network, sender, recipient, first_seen_usec, last_seen_usec, attempts, passed) "
                "SELECT printf('10.%d.%d.0/24', (i >> 16) & 255, (i >> 8) & 255), printf('s%d@sender%d.example', i, i % 1000), "
                "printf('user%d@example.org', i % 50), ? - (i % 86400) * 1000000, ? - (i % 3600) * 1000000, 1, i % 3 FROM n"_s,
                {qlonglong(count), qlonglong(kNow), qlonglong(kNow)});
            !inserted)
            return inserted.error();
        return true;
    });
    if (!done)
        std::fprintf(stderr, "cannot fill: %s\n", qPrintable(done.error().message));
    return done.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"sizes"_s, u"Numbers of triplets, comma-separated."_s, u"list"_s, u"10000,1000000"_s});
    parser.addOption({u"lookups"_s, u"Look-ups per size (known and unknown each)."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"checks"_s, u"Full decisions with commit per size."_s, u"n"_s, u"200"_s});
    parser.process(app);
    const int lookups = parser.value(u"lookups"_s).toInt();
    const int checks = parser.value(u"checks"_s).toInt();

    std::mt19937_64 random(42);
    QList<double> medians;
    std::printf("%10s %10s %14s %14s %14s %14s %14s %14s\n", "triplets", "fill s", "known p50 us", "known p99 us", "unknown p50",
                "unknown p99", "check p50 us", "check p99 us");
    for (const QString &sizeText : parser.value(u"sizes"_s).split(u',')) {
        const quint64 size = sizeText.toULongLong();
        QTemporaryDir dir;
        auto opened = Store::Database::open(dir.filePath(u"doorstep.db"_s), u"bench-%1"_s.arg(size));
        if (!opened || !Store::Migrations::migrate(*opened.value()).ok()) {
            std::fprintf(stderr, "cannot open the database in %s\n", qPrintable(dir.path()));
            return 1;
        }
        Store::Database &db = *opened.value();
        QElapsedTimer clock;
        clock.start();
        if (!fill(db, size))
            return 1;
        const double fillSeconds = double(clock.nsecsElapsed()) / 1e9;
        Store::GreylistRepository repository(db);
        if (repository.count().value() != size) {
            std::fprintf(stderr, "filled %llu triplets, want %llu\n", static_cast<unsigned long long>(repository.count().value()),
                         static_cast<unsigned long long>(size));
            return 1;
        }
        std::uniform_int_distribution<quint64> pick(1, size);
        QList<qint64> known, unknown, decided;
        for (int i = 0; i < lookups; ++i) {
            const auto t = triplet(pick(random));
            clock.restart();
            const auto found = repository.find(t);
            known.append(clock.nsecsElapsed());
            if (!found || !found.value()) {
                std::fprintf(stderr, "triplet %s not found\n", qPrintable(t.toString()));
                return 1;
            }
            auto stranger = t;
            stranger.sender = u"x"_s + stranger.sender;
            clock.restart();
            const auto missing = repository.find(stranger);
            unknown.append(clock.nsecsElapsed());
            if (!missing || missing.value()) {
                std::fprintf(stderr, "unknown triplet %s found\n", qPrintable(stranger.toString()));
                return 1;
            }
        }
        const Filters::GreylistTimes times{300, 2 * 86400, 35 * 86400};
        for (int i = 0; i < checks; ++i) {
            const auto t = triplet(pick(random));
            clock.restart();
            const auto done = repository.unsyncedTransaction<bool>([&]() -> Core::Result<bool> {
                auto found = repository.find(t);
                if (!found)
                    return found.error();
                const auto decision = Filters::Greylist::decide(t, found.value(), kNow, times);
                if (auto saved = repository.save(decision.second); !saved)
                    return saved.error();
                return true;
            });
            decided.append(clock.nsecsElapsed());
            if (!done)
                return 1;
        }
        const Figures k = figures(known), u = figures(unknown), c = figures(decided);
        medians.append(k.median);
        std::printf("%10llu %10.1f %14.1f %14.1f %14.1f %14.1f %14.1f %14.1f\n", static_cast<unsigned long long>(size), fillSeconds, k.median,
                    k.p99, u.median, u.p99, c.median, c.p99);
        std::fflush(stdout);
    }
    if (medians.size() >= 2)
        std::printf("known look-up median, largest / smallest size: %.2f (the goal: at most 2)\n", medians.last() / medians.first());
    return 0;
}
