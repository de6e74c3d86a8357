#pragma once

#include <QObject>

#include "engine/core/result.h"
#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Filters {

/**
 * rspamd's normal worker over HTTP (spam.backend "rspamd"): POST /checkv2 with the message as
 * the body and what the session knew as headers (IP, Helo, Hostname, From, Rcpt, Queue-Id);
 * the JSON reply gives score, required_score, action and symbols. One connection per message
 * ("Connection: close"), bounded by spam.timeout. Tested against Debian's rspamd 3.4
 * (tests/e2e/test_filters_rspamd.py).
 */
class RspamdClient final : public QObject, public SpamBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RspamdClient)

public:
    /** rspamd's normal worker, for an empty spam.address. */
    static constexpr quint16 kDefaultPort = 11333;

    explicit RspamdClient(QObject *parent = nullptr);

    QString name() const override;
    void score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done) override;

    /** The HTTP request for @p request to @p host:@p port. */
    static QByteArray checkRequest(const SpamRequest &request, const QString &host, quint16 port);
    /**
     * The score and symbols of an HTTP reply of /checkv2. rspamd's "reject" action counts at
     * least as its required_score: a forced reject (GTUBE, for one) came with a score of 0 from
     * older rspamd; 3.4 gives the reject score itself.
     */
    static Core::Result<SpamScore> parseReply(const QByteArray &reply);
};

} // namespace Doorstep::Filters
