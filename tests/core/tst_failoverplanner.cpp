// The failover planner: golden procedures for every architecture (failover and restore, each step
// with its basis, its "if not" branch and the state of the buses after it), each checked step by step
// for the two-masters rule; the checker itself caught on wrong procedures; a fact neither documented
// nor confirmed never printed as a step; the plan fields the card cannot do without; the plan's
// failover record read strictly.

#include "failoverbus.h"
#include "failoverplanner.h"
#include "failovertexts.h"
#include "planner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

QList<PlanBattery> batteries(const QString &spec)
{
    QList<PlanBattery> out;
    for (const QString &item : spec.split(QLatin1Char(','))) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        const auto ref = Planner::batteryRef(item.left(colon), catalogue());
        out.append({ref ? *ref : ModelRef{item.left(colon), {}}, item.mid(colon + 1).toInt()});
    }
    return out;
}

// A planned bank with the contact and this site's orders, as an installer enters them.
CommissioningPlan planned(const QString &spec, const QString &inverter, const QString &firmware = {}, bool releaseNotes = false)
{
    PlanRequest r;
    r.batteries = batteries(spec);
    r.inverter = *Planner::inverterRef(inverter, catalogue());
    r.inverterFirmware = firmware;
    r.releaseNotesChecked = releaseNotes;
    r.site = QStringLiteral("Golden test site");
    r.installer = QStringLiteral("Adaeze Okafor");
    r.phone = QStringLiteral("+234 803 555 0101");
    r.isolationOrder = Planner::parseOrder(QStringLiteral("Switch the inverter off [INV-1]; Open the battery DC breaker [Q2]"));
    r.powerUpOrder = Planner::parseOrder(QStringLiteral("Close the battery DC breaker [Q2]; Switch the inverter on [INV-1]"));
    r.created = QStringLiteral("2026-12-01T10:00:00Z");
    const auto p = Planner::plan(r, catalogue());
    if (!p)
        qFatal("%s on %s: %s", qPrintable(spec), qPrintable(inverter), qPrintable(p.error().toString()));
    return *p;
}

void confirm(CommissioningPlan &plan, const QStringList &facts)
{
    QJsonArray list = plan.failover.value(QStringLiteral("confirmed")).toArray();
    for (const QString &f : facts)
        list.append(QJsonObject{{QStringLiteral("fact"), f}, {QStringLiteral("by"), QStringLiteral("A. Okafor")},
                                {QStringLiteral("at"), QStringLiteral("2026-12-01T11:00:00Z")}});
    plan.failover.insert(QStringLiteral("confirmed"), list);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/failover/") + name;
}

QString stepLine(int index, const FailoverStep &s, const FailoverBus::State &after)
{
    QString out = QStringLiteral("  %1. %2").arg(index + 1).arg(s.code);
    if (!s.args.isEmpty())
        out += QStringLiteral(" [%1]").arg(s.args.join(QStringLiteral(", ")));
    out += QStringLiteral(" {%1").arg(StepBasisNames::name(s.basis));
    if (!s.fact.isEmpty())
        out += QStringLiteral(" %1 %2").arg(s.fact, ConfidenceNames::name(s.confidence));
    out += QLatin1Char('}');
    if (!s.ifNot.isEmpty())
        out += QStringLiteral(" if-not:%1").arg(s.ifNot);
    out += QStringLiteral("\n     %1\n     bus: %2\n").arg(FailoverTexts::step(s).english, after.describe());
    return out;
}

// The procedure as a reader checks it: every step, why it may be printed, the bus after it.
QString describe(const FailoverPlanner::Result &r)
{
    const FailoverProcedure &p = r.procedure;
    QString out;
    out += QStringLiteral("kind: %1%2\n").arg(FailoverKindNames::name(p.kind), p.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.reason));
    out += QStringLiteral("failed: %1, stand-in: %2\n").arg(p.failed, p.standIn.isEmpty() ? QStringLiteral("-") : p.standIn);
    if (!p.otherMasters.isEmpty())
        out += QStringLiteral("other masters: %1\n").arg(p.otherMasters.join(QStringLiteral(", ")));
    out += QStringLiteral("start bus: %1\n").arg(r.proof.start.describe());
    out += QStringLiteral("failover (%1 of %2 printed):\n").arg(p.printableSteps()).arg(p.steps.size());
    for (int i = 0; i < p.steps.size(); ++i)
        out += stepLine(i, p.steps[i], r.proof.failover.states.value(i));
    out += QStringLiteral("restore:\n");
    for (int i = 0; i < p.restore.size(); ++i)
        out += stepLine(i, p.restore[i], r.proof.restore.states.value(i));
    auto lineText = [](const FailoverLine &l) {
        return QStringLiteral("%1 (%2): %3").arg(l.code, ConfidenceNames::name(l.confidence), FailoverTexts::line(l).english);
    };
    out += QStringLiteral("meanwhile: %1\n").arg(lineText(p.meanwhile));
    if (p.voltageGuess)
        out += QStringLiteral("voltage guess: %1\n").arg(lineText(*p.voltageGuess));
    out += QStringLiteral("deadline: %1\n").arg(lineText(p.deadline));
    out += QStringLiteral("inverter setting: %1\n").arg(p.inverterSetting ? lineText(*p.inverterSetting) : QStringLiteral("ask your installer"));
    for (const FailoverLine &l : p.dont)
        out += QStringLiteral("do not: %1\n").arg(lineText(l));
    for (const FailoverLine &l : p.callWhen)
        out += QStringLiteral("call when: %1\n").arg(lineText(l));
    for (const SeeDoRow &row : p.seeDo)
        out += QStringLiteral("see: %1 -> %2 (%3)\n").arg(row.see, row.todo, ConfidenceNames::name(row.confidence));
    QStringList map;
    for (const MapUnit &u : p.map)
        map.append(QStringLiteral("%1:%2%3").arg(u.id, u.role, u.inverterCable ? QStringLiteral("+inverter") : QString()));
    out += QStringLiteral("map: %1\n").arg(map.join(QLatin1Char(' ')));
    out += QStringLiteral("two-masters proof: %1\n").arg(r.proof.ok() ? QStringLiteral("ok") : QStringLiteral("VIOLATED"));
    return out;
}

using Edit = std::function<void(CommissioningPlan &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(QList<BusAction>)

class TestFailoverPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }
    void golden_data();
    void golden();
    void unconfirmedFactIsNoStep();
    void checkerCatchesWrongProcedures_data();
    void checkerCatchesWrongProcedures();
    void missingFields_data();
    void missingFields();
    void peerToPeerNeedsNoStandIn();
    void failoverRecord_data();
    void failoverRecord();
    void recordRoundTrip();
};

void TestFailoverPlanner::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<Edit>("edit");
    const Edit none = [](CommissioningPlan &) {};
    QTest::newRow("Pylontech US3000C x3 on a Deye (CAN), nothing confirmed") << "pylontech-3-deye" << "pylontech-us3000c:3" << "deye-sun-sg" << none;
    QTest::newRow("Pylontech US3000C x3 on a Deye, master by cable confirmed, BMS_Err_Stop on")
        << "pylontech-3-deye-confirmed" << "pylontech-us3000c:3" << "deye-sun-sg" << Edit([](CommissioningPlan &p) {
               confirm(p, {QLatin1String(FailoverFacts::kMasterByCable)});
               p.inverter.commLossSettingValue = QStringLiteral("on");
           });
    QTest::newRow("Pylontech on an Easun (RS485, group 1), switch 1 not matched")
        << "pylontech-2-easun-rs485" << "pylontech-us3000c:2" << "easun-smx-ii"
        << Edit([](CommissioningPlan &p) { confirm(p, {QLatin1String(FailoverFacts::kMasterByCable)}); });
    QTest::newRow("Pylontech on an Easun (RS485, group 1), switch 1 matched to 9600")
        << "pylontech-2-easun-rs485-9600" << "pylontech-us3000c:2" << "easun-smx-ii" << Edit([](CommissioningPlan &p) {
               confirm(p, {QLatin1String(FailoverFacts::kMasterByCable)});
               for (PlanPack &pk : p.packs)
                   pk.dip[0] = QLatin1Char('1');
           });
    QTest::newRow("Pylontech US2000C x10 in two groups on a Growatt SPF")
        << "pylontech-10-growatt-groups" << "pylontech-us2000c:10" << "growatt-spf"
        << Edit([](CommissioningPlan &p) { confirm(p, {QLatin1String(FailoverFacts::kMasterByCable)}); });
    QTest::newRow("Pylontech Force-H2 (high voltage)") << "force-h2-deye" << "pylontech-force-h2:2" << "deye-sun-sg" << none;
    QTest::newRow("BYD LVS (a BMU) on a Victron GX") << "byd-lvs-gx" << "byd-lvs:4" << "victron-gx" << none;
    QTest::newRow("one Pylontech module") << "pylontech-1-deye" << "pylontech-us3000c:1" << "deye-sun-sg" << none;
    QTest::newRow("JK-PB x3 on a Deye, nothing confirmed") << "jk-pb-3-deye" << "jk-pb:3" << "deye-sun-sg" << none;
    QTest::newRow("JK-PB x3 on a Deye, confirmed") << "jk-pb-3-deye-confirmed" << "jk-pb:3" << "deye-sun-sg" << Edit([](CommissioningPlan &p) {
        confirm(p, {QLatin1String(FailoverFacts::kJkDipMaster), QLatin1String(FailoverFacts::kJkDipAtPowerUp),
                    QLatin1String(FailoverFacts::kStandInPortProtocol)});
    });
    QTest::newRow("JK-PB x3, the master cabled in the middle of the chain")
        << "jk-pb-3-master-in-middle" << "jk-pb:3" << "growatt-spf" << Edit([](CommissioningPlan &p) {
               p.pack(QStringLiteral("P1"));
               for (PlanPack &pk : p.packs)
                   pk.chainPosition = pk.id == QLatin1String("P1") ? 2 : pk.id == QLatin1String("P2") ? 1 : 3;
               confirm(p, {QLatin1String(FailoverFacts::kJkDipMaster), QLatin1String(FailoverFacts::kJkDipAtPowerUp),
                           QLatin1String(FailoverFacts::kStandInPortProtocol)});
           });
    QTest::newRow("JK-B x2 on a Deye (single master)") << "jk-b-2-deye" << "jk-b:2" << "deye-sun-sg" << none;
    QTest::newRow("JK-B x2, the stand-in set ahead") << "jk-b-2-deye-preset" << "jk-b:2" << "deye-sun-sg"
                                                      << Edit([](CommissioningPlan &p) { confirm(p, {QLatin1String(FailoverFacts::kStandInPreset)}); });
    QTest::newRow("CAN BMS x2 on a Deye (single master, no addresses)") << "can-bms-2-deye" << "can-bms-victron:2" << "deye-sun-sg" << none;
    QTest::newRow("CAN BMS x2 on a Victron GX, no drill") << "victron-gx-2" << "can-bms-victron:2" << "victron-gx" << none;
    QTest::newRow("CAN BMS x3 on a Victron GX, the drill passed")
        << "victron-gx-3-drill" << "can-bms-victron:3" << "victron-gx" << Edit([](CommissioningPlan &p) {
               p.failover.insert(QStringLiteral("drill"),
                                 QJsonObject{{QStringLiteral("result"), QStringLiteral("passed")},
                                             {QStringLiteral("at"), QStringLiteral("2026-12-01T12:00:00Z")},
                                             {QStringLiteral("proved"), QJsonArray{QLatin1String(FailoverFacts::kCarriesOn)}},
                                             {QStringLiteral("timeline"),
                                              QJsonArray{QJsonObject{{QStringLiteral("at_s"), 0}, {QStringLiteral("event"), QStringLiteral("bms-off")}},
                                                         QJsonObject{{QStringLiteral("at_s"), 12.5}, {QStringLiteral("event"), QStringLiteral("gx-drops-bms")}}}}});
           });
}

void TestFailoverPlanner::golden()
{
    QFETCH(QString, name);
    QFETCH(QString, spec);
    QFETCH(QString, inverter);
    QFETCH(Edit, edit);
    CommissioningPlan plan = planned(spec, inverter);
    edit(plan);
    const auto result = FailoverPlanner::plan(plan, catalogue());
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));

    // Every step of both procedures, with the bus after it, holds the two-masters rule.
    QVERIFY2(result->proof.failover.ok(), qPrintable(result->proof.failover.violations.value(0).toString()));
    QVERIFY2(result->proof.restore.ok(), qPrintable(result->proof.restore.violations.value(0).toString()));
    QCOMPARE(result->proof.failover.states.size(), result->procedure.steps.size());
    for (const FailoverBus::State &s : result->proof.failover.states) {
        QVERIFY(s.mastersTowardsInverter().size() <= 1 || s.kind == FailoverKind::Aggregator);
        for (const auto &bus : s.packBuses())
            QVERIFY2(bus.second.size() <= 1, qPrintable(s.describe()));
    }

    const QString text = QStringLiteral("# Failover golden: %1 (%2 on %3). Regenerate: tests/data/failover/README.md\n").arg(name, spec, inverter)
        + describe(*result);
    const QString path = dataPath(name + QStringLiteral(".procedure.txt"));
    if (qEnvironmentVariableIsSet("BANKSCOPE_REGENERATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        qInfo("regenerated %s", qPrintable(path));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing (tests/data/failover/README.md)")));
    const QStringList a = text.split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            QFAIL(qPrintable(QStringLiteral("the procedure changed at line %1:\n  golden: %2\n  now:    %3").arg(i + 1).arg(b.value(i), a.value(i))));
    }
}

void TestFailoverPlanner::unconfirmedFactIsNoStep()
{
    // US/UP: "the master is the unit carrying the inverter cable" is uncertain in the fact sheet.
    CommissioningPlan plan = planned(QStringLiteral("pylontech-us3000c:3"), QStringLiteral("deye-sun-sg"));
    auto r = FailoverPlanner::plan(plan, catalogue());
    QVERIFY(r);
    const int printable = r->procedure.printableSteps();
    QVERIFY(printable < r->procedure.steps.size());
    QCOMPARE(r->procedure.steps[printable].code, QStringLiteral("plug-standin-inverter"));
    QCOMPARE(r->procedure.steps[printable].basis, StepBasis::Unverified);
    for (int i = 0; i < printable; ++i)
        QVERIFY2(r->procedure.steps[i].basis != StepBasis::Unverified && r->procedure.steps[i].fact.isEmpty(), qPrintable(r->procedure.steps[i].code));
    // Confirmed by the installer, or proved by the drill: printed, with the basis it rests on.
    confirm(plan, {QLatin1String(FailoverFacts::kMasterByCable)});
    r = FailoverPlanner::plan(plan, catalogue());
    QCOMPARE(r->procedure.printableSteps(), r->procedure.steps.size());
    QCOMPARE(r->procedure.steps[printable].basis, StepBasis::ConfirmedOnSite);
    CommissioningPlan drilled = planned(QStringLiteral("pylontech-us3000c:3"), QStringLiteral("deye-sun-sg"));
    drilled.failover.insert(QStringLiteral("drill"), QJsonObject{{QStringLiteral("result"), QStringLiteral("passed")},
                                                                 {QStringLiteral("proved"), QJsonArray{QLatin1String(FailoverFacts::kMasterByCable)}},
                                                                 {QStringLiteral("restored_after_s"), 95}});
    r = FailoverPlanner::plan(drilled, catalogue());
    QCOMPARE(r->procedure.steps[printable].basis, StepBasis::ProvedByDrill);
    QCOMPARE(r->procedure.steps.last().code, QStringLiteral("check-inverter"));
    QCOMPARE(r->procedure.steps.last().args, QStringList{QStringLiteral("2")}); // 95 s: within 2 minutes
    // An aborted drill proves nothing.
    CommissioningPlan aborted = planned(QStringLiteral("pylontech-us3000c:3"), QStringLiteral("deye-sun-sg"));
    aborted.failover.insert(QStringLiteral("drill"), QJsonObject{{QStringLiteral("result"), QStringLiteral("aborted")},
                                                                 {QStringLiteral("proved"), QJsonArray{QLatin1String(FailoverFacts::kMasterByCable)}}});
    r = FailoverPlanner::plan(aborted, catalogue());
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("failover.drill.proved"));
    // The seed's "set the stand-in's switch 1 to master" never becomes a step: no step sets a
    // switch to make a unit master, and the card says no switch does.
    confirm(plan, {});
    r = FailoverPlanner::plan(plan, catalogue());
    for (const FailoverStep &s : r->procedure.steps)
        QVERIFY2(!FailoverTexts::step(s).english.contains(QStringLiteral("switch 1 to OFF")), qPrintable(s.code));
    bool saysNoMasterSwitch = false;
    for (const FailoverLine &l : r->procedure.dont)
        saysNoMasterSwitch = saysNoMasterSwitch || l.code == QLatin1String("no-master-switch");
    QVERIFY(saysNoMasterSwitch);
}

void TestFailoverPlanner::checkerCatchesWrongProcedures_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<bool>("restore");
    QTest::addColumn<QList<BusAction>>("actions"); // one step each
    QTest::addColumn<QString>("violation");
    QTest::addColumn<int>("step");
    using K = BusAction::Kind;
    const QString P1 = QStringLiteral("P1"), P2 = QStringLiteral("P2"), P3 = QStringLiteral("P3");
    QTest::newRow("JK-PB: stand-in to DIP 0000 while the failed master is still on the pack bus")
        << "jk-pb:3" << "deye-sun-sg" << false
        << QList<BusAction>{{K::UnplugInverter, P1, {}}, {K::SetMaster, P2, {}}, {K::UnlinkUnit, P1, {}}, {K::PlugInverter, P2, {}}}
        << "two-masters-bus" << 1;
    QTest::newRow("JK-PB: the inverter cable on the stand-in before it leaves the failed master")
        << "jk-pb:3" << "deye-sun-sg" << false
        << QList<BusAction>{{K::UnlinkUnit, P1, {}}, {K::SetMaster, P2, {}}, {K::PlugInverter, P2, {}}, {K::UnplugInverter, P1, {}}}
        << "two-masters-inverter" << 2;
    QTest::newRow("Pylontech: a second inverter cable while the failed master still holds one")
        << "pylontech-us3000c:3" << "deye-sun-sg" << false
        << QList<BusAction>{{K::UnlinkUnit, P1, {}}, {K::PlugInverter, P2, {}}, {K::UnplugInverter, P1, {}}} << "two-masters-inverter" << 1;
    QTest::newRow("Pylontech: the failed unit linked back in during the failover")
        << "pylontech-us3000c:3" << "deye-sun-sg" << false
        << QList<BusAction>{{K::UnlinkUnit, P1, {}}, {K::UnplugInverter, P1, {}}, {K::PlugInverter, P2, {}}, {K::LinkUnits, P1, P2}}
        << "failed-rejoins" << 3;
    QTest::newRow("Pylontech: a failover that leaves the inverter on the failed master")
        << "pylontech-us3000c:3" << "deye-sun-sg" << false << QList<BusAction>{{K::UnlinkUnit, P1, {}}} << "end-state" << 0;
    QTest::newRow("Pylontech restore: the repaired master cabled before the stand-in is demoted")
        << "pylontech-us3000c:3" << "deye-sun-sg" << true
        << QList<BusAction>{{K::PlugInverter, P1, {}}, {K::UnplugInverter, P2, {}}, {K::LinkUnits, P1, P2}} << "two-masters-inverter" << 0;
    QTest::newRow("JK-PB restore: the repaired master back on the bus before the stand-in's DIP")
        << "jk-pb:3" << "deye-sun-sg" << true
        << QList<BusAction>{{K::UnplugInverter, P2, {}}, {K::LinkUnits, P1, P2}, {K::ClearMaster, P2, {}}, {K::PlugInverter, P1, {}}}
        << "two-masters-bus" << 1;
    QTest::newRow("JK-B on a shared bus: the stand-in set to the master's address before it leaves")
        << "jk-b:3" << "deye-sun-sg" << false
        << QList<BusAction>{{K::UnplugInverter, P1, {}}, {K::SetMaster, P2, {}}, {K::UnlinkUnit, P1, {}}, {K::PlugInverter, P2, {}}}
        << "two-masters-bus" << 1;
    Q_UNUSED(P3);
}

void TestFailoverPlanner::checkerCatchesWrongProcedures()
{
    QFETCH(QString, spec);
    QFETCH(QString, inverter);
    QFETCH(bool, restore);
    QFETCH(QList<BusAction>, actions);
    QFETCH(QString, violation);
    QFETCH(int, step);
    CommissioningPlan plan = planned(spec, inverter);
    if (spec.startsWith(QLatin1String("jk-b")))
        plan.links.append({QStringLiteral("pack-bus-1"), QStringLiteral("pack-bus"), QStringLiteral("rs485"), QStringLiteral("jk-modbus"), 115200,
                           QStringLiteral("P1"), QStringLiteral("every pack"), {}, {}});
    const auto r = FailoverPlanner::plan(plan, catalogue());
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->proof.ok()); // the planner's own procedures hold
    QList<FailoverStep> wrong;
    for (const BusAction &a : actions) {
        FailoverStep s;
        s.code = QStringLiteral("wrong");
        s.bus = {a};
        wrong.append(s);
    }
    const FailoverProcedure &p = r->procedure;
    FailoverBus::State start = r->proof.start;
    if (restore)
        start = r->proof.failover.states.last();
    const auto walk = FailoverBus::walk(start, wrong, restore ? FailoverBus::Purpose::Restore : FailoverBus::Purpose::Failover, p.failed, p.standIn);
    QVERIFY(!walk.ok());
    QCOMPARE(walk.violations.first().code, violation);
    QCOMPARE(walk.violations.first().step, step);
}

void TestFailoverPlanner::missingFields_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no installer name") << "pylontech-us3000c:3" << "deye-sun-sg" << Edit([](CommissioningPlan &p) { p.installer.clear(); })
                                       << "installer.name" << "installer's name";
    QTest::newRow("no phone") << "jk-pb:2" << "deye-sun-sg" << Edit([](CommissioningPlan &p) { p.phone = QStringLiteral("  "); }) << "installer.phone"
                              << "phone number";
    QTest::newRow("no isolation order") << "pylontech-us3000c:3" << "deye-sun-sg" << Edit([](CommissioningPlan &p) { p.isolationOrder = PlanOrder{}; })
                                        << "isolation_order" << "enter this site's own";
    QTest::newRow("no isolation order on a GX bank either") << "can-bms-victron:2" << "victron-gx"
                                                           << Edit([](CommissioningPlan &p) { p.isolationOrder = PlanOrder{}; }) << "isolation_order"
                                                           << "enter this site's own";
    QTest::newRow("an uncertain maker's isolation order") << "pylontech-us3000c:3" << "deye-sun-sg" << Edit([](CommissioningPlan &p) {
        p.isolationOrder.origin = OrderOrigin::Catalogue;
        p.isolationOrder.confidence = Confidence::Uncertain;
    }) << "isolation_order" << "not documented";
    QTest::newRow("master-slave bank without a stand-in") << "pylontech-us3000c:3" << "deye-sun-sg"
                                                         << Edit([](CommissioningPlan &p) { p.standIns.clear(); }) << "stand_ins" << "no stand-in planned for the master P1";
    QTest::newRow("single-master bank without a stand-in") << "jk-b:2" << "deye-sun-sg" << Edit([](CommissioningPlan &p) { p.standIns.clear(); })
                                                          << "stand_ins" << "no stand-in planned";
    QTest::newRow("a stand-in left empty") << "jk-pb:2" << "deye-sun-sg" << Edit([](CommissioningPlan &p) {
        p.standIns[0].pack.clear();
        p.standIns[0].reason = QStringLiteral("unknown-model");
    }) << "stand_ins[0].pack" << "choose the unit";
    QTest::newRow("an unknown confirmed fact") << "jk-pb:2" << "deye-sun-sg" << Edit([](CommissioningPlan &p) { confirm(p, {QStringLiteral("switch-1-master")}); })
                                               << "failover.confirmed[0].fact" << "unknown fact 'switch-1-master'";
    QTest::newRow("a stand-in set ahead on a shared bus") << "jk-b:2" << "deye-sun-sg" << Edit([](CommissioningPlan &p) {
        p.links.append({QStringLiteral("pack-bus-1"), QStringLiteral("pack-bus"), QStringLiteral("rs485"), QStringLiteral("jk-modbus"), 115200,
                        QStringLiteral("P1"), QStringLiteral("P2"), {}, {}});
        confirm(p, {QLatin1String(FailoverFacts::kStandInPreset)});
    }) << "failover.confirmed[0].fact" << "shares a bus";
}

void TestFailoverPlanner::missingFields()
{
    QFETCH(QString, spec);
    QFETCH(QString, inverter);
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    CommissioningPlan plan = planned(spec, inverter);
    edit(plan);
    const auto r = FailoverPlanner::plan(plan, catalogue());
    QVERIFY(!r);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestFailoverPlanner::peerToPeerNeedsNoStandIn()
{
    CommissioningPlan plan = planned(QStringLiteral("can-bms-victron:2"), QStringLiteral("victron-gx"));
    QVERIFY(plan.standIns.isEmpty());
    const auto r = FailoverPlanner::plan(plan, catalogue());
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->procedure.kind, FailoverKind::Aggregator);
    // "The system carries on" is printed only once the drill has shown it on this site.
    QCOMPARE(r->procedure.steps[r->procedure.printableSteps()].code, QStringLiteral("carries-on"));
}

void TestFailoverPlanner::failoverRecord_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("empty") << QByteArray("{}") << "";
    QTest::newRow("confirmed and drill") << QByteArray(R"({"confirmed":[{"fact":"master-by-cable","by":"A","at":"2026-12-01T10:00:00Z","note":"seen"}],
        "drill":{"result":"passed","proved":["stand-in-takes-over"],"restored_after_s":80,"timeline":[{"at_s":0,"event":"master-off"},{"at_s":80,"event":"one-master","subject":"P2"}]}})")
                                         << "";
    QTest::newRow("unknown field") << QByteArray(R"({"confirmd":[]})") << "failover.confirmd";
    QTest::newRow("confirmed not a list") << QByteArray(R"({"confirmed":{}})") << "failover.confirmed";
    QTest::newRow("fact missing") << QByteArray(R"({"confirmed":[{"by":"A"}]})") << "failover.confirmed[0].fact";
    QTest::newRow("fact twice") << QByteArray(R"({"confirmed":[{"fact":"app-address"},{"fact":"app-address"}]})") << "failover.confirmed[1].fact";
    QTest::newRow("drill without result") << QByteArray(R"({"drill":{"proved":[]}})") << "failover.drill.result";
    QTest::newRow("drill result unknown") << QByteArray(R"({"drill":{"result":"ok"}})") << "failover.drill.result";
    QTest::newRow("drill proves an unknown fact") << QByteArray(R"({"drill":{"result":"passed","proved":["everything"]}})") << "failover.drill.proved[0]";
    QTest::newRow("timeline out of order") << QByteArray(R"({"drill":{"result":"failed","timeline":[{"at_s":5,"event":"a"},{"at_s":2,"event":"b"}]}})")
                                           << "failover.drill.timeline[1].at_s";
    QTest::newRow("negative restore time") << QByteArray(R"({"drill":{"result":"passed","restored_after_s":-1}})") << "failover.drill.restored_after_s";
    QTest::newRow("heard is not a list") << QByteArray(R"({"drill":{"result":"failed","timeline":[{"at_s":1,"event":"a","heard":"0x02"}]}})")
                                         << "failover.drill.timeline[0].heard";
    QTest::newRow("heard holds a number") << QByteArray(R"({"drill":{"result":"failed","timeline":[{"at_s":1,"event":"a","heard":[2]}]}})")
                                          << "failover.drill.timeline[0].heard[0]";
    QTest::newRow("GX bank without the BMS taken off") << QByteArray(R"({"drill":{"result":"failed","bank":{"before":{"online":2}}}})")
                                                       << "failover.drill.bank.failed";
    QTest::newRow("GX bank view without online") << QByteArray(R"({"drill":{"result":"failed","bank":{"failed":"P1","before":{"capacity_ah":300}}}})")
                                                 << "failover.drill.bank.before.online";
    QTest::newRow("GX bank, negative capacity") << QByteArray(R"({"drill":{"result":"failed","bank":{"failed":"P1","before":{"online":2},"after":{"online":1,"capacity_ah":-5}}}})")
                                                << "failover.drill.bank.after.capacity_ah";
    QTest::newRow("GX bank, unknown field") << QByteArray(R"({"drill":{"result":"failed","bank":{"failed":"P1","before":{"online":2,"soc":5}}}})")
                                            << "failover.drill.bank.before.soc";
}

void TestFailoverPlanner::failoverRecord()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto r = FailoverRecord::fromJson(QJsonDocument::fromJson(json).object());
    if (field.isEmpty()) {
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        return;
    }
    QVERIFY(!r);
    QCOMPARE(r.error().field, field);
    // A plan carrying it is refused when read, naming the same field.
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/jk-b-2pack-deye.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(f.readAll()).object();
    plan.insert(QStringLiteral("failover"), QJsonDocument::fromJson(json).object());
    const auto parsed = PlanJson::parse(QJsonDocument(plan).toJson(), catalogue());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().field, field);
}

void TestFailoverPlanner::recordRoundTrip()
{
    FailoverRecord r;
    r.confirmed.append({QLatin1String(FailoverFacts::kJkDipMaster), QStringLiteral("M. Bello"), QStringLiteral("2026-12-01T10:00:00Z"), QStringLiteral("seen")});
    DrillRecord d;
    d.result = QStringLiteral("passed");
    d.proved = {QLatin1String(FailoverFacts::kJkDipAtPowerUp)};
    d.restoredAfterS = 42.5;
    d.timeline = {{0.0, QStringLiteral("master-off"), QStringLiteral("P1"), {}, {QStringLiteral("0x02")}},
                  {42.5, QStringLiteral("one-master"), QStringLiteral("P2"), {}, {}}};
    DrillBankView before;
    before.online = 2;
    before.capacityAh = 300.0;
    before.cclA = 100.0;
    before.cclFrom = QStringLiteral("P2");
    DrillBankView after = before;
    after.online = 1;
    after.capacityAh = 100.0;
    after.cvlV = 54.0;
    d.bank = DrillBankChange{QStringLiteral("P1"), before, after};
    r.drill = d;
    const auto back = FailoverRecord::fromJson(r.toJson());
    QVERIFY(back);
    QCOMPARE(*back, r);
    QVERIFY(back->provedByDrill(QLatin1String(FailoverFacts::kJkDipAtPowerUp)));
    QVERIFY(back->confirmation(QLatin1String(FailoverFacts::kJkDipMaster)));
    QVERIFY(!back->confirmation(QLatin1String(FailoverFacts::kAppAddress)));
}

QTEST_GUILESS_MAIN(TestFailoverPlanner)
#include "tst_failoverplanner.moc"
