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
    void linkActivityCountsEveryExchange_data();
    void linkActivityCountsEveryExchange();
    void firmwareAndBalancerReachThePackInfo();
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

void TestLoopbackBank::linkActivityCountsEveryExchange_data()
{
    // A fault on one pack's address and how a poll link would see it there.
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("pack");
    QTest::addColumn<int>("address");
    QTest::addColumn<int>("status");
    QTest::newRow("healthy") << -1 << QString() << 3 << int(TrafficStatus::Ok);
    QTest::newRow("slave offline: RTN 0x91") << int(ScenarioFault::Type::SlaveOffline) << QStringLiteral("P2") << 3
                                             << int(TrafficStatus::NotAnswering);
    QTest::newRow("duplicate address: collisions") << int(ScenarioFault::Type::DuplicateAddress) << QStringLiteral("P2")
                                                   << 3 << int(TrafficStatus::FramingError);
    QTest::newRow("master dies: silence") << int(ScenarioFault::Type::MasterDies) << QString() << 2
                                          << int(TrafficStatus::NoAnswer);
}

void TestLoopbackBank::linkActivityCountsEveryExchange()
{
    QFETCH(int, type);
    QFETCH(QString, pack);
    QFETCH(int, address);
    QFETCH(int, status);
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    bank.step(); // 0x96 to every module, then the cyclic plan
    if (type >= 0) {
        ScenarioFault f;
        f.type = static_cast<ScenarioFault::Type>(type);
        f.pack = pack;
        QVERIFY(bank.bank().apply(f, true));
    }
    for (int i = 0; i < 4; ++i) {
        clock.advanceMs(500);
        bank.step();
    }
    const LinkActivity &a = bank.activity();
    QVERIFY(a.find(QStringLiteral("rs485-loopback"), EndpointKind::Address, quint32(address)));
    const EndpointStats &s = *a.find(QStringLiteral("rs485-loopback"), EndpointKind::Address, quint32(address));
    QCOMPARE(s.id, quint32(address));
    QCOMPARE(s.pack, address == 2 ? QStringLiteral("P1") : QStringLiteral("P2"));
    // Every request is counted once, and ends as an answer, a time-out or an error.
    const quint64 perStep = address == 2 ? 3 : 1; // the master's address gets the two group requests too
    QCOMPARE(s.requests, 1 + 5 * perStep);
    QCOMPARE(s.answers + s.timeouts + s.checksumErrors + s.framingErrors, s.requests);
    // The raw traffic has the last answer (or request, for silence) with its status.
    const TrafficLog::Batch b = a.traffic().since(0, 1 << 20);
    QCOMPARE(b.missed, quint64(0));
    std::optional<TrafficStatus> last;
    for (const TrafficRecord &r : b.records)
        if (r.address == address && (r.direction == TrafficDirection::Answer || r.status == TrafficStatus::NoAnswer))
            last = r.status;
    QVERIFY(last);
    QCOMPARE(int(*last), status);
    const PackLinkInfo info = bank.packLinkInfo().value(address == 2 ? QStringLiteral("P1") : QStringLiteral("P2"));
    switch (static_cast<TrafficStatus>(status)) {
    case TrafficStatus::NotAnswering:
        QCOMPARE(s.notAnswering, quint64(4));
        QCOMPARE(*info.lastNotAnsweringMs, clock.nowMs());
        break;
    case TrafficStatus::FramingError:
        QVERIFY(s.framingErrors + s.checksumErrors >= 4);
        QCOMPARE(*info.lastChecksumErrorMs, clock.nowMs());
        break;
    case TrafficStatus::NoAnswer:
        QCOMPARE(s.timeouts, 4 * perStep);
        QCOMPARE(*info.lastTimeoutMs, clock.nowMs());
        break;
    default:
        QCOMPARE(s.answers, s.requests);
        QVERIFY(*s.latencyMinUs() > 5000); // 5 ms turnaround + the answer at 9600 baud
        QCOMPARE(*info.lastAnswerMs, clock.nowMs());
    }
    // The CAN broadcast per id: every frame, and its period.
    const EndpointStats *can = a.find(QStringLiteral("can-loopback"), EndpointKind::CanId, 0x351);
    QVERIFY(can);
    if (type != int(ScenarioFault::Type::MasterDies)) {
        QCOMPARE(can->answers, quint64(5));
        QCOMPARE(*can->latencyMedianUs(), 500000);
    }
}

void TestLoopbackBank::firmwareAndBalancerReachThePackInfo()
{
    ManualClock clock(1'000'000);
    LoopbackBank bank(demo(), clock);
    bank.step();
    const QHash<QString, PackLinkInfo> info = bank.packLinkInfo();
    QCOMPARE(info.size(), 4);
    QVERIFY(!info.value(QStringLiteral("P1")).firmware.isEmpty()); // 0x96 main-line version
    QVERIFY(!info.value(QStringLiteral("P1")).balancing);           // Pylontech carries no balancer state
    // A firmware change shows at the next identity read, a minute later.
    ScenarioFault f;
    f.type = ScenarioFault::Type::FirmwareMismatch;
    f.pack = QStringLiteral("P3");
    f.firmware = QStringLiteral("0.6.1");
    QVERIFY(bank.bank().apply(f, true));
    clock.advanceMs(LoopbackBank::kIdentityEveryMs);
    bank.step();
    QVERIFY2(bank.packLinkInfo().value(QStringLiteral("P3")).firmware.contains(QStringLiteral("0.6.1")),
             qPrintable(bank.packLinkInfo().value(QStringLiteral("P3")).firmware));

    // JK-B carries the balancer's state in 0x8C.
    const auto scenario = Scenario::parse(R"({"name": "jk", "protocol": "jk-legacy", "architecture": "single-master", "packs": [
        {"id": "B1", "address": 1, "capacity_Ah": 230}], "load": [[0, -10]]})");
    QVERIFY(scenario.ok());
    LoopbackBank jk(*scenario, clock);
    jk.step();
    QVERIFY(jk.packLinkInfo().value(QStringLiteral("B1")).balancing.has_value());
    QVERIFY(!jk.packLinkInfo().value(QStringLiteral("B1")).firmware.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoopbackBank)
#include "tst_loopbackbank.moc"
