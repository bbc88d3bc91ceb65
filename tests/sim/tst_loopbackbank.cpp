// The demo's data path: a simulated bank polled over an in-process RS485 loopback and its CAN
// broadcast decoded, through the same pipeline as a live link.

#include "aggregator.h"
#include "clock.h"
#include "demobank.h"
#include "loopbackbank.h"

#include <QSignalSpy>
#include <QTest>

class TestLoopbackBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingsAndWhatTheInverterIsTold();
    void aLostSlaveReachesTheReadings();
    void aLostMiddleSlaveDoesNotShiftTheOthers();
    void aDeadMasterTellsTheInverterNothing();
    void victronBmssReadAsAGxReadsThem();
    void jkSingleMasterBank();
};

namespace {

Scenario demo()
{
    Scenario s;
    s.name = QStringLiteral("demo");
    s.physics = DemoBank::preset(1);
    return s;
}

} // namespace

void TestLoopbackBank::readingsAndWhatTheInverterIsTold()
{
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    QSignalSpy updated(&bank, &LoopbackBank::updated);
    bank.step();
    clock.advanceMs(500);
    bank.step();
    QCOMPARE(updated.count(), 2);
    QCOMPARE(bank.failures(), quint64(0));
    const QList<PackReading> readings = bank.readings();
    QCOMPARE(readings.size(), 4);
    for (const PackReading &r : readings) {
        QCOMPARE(r.cellsMv->size(), 15);
        QVERIFY(r.cvlV.has()); // from 0x92 per module
        QCOMPARE(r.voltageV.source.protocol, QStringLiteral("pylontech-rs485"));
    }
    // The decoded values are the physics' values as the wire carries them.
    QCOMPARE(*readings[2].currentA, *bank.bank().readings()[2].currentA);
    const auto told = bank.observed();
    QVERIFY(told);
    QCOMPARE(*told->value(ViewFieldId::OnlinePacks), 4.0);
    BankSnapshot s;
    s.config = bank.config();
    for (const PackReading &r : readings)
        s.readings.insert(r.packId, r);
    const AggregationResult truth = Aggregator::aggregate(s, clock.nowMs());
    QVERIFY(std::abs(*told->value(ViewFieldId::SocPct) - *truth.bankTruth.value(ViewFieldId::SocPct)) <= 1.0);
    QCOMPARE(*told->value(ViewFieldId::CclA), *truth.bankTruth.value(ViewFieldId::CclA));
}

void TestLoopbackBank::aLostSlaveReachesTheReadings()
{
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    bank.step();
    ScenarioFault f;
    f.type = ScenarioFault::Type::SlaveOffline;
    f.pack = QStringLiteral("P4");
    QVERIFY(bank.bank().apply(f, true));
    clock.advanceMs(500);
    bank.step();
    // The master answers RTN 0x91 for P4: "not answering" at once, not only once stale; the
    // inverter is told 3 modules.
    BankSnapshot s;
    s.config = bank.config();
    for (const PackReading &r : bank.readings())
        s.readings.insert(r.packId, r);
    const AggregationResult result = Aggregator::aggregate(s, clock.nowMs());
    QCOMPARE(result.packs[3].state, PackState::MarkedOffline);
    QCOMPARE(result.packs[2].state, PackState::Online);
    QCOMPARE(*bank.observed()->value(ViewFieldId::OnlinePacks), 3.0);
    QVERIFY(bank.failures() == 0); // RTN 0x91 answers are valid frames, not decode failures
}

void TestLoopbackBank::aLostMiddleSlaveDoesNotShiftTheOthers()
{
    // A whole-group answer carries no addresses. With P2 (address 3) gone it has three blocks:
    // P1, P3, P4. They must not be read as P1, P2, P3.
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    bank.step();
    ScenarioFault f;
    f.type = ScenarioFault::Type::SlaveOffline;
    f.pack = QStringLiteral("P2");
    QVERIFY(bank.bank().apply(f, true));
    for (int i = 0; i < 3; ++i) {
        clock.advanceMs(500);
        bank.step();
    }
    const QList<PackReading> physics = bank.bank().readings();
    QHash<QString, PackReading> seen;
    for (const PackReading &r : bank.readings())
        seen.insert(r.packId, r);
    QVERIFY(seen[QStringLiteral("P2")].markedOffline);
    QVERIFY(*seen[QStringLiteral("P2")].lastUpdateMs() < clock.nowMs()); // nobody else's values
    for (int i : {2, 3}) {
        const PackReading &r = seen[physics[i].packId];
        QCOMPARE(r.lastUpdateMs(), std::optional<qint64>(clock.nowMs()));
        QVERIFY2(std::abs(*r.currentA - *physics[i].currentA) < 0.051, qPrintable(physics[i].packId));
        QCOMPARE(r.cellsMv->first(), physics[i].cellsMv->first());
    }
}

void TestLoopbackBank::aDeadMasterTellsTheInverterNothing()
{
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    bank.step();
    QVERIFY(bank.observed());
    ScenarioFault f;
    f.type = ScenarioFault::Type::MasterDies;
    QVERIFY(bank.bank().apply(f, true));
    clock.advanceMs(LoopbackBank::kToldTimeoutMs - 500);
    bank.step();
    QVERIFY(bank.observed()); // the last broadcast still counts for a moment ...
    clock.advanceMs(1000);
    bank.step();
    QVERIFY(!bank.observed()); // ... then the inverter has nothing, and neither has the column
    // The polls go unanswered too: every pack's reading ages.
    for (const PackReading &r : bank.readings())
        QVERIFY(clock.nowMs() - *r.lastUpdateMs() >= LoopbackBank::kToldTimeoutMs);
}

void TestLoopbackBank::victronBmssReadAsAGxReadsThem()
{
    const auto scenario = Scenario::parse(R"({"name": "gx", "protocol": "victron-can", "packs": [
        {"id": "P1", "capacity_Ah": 100}, {"id": "P2", "capacity_Ah": 50, "soc_pct": 60}], "load": [[0, -20]]})");
    QVERIFY(scenario.ok());
    ManualClock clock(1'000'000);
    LoopbackBank bank(*scenario, clock);
    bank.step();
    const QList<PackReading> readings = bank.readings();
    QCOMPARE(readings.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const PackReading &r = readings[i];
        QCOMPARE(r.socPct.source.link, QStringLiteral("can-loopback-") + r.packId); // its own interface
        QVERIFY(std::abs(*r.socPct - *bank.bank().readings()[i].socPct) < 0.006);
        QVERIFY(r.cellMinMv.has() && !r.cellsMv.has());
    }
    QVERIFY(!bank.observed()); // a GX aggregates; nothing is broadcast to an inverter
    QCOMPARE(bank.exchanges(), quint64(0)); // and nothing is polled over RS485
}

void TestLoopbackBank::jkSingleMasterBank()
{
    // JK-B packs on a Deye: BankScope polls every pack; the inverter hears the first one only.
    const auto scenario = Scenario::parse(R"({"name": "jk", "protocol": "jk-legacy", "architecture": "single-master", "packs": [
        {"id": "B1", "address": 1, "capacity_Ah": 230, "soc_pct": 70, "cable_mOhm": 3},
        {"id": "B2", "address": 2, "capacity_Ah": 230, "soc_pct": 50, "cable_mOhm": 9}], "load": [[0, -60]]})");
    QVERIFY(scenario.ok());
    ManualClock clock(1'000'000);
    LoopbackBank bank(*scenario, clock);
    bank.step();
    clock.advanceMs(500);
    bank.step();
    QCOMPARE(bank.failures(), quint64(0));
    const QList<PackReading> readings = bank.readings();
    QCOMPARE(readings.size(), 2);
    QCOMPARE(readings[1].packId, QStringLiteral("B2"));
    QCOMPARE(readings[1].cellsMv->size(), 16);
    QCOMPARE(*readings[1].socPct, std::round(*bank.bank().readings()[1].socPct));
    QCOMPARE(readings[1].voltageV.source.protocol, QStringLiteral("jk-legacy"));
    // What the inverter is told is B1's own state of charge, not the bank's.
    QCOMPARE(*bank.observed()->value(ViewFieldId::SocPct), std::round(*bank.bank().readings()[0].socPct));
}

QTEST_GUILESS_MAIN(TestLoopbackBank)
#include "tst_loopbackbank.moc"
