#include "engine/filters/contentpipeline.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Doorstep::Filters {

void ContentPipeline::run(const ContentMessage &message, QObject *context, std::function<void(ContentVerdict)> done) const
{
    runFrom(0, message, ContentVerdict{}, QPointer<QObject>(context), std::move(done));
}

void ContentPipeline::runFrom(qsizetype index, const ContentMessage &message, ContentVerdict gathered, QPointer<QObject> context,
                              std::function<void(ContentVerdict)> done) const
{
    if (!context)
        return;
    if (index >= m_filters.size()) {
        // Always later on the event loop, as the filters answer: the caller need not care.
        QMetaObject::invokeMethod(context.data(), [done = std::move(done), gathered] { done(gathered); }, Qt::QueuedConnection);
        return;
    }
    m_filters.at(index)->check(message, [this, index, message, gathered, context, done](ContentVerdict verdict) mutable {
        if (!context)
            return;
        if (!gathered.summary.isEmpty() && !verdict.summary.isEmpty())
            verdict.summary.prepend(gathered.summary + u"; "_s);
        else if (verdict.summary.isEmpty())
            verdict.summary = gathered.summary;
        verdict.addedHeaders.prepend(gathered.addedHeaders);
        if (verdict.subjectTag.isEmpty())
            verdict.subjectTag = gathered.subjectTag;
        verdict.spam = verdict.spam || gathered.spam;
        if (verdict.refusal || verdict.quarantine) {
            done(verdict);
            return;
        }
        runFrom(index + 1, message, verdict, context, std::move(done));
    });
}

} // namespace Doorstep::Filters
