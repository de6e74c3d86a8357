#include <optional>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "engine/filters/contentpipeline.h"
#include "tests/unit/filters/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep;
using Filters::ContentFilter;
using Filters::ContentMessage;
using Filters::ContentPipeline;
using Filters::ContentVerdict;

namespace {

/** Answers with a fixed verdict, later on the event loop, and counts its calls. */
class ScriptedFilter final : public ContentFilter
{
public:
    ScriptedFilter(QString name, ContentVerdict verdict) : m_name(std::move(name)), m_verdict(std::move(verdict)) {}
    QString name() const override { return m_name; }
    void check(const ContentMessage &message, std::function<void(ContentVerdict)> done) override
    {
        ++calls;
        seenIds << message.queueId;
        QTimer::singleShot(0, [done, verdict = m_verdict] { done(verdict); });
    }
    int calls = 0;
    QStringList seenIds;

private:
    QString m_name;
    ContentVerdict m_verdict;
};

ContentMessage sampleMessage()
{
    ContentMessage message;
    message.queueId = u"Q1"_s;
    message.path = u"/nonexistent/Q1"_s;
    message.size = 100;
    return message;
}

/** Runs @p pipeline and waits (bounded) for its answer. */
std::optional<ContentVerdict> runAndWait(const ContentPipeline &pipeline, QObject *context)
{
    std::optional<ContentVerdict> got;
    pipeline.run(sampleMessage(), context, [&got](ContentVerdict verdict) { got = verdict; });
    (void)QTest::qWaitFor([&got] { return got.has_value(); }, 5000); // the caller checks got
    return got;
}

} // namespace

void TestContentPipeline::noFiltersPasses()
{
    ContentPipeline pipeline;
    QVERIFY(pipeline.isEmpty());
    QObject context;
    bool answeredInside = false;
    bool answered = false;
    pipeline.run(sampleMessage(), &context, [&](const ContentVerdict &verdict) {
        answered = true;
        QVERIFY(!verdict.refusal);
        QVERIFY(!verdict.spam);
        QVERIFY(verdict.addedHeaders.isEmpty());
    });
    answeredInside = answered;
    QVERIFY2(!answeredInside, "the answer must come later on the event loop, never inside run()");
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
}

void TestContentPipeline::passingFiltersGather()
{
    ContentVerdict clean;
    clean.addedHeaders = "X-Virus-Scanned: clean\r\n";
    clean.summary = u"no virus"_s;
    ContentVerdict spam;
    spam.addedHeaders = "X-Spam-Flag: YES\r\nX-Spam-Score: 7.2\r\n";
    spam.subjectTag = u"[SPAM]"_s;
    spam.spam = true;
    spam.summary = u"spam 7.2"_s;
    ScriptedFilter antivirus(u"antivirus"_s, clean);
    ScriptedFilter scorer(u"spam"_s, spam);
    ContentPipeline pipeline;
    pipeline.append(&antivirus);
    pipeline.append(&scorer);
    QObject context;
    const auto got = runAndWait(pipeline, &context);
    QVERIFY(got);
    QVERIFY(!got->refusal);
    QCOMPARE(got->addedHeaders, QByteArray("X-Virus-Scanned: clean\r\nX-Spam-Flag: YES\r\nX-Spam-Score: 7.2\r\n"));
    QCOMPARE(got->subjectTag, u"[SPAM]"_s);
    QVERIFY(got->spam);
    QCOMPARE(got->summary, u"no virus; spam 7.2"_s);
    QCOMPARE(antivirus.seenIds, QStringList{u"Q1"_s});
    QCOMPARE(scorer.calls, 1);
}

void TestContentPipeline::refusalStopsTheRun()
{
    ContentVerdict virus;
    virus.refusal = Smtp::Reply::make(554, u"5.7.0"_s, u"Virus found: Eicar-Test-Signature"_s);
    virus.summary = u"virus Eicar-Test-Signature"_s;
    ScriptedFilter antivirus(u"antivirus"_s, virus);
    ScriptedFilter scorer(u"spam"_s, ContentVerdict{});
    ContentPipeline pipeline;
    pipeline.append(&antivirus);
    pipeline.append(&scorer);
    QObject context;
    const auto got = runAndWait(pipeline, &context);
    QVERIFY(got);
    QVERIFY(got->refusal);
    QCOMPARE(got->refusal->code, 554);
    QCOMPARE(got->refusal->status, u"5.7.0"_s);
    QCOMPARE(got->summary, u"virus Eicar-Test-Signature"_s);
    QCOMPARE(scorer.calls, 0); // never scored once refused
}

void TestContentPipeline::quarantineStopsTheRun()
{
    ContentVerdict kept;
    kept.quarantine = true;
    kept.summary = u"virus Eicar-Test-Signature, quarantined"_s;
    ScriptedFilter antivirus(u"antivirus"_s, kept);
    ScriptedFilter scorer(u"spam"_s, ContentVerdict{});
    ContentPipeline pipeline;
    pipeline.append(&antivirus);
    pipeline.append(&scorer);
    QObject context;
    const auto got = runAndWait(pipeline, &context);
    QVERIFY(got);
    QVERIFY(!got->refusal);
    QVERIFY(got->quarantine);
    QCOMPARE(scorer.calls, 0);
}

void TestContentPipeline::goneContextGetsNoAnswer()
{
    ScriptedFilter antivirus(u"antivirus"_s, ContentVerdict{});
    ScriptedFilter scorer(u"spam"_s, ContentVerdict{});
    ContentPipeline pipeline;
    pipeline.append(&antivirus);
    pipeline.append(&scorer);
    auto *context = new QObject;
    bool answered = false;
    pipeline.run(sampleMessage(), context, [&answered](const ContentVerdict &) { answered = true; });
    delete context; // the session went away while the first filter works
    QTest::qWait(100);
    QVERIFY(!answered);
    QCOMPARE(antivirus.calls, 1);
    QCOMPARE(scorer.calls, 0); // nothing more is done for a session that is gone
}
