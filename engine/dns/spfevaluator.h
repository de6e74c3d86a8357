#pragma once

#include <functional>
#include <memory>

#include <QHostAddress>
#include <QLatin1StringView>
#include <QObject>
#include <QString>

namespace Doorstep::Dns {

class Resolver;

/** The results of check_host() (RFC 7208 2.6). */
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

/** "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror" (as in Received-SPF). */
QLatin1StringView spfResultName(SpfResult result);

/** What check_host() found, with one English sentence saying why. */
struct SpfVerdict
{
    SpfResult result = SpfResult::None;
    QString reason; // "matched '-all' in the SPF record of example.org"
};

/**
 * RFC 7208's check_host() over the engine's Resolver (so `dns.servers` applies; libspf2
 * would use the system's resolver): all mechanisms and the redirect= modifier, macros,
 * the limits of 4.6.4 (10 terms that query DNS, 2 void lookups, 10 MX or PTR names) and
 * the results' mapping of include (5.2). exp= is parsed but not fetched: callers want the
 * verdict, not the domain's explanation text.
 *
 * Asynchronous: check() returns at once; @p done runs later on the evaluator's thread,
 * exactly once, unless the evaluator is destroyed first (then never).
 */
class SpfEvaluator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfEvaluator)

public:
    static constexpr int kMaxDnsTerms = 10;
    static constexpr int kMaxVoidLookups = 2;
    static constexpr int kMaxNames = 10;

    explicit SpfEvaluator(Resolver &resolver, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    /**
     * May @p ip send mail for @p domain? @p sender is the MAIL FROM address (for macros;
     * "postmaster@DOMAIN" when empty), @p helo the client's HELO name (for %{h}).
     */
    void check(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo,
               std::function<void(SpfVerdict)> done);

private:
    struct Run;
    Resolver &m_resolver;
};

} // namespace Doorstep::Dns
