#include "lifepo4ocv.h"

#include <QTest>

#include <optional>

class TestLiFePo4Ocv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socForCellVoltage_data();
    void socForCellVoltage();
    void roundTrip();
    void tableIsMonotonic();
    void guessSeriesCells_data();
    void guessSeriesCells();
    void packVoltage();
};

void TestLiFePo4Ocv::socForCellVoltage_data()
{
    QTest::addColumn<double>("cellV");
    QTest::addColumn<double>("soc");

    QTest::newRow("table point 3.40 V") << 3.40 << 100.0;
    QTest::newRow("table point 3.25 V") << 3.25 << 40.0;
    QTest::newRow("table point 3.00 V") << 3.00 << 10.0;
    QTest::newRow("table point 2.50 V") << 2.50 << 0.0;
    // 20 % at 3.20 V, 30 % at 3.22 V: half way
    QTest::newRow("between 20 and 30 %") << 3.21 << 25.0;
    // 60 % at 3.27, 70 % at 3.30: 0.015 / 0.03 of 10 points
    QTest::newRow("between 60 and 70 %") << 3.285 << 65.0;
    // 0 % at 2.50, 10 % at 3.00
    QTest::newRow("between 0 and 10 %") << 2.75 << 5.0;
    QTest::newRow("above the table clamps") << 3.60 << 100.0;
    QTest::newRow("below the table clamps") << 2.00 << 0.0;
}

void TestLiFePo4Ocv::socForCellVoltage()
{
    QFETCH(double, cellV);
    QFETCH(double, soc);
    QVERIFY2(qAbs(LiFePo4Ocv::socForCellVoltage(cellV) - soc) < 1e-9,
             qPrintable(QString::number(LiFePo4Ocv::socForCellVoltage(cellV))));
}

void TestLiFePo4Ocv::roundTrip()
{
    for (double soc = 0.0; soc <= 100.0; soc += 2.5)
        QVERIFY(qAbs(LiFePo4Ocv::socForCellVoltage(LiFePo4Ocv::cellVoltageForSoc(soc)) - soc) < 1e-9);
    QCOMPARE(LiFePo4Ocv::cellVoltageForSoc(150.0), 3.40);
    QCOMPARE(LiFePo4Ocv::cellVoltageForSoc(-5.0), 2.50);
}

void TestLiFePo4Ocv::tableIsMonotonic()
{
    const auto &t = LiFePo4Ocv::table();
    QCOMPARE(t.first().socPct, 0.0);
    QCOMPARE(t.last().socPct, 100.0);
    for (int i = 1; i < t.size(); ++i) {
        QVERIFY(t[i].socPct > t[i - 1].socPct);
        QVERIFY(t[i].cellV > t[i - 1].cellV);
    }
}

void TestLiFePo4Ocv::guessSeriesCells_data()
{
    QTest::addColumn<double>("packV");
    QTest::addColumn<int>("cells");
    QTest::newRow("24 V 8S") << 25.6 << 8;
    QTest::newRow("Pylontech 15S at 48 V") << 48.0 << 15;
    QTest::newRow("JK 16S at 51.2 V") << 51.2 << 16;
    QTest::newRow("16S at 53 V") << 53.0 << 16;
}

void TestLiFePo4Ocv::guessSeriesCells()
{
    QFETCH(double, packV);
    QFETCH(int, cells);
    QCOMPARE(LiFePo4Ocv::guessSeriesCells(packV), cells);
}

void TestLiFePo4Ocv::packVoltage()
{
    // 52.0 V over 16 cells is 3.25 V per cell: 40 %. Over 15 cells it is 3.467 V: full.
    QCOMPARE(LiFePo4Ocv::socForPackVoltage(52.0, 16), 40.0);
    QCOMPARE(LiFePo4Ocv::socForPackVoltage(52.0, 15), 100.0);
    // 48.3 V over 15 cells = 3.22 V: 30 %
    QVERIFY(qAbs(LiFePo4Ocv::socForPackVoltage(48.3, std::nullopt) - 30.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestLiFePo4Ocv)
#include "tst_lifepo4ocv.moc"
