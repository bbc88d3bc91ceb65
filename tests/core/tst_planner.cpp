// The planner: for each architecture the bank it derives (roles, groups, addresses, DIP positions as
// the fact sheets resolve them, stand-in, links), the firmware rule, mixed banks, multi-group banks,
// an inverter that polls the master at 0x12, models outside the catalogue, and the banks it refuses.

#include "planner.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

// "pylontech-us3000c:2,pylontech-us2000c:1" -> batteries
QList<PlanBattery> batteries(const QString &spec)
{
    QList<PlanBattery> out;
    for (const QString &item : spec.split(QLatin1Char(','))) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        const auto ref = Planner::batteryRef(item.left(colon), catalogue());
        out.append({ref ? *ref : ModelRef{item.left(colon), {}}, item.mid(colon + 1).toInt()});
    }
    return out;
}

PlanRequest request(const QString &spec, const QString &inverter, const QString &firmware = {}, bool releaseNotes = false)
{
    PlanRequest r;
    r.batteries = batteries(spec);
    const auto inv = Planner::inverterRef(inverter, catalogue());
    r.inverter = inv ? *inv : ModelRef{inverter, {}};
    r.inverterFirmware = firmware;
    r.releaseNotesChecked = releaseNotes;
    r.created = QStringLiteral("2026-12-01T10:00:00Z");
    return r;
}

QStringList codes(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

QStringList noteCodes(const CommissioningPlan &p)
{
    QStringList codes;
    for (const PlanNote &n : p.notes)
        codes.append(n.code);
    return codes;
}

QString column(const CommissioningPlan &p, const std::function<QString(const PlanPack &)> &f)
{
    QStringList out;
    for (const PlanPack &pk : p.packs)
        out.append(f(pk));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A placeholder without its argument (or the reverse) is a wrong sentence: fail on it.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }
    void banks_data();
    void banks();
    void settingsFromTheCatalogue();
    void unknownModelsSayUnknown();
    void refused_data();
    void refused();
    void orders();
    void reapplyKeepsWhatTheInstallerEntered();
    void modelRefs_data();
    void modelRefs();
    void textsForEveryNote();
};

void TestPlanner::banks_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<bool>("releaseNotes");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("topology");
    QTest::addColumn<QString>("ids");
    QTest::addColumn<QString>("models");    // model id per pack, without the maker prefix
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("addresses"); // '-' = none
    QTest::addColumn<QString>("dips");      // '-' = no DIP switch
    QTest::addColumn<QString>("standIns");  // master>stand-in per group; '-' for none
    QTest::addColumn<QString>("inverterLink"); // medium/protocol/speed
    QTest::addColumn<QStringList>("notes");    // codes that must be present

    const QString noFw;
    // A 3-pack Pylontech bank on a Deye over CAN: master at the head of the chain, ADR 2, 3, 4,
    // switch 1 OFF (CAN ignores it, 115200 the default) and 2-4 = 000 on every module.
    QTest::newRow("pylontech 3 x US3000C, Deye, CAN")
        << "pylontech-us3000c:3" << "deye-sun-sg" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2 P3" << "us3000c us3000c us3000c" << "master slave slave" << "2 3 4" << "0000 0000 0000" << "P1>P2"
        << "can/pylon-can/500000"
        << codes("pylontech-master-by-cable,pylontech-switch1-conflict,comm-loss-setting,isolation-order-missing,power-up-order-missing");
    // Mixed: the newest or largest at the head, whatever order the installer typed.
    QTest::newRow("mixed US2000C + 2 x US3000C")
        << "pylontech-us2000c:1,pylontech-us3000c:2" << "deye-sun-sg" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2 P3" << "us3000c us3000c us2000c" << "master slave slave" << "2 3 4" << "0000 0000 0000" << "P1>P2"
        << "can/pylon-can/500000" << codes("mixed-head");
    QTest::newRow("mixed UP5000 + US3000C: no source for the head")
        << "pylontech-up5000:1,pylontech-us3000c:1" << "victron-gx" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2" << "up5000 us3000c" << "master slave" << "2 3" << "0000 0000" << "P1>P2"
        << "can/pylon-can/500000" << codes("mixed-head-unknown");
    // Ten modules: two groups of five (at most 8 per group, a figure uncertain for the C), group
    // 1 and 2 on switches 2-4 (switch 2 = least significant), ADR 0x12.. and 0x22..
    QTest::newRow("10 x US3000C: two groups")
        << "pylontech-us3000c:10" << "deye-sun-sg" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2 P3 P4 P5 P6 P7 P8 P9 P10" << "us3000c us3000c us3000c us3000c us3000c us3000c us3000c us3000c us3000c us3000c"
        << "master slave slave slave slave master slave slave slave slave" << "18 19 20 21 22 34 35 36 37 38"
        << "0100 0100 0100 0100 0100 0010 0010 0010 0010 0010" << "P1>P2 P6>P7" << "can/pylon-can/500000"
        << codes("groups-split,units-per-group-uncertain,multi-group-hub,slave-dip-multigroup");
    // An inverter that polls the master at 0x12 over RS485: group 1 even for one tower; switch 1
    // must match the inverter's rate, which no source gives: '?'.
    QTest::newRow("2 x US2000C, Easun polling 0x12")
        << "pylontech-us2000c:2" << "easun-smx-ii" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2" << "us2000c us2000c" << "master slave" << "18 19" << "?100 ?100" << "P1>P2"
        << "rs485/pylontech-rs485/0" << codes("inverter-polls-group-1,pylontech-switch1-match-inverter");
    // JK-PB: the DIP-0 pack is master, binary addresses with switch 1 least significant.
    QTest::newRow("3 x JK-PB on a Victron GX")
        << "jk-pb:3" << "victron-gx" << noFw << false << "master-slave" << "master-cable"
        << "P1 P2 P3" << "pb pb pb" << "master slave slave" << "0 1 2" << "0000 1000 0100" << "P1>P2"
        << "can/pylon-can/500000" << codes("jk-dip,jk-protocol-in-app");
    // JK-B on a Deye: no inter-BMS link. Without the Deye firmware confirmed: the safe topology.
    QTest::newRow("2 x JK-B, Deye, firmware not entered")
        << "jk-b:2" << "deye-sun-sg" << noFw << false << "single-master" << "master-cable"
        << "P1 P2" << "b b" << "master independent" << "1 2" << "- -" << "P1>P2"
        << "//0" << codes("safe-topology-firmware,app-address");
    QTest::newRow("2 x JK-B, Deye, firmware entered but release notes not checked")
        << "jk-b:2" << "deye-sun-sg" << "MCU 2.1" << false << "single-master" << "master-cable"
        << "P1 P2" << "b b" << "master independent" << "1 2" << "- -" << "P1>P2"
        << "//0" << codes("safe-topology-firmware");
    QTest::newRow("2 x JK-B, Deye, firmware and release notes confirmed")
        << "jk-b:2" << "deye-sun-sg" << "MCU 2.1" << true << "peer-to-peer" << "multi-drop"
        << "P1 P2" << "b b" << "peer peer" << "1 2" << "- -" << "-"
        << "//0" << codes("multi-drop-confirmed");
    QTest::newRow("2 x JK-B, Solis takes one BMS")
        << "jk-b:2" << "solis" << "3D0037" << true << "single-master" << "master-cable"
        << "P1 P2" << "b b" << "master independent" << "1 2" << "- -" << "P1>P2"
        << "//0" << codes("safe-topology-one-bms");
    // A GX with two CAN BMSs: every BMS on its own port, no master, no stand-in needed.
    QTest::newRow("2 CAN BMSs on a Victron GX")
        << "can-bms-victron:2" << "victron-gx" << noFw << false << "peer-to-peer" << "aggregator-ports"
        << "P1 P2" << "victron victron" << "peer peer" << "- -" << "- -" << "-"
        << "can/pylon-can/500000" << codes("gx-port-per-bms");
    QTest::newRow("BYD LVS, 3 modules on a GX")
        << "byd-lvs:3" << "victron-gx" << noFw << false << "master-slave" << "master-cable"
        << "BMU M1 M2 M3" << "lvs lvs lvs lvs" << "master slave slave slave" << "- - - -" << "- - - -" << "BMU>-"
        << "can/pylon-can/500000" << codes("bmu-configuration,isolation-order-missing");
    QTest::newRow("Force-H2, 2 strings")
        << "pylontech-force-h2:2" << "deye-sun-sg" << noFw << false << "master-slave" << "master-cable"
        << "S1 S2" << "h2 h2" << "master slave" << "- -" << "- -" << "S1>S2"
        << "//0" << codes("hv-installer-only,setting-unknown");
}

void TestPlanner::banks()
{
    QFETCH(QString, spec);
    QFETCH(QString, inverter);
    QFETCH(QString, firmware);
    QFETCH(bool, releaseNotes);
    QFETCH(QString, architecture);
    QFETCH(QString, topology);
    QFETCH(QString, ids);
    QFETCH(QString, models);
    QFETCH(QString, roles);
    QFETCH(QString, addresses);
    QFETCH(QString, dips);
    QFETCH(QString, standIns);
    QFETCH(QString, inverterLink);
    QFETCH(QStringList, notes);

    const auto result = Planner::plan(request(spec, inverter, firmware, releaseNotes), catalogue());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const CommissioningPlan &p = *result;
    QCOMPARE(ArchitectureNames::name(p.architecture), architecture);
    QCOMPARE(PlanNames::topology(p.topology), topology);
    QCOMPARE(column(p, [](const PlanPack &pk) { return pk.id; }), ids);
    QCOMPARE(column(p, [](const PlanPack &pk) { return pk.model.id.section(QLatin1Char('-'), -1); }), models);
    QCOMPARE(column(p, [](const PlanPack &pk) { return PlanNames::role(pk.role); }), roles);
    QCOMPARE(column(p, [](const PlanPack &pk) { return pk.address ? QString::number(*pk.address) : QStringLiteral("-"); }), addresses);
    QCOMPARE(column(p, [](const PlanPack &pk) { return pk.dip.isEmpty() ? QStringLiteral("-") : pk.dip; }), dips);
    QStringList stand;
    for (const StandIn &s : p.standIns)
        stand.append(s.master + QLatin1Char('>') + (s.pack.isEmpty() ? QStringLiteral("-") : s.pack));
    QCOMPARE(stand.isEmpty() ? QStringLiteral("-") : stand.join(QLatin1Char(' ')), standIns);
    QString link = QStringLiteral("-");
    for (const PlanLink &l : p.links)
        if (l.kind == QLatin1String("inverter")) {
            link = QStringLiteral("%1/%2/%3").arg(l.medium, l.protocol).arg(l.speed);
            break;
        }
    QCOMPARE(link, inverterLink);
    const QStringList codes = noteCodes(p);
    for (const QString &n : notes)
        QVERIFY2(codes.contains(n), qPrintable(n + QStringLiteral(" missing from ") + codes.join(QLatin1Char(','))));
    // Every plan the planner writes passes the plan's own rules and survives a round trip.
    QVERIFY(!PlanJson::validate(p, catalogue()));
    const auto back = PlanJson::parse(PlanJson::write(p), catalogue());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QVERIFY(*back == p);
}

void TestPlanner::settingsFromTheCatalogue()
{
    const auto deye = Planner::plan(request(QStringLiteral("pylontech-us3000c:3"), QStringLiteral("deye-sun-sg")), catalogue());
    QVERIFY(deye);
    QVERIFY(deye->inverter.setting.text.contains(QStringLiteral("Lithium Mode 00")));
    QCOMPARE(deye->inverter.setting.confidence, Confidence::Observed);
    QVERIFY(deye->inverter.menuPath.text.contains(QStringLiteral("Batt Mode")));
    QCOMPARE(deye->inverter.commLossSettingName, QStringLiteral("BMS_Err_Stop"));
    QVERIFY(!deye->inverter.setting.sources.isEmpty());
    QVERIFY(!deye->inverter.setting.sources.first().title.isEmpty());
    // The Pylontech CAN port: nothing to select.
    QVERIFY(deye->inverter.batteryPortSetting.text.startsWith(QStringLiteral("Nothing to select")));
    // BankScope polls the free RS485 port and only listens to the inverter's CAN link.
    QStringList bankscope;
    for (const PlanLink &l : deye->links)
        if (l.kind == QLatin1String("bankscope"))
            bankscope.append(l.medium + QLatin1Char('/') + l.role);
    QCOMPARE(bankscope, (QStringList{QStringLiteral("rs485/poll"), QStringLiteral("can/listen")}));

    const auto gx = Planner::plan(request(QStringLiteral("jk-pb:2"), QStringLiteral("victron-gx")), catalogue());
    QVERIFY(gx->inverter.batteryPortSetting.text.contains(QStringLiteral("004 Victron")));
    // On a JK-PB bus BankScope only listens: the DIP-0 master polls there.
    for (const PlanLink &l : gx->links)
        if (l.kind == QLatin1String("bankscope"))
            QCOMPARE(l.role, QStringLiteral("listen"));

    // A setting the sources disagree on keeps both readings.
    const auto rs485 = Planner::plan(request(QStringLiteral("pylontech-us3000c:2"), QStringLiteral("deye-sun-sg")), catalogue());
    QVERIFY(rs485);
    // Growatt SPF: the documented L52 and its cut-output behaviour.
    const auto spf = Planner::plan(request(QStringLiteral("pylontech-us2000c:2"), QStringLiteral("growatt-spf")), catalogue());
    QVERIFY(spf->inverter.setting.text.contains(QStringLiteral("L52")));
    QCOMPARE(spf->inverter.setting.confidence, Confidence::Documented);
    QVERIFY(spf->inverter.commLoss.text.contains(QStringLiteral("cuts its output")));
    // GoodWe: no Pylontech entry in the sources: unknown, never a guess.
    const auto goodwe = Planner::plan(request(QStringLiteral("pylontech-us3000c:2"), QStringLiteral("goodwe")), catalogue());
    QVERIFY(!goodwe->inverter.setting.known());
    QCOMPARE(goodwe->inverter.setting.display(), QStringLiteral("unknown \u2014 see its manual"));
}

void TestPlanner::unknownModelsSayUnknown()
{
    const auto inv = Planner::plan(request(QStringLiteral("pylontech-us3000c:2"), QStringLiteral("other:Must PV1800")), catalogue());
    QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().toString()));
    QCOMPARE(inv->inverter.model.id, QStringLiteral("other"));
    QCOMPARE(inv->inverter.model.name, QStringLiteral("Must PV1800"));
    for (const PlanFact *f : {&inv->inverter.menuPath, &inv->inverter.setting, &inv->inverter.commLoss, &inv->inverter.batteryPortSetting}) {
        QCOMPARE(f->unknown, Unknown::NotInCatalogue);
        QCOMPARE(f->display(), QStringLiteral("unknown \u2014 see its manual"));
    }
    QVERIFY(noteCodes(*inv).contains(QStringLiteral("inverter-not-in-catalogue")));

    const auto bat = Planner::plan(request(QStringLiteral("other:Felicity LPBF48100:2"), QStringLiteral("deye-sun-sg")), catalogue());
    QVERIFY2(bat, qPrintable(bat ? QString() : bat.error().toString()));
    QCOMPARE(bat->architecture, Architecture::SingleMaster);
    QCOMPARE(bat->topology, Topology::MasterCable);
    QCOMPARE(bat->packs.size(), 2);
    QVERIFY(!bat->packs[0].address);
    QVERIFY(bat->packs[0].dip.isEmpty());
    QCOMPARE(bat->inverter.setting.unknown, Unknown::NotInCatalogue);
    QCOMPARE(bat->standIns.size(), 1);
    QVERIFY(bat->standIns[0].pack.isEmpty());
    QCOMPARE(bat->standIns[0].reason, QStringLiteral("unknown-model"));
    QVERIFY(noteCodes(*bat).contains(QStringLiteral("battery-not-in-catalogue")));
    const auto back = PlanJson::parse(PlanJson::write(*bat), catalogue());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QVERIFY(*back == *bat);
}

void TestPlanner::refused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<bool>("releaseNotes");
    QTest::addColumn<QString>("error");
    QTest::newRow("families mixed") << "pylontech-us3000c:2,jk-pb:1" << "deye-sun-sg" << "" << false << "different families";
    QTest::newRow("catalogued and other mixed") << "pylontech-us3000c:2,other:Felicity:1" << "deye-sun-sg" << "" << false << "outside the catalogue";
    QTest::newRow("17 JK-PB") << "jk-pb:17" << "deye-sun-sg" << "" << false << "addresses 0 to 15";
    QTest::newRow("57 US3000C: more than 7 groups of 8") << "pylontech-us3000c:57" << "deye-sun-sg" << "" << false << "groups 1 to 7";
    QTest::newRow("65 BYD modules") << "byd-lvs:65" << "victron-gx" << "" << false << "up to 64";
    QTest::newRow("release notes without firmware") << "jk-b:2" << "deye-sun-sg" << "" << true << "enter the inverter's firmware";
    QTest::newRow("count 0") << "jk-b:0" << "deye-sun-sg" << "" << false << "at least 1";
}

void TestPlanner::refused()
{
    QFETCH(QString, spec);
    QFETCH(QString, inverter);
    QFETCH(QString, firmware);
    QFETCH(bool, releaseNotes);
    QFETCH(QString, error);
    const auto result = Planner::plan(request(spec, inverter, firmware, releaseNotes), catalogue());
    QVERIFY(!result);
    QVERIFY2(result.error().toString().contains(error), qPrintable(result.error().toString()));
    QVERIFY(!result.error().field.isEmpty());
}

void TestPlanner::orders()
{
    QCOMPARE(Planner::parseOrder(QStringLiteral("Switch the inverter off [INV-1];  Open battery breaker [Q2] ;Power switch off on every module; ")),
             (QList<OrderStep>{{QStringLiteral("Switch the inverter off"), QStringLiteral("INV-1")},
                               {QStringLiteral("Open battery breaker"), QStringLiteral("Q2")},
                               {QStringLiteral("Power switch off on every module"), QString()}}));
    QVERIFY(Planner::parseOrder(QStringLiteral(" ; ;")).isEmpty());

    // The installer's order is kept as this site's own; without one, the catalogue's where a source
    // gives it (Force-H2: documented), with its confidence; otherwise left missing.
    PlanRequest r = request(QStringLiteral("pylontech-force-h2:2"), QStringLiteral("deye-sun-sg"));
    auto p = Planner::plan(r, catalogue());
    QCOMPARE(p->powerUpOrder.origin, OrderOrigin::Catalogue);
    QCOMPARE(p->powerUpOrder.confidence, Confidence::Documented);
    QVERIFY(p->powerUpOrder.steps.size() >= 3);
    QCOMPARE(p->isolationOrder.origin, OrderOrigin::Missing);
    r.isolationOrder = Planner::parseOrder(QStringLiteral("Inverter off [INV]; String breakers off [F1-F2]"));
    r.powerUpOrder = Planner::parseOrder(QStringLiteral("String breakers on [F1-F2]; Start S2, then S1"));
    p = Planner::plan(r, catalogue());
    QCOMPARE(p->isolationOrder.origin, OrderOrigin::Installer);
    QCOMPARE(p->isolationOrder.steps[1].breaker, QStringLiteral("F1-F2"));
    QCOMPARE(p->powerUpOrder.origin, OrderOrigin::Installer);
    QVERIFY(!noteCodes(*p).contains(QStringLiteral("isolation-order-missing")));
    // BYD LVS: the order comes from sister guidelines, so it is uncertain.
    const auto byd = Planner::plan(request(QStringLiteral("byd-lvs:2"), QStringLiteral("victron-gx")), catalogue());
    QCOMPARE(byd->powerUpOrder.origin, OrderOrigin::Catalogue);
    QCOMPARE(byd->powerUpOrder.confidence, Confidence::Uncertain);
}

void TestPlanner::reapplyKeepsWhatTheInstallerEntered()
{
    auto p = Planner::plan(request(QStringLiteral("pylontech-us3000c:3"), QStringLiteral("deye-sun-sg")), catalogue());
    QVERIFY(p);
    CommissioningPlan edited = *p;
    edited.packs[1].serial = QStringLiteral("HPTBH02240A01235");
    edited.packs[1].firmware = QStringLiteral("1.7");
    edited.packs[1].cableLengthM = 1.5;
    edited.packs[1].role = PlanRole::Master; // a stray edit of something derived
    edited.inverter.commLossSettingValue = QStringLiteral("on");
    edited.batteries[0].count = 4;
    const auto again = Planner::apply(edited, catalogue());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->packs.size(), 4);
    QCOMPARE(again->packs[1].serial, QStringLiteral("HPTBH02240A01235"));
    QCOMPARE(again->packs[1].firmware, QStringLiteral("1.7"));
    QCOMPARE(again->packs[1].cableLengthM, 1.5);
    QCOMPARE(again->packs[1].role, PlanRole::Slave);
    QCOMPARE(again->packs[3].address, 5);
    QCOMPARE(again->inverter.commLossSettingValue, QStringLiteral("on"));
}

void TestPlanner::modelRefs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");     // empty: error
    QTest::addColumn<QString>("detail"); // part of the name or the error
    QTest::newRow("catalogue id") << "pylontech-us3000c" << "pylontech-us3000c" << "US3000C";
    QTest::newRow("other") << "other:Felicity LPBF48100" << "other" << "Felicity LPBF48100";
    QTest::newRow("other without a name") << "other:" << "" << "needs the model's name";
    QTest::newRow("typo suggests the id") << "pylontech-us300c" << "" << "did you mean pylontech-us3000c?";
    QTest::newRow("short name suggests the id") << "us5000" << "" << "did you mean pylontech-us5000?";
    QTest::newRow("nothing near") << "zzzzzzzzzzzzzzzz" << "" << "other:NAME";
}

void TestPlanner::modelRefs()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, detail);
    const auto ref = Planner::batteryRef(text, catalogue());
    if (id.isEmpty()) {
        QVERIFY(!ref);
        QVERIFY2(ref.error().contains(detail), qPrintable(ref.error()));
        return;
    }
    QVERIFY(ref);
    QCOMPARE(ref->id, id);
    QVERIFY(ref->name.contains(detail));
}

void TestPlanner::textsForEveryNote()
{
    // Every note any plan carries has a sentence (never its bare code), and every architecture
    // has its two sentences.
    const QStringList specs{QStringLiteral("pylontech-us3000c:10"), QStringLiteral("pylontech-us2000c:1,pylontech-us3000c:1"),
                            QStringLiteral("pylontech-up5000:1,pylontech-us5000:1"), QStringLiteral("jk-pb:3"), QStringLiteral("jk-b:2"),
                            QStringLiteral("can-bms-victron:2"), QStringLiteral("byd-lvs:2"), QStringLiteral("pylontech-force-h2:7"),
                            QStringLiteral("other:X:2")};
    const QStringList inverters{QStringLiteral("deye-sun-sg"), QStringLiteral("victron-gx"), QStringLiteral("easun-smx-ii"),
                                QStringLiteral("solis"), QStringLiteral("other:Y")};
    int plans = 0;
    for (const QString &spec : specs) {
        for (const QString &inv : inverters) {
            for (bool confirmed : {false, true}) {
                const auto p = Planner::plan(request(spec, inv, confirmed ? QStringLiteral("1.0") : QString(), confirmed), catalogue());
                if (!p)
                    continue;
                ++plans;
                for (const PlanNote &n : p->notes) {
                    const QString text = Planner::noteText(n);
                    QVERIFY2(text != n.code && text.size() > 40, qPrintable(n.code));
                    QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")), qPrintable(n.code));
                }
                QVERIFY(Planner::architectureSummary(*p).count(QLatin1Char('.')) >= 2);
                for (const StandIn &s : p->standIns)
                    QVERIFY(!Planner::standInReason(s).isEmpty() && Planner::standInReason(s) != s.reason);
            }
        }
    }
    QVERIFY(plans > 60);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
