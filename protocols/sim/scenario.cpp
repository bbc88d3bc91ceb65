#include "scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

using Error = Scenario::Error;

// What a scenario may ask for, and why: the bounds of real 48 V (and 24 V) LiFePO4 banks and
// their links, with a little room beyond a protection limit so that a scenario can trip it. A
// value outside its range is an error naming the field and the range; nothing is clamped.
struct Range
{
    double min;
    double max;
    const char *unit; // shown after the range
};
namespace Limits {
// Serial speeds a USB-RS485 adapter and QSerialPort offer. Pylontech talks 9600 or 115200
// (pylontech-rs485.md 1), JK 115200 (jk-bms.md a.1, b).
const QList<qint32> kBaudRates{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
// The bank's answer delay: a JK-B must answer within 5 s (jk-bms.md b); no host waits longer.
constexpr Range kTurnaroundMs{0, 5000, "ms"};
// The physics step: BankPhysics advances at most 5 s per step (a longer tick would lose
// time); below 50 ms the steps only cost CPU (a BMS samples its cells a few times a second).
constexpr Range kTickMs{50, 5000, "ms"};
// Times (duration, fault times, load points): the simulator plays in real time, so a week
// covers every soak run; a QTimer could not wait much longer (24.8 days in int milliseconds).
constexpr Range kTimeS{0, 7 * 24 * 3600, "s"};
// Ambient: LFP packs discharge from -10 or -20 to 50-60 degrees C and charge from 0 to 50
// (Pylontech, JK data sheets); -30 to 70 reaches past every cut-off so a scenario can trip it,
// and no installed bank sees more.
constexpr Range kAmbientC{-30, 70, "\u00B0C"};
// Extra heat of the over-temperature fault: enough to push a pack past its 60 degree cut-off
// from the coldest ambient allowed; a cell 100 K above its surroundings is already venting.
constexpr Range kExtraHeatK{1, 100, "K"};
// One bank: a master and up to 7 slaves (a Pylontech group is 8 modules on most models,
// pylontech-rs485.md 6; the simulator's CAN broadcast and JK bus are the same size).
constexpr int kMaxPacks = 8;
// Pylontech ADR: module 2..15 within a group, + 0x10 x group 0..7 (DIP switches 2-4,
// pylontech-rs485.md 6 and 9): 0x02..0x7F with a low nibble of at least 2.
constexpr Range kPylontechAddress{2, 0x7F, ""};
// JK-PB / JK-B: the 4-position DIP switch, 0..15; 0 is the JK master (jk-bms.md a.2).
constexpr Range kJkAddress{1, 15, ""};
constexpr Range kJkPbAddress{0, 15, ""};
// Capacity of one pack: 48 V LFP modules hold from 25 Ah (small rack modules) to 314 Ah
// (16 prismatic 314 Ah cells); two cells in parallel per series position make 628 Ah.
constexpr Range kCapacityAh{5, 1000, "Ah"};
constexpr Range kPercent{0, 100, "%"};
// Cells in series: 8 (24 V, Pylontech UP2500) to 16 (48 V: Pylontech 15, JK-PB "16S");
// a JK-B board takes up to 24 (JK-B2A24S).
constexpr Range kCells{8, 16, "cells"};
constexpr Range kJkLegacyCells{8, 24, "cells"};
// One pack's cable run to the busbar: 0.1 mOhm (a short busbar link) to 100 mOhm (a loose or
// corroded lug, 5 V lost at 50 A).
constexpr Range kCableMohm{0.1, 100, "m\u03A9"};
// A pack's own current limits: 37 A (US2000C) to 200 A (JK-PB2A16S20P) on today's packs, with
// room to 500 A. Above 0: a BMS that allows nothing has its MOSFETs open (a protection).
constexpr Range kPackLimitA{1, 500, "A"};
// The bank current (load): the largest 48 V systems, several 15 kVA inverters in parallel,
// draw about 2000 A; every current field on the wire ends at 3276.7 A (s16, 0.1 A).
constexpr Range kBankCurrentA{-2000, 2000, "A"};
// A soft cell's resistance: 0.1 mOhm (a healthy large prismatic cell) to 100 mOhm (a dead
// cell, 1 V lost at 10 A).
constexpr Range kCellOhm{0.0001, 0.1, "\u03A9"};
// List lengths: far beyond any hand-written scenario, small enough to stay a scenario.
constexpr int kMaxLoadPoints = 10000;
constexpr int kMaxFaults = 1000;
// Pack ids: printed everywhere and typed in commands ("fault cell-sag P2"): no spaces.
constexpr int kMaxIdLength = 16;
} // namespace Limits

QString rangeText(const Range &r)
{
    const QString unit = QString::fromUtf8(r.unit);
    return QCoreApplication::translate("Scenario", "from %1 to %2%3")
        .arg(QString::number(r.min, 'g', 10), QString::number(r.max, 'g', 10), unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

struct Reader
{
    std::optional<Error> error;

    bool fail(const QString &field, const QString &message)
    {
        if (!error)
            error = Error{field, message};
        return false;
    }
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }
    void keys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(join(path, it.key()), QCoreApplication::translate("Scenario", "unknown field"));
    }
    // A number within its range (whole when `whole`), checked and reported with the range.
    double value(const QJsonValue &v, const QString &field, const Range &range, double fallback, bool whole = false)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(field, whole ? QCoreApplication::translate("Scenario", "expected a whole number %1").arg(rangeText(range))
                              : QCoreApplication::translate("Scenario", "expected a number %1").arg(rangeText(range)));
            return fallback;
        }
        const double d = v.toDouble();
        if (whole && d != std::floor(d)) {
            fail(field, QCoreApplication::translate("Scenario", "%1 is not a whole number: expected %2").arg(d).arg(rangeText(range)));
            return fallback;
        }
        if (d < range.min || d > range.max) {
            fail(field, QCoreApplication::translate("Scenario", "%1 is out of range: expected %2").arg(d).arg(rangeText(range)));
            return fallback;
        }
        return d;
    }
    double number(const QJsonObject &o, const QString &path, const QString &key, const Range &range, double fallback,
                  bool required = false, bool whole = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), QCoreApplication::translate("Scenario", "required field is missing"));
            return fallback;
        }
        return value(v, join(path, key), range, fallback, whole);
    }
    int integer(const QJsonObject &o, const QString &path, const QString &key, const Range &range, int fallback)
    {
        return int(number(o, path, key, range, fallback, false, true));
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key, const QString &fallback, bool required = false)
    {
        const QString field = join(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(field, QCoreApplication::translate("Scenario", "required field is missing"));
            return fallback;
        }
        if (!v.isString() || v.toString().isEmpty()) {
            fail(field, QCoreApplication::translate("Scenario", "expected a non-empty string"));
            return fallback;
        }
        return v.toString();
    }
    // Text that goes on the wire in a fixed ASCII field of `size` bytes.
    QString ascii(const QJsonObject &o, const QString &path, const QString &key, const QString &fallback, int size, const QString &where,
                  bool required = false)
    {
        const QString text = string(o, path, key, fallback, required);
        for (QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
                fail(join(path, key), QCoreApplication::translate("Scenario", "'%1' is not plain ASCII text").arg(text));
                return fallback;
            }
        }
        if (text.size() > size)
            fail(join(path, key), QCoreApplication::translate("Scenario", "'%1' is longer than the %2 characters of %3").arg(text).arg(size).arg(where));
        return text;
    }
};

// "a.b.c" with each part 0..255 (firmware versions sent as bytes), `parts` of them (or 2-3).
bool isByteVersion(const QString &text, int minParts, int maxParts)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() < minParts || parts.size() > maxParts)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || p.isEmpty() || !p.at(0).isDigit() || v < 0 || v > 255)
            return false;
    }
    return true;
}

} // namespace

QString ScenarioFault::name(Type type)
{
    switch (type) {
    case Type::MasterDies:
        return QStringLiteral("master-dies");
    case Type::SlaveOffline:
        return QStringLiteral("slave-offline");
    case Type::CableBreak:
        return QStringLiteral("cable-break");
    case Type::AbSwapped:
        return QStringLiteral("ab-swapped");
    case Type::WrongBaud:
        return QStringLiteral("wrong-baud");
    case Type::DuplicateAddress:
        return QStringLiteral("duplicate-address");
    case Type::CellSag:
        return QStringLiteral("cell-sag");
    case Type::OverTemperature:
        return QStringLiteral("over-temperature");
    case Type::BmsAsleep:
        return QStringLiteral("bms-asleep");
    case Type::FirmwareMismatch:
        return QStringLiteral("firmware-mismatch");
    case Type::Promote:
        return QStringLiteral("promote");
    }
    return {};
}

QList<ScenarioFault::Type> ScenarioFault::all()
{
    return {Type::MasterDies, Type::SlaveOffline,     Type::CableBreak, Type::AbSwapped,       Type::WrongBaud,
            Type::DuplicateAddress, Type::CellSag, Type::OverTemperature, Type::BmsAsleep, Type::FirmwareMismatch, Type::Promote};
}

std::optional<ScenarioFault::Type> ScenarioFault::fromName(const QString &text)
{
    for (Type t : all())
        if (name(t) == text)
            return t;
    return std::nullopt;
}

Expected<Scenario, Error> Scenario::parse(const QByteArray &json)
{
    using namespace Limits;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QString(), QCoreApplication::translate("Scenario", "invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject())
        return Error{QString(), QCoreApplication::translate("Scenario", "expected a JSON object describing the scenario")};
    const QJsonObject root = doc.object();
    Reader r;
    Scenario s;
    r.keys(root, QString(), {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("protocol"), QStringLiteral("can_dialect"), QStringLiteral("baud"),
                             QStringLiteral("turnaround_ms"), QStringLiteral("tick_ms"), QStringLiteral("duration_s"),
                             QStringLiteral("seed"), QStringLiteral("ambient_C"), QStringLiteral("architecture"),
                             QStringLiteral("packs"), QStringLiteral("load"), QStringLiteral("faults")});
    s.name = r.string(root, QString(), QStringLiteral("name"), QString(), true);
    if (const QJsonValue d = root.value(QStringLiteral("description")); !d.isUndefined() && !d.isString())
        r.fail(QStringLiteral("description"), QCoreApplication::translate("Scenario", "expected a string"));
    s.description = root.value(QStringLiteral("description")).toString();
    s.protocol = r.string(root, QString(), QStringLiteral("protocol"), s.protocol);
    const QStringList protocols{QStringLiteral("pylontech-rs485"), QStringLiteral("pylon-can"), QStringLiteral("jk-modbus"),
                                QStringLiteral("jk-legacy"), QStringLiteral("jk-pb"), QStringLiteral("victron-can")};
    if (!protocols.contains(s.protocol))
        r.fail(QStringLiteral("protocol"), QCoreApplication::translate("Scenario", "expected one of %1").arg(protocols.join(QStringLiteral(", "))));
    const bool victron = s.protocol == QLatin1String("victron-can"); // one CAN-bus BMS per pack, peer-to-peer
    const bool jkPb = s.protocol == QLatin1String("jk-pb");          // the master at DIP 0
    const bool jkLegacy = s.protocol == QLatin1String("jk-legacy");
    const bool jk = s.protocol == QLatin1String("jk-modbus") || jkLegacy || jkPb || victron;
    s.canDialect = r.string(root, QString(), QStringLiteral("can_dialect"), s.canDialect);
    if (s.canDialect != QLatin1String("pylon-v1.2") && s.canDialect != QLatin1String("pylontech-v1.3"))
        r.fail(QStringLiteral("can_dialect"), QCoreApplication::translate("Scenario", "expected \"pylon-v1.2\" or \"pylontech-v1.3\""));
    if (const QJsonValue b = root.value(QStringLiteral("baud")); !b.isUndefined()) {
        QStringList rates;
        for (qint32 rate : kBaudRates)
            rates.append(QString::number(rate));
        // Compared as a double: a number outside int's range (1e121) must not be converted first.
        const double v = b.toDouble();
        if (!b.isDouble() || std::none_of(kBaudRates.cbegin(), kBaudRates.cend(), [v](qint32 rate) { return double(rate) == v; }))
            r.fail(QStringLiteral("baud"), QCoreApplication::translate("Scenario", "expected one of the serial rates %1").arg(rates.join(QStringLiteral(", "))));
        else
            s.baudRate = qint32(b.toDouble());
    }
    s.turnaroundMs = r.integer(root, QString(), QStringLiteral("turnaround_ms"), kTurnaroundMs, 5);
    s.tickMs = r.integer(root, QString(), QStringLiteral("tick_ms"), kTickMs, 500);
    s.durationS = r.number(root, QString(), QStringLiteral("duration_s"), kTimeS, 0);
    s.physics.seed = quint32(r.number(root, QString(), QStringLiteral("seed"), Range{0, 4294967295.0, ""}, 1, false, true));
    s.physics.ambientC = r.number(root, QString(), QStringLiteral("ambient_C"), kAmbientC, 27);
    const QString arch = r.string(root, QString(), QStringLiteral("architecture"), victron ? QStringLiteral("peer-to-peer") : QStringLiteral("master-slave"));
    if (const auto a = ArchitectureNames::fromName(arch))
        s.physics.architecture = *a;
    else
        r.fail(QStringLiteral("architecture"), QCoreApplication::translate("Scenario", "expected \"master-slave\", \"peer-to-peer\" or \"single-master\""));
    if (victron && s.physics.architecture != Architecture::PeerToPeer)
        r.fail(QStringLiteral("architecture"), QCoreApplication::translate("Scenario", "a \"victron-can\" bank is peer-to-peer: every BMS talks to the GX"));

    const QJsonValue packs = root.value(QStringLiteral("packs"));
    if (!packs.isArray() || packs.toArray().isEmpty() || packs.toArray().size() > kMaxPacks)
        r.fail(QStringLiteral("packs"), QCoreApplication::translate("Scenario", "expected a list of 1 to %1 packs (a master and up to %2 slaves)").arg(kMaxPacks).arg(kMaxPacks - 1));
    const QJsonArray packList = packs.toArray();
    for (int i = 0; i < packList.size() && !r.error; ++i) {
        const QString path = QStringLiteral("packs[%1]").arg(i);
        if (!packList[i].isObject()) {
            r.fail(path, QCoreApplication::translate("Scenario", "expected an object describing a pack"));
            break;
        }
        const QJsonObject o = packList[i].toObject();
        r.keys(o, path, {QStringLiteral("id"), QStringLiteral("address"), QStringLiteral("model"), QStringLiteral("capacity_Ah"),
                         QStringLiteral("soc_pct"), QStringLiteral("soh_pct"), QStringLiteral("cells"), QStringLiteral("cable_mOhm"),
                         QStringLiteral("soft_cell"), QStringLiteral("ccl_A"), QStringLiteral("dcl_A")});
        PhysicsPack p;
        p.id = r.string(o, path, QStringLiteral("id"), QString(), true);
        if (p.id.size() > kMaxIdLength || std::any_of(p.id.cbegin(), p.id.cend(), [](QChar c) { return c.unicode() <= 0x20 || c.unicode() > 0x7E; }))
            r.fail(path + QStringLiteral(".id"), QCoreApplication::translate("Scenario", "expected 1 to %1 ASCII letters, digits or signs, no spaces").arg(kMaxIdLength));
        const Range addressRange = jkPb ? kJkPbAddress : jk ? kJkAddress : kPylontechAddress;
        p.address = r.integer(o, path, QStringLiteral("address"), addressRange, int(addressRange.min) + i);
        if (!jk && (p.address & 0x0F) < 2)
            r.fail(path + QStringLiteral(".address"), QCoreApplication::translate("Scenario", "0x%1 is no module address: within a group modules are 2 to 15 (0x%2 to 0x%3)")
                                                          .arg(p.address, 2, 16, QLatin1Char('0')).arg((p.address & 0xF0) + 2, 2, 16, QLatin1Char('0')).arg((p.address & 0xF0) + 15, 2, 16, QLatin1Char('0')));
        int modelSize = 10; // Pylontech 0x51: device name, 10 bytes (pylontech-rs485.md 5.2)
        QString modelWhere = QCoreApplication::translate("Scenario", "the Pylontech device name (0x51)");
        if (victron) {
            p.model = QStringLiteral("LFP16S-CAN");
            p.cells = 16;
            p.cvlV = 55.2;
            p.dvlV = 44.8;
            modelSize = 16; // "<id> <model>" in the 16 bytes of 0x370/0x371: checked below
            modelWhere = QCoreApplication::translate("Scenario", "the BMS name in 0x370/0x371");
        } else if (jk) {
            p.model = jkLegacy ? QStringLiteral("JK-B2A24S15P") : QStringLiteral("JK_PB2A16S20P");
            p.cells = 16;
            p.cvlV = 55.2;
            p.dvlV = 44.8;
            modelSize = jkLegacy ? 24 : 16; // 4E57 0xBA manufacturer id / register 0x1400 model
            modelWhere = jkLegacy ? QCoreApplication::translate("Scenario", "the JK-B manufacturer id (0xBA)")
                                  : QCoreApplication::translate("Scenario", "the JK model (0x1400)");
        }
        p.role = i == 0 ? PackRole::Master : PackRole::Slave;
        p.model = r.ascii(o, path, QStringLiteral("model"), p.model, modelSize, modelWhere);
        if (victron && p.id.size() + 1 + p.model.size() > 16) // a GX tells its BMSs apart by this name
            r.fail(path + (o.contains(QStringLiteral("model")) ? QStringLiteral(".model") : QStringLiteral(".id")),
                   QCoreApplication::translate("Scenario", "the BMS name '%1 %2' is longer than the 16 characters of 0x370/0x371").arg(p.id, p.model));
        p.capacityAh = r.number(o, path, QStringLiteral("capacity_Ah"), kCapacityAh, 74);
        p.socPct = r.number(o, path, QStringLiteral("soc_pct"), kPercent, 80);
        p.sohPct = r.number(o, path, QStringLiteral("soh_pct"), kPercent, 100);
        p.cells = r.integer(o, path, QStringLiteral("cells"), jkLegacy ? kJkLegacyCells : kCells, p.cells);
        p.cableOhm = r.number(o, path, QStringLiteral("cable_mOhm"), kCableMohm, 5) / 1000.0;
        p.softCell = r.integer(o, path, QStringLiteral("soft_cell"), Range{0, double(p.cells), "(0 = none)"}, 0) - 1;
        p.chargeLimitA = r.number(o, path, QStringLiteral("ccl_A"), kPackLimitA, std::clamp(p.capacityAh / 2.0, kPackLimitA.min, kPackLimitA.max));
        p.dischargeLimitA = r.number(o, path, QStringLiteral("dcl_A"), kPackLimitA, std::clamp(p.capacityAh, kPackLimitA.min, kPackLimitA.max));
        for (const PhysicsPack &other : std::as_const(s.physics.packs)) {
            if (other.id == p.id)
                r.fail(path + QStringLiteral(".id"), QCoreApplication::translate("Scenario", "duplicate pack id '%1'").arg(p.id));
            if (other.address == p.address)
                r.fail(path + QStringLiteral(".address"), QCoreApplication::translate("Scenario", "address %1 is used twice (use the duplicate-address fault to simulate that)").arg(p.address));
        }
        if (!jk && (p.address & 0xF0) != (s.physics.packs.isEmpty() ? (p.address & 0xF0) : (s.physics.packs.first().address & 0xF0)))
            r.fail(path + QStringLiteral(".address"), QCoreApplication::translate("Scenario", "every pack of a bank is in the master's group"));
        s.physics.packs.append(p);
    }

    const QJsonValue load = root.value(QStringLiteral("load"));
    if (!load.isUndefined()) {
        if (load == QJsonValue(QStringLiteral("demo-cycle"))) {
            s.physics.load.demoCycle = true;
        } else if (load.isArray() && load.toArray().size() <= kMaxLoadPoints) {
            const QJsonArray points = load.toArray();
            double last = -1.0;
            for (int i = 0; i < points.size() && !r.error; ++i) {
                const QString path = QStringLiteral("load[%1]").arg(i);
                const QJsonArray p = points[i].toArray();
                if (!points[i].isArray() || p.size() != 2) {
                    r.fail(path, QCoreApplication::translate("Scenario", "expected [seconds, amperes]"));
                    break;
                }
                const double at = r.value(p[0], path + QStringLiteral("[0]"), kTimeS, 0);
                const double amperes = r.value(p[1], path + QStringLiteral("[1]"), kBankCurrentA, 0);
                if (!r.error && at < last)
                    r.fail(path + QStringLiteral("[0]"), QCoreApplication::translate("Scenario", "%1 s comes before the previous point (%2 s): times must be in order").arg(at).arg(last));
                last = at;
                s.physics.load.points.append({at, amperes});
            }
        } else {
            r.fail(QStringLiteral("load"), QCoreApplication::translate("Scenario", "expected \"demo-cycle\" or a list of up to %1 [seconds, amperes] points").arg(kMaxLoadPoints));
        }
    }

    const QJsonValue faultsValue = root.value(QStringLiteral("faults"));
    const QJsonArray faults = faultsValue.toArray();
    if (!faultsValue.isUndefined() && (!faultsValue.isArray() || faults.size() > kMaxFaults))
        r.fail(QStringLiteral("faults"), QCoreApplication::translate("Scenario", "expected a list of up to %1 faults").arg(kMaxFaults));
    for (int i = 0; i < faults.size() && !r.error; ++i) {
        const QString path = QStringLiteral("faults[%1]").arg(i);
        if (!faults[i].isObject()) {
            r.fail(path, QCoreApplication::translate("Scenario", "expected an object describing a fault"));
            break;
        }
        const QJsonObject o = faults[i].toObject();
        r.keys(o, path, {QStringLiteral("at_s"), QStringLiteral("type"), QStringLiteral("pack"), QStringLiteral("cell"),
                         QStringLiteral("ohm"), QStringLiteral("degrees"), QStringLiteral("firmware")});
        ScenarioFault f;
        f.atS = r.number(o, path, QStringLiteral("at_s"), kTimeS, 0, true);
        if (!r.error && s.durationS > 0 && f.atS > s.durationS)
            r.fail(path + QStringLiteral(".at_s"), QCoreApplication::translate("Scenario", "%1 s is after the end of the scenario (duration_s %2): the fault would never fire").arg(f.atS).arg(s.durationS));
        const QString type = r.string(o, path, QStringLiteral("type"), QString(), true);
        const auto t = ScenarioFault::fromName(type);
        if (!t) {
            QStringList names;
            for (auto x : ScenarioFault::all())
                names.append(ScenarioFault::name(x));
            r.fail(path + QStringLiteral(".type"), QCoreApplication::translate("Scenario", "unknown fault '%1' (known: %2)").arg(type, names.join(QStringLiteral(", "))));
            break;
        }
        f.type = *t;
        const bool needsPack = f.type != ScenarioFault::Type::AbSwapped && f.type != ScenarioFault::Type::WrongBaud
            && f.type != ScenarioFault::Type::MasterDies;
        f.pack = r.string(o, path, QStringLiteral("pack"), s.physics.packs.isEmpty() ? QString() : s.physics.packs.first().id, needsPack);
        const PhysicsPack *pack = nullptr;
        for (const PhysicsPack &p : std::as_const(s.physics.packs))
            if (p.id == f.pack)
                pack = &p;
        if (!pack)
            r.fail(path + QStringLiteral(".pack"), QCoreApplication::translate("Scenario", "no pack '%1' in this scenario").arg(f.pack));
        if (victron && f.type == ScenarioFault::Type::Promote)
            r.fail(path + QStringLiteral(".type"), QCoreApplication::translate("Scenario", "a \"victron-can\" bank has no master: there is nobody to promote"));
        if (!victron && (f.type == ScenarioFault::Type::SlaveOffline || f.type == ScenarioFault::Type::CableBreak) && !s.physics.packs.isEmpty()
            && f.pack == s.physics.packs.first().id)
            r.fail(path + QStringLiteral(".pack"), QCoreApplication::translate("Scenario", "%1 concerns a slave, not the master").arg(type));
        f.cell = r.integer(o, path, QStringLiteral("cell"), Range{1, double(pack ? pack->cells : kJkLegacyCells.max), "(the pack's cells)"}, 1);
        f.ohm = r.number(o, path, QStringLiteral("ohm"), kCellOhm, 0.01);
        f.degrees = r.number(o, path, QStringLiteral("degrees"), kExtraHeatK, 40);
        // The version goes on the wire: three bytes in Pylontech 0x96, two in 0x35F (victron-can),
        // 8 ASCII bytes at JK register 0x1418, 15 in JK-B 0xB7.
        if (jkLegacy || (jk && !victron)) {
            f.firmware = r.ascii(o, path, QStringLiteral("firmware"), f.firmware, jkLegacy ? 15 : 8,
                                 jkLegacy ? QCoreApplication::translate("Scenario", "the JK-B software version (0xB7)")
                                          : QCoreApplication::translate("Scenario", "the JK software version (0x1418)"));
        } else {
            f.firmware = r.string(o, path, QStringLiteral("firmware"), f.firmware);
            if (!isByteVersion(f.firmware, victron ? 2 : 3, 3))
                r.fail(path + QStringLiteral(".firmware"), victron ? QCoreApplication::translate("Scenario", "expected \"major.minor\" with each part 0 to 255 (0x35F bytes 2-3)")
                                                                   : QCoreApplication::translate("Scenario", "expected \"x.y.z\" with each part 0 to 255 (the three bytes of 0x96)"));
        }
        s.faults.append(f);
    }
    std::stable_sort(s.faults.begin(), s.faults.end(), [](const ScenarioFault &a, const ScenarioFault &b) { return a.atS < b.atS; });
    if (r.error)
        return *r.error;
    return s;
}
