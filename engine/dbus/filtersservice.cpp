#include "engine/dbus/filtersservice.h"

#include "engine/core/result.h"
#include "engine/filters/spam/spamfilter.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

FiltersService::FiltersService(ServiceContext &context, QObject *parent)
    : CertificatesService(context, parent)
{
}

QVariantMap FiltersService::ScoreMessage(const QString &message)
{
    handle([this, message](const PendingReply &reply) {
        if (message.trimmed().isEmpty()) {
            reply.fail(Core::Error::invalidArgument(u"The message to score is empty: give a whole message, headers and body."_s));
            return;
        }
        // Scored as it would arrive: CRLF line ends, like the spool's.
        QByteArray bytes = message.toUtf8();
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        m_context.spam.scoreMessage(bytes, this, [this, reply](const Filters::SpamScore &score) {
            reply.sendValue(QVariantMap{{u"score"_s, score.score},
                                        {u"required"_s, m_context.settings.doubleValue(u"spam.threshold"_s)},
                                        {u"reject_threshold"_s, m_context.settings.doubleValue(u"spam.reject_threshold"_s)},
                                        {u"rules"_s, score.rules},
                                        {u"verdict"_s, m_context.spam.verdictName(score)},
                                        {u"backend"_s, m_context.settings.stringValue(u"spam.backend"_s)},
                                        {u"problem"_s, score.problem}});
        });
    });
    return {};
}

} // namespace Doorstep::DBus
