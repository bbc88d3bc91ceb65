#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleParses();
    void fieldsAndDefaults();
    void victronBankIsPeerToPeer();
    void rejects_data();
    void rejects();
};

void TestScenario::everyExampleParses()
{
    const QDir dir(QStringLiteral(BANKSCOPE_TEST_DATA "/../../resources/scenarios"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 4);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto s = Scenario::parse(f.readAll());
        QVERIFY2(s.ok(), qPrintable(name + QStringLiteral(": ") + (s.ok() ? QString() : s.error().toString())));
    }
}

void TestScenario::fieldsAndDefaults()
{
    const auto s = Scenario::parse(R"({"name": "t", "packs": [{"id": "A"}, {"id": "B", "address": 3, "cable_mOhm": 12, "soft_cell": 7}],
        "load": [[0, -10], [60, -30]],
        "faults": [{"at_s": 30, "type": "cell-sag", "pack": "B", "cell": 3, "ohm": 0.02}, {"at_s": 10, "type": "master-dies"}]})");
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(s->baudRate, 9600);
    QCOMPARE(s->physics.packs.size(), 2);
    QCOMPARE(s->physics.packs[0].role, PackRole::Master);
    QCOMPARE(s->physics.packs[0].address, 2);
    QCOMPARE(s->physics.packs[1].cableOhm, 0.012);
    QCOMPARE(s->physics.packs[1].softCell, 6);
    QCOMPARE(s->physics.load.at(30), -20.0);
    QCOMPARE(s->faults.size(), 2);
    QCOMPARE(s->faults[0].type, ScenarioFault::Type::MasterDies); // sorted by time
    QCOMPARE(s->faults[1].cell, 3);
    QCOMPARE(s->faults[1].ohm, 0.02);
}

void TestScenario::victronBankIsPeerToPeer()
{
    // Every BMS talks to the GX: no master, so "slave" faults may concern the first pack too.
    const auto s = Scenario::parse(R"({"name": "gx", "protocol": "victron-can", "packs": [{"id": "A"}, {"id": "B"}],
        "faults": [{"at_s": 5, "type": "slave-offline", "pack": "A"}, {"at_s": 6, "type": "ab-swapped", "pack": "B"}]})");
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(s->physics.architecture, Architecture::PeerToPeer);
    QCOMPARE(s->physics.packs[0].cells, 16);
    QCOMPARE(s->physics.packs[1].model, QStringLiteral("LFP16S-CAN"));
    QCOMPARE(s->faults[1].pack, QStringLiteral("B"));
}

void TestScenario::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray packs = R"("packs": [{"id": "A"}, {"id": "B", "address": 3}])";
    QTest::newRow("bad JSON") << QByteArray("{") << "";
    QTest::newRow("no name") << "{" + packs + "}" << "name";
    QTest::newRow("unknown key") << R"({"name": "t", "bad": 1, )" + packs + "}" << "bad";
    QTest::newRow("other protocol") << R"({"name": "t", "protocol": "victron-ve-bus", )" + packs + "}" << "protocol";
    QTest::newRow("victron bank with a master") << R"({"name": "t", "protocol": "victron-can", "architecture": "master-slave", )" + packs + "}"
                                                << "architecture";
    QTest::newRow("bad dialect") << R"({"name": "t", "protocol": "pylon-can", "can_dialect": "v9", )" + packs + "}" << "can_dialect";
    QTest::newRow("no packs") << QByteArray(R"({"name": "t", "packs": []})") << "packs";
    QTest::newRow("duplicate address") << QByteArray(R"({"name": "t", "packs": [{"id": "A"}, {"id": "B", "address": 2}]})") << "packs[1].address";
    QTest::newRow("other group") << QByteArray(R"({"name": "t", "packs": [{"id": "A"}, {"id": "B", "address": 19}]})") << "packs[1].address";
    QTest::newRow("unknown fault") << R"({"name": "t", "faults": [{"at_s": 1, "type": "meltdown", "pack": "A"}], )" + packs + "}" << "faults[0].type";
    QTest::newRow("unknown pack") << R"({"name": "t", "faults": [{"at_s": 1, "type": "cell-sag", "pack": "Z"}], )" + packs + "}" << "faults[0].pack";
    QTest::newRow("slave fault on master") << R"({"name": "t", "faults": [{"at_s": 1, "type": "slave-offline", "pack": "A"}], )" + packs + "}"
                                           << "faults[0].pack";
    QTest::newRow("load out of order") << R"({"name": "t", "load": [[10, 1], [5, 2]], )" + packs + "}" << "load[1]";
    QTest::newRow("soc out of range") << QByteArray(R"({"name": "t", "packs": [{"id": "A", "soc_pct": 130}]})") << "packs[0].soc_pct";
}

void TestScenario::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto s = Scenario::parse(json);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QVERIFY(!s.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
