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
    clock.advanceMs(15'000);
    bank.step();
    // P4's reading is old: the aggregation core sees it go stale, the inverter is told 3 modules.
    BankSnapshot s;
    s.config = bank.config();
    for (const PackReading &r : bank.readings())
        s.readings.insert(r.packId, r);
    const AggregationResult result = Aggregator::aggregate(s, clock.nowMs());
    QCOMPARE(result.packs[3].state, PackState::Stale);
    QCOMPARE(*bank.observed()->value(ViewFieldId::OnlinePacks), 3.0);
    QVERIFY(bank.failures() == 0); // RTN 0x91 answers are valid frames, not decode failures
}

QTEST_GUILESS_MAIN(TestLoopbackBank)
#include "tst_loopbackbank.moc"
