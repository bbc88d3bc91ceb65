#include "bankphysics.h"

#include <QTest>

#include <cmath>

namespace {

PhysicsConfig twoPacks(double loadA)
{
    PhysicsConfig c;
    for (int i = 0; i < 2; ++i) {
        PhysicsPack p;
        p.id = QStringLiteral("P%1").arg(i + 1);
        p.address = 2 + i;
        p.role = i == 0 ? PackRole::Master : PackRole::Slave;
        p.cableOhm = 0.004 + 0.006 * i; // P2 sits further from the busbar
        c.packs.append(p);
    }
    c.load.points = {{0.0, loadA}};
    return c;
}

double sum(const QList<PackReading> &r)
{
    double s = 0.0;
    for (const PackReading &p : r)
        s += *p.currentA;
    return s;
}

} // namespace

class TestBankPhysics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadProfileInterpolates();
    void nearPackCarriesMore();
    void packOffTheBusCarriesNothing();
    void softCellSagsAndTrips();
    void heatDeratesThenProtects();
    void sameSeedSameBank();
};

void TestBankPhysics::loadProfileInterpolates()
{
    LoadProfile l;
    l.points = {{0.0, -10.0}, {10.0, -30.0}, {20.0, 5.0}};
    QCOMPARE(l.at(-1.0), -10.0);
    QCOMPARE(l.at(5.0), -20.0);
    QCOMPARE(l.at(15.0), -12.5);
    QCOMPARE(l.at(100.0), 5.0);
    QCOMPARE(LoadProfile{}.at(3.0), 0.0);
}

void TestBankPhysics::nearPackCarriesMore()
{
    BankPhysics bank(twoPacks(-40.0));
    bank.step(0);
    const QList<PackReading> r = bank.step(1000);
    QVERIFY(std::abs(sum(r) + 40.0) <= 0.2);
    QVERIFY(*r[0].currentA < *r[1].currentA); // more negative: P1 discharges harder
    QVERIFY(*r[0].socPct <= *r[1].socPct);
}

void TestBankPhysics::packOffTheBusCarriesNothing()
{
    BankPhysics bank(twoPacks(-40.0));
    bank.step(0);
    QVERIFY(bank.setOnBus(QStringLiteral("P2"), false));
    QVERIFY(!bank.setOnBus(QStringLiteral("P9"), false));
    const QList<PackReading> r = bank.step(1000);
    QCOMPARE(*r[1].currentA, 0.0);
    QVERIFY(std::abs(*r[0].currentA + 40.0) <= 0.1); // P1 alone carries the load
}

void TestBankPhysics::softCellSagsAndTrips()
{
    PhysicsConfig c = twoPacks(-60.0);
    // A nearly empty bank (both packs: an empty pack next to a full one would be charged by it).
    c.packs[0].socPct = 12.0;
    c.packs[1].socPct = 12.0;
    BankPhysics bank(c);
    bank.step(0);
    QVERIFY(bank.setSoftCell(QStringLiteral("P2"), 4, 0.012));
    const QList<PackReading> r = bank.step(1000);
    QVERIFY(*r[1].currentA < -10.0);
    const QList<int> &cells = *r[1].cellsMv;
    QCOMPARE(int(std::min_element(cells.cbegin(), cells.cend()) - cells.cbegin()), 4);
    QVERIFY(r[1].faults->testFlag(Fault::CellUndervoltage) || r[1].warnings->testFlag(Fault::CellUndervoltage));
}

void TestBankPhysics::heatDeratesThenProtects()
{
    BankPhysics bank(twoPacks(-20.0));
    bank.step(0);
    QVERIFY(bank.setExtraHeatC(QStringLiteral("P1"), 45.0));
    QList<PackReading> r;
    for (qint64 t = 1000; t <= 120'000; t += 1000)
        r = bank.step(t);
    QVERIFY(*std::max_element(r[0].tempsC->cbegin(), r[0].tempsC->cend()) > 60.0);
    QVERIFY(r[0].faults->testFlag(Fault::Overtemperature));
    QCOMPARE(*r[0].dclA, 0.0);
    QCOMPARE(*r[0].cclA, 0.0);
    QVERIFY(!r[1].faults->testFlag(Fault::Overtemperature));
    QCOMPARE(*r[1].dclA, 74.0);
}

void TestBankPhysics::sameSeedSameBank()
{
    BankPhysics a(twoPacks(-25.0));
    BankPhysics b(twoPacks(-25.0));
    for (qint64 t = 0; t <= 10'000; t += 500) {
        const auto ra = a.step(t);
        const auto rb = b.step(t);
        QCOMPARE(*ra[1].cellsMv, *rb[1].cellsMv);
    }
}

QTEST_GUILESS_MAIN(TestBankPhysics)
#include "tst_bankphysics.moc"
