#include <QSignalSpy>
#include <QTest>

#include "engine/core/enginestate.h"
#include "tests/unit/core/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::EngineState;

void TestEngineState::startsAsStarting()
{
    EngineState state;
    QCOMPARE(state.text(), u"starting"_s);
    state.setRunning();
    QCOMPARE(state.text(), u"running"_s);
}

void TestEngineState::degradedListsReasons()
{
    EngineState state;
    state.setRunning();
    state.setDegraded(u"antivirus"_s, u"antivirus loading"_s);
    state.setDegraded(u"imap"_s, u"Dovecot is not running"_s);
    QCOMPARE(state.text(), u"degraded: antivirus loading; Dovecot is not running"_s);
    state.clearDegraded(u"antivirus"_s);
    QCOMPARE(state.text(), u"degraded: Dovecot is not running"_s);
    state.clearDegraded(u"imap"_s);
    QCOMPARE(state.text(), u"running"_s);
}

void TestEngineState::signalsOnlyOnChange()
{
    EngineState state;
    QSignalSpy spy(&state, &EngineState::changed);
    state.setRunning();
    state.setRunning();
    state.clearDegraded(u"nothing"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), u"running"_s);
}
