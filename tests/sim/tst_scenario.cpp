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
    void outOfRange_data();
    void outOfRange();
    void limitsAreInclusive();
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
    QTest::newRow("load out of order") << R"({"name": "t", "load": [[10, 1], [5, 2]], )" + packs + "}" << "load[1][0]";
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

void TestScenario::outOfRange_data()
{
    // Every value a scenario sets has a range from what real 48 V LFP banks do (scenario.cpp
    // says where each comes from); a value just outside it is refused with the field and the
    // range, never clamped and never wrapped on the wire.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const QByteArray name = R"("name": "t", )";
    const QByteArray pack = R"("packs": [{"id": "A"}])";
    auto top = [&](const char *member) -> QByteArray { return "{" + name + member + ", " + pack + "}"; };
    auto onePack = [&](const char *member) -> QByteArray { return "{" + name + R"("packs": [{"id": "A", )" + member + "}]}"; };
    auto fault = [&](const char *member) -> QByteArray { return "{" + name + pack + R"(, "faults": [{"at_s": 1, )" + member + "}]}"; };
    QTest::newRow("load -7000 A (the issue's value)") << top(R"("load": [[0, -7000]])") << "load[0][1]" << "from -2000 to 2000 A";
    QTest::newRow("load just below -2000 A") << top(R"("load": [[0, -30], [5, -2000.1]])") << "load[1][1]" << "from -2000 to 2000 A";
    QTest::newRow("load just above 2000 A") << top(R"("load": [[0, 2000.1]])") << "load[0][1]" << "from -2000 to 2000 A";
    QTest::newRow("load current not a number") << top(R"("load": [[0, "10"]])") << "load[0][1]" << "from -2000 to 2000 A";
    QTest::newRow("load time negative") << top(R"("load": [[-1, 10]])") << "load[0][0]" << "from 0 to 604800 s";
    QTest::newRow("load time past a week") << top(R"("load": [[604800.5, 10]])") << "load[0][0]" << "from 0 to 604800 s";
    QTest::newRow("load point not a pair") << top(R"("load": [[0, 10, 20]])") << "load[0]" << "[seconds, amperes]";
    QTest::newRow("ambient below -30") << top(R"("ambient_C": -30.1)") << "ambient_C" << "from -30 to 70 \u00B0C";
    QTest::newRow("ambient above 70") << top(R"("ambient_C": 70.1)") << "ambient_C" << "from -30 to 70 \u00B0C";
    QTest::newRow("baud not a serial rate") << top(R"("baud": 9601)") << "baud" << "9600";
    QTest::newRow("baud too slow") << top(R"("baud": 300)") << "baud" << "1200";
    // Found by fuzz_scenario: a number beyond int's range was converted before it was checked (UB).
    QTest::newRow("baud beyond int") << top(R"("baud": 1.2e121)") << "baud" << "9600";
    QTest::newRow("baud not whole") << top(R"("baud": 9600.5)") << "baud" << "9600";
    QTest::newRow("turnaround above 5 s") << top(R"("turnaround_ms": 5001)") << "turnaround_ms" << "from 0 to 5000 ms";
    QTest::newRow("turnaround not whole") << top(R"("turnaround_ms": 2.5)") << "turnaround_ms" << "from 0 to 5000 ms";
    QTest::newRow("tick below 50 ms") << top(R"("tick_ms": 49)") << "tick_ms" << "from 50 to 5000 ms";
    QTest::newRow("tick above 5 s") << top(R"("tick_ms": 5001)") << "tick_ms" << "from 50 to 5000 ms";
    QTest::newRow("duration negative") << top(R"("duration_s": -1)") << "duration_s" << "from 0 to 604800 s";
    QTest::newRow("duration past a week") << top(R"("duration_s": 604801)") << "duration_s" << "from 0 to 604800 s";
    QTest::newRow("seed negative") << top(R"("seed": -1)") << "seed" << "from 0 to 4294967295";
    QTest::newRow("seed past 32 bits") << top(R"("seed": 4294967296)") << "seed" << "from 0 to 4294967295";
    QTest::newRow("nine packs") << "{" + name + R"("packs": [{"id": "A"}, {"id": "B"}, {"id": "C"}, {"id": "D"}, {"id": "E"},
        {"id": "F"}, {"id": "G"}, {"id": "H"}, {"id": "I"}]})" << "packs" << "1 to 8 packs";
    QTest::newRow("pylontech address past group 7") << onePack(R"("address": 128)") << "packs[0].address" << "from 2 to 127";
    QTest::newRow("pylontech address 0x11 is no module") << onePack(R"("address": 17)") << "packs[0].address" << "2 to 15";
    QTest::newRow("JK address past the DIP switch") << "{" + name + R"("protocol": "jk-modbus", "packs": [{"id": "A", "address": 16}]})"
                                                    << "packs[0].address" << "from 1 to 15";
    QTest::newRow("JK Modbus address 0 is the JK master") << "{" + name + R"("protocol": "jk-modbus", "packs": [{"id": "A", "address": 0}]})"
                                                          << "packs[0].address" << "from 1 to 15";
    QTest::newRow("capacity below 5 Ah") << onePack(R"("capacity_Ah": 4.9)") << "packs[0].capacity_Ah" << "from 5 to 1000 Ah";
    QTest::newRow("capacity above 1000 Ah") << onePack(R"("capacity_Ah": 1000.1)") << "packs[0].capacity_Ah" << "from 5 to 1000 Ah";
    QTest::newRow("soc below 0") << onePack(R"("soc_pct": -0.1)") << "packs[0].soc_pct" << "from 0 to 100 %";
    QTest::newRow("soh above 100") << onePack(R"("soh_pct": 100.1)") << "packs[0].soh_pct" << "from 0 to 100 %";
    QTest::newRow("7 cells") << onePack(R"("cells": 7)") << "packs[0].cells" << "from 8 to 16 cells";
    QTest::newRow("17 cells") << onePack(R"("cells": 17)") << "packs[0].cells" << "from 8 to 16 cells";
    QTest::newRow("25 cells on a JK-B") << "{" + name + R"("protocol": "jk-legacy", "packs": [{"id": "A", "cells": 25}]})"
                                        << "packs[0].cells" << "from 8 to 24 cells";
    QTest::newRow("cable below 0.1 mOhm") << onePack(R"("cable_mOhm": 0.09)") << "packs[0].cable_mOhm" << "from 0.1 to 100 m\u03A9";
    QTest::newRow("cable above 100 mOhm") << onePack(R"("cable_mOhm": 100.5)") << "packs[0].cable_mOhm" << "from 0.1 to 100 m\u03A9";
    QTest::newRow("soft cell past the pack's cells") << onePack(R"("soft_cell": 16)") << "packs[0].soft_cell" << "from 0 to 15";
    QTest::newRow("ccl 0") << onePack(R"("ccl_A": 0)") << "packs[0].ccl_A" << "from 1 to 500 A";
    QTest::newRow("dcl above 500 A") << onePack(R"("dcl_A": 500.1)") << "packs[0].dcl_A" << "from 1 to 500 A";
    QTest::newRow("id with a space") << QByteArray(R"({"name": "t", "packs": [{"id": "pack 1"}]})") << "packs[0].id" << "no spaces";
    QTest::newRow("id of 17 characters") << QByteArray(R"({"name": "t", "packs": [{"id": "ABCDEFGHIJKLMNOPQ"}]})") << "packs[0].id" << "1 to 16";
    QTest::newRow("Pylontech model past 10 characters") << onePack(R"("model": "US3000C-PLUS")") << "packs[0].model" << "10 characters";
    QTest::newRow("Victron BMS name past 16 characters") << "{" + name + R"("protocol": "victron-can", "packs": [{"id": "North"}, {"id": "South1"}]})"
                                                         << "packs[1].id" << "16 characters";
    QTest::newRow("fault past a week") << "{" + name + pack + R"(, "faults": [{"at_s": 604801, "type": "master-dies"}]})" << "faults[0].at_s"
                                       << "from 0 to 604800 s";
    QTest::newRow("fault after the end") << "{" + name + pack + R"(, "duration_s": 60, "faults": [{"at_s": 61, "type": "master-dies"}]})"
                                         << "faults[0].at_s" << "after the end";
    QTest::newRow("sag cell past the pack's cells") << fault(R"("type": "cell-sag", "pack": "A", "cell": 16)") << "faults[0].cell" << "from 1 to 15";
    QTest::newRow("sag resistance above 0.1 ohm") << fault(R"("type": "cell-sag", "pack": "A", "ohm": 0.11)") << "faults[0].ohm"
                                                  << "from 0.0001 to 0.1 \u03A9";
    QTest::newRow("heat above 100 K") << fault(R"("type": "over-temperature", "pack": "A", "degrees": 101)") << "faults[0].degrees" << "from 1 to 100 K";
    QTest::newRow("firmware byte past 255") << fault(R"("type": "firmware-mismatch", "pack": "A", "firmware": "1.2.300")") << "faults[0].firmware"
                                            << "0 to 255";
    QTest::newRow("JK firmware past 8 characters") << "{" + name + R"("protocol": "jk-modbus", "packs": [{"id": "A"}],
        "faults": [{"at_s": 1, "type": "firmware-mismatch", "pack": "A", "firmware": "19.20.123"}]})" << "faults[0].firmware" << "8 characters";
    QTest::newRow("description not text") << top(R"("description": 5)") << "description" << "string";
    QByteArray many = "[";
    for (int i = 0; i <= 10000; ++i)
        many += (i ? "," : "") + QByteArray("[") + QByteArray::number(i) + ",1]";
    many += "]";
    QTest::newRow("10001 load points") << "{" + name + pack + R"(, "load": )" + many + "}" << "load" << "10000";
}

void TestScenario::outOfRange()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const auto s = Scenario::parse(json);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QVERIFY2(s.error().message.contains(says), qPrintable(s.error().toString()));
}

void TestScenario::limitsAreInclusive()
{
    // The limits themselves are accepted.
    const auto s = Scenario::parse(R"({"name": "edges", "baud": 921600, "turnaround_ms": 5000, "tick_ms": 50, "duration_s": 604800,
        "seed": 4294967295, "ambient_C": -30,
        "packs": [{"id": "ABCDEFGHIJKLMNOP", "address": 2, "model": "US3000CXYZ", "capacity_Ah": 1000, "soc_pct": 0, "soh_pct": 100,
                   "cells": 16, "cable_mOhm": 0.1, "soft_cell": 16, "ccl_A": 500, "dcl_A": 1},
                  {"id": "B", "address": 15, "capacity_Ah": 5, "cells": 8, "cable_mOhm": 100}],
        "load": [[0, -2000], [604800, 2000]],
        "faults": [{"at_s": 604800, "type": "cell-sag", "pack": "B", "cell": 8, "ohm": 0.1},
                   {"at_s": 0, "type": "over-temperature", "pack": "B", "degrees": 100},
                   {"at_s": 1, "type": "firmware-mismatch", "pack": "B", "firmware": "255.0.255"}]})");
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(s->physics.load.at(0), -2000.0);
    QCOMPARE(s->physics.packs[0].softCell, 15);
    QCOMPARE(s->physics.seed, 4294967295u);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
