// The aggregation rules of DESIGN.md section 2 against the hand-computed bank in bankfixture.h.

#include "bankfixture.h"

#include <QTest>

using namespace Fixture;

Q_DECLARE_METATYPE(ViewFieldId)
Q_DECLARE_METATYPE(Architecture)
Q_DECLARE_METATYPE(CurrentLimitRule)

class TestAggregator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truthFields_data();
    void truthFields();
    void socIsCapacityWeightedNotUnweighted();
    void currentLimitPolicies_data();
    void currentLimitPolicies();
    void faultPolicies_data();
    void faultPolicies();
    void staleness_data();
    void staleness();
    void seedComparison_data();
    void seedComparison();
    void singleMasterGaps();
    void lostSlaveIsCommunicationFaultInMasterSlave();
    void peerToPeerDropsLostPackAndShrinksCapacity();
    void slaveBehindALostMasterIsNotBlamedOnTheMaster();
    void voltageSocEstimateWhenMasterLost();
    void sharingConsequence_data();
    void sharingConsequence();
    void configFindings_data();
    void configFindings();
    void cellTiesGoToFirstPackLowestCell();
    void packsReportingOnlyExtremes();
    void emptyBankHasNoValues();
    void findingsSortedBySeverity();
};

void TestAggregator::truthFields_data()
{
    QTest::addColumn<ViewFieldId>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QString>("pack");
    QTest::addColumn<int>("index");

    const QStringList all{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
    // (100*80 + 50*50 + 100*60) / 250 = 16500 / 250
    QTest::newRow("soc capacity-weighted") << ViewFieldId::SocPct << 66.0 << "capacity-weighted" << all << "" << 0;
    // (100*100 + 50*90 + 100*95) / 250 = 24000 / 250
    QTest::newRow("soh capacity-weighted") << ViewFieldId::SohPct << 96.0 << "capacity-weighted" << all << "" << 0;
    // (52.0 + 52.2 + 51.8) / 3
    QTest::newRow("voltage mean") << ViewFieldId::VoltageV << 52.0 << "mean" << all << "" << 0;
    // -30 - 10 - 20
    QTest::newRow("current sum") << ViewFieldId::CurrentA << -60.0 << "sum" << all << "" << 0;
    QTest::newRow("capacity sum") << ViewFieldId::CapacityAh << 250.0 << "sum" << all << "" << 0;
    QTest::newRow("cvl minimum") << ViewFieldId::CvlV << 52.8 << "min" << all << "P2" << 0;
    // 3 online packs x P2's 25 A
    QTest::newRow("ccl weakest x count") << ViewFieldId::CclA << 75.0 << "weakest-times-count" << all << "P2" << 0;
    // 3 x P2's 50 A
    QTest::newRow("dcl weakest x count") << ViewFieldId::DclA << 150.0 << "weakest-times-count" << all << "P2" << 0;
    QTest::newRow("temp max P3 sensor 1") << ViewFieldId::TempMaxC << 35.0 << "max" << all << "P3" << 1;
    QTest::newRow("temp min P3 sensor 2") << ViewFieldId::TempMinC << 22.5 << "min" << all << "P3" << 2;
    // P2 cells 2 and 4 tie at 3250: lowest index wins
    QTest::newRow("cell min P2 cell 2") << ViewFieldId::CellMinMv << 3250.0 << "min" << all << "P2" << 2;
    QTest::newRow("cell max P3 cell 2") << ViewFieldId::CellMaxMv << 3330.0 << "max" << all << "P3" << 2;
    QTest::newRow("online packs") << ViewFieldId::OnlinePacks << 3.0 << "count" << all << "" << 0;
}

void TestAggregator::truthFields()
{
    QFETCH(ViewFieldId, field);
    QFETCH(double, value);
    QFETCH(QString, rule);
    QFETCH(QStringList, from);
    QFETCH(QString, pack);
    QFETCH(int, index);

    const AggregationResult r = Aggregator::aggregate(bank(), kNow);
    const ViewField &f = r.bankTruth[field];
    QVERIFY(f.value.has_value());
    QCOMPARE(*f.value, value);
    QCOMPARE(RuleNames::name(f.provenance.rule), rule);
    QCOMPARE(f.provenance.from, from);
    QCOMPARE(f.provenance.pack, pack);
    QCOMPARE(f.provenance.index, index);
}

void TestAggregator::socIsCapacityWeightedNotUnweighted()
{
    // The unweighted mean (80 + 50 + 60) / 3 = 63.33 would flatter the small, empty P2.
    const AggregationResult r = Aggregator::aggregate(bank(), kNow);
    QVERIFY(qAbs(*r.bankTruth.value(ViewFieldId::SocPct) - 63.333) > 2.0);
}

void TestAggregator::currentLimitPolicies_data()
{
    QTest::addColumn<CurrentLimitRule>("rule");
    QTest::addColumn<double>("ccl");
    QTest::addColumn<double>("dcl");
    QTest::addColumn<QString>("ruleName");
    QTest::addColumn<QString>("pack");

    QTest::newRow("weakest-times-count") << CurrentLimitRule::WeakestTimesCount << 75.0 << 150.0
                                         << "weakest-times-count" << "P2";
    QTest::newRow("sum") << CurrentLimitRule::Sum << 125.0 << 250.0 << "sum" << ""; // 50+25+50, 100+50+100
    QTest::newRow("min") << CurrentLimitRule::Min << 25.0 << 50.0 << "min" << "P2";
}

void TestAggregator::currentLimitPolicies()
{
    QFETCH(CurrentLimitRule, rule);
    QFETCH(double, ccl);
    QFETCH(double, dcl);
    QFETCH(QString, ruleName);
    QFETCH(QString, pack);

    BankSnapshot s = bank();
    s.policy.currentLimits = rule;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(*r.bankTruth.value(ViewFieldId::CclA), ccl);
    QCOMPARE(*r.bankTruth.value(ViewFieldId::DclA), dcl);
    QCOMPARE(RuleNames::name(r.bankTruth[ViewFieldId::CclA].provenance.rule), ruleName);
    QCOMPARE(r.bankTruth[ViewFieldId::DclA].provenance.pack, pack);
    // CVL is the minimum whatever the current-limit rule.
    QCOMPARE(*r.bankTruth.value(ViewFieldId::CvlV), 52.8);
}

void TestAggregator::faultPolicies_data()
{
    QTest::addColumn<bool>("allRule");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QStringList>("warnings");

    // Inputs: P1 {cell-undervoltage}, P2 {cell-undervoltage}, P3 {cell-undervoltage, overtemperature},
    // and P2 warns {cell-imbalance}.
    QTest::newRow("any: union") << false
                                << QStringList{QStringLiteral("cell-undervoltage"), QStringLiteral("overtemperature")}
                                << QStringList{QStringLiteral("cell-imbalance")};
    QTest::newRow("all: only common faults protect, the rest warn")
        << true << QStringList{QStringLiteral("cell-undervoltage")}
        << QStringList{QStringLiteral("cell-imbalance"), QStringLiteral("overtemperature")};
}

void TestAggregator::faultPolicies()
{
    QFETCH(bool, allRule);
    QFETCH(QStringList, faults);
    QFETCH(QStringList, warnings);

    BankSnapshot s = bank();
    s.policy.faults = allRule ? FaultRule::All : FaultRule::Any;
    setFaults(s, QStringLiteral("P1"), Fault::CellUndervoltage);
    setFaults(s, QStringLiteral("P2"), Fault::CellUndervoltage);
    setFaults(s, QStringLiteral("P3"), Fault::CellUndervoltage | Fault::Overtemperature);
    setWarnings(s, QStringLiteral("P2"), Fault::CellImbalance);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(FaultNames::names(r.bankTruth.faults), faults);
    QCOMPARE(FaultNames::names(r.bankTruth.warnings), warnings);
    QCOMPARE(r.bankTruth.faultSources.value(Fault::Overtemperature), QStringList{QStringLiteral("P3")});
    QCOMPARE(r.bankTruth.faultSources.value(Fault::CellUndervoltage),
             (QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}));
}

void TestAggregator::staleness_data()
{
    QTest::addColumn<double>("staleAfterS");
    QTest::addColumn<double>("ageS");
    QTest::addColumn<bool>("markedOffline");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("onlinePacks");

    QTest::newRow("fresh") << 10.0 << 0.5 << false << int(PackState::Online) << 3;
    QTest::newRow("exactly at the limit is not older") << 10.0 << 10.0 << false << int(PackState::Online) << 3;
    QTest::newRow("older than the limit") << 10.0 << 10.1 << false << int(PackState::Stale) << 2;
    QTest::newRow("custom limit") << 5.0 << 6.0 << false << int(PackState::Stale) << 2;
    QTest::newRow("marked offline while fresh") << 10.0 << 0.5 << true << int(PackState::MarkedOffline) << 2;
}

void TestAggregator::staleness()
{
    QFETCH(double, staleAfterS);
    QFETCH(double, ageS);
    QFETCH(bool, markedOffline);
    QFETCH(int, state);
    QFETCH(int, onlinePacks);

    BankSnapshot s = bank(Architecture::PeerToPeer);
    s.policy.staleAfterS = staleAfterS;
    age(s, QStringLiteral("P3"), ageS);
    s.readings[QStringLiteral("P3")].markedOffline = markedOffline;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(int(r.packs[2].state), state);
    QCOMPARE(*r.packs[2].ageS, ageS);
    QCOMPARE(*r.bankTruth.value(ViewFieldId::OnlinePacks), double(onlinePacks));
}

// One row per cell of the comparison table in DESIGN.md section 1: who talks to the
// inverter, how the inverter's SOC is formed, and what happens when the master is lost.
void TestAggregator::seedComparison_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::addColumn<QString>("lose");        // pack to take offline, or empty
    QTest::addColumn<bool>("inverterSeesData");
    QTest::addColumn<QStringList>("socFrom");  // packs behind the inverter's SOC
    QTest::addColumn<QString>("socRule");
    QTest::addColumn<double>("soc");          // what the inverter's SOC is (NaN: none)
    QTest::addColumn<QString>("finding");     // a finding that must be present, or empty

    const QStringList all{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
    const QStringList p1{QStringLiteral("P1")};
    const QStringList p23{QStringLiteral("P2"), QStringLiteral("P3")};
    const double none = qQNaN();

    // Who talks to the inverter.
    QTest::newRow("who talks / master-slave: master, for all packs")
        << Architecture::MasterSlave << "" << true << all << "capacity-weighted" << 66.0 << "";
    QTest::newRow("who talks / peer-to-peer: every BMS via the GX")
        << Architecture::PeerToPeer << "" << true << all << "capacity-weighted" << 66.0 << "";
    QTest::newRow("who talks / single-master: the master pack alone")
        << Architecture::SingleMaster << "" << true << p1 << "master-only" << 80.0 << "soc-gap";
    // The inverter's SOC: aggregated over all packs / by the GX / master's own count.
    QTest::newRow("soc / master-slave: aggregated over all packs")
        << Architecture::MasterSlave << "" << true << all << "capacity-weighted" << 66.0 << "";
    QTest::newRow("soc / peer-to-peer: aggregated by the GX")
        << Architecture::PeerToPeer << "" << true << all << "capacity-weighted" << 66.0 << "";
    QTest::newRow("soc / single-master: master's own coulomb count")
        << Architecture::SingleMaster << "" << true << p1 << "master-only" << 80.0 << "soc-gap";
    // Master or aggregator lost.
    QTest::newRow("lost / master-slave: inverter loses BMS data")
        << Architecture::MasterSlave << "P1" << false << QStringList() << "" << none << "master-lost";
    // (50*50 + 100*60) / 150 = 56.667: P1 dropped, capacity shrinks to 150 Ah
    QTest::newRow("lost / peer-to-peer: GX drops the pack and carries on")
        << Architecture::PeerToPeer << "P1" << true << p23 << "capacity-weighted" << 8500.0 / 150.0 << "pack-dropped";
    QTest::newRow("lost / single-master: inverter loses data, promote by hand")
        << Architecture::SingleMaster << "P1" << false << QStringList() << "" << none << "master-lost";
}

void TestAggregator::seedComparison()
{
    QFETCH(Architecture, architecture);
    QFETCH(QString, lose);
    QFETCH(bool, inverterSeesData);
    QFETCH(QStringList, socFrom);
    QFETCH(QString, socRule);
    QFETCH(double, soc);
    QFETCH(QString, finding);

    BankSnapshot s = bank(architecture);
    if (!lose.isEmpty())
        s.readings[lose].markedOffline = true;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(r.inverterSees.has_value(), inverterSeesData);
    if (inverterSeesData) {
        const ViewField &f = (*r.inverterSees)[ViewFieldId::SocPct];
        QCOMPARE(f.provenance.from, socFrom);
        QCOMPARE(RuleNames::name(f.provenance.rule), socRule);
        QVERIFY(qAbs(*f.value - soc) < 1e-9);
    }
    if (!finding.isEmpty())
        QVERIFY2(hasFinding(r, finding), qPrintable(finding));
    if (architecture == Architecture::SingleMaster && !lose.isEmpty()) {
        bool promote = false;
        for (const Finding &f : r.findings)
            promote |= f.code == QLatin1String("master-lost") && f.nextStep.contains(QLatin1String("promote"));
        QVERIFY(promote);
    }
}

void TestAggregator::singleMasterGaps()
{
    BankSnapshot s = bank(Architecture::SingleMaster);
    setFaults(s, QStringLiteral("P2"), Fault::CellUndervoltage);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(r.inverterSees);
    // The inverter sees the master's 80 % against 66 % in the bank.
    QCOMPARE(*r.gaps.socErrorPct, 14.0);
    QCOMPARE(FaultNames::names(r.gaps.hiddenFaults), QStringList{QStringLiteral("cell-undervoltage")});
    QVERIFY(r.gaps.hiddenCellMin);
    QCOMPARE(r.gaps.hiddenCellMin->pack, QStringLiteral("P2"));
    QCOMPARE(r.gaps.hiddenCellMin->cell, 2);
    QCOMPARE(r.gaps.hiddenCellMin->mv, 3250.0);
    QCOMPARE(*r.gaps.hiddenCellMin->inverterSeesMv, 3290.0); // P1's own cell 16
    // The inverter's limits are the master's own, not the bank's.
    QCOMPARE(*r.inverterSees->value(ViewFieldId::CclA), 50.0);
    QCOMPARE(*r.inverterSees->value(ViewFieldId::CapacityAh), 100.0);
    QCOMPARE(*r.inverterSees->value(ViewFieldId::OnlinePacks), 1.0);
    QVERIFY(hasFinding(r, QStringLiteral("hidden-fault"), QStringLiteral("P2")));
    QVERIFY(hasFinding(r, QStringLiteral("hidden-weak-cell"), QStringLiteral("P2")));
    QVERIFY(hasFinding(r, QStringLiteral("soc-gap")));
}

void TestAggregator::lostSlaveIsCommunicationFaultInMasterSlave()
{
    BankSnapshot s = bank(Architecture::MasterSlave);
    age(s, QStringLiteral("P3"), 30.0);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(r.inverterSees);
    QVERIFY(r.inverterSees->faults.testFlag(Fault::Communication));
    QCOMPARE(r.inverterSees->faultSources.value(Fault::Communication), QStringList{QStringLiteral("P3")});
    QVERIFY(!r.bankTruth.faults.testFlag(Fault::Communication));
    QVERIFY(hasFinding(r, QStringLiteral("slave-lost"), QStringLiteral("P3")));
    // The aggregate covers P1 and P2 only: (100*80 + 50*50) / 150 = 70
    QCOMPARE(*r.inverterSees->value(ViewFieldId::SocPct), 70.0);
}

void TestAggregator::peerToPeerDropsLostPackAndShrinksCapacity()
{
    BankSnapshot s = bank(Architecture::PeerToPeer);
    s.readings[QStringLiteral("P3")].markedOffline = true;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(r.inverterSees);
    QCOMPARE(*r.inverterSees->value(ViewFieldId::CapacityAh), 150.0);
    QVERIFY(!r.inverterSees->faults.testFlag(Fault::Communication));
    // 2 online x P2's 25 A
    QCOMPARE(*r.inverterSees->value(ViewFieldId::CclA), 50.0);
    QVERIFY(hasFinding(r, QStringLiteral("pack-dropped"), QStringLiteral("P3")));
}

void TestAggregator::slaveBehindALostMasterIsNotBlamedOnTheMaster()
{
    BankSnapshot s = bank(Architecture::MasterSlave);
    age(s, QStringLiteral("P1"), 30.0);
    age(s, QStringLiteral("P3"), 30.0);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(hasFinding(r, QStringLiteral("master-lost"), QStringLiteral("P1")));
    for (const Finding &f : r.findings) {
        if (f.code != QLatin1String("slave-lost"))
            continue;
        // No master is reporting anything: the text must not say it reports a fault.
        QCOMPARE(f.subject, QStringLiteral("P3"));
        QVERIFY2(!f.text.contains(QLatin1String("master reports")), qPrintable(f.text));
        QVERIFY(f.nextStep.contains(QLatin1String("Restore the master first")));
    }
    QVERIFY(hasFinding(r, QStringLiteral("slave-lost"), QStringLiteral("P3")));
}

void TestAggregator::voltageSocEstimateWhenMasterLost()
{
    BankSnapshot s = bank(Architecture::MasterSlave);
    s.readings[QStringLiteral("P1")].markedOffline = true;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(!r.inverterSees);
    // Bus voltage (52.2 + 51.8) / 2 = 52.0 V over 16 cells = 3.25 V/cell = 40 % on the OCV table.
    QCOMPARE(*r.voltageSocEstimatePct, 40.0);
    // Truth over P2, P3: (50*50 + 100*60) / 150 = 56.667; the guess is 16.667 points low.
    QVERIFY(qAbs(*r.gaps.socErrorPct - (40.0 - 8500.0 / 150.0)) < 1e-9);
    QCOMPARE(FaultNames::names(r.gaps.hiddenFaults), QStringList());
    QCOMPARE(r.gaps.hiddenCellMin->pack, QStringLiteral("P2"));
    QVERIFY(!r.gaps.hiddenCellMin->inverterSeesMv);
}

void TestAggregator::sharingConsequence_data()
{
    QTest::addColumn<CurrentLimitRule>("rule");
    QTest::addColumn<double>("p1AtDcl");
    QTest::addColumn<bool>("overLimit");

    // Two 100 A packs sharing 70/30: bank DCL 2 x 100 = 200 A puts 140 A through P1.
    QTest::newRow("weakest-times-count overloads the near pack") << CurrentLimitRule::WeakestTimesCount << 140.0 << true;
    QTest::newRow("sum overloads it too") << CurrentLimitRule::Sum << 140.0 << true;
    // The minimum rule keeps the bank at 100 A: P1 carries 70 A.
    QTest::newRow("min keeps every pack within its limit") << CurrentLimitRule::Min << 70.0 << false;
}

void TestAggregator::sharingConsequence()
{
    QFETCH(CurrentLimitRule, rule);
    QFETCH(double, p1AtDcl);
    QFETCH(bool, overLimit);

    BankSnapshot s;
    s.config.architecture = Architecture::PeerToPeer;
    s.policy.currentLimits = rule;
    s.config.packs = {{QStringLiteral("P1"), {}, 100.0, PackRole::Master, 1},
                      {QStringLiteral("P2"), {}, 100.0, PackRole::Slave, 2}};
    s.readings.insert(QStringLiteral("P1"), reading(QStringLiteral("P1"), 50, 100, 52, -70, 55, 50, 100, {25}, {3300}));
    s.readings.insert(QStringLiteral("P2"), reading(QStringLiteral("P2"), 50, 100, 52, -30, 55, 50, 100, {25}, {3300}));
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(r.sharing.size(), 2);
    QCOMPARE(r.sharing[0].share, 0.7);
    QVERIFY(qAbs(*r.sharing[0].atBankDclA - p1AtDcl) < 1e-9);
    QCOMPARE(*r.sharing[0].ownDclA, 100.0);
    QCOMPARE(hasFinding(r, QStringLiteral("over-limit-under-sharing"), QStringLiteral("P1")), overLimit);
    QVERIFY(!hasFinding(r, QStringLiteral("over-limit-under-sharing"), QStringLiteral("P2")));
}

void TestAggregator::configFindings_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::addColumn<int>("masters");
    QTest::addColumn<QString>("finding");

    QTest::newRow("master-slave without master") << Architecture::MasterSlave << 0 << "no-master";
    QTest::newRow("single-master without master") << Architecture::SingleMaster << 0 << "no-master";
    QTest::newRow("two masters collide") << Architecture::MasterSlave << 2 << "multiple-masters";
    QTest::newRow("peer-to-peer needs no master") << Architecture::PeerToPeer << 0 << "";
}

void TestAggregator::configFindings()
{
    QFETCH(Architecture, architecture);
    QFETCH(int, masters);
    QFETCH(QString, finding);

    BankSnapshot s = bank(architecture);
    for (int i = 0; i < s.config.packs.size(); ++i)
        s.config.packs[i].role = i < masters ? PackRole::Master : PackRole::Slave;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    if (finding.isEmpty()) {
        QVERIFY(!hasFinding(r, QStringLiteral("no-master")));
        QVERIFY(r.inverterSees);
    } else {
        QVERIFY(hasFinding(r, finding, QStringLiteral("config")));
    }
    if (masters == 0 && architecture != Architecture::PeerToPeer)
        QVERIFY(!r.inverterSees);
}

void TestAggregator::cellTiesGoToFirstPackLowestCell()
{
    BankSnapshot s = bank();
    // P1 and P3 both get a 3000 mV cell; P1 comes first in the bank.
    s.readings[QStringLiteral("P3")].cellsMv.value = cells(3315, {{1, 3000}});
    s.readings[QStringLiteral("P1")].cellsMv.value = cells(3300, {{7, 3000}, {9, 3000}});
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QCOMPARE(r.bankTruth[ViewFieldId::CellMinMv].provenance.pack, QStringLiteral("P1"));
    QCOMPARE(r.bankTruth[ViewFieldId::CellMinMv].provenance.index, 7);
}

void TestAggregator::packsReportingOnlyExtremes()
{
    // P2 speaks a CAN protocol that carries only its lowest/highest cell and temperature.
    BankSnapshot s = bank(Architecture::PeerToPeer);
    PackReading &p2 = s.readings[QStringLiteral("P2")];
    const ReadingSource src{QStringLiteral("can1"), QStringLiteral("pylon-can")};
    p2.cellsMv = {};
    p2.tempsC = {};
    p2.cellMinMv.set(3240, kNow, src);
    p2.cellMaxMv.set(3400, kNow, src);
    p2.tempMinC.set(20.0, kNow, src);
    p2.tempMaxC.set(36.5, kNow, src);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    // Lowest cell: P2's 3240 (below P1's 3290 and P3's 3315); it names the pack, no cell index.
    QCOMPARE(*r.bankTruth.value(ViewFieldId::CellMinMv), 3240.0);
    QCOMPARE(r.bankTruth[ViewFieldId::CellMinMv].provenance.pack, QStringLiteral("P2"));
    QCOMPARE(r.bankTruth[ViewFieldId::CellMinMv].provenance.index, 0);
    // Highest cell: P2's 3400 over P3's 3330.
    QCOMPARE(*r.bankTruth.value(ViewFieldId::CellMaxMv), 3400.0);
    // Temperatures: max 36.5 (P2) over P3's 35; min 20 (P2) under P3's 22.5.
    QCOMPARE(*r.bankTruth.value(ViewFieldId::TempMaxC), 36.5);
    QCOMPARE(*r.bankTruth.value(ViewFieldId::TempMinC), 20.0);
    QCOMPARE(r.bankTruth[ViewFieldId::TempMinC].provenance.from.size(), 3);
    // A pack with a list ignores stray extremes: P1's list wins over a bogus 1000 mV extreme.
    s.readings[QStringLiteral("P1")].cellMinMv.set(1000, kNow, src);
    QCOMPARE(*Aggregator::aggregate(s, kNow).bankTruth.value(ViewFieldId::CellMinMv), 3240.0);
}

void TestAggregator::emptyBankHasNoValues()
{
    BankSnapshot s = bank(Architecture::PeerToPeer);
    for (auto it = s.readings.begin(); it != s.readings.end(); ++it)
        it->markedOffline = true;
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(!r.bankTruth.value(ViewFieldId::SocPct));
    QCOMPARE(*r.bankTruth.value(ViewFieldId::OnlinePacks), 0.0);
    QVERIFY(!r.inverterSees);
    QVERIFY(!r.voltageSocEstimatePct);
    QVERIFY(hasFinding(r, QStringLiteral("no-packs-online")));
}

void TestAggregator::findingsSortedBySeverity()
{
    BankSnapshot s = bank(Architecture::SingleMaster);
    setFaults(s, QStringLiteral("P2"), Fault::CellUndervoltage);
    const AggregationResult r = Aggregator::aggregate(s, kNow);
    QVERIFY(r.findings.size() >= 3);
    for (int i = 1; i < r.findings.size(); ++i)
        QVERIFY(int(r.findings[i - 1].severity) >= int(r.findings[i].severity));
    for (const Finding &f : r.findings) {
        QVERIFY(!f.text.isEmpty());
        QVERIFY(!f.nextStep.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAggregator)
#include "tst_aggregator.moc"
