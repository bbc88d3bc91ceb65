// The generator-start prediction against hand-worked cases. Two 100 Ah packs at 80 %,
// a 50 A load, generator start at 30 %.

#include "currentsharing.h"

#include <QTest>

Q_DECLARE_METATYPE(Architecture)

using namespace CurrentSharing;

class TestCurrentSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predict_data();
    void predict();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestCurrentSharing::predict_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::addColumn<double>("masterShare");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("trueSoc");
    QTest::addColumn<double>("remainingAh");
    QTest::addColumn<QStringList>("emptied");

    // Master carries 30 %: it falls 15 %/h, P2 35 %/h. P2 empties at 80/35 = 16/7 h with the
    // master at 320/7 %; alone it falls 50 %/h and reaches 30 % after (320/7 - 30)/50 = 11/35 h.
    // Total 91/35 = 2.6 h. True SOC then (30 + 0) / 2 = 15 %, 30 Ah left.
    QTest::newRow("single-master, master carries 30 %") << Architecture::SingleMaster << 0.3 << 2.6 << 15.0 << 30.0
                                                       << QStringList{QStringLiteral("P2")};
    // Master carries 70 %: it reaches 30 % after 50/35 = 1.4286 h; P2 is then at 80 - 15 x 10/7 =
    // 58.571 %; the bank holds (30 + 58.571) / 2 = 44.286 %: the generator starts far too early.
    QTest::newRow("single-master, master carries 70 %") << Architecture::SingleMaster << 0.7 << 50.0 / 35.0
                                                       << (30.0 + 80.0 - 150.0 / 7.0) / 2.0
                                                       << 30.0 + 80.0 - 150.0 / 7.0 << QStringList();
    // Equal sharing: both fall 25 %/h, 2 h to 30 %.
    QTest::newRow("single-master, equal sharing") << Architecture::SingleMaster << 0.5 << 2.0 << 30.0 << 60.0
                                                 << QStringList();
    // An aggregating inverter watches the true SOC: 50 A from 200 Ah is 25 %/h whatever the split.
    QTest::newRow("peer-to-peer, 30/70") << Architecture::PeerToPeer << 0.3 << 2.0 << 30.0 << 60.0 << QStringList();
    QTest::newRow("master-slave, 30/70") << Architecture::MasterSlave << 0.3 << 2.0 << 30.0 << 60.0 << QStringList();
    // Master carries nothing until P2 cuts off at 80/50 = 1.6 h, then 50 %/h for 1 h.
    QTest::newRow("single-master, master carries nothing") << Architecture::SingleMaster << 0.0 << 2.6 << 15.0
                                                          << 30.0 << QStringList{QStringLiteral("P2")};
}

void TestCurrentSharing::predict()
{
    QFETCH(Architecture, architecture);
    QFETCH(double, masterShare);
    QFETCH(double, hours);
    QFETCH(double, trueSoc);
    QFETCH(double, remainingAh);
    QFETCH(QStringList, emptied);

    Scenario s;
    s.architecture = architecture;
    s.loadA = 50.0;
    s.generatorStartSocPct = 30.0;
    s.packs = {{QStringLiteral("P1"), 100.0, 80.0, masterShare, true},
               {QStringLiteral("P2"), 100.0, 80.0, 1.0 - masterShare, false}};
    const auto p = CurrentSharing::predict(s);
    QVERIFY(p.ok());
    QVERIFY(p->generatorStarts);
    QVERIFY2(qAbs(p->hours - hours) < 1e-9, qPrintable(QString::number(p->hours, 'f', 6)));
    QVERIFY(qAbs(p->trueSocPct - trueSoc) < 1e-9);
    QVERIFY(qAbs(p->observedSocPct - 30.0) < 1e-9);
    QVERIFY(qAbs(p->remainingAh - remainingAh) < 1e-9);
    QVERIFY(qAbs(p->remainingKWh - remainingAh * 51.2 / 1000.0) < 1e-9);
    QCOMPARE(p->emptiedPacks, emptied);
}

void TestCurrentSharing::rejectsBadInput_data()
{
    QTest::addColumn<double>("load");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("share1");
    QTest::addColumn<bool>("master");

    QTest::newRow("no load") << 0.0 << 30.0 << 0.5 << true;
    QTest::newRow("threshold out of range") << 50.0 << 100.0 << 0.5 << true;
    QTest::newRow("shares do not add up") << 50.0 << 30.0 << 0.6 << true;
    QTest::newRow("single-master without master") << 50.0 << 30.0 << 0.5 << false;
}

void TestCurrentSharing::rejectsBadInput()
{
    QFETCH(double, load);
    QFETCH(double, threshold);
    QFETCH(double, share1);
    QFETCH(bool, master);

    Scenario s;
    s.architecture = Architecture::SingleMaster;
    s.loadA = load;
    s.generatorStartSocPct = threshold;
    s.packs = {{QStringLiteral("P1"), 100.0, 80.0, share1, master}, {QStringLiteral("P2"), 100.0, 80.0, 0.5, false}};
    const auto p = CurrentSharing::predict(s);
    QVERIFY(!p.ok());
    QVERIFY(!p.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCurrentSharing)
#include "tst_currentsharing.moc"
