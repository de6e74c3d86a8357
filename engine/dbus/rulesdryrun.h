#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QVariantMap>

#include "engine/core/result.h"

namespace Doorstep::DBus {

struct ServiceContext;

/**
 * Rules.Test's verdict chain, in the order received mail meets it: greylisting (looked up for
 * the server, sender and recipient the message names, never recorded), the virus scan (the
 * message goes to the engine's scanner like received mail), the spam score, then Pigeonhole's
 * dry run of the global and the user's rules. A virus or a spam score at the reject
 * threshold ends the chain there, as it would end the delivery. Nothing is delivered, counted
 * or announced. Deletes itself after @p done.
 */
class RulesDryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDryRun)

public:
    using Done = std::function<void(Core::Result<QVariantMap>)>;

    /** Runs the chain for @p user ("" = the global rules) on @p message (CRLF or LF lines). */
    static void start(ServiceContext &context, const QString &user, const QByteArray &message, QObject *parent, Done done);

private:
    RulesDryRun(ServiceContext &context, const QString &user, const QByteArray &message, QObject *parent, Done done);

    void checkGreylist();
    void scanForVirus();
    void scoreSpam();
    void runRules();
    void finish(Core::Result<QVariantMap> result);

    ServiceContext &m_context;
    QString m_user;
    QByteArray m_message; // CRLF lines
    Done m_done;
    QVariantMap m_result;
};

} // namespace Doorstep::DBus
