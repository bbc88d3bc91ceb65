// The live-verification checks as pure functions: for each check, the evidence of a healthy bank
// and of each classic mistake (two masters, duplicate address, wrong baud, mismatched firmware, packs
// at different SOC, an inverter set to the wrong battery type, a missing pack, a stale reading), and
// what cannot be measured is "not measured", never a pass.

#include "commissioningchecks.h"
#include "planner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace {

constexpr qint64 kNow = 10'000'000;

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

CommissioningPlan plan(const char *battery, int count, const char *inverter, const QString &firmware = {}, bool notes = false)
{
    PlanRequest r;
    r.batteries = {{*Planner::batteryRef(QString::fromLatin1(battery), catalogue()), count}};
    r.inverter = *Planner::inverterRef(QString::fromLatin1(inverter), catalogue());
    r.inverterFirmware = firmware;
    r.releaseNotesChecked = notes;
    auto p = Planner::plan(r, catalogue());
    if (!p)
        qFatal("%s", qPrintable(p.error().toString()));
    CommissioningPlan out = *p;
    // Serial numbers as the bus scan recorded them.
    for (int i = 0; i < out.packs.size(); ++i)
        out.packs[i].serial = QStringLiteral("SN%1").arg(i + 1);
    return out;
}

PackEvidence pack(const CommissioningPlan &p, int index, double soc, double volts, double ageS = 1.0, const char *firmware = "")
{
    PackEvidence e;
    const PlanPack &pk = p.packs[index];
    e.address = pk.address;
    e.serial = pk.serial;
    e.firmware = QString::fromLatin1(firmware);
    e.reading.packId = pk.id;
    const qint64 at = kNow - qint64(ageS * 1000);
    const ReadingSource src{QStringLiteral("test"), QStringLiteral("test")};
    e.reading.socPct.set(soc, at, src);
    e.reading.voltageV.set(volts, at, src);
    e.reading.faults.set(Faults(), at, src);
    return e;
}

void setCurrent(PackEvidence &e, double amps, double fullAh = 0.0)
{
    const ReadingSource src{QStringLiteral("test"), QStringLiteral("test")};
    const qint64 at = *e.reading.lastUpdateMs();
    e.reading.currentA.set(amps, at, src);
    if (fullAh > 0.0)
        e.reading.fullAh.set(fullAh, at, src);
}

AddressEvidence answered(int address, int answers, std::initializer_list<const char *> serials, int polledByOther = 0)
{
    AddressEvidence a;
    a.address = address;
    a.requestsByUs = polledByOther ? 0 : answers;
    a.polledByOther = polledByOther;
    a.answers = answers;
    for (const char *s : serials)
        a.serials.append(QString::fromLatin1(s));
    return a;
}

LinkEvidence rs485(const QString &planLink, bool polled, int speed = 115200)
{
    LinkEvidence l;
    l.planLink = planLink;
    l.medium = QStringLiteral("rs485");
    l.protocol = QStringLiteral("pylontech-rs485");
    l.speed = speed;
    l.polled = polled;
    l.scanned = true;
    l.observedS = 20;
    l.validFrames = 50;
    return l;
}

// A Pylon CAN listen link on the inverter's cable: every id at `cycle`, the keep-alive 0x305.
LinkEvidence canTap(const QList<quint32> &ids, double cycle = 1.0, double observed = 30.0, bool keepAlive = true)
{
    LinkEvidence l;
    l.planLink = QStringLiteral("bankscope-can");
    l.medium = QStringLiteral("can");
    l.protocol = QStringLiteral("pylon-can");
    l.speed = 500000;
    l.inverterPort = true;
    l.observedS = observed;
    l.validFrames = int(observed / cycle) * int(ids.size());
    for (quint32 id : ids)
        l.canIds.append({id, int(observed / cycle), cycle, cycle, cycle * 0.5});
    if (keepAlive)
        l.canIds.append({0x305, int(observed), 1.0, 1.0, 0.5});
    return l;
}

const QList<quint32> kPylonV12{0x351, 0x355, 0x356, 0x359, 0x35C, 0x35E};

struct Expect
{
    const char *check;
    const char *code;
    CheckStatus status;
    const char *subject; // nullptr: any
};

struct Scenario
{
    const char *name;
    std::function<CommissioningPlan()> plan;
    std::function<QList<CheckFinding>(const CommissioningPlan &)> run;
    QList<Expect> expect;
    QList<const char *> absent; // codes that must not appear
};

VerificationEvidence evidence(const QList<LinkEvidence> &links, const QList<PackEvidence> &packs = {})
{
    VerificationEvidence e;
    e.nowMs = kNow;
    e.links = links;
    e.packs = packs;
    return e;
}

QList<CheckFinding> all(const CommissioningPlan &p, const VerificationEvidence &e)
{
    return CommissioningChecks::run(p, catalogue(), e);
}

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list = {
        // --- Bus scan --------------------------------------------------------------------------
        {"pylontech scan: every module present",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             l.addresses = {answered(2, 10, {"SN1"}), answered(3, 10, {"SN2"}), answered(4, 10, {"SN3"})};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "present", CheckStatus::Pass, "P1"}, {"bus-scan", "present", CheckStatus::Pass, "P2"}, {"bus-scan", "present", CheckStatus::Pass, "P3"}},
         {"missing", "unexpected"}},
        {"classic: a missing pack",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             AddressEvidence silent;
             silent.address = 4;
             silent.requestsByUs = 6;
             silent.timeouts = 6;
             l.addresses = {answered(2, 10, {"SN1"}), answered(3, 10, {"SN2"}), silent};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "missing", CheckStatus::Fail, "P3"}, {"bus-scan", "present", CheckStatus::Pass, "P1"}},
         {}},
        {"classic: a duplicate address",
         [] { return plan("jk-pb", 3, "victron-gx"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             l.protocol = QStringLiteral("jk-modbus");
             l.addresses = {answered(0, 5, {"SN1"}), answered(1, 5, {"SN2", "SN3"})};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "duplicate-address", CheckStatus::Fail, "P2"}},
         {}},
        {"passive scan beside a polling inverter: unpolled is not missing",
         [] { return plan("pylontech-us3000c", 3, "easun-smx-ii"); },
         [](const CommissioningPlan &p) {
             // The Easun polls the master at 0x12 only; 0x13 and 0x14 are never asked for.
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false, 0);
             l.addresses = {answered(0x12, 10, {"SN1"}, 10)};
             l.masters = {QStringLiteral("the inverter (polls 0x12)")};
             return CommissioningChecks::busScan(p, l) + CommissioningChecks::twoMasters(p, l);
         },
         {{"bus-scan", "present", CheckStatus::Pass, "P1"}, {"bus-scan", "not-polled", CheckStatus::NotMeasured, "P2"},
          {"bus-scan", "not-polled", CheckStatus::NotMeasured, "P3"}, {"two-masters", "one-master", CheckStatus::Pass, nullptr}},
         {"missing", "missing-polled-by-master"}},
        {"passive scan: the master polls an address nobody answers",
         [] { return plan("pylontech-us3000c", 2, "easun-smx-ii"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false, 0);
             AddressEvidence asked;
             asked.address = 0x13;
             asked.polledByOther = 8;
             asked.timeouts = 8;
             l.addresses = {answered(0x12, 10, {"SN1"}, 10), asked};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "missing-polled-by-master", CheckStatus::Fail, "P2"}},
         {"not-polled"}},
        {"a master set to group 1 answers at 0x12",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             AddressEvidence silent;
             silent.address = 2;
             silent.requestsByUs = 3;
             l.addresses = {silent, answered(0x12, 10, {"SN1"}), answered(3, 10, {"SN2"})};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "missing", CheckStatus::Fail, "P1"}, {"bus-scan", "group-offset", CheckStatus::Fail, "0x12"}},
         {"unexpected"}},
        {"an unexpected unit and a swapped serial",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             l.addresses = {answered(2, 10, {"SN1"}), answered(3, 10, {"SN9"}), answered(5, 4, {"SN7"})};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "present-other-serial", CheckStatus::Warning, "P2"}, {"bus-scan", "unexpected", CheckStatus::Fail, "0x05"}},
         {}},
        {"garbled answers at one address",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             AddressEvidence a = answered(3, 10, {"SN2"});
             a.checksumErrors = 7;
             l.addresses = {answered(2, 10, {"SN1"}), a};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "garbled-answers", CheckStatus::Warning, "P2"}},
         {}},
        {"two units at one address, every answer garbled: not missing",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             AddressEvidence collided;
             collided.address = 3;
             collided.requestsByUs = 12;
             collided.checksumErrors = 12;
             l.addresses = {answered(2, 10, {"SN1"}), collided, answered(4, 10, {"SN3"})};
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "garbled-only", CheckStatus::Fail, "P2"}, {"bus-scan", "present", CheckStatus::Pass, "P3"}},
         {"missing"}},
        {"no scan: not measured",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             l.scanned = false;
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "not-scanned", CheckStatus::NotMeasured, "P1"}},
         {"present"}},
        {"CAN module count short",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = canTap(kPylonV12);
             InverterView v;
             v[ViewFieldId::OnlinePacks].value = 2.0;
             l.observed = v;
             return CommissioningChecks::busScan(p, l);
         },
         {{"bus-scan", "module-count", CheckStatus::Fail, "bank"}},
         {}},
        // --- Protocol and speed ----------------------------------------------------------------
        {"classic: wrong baud on a Pylontech bank",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true, 9600);
             l.detectedSpeed = 9600;
             return CommissioningChecks::protocolAndSpeed(p, l);
         },
         {{"protocol-speed", "wrong-baud-pylontech", CheckStatus::Fail, nullptr}},
         {}},
        {"bytes but no valid frame",
         [] { return plan("pylontech-us3000c", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
             l.validFrames = 0;
             l.invalidFrames = 40;
             return CommissioningChecks::protocolAndSpeed(p, l);
         },
         {{"protocol-speed", "no-valid-frame", CheckStatus::Fail, nullptr}},
         {}},
        {"another protocol on the link",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false);
             l.protocol = QStringLiteral("jk-pb");
             l.detectedProtocol = QStringLiteral("jk-modbus");
             return CommissioningChecks::protocolAndSpeed(p, l);
         },
         {{"protocol-speed", "wrong-protocol", CheckStatus::Fail, nullptr}},
         {}},
        {"nothing heard: not measured",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false);
             l.validFrames = 0;
             return CommissioningChecks::protocolAndSpeed(p, l);
         },
         {{"protocol-speed", "nothing-heard", CheckStatus::NotMeasured, nullptr}},
         {}},
        {"an RS485 rate the plan leaves to match: switch 1 named",
         [] { return plan("pylontech-us2000c", 2, "easun-smx-ii"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false, 9600);
             l.detectedSpeed = 9600;
             return CommissioningChecks::protocolAndSpeed(p, l);
         },
         {{"protocol-speed", "speed-heard-pylontech", CheckStatus::Info, nullptr}},
         {}},
        // --- Two masters -----------------------------------------------------------------------
        {"classic: two masters on a JK-PB bus",
         [] { return plan("jk-pb", 3, "victron-gx"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false);
             l.protocol = QStringLiteral("jk-pb");
             l.masters = {QStringLiteral("a JK master (DIP 0000)"), QStringLiteral("a second JK master (DIP 0000)")};
             return CommissioningChecks::twoMasters(p, l);
         },
         {{"two-masters", "two-masters", CheckStatus::Fail, nullptr}},
         {}},
        {"listen link, no master heard: not measured",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) { return CommissioningChecks::twoMasters(p, rs485(QStringLiteral("bankscope-rs485"), false)); },
         {{"two-masters", "no-master-heard", CheckStatus::NotMeasured, nullptr}},
         {}},
        // --- Firmware --------------------------------------------------------------------------
        {"classic: mismatched firmware, no maker rule",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::firmwareMatch(p, catalogue(), evidence({}, {pack(p, 0, 80, 52, 1, "1.7"), pack(p, 1, 80, 52, 1, "1.6"), pack(p, 2, 80, 52, 1, "1.7")}));
         },
         {{"firmware-match", "firmware-differs", CheckStatus::Warning, nullptr}},
         {}},
        {"mismatched firmware where the maker requires the newest (BYD)",
         [] { return plan("byd-lvs", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::firmwareMatch(p, catalogue(), evidence({}, {pack(p, 1, 80, 52, 1, "3.16"), pack(p, 2, 80, 52, 1, "3.20")}));
         },
         {{"firmware-match", "firmware-differs-required", CheckStatus::Fail, nullptr}},
         {}},
        {"same firmware",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::firmwareMatch(p, catalogue(), evidence({}, {pack(p, 0, 80, 52, 1, "V19.05"), pack(p, 1, 80, 52, 1, "V19.05")}));
         },
         {{"firmware-match", "firmware-same", CheckStatus::Pass, nullptr}},
         {}},
        {"firmware not read",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::firmwareMatch(p, catalogue(), evidence({}, {pack(p, 0, 80, 52), pack(p, 1, 80, 52)}));
         },
         {{"firmware-match", "firmware-not-measured", CheckStatus::NotMeasured, nullptr}},
         {"firmware-same"}},
        // --- Pre-parallel ----------------------------------------------------------------------
        {"classic: packs at different SOC, no maker figure (Pylontech: 2 % second-hand beside)",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::preParallel(p, catalogue(), evidence({}, {pack(p, 0, 90, 52.4), pack(p, 1, 82, 52.1), pack(p, 2, 88, 52.3)}));
         },
         {{"pre-parallel-soc", "spread-no-maker-figure", CheckStatus::Info, "bank"}, {"pre-parallel-voltage", "spread-no-maker-figure", CheckStatus::Info, "bank"}},
         {"spread-within", "spread-over"}},
        {"a stale reading and an unmatched serial are not measured",
         [] { return plan("jk-b", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             PackEvidence stale = pack(p, 1, 40, 51.0, 95);
             PackEvidence other = pack(p, 2, 40, 51.0);
             other.serial = QStringLiteral("NOT-IN-PLAN"); // same address as P3, another pack
             return CommissioningChecks::preParallel(p, catalogue(), evidence({}, {pack(p, 0, 80, 53), stale, other}));
         },
         {{"pre-parallel-soc", "reading-stale", CheckStatus::NotMeasured, "P2"}, {"pre-parallel-soc", "reading-unmatched", CheckStatus::NotMeasured, "P3"},
          {"pre-parallel-soc", "spread-not-measured", CheckStatus::NotMeasured, "bank"}},
         {"spread-no-maker-figure"}},
        {"no serial in the plan: not measured, never matched by address",
         [] {
             CommissioningPlan p = plan("jk-b", 2, "deye-sun-sg");
             p.packs[0].serial.clear();
             return p;
         },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::preParallel(p, catalogue(), evidence({}, {pack(p, 0, 80, 53), pack(p, 1, 60, 52)}));
         },
         {{"pre-parallel-voltage", "serial-not-recorded", CheckStatus::NotMeasured, "P1"}, {"pre-parallel-voltage", "spread-not-measured", CheckStatus::NotMeasured, "bank"}},
         {}},
        // --- Current sharing -------------------------------------------------------------------
        {"current sharing: single master, uneven under load",
         [] { return plan("jk-b", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             PackEvidence a = pack(p, 0, 70, 52);
             PackEvidence b = pack(p, 1, 70, 52);
             PackEvidence c = pack(p, 2, 70, 52);
             setCurrent(a, -36, 230);
             setCurrent(b, -15, 230);
             setCurrent(c, -9, 230);
             return CommissioningChecks::currentSharing(p, catalogue(), evidence({}, {a, b, c}));
         },
         {{"current-sharing", "sharing", CheckStatus::Info, "bank"}, {"current-sharing", "sharing-uneven", CheckStatus::Warning, "P1"},
          {"current-sharing", "sharing-uneven", CheckStatus::Warning, "P3"}, {"current-sharing", "soc-error", CheckStatus::Warning, "bank"}},
         {}},
        {"current sharing: no load",
         [] { return plan("jk-b", 2, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             PackEvidence a = pack(p, 0, 70, 52);
             PackEvidence b = pack(p, 1, 70, 52);
             setCurrent(a, -1.0);
             setCurrent(b, -0.5);
             return CommissioningChecks::currentSharing(p, catalogue(), evidence({}, {a, b}));
         },
         {{"current-sharing", "sharing-no-load", CheckStatus::NotMeasured, "bank"}},
         {"sharing", "soc-error"}},
        {"current sharing: the third pack's reading stale",
         [] { return plan("jk-b", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             PackEvidence a = pack(p, 0, 70, 52);
             PackEvidence b = pack(p, 1, 70, 52);
             PackEvidence c = pack(p, 2, 70, 52, 60.0); // read a minute ago
             setCurrent(a, -36, 230);
             setCurrent(b, -15, 230);
             setCurrent(c, -9, 230);
             return CommissioningChecks::currentSharing(p, catalogue(), evidence({}, {a, b, c}));
         },
         {{"current-sharing", "reading-stale", CheckStatus::NotMeasured, "P3"}, {"current-sharing", "sharing-not-measured", CheckStatus::NotMeasured, "bank"}},
         {"sharing", "sharing-uneven", "soc-error"}},
        // --- Inverter acceptance ---------------------------------------------------------------
        {"Deye on Pylon CAN: every frame once a second, keep-alive heard",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) { return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap(kPylonV12)); },
         {{"inverter-acceptance", "frame-ok", CheckStatus::Pass, "0x351"}, {"inverter-acceptance", "frame-ok", CheckStatus::Pass, "0x35E"},
          {"inverter-acceptance", "keepalive-ok", CheckStatus::Pass, "0x305"}},
         {"frame-missing", "frame-late", "keepalive-absent"}},
        {"Deye: a documented frame missing fails",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap({0x351, 0x355, 0x356, 0x359, 0x35C}));
         },
         {{"inverter-acceptance", "frame-missing", CheckStatus::Fail, "0x35E"}},
         {}},
        {"Deye: Pylontech V1.3 layout gives warnings, not failures",
         [] { return plan("pylontech-us5000", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap({0x351, 0x355, 0x356, 0x35A, 0x35E, 0x35F}));
         },
         {{"inverter-acceptance", "frame-alternative", CheckStatus::Warning, "0x359"}, {"inverter-acceptance", "frame-alternative", CheckStatus::Warning, "0x35C"}},
         {"frame-missing"}},
        {"Deye: a late frame",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = canTap(kPylonV12);
             l.canIds[0].maxGapS = 5.0; // 0x351 once missed for 5 s
             return CommissioningChecks::inverterAcceptance(p, catalogue(), l);
         },
         {{"inverter-acceptance", "frame-late", CheckStatus::Fail, "0x351"}},
         {}},
        {"classic: inverter set to another battery type (no keep-alive)",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) { return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap(kPylonV12, 1.0, 30.0, false)); },
         {{"inverter-acceptance", "keepalive-absent", CheckStatus::Warning, "0x305"}},
         {}},
        {"GX: a second-hand requirement warns",
         [] { return plan("can-bms-victron", 2, "victron-gx"); },
         [](const CommissioningPlan &p) { return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap({0x351, 0x355, 0x356})); },
         {{"inverter-acceptance", "frame-missing", CheckStatus::Warning, "0x35A"}},
         {}},
        {"Sunny Island: 0x355 beyond the documented 60 s timeout fails; too fast warns",
         [] { return plan("can-bms-victron", 1, "sma-sunny-island"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = canTap({0x351, 0x355, 0x356, 0x35A, 0x35E, 0x35F}, 0.1, 120.0);
             l.canIds[1].maxGapS = 70.0;
             return CommissioningChecks::inverterAcceptance(p, catalogue(), l);
         },
         {{"inverter-acceptance", "frame-late", CheckStatus::Fail, "0x355"}, {"inverter-acceptance", "frame-too-fast", CheckStatus::Warning, "0x351"}},
         {}},
        {"acceptance needs a long enough listen",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) { return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap(kPylonV12, 1.0, 4.0)); },
         {{"inverter-acceptance", "acceptance-too-short", CheckStatus::NotMeasured, "inverter"}},
         {"frame-ok"}},
        {"acceptance needs a listen link",
         [] { return plan("pylontech-us3000c", 3, "deye-sun-sg"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = canTap(kPylonV12);
             l.polled = true;
             return CommissioningChecks::inverterAcceptance(p, catalogue(), l);
         },
         {{"inverter-acceptance", "acceptance-needs-listen", CheckStatus::NotMeasured, "inverter"}},
         {"frame-ok"}},
        {"an inverter outside the catalogue: unknown, not measured",
         [] {
             PlanRequest r;
             r.batteries = {{*Planner::batteryRef(QStringLiteral("pylontech-us3000c"), catalogue()), 2}};
             r.inverter = {QStringLiteral("other"), QStringLiteral("Must PV1800")};
             return *Planner::plan(r, catalogue());
         },
         [](const CommissioningPlan &p) { return CommissioningChecks::inverterAcceptance(p, catalogue(), canTap(kPylonV12)); },
         {{"inverter-acceptance", "acceptance-inverter-unknown", CheckStatus::NotMeasured, "inverter"}},
         {}},
        {"RS485 inverter polls an address the plan does not have (wrong battery type or group)",
         [] {
             // Planned for a group-0 master; the Easun polls 0x12.
             CommissioningPlan p = plan("pylontech-us2000c", 2, "easun-smx-ii");
             p.packs[0].address = 2;
             p.packs[1].address = 3;
             return p;
         },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false);
             l.inverterPort = true;
             AddressEvidence asked;
             asked.address = 0x12;
             asked.polledByOther = 12;
             l.addresses = {asked};
             return CommissioningChecks::inverterAcceptance(p, catalogue(), l);
         },
         {{"inverter-acceptance", "inverter-polls-unplanned", CheckStatus::Fail, "0x12"}},
         {}},
        {"Easun polls the group-1 master and gets answers",
         [] { return plan("pylontech-us2000c", 2, "easun-smx-ii"); },
         [](const CommissioningPlan &p) {
             LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), false, 9600);
             l.inverterPort = true;
             l.addresses = {answered(0x12, 30, {"SN1"}, 30)};
             return CommissioningChecks::inverterAcceptance(p, catalogue(), l);
         },
         {{"inverter-acceptance", "inverter-polls-answered", CheckStatus::Pass, "0x12"}},
         {}},
        // --- Alarms ----------------------------------------------------------------------------
        {"an alarm seen",
         [] { return plan("jk-pb", 2, "victron-gx"); },
         [](const CommissioningPlan &p) {
             PackEvidence b = pack(p, 1, 20, 48);
             b.reading.faults.set(Faults(Fault::CellUndervoltage), kNow - 1000, {});
             return CommissioningChecks::alarms(p, evidence({}, {pack(p, 0, 60, 52), b}));
         },
         {{"alarms", "alarm", CheckStatus::Warning, "P2"}},
         {"no-alarm"}},
    };
    return list;
}

} // namespace

class TestCommissioningChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A placeholder without its argument (or the reverse) is a wrong sentence: fail on it.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }
    void checks_data();
    void checks();
    void documentedThresholdDecides_data();
    void documentedThresholdDecides();
    void nothingPassesSilently();
    void everyFindingHasTextAndNextStep();
    void recordAndHandover();
};

void TestCommissioningChecks::checks_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < scenarios().size(); ++i)
        QTest::newRow(scenarios()[i].name) << i;
}

void TestCommissioningChecks::checks()
{
    QFETCH(int, index);
    const Scenario &s = scenarios()[index];
    const CommissioningPlan p = s.plan();
    const QList<CheckFinding> findings = s.run(p);
    QStringList got;
    for (const CheckFinding &f : findings)
        got.append(QStringLiteral("%1/%2/%3/%4").arg(f.check, f.code, PlanNames::status(f.status), f.subject));
    for (const Expect &e : s.expect) {
        bool found = false;
        for (const CheckFinding &f : findings) {
            if (f.check == QLatin1String(e.check) && f.code == QLatin1String(e.code) && f.status == e.status
                && (!e.subject || f.subject == QLatin1String(e.subject)))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1/%2/%3/%4 in\n  ").arg(QLatin1String(e.check), QLatin1String(e.code),
                                                                                      PlanNames::status(e.status), QLatin1String(e.subject ? e.subject : "*"))
                                   + got.join(QStringLiteral("\n  "))));
    }
    for (const char *code : s.absent)
        for (const CheckFinding &f : findings)
            QVERIFY2(f.code != QLatin1String(code), qPrintable(QStringLiteral("unexpected %1 in\n  ").arg(QLatin1String(code)) + got.join(QStringLiteral("\n  "))));
    // Severity follows the status.
    for (const CheckFinding &f : findings) {
        if (f.status == CheckStatus::Fail)
            QCOMPARE(f.severity, Severity::Error);
        else if (f.status == CheckStatus::Warning)
            QCOMPARE(f.severity, Severity::Warning);
        else
            QCOMPARE(f.severity, Severity::Info);
    }
}

void TestCommissioningChecks::documentedThresholdDecides_data()
{
    QTest::addColumn<double>("spread"); // SOC points between the two packs
    QTest::addColumn<double>("thirdAgeS"); // a third pack's reading age (0: a two-pack bank)
    QTest::addColumn<QString>("code");
    QTest::newRow("within") << 2.0 << 0.0 << "spread-within";
    QTest::newRow("at the limit") << 3.0 << 0.0 << "spread-within";
    QTest::newRow("over") << 3.5 << 0.0 << "spread-over";
    // A third pack read too long ago: the two fresh ones within the figure are no pass (the
    // stale one may be far off); already over the figure between the fresh ones is a fail.
    QTest::newRow("within, a third pack stale") << 2.0 << 45.0 << "spread-partial";
    QTest::newRow("over, a third pack stale") << 3.5 << 45.0 << "spread-over";
    QTest::newRow("the third pack read fresh: 20 points below") << 2.0 << 1.0 << "spread-over";
}

void TestCommissioningChecks::documentedThresholdDecides()
{
    // No model has a documented threshold today (commissioning-limits rule 1). Give the JK-PB a
    // documented 3 % in a copy of the catalogue: then, and only then, the check passes or fails.
    QFile sources(QStringLiteral(":/catalogue/sources.json"));
    QFile batteries(QStringLiteral(":/catalogue/batteries.json"));
    QFile inverters(QStringLiteral(":/catalogue/inverters.json"));
    QVERIFY(sources.open(QIODevice::ReadOnly) && batteries.open(QIODevice::ReadOnly) && inverters.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(batteries.readAll()).object();
    QJsonArray list = root[QStringLiteral("batteries")].toArray();
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject b = list[i].toObject();
        if (b[QStringLiteral("id")].toString() != QLatin1String("jk-pb"))
            continue;
        b[QStringLiteral("soc_spread_pct")] = QJsonObject{{QStringLiteral("value"), 3}, {QStringLiteral("mark"), QStringLiteral("doc")},
                                                          {QStringLiteral("confidence"), QStringLiteral("documented")},
                                                          {QStringLiteral("sources"), QJsonArray{QStringLiteral("jk-modbus")}}};
        list[i] = b;
    }
    root[QStringLiteral("batteries")] = list;
    const Catalogue c = Catalogue::fromJson(sources.readAll(), QJsonDocument(root).toJson(), inverters.readAll());
    QVERIFY(c.problems().isEmpty());

    QFETCH(double, spread);
    QFETCH(double, thirdAgeS);
    QFETCH(QString, code);
    const CommissioningPlan p = plan("jk-pb", thirdAgeS > 0 ? 3 : 2, "victron-gx");
    QList<PackEvidence> packs{pack(p, 0, 60 + spread, 53.1), pack(p, 1, 60, 53.0)};
    if (thirdAgeS > 0)
        packs.append(pack(p, 2, 40, 52.0, thirdAgeS)); // 20 points below: what a stale reading may hide
    const QList<CheckFinding> f = CommissioningChecks::preParallel(p, c, evidence({}, packs));
    const auto soc = std::find_if(f.begin(), f.end(), [](const CheckFinding &x) { return x.check == QLatin1String("pre-parallel-soc") && x.subject == QLatin1String("bank"); });
    QVERIFY(soc != f.end());
    QCOMPARE(soc->code, code);
    if (code == QLatin1String("spread-partial")) {
        QCOMPARE(soc->status, CheckStatus::NotMeasured);
        QVERIFY2(CommissioningChecks::text(*soc).contains(QStringLiteral("over 2 of 3 packs")), qPrintable(CommissioningChecks::text(*soc)));
        QVERIFY(!CommissioningChecks::nextStep(*soc).isEmpty());
        QVERIFY(std::any_of(f.begin(), f.end(), [](const CheckFinding &x) {
            return x.check == QLatin1String("pre-parallel-soc") && x.code == QLatin1String("reading-stale") && x.subject == QLatin1String("P3");
        }));
        return;
    }
    QCOMPARE(soc->status, code == QLatin1String("spread-within") ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(soc->limit, 3.0);
    QCOMPARE(soc->confidence, Confidence::Documented);
    QVERIFY(CommissioningChecks::text(*soc).contains(QStringLiteral("maker's 3.0 %")));
    if (thirdAgeS > 0)
        return;
    // Voltage stays without a maker figure, measured and shown only.
    const auto volts = std::find_if(f.begin(), f.end(), [](const CheckFinding &x) { return x.check == QLatin1String("pre-parallel-voltage") && x.subject == QLatin1String("bank"); });
    QCOMPARE(volts->code, QStringLiteral("spread-no-maker-figure"));
    QCOMPARE(volts->status, CheckStatus::Info);
    QVERIFY(qAbs(*volts->measured - 0.1) < 1e-9);
}

void TestCommissioningChecks::nothingPassesSilently()
{
    // With no evidence at all, nothing may pass: every check says what it could not measure.
    for (const CommissioningPlan &p : {plan("pylontech-us3000c", 3, "deye-sun-sg"), plan("jk-b", 2, "deye-sun-sg"), plan("can-bms-victron", 2, "victron-gx")}) {
        VerificationEvidence empty;
        empty.nowMs = kNow;
        const QList<CheckFinding> f = all(p, empty);
        QVERIFY(!f.isEmpty());
        for (const CheckFinding &x : f)
            QVERIFY2(x.status == CheckStatus::NotMeasured, qPrintable(x.check + QLatin1Char('/') + x.code));
        QVERIFY(!CommissioningChecks::anyFailed(f));
        QSet<QString> checks;
        for (const CheckFinding &x : f)
            checks.insert(x.check);
        for (const char *c : {"firmware-match", "pre-parallel-voltage", "pre-parallel-soc", "current-sharing", "alarms"})
            QVERIFY2(checks.contains(QLatin1String(c)) || (QLatin1String(c) == QLatin1String("firmware-match")), c);
    }
}

void TestCommissioningChecks::everyFindingHasTextAndNextStep()
{
    for (const Scenario &s : scenarios()) {
        const CommissioningPlan p = s.plan();
        for (const CheckFinding &f : s.run(p)) {
            const QString text = CommissioningChecks::text(f);
            const QString next = CommissioningChecks::nextStep(f);
            QVERIFY2(text != f.code && text.size() > 10, qPrintable(f.code));
            QVERIFY2(!next.isEmpty() && next != QLatin1String("See the plan."), qPrintable(f.code));
            for (const char *placeholder : {"%1", "%2", "%3", "%4", "%5", "%6", "%7", "%8"}) {
                QVERIFY2(!text.contains(QLatin1String(placeholder)), qPrintable(f.code + QStringLiteral(": ") + text));
                QVERIFY2(!next.contains(QLatin1String(placeholder)), qPrintable(f.code + QStringLiteral(": ") + next));
            }
            QVERIFY(!CommissioningChecks::checkLabel(f.check).isEmpty() && CommissioningChecks::checkLabel(f.check) != f.check);
            const Finding core = f.finding();
            QCOMPARE(core.code, f.code);
            QCOMPARE(core.text, text);
            const QJsonObject json = f.toJson();
            QCOMPARE(json[QStringLiteral("status")].toString(), PlanNames::status(f.status));
            QCOMPARE(json[QStringLiteral("next_step")].toString(), next);
            QCOMPARE(json.contains(QStringLiteral("measured")), f.measured.has_value());
        }
    }
}

void TestCommissioningChecks::recordAndHandover()
{
    CommissioningPlan p = plan("pylontech-us3000c", 3, "deye-sun-sg");
    LinkEvidence l = rs485(QStringLiteral("bankscope-rs485"), true);
    AddressEvidence silent;
    silent.address = 4;
    silent.requestsByUs = 3;
    l.addresses = {answered(2, 10, {"SN1"}), answered(3, 10, {"SN2"}), silent};
    PackEvidence a = pack(p, 0, 81, 52.3);
    a.reading.cellsMv.set({3301, 3290, 3312}, kNow - 1000, {});
    a.reading.tempsC.set({24.0, 26.5}, kNow - 1000, {});
    const VerificationEvidence e = evidence({l}, {a, pack(p, 1, 80, 52.2)});
    const QList<CheckFinding> first = all(p, e);
    CommissioningChecks::record(p, first, QStringLiteral("2026-12-01T11:00:00Z"));
    QCOMPARE(p.checks.size(), first.size());
    QVERIFY(CommissioningChecks::anyFailed(first)); // P3 did not answer
    // A second run of the bus scan replaces its earlier results, and only them.
    l.addresses[2] = answered(4, 10, {"SN3"});
    const QList<CheckFinding> scan = CommissioningChecks::busScan(p, l);
    CommissioningChecks::record(p, scan, QStringLiteral("2026-12-01T11:10:00Z"));
    int scanRows = 0;
    for (const PlanCheck &c : p.checks)
        if (c.check == QLatin1String("bus-scan")) {
            ++scanRows;
            QCOMPARE(c.at, QStringLiteral("2026-12-01T11:10:00Z"));
            QVERIFY(!c.text.isEmpty());
        }
    QCOMPARE(scanRows, 3);
    const auto back = PlanJson::parse(PlanJson::write(p), catalogue());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));

    const Handover h = CommissioningChecks::handover(p, e, QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("verify"));
    QCOMPARE(h.packs.size(), 2);
    QCOMPARE(h.packs[0].matchedBy, QStringLiteral("serial"));
    QCOMPARE(h.packs[0].cellMinMv, 3290.0);
    QCOMPARE(h.packs[0].cellMaxMv, 3312.0);
    QCOMPARE(h.packs[0].tempMaxC, 26.5);
    QCOMPARE(h.packs[0].ageS, 1.0);
}

QTEST_GUILESS_MAIN(TestCommissioningChecks)
#include "tst_commissioningchecks.moc"
