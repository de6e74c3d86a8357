#pragma once

#include <QByteArray>
#include <QString>

#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Filters {

/**
 * The header fields a spam score adds to a message, in SpamAssassin's form so that existing
 * Sieve and client rules work: "X-Spam-Flag: YES" (spam only), "X-Spam-Score: 7.2" and
 * "X-Spam-Status: Yes, score=7.2 required=5.0 tests=GTUBE,MISSING_DATE" (folded at commas),
 * or "X-Spam-Status: unscanned, timeout" when there is no score. Lines end in CRLF.
 */
class SpamHeaders final
{
public:
    static QByteArray build(const SpamScore &score, double threshold);
    /** One decimal, as SpamAssassin writes scores: "1000.0", "-0.1". */
    static QString formatScore(double score);
};

/** "size", "timeout", "unavailable"; "" for a scored message. */
QString unscannedName(SpamScore::Unscanned why);

} // namespace Doorstep::Filters
