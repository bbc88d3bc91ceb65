#include "bankjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestBankJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFullInput();
    void defaultsWhenPolicyAbsent();
    void rejects_data();
    void rejects();
    void outputShape();
};

namespace {

QByteArray pack(const QByteArray &extra = {})
{
    return R"({"id": "P1", "role": "master", "capacity_Ah": 74)" + extra + "}";
}

QByteArray bank(const QByteArray &packs, const QByteArray &top = {})
{
    return R"({"architecture": "master-slave", )" + top + R"("packs": [)" + packs + "]}";
}

} // namespace

void TestBankJson::parsesFullInput()
{
    const QByteArray json = R"({"architecture": "single-master",
        "policy": {"current_limits": "sum", "faults": "all", "stale_after_s": 5},
        "packs": [{"id": "P1", "role": "master", "address": 1, "capacity_Ah": 280, "online": true, "age_s": 0.4,
                   "soc_pct": 81, "soh_pct": 98, "voltage_V": 52.1, "current_A": -20.5,
                   "cells_mV": [3310, 3305], "temps_C": [24.5, 25], "cvl_V": 55.2, "ccl_A": 100, "dcl_A": 150,
                   "faults": ["cell-undervoltage", "communication"], "warnings": ["cell-imbalance"]},
                  {"id": "P2", "capacity_Ah": 280, "online": false}]})";
    const auto s = BankJson::parse(json, 10'000);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QCOMPARE(s->config.architecture, Architecture::SingleMaster);
    QCOMPARE(s->policy.currentLimits, CurrentLimitRule::Sum);
    QCOMPARE(s->policy.faults, FaultRule::All);
    QCOMPARE(s->policy.staleAfterS, 5.0);
    QCOMPARE(s->config.packs.size(), 2);
    QCOMPARE(s->config.packs[0].role, PackRole::Master);
    QCOMPARE(s->config.packs[0].address, 1);
    QCOMPARE(s->config.packs[1].role, PackRole::Slave);
    const PackReading &p1 = s->readings[QStringLiteral("P1")];
    QCOMPARE(p1.socPct.atMs, 9'600);
    QCOMPARE(*p1.currentA, -20.5);
    QCOMPARE(*p1.cellsMv, (QList<int>{3310, 3305}));
    QCOMPARE(*p1.tempsC, (QList<double>{24.5, 25.0}));
    QCOMPARE(*p1.faults, Faults(Fault::CellUndervoltage | Fault::Communication));
    QCOMPARE(*p1.warnings, Faults(Fault::CellImbalance));
    QVERIFY(s->readings[QStringLiteral("P2")].markedOffline);
}

void TestBankJson::defaultsWhenPolicyAbsent()
{
    const auto s = BankJson::parse(bank(pack()), 0);
    QVERIFY(s.ok());
    QCOMPARE(s->policy.currentLimits, CurrentLimitRule::WeakestTimesCount);
    QCOMPARE(s->policy.faults, FaultRule::Any);
    QCOMPARE(s->policy.staleAfterS, 10.0);
}

void TestBankJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{\"architecture\": ") << "" << "invalid JSON at offset";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "" << "expected a JSON object";
    QTest::newRow("architecture missing") << QByteArray(R"({"packs": [{"id": "P1", "capacity_Ah": 1}]})")
                                          << "architecture" << "required field is missing";
    QTest::newRow("architecture unknown") << QByteArray(R"({"architecture": "daisy", "packs": []})")
                                          << "architecture" << "expected \"master-slave\"";
    QTest::newRow("packs missing") << QByteArray(R"({"architecture": "peer-to-peer"})") << "packs"
                                   << "required field is missing";
    QTest::newRow("packs empty") << bank({}) << "packs" << "non-empty list";
    QTest::newRow("pack not an object") << bank("3") << "packs[0]" << "expected an object";
    QTest::newRow("id missing") << bank(R"({"capacity_Ah": 74})") << "packs[0].id" << "required field is missing";
    QTest::newRow("id empty") << bank(R"({"id": " ", "capacity_Ah": 74})") << "packs[0].id" << "non-empty string";
    QTest::newRow("id duplicate") << bank(pack() + "," + pack()) << "packs[1].id" << "duplicate pack id 'P1'";
    QTest::newRow("capacity missing") << bank(R"({"id": "P1"})") << "packs[0].capacity_Ah" << "required field is missing";
    QTest::newRow("capacity zero") << bank(R"({"id": "P1", "capacity_Ah": 0})") << "packs[0].capacity_Ah" << "out of range";
    QTest::newRow("soc above 100") << bank(pack(R"(, "soc_pct": 120)")) << "packs[0].soc_pct" << "120 is out of range";
    QTest::newRow("soc as text") << bank(pack(R"(, "soc_pct": "81")")) << "packs[0].soc_pct" << "expected a number";
    QTest::newRow("negative dcl") << bank(pack(R"(, "dcl_A": -74)")) << "packs[0].dcl_A" << "out of range";
    QTest::newRow("age negative") << bank(pack(R"(, "age_s": -1)")) << "packs[0].age_s" << "out of range";
    QTest::newRow("online as text") << bank(pack(R"(, "online": "yes")")) << "packs[0].online" << "expected true or false";
    QTest::newRow("role unknown") << bank(R"({"id": "P1", "capacity_Ah": 74, "role": "boss"})") << "packs[0].role"
                                  << "expected \"master\" or \"slave\"";
    QTest::newRow("address fractional") << bank(pack(R"(, "address": 2.5)")) << "packs[0].address" << "whole number";
    QTest::newRow("cell fractional") << bank(pack(R"(, "cells_mV": [3300, 3300.5])")) << "packs[0].cells_mV[1]"
                                     << "whole number";
    QTest::newRow("cell not a number") << bank(pack(R"(, "cells_mV": [3300, null])")) << "packs[0].cells_mV[1]"
                                       << "expected a number";
    QTest::newRow("temps not a list") << bank(pack(R"(, "temps_C": 25)")) << "packs[0].temps_C" << "list of numbers";
    QTest::newRow("unknown fault name") << bank(pack(R"(, "faults": ["cell-undervoltage", "cell-low"])"))
                                        << "packs[0].faults[1]" << "unknown fault name 'cell-low'";
    QTest::newRow("fault not a string") << bank(pack(R"(, "faults": [7])")) << "packs[0].faults[0]" << "expected a fault name";
    QTest::newRow("unknown pack field") << bank(pack(R"(, "soc": 50)")) << "packs[0].soc" << "unknown field";
    QTest::newRow("unknown top-level field") << bank(pack(), R"("polcy": {}, )") << "polcy" << "unknown field";
    QTest::newRow("policy rule unknown") << bank(pack(), R"("policy": {"current_limits": "max"}, )")
                                         << "policy.current_limits" << "expected \"weakest-times-count\"";
    QTest::newRow("policy faults unknown") << bank(pack(), R"("policy": {"faults": "some"}, )") << "policy.faults"
                                           << "expected \"any\" or \"all\"";
    QTest::newRow("policy stale zero") << bank(pack(), R"("policy": {"stale_after_s": 0}, )")
                                       << "policy.stale_after_s" << "out of range";
    QTest::newRow("policy not an object") << bank(pack(), R"("policy": 3, )") << "policy" << "expected an object";
}

void TestBankJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const auto s = BankJson::parse(json, 0);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, field);
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
}

void TestBankJson::outputShape()
{
    const QByteArray json = R"({"architecture": "single-master", "packs": [
        {"id": "P1", "role": "master", "capacity_Ah": 100, "soc_pct": 80, "voltage_V": 52, "current_A": -10,
         "cells_mV": [3300, 3290], "temps_C": [25, 26]},
        {"id": "P2", "capacity_Ah": 100, "soc_pct": 60, "voltage_V": 52, "current_A": -10,
         "cells_mV": [3200, 3100], "temps_C": [25], "faults": ["cell-undervoltage"]}]})";
    const auto s = BankJson::parse(json, 0);
    QVERIFY(s.ok());
    const QJsonObject out = BankJson::toJson(Aggregator::aggregate(*s, 0));
    const QJsonObject truth = out[QStringLiteral("bank_truth")].toObject();
    for (const char *key : {"soc_pct", "soh_pct", "voltage_V", "current_A", "capacity_Ah", "cvl_V", "ccl_A", "dcl_A",
                            "temp_max_C", "temp_min_C", "cell_min_mV", "cell_max_mV", "online_packs"}) {
        QVERIFY2(truth.contains(QLatin1String(key)), key);
        QVERIFY(truth[QLatin1String(key)].toObject().contains(QStringLiteral("value")));
        QVERIFY(truth[QLatin1String(key)].toObject().contains(QStringLiteral("rule")));
        QVERIFY(truth[QLatin1String(key)].toObject().contains(QStringLiteral("from")));
    }
    const QJsonObject cellMin = truth[QStringLiteral("cell_min_mV")].toObject();
    QCOMPARE(cellMin[QStringLiteral("value")].toDouble(), 3100.0);
    QCOMPARE(cellMin[QStringLiteral("pack")].toString(), QStringLiteral("P2"));
    QCOMPARE(cellMin[QStringLiteral("cell")].toInt(), 2);
    QCOMPARE(truth[QStringLiteral("soc_pct")].toObject()[QStringLiteral("value")].toDouble(), 70.0);
    QVERIFY(truth[QStringLiteral("soh_pct")].toObject()[QStringLiteral("value")].isNull());
    QCOMPARE(truth[QStringLiteral("faults")].toArray(), QJsonArray{QStringLiteral("cell-undervoltage")});
    const QJsonObject seen = out[QStringLiteral("inverter_sees")].toObject();
    QCOMPARE(seen[QStringLiteral("soc_pct")].toObject()[QStringLiteral("rule")].toString(), QStringLiteral("master-only"));
    const QJsonObject gaps = out[QStringLiteral("gaps")].toObject();
    QCOMPARE(gaps[QStringLiteral("soc_error_pct")].toDouble(), 10.0);
    QCOMPARE(gaps[QStringLiteral("hidden_faults")].toArray(), QJsonArray{QStringLiteral("cell-undervoltage")});
    QCOMPARE(gaps[QStringLiteral("hidden_cell_min")].toObject()[QStringLiteral("cell")].toInt(), 2);
    QVERIFY(out[QStringLiteral("findings")].toArray().size() >= 2);
    const QJsonObject finding = out[QStringLiteral("findings")].toArray().first().toObject();
    for (const char *key : {"code", "severity", "subject", "text", "next_step"})
        QVERIFY2(finding.contains(QLatin1String(key)), key);
    QCOMPARE(finding[QStringLiteral("severity")].toString(), QStringLiteral("error"));
}

QTEST_GUILESS_MAIN(TestBankJson)
#include "tst_bankjson.moc"
