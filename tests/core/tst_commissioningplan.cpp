// The plan on disk: written and read back unchanged, and every kind of bad plan file (truncated,
// wrong types, unknown model, broken rules) refused with an error that names the field.

#include "planner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

CommissioningPlan planFor(const QString &battery, int count, const QString &inverter)
{
    PlanRequest r;
    r.batteries = {{*Planner::batteryRef(battery, catalogue()), count}};
    r.inverter = *Planner::inverterRef(inverter, catalogue());
    r.site = QStringLiteral("Ikeja clinic");
    r.installer = QStringLiteral("A. Okafor");
    r.phone = QStringLiteral("+234 803 000 0000");
    r.created = QStringLiteral("2026-12-01T10:00:00Z");
    r.isolationOrder = Planner::parseOrder(QStringLiteral("Inverter off [INV]; Battery breaker off [Q2]"));
    return *Planner::plan(r, catalogue());
}

QJsonObject json(const CommissioningPlan &p)
{
    return PlanJson::toJson(p);
}

using Edit = std::function<void(QJsonObject &)>;

// Sets root[path] for a dotted path with [i] indexes, e.g. "packs[1].address".
void setPath(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString head = dot < 0 ? path : path.left(dot);
    const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket < 0) {
        if (rest.isEmpty()) {
            if (value.isUndefined())
                root.remove(head);
            else
                root.insert(head, value);
            return;
        }
        QJsonObject child = root.value(head).toObject();
        setPath(child, rest, value);
        root.insert(head, child);
        return;
    }
    const QString key = head.left(bracket);
    const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
    QJsonArray array = root.value(key).toArray();
    if (rest.isEmpty()) {
        array[index] = value;
    } else {
        QJsonObject child = array[index].toObject();
        setPath(child, rest, value);
        array[index] = child;
    }
    root.insert(key, array);
}

Edit set(const char *path, const QJsonValue &value)
{
    return [p = QString::fromLatin1(path), value](QJsonObject &o) { setPath(o, p, value); };
}

Edit drop(const char *path)
{
    return set(path, QJsonValue(QJsonValue::Undefined));
}

} // namespace

class TestCommissioningPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void badFiles_data();
    void badFiles();
    void badPlans_data();
    void badPlans();
    void committedExamplesStillRead();
};

void TestCommissioningPlan::roundTrip()
{
    CommissioningPlan p = planFor(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("deye-sun-sg"));
    p.packs[0].serial = QStringLiteral("HPTCR03171112590");
    p.packs[0].firmware = QStringLiteral("1.7");
    p.packs[2].cableLengthM = 1.25;
    p.inverter.firmware = QStringLiteral("MCU 2.1");
    p.inverter.commLossSettingValue = QStringLiteral("off");
    p.checks.append({QStringLiteral("bus-scan"), QStringLiteral("present"), CheckStatus::Pass, Severity::Info, Confidence::Documented,
                     QStringLiteral("P1"), {QStringLiteral("0x02")}, QStringLiteral("P1 answers at 0x02"), QString(), {}, QStringLiteral("2026-12-01T11:00:00Z")});
    p.manualChecks.append({QStringLiteral("link0-empty"), CheckStatus::RecordedByHand, QStringLiteral("Link 0 of P1 empty"), QStringLiteral("IMG_0042.jpg"),
                           QStringLiteral("A. Okafor"), QStringLiteral("2026-12-01T11:05:00Z")});
    p.handover = Handover{QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("verify"),
                          {{QStringLiteral("P1"), QStringLiteral("HPTCR03171112590"), QStringLiteral("serial"), 81.0, 51.2, -3.5, 3280, 3301, 24, 27.5, 2}}};
    p.alarms.append({QStringLiteral("2026-12-01T11:30:00Z"), QStringLiteral("P3"), QStringLiteral("cell-undervoltage")});
    // The failover part is read strictly too (FailoverRecord): a confirmation the installer recorded.
    p.failover = QJsonObject{{QStringLiteral("confirmed"), QJsonArray{QJsonObject{{QStringLiteral("fact"), QStringLiteral("master-by-cable")}}}}};
    // The diagnosis assistant's checks by hand (plan version 2): one made, one that could not be.
    p.diagnosisChecks.append({QStringLiteral("ab-gnd"), QStringLiteral("correct"), QStringLiteral("A to A, B to B at the RJ45"),
                              QStringLiteral("2026-12-01T02:14:00Z"), true});
    p.diagnosisChecks.append({QStringLiteral("bluetooth"), QString(), QStringLiteral("no phone with the JK app on site"),
                              QStringLiteral("2026-12-01T02:16:00Z"), false});
    const QByteArray bytes = PlanJson::write(p);
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(bytes.endsWith('\n'));
    const auto back = PlanJson::parse(bytes, catalogue());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->isolationOrder, p.isolationOrder);
    QCOMPARE(back->powerUpOrder, p.powerUpOrder);
    QCOMPARE(back->inverter, p.inverter);
    QCOMPARE(back->packs, p.packs);
    QCOMPARE(back->checks, p.checks);
    QCOMPARE(back->manualChecks, p.manualChecks);
    QCOMPARE(back->handover, p.handover);
    QCOMPARE(back->notes, p.notes);
    QCOMPARE(back->links, p.links);
    QCOMPARE(back->standIns, p.standIns);
    QCOMPARE(back->diagnosisChecks, p.diagnosisChecks);
    QVERIFY(*back == p);
    QCOMPARE(PlanJson::write(*back), bytes);

    // Without checks by hand the plan is still written as version 1, without the field, so a
    // BankScope from before version 2 reads it; and a version 1 plan reads as it did.
    p.diagnosisChecks.clear();
    const QJsonObject v1 = QJsonDocument::fromJson(PlanJson::write(p)).object();
    QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(!v1.contains(QStringLiteral("diagnosis_checks")));
    const auto old = PlanJson::parse(QJsonDocument(v1).toJson(), catalogue());
    QVERIFY(old);
    QVERIFY(old->diagnosisChecks.isEmpty());
}

void TestCommissioningPlan::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray good = PlanJson::write(planFor(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("deye-sun-sg")));
    QTest::newRow("truncated") << good.left(good.size() / 2) << "" << "is the file truncated?";
    QTest::newRow("cut after the last brace's predecessor") << good.left(good.lastIndexOf('}')) << "" << "is the file truncated?";
    QTest::newRow("empty") << QByteArray() << "" << "is the file truncated?";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "" << "not a complete JSON document";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "" << "expected a JSON object";
    QTest::newRow("another JSON file") << QByteArray(R"({"architecture": "master-slave", "packs": []})") << "format" << "not a BankScope commissioning plan";
    QTest::newRow("newer version") << QByteArray(R"({"format": "bankscope-commissioning-plan", "version": 3})") << "version" << "written by a newer BankScope (plan version 3)";
    QTest::newRow("version as text") << QByteArray(R"({"format": "bankscope-commissioning-plan", "version": "1"})") << "version" << "expected a whole number";
}

void TestCommissioningPlan::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto r = PlanJson::parse(bytes, catalogue());
    QVERIFY(!r);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestCommissioningPlan::badPlans_data()
{
    QTest::addColumn<QJsonObject>("plan");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QJsonObject pyl = json(planFor(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("deye-sun-sg")));
    const QJsonObject jkb = json(planFor(QStringLiteral("jk-b"), 2, QStringLiteral("deye-sun-sg")));
    auto row = [](const char *name, QJsonObject base, const QList<Edit> &edits, const char *field, const char *message) {
        for (const Edit &e : edits)
            e(base);
        QTest::newRow(name) << base << QString::fromLatin1(field) << QString::fromUtf8(message);
    };
    // Missing and unknown fields.
    row("packs missing", pyl, {drop("packs")}, "packs", "required field is missing");
    row("unknown top-level field", pyl, {set("pack", QJsonArray())}, "pack", "unknown field");
    row("unknown pack field", pyl, {set("packs[1].adress", 3)}, "packs[1].adress", "unknown field");
    // Wrong types.
    row("address as text", pyl, {set("packs[1].address", QStringLiteral("3"))}, "packs[1].address", "expected a number");
    row("address out of range", pyl, {set("packs[1].address", 300)}, "packs[1].address", "300 is out of range");
    row("address not whole", pyl, {set("packs[1].address", 3.5)}, "packs[1].address", "expected a whole number");
    row("release notes as text", pyl, {set("inverter.release_notes_checked", QStringLiteral("yes"))}, "inverter.release_notes_checked", "expected true or false");
    row("packs as an object", pyl, {set("packs", QJsonObject())}, "packs", "expected a list");
    row("site as text", pyl, {set("site", QStringLiteral("Ikeja"))}, "site", "expected an object");
    row("role unknown", pyl, {set("packs[0].role", QStringLiteral("boss"))}, "packs[0].role", "expected one of \"master\"");
    row("architecture unknown", pyl, {set("architecture", QStringLiteral("daisy"))}, "architecture", "expected \"master-slave\"");
    row("count negative", pyl, {set("batteries[0].count", -1)}, "batteries[0].count", "out of range");
    // Unknown models.
    row("unknown battery model", pyl, {set("batteries[0].model", QStringLiteral("pylontech-us3000"))}, "batteries[0].model",
        "unknown battery model 'pylontech-us3000'");
    row("unknown pack model", pyl, {set("packs[2].model", QStringLiteral("us3000c"))}, "packs[2].model", "unknown battery model 'us3000c'");
    row("unknown inverter model", pyl, {set("inverter.model", QStringLiteral("deye"))}, "inverter.model", "unknown inverter model 'deye'");
    row("other without a name", pyl, {set("inverter.model", QStringLiteral("other")), set("inverter.name", QString())}, "inverter.name",
        "needs its name");
    // Facts keep their confidence honest.
    row("confidence does not match the mark", pyl, {set("inverter.setting.confidence", QStringLiteral("documented"))}, "inverter.setting.confidence",
        "does not match the mark [2nd]");
    row("fact without sources", pyl, {set("inverter.setting.sources", QJsonArray())}, "inverter.setting.sources", "at least one source");
    row("fact with an unknown reason", pyl, {set("inverter.setting.unknown", QStringLiteral("guessed"))}, "inverter.setting.unknown", "expected \"no-maker-figure\"");
    // Broken rules.
    row("duplicate address", pyl, {set("packs[2].address", 3)}, "packs[2].address", "address 3 is also P2's");
    row("two masters in a group", pyl, {set("packs[1].role", QStringLiteral("master"))}, "packs[1].role", "two masters in one group: P1 and P2");
    row("no master", pyl, {set("packs[0].role", QStringLiteral("slave"))}, "packs[0].group", "group 0 has no master");
    row("stand-in is the master", pyl, {set("stand_ins[0].pack", QStringLiteral("P1"))}, "stand_ins[0].pack", "is a master itself");
    row("stand-in not in the plan", pyl, {set("stand_ins[0].pack", QStringLiteral("P9"))}, "stand_ins[0].pack", "'P9' is not a pack of this plan");
    row("stand-in for a slave", pyl, {set("stand_ins[0].master", QStringLiteral("P3"))}, "stand_ins[0].master", "'P3' is not a master");
    row("DIP with a letter", pyl, {set("packs[0].dip", QStringLiteral("0O00"))}, "packs[0].dip", "switch positions are written with 1");
    row("DIP too short", pyl, {set("packs[0].dip", QStringLiteral("000"))}, "packs[0].dip", "four DIP switches");
    row("count does not match the packs", pyl, {set("batteries[0].count", 4)}, "packs", "the batteries list 4 × pylontech-us3000c but the packs hold 3");
    row("duplicate pack id", pyl, {set("packs[2].id", QStringLiteral("P2"))}, "packs[2].id", "duplicate pack id 'P2'");
    row("release notes without firmware", pyl, {set("inverter.release_notes_checked", true)}, "inverter.release_notes_checked",
        "enter the inverter's firmware");
    row("multi-drop without the firmware confirmed", jkb,
        {set("topology", QStringLiteral("multi-drop")), set("architecture", QStringLiteral("peer-to-peer")),
         set("packs[0].role", QStringLiteral("peer")), set("packs[1].role", QStringLiteral("peer")), set("stand_ins", QJsonArray())},
        "topology", "needs the inverter's firmware version and the confirmation that its release notes were checked");
    row("order with steps but no origin", pyl, {set("isolation_order.origin", QStringLiteral("missing"))}, "isolation_order.origin", "says where it comes from");
    row("installer order without steps", pyl, {set("isolation_order.steps", QJsonArray())}, "isolation_order.steps", "at least one step");
    row("check with an unknown status", pyl,
        {set("checks", QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("bus-scan")}, {QStringLiteral("code"), QStringLiteral("present")},
                                              {QStringLiteral("status"), QStringLiteral("ok")}}})},
        "checks[0].status", "expected one of \"pending\", \"pass\"");
    row("failover as a list", pyl, {set("failover", QJsonArray())}, "failover", "expected an object or null");
    // The diagnosis assistant's checks by hand.
    auto found = [](const QJsonObject &o) { return set("diagnosis_checks", QJsonArray{o}); };
    row("checks by hand as an object", pyl, {set("diagnosis_checks", QJsonObject())}, "diagnosis_checks", "expected a list");
    row("check by hand unknown", pyl,
        {found({{QStringLiteral("check"), QStringLiteral("voltmeter")}, {QStringLiteral("done"), true}, {QStringLiteral("outcome"), QStringLiteral("ok")}})},
        "diagnosis_checks[0].check", "unknown check 'voltmeter'");
    row("check by hand without done", pyl, {found({{QStringLiteral("check"), QStringLiteral("ab-gnd")}, {QStringLiteral("outcome"), QStringLiteral("correct")}})},
        "diagnosis_checks[0].done", "required field is missing");
    row("check by hand done without outcome", pyl, {found({{QStringLiteral("check"), QStringLiteral("ab-gnd")}, {QStringLiteral("done"), true}})},
        "diagnosis_checks[0].outcome", "needs its outcome (one of \"correct\", \"swapped\", \"no-gnd\")");
    row("check by hand with another check's outcome", pyl,
        {found({{QStringLiteral("check"), QStringLiteral("ab-gnd")}, {QStringLiteral("done"), true}, {QStringLiteral("outcome"), QStringLiteral("off")}})},
        "diagnosis_checks[0].outcome", "'off' is not an outcome of ab-gnd");
    row("check by hand not done with an outcome", pyl,
        {found({{QStringLiteral("check"), QStringLiteral("leds")}, {QStringLiteral("done"), false}, {QStringLiteral("outcome"), QStringLiteral("off")}})},
        "diagnosis_checks[0].outcome", "not done has no outcome");
    row("check by hand with an unknown field", pyl,
        {found({{QStringLiteral("check"), QStringLiteral("leds")}, {QStringLiteral("done"), false}, {QStringLiteral("by"), QStringLiteral("me")}})},
        "diagnosis_checks[0].by", "unknown field");
}

void TestCommissioningPlan::badPlans()
{
    QFETCH(QJsonObject, plan);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto r = PlanJson::parse(QJsonDocument(plan).toJson(), catalogue());
    QVERIFY2(!r, "a bad plan was accepted");
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(!r.error().toString().contains(QLatin1Char('\n')));
}

void TestCommissioningPlan::committedExamplesStillRead()
{
    // The example plans under tests/data/commissioning are read by the tests of the report and
    // the CLI: a change to the format that breaks them must be deliberate.
    for (const char *name : {"pylontech-3pack-deye.json", "jk-b-2pack-deye.json", "victron-gx-2bms.json", "mixed-us3000c-us2000c.json"}) {
        QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/") + QLatin1String(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), name);
        const auto r = PlanJson::parse(f.readAll(), catalogue());
        QVERIFY2(r, qPrintable(QLatin1String(name) + QStringLiteral(": ") + (r ? QString() : r.error().toString())));
    }
}

QTEST_GUILESS_MAIN(TestCommissioningPlan)
#include "tst_commissioningplan.moc"
