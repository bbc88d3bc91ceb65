// The failover drill's state machine (issue 22 item 3), fed scripted bus evidence on the example
// plans: the drill that passes (master off, the stand-in takes over, the master back) and the facts it
// proves (printed as steps by the planner afterwards); what the inverter is told timed (broadcast
// silent, keep-alive gone, limits zeroed); two masters or silence before the drill; aborts before and
// during the procedure and the time limit, each ending with one master; two masters during the drill;
// a step that makes the stand-in master held while the failed master is still heard; a step that
// would put two masters on a bus never given; the record read back by the plan's strict reader.

#include "failoverdrill.h"
#include "failoverplanner.h"
#include "planner.h"

#include <QFile>
#include <QTest>

#include <algorithm>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

CommissioningPlan example(const QString &name)
{
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    const auto plan = PlanJson::parse(f.readAll(), catalogue());
    if (!plan)
        qFatal("%s: %s", qPrintable(name), qPrintable(plan.error().toString()));
    CommissioningPlan out = *plan;
    // The installer's own orders where the example has none (the card and the drill need them).
    if (!out.isolationOrder.isSet()) {
        out.isolationOrder.origin = OrderOrigin::Installer;
        out.isolationOrder.steps = Planner::parseOrder(QStringLiteral("Switch the inverter off [INV-1]; Open the battery DC breaker [Q2]"));
        out.powerUpOrder.origin = OrderOrigin::Installer;
        out.powerUpOrder.steps = Planner::parseOrder(QStringLiteral("Close the battery DC breaker [Q2]; Switch the inverter on [INV-1]"));
    }
    return out;
}

FailoverProcedure procedureOf(const CommissioningPlan &plan)
{
    const auto r = FailoverPlanner::plan(plan, catalogue());
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r->procedure;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A script, one directive per ';':
//   one A B [SRC]   a master broadcasting once a second (CAN 0x351) from A to B s (source SRC, default can#1)
//   two A B         two masters broadcasting in the same cycle (can#1 and can#2)
//   zero A B        the master's limits frames with CCL = DCL = 0
//   ans A B         RS485 answers at the master's address 0x02 every 0.3 s (not a broadcast)
//   col A B         a garbled answer at the master's address every second
//   ka A B          the inverter's keep-alive every second
//   steps A         from A s on, "done" to every step shown, one every 0.5 s
//   abort A | saw A NOTE
// GX bank (one port per BMS):
//   bms P A B [L]   the BMS P's limits broadcast on its own port once a second, with its values so far
//                   (P1: 200 Ah, P2: 100 Ah, CVL 55.2 V on P1 and 54.0 V on P2, CCL = DCL = L A,
//                   default 100 A on P1 and 50 A on P2)
//   gxka P A B      the GX's keep-alive on P's port every second
//   dup P A B       two senders on P's port every second
struct Script
{
    QList<DrillEvidence> evidence;
    QList<std::pair<double, PackReading>> readings; // GX: each BMS's values, fed with its frame
    double stepsFrom = -1.0;
};

Script parse(const QString &text)
{
    Script s;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList w = item.simplified().split(QLatin1Char(' '));
        const QString &k = w[0];
        const double a = w.value(1).toDouble();
        const double b = w.value(2).toDouble();
        auto every = [&](double step, auto make) {
            for (double t = a; t < b - 1e-9; t += step)
                make(t);
        };
        using K = DrillEvidence::Kind;
        if (k == QLatin1String("one") || k == QLatin1String("zero")) {
            const QString src = w.value(3, QStringLiteral("can#1"));
            every(1.0, [&](double t) { s.evidence.append({K::MasterFrame, t, src, true, k == QLatin1String("zero"), {}}); });
        } else if (k == QLatin1String("two")) {
            every(1.0, [&](double t) {
                s.evidence.append({K::MasterFrame, t, QStringLiteral("can#1"), true, false, {}});
                s.evidence.append({K::MasterFrame, t + 0.01, QStringLiteral("can#2"), true, false, {}});
            });
        } else if (k == QLatin1String("ans")) {
            every(0.3, [&](double t) { s.evidence.append({K::MasterFrame, t, QStringLiteral("0x02"), false, false, {}}); });
        } else if (k == QLatin1String("col")) {
            every(1.0, [&](double t) { s.evidence.append({K::Collision, t, QStringLiteral("0x02"), false, false, {}}); });
        } else if (k == QLatin1String("ka")) {
            every(1.0, [&](double t) { s.evidence.append({K::KeepAlive, t + 0.05, {}, false, false, {}}); });
        } else if (k == QLatin1String("bms")) {
            const QString pack = w.value(1);
            const double from = w.value(2).toDouble(), to = w.value(3).toDouble();
            const bool p1 = pack == QLatin1String("P1");
            const double limit = w.size() > 4 ? w.value(4).toDouble() : p1 ? 100.0 : 50.0;
            for (double t = from; t < to - 1e-9; t += 1.0) {
                PackReading r;
                r.packId = pack;
                const qint64 ms = qint64(t * 1000) + 1000000;
                const ReadingSource src{pack, QStringLiteral("pylon-can")};
                r.fullAh.set(p1 ? 200.0 : 100.0, ms, src);
                r.socPct.set(70.0, ms, src);
                r.cvlV.set(p1 ? 55.2 : 54.0, ms, src);
                r.cclA.set(limit, ms, src);
                r.dclA.set(limit, ms, src);
                s.readings.append({t + (p1 ? 0.0 : 0.02), r});
                s.evidence.append({K::BmsFrame, t + (p1 ? 0.0 : 0.02), pack, true, false, {}});
            }
        } else if (k == QLatin1String("gxka") || k == QLatin1String("dup")) {
            const double from = w.value(2).toDouble(), to = w.value(3).toDouble();
            for (double t = from; t < to - 1e-9; t += 1.0)
                s.evidence.append({k == QLatin1String("dup") ? K::Collision : K::KeepAlive, t + 0.05, w.value(1), false, false, {}});
        } else if (k == QLatin1String("steps")) {
            s.stepsFrom = a;
        } else if (k == QLatin1String("abort")) {
            s.evidence.append({K::Abort, a, {}, false, false, {}});
        } else if (k == QLatin1String("saw")) {
            s.evidence.append({K::Saw, a, {}, false, false, w.value(2)});
        } else {
            qFatal("bad directive %s", qPrintable(item));
        }
    }
    std::stable_sort(s.evidence.begin(), s.evidence.end(), [](const DrillEvidence &x, const DrillEvidence &y) { return x.atS < y.atS; });
    return s;
}

// Runs the script for `endS` seconds with a tick every 0.1 s; the instructions given, in order.
QStringList run(FailoverDrill &drill, const Script &script, double endS)
{
    QStringList given;
    auto note = [&] {
        const DrillInstruction &in = drill.instruction();
        const QString code = in.step ? in.step->code : in.code;
        if (given.isEmpty() || given.last() != code)
            given.append(code);
    };
    drill.start(0.0);
    note();
    int next = 0;
    double lastDone = -10.0;
    for (int i = 0; i <= int(endS * 10) && !drill.finished(); ++i) {
        const double t = i / 10.0;
        while (next < script.evidence.size() && script.evidence[next].atS <= t) {
            const DrillEvidence &e = script.evidence[next++];
            for (const auto &[at, r] : script.readings)
                if (e.kind == DrillEvidence::Kind::BmsFrame && at == e.atS && r.packId == e.source)
                    drill.feedReading(r.packId, r);
            drill.feed(e);
            note();
        }
        if (script.stepsFrom >= 0 && t >= script.stepsFrom && drill.instruction().needsDone && t - lastDone >= 0.5) {
            drill.feed({DrillEvidence::Kind::Done, t, {}, false, false, {}});
            lastDone = t;
            note();
        }
        drill.feed({DrillEvidence::Kind::Tick, t, {}, false, false, {}});
        note();
    }
    return given;
}

QStringList events(const FailoverDrill &drill)
{
    QStringList out;
    for (const DrillEvent &e : drill.timeline())
        out.append(e.event == QLatin1String("instruction") || e.event == QLatin1String("step-done") || e.event == QLatin1String("step-held")
                       ? e.event + QLatin1Char(':') + e.subject
                       : e.event);
    return out;
}

// `want` appears in `have` in this order (other entries may sit between).
bool inOrder(const QStringList &have, const QStringList &want)
{
    int i = 0;
    for (const QString &h : have)
        if (i < want.size() && h == want[i])
            ++i;
    return i == want.size();
}

} // namespace

class TestFailoverDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drill_data();
    void drill();
    void stepThatMakesTwoMastersIsNeverGiven();
    void provedStepsPrintOnTheCard();
    void gxDrill_data();
    void gxDrill();
    void gxDrillProvesTheSystemCarriesOn();
    void unsupportedBanks_data();
    void unsupportedBanks();
    void stepsNameTheSitesOrders();
    void consequenceNamesTheSite();
};

void TestFailoverDrill::drill_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<double>("limitS");
    QTest::addColumn<QString>("script");
    QTest::addColumn<double>("endS");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("timeline"); // these events, in this order
    QTest::addColumn<QStringList>("absent");   // and none of these
    QTest::addColumn<double>("restoredAfterS"); // -1: none

    const QString pylon = QStringLiteral("pylontech-3pack-deye.json");
    const QString jk = QStringLiteral("jk-b-2pack-deye.json");

    // P1 broadcasts until 9 s (silent from 12 s); P2 from 20 s after the plug step; P2 unplugged at
    // 40 s; P1 back from 50 s.
    QTest::newRow("passes: master off, stand-in takes over, master back")
        << pylon << 600.0 << "one 0 10; steps 12; one 20 40; one 50 80" << 90.0 << "passed" << ""
        << words("drill-started baseline instruction:switch-off-master broadcast-silent instruction:isolate step-done:unplug-failed-inverter instruction:plug-standin-inverter step-done:check-inverter instruction:wait-one-master master-heard one-master restore-started instruction:unplug-standin-inverter step-held:plug-repaired-inverter broadcast-silent instruction:plug-repaired-inverter instruction:wait-restored master-heard restored drill-passed")
        << words("two-masters limit-reached step-refused instruction:note-time instruction:power-off-failed") << 11.0;
    QTest::newRow("times the keep-alive and the zeroed limits")
        << pylon << 600.0 << "one 0 7; zero 7 10; ka 0 10; saw 11 inverter-stopped; steps 12; one 20 40; ka 20 40; one 50 80; ka 50 80"
        << 90.0 << "passed" << ""
        << words("baseline limits-zeroed inverter-observed broadcast-silent keep-alive-gone master-heard limits-back keep-alive-back one-master drill-passed")
        << words("two-masters") << 11.0;
    QTest::newRow("two masters before the drill: no drill")
        << pylon << 600.0 << "two 0 20" << 30.0 << "failed" << "two-masters-at-start" << words("drill-started two-masters drill-failed")
        << words("baseline instruction:switch-off-master") << -1.0;
    QTest::newRow("nothing heard: no drill")
        << pylon << 600.0 << "" << 40.0 << "failed" << "no-master-at-start" << words("drill-started drill-failed")
        << words("baseline instruction:switch-off-master") << -1.0;
    QTest::newRow("abort before any step: the master back on")
        << pylon << 600.0 << "one 0 10; abort 11; steps 11; one 15 40" << 50.0 << "aborted" << "aborted"
        << words("instruction:switch-off-master aborted restore-started instruction:restore-master step-done:restore-master restored drill-aborted")
        << words("instruction:isolate drill-passed") << -1.0;
    QTest::newRow("abort in the procedure: the planner's restore")
        << pylon << 600.0 << "one 0 10; steps 12; abort 13.2; one 20 40" << 50.0 << "aborted" << "aborted"
        << words("broadcast-silent step-done:isolate aborted restore-started instruction:isolate instruction:unplug-standin-inverter instruction:plug-repaired-inverter restored drill-aborted")
        << words("instruction:restore-master one-master drill-passed") << -1.0;
    QTest::newRow("past the limit: the master never switched off")
        << pylon << 20.0 << "one 0 60; steps 0" << 60.0 << "aborted" << "limit"
        << words("instruction:switch-off-master limit-reached instruction:restore-master restored drill-aborted")
        << words("broadcast-silent drill-passed") << -1.0;
    QTest::newRow("abort during the restore goes on with the restore")
        << pylon << 600.0 << "one 0 10; steps 12; one 20 40; abort 33; one 50 80" << 90.0 << "passed" << ""
        << words("restore-started abort-during-restore restored drill-passed") << words("aborted") << 11.0;
    QTest::newRow("two masters in the drill: stand-in unplugged, restore, failed")
        << pylon << 600.0 << "one 0 10; steps 12; two 20 25; one 50 80" << 90.0 << "failed" << "two-masters"
        << words("broadcast-silent two-masters restore-started step-done:two-masters restored drill-failed")
        << words("drill-passed one-master") << -1.0;
    // P1 comes back at 13 s, while the steps run: the plug step waits until it is silent again.
    QTest::newRow("the stand-in's step is held while the master is heard")
        << pylon << 600.0 << "one 0 10; steps 12; one 13 18; one 25 45; one 55 85" << 95.0 << "passed" << ""
        << words("broadcast-silent master-heard step-held:plug-standin-inverter broadcast-silent instruction:plug-standin-inverter one-master drill-passed")
        << words("two-masters") << 16.0;
    QTest::newRow("RS485: collisions at the master's address are two masters")
        << pylon << 600.0 << "ans 0 10; steps 12; ans 20 30; col 25 27; ans 45 75" << 85.0 << "failed" << "two-masters"
        << words("baseline broadcast-silent master-heard two-masters restored drill-failed") << words("drill-passed") << -1.0;
    QTest::newRow("single master (JK-B): the stand-in set in the app takes over")
        << jk << 600.0 << "one 0 10; steps 12; one 20 40; one 50 80" << 90.0 << "passed" << ""
        << words("baseline broadcast-silent instruction:unplug-failed-inverter one-master restore-started restored drill-passed")
        << words("two-masters step-refused") << 11.0;
}

void TestFailoverDrill::drill()
{
    QFETCH(QString, plan);
    QFETCH(double, limitS);
    QFETCH(QString, script);
    QFETCH(double, endS);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QStringList, timeline);
    QFETCH(QStringList, absent);
    QFETCH(double, restoredAfterS);

    const CommissioningPlan p = example(plan);
    FailoverDrill::Settings settings;
    settings.limitS = limitS;
    FailoverDrill drill(p, procedureOf(p), settings);
    run(drill, parse(script), endS);
    const QStringList have = events(drill);
    QVERIFY2(drill.finished(), qPrintable(have.join(QLatin1Char(' '))));
    QCOMPARE(drill.result(), result);
    QCOMPARE(drill.reason(), reason);
    QVERIFY2(inOrder(have, timeline), qPrintable(have.join(QLatin1Char(' '))));
    for (const QString &a : absent)
        QVERIFY2(!have.contains(a), qPrintable(a + QStringLiteral(" in ") + have.join(QLatin1Char(' '))));
    if (restoredAfterS < 0)
        QVERIFY(!drill.restoredAfterS() || result != QLatin1String("passed"));
    else
        QCOMPARE(drill.restoredAfterS().value_or(-1), restoredAfterS);
    // The timeline is in order and the plan's strict reader takes the record back.
    const DrillRecord record = drill.record(QStringLiteral("2026-12-01T12:00:00Z"));
    const CommissioningPlan with = FailoverDrill::withRecord(p, record);
    const auto back = PlanJson::parse(PlanJson::write(with), catalogue());
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    const auto read = FailoverRecord::of(*back);
    QVERIFY(read && read->drill);
    QCOMPARE(*read->drill, record);
    // Only a passed drill proves anything; it proves the stand-in takes over.
    QCOMPARE(record.proved.contains(QLatin1String(FailoverFacts::kStandInTakesOver)), result == QLatin1String("passed"));
}

void TestFailoverDrill::stepThatMakesTwoMastersIsNeverGiven()
{
    // A procedure with the stand-in's cable in before the failed master's is out: the drill refuses
    // the step (FailoverBus) and goes to the restore instead.
    const CommissioningPlan p = example(QStringLiteral("pylontech-3pack-deye.json"));
    FailoverProcedure procedure = procedureOf(p);
    int plug = -1, unplug = -1;
    for (int i = 0; i < procedure.steps.size(); ++i) {
        if (procedure.steps[i].code == QLatin1String("plug-standin-inverter"))
            plug = i;
        if (procedure.steps[i].code == QLatin1String("unplug-failed-inverter"))
            unplug = i;
    }
    QVERIFY(plug > unplug && unplug > 0);
    procedure.steps.move(plug, unplug);
    FailoverDrill drill(p, procedure, {});
    const QStringList given = run(drill, parse(QStringLiteral("one 0 10; steps 12; one 30 60")), 70.0);
    QVERIFY2(!given.contains(QLatin1String("plug-standin-inverter")), qPrintable(given.join(QLatin1Char(' '))));
    QVERIFY(events(drill).contains(QLatin1String("step-refused")));
    QCOMPARE(drill.result(), QStringLiteral("failed"));
    QCOMPARE(drill.reason(), QStringLiteral("step-refused"));
}

void TestFailoverDrill::provedStepsPrintOnTheCard()
{
    const CommissioningPlan p = example(QStringLiteral("pylontech-3pack-deye.json"));
    const auto before = FailoverPlanner::plan(p, catalogue());
    QVERIFY(before);
    auto basisOf = [](const FailoverProcedure &procedure, const QString &code) {
        for (const FailoverStep &s : procedure.steps)
            if (s.code == code)
                return s.basis;
        return StepBasis::SafeAction;
    };
    QCOMPARE(basisOf(before->procedure, QStringLiteral("plug-standin-inverter")), StepBasis::Unverified);
    const int printedBefore = before->procedure.printableSteps();

    FailoverDrill drill(p, before->procedure, {});
    run(drill, parse(QStringLiteral("one 0 10; steps 12; one 20 40; one 50 80")), 90.0);
    QCOMPARE(drill.result(), QStringLiteral("passed"));
    const CommissioningPlan with = FailoverDrill::withRecord(p, drill.record(QStringLiteral("2026-12-01T12:00:00Z")));
    const auto after = FailoverPlanner::plan(with, catalogue());
    QVERIFY(after);
    QCOMPARE(basisOf(after->procedure, QStringLiteral("plug-standin-inverter")), StepBasis::ProvedByDrill);
    QCOMPARE(after->procedure.printableSteps(), after->procedure.steps.size());
    QVERIFY(after->procedure.printableSteps() > printedBefore);
    QCOMPARE(after->procedure.drillResult, QStringLiteral("passed"));

    // An aborted drill proves nothing: the step stays "ask your installer".
    FailoverDrill aborted(p, before->procedure, {});
    run(aborted, parse(QStringLiteral("one 0 10; steps 12; abort 13.2; one 20 40")), 50.0);
    QCOMPARE(aborted.result(), QStringLiteral("aborted"));
    const auto afterAbort = FailoverPlanner::plan(FailoverDrill::withRecord(p, aborted.record(QStringLiteral("2026-12-01T12:00:00Z"))), catalogue());
    QVERIFY(afterAbort);
    QCOMPARE(basisOf(afterAbort->procedure, QStringLiteral("plug-standin-inverter")), StepBasis::Unverified);
}

void TestFailoverDrill::gxDrill_data()
{
    QTest::addColumn<double>("limitS");
    QTest::addColumn<QString>("script");
    QTest::addColumn<double>("endS");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("timeline"); // these events, in this order
    QTest::addColumn<QStringList>("absent");   // and none of these
    QTest::addColumn<int>("failedSetLimits");  // -1: no bank view recorded

    // P1 (the BMS taken off) broadcasts until 10 s, P2 throughout; P1 back from 40 s.
    QTest::newRow("passes: one BMS off, the other carries on, both back")
        << 600.0 << "bms P1 0 10; bms P2 0 80; gxka P1 0 10; gxka P2 0 80; steps 12; bms P1 40 80" << 90.0 << "passed" << ""
        << words("drill-started gx-baseline bank-before instruction:gx-switch-off bms-silent instruction:gx-listen bank-after carries-on "
                 "restore-started instruction:restore-bms step-done:restore-bms instruction:gx-wait-all bms-heard all-bms-heard drill-passed")
        << words("bms-lost keep-alive-gone limits-zeroed two-senders limit-reached") << 0;
    QTest::newRow("the BMS taken off set the limits")
        << 600.0 << "bms P1 0 10 30; bms P2 0 80; steps 12; bms P1 40 80 30" << 90.0 << "passed" << ""
        << words("gx-baseline bank-before bms-silent bank-after carries-on all-bms-heard drill-passed") << words("bms-lost") << 1;
    QTest::newRow("abort while the BMS is off: back on, every BMS heard")
        << 600.0 << "bms P1 0 10; bms P2 0 80; steps 12; abort 14; bms P1 30 80" << 90.0 << "aborted" << "aborted"
        << words("bms-silent aborted restore-started instruction:restore-bms step-done:restore-bms instruction:gx-wait-all all-bms-heard drill-aborted")
        << words("carries-on drill-passed") << -2;
    QTest::newRow("abort before the drill asks anything")
        << 600.0 << "bms P1 0 80; bms P2 0 80; abort 2" << 10.0 << "aborted" << "aborted" << words("drill-started aborted drill-aborted")
        << words("gx-baseline restore-started") << -1;
    QTest::newRow("another BMS goes silent: no carrying on, both back")
        << 600.0 << "bms P1 0 10; bms P2 0 14; steps 12; bms P1 30 80; bms P2 30 80" << 90.0 << "failed" << "other-bms-lost"
        << words("bms-silent bms-lost restore-started instruction:restore-bms all-bms-heard drill-failed") << words("carries-on drill-passed") << -2;
    QTest::newRow("the GX stops its keep-alive: failed")
        << 600.0 << "bms P1 0 10; bms P2 0 80; gxka P1 0 10; gxka P2 0 15; steps 12; bms P1 30 80" << 90.0 << "failed" << "gx-stopped"
        << words("bms-silent keep-alive-gone restore-started all-bms-heard drill-failed") << words("carries-on drill-passed") << -2;
    QTest::newRow("limits zero without the BMS: failed")
        << 600.0 << "bms P1 0 10; bms P2 0 80 0; steps 12; bms P1 40 80" << 90.0 << "failed" << "limits-zero"
        << words("bms-silent bank-after limits-zeroed restore-started all-bms-heard drill-failed") << words("carries-on drill-passed") << 0;
    QTest::newRow("two senders on a port before the drill: no drill")
        << 600.0 << "bms P1 0 20; bms P2 0 20; dup P2 0 20" << 30.0 << "failed" << "two-senders-at-start" << words("drill-started two-senders drill-failed")
        << words("gx-baseline instruction:gx-switch-off") << -1;
    QTest::newRow("a BMS not heard: no drill")
        << 600.0 << "bms P1 0 40" << 40.0 << "failed" << "bms-missing-at-start" << words("drill-started drill-failed")
        << words("gx-baseline instruction:gx-switch-off") << -1;
    QTest::newRow("past the limit: the BMS never switched off")
        << 30.0 << "bms P1 0 80; bms P2 0 80; steps 0" << 80.0 << "aborted" << "limit"
        << words("instruction:gx-switch-off limit-reached restore-started instruction:restore-bms all-bms-heard drill-aborted")
        << words("bms-silent carries-on drill-passed") << -2;
}

void TestFailoverDrill::gxDrill()
{
    QFETCH(double, limitS);
    QFETCH(QString, script);
    QFETCH(double, endS);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QStringList, timeline);
    QFETCH(QStringList, absent);
    QFETCH(int, failedSetLimits);

    const CommissioningPlan p = example(QStringLiteral("victron-gx-2bms.json"));
    const FailoverProcedure procedure = procedureOf(p);
    QCOMPARE(procedure.kind, FailoverKind::Aggregator);
    QCOMPARE(procedure.failed, QStringLiteral("P1"));
    QVERIFY(!FailoverDrill::unsupported(procedure));
    FailoverDrill::Settings settings;
    settings.limitS = limitS;
    FailoverDrill drill(p, procedure, settings);
    const QStringList given = run(drill, parse(script), endS);
    const QStringList have = events(drill);
    QVERIFY2(drill.finished(), qPrintable(have.join(QLatin1Char(' '))));
    QCOMPARE(drill.result(), result);
    QCOMPARE(drill.reason(), reason);
    QVERIFY2(inOrder(have, timeline), qPrintable(have.join(QLatin1Char(' '))));
    for (const QString &a : absent)
        QVERIFY2(!have.contains(a), qPrintable(a + QStringLiteral(" in ") + have.join(QLatin1Char(' '))));
    // Never a master step: nothing to promote on a GX bank.
    for (const QString &g : given)
        QVERIFY2(!g.contains(QLatin1String("master")) && !g.contains(QLatin1String("stand-in")), qPrintable(g));

    const DrillRecord record = drill.record(QStringLiteral("2026-12-01T12:00:00Z"));
    if (failedSetLimits == -1) {
        QVERIFY(!record.bank);
    } else {
        QVERIFY(record.bank);
        QCOMPARE(record.bank->failed, QStringLiteral("P1"));
        QCOMPARE(record.bank->before.online, 2);
        QCOMPARE(record.bank->before.capacityAh.value_or(-1), 300.0);
        if (failedSetLimits >= 0) {
            // While P1 was off the aggregation core offers P2 alone: its capacity and its limits.
            QVERIFY(record.bank->after);
            QCOMPARE(record.bank->after->online, 1);
            QCOMPARE(record.bank->after->capacityAh.value_or(-1), 100.0);
            QCOMPARE(record.bank->after->cclFrom, QStringLiteral("P2"));
            QCOMPARE(record.bank->after->cvlV.value_or(-1), 54.0);
            QCOMPARE(int(record.bank->failedSetLimits()), failedSetLimits);
            if (failedSetLimits == 1) {
                // P1's 30 A governed: 2 x 30 A before, P2's own 50 A after.
                QCOMPARE(record.bank->before.cclFrom, QStringLiteral("P1"));
                QCOMPARE(record.bank->before.cclA.value_or(-1), 60.0);
                QCOMPARE(record.bank->after->cclA.value_or(-1), 50.0);
            } else if (result == QLatin1String("passed")) {
                QCOMPARE(record.bank->before.cclA.value_or(-1), 100.0);
                QCOMPARE(record.bank->before.cclFrom, QStringLiteral("P2"));
                QCOMPARE(record.bank->after->cclA.value_or(-1), 50.0);
            }
        }
    }
    // The plan's strict reader takes the record back, bank view and all.
    const auto back = PlanJson::parse(PlanJson::write(FailoverDrill::withRecord(p, record)), catalogue());
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    const auto read = FailoverRecord::of(*back);
    QVERIFY(read && read->drill);
    QCOMPARE(*read->drill, record);
    // A passed GX drill proves the system carries on, and nothing about stand-ins.
    QCOMPARE(record.proved.contains(QLatin1String(FailoverFacts::kCarriesOn)), result == QLatin1String("passed"));
    QVERIFY(!record.proved.contains(QLatin1String(FailoverFacts::kStandInTakesOver)));
}

void TestFailoverDrill::gxDrillProvesTheSystemCarriesOn()
{
    // "The system carries on" prints as a step only after a passed drill on this site.
    const CommissioningPlan p = example(QStringLiteral("victron-gx-2bms.json"));
    const auto before = FailoverPlanner::plan(p, catalogue());
    QVERIFY(before);
    auto carriesOn = [](const FailoverProcedure &procedure) {
        for (int i = 0; i < procedure.steps.size(); ++i)
            if (procedure.steps[i].code == QLatin1String("carries-on"))
                return i;
        return -1;
    };
    const int at = carriesOn(before->procedure);
    QVERIFY(at > 0);
    QCOMPARE(before->procedure.steps[at].basis, StepBasis::Unverified);
    QVERIFY(before->procedure.printableSteps() <= at);

    const QString script = QStringLiteral("bms P1 0 10; bms P2 0 80; steps 12; bms P1 40 80");
    FailoverDrill passed(p, before->procedure, {});
    run(passed, parse(script), 90.0);
    QCOMPARE(passed.result(), QStringLiteral("passed"));
    const auto after = FailoverPlanner::plan(FailoverDrill::withRecord(p, passed.record(QStringLiteral("2026-12-01T12:00:00Z"))), catalogue());
    QVERIFY(after);
    QCOMPARE(after->procedure.steps[at].basis, StepBasis::ProvedByDrill);
    QCOMPARE(after->procedure.printableSteps(), after->procedure.steps.size());

    for (const char *other : {"bms P1 0 10; bms P2 0 80; steps 12; abort 14; bms P1 30 80", "bms P1 0 10; bms P2 0 14; steps 12; bms P1 30 80; bms P2 30 80"}) {
        FailoverDrill drill(p, before->procedure, {});
        run(drill, parse(QString::fromLatin1(other)), 90.0);
        QVERIFY(drill.result() != QLatin1String("passed"));
        const auto plan = FailoverPlanner::plan(FailoverDrill::withRecord(p, drill.record(QStringLiteral("2026-12-01T12:00:00Z"))), catalogue());
        QVERIFY(plan);
        QCOMPARE(plan->procedure.steps[at].basis, StepBasis::Unverified);
    }
}

void TestFailoverDrill::unsupportedBanks_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("keepPacks"); // the plan's first packs kept, 0: all
    QTest::addColumn<QString>("reason");
    // A GX bank with one BMS has nothing to carry on with.
    QTest::newRow("GX peer-to-peer with one BMS") << "victron-gx-2bms.json" << 1 << "aggregator";
}

void TestFailoverDrill::unsupportedBanks()
{
    QFETCH(QString, plan);
    QFETCH(int, keepPacks);
    QFETCH(QString, reason);
    CommissioningPlan p = example(plan);
    if (keepPacks > 0)
        p.packs = p.packs.mid(0, keepPacks);
    const FailoverProcedure procedure = procedureOf(p);
    QCOMPARE(FailoverDrill::unsupported(procedure).value_or(QString()), reason);
    FailoverDrill drill(p, procedure, {});
    drill.start(0.0);
    QVERIFY(drill.finished());
    QCOMPARE(drill.result(), QStringLiteral("failed"));
    QCOMPARE(drill.reason(), reason);
    QVERIFY(drill.record({}).proved.isEmpty());
}

void TestFailoverDrill::stepsNameTheSitesOrders()
{
    const CommissioningPlan p = example(QStringLiteral("pylontech-3pack-deye.json"));
    const FailoverProcedure procedure = procedureOf(p);
    QString isolate, powerUp, unplug;
    for (const FailoverStep &s : procedure.steps) {
        if (s.code == QLatin1String("isolate"))
            isolate = FailoverDrill::stepDetail(p, s);
        if (s.code == QLatin1String("power-up"))
            powerUp = FailoverDrill::stepDetail(p, s);
        if (s.code == QLatin1String("unplug-failed-inverter"))
            unplug = FailoverDrill::stepDetail(p, s);
    }
    QVERIFY2(isolate.startsWith(QLatin1String("This site's isolation order: 1. ")), qPrintable(isolate));
    QVERIFY2(isolate.contains(p.isolationOrder.steps.first().text), qPrintable(isolate));
    QVERIFY2(powerUp.startsWith(QLatin1String("This site's power-up order: 1. ")), qPrintable(powerUp));
    QVERIFY(unplug.isEmpty());
    // The timeline says what the installer was told, in words.
    FailoverDrill drill(p, procedure, {});
    run(drill, parse(QStringLiteral("one 0 10")), 8.0);
    QStringList told;
    for (const DrillEvent &e : drill.timeline())
        if (e.event == QLatin1String("instruction"))
            told.append(FailoverDrill::eventText(e));
    QCOMPARE(told, QStringList{QStringLiteral("Told: Switch off the master P1 now (or pull its inverter cable). BankScope listens for the bus to go silent.")});
}

void TestFailoverDrill::consequenceNamesTheSite()
{
    CommissioningPlan p = example(QStringLiteral("pylontech-3pack-deye.json"));
    // The example site has BMS_Err_Stop off.
    const QString runs = FailoverDrill::consequence(procedureOf(p), 300.0);
    QVERIFY2(runs.contains(QLatin1String("up to 5 minutes")), qPrintable(runs));
    QVERIFY2(runs.contains(QLatin1String("With BMS_Err_Stop off (as set here) it keeps running")), qPrintable(runs));
    p.inverter.commLossSettingValue.clear();
    const QString unknown = FailoverDrill::consequence(procedureOf(p), 60.0);
    QVERIFY2(unknown.contains(QLatin1String("up to a minute")), qPrintable(unknown));
    QVERIFY2(unknown.contains(QLatin1String("depends on its BMS_Err_Stop setting")), qPrintable(unknown));
    p.inverter.commLossSettingValue = QStringLiteral("on");
    const QString stops = FailoverDrill::consequence(procedureOf(p), 600.0);
    QVERIFY2(stops.contains(QLatin1String("up to 10 minutes")), qPrintable(stops));
    QVERIFY2(stops.contains(QLatin1String("the loads go dark unless the grid feeds them")), qPrintable(stops));
}

QTEST_GUILESS_MAIN(TestFailoverDrill)
#include "tst_failoverdrill.moc"
