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
    void protectionStopsTheCurrent_data();
    void protectionStopsTheCurrent();
    void everyPackProtectedCarriesNothing();
    void heavyLoadTripsEveryPackThenStops();
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

void TestBankPhysics::protectionStopsTheCurrent_data()
{
    // P1 is driven into a protection; from the next step on its open MOSFET blocks one
    // direction of current (the other still flows), and P2 takes the bank's load.
    QTest::addColumn<QString>("protection"); // how P1 gets there
    QTest::addColumn<double>("loadA");
    QTest::addColumn<int>("p1Sign");         // P1's current next step: -1 discharging, 0 none, +1 charging
    QTest::newRow("over-temperature, discharging") << "heat" << -40.0 << 0;
    QTest::newRow("over-temperature, charging") << "heat" << 40.0 << 0;
    QTest::newRow("under-voltage, discharging") << "empty" << -300.0 << 0;
    QTest::newRow("under-voltage, charging") << "empty" << 40.0 << +1;
    QTest::newRow("over-voltage, charging") << "full" << 150.0 << 0;
    QTest::newRow("over-voltage, discharging") << "full" << -40.0 << -1;
}

void TestBankPhysics::protectionStopsTheCurrent()
{
    QFETCH(QString, protection);
    QFETCH(double, loadA);
    QFETCH(int, p1Sign);
    PhysicsConfig c = twoPacks(loadA);
    c.packs[1].socPct = 50.0;
    Fault expected = Fault::Overtemperature;
    if (protection == QLatin1String("empty")) {
        c.packs[0].socPct = 3.0; // resting cells at ~2.65 V: under-voltage, even as P2 charges it
        c.packs[1].socPct = 60.0;
        c.packs[1].cableOhm = 0.05; // a long run: at 300 A the bus sinks below P1, which would discharge
        c.load.points = {{0.0, 0.0}, {0.5, 0.0}, {0.501, loadA}};
        expected = Fault::CellUndervoltage;
    } else if (protection == QLatin1String("full")) {
        c.packs[0].socPct = 100.0;
        c.packs[0].softCell = 3; // 3.5 mOhm: above 3.65 V at ~70 A of charge
        c.packs[1].cableOhm = 0.05; // a long run: P1 takes nearly all of a charge
        c.load.points = {{0.0, 150.0}, {0.5, 150.0}, {0.501, loadA}}; // charged into the protection first
        expected = Fault::CellOvervoltage;
    }
    BankPhysics bank(c);
    QList<PackReading> r = bank.step(0);
    if (protection == QLatin1String("heat"))
        QVERIFY(bank.setExtraHeatC(QStringLiteral("P1"), 100.0));
    qint64 t = 0;
    while (!r[0].faults->testFlag(expected) && t < 120'000) {
        t += 1000;
        r = bank.step(t);
    }
    QVERIFY2(r[0].faults->testFlag(expected), qPrintable(protection));
    const QList<PackReading> next = bank.step(t + 1000);
    const double p1 = *next[0].currentA;
    const double p2 = *next[1].currentA;
    const QString currents = QStringLiteral("P1 %1 A, P2 %2 A").arg(p1).arg(p2);
    if (p1Sign == 0)
        QVERIFY2(p1 == 0.0, qPrintable(currents));
    else
        QVERIFY2(p1Sign > 0 ? p1 > 1.0 : p1 < -1.0, qPrintable(currents));
    // The load is carried all the same: P2 takes it (and, where it may, charges P1).
    QVERIFY(std::abs(bank.bankCurrentA() - loadA) < 1e-9);
    QVERIFY2(std::abs(p1 + p2 - loadA) <= 0.2, qPrintable(currents));
    if (expected == Fault::Overtemperature) {
        QCOMPARE(*next[0].cclA, 0.0);
        QCOMPARE(*next[0].dclA, 0.0);
    }
    // Heat and an empty pack hold the protection; an over-voltage releases at rest (the cells
    // settle below 3.55 V), and charging would trip it again: a BMS at the top of its charge.
    if (expected != Fault::CellOvervoltage)
        QVERIFY(next[0].faults->testFlag(expected));
}

void TestBankPhysics::everyPackProtectedCarriesNothing()
{
    BankPhysics bank(twoPacks(-40.0));
    bank.step(0);
    QVERIFY(bank.setExtraHeatC(QStringLiteral("P1"), 100.0));
    QVERIFY(bank.setExtraHeatC(QStringLiteral("P2"), 100.0));
    QList<PackReading> r;
    qint64 t = 0;
    do {
        t += 1000;
        r = bank.step(t);
    } while (!(r[0].faults->testFlag(Fault::Overtemperature) && r[1].faults->testFlag(Fault::Overtemperature)) && t < 120'000);
    QVERIFY(r[0].faults->testFlag(Fault::Overtemperature) && r[1].faults->testFlag(Fault::Overtemperature));
    r = bank.step(t + 1000);
    QCOMPARE(bank.bankCurrentA(), 0.0);
    QCOMPARE(*r[0].currentA, 0.0);
    QCOMPARE(*r[1].currentA, 0.0);
    // Both at rest: each reports its open-circuit voltage.
    QVERIFY(*r[0].voltageV > 45.0 && *r[0].voltageV < 52.0);
}

void TestBankPhysics::heavyLoadTripsEveryPackThenStops()
{
    // The case: 400 A out of two packs. Each heats past 60 degrees C; its discharge
    // MOSFET opens and the other pack takes the whole load, until it trips too and the bus
    // current is zero. It never flows through a pack whose protection has opened.
    BankPhysics bank(twoPacks(-400.0));
    bank.step(0);
    QList<PackReading> previous = bank.step(1000);
    bool bothTripped = false;
    for (qint64 t = 2000; t <= 600'000 && !bothTripped; t += 1000) {
        const QList<PackReading> r = bank.step(t);
        for (int k = 0; k < 2; ++k) {
            if (previous[k].faults->testFlag(Fault::Overtemperature))
                QVERIFY2(*r[k].currentA == 0.0, qPrintable(QStringLiteral("P%1 at %2 s: %3 A").arg(k + 1).arg(t / 1000).arg(*r[k].currentA)));
        }
        QVERIFY(std::abs(*r[0].currentA + *r[1].currentA - bank.bankCurrentA()) <= 0.2);
        bothTripped = previous[0].faults->testFlag(Fault::Overtemperature) && previous[1].faults->testFlag(Fault::Overtemperature);
        if (bothTripped) {
            QCOMPARE(bank.bankCurrentA(), 0.0);
            QVERIFY(*std::max_element(r[0].tempsC->cbegin(), r[0].tempsC->cend()) < 250.0); // no runaway heating
        }
        previous = r;
    }
    QVERIFY(bothTripped);
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
