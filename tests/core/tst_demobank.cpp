#include "aggregator.h"
#include "demobank.h"

#include <QTest>

#include <cmath>

class TestDemoBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void currentsAddUpToTheLoad();
    void unequalCablesShareUnequally();
    void coulombCountingFollowsCurrent();
    void softCellSagsUnderLoad();
    void aggregatesAsMasterSlave();
};

void TestDemoBank::deterministic()
{
    DemoBank a(7);
    DemoBank b(7);
    for (qint64 t = 0; t <= 60'000; t += 500) {
        const QList<PackReading> ra = a.step(t);
        const QList<PackReading> rb = b.step(t);
        for (int i = 0; i < ra.size(); ++i) {
            QCOMPARE(*ra[i].cellsMv, *rb[i].cellsMv);
            QCOMPARE(*ra[i].socPct, *rb[i].socPct);
        }
    }
}

void TestDemoBank::currentsAddUpToTheLoad()
{
    DemoBank bank;
    bank.step(0);
    for (qint64 t = 1000; t <= 300'000; t += 37'000) {
        const QList<PackReading> r = bank.step(t);
        double sum = 0.0;
        for (const PackReading &p : r)
            sum += *p.currentA;
        // Each pack current is rounded to 0.1 A on the "wire".
        QVERIFY2(std::abs(sum - DemoBank::bankCurrentA(t / 1000.0)) <= 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(DemoBank::bankCurrentA(t / 1000.0))));
    }
}

void TestDemoBank::unequalCablesShareUnequally()
{
    DemoBank bank;
    bank.step(0);
    const QList<PackReading> r = bank.step(30'000); // compressor off, discharging
    QVERIFY(*r[0].currentA < 0.0);
    // P1 sits next to the busbar, P4 at the far end: P1 carries clearly more.
    QVERIFY(std::abs(*r[0].currentA) > 1.3 * std::abs(*r[3].currentA));
}

void TestDemoBank::coulombCountingFollowsCurrent()
{
    DemoBank bank;
    const double start = *bank.step(0)[0].socPct;
    double soc = start;
    for (qint64 t = 1000; t <= 120'000; t += 1000)
        soc = *bank.step(t)[0].socPct;
    QVERIFY(soc < start); // the first two minutes of the profile are a net discharge
}

void TestDemoBank::softCellSagsUnderLoad()
{
    DemoBank bank;
    bank.step(0);
    const QList<PackReading> r = bank.step(10'000); // compressor running: heavy discharge
    const QList<int> &cells = *r[2].cellsMv;
    const int soft = cells[6];
    for (int i = 0; i < cells.size(); ++i) {
        if (i != 6)
            QVERIFY(soft < cells[i]);
    }
}

void TestDemoBank::aggregatesAsMasterSlave()
{
    DemoBank bank;
    BankSnapshot s;
    s.config = bank.config();
    for (const PackReading &r : bank.step(0))
        s.readings.insert(r.packId, r);
    const AggregationResult result = Aggregator::aggregate(s, 0);
    QCOMPARE(s.config.architecture, Architecture::MasterSlave);
    QCOMPARE(*result.bankTruth.value(ViewFieldId::OnlinePacks), 4.0);
    QCOMPARE(*result.bankTruth.value(ViewFieldId::CapacityAh), 296.0);
    QVERIFY(result.inverterSees);
    QCOMPARE(result.bankTruth[ViewFieldId::CellMinMv].provenance.pack, QStringLiteral("P3"));
    QCOMPARE(result.bankTruth[ViewFieldId::CellMinMv].provenance.index, 7);
}

QTEST_GUILESS_MAIN(TestDemoBank)
#include "tst_demobank.moc"
