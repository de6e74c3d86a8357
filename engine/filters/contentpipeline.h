#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "engine/filters/contentfilter.h"

namespace Doorstep::Filters {

/**
 * The content filters in order (antivirus before spam, DESIGN.md mail flow step 5): each runs
 * after the one before it passed; the first refusal or quarantine ends the run. What passing
 * filters add is gathered into one verdict: their headers in order, the subject tag, spam.
 */
class ContentPipeline final
{
public:
    /** Filters are not owned; they must outlive the pipeline. */
    void append(ContentFilter *filter) { m_filters.append(filter); }
    bool isEmpty() const { return m_filters.isEmpty(); }

    /** Runs every filter over @p message; @p done is not called when @p context is gone. */
    void run(const ContentMessage &message, QObject *context, std::function<void(ContentVerdict)> done) const;

private:
    void runFrom(qsizetype index, const ContentMessage &message, ContentVerdict gathered, QPointer<QObject> context,
                 std::function<void(ContentVerdict)> done) const;

    QList<ContentFilter *> m_filters;
};

} // namespace Doorstep::Filters
