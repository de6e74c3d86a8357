#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include "engine/dns/dnsblchecker.h"
#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Dns {
class Resolver;
}

namespace Doorstep::Filters {

/**
 * The built-in checks for when neither spamd nor rspamd is installed (spam.backend
 * "builtin", the default): the GTUBE test string, header sanity (missing or duplicated
 * Date, Message-ID, From, Subject, To/Cc; an unreadable Date or Message-ID) and the client's
 * address in the DNS blocklists of spam.dnsbl_zones. Rules are named like SpamAssassin's
 * (GTUBE, MISSING_DATE, RCVD_IN_<ZONE>), so X-Spam-Status reads the same with either.
 * Greylist history counts too: a client that came back after greylisting (GREYLIST_RETRIED)
 * runs a real mail queue, which spam bots rarely do, and earns a small bonus.
 */
class BuiltinScorer final : public QObject, public SpamBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinScorer)

public:
    static constexpr double kGtubeScore = 1000.0;
    static constexpr double kListedScore = 3.0;
    static constexpr double kGreylistRetriedScore = -1.0;

    explicit BuiltinScorer(Dns::Resolver &resolver, QObject *parent = nullptr);

    QString name() const override;
    void score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done) override;

    /** The rules over @p message and the blocklists' answers: the score and the rules that hit. */
    static SpamScore evaluate(const QByteArray &message, const QList<Dns::DnsblResult> &dnsbl, bool greylistPassed = false);
    /** "RCVD_IN_ZEN_SPAMHAUS_ORG" for zen.spamhaus.org. */
    static QString dnsblRuleName(const QString &zone);

private:
    Dns::DnsblChecker m_dnsbl;
};

} // namespace Doorstep::Filters
