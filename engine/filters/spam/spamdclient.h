#pragma once

#include <QObject>

#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Filters {

/**
 * SpamAssassin's spamd over SPAMC/SPAMD 1.5 (spam.backend "spamd"): one connection per
 * message, the SYMBOLS request, bounded by spam.timeout, on the event loop. spamd refusing,
 * timing out or answering nonsense gives an unscanned score.
 */
class SpamdClient final : public QObject, public SpamBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamdClient)

public:
    /** spamd's standard port, for an empty spam.address. */
    static constexpr quint16 kDefaultPort = 783;

    explicit SpamdClient(QObject *parent = nullptr);

    QString name() const override;
    void score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done) override;
};

} // namespace Doorstep::Filters
