#include "inverteremulator.h"

#include <QTest>

class TestInverterEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void obeysLimitsAndProtections();
};

void TestInverterEmulator::obeysLimitsAndProtections()
{
    const InverterEmulator inverter(InverterEmulator::Settings{100.0, 80.0});
    QCOMPARE(inverter.decide(std::nullopt).bmsData, false);
    QCOMPARE(inverter.decide(std::nullopt).dischargeA, 0.0);
    InverterView told;
    told[ViewFieldId::CclA].value = 37.0;
    told[ViewFieldId::DclA].value = 150.0;
    InverterEmulator::Decision d = inverter.decide(told);
    QCOMPARE(d.chargeA, 37.0);   // limited by the BMS
    QCOMPARE(d.dischargeA, 80.0); // below the limit: what the loads draw
    QCOMPARE(d.reasons.size(), 1);
    told.faults = Fault::CellUndervoltage;
    d = inverter.decide(told);
    QCOMPARE(d.dischargeA, 0.0); // an under-voltage protection stops discharge ...
    QCOMPARE(d.chargeA, 37.0);   // ... and still lets the bank charge
    told.faults = Fault::Overtemperature;
    d = inverter.decide(told);
    QCOMPARE(d.dischargeA, 0.0);
    QCOMPARE(d.chargeA, 0.0);
    QVERIFY(d.reasons.join(QLatin1Char(' ')).contains(QLatin1String("overtemperature")));
}

QTEST_GUILESS_MAIN(TestInverterEmulator)
#include "tst_inverteremulator.moc"
