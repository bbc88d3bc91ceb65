#include "simbank.h"

#include "bytes.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "jkregisters.h"

#include <cmath>

namespace {

// 16-bit CAN fields saturate one step short of the SMA "invalid" markers, 0xFFFF (unsigned) and
// 0x8000 (signed), which reset the inverter's setting to its default (pylon-can.md 1): 6553.5 V
// of CVL would read as "no CVL", -3276.8 A as "no current".
quint16 canU16(double value, double scale = 1.0)
{
    return quint16(saturatingRaw(value, scale, 0, 0xFFFE));
}

qint16 canS16(double value, double scale = 1.0)
{
    return qint16(saturatingRaw(value, scale, -0x7FFF, 0x7FFF));
}

} // namespace

SimBank::SimBank(const Scenario &scenario)
    : m_scenario(scenario)
    , m_physics(scenario.physics)
{
}

QString SimBank::key(const ScenarioFault &f) const
{
    return ScenarioFault::name(f.type) + QLatin1Char(':') + f.pack;
}

QStringList SimBank::activeFaults() const
{
    return m_active.keys();
}

int SimBank::indexOf(const QString &packId) const
{
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    for (int i = 0; i < packs.size(); ++i)
        if (packs[i].id == packId)
            return i;
    return -1;
}

bool SimBank::isDead(int index) const
{
    for (const ScenarioFault &f : m_active)
        if (f.type == ScenarioFault::Type::MasterDies && (f.pack.isEmpty() ? index == 0 : indexOf(f.pack) == index))
            return true;
    return false;
}

bool SimBank::isAsleep(int index) const
{
    for (const ScenarioFault &f : m_active)
        if (f.type == ScenarioFault::Type::BmsAsleep && indexOf(f.pack) == index)
            return true;
    return false;
}

QList<int> SimBank::actingMasters() const
{
    QList<int> out;
    if (m_scenario.protocol == QLatin1String("victron-can"))
        return out; // peer-to-peer: every BMS talks to the GX itself
    if (!m_scenario.physics.packs.isEmpty() && !isDead(0))
        out.append(0);
    if (m_promoted && *m_promoted != 0 && !isDead(*m_promoted))
        out.append(*m_promoted);
    return out;
}

QStringList SimBank::masters() const
{
    QStringList out;
    for (int m : actingMasters())
        out.append(m_scenario.physics.packs[m].id);
    return out;
}

std::optional<QString> SimBank::promoted() const
{
    if (!m_promoted)
        return std::nullopt;
    return m_scenario.physics.packs[*m_promoted].id;
}

int SimBank::effectiveAddress(int index) const
{
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    if (m_promoted && index == *m_promoted)
        return m_scenario.protocol == QLatin1String("jk-pb") ? 0 : packs.first().address; // DIP 0000, or the address the inverter polls
    return packs[index].address;
}

bool SimBank::apply(const ScenarioFault &f, bool active)
{
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    const int index = indexOf(f.pack);
    if (f.type == ScenarioFault::Type::Promote) {
        // The stand-in taking over; cleared (or the first pack promoted), the planned master again.
        if (m_scenario.protocol == QLatin1String("victron-can") || (index < 0 && active))
            return false;
        for (auto it = m_active.begin(); it != m_active.end();)
            it = it.value().type == ScenarioFault::Type::Promote ? m_active.erase(it) : std::next(it);
        m_promoted.reset();
        if (active && index > 0) {
            m_promoted = index;
            m_active.insert(key(f), f);
        }
        refresh();
        return true;
    }
    const bool bankWide = f.type == ScenarioFault::Type::AbSwapped || f.type == ScenarioFault::Type::WrongBaud
        || f.type == ScenarioFault::Type::MasterDies;
    if (index < 0 && !bankWide)
        return false;
    const QString id = index >= 0 ? packs[index].id : QString();
    switch (f.type) {
    case ScenarioFault::Type::MasterDies:
        m_physics.setOnBus(index >= 0 ? packs[index].id : packs.first().id, !active);
        break;
    case ScenarioFault::Type::SlaveOffline:
        m_physics.setOnBus(id, !active);
        break;
    case ScenarioFault::Type::CellSag:
        if (active)
            m_physics.setSoftCell(id, f.cell - 1, f.ohm);
        else
            m_physics.setSoftCell(id, f.cell - 1, packs[index].cellOhm);
        break;
    case ScenarioFault::Type::OverTemperature:
        m_physics.setExtraHeatC(id, active ? f.degrees : 0.0);
        break;
    default:
        break; // the rest act on the wire: see respond()
    }
    if (active)
        m_active.insert(key(f), f);
    else
        m_active.remove(key(f));
    refresh();
    return true;
}

QList<ScenarioFault> SimBank::tick(qint64 nowMs)
{
    if (!m_startMs)
        m_startMs = nowMs;
    QList<ScenarioFault> fired;
    const double t = double(nowMs - *m_startMs) / 1000.0;
    while (m_nextFault < m_scenario.faults.size() && m_scenario.faults[m_nextFault].atS <= t) {
        const ScenarioFault &f = m_scenario.faults[m_nextFault++];
        if (apply(f, true))
            fired.append(f);
    }
    m_readings = m_physics.step(nowMs);
    refresh();
    return fired;
}

EmulatedModule SimBank::moduleFrom(const PhysicsPack &pack, const PackReading &r)
{
    // Every value saturates at its field (pylontech-rs485.md 5.3, 5.6): never wrapped.
    EmulatedModule m = PylontechEmulator::module(pack.address, r.socPct.value_or(0.0), r.currentA.value_or(0.0));
    m.deviceName = pack.model.toLatin1();
    if (r.cellsMv.has()) {
        m.analog.cellsMv.clear();
        for (int mv : *r.cellsMv)
            m.analog.cellsMv.append(saturatingRaw<quint16>(mv)); // u16 mV
    }
    if (r.tempsC.has()) {
        m.analog.tempsRaw.clear();
        for (double c : *r.tempsC)
            m.analog.tempsRaw.append(quint16(saturatingRaw(c, 0.1, 0, 0x7FFF, 2731))); // s16 0.1 K, offset 2731
    }
    m.analog.voltageMv = saturatingRaw<quint16>(r.voltageV.value_or(0.0), 0.001);
    const quint32 fullMah = quint32(saturatingRaw(pack.capacityAh, 0.001, 0, 0xFFFFFF));
    const quint32 remainingMah = quint32(saturatingRaw(r.remainingAh.value_or(0.0), 0.001, 0, 0xFFFFFF));
    if (fullMah > 65000) { // item count 4: FFFF placeholders and 24-bit fields (fact sheet 5.3)
        m.analog.userItems = 4;
        m.analog.remaining16 = 0xFFFF;
        m.analog.total16 = 0xFFFF;
        m.analog.remaining24 = remainingMah;
        m.analog.total24 = fullMah;
    } else {
        m.analog.userItems = 2;
        m.analog.remaining16 = quint16(std::min<quint32>(remainingMah, 0xFFFF));
        m.analog.total16 = quint16(fullMah);
    }
    // Alarm states from what the BMS raised.
    const Faults faults = r.faults.value.value_or(Faults());
    const Faults warnings = r.warnings.value.value_or(Faults());
    m.alarm.cellStates = QByteArray(m.analog.cellsMv.size(), '\0');
    for (int i = 0; i < m.analog.cellsMv.size(); ++i) {
        if (m.analog.cellsMv[i] < 3000)
            m.alarm.cellStates[i] = '\x01';
        else if (m.analog.cellsMv[i] > 3550)
            m.alarm.cellStates[i] = '\x02';
    }
    m.alarm.tempStates = QByteArray(m.analog.tempsRaw.size(), '\0');
    if ((faults | warnings).testFlag(Fault::Overtemperature))
        m.alarm.tempStates.fill('\x02');
    m.alarm.status1 = (faults.testFlag(Fault::CellUndervoltage) ? 0x02 : 0) | (faults.testFlag(Fault::Overtemperature) ? 0x60 : 0)
        | (faults.testFlag(Fault::CellOvervoltage) ? 0x01 : 0);
    const double ccl = r.cclA.value_or(0.0);
    const double dcl = r.dclA.value_or(0.0);
    m.alarm.status2 = quint8(0x08 | (dcl > 0 ? 0x04 : 0) | (ccl > 0 ? 0x02 : 0));
    const double current = r.currentA.value_or(0.0);
    m.alarm.status3 = quint8((current > 0.1 ? 0x80 : 0) | (current < -0.1 ? 0x40 : 0) | (r.socPct.value_or(0) >= 100 ? 0x08 : 0));
    m.management.cvlMv = saturatingRaw<quint16>(r.cvlV.value_or(pack.cvlV), 0.001);
    m.management.dvlMv = saturatingRaw<quint16>(r.dvlV.value_or(pack.dvlV), 0.001);
    m.management.cclRaw = saturatingRaw<qint16>(ccl, 0.1);
    m.management.dclRaw = saturatingRaw<qint16>(-dcl, 0.1); // real modules send the DCL negative
    m.management.status = quint8((ccl > 0 ? 0x80 : 0) | (dcl > 0 ? 0x40 : 0) | (r.socPct.value_or(50) < 10 ? 0x20 : 0));
    return m;
}

void SimBank::refresh()
{
    QList<EmulatedModule> modules;
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    for (int i = 0; i < packs.size(); ++i) {
        const PackReading reading = i < m_readings.size() ? m_readings[i] : PackReading{};
        EmulatedModule m = moduleFrom(packs[i], reading);
        for (const ScenarioFault &f : std::as_const(m_active)) {
            if (f.pack != packs[i].id)
                continue;
            if (f.type == ScenarioFault::Type::SlaveOffline || f.type == ScenarioFault::Type::CableBreak
                || f.type == ScenarioFault::Type::BmsAsleep)
                m.reachable = false;
            if (f.type == ScenarioFault::Type::FirmwareMismatch) {
                const QStringList parts = f.firmware.split(QLatin1Char('.'));
                m.mainlineVersion = QByteArray(3, '\0');
                for (int k = 0; k < 3 && k < parts.size(); ++k)
                    m.mainlineVersion[k] = char(parts[k].toInt());
            }
        }
        if (i != 0 && isDead(i))
            m.reachable = false; // a slave that died is off the link bus
        modules.append(m);
    }
    m_emulator.setModules(modules);
    // The promoted stand-in at the head of what is left of the chain: the group's master address,
    // the units behind it renumbered in chain order; the old master is not on its chain.
    if (m_promoted) {
        QList<EmulatedModule> chain;
        const int base = packs.first().address & 0xF0;
        chain.append(modules[*m_promoted]);
        for (int i = 1; i < modules.size(); ++i)
            if (i != *m_promoted)
                chain.append(modules[i]);
        for (int i = 0; i < chain.size(); ++i) {
            chain[i].address = base + 2 + i;
            chain[i].management.commandValue = quint8(chain[i].address);
        }
        m_promotedEmulator.setModules(chain);
    }
}

QByteArray SimBank::receive(const QByteArray &wire) const
{
    bool swapped = false;
    bool wrongBaud = false;
    for (const ScenarioFault &f : m_active) {
        swapped |= f.type == ScenarioFault::Type::AbSwapped;
        wrongBaud |= f.type == ScenarioFault::Type::WrongBaud;
    }
    QByteArray out = wire;
    if (swapped)
        for (char &c : out)
            c = char(~quint8(c));
    if (wrongBaud)
        for (char &c : out)
            c = char((quint8(c) >> 1) | 0x80); // bits sampled at the wrong rate: never '~' or CR
    return out;
}

QByteArray SimBank::lineNoise() const
{
    for (const ScenarioFault &f : m_active)
        if (f.type == ScenarioFault::Type::AbSwapped)
            return QByteArray(4, '\0');
    return {};
}

QByteArray SimBank::respond(const QByteArray &unit) const
{
    // Every master on the bus answers; two masters answer at once and collide on the pair.
    QList<QByteArray> answers;
    for (int m : actingMasters()) {
        if (isAsleep(m))
            continue;
        const QByteArray a = pylontechAnswer(m == 0 ? m_emulator : m_promotedEmulator, unit);
        if (!a.isEmpty())
            answers.append(a);
    }
    if (answers.isEmpty())
        return {};
    return answers.size() == 1 ? answers.first() : collide(answers[0], answers[1]);
}

QByteArray SimBank::pylontechAnswer(const PylontechEmulator &emulator, const QByteArray &unit) const
{
    QByteArray answer = emulator.respond(unit);
    if (answer.isEmpty())
        return answer;
    const auto request = PylontechFrameCodec::decode(unit);
    for (const ScenarioFault &f : m_active) {
        if (f.type != ScenarioFault::Type::DuplicateAddress || !request)
            continue;
        int address = -1;
        for (const PhysicsPack &p : m_scenario.physics.packs)
            if (p.id == f.pack)
                address = p.address;
        if (request->adr != address)
            continue;
        // A second pack answers too: the two answers collide on the pair.
        PylontechEmulator twin = emulator;
        for (EmulatedModule &m : twin.modules()) {
            m.analog.currentRaw = saturatingRaw<qint16>(m.analog.currentRaw + 37.0);
            m.analog.remaining24 = quint32(saturatingRaw(m.analog.remaining24 + 5000.0, 1.0, 0, 0xFFFFFF));
            m.analog.remaining16 = m.analog.userItems >= 4 ? m.analog.remaining16 : saturatingRaw<quint16>(m.analog.remaining16 + 500.0);
            m.serial = "HPTDUPLICATE0000";
        }
        answer = collide(answer, twin.respond(unit));
    }
    return answer;
}

std::optional<AggregationResult> SimBank::masterView(qint64 nowMs) const
{
    for (int m : actingMasters())
        if (!isAsleep(m))
            return viewOf(m, nowMs);
    return std::nullopt;
}

std::optional<AggregationResult> SimBank::viewOf(int master, qint64 nowMs) const
{
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    const QString masterId = packs[master].id;
    BankSnapshot s;
    s.config = m_physics.bankConfig();
    if (master != 0) {
        for (PackConfig &pc : s.config.packs)
            pc.role = pc.id == masterId ? PackRole::Master : PackRole::Slave;
    }
    for (int i = 0; i < m_readings.size(); ++i) {
        PackReading r = m_readings[i];
        // A slave the master cannot reach is missing from what it knows; one sharing its
        // address with another pack answers the master's polls in collisions.
        for (const ScenarioFault &f : m_active) {
            if (f.pack == r.packId && f.pack != masterId
                && (f.type == ScenarioFault::Type::SlaveOffline || f.type == ScenarioFault::Type::CableBreak
                    || f.type == ScenarioFault::Type::BmsAsleep || f.type == ScenarioFault::Type::DuplicateAddress))
                r.markedOffline = true;
        }
        if (i != master && (isDead(i) || (master != 0 && i == 0)))
            r.markedOffline = true; // off, or the old master: not on the stand-in's chain
        s.readings.insert(r.packId, r);
    }
    return Aggregator::aggregate(s, nowMs);
}

QByteArray SimBank::alarmPairs(Faults faults, Faults warnings, bool okIsTen)
{
    // 0x35A (pylon-can.md 4): alarms in bytes 0-3, warnings in 4-7, one 2-bit pair each.
    QByteArray pairs(8, okIsTen ? '\xAA' : '\0');
    auto set = [&pairs](int byte, int pair) {
        pairs[byte] = char((quint8(pairs[byte]) & ~(0x3 << (2 * pair))) | (0x1 << (2 * pair)));
    };
    for (int w = 0; w < 2; ++w) {
        const Faults f = w == 0 ? faults : warnings;
        const int base = w == 0 ? 0 : 4;
        if (okIsTen && f != Faults()) // SMA/Victron senders raise "general" beside the cause
            set(base, 0);
        if (f.testFlag(Fault::PackOvervoltage) || f.testFlag(Fault::CellOvervoltage))
            set(base, 1);
        if (f.testFlag(Fault::PackUndervoltage) || f.testFlag(Fault::CellUndervoltage))
            set(base, 2);
        if (f.testFlag(Fault::Overtemperature))
            set(base, 3);
        if (f.testFlag(Fault::Undertemperature))
            set(base + 1, 0);
        if (f.testFlag(Fault::DischargeOvercurrent))
            set(base + 1, 3);
        if (f.testFlag(Fault::ChargeOvercurrent))
            set(base + 2, 0);
        if (f.testFlag(Fault::Communication))
            set(base + 2, 3);
        if (f.testFlag(Fault::CellImbalance))
            set(base + 3, 0);
    }
    return pairs;
}

QList<CanFrameData> SimBank::canBroadcast(qint64 nowMs, PylonCan::Dialect dialect) const
{
    // In a "pylon-can" scenario the wiring faults are on the CAN cable to the inverter: with
    // CAN-H/CAN-L swapped or the wrong bit rate no frame arrives intact.
    if (m_scenario.protocol == QLatin1String("pylon-can")) {
        for (const ScenarioFault &f : m_active)
            if (f.type == ScenarioFault::Type::AbSwapped || f.type == ScenarioFault::Type::WrongBaud)
                return {};
    }
    // Every master broadcasts: two masters put two frame sets with the same IDs on the bus.
    QList<CanFrameData> out;
    for (int m : actingMasters()) {
        if (isAsleep(m))
            continue;
        const std::optional<AggregationResult> view = viewOf(m, nowMs);
        if (!view || !view->inverterSees)
            continue;
        const InverterView &v = *view->inverterSees;
        // 0x356 carries the average cell temperature (pylon-can.md 2): over the cell sensors
        // (a Pylontech module's sensors 1.., sensor 0 is its BMS board) of the packs the
        // inverter's view is made of.
        const QStringList seen = v[ViewFieldId::OnlinePacks].provenance.from;
        double sum = 0.0;
        int sensors = 0;
        for (const PackReading &r : m_readings) {
            if (!seen.contains(r.packId) || !r.tempsC.has())
                continue;
            const QList<double> &temps = *r.tempsC;
            for (qsizetype i = temps.size() > 1 ? 1 : 0; i < temps.size(); ++i) {
                sum += temps[i];
                ++sensors;
            }
        }
        out += masterFrames(v, sensors ? std::optional<double>(sum / sensors) : std::nullopt, m_scenario.physics.packs[m].dvlV, dialect);
    }
    return out;
}

QList<CanFrameData> SimBank::masterFrames(const InverterView &v, std::optional<double> averageCellTempC, double dvlV, PylonCan::Dialect dialect)
{
    // Every value saturates at its field (pylon-can.md 2), short of the invalid markers: 4000 A
    // of CCL goes out as 3276.7 A.
    auto value = [&v](ViewFieldId id) { return v.value(id).value_or(0.0); };
    const bool v13 = dialect == PylonCan::Dialect::PylontechV13;
    QList<CanFrameData> out;
    PylonCan::Limits limits;
    limits.cvlRaw = canU16(value(ViewFieldId::CvlV), 0.1);
    limits.cclRaw = canS16(value(ViewFieldId::CclA), 0.1);
    limits.dclRaw = canS16(value(ViewFieldId::DclA), 0.1);
    limits.dvlRaw = canU16(dvlV, 0.1);
    out.append(PylonCan::encode(limits));
    PylonCan::SocSoh soc;
    soc.soc = canU16(value(ViewFieldId::SocPct));
    soc.soh = canU16(value(ViewFieldId::SohPct));
    if (v13)
        soc.socHiRes = 0;
    out.append(PylonCan::encode(soc));
    PylonCan::Measurements m;
    m.voltageRaw = canS16(value(ViewFieldId::VoltageV), 0.01);
    m.currentRaw = canS16(value(ViewFieldId::CurrentA), 0.1);
    if (averageCellTempC)
        m.tempRaw = canS16(*averageCellTempC, 0.1);
    out.append(PylonCan::encode(m));
    // 0x359: protection and alarm bytes share the layout, except that byte 2 bit 3 is "system
    // error" in the protection and "internal communication fail" in the alarm (V1.2 text): a
    // lost slave is an alarm.
    auto bits = [](Faults f, quint8 &b1, quint8 &b2) {
        b1 = quint8((f.testFlag(Fault::DischargeOvercurrent) ? 0x80 : 0) | (f.testFlag(Fault::Undertemperature) ? 0x10 : 0)
                    | (f.testFlag(Fault::Overtemperature) ? 0x08 : 0) | (f.testFlag(Fault::CellUndervoltage) ? 0x04 : 0)
                    | (f.testFlag(Fault::CellOvervoltage) ? 0x02 : 0));
        b2 = quint8(f.testFlag(Fault::ChargeOvercurrent) ? 0x01 : 0);
    };
    if (v13) {
        // Pylontech V1.3 sends 00 for "none" and 01 for an active condition (fact sheet 3/4).
        const QByteArray pairs = alarmPairs(v.faults, v.warnings, false);
        out.append(PylonCan::encode(PylonCan::AlarmsWarnings{pairs}));
        PylonCan::BatteryInfo info;
        info.chemistry = "LI";
        info.versionMajor = 1;
        info.versionMinor = 3;
        info.capacityAh = canU16(value(ViewFieldId::CapacityAh));
        info.tail = QByteArray::fromHex("AA00");
        out.append(PylonCan::encode(info));
    } else {
        PylonCan::ProtectionAlarm pa;
        bits(v.faults, pa.protection1, pa.protection2);
        bits(v.warnings, pa.alarm1, pa.alarm2);
        if ((v.faults | v.warnings).testFlag(Fault::Communication))
            pa.alarm2 |= 0x08;
        pa.modules = saturatingRaw<quint8>(value(ViewFieldId::OnlinePacks));
        pa.tag = "PN";
        out.append(PylonCan::encode(pa));
        const double ccl = v.value(ViewFieldId::CclA).value_or(0.0);
        const double dcl = v.value(ViewFieldId::DclA).value_or(0.0);
        const double s = v.value(ViewFieldId::SocPct).value_or(50.0);
        PylonCan::RequestFlags flags;
        flags.flags = quint8((ccl > 0 ? 0x80 : 0) | (dcl > 0 ? 0x40 : 0) | (s < 10 ? 0x20 : 0));
        flags.tail = QByteArray(1, '\0');
        out.append(PylonCan::encode(flags));
    }
    out.append(PylonCan::encode(PylonCan::Name{0x35E, "PYLON   "}));
    return out;
}

QByteArray SimBank::jkRegisterImage(const PhysicsPack &pack, const PackReading &r, const QString &firmware,
                                    JkRegisters::ByteOrder order)
{
    QByteArray image(0x500, '\0'); // 0x1000 .. 0x14FF
    auto put = [&image, order](const char *name, double value) {
        if (const JkRegisters::Field *f = JkRegisters::field(name))
            JkRegisters::encode(*f, 0x1000, image, order, value);
    };
    auto ascii = [&image](quint16 address, const QByteArray &text, int size) {
        const QByteArray field = text.left(size).leftJustified(size, '\0');
        image.replace(address - 0x1000, size, field);
    };
    // Settings.
    put("cell_uvp_V", 2.8);
    put("cell_ovp_V", 3.65);
    put("cell_rcv_V", pack.cvlV / pack.cells);
    put("charge_current_limit_A", pack.chargeLimitA);
    put("discharge_current_limit_A", pack.dischargeLimitA);
    put("cell_count", pack.cells);
    put("design_capacity_Ah", pack.capacityAh);
    put("device_address", pack.address);
    put("charge_enable", 1);
    put("discharge_enable", 1);
    // Live status.
    const QList<int> cells = r.cellsMv.value_or({});
    quint32 present = 0;
    for (int i = 0; i < cells.size() && i < 32; ++i) {
        put(QByteArray("cell" + QByteArray::number(i + 1) + "_V").constData(), cells[i] / 1000.0);
        present |= 1u << i;
    }
    put("cells_present_mask", present);
    if (!cells.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(cells.cbegin(), cells.cend());
        double sum = 0;
        for (int c : cells)
            sum += c;
        put("cell_average_V", sum / cells.size() / 1000.0);
        put("cell_delta_V", (*hi - *lo) / 1000.0);
    }
    const QList<double> temps = r.tempsC.value_or({});
    put("mos_temp_C", temps.value(0, 25.0));
    put("temp1_C", temps.value(1, 25.0));
    put("temp2_C", temps.value(2, 25.0));
    put("pack_voltage_V", r.voltageV.value_or(0.0));
    put("pack_current_A", r.currentA.value_or(0.0));
    put("pack_power_W", std::abs(r.voltageV.value_or(0.0) * r.currentA.value_or(0.0)));
    const Faults faults = r.faults.value_or(Faults());
    quint32 alarms = 0;
    if (faults.testFlag(Fault::CellOvervoltage))
        alarms |= 1u << 4;
    if (faults.testFlag(Fault::CellUndervoltage))
        alarms |= 1u << 11;
    if (faults.testFlag(Fault::Overtemperature))
        alarms |= 1u << 15;
    put("alarms_mask", alarms);
    put("soc_pct", std::round(r.socPct.value_or(0.0)));
    put("remaining_Ah", r.remainingAh.value_or(0.0));
    put("full_Ah", pack.capacityAh);
    put("cycles", 62);
    put("soh_pct", r.sohPct.value_or(100.0));
    put("charge_mos_on", r.cclA.value_or(0.0) > 0 ? 1 : 0);
    put("discharge_mos_on", r.dclA.value_or(0.0) > 0 ? 1 : 0);
    // Device info.
    ascii(0x1400, pack.model.toLatin1(), 16);
    ascii(0x1410, "19A", 8);
    ascii(0x1418, firmware.toLatin1(), 8);
    return image;
}

SimBank::JkPackState SimBank::jkPack(int address, const QString &defaultFirmware) const
{
    JkPackState st;
    st.firmware = defaultFirmware;
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    auto silentAt = [&](int i) {
        if (isDead(i))
            return true;
        for (const ScenarioFault &f : m_active)
            if (f.pack == packs[i].id
                && (f.type == ScenarioFault::Type::SlaveOffline || f.type == ScenarioFault::Type::CableBreak || f.type == ScenarioFault::Type::BmsAsleep))
                return true;
        return false;
    };
    QList<int> here;
    QList<int> answering;
    for (int i = 0; i < packs.size(); ++i) {
        if (effectiveAddress(i) != address)
            continue;
        here.append(i);
        if (!silentAt(i))
            answering.append(i);
    }
    if (here.isEmpty())
        return st;
    st.index = answering.isEmpty() ? here.first() : answering.first();
    st.silent = answering.isEmpty();
    st.duplicate = answering.size() > 1; // a promoted stand-in beside a master still alive
    for (const ScenarioFault &f : m_active) {
        if (f.pack != packs[st.index].id)
            continue;
        if (f.type == ScenarioFault::Type::FirmwareMismatch)
            st.firmware = f.firmware;
        if (f.type == ScenarioFault::Type::DuplicateAddress)
            st.duplicate = true;
    }
    return st;
}

QByteArray SimBank::collide(const QByteArray &first, const QByteArray &second)
{
    // The second transmitter starts a character late; the pair carries the dominant bits.
    const QByteArray late = QByteArray(1, '\xFF') + second;
    QByteArray out = first.size() >= late.size() ? first : late;
    for (qsizetype i = 0; i < std::min(first.size(), late.size()); ++i)
        out[i] = char(quint8(first[i]) & quint8(late[i]));
    return out;
}

QByteArray SimBank::respondModbus(const QByteArray &unit) const
{
    const auto rtu = JkPb::decodeRtu(unit);
    if (!rtu)
        return {}; // a bad CRC gets no reply (JK Modbus document)
    quint8 address = 0;
    std::visit([&address](const auto &f) { address = f.address; }, *rtu);
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    const JkPackState st = jkPack(address, QStringLiteral("19.20"));
    if (st.index < 0 || st.silent)
        return {};
    const int index = st.index;
    const QString firmware = st.firmware;
    const bool duplicate = st.duplicate;
    if (std::holds_alternative<JkPb::WriteRequest>(*rtu))
        return JkPb::encodeRtu(JkPb::Exception{address, 0x10, 0x01});
    if (!std::holds_alternative<JkPb::ReadRequest>(*rtu))
        return {};
    const auto &q = std::get<JkPb::ReadRequest>(*rtu);
    const int offset = int(q.start) - 0x1000;
    if (q.quantity == 0 || q.quantity > 125 || offset < 0 || offset + 2 * q.quantity > 0x500)
        return JkPb::encodeRtu(JkPb::Exception{address, 0x03, 0x02});
    const PackReading reading = index < m_readings.size() ? m_readings[index] : PackReading{};
    const QByteArray image = jkRegisterImage(packs[index], reading, firmware, JkRegisters::ByteOrder::Big);
    QByteArray answer = JkPb::encodeRtu(JkPb::ReadResponse{address, image.mid(offset, 2 * q.quantity)});
    if (duplicate) {
        // Another pack at the same DIP address answers too: the replies collide.
        PackReading other = reading;
        other.currentA.value = reading.currentA.value_or(0.0) + 3.7;
        answer = collide(answer, JkPb::encodeRtu(JkPb::ReadResponse{
                                     address, jkRegisterImage(packs[index], other, firmware, JkRegisters::ByteOrder::Big).mid(offset, 2 * q.quantity)}));
    }
    return answer;
}

QByteArray SimBank::legacyReadAll(const PhysicsPack &pack, const PackReading &r, const QString &firmware)
{
    using JkLegacy::Item;
    // Big-endian fields, each value saturated at its field (jk-bms.md b.2), never wrapped.
    auto u8 = [](double v) { return QByteArray(1, char(saturatingRaw<quint8>(v))); };
    auto u16 = [](double v) {
        const quint16 x = saturatingRaw<quint16>(v);
        QByteArray b(2, '\0');
        b[0] = char(x >> 8);
        b[1] = char(x & 0xFF);
        return b;
    };
    auto u32 = [](double v) {
        const quint32 x = saturatingRaw<quint32>(v);
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((x >> (24 - 8 * i)) & 0xFF);
        return b;
    };
    auto ascii = [](const QString &t, int size) { return t.toLatin1().left(size).leftJustified(size, '\0'); };
    // Temperatures: 0..140 covers -40..100 degrees C, 0..100 as is, below zero as 100 - raw
    // (jk-bms.md b.3); beyond either end the end.
    auto temp = [](double c) {
        const int t = int(saturatingRaw(c, 1.0, -40, 100));
        return t >= 0 ? t : 100 - t;
    };
    QList<Item> items;
    QByteArray cells;
    const QList<int> cellList = r.cellsMv.value_or({});
    for (int i = 0; i < cellList.size(); ++i)
        cells += u8(i + 1) + u16(cellList[i]);
    items.append(Item{0x79, cells});
    const QList<double> temps = r.tempsC.value_or({25.0, 25.0, 25.0});
    items.append(Item{0x80, u16(temp(temps.value(0)))});
    items.append(Item{0x81, u16(temp(temps.value(1)))});
    items.append(Item{0x82, u16(temp(temps.value(2)))});
    items.append(Item{0x83, u16(r.voltageV.value_or(0.0) * 100.0)});
    const double current = r.currentA.value_or(0.0);
    const int magnitude = int(saturatingRaw(std::abs(current), 0.01, 0, 0x7FFF)); // 15 bits of 10 mA
    items.append(Item{0x84, u16((current > 0 ? 0x8000 : 0) | magnitude)}); // protocol version 1
    items.append(Item{0x85, u8(r.socPct.value_or(0.0))});
    items.append(Item{0x86, u8(2)});
    items.append(Item{0x87, u16(62)});
    items.append(Item{0x8A, u16(double(cellList.size()))});
    const Faults f = r.faults.value_or(Faults());
    items.append(Item{0x8B, u16((f.testFlag(Fault::Overtemperature) ? 0x0010 : 0) | (f.testFlag(Fault::CellOvervoltage) ? 0x0400 : 0)
                            | (f.testFlag(Fault::CellUndervoltage) ? 0x0800 : 0))});
    items.append(Item{0x8C, u16((r.cclA.value_or(0) > 0 ? 0x1 : 0) | (r.dclA.value_or(0) > 0 ? 0x2 : 0) | 0x8)});
    items.append(Item{0x90, u16(3650)});
    items.append(Item{0x93, u16(2800)});
    items.append(Item{0x97, u16(pack.dischargeLimitA)});
    items.append(Item{0x99, u16(pack.chargeLimitA)});
    items.append(Item{0xAA, u32(pack.capacityAh)});
    items.append(Item{0xAF, u8(0)}); // LiFePO4
    items.append(Item{0xB4, ascii(pack.id, 8)});
    items.append(Item{0xB7, ascii(firmware, 15)});
    items.append(Item{0xBA, ascii(pack.model, 24)});
    items.append(Item{0xC0, u8(1)});
    JkLegacy::Frame frame;
    frame.terminal = quint32(pack.address);
    frame.command = 0x06;
    frame.source = 0x00; // BMS
    frame.type = 0x01;   // response
    frame.info = JkLegacy::encodeItems(items);
    return JkLegacy::encode(frame);
}

QByteArray SimBank::respondLegacy(const QByteArray &unit) const
{
    const auto request = JkLegacy::decode(unit);
    if (!request || request->type != 0x00 || request->command != 0x06)
        return {};
    const JkPackState st = jkPack(int(request->terminal), QStringLiteral("11.XW_S11.26___"));
    if (st.index < 0 || st.silent)
        return {};
    const PhysicsPack &pack = m_scenario.physics.packs[st.index];
    const PackReading reading = st.index < m_readings.size() ? m_readings[st.index] : PackReading{};
    QByteArray answer = legacyReadAll(pack, reading, st.firmware);
    if (st.duplicate) {
        PackReading other = reading;
        other.socPct.value = reading.socPct.value_or(50.0) + 7.0;
        answer = collide(answer, legacyReadAll(pack, other, st.firmware));
    }
    return answer;
}

QList<QByteArray> SimBank::jkMasterCycle() const
{
    // One cycle of a JK-PB master (DIP 0) on RS485-2 (jk-bms.md a.3): for each pack 1..15 in
    // the bank, a status trigger answered by its record, a zero, its FC16 ACK and a zero, then
    // a settings trigger and record; then the master's own status and settings records,
    // unsolicited. A silent pack (offline, asleep) leaves its trigger unanswered.
    QList<QByteArray> out;
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    auto record = [&](int index, JkPb::RecordType type, const QString &firmware) {
        const PackReading reading = index < m_readings.size() ? m_readings[index] : PackReading{};
        const QByteArray image = jkRegisterImage(packs[index], reading, firmware, JkRegisters::ByteOrder::Little);
        JkPb::Record r;
        r.type = type;
        r.payload = image.mid(type == JkPb::RecordType::Status ? 0x200 : 0x000, JkPb::kRecordSize - 7);
        return r;
    };
    for (int i = 0; i < packs.size(); ++i) {
        const int address = effectiveAddress(i);
        if (address == 0)
            continue;
        for (quint16 trigger : {JkPb::kTriggerStatus, JkPb::kTriggerSettings}) {
            QByteArray unit = JkPb::encodeRtu(JkPb::trigger(quint8(address), trigger));
            const JkPackState st = jkPack(address, QStringLiteral("19.20"));
            if (!st.silent) {
                const JkPb::RecordType type = trigger == JkPb::kTriggerStatus ? JkPb::RecordType::Status : JkPb::RecordType::Settings;
                unit += JkPb::encodeReply(JkPb::RecordReply{record(st.index, type, st.firmware), JkPb::WriteAck{quint8(address), trigger, 1}});
            }
            out.append(unit);
        }
    }
    // Every pack at DIP 0 that is alive sends its own records: two masters, two sets.
    for (int i = 0; i < packs.size(); ++i) {
        if (effectiveAddress(i) != 0 || isDead(i) || isAsleep(i))
            continue;
        out.append(JkPb::encodeRecord(record(i, JkPb::RecordType::Status, QStringLiteral("19.20"))));
        out.append(JkPb::encodeRecord(record(i, JkPb::RecordType::Settings, QStringLiteral("19.20"))));
    }
    return out;
}

QByteArray SimBank::victronName(const PhysicsPack &pack)
{
    return QString(pack.id + QLatin1Char(' ') + pack.model).toLatin1().left(16).leftJustified(16, '\0');
}

QList<CanFrameData> SimBank::victronBroadcast(int index) const
{
    const QList<PhysicsPack> &packs = m_scenario.physics.packs;
    if (index < 0 || index >= packs.size())
        return {};
    PhysicsPack pack = packs[index];
    QString firmware = QStringLiteral("2.1");
    bool duplicate = false;
    if (isDead(index))
        return {};
    for (const ScenarioFault &f : m_active) {
        if (f.pack != pack.id || f.type == ScenarioFault::Type::MasterDies)
            continue;
        switch (f.type) {
        case ScenarioFault::Type::SlaveOffline: // the BMS is off
        case ScenarioFault::Type::CableBreak:   // its CAN cable to the GX is cut
        case ScenarioFault::Type::BmsAsleep:
        case ScenarioFault::Type::AbSwapped:    // CAN-H/CAN-L swapped, or a wrong bit rate:
        case ScenarioFault::Type::WrongBaud:    // no frame of it is received intact
            return {};
        case ScenarioFault::Type::FirmwareMismatch:
            firmware = f.firmware;
            break;
        case ScenarioFault::Type::DuplicateAddress:
            duplicate = true;
            break;
        default:
            break;
        }
    }
    const PackReading r = index < m_readings.size() ? m_readings[index] : PackReading{};
    QList<CanFrameData> out = victronFrames(pack, r, firmware);
    if (duplicate) {
        // A second BMS on the same interface sends the same IDs: the receiver gets both sets,
        // with two names and jumping values.
        PhysicsPack twin = pack;
        twin.id = pack.id + QLatin1Char('b');
        PackReading other = r;
        other.currentA.value = r.currentA.value_or(0.0) + 3.7;
        other.socPct.value = std::clamp(r.socPct.value_or(50.0) + 9.0, 0.0, 100.0);
        const QList<CanFrameData> second = victronFrames(twin, other, firmware);
        QList<CanFrameData> mixed;
        for (int i = 0; i < out.size(); ++i)
            mixed << out[i] << second.value(i);
        out = mixed;
    }
    return out;
}

QList<CanFrameData> SimBank::victronFrames(const PhysicsPack &pack, const PackReading &r, const QString &firmware)
{
    // Every value saturates at its field (pylon-can.md 2, 4), never wraps.
    auto u16 = [](double v) { return canU16(v); };
    auto s16 = [](double v) { return canS16(v); };
    QList<CanFrameData> out;
    PylonCan::Limits limits;
    limits.cvlRaw = u16(r.cvlV.value_or(pack.cvlV) * 10.0); // never 0 towards a GX (pylon-can.md 6)
    limits.cclRaw = s16(r.cclA.value_or(0.0) * 10.0);
    limits.dclRaw = s16(r.dclA.value_or(0.0) * 10.0);
    limits.dvlRaw = u16(r.dvlV.value_or(pack.dvlV) * 10.0);
    out.append(PylonCan::encode(limits));
    const double soc = r.socPct.value_or(0.0);
    out.append(PylonCan::encode(PylonCan::SocSoh{u16(soc), u16(r.sohPct.value_or(pack.sohPct)), u16(soc * 100.0), {}}));
    double tempSum = 0.0;
    const QList<double> temps = r.tempsC.value_or({});
    for (double t : temps)
        tempSum += t;
    PylonCan::Measurements m;
    m.voltageRaw = s16(r.voltageV.value_or(0.0) * 100.0);
    m.currentRaw = s16(r.currentA.value_or(0.0) * 10.0);
    m.tempRaw = s16(temps.isEmpty() ? 0.0 : tempSum / temps.size() * 10.0);
    out.append(PylonCan::encode(m));
    out.append(PylonCan::encode(PylonCan::AlarmsWarnings{alarmPairs(r.faults.value_or({}), r.warnings.value_or({}), true)}));
    out.append(PylonCan::encode(PylonCan::Name{0x35E, "BANKSIM"}));
    PylonCan::BatteryInfo info;
    info.chemistry = "Li";
    const QStringList version = firmware.split(QLatin1Char('.'));
    info.versionMajor = saturatingRaw<quint8>(version.value(0).toInt());
    info.versionMinor = saturatingRaw<quint8>(version.value(1).toInt());
    info.capacityAh = u16(pack.capacityAh);
    info.tail = QByteArray(2, '\0');
    out.append(PylonCan::encode(info));
    const QByteArray name = victronName(pack);
    out.append(PylonCan::encode(PylonCan::Name{0x370, name.left(8)}));
    out.append(PylonCan::encode(PylonCan::Name{0x371, name.mid(8)}));
    const double ccl = r.cclA.value_or(0.0);
    const double dcl = r.dclA.value_or(0.0);
    out.append(PylonCan::encode(PylonCan::ModuleCounts{1, quint16(ccl > 0 ? 0 : 1), quint16(dcl > 0 ? 0 : 1), quint16(0), {}}));
    const QList<int> cells = r.cellsMv.value_or({});
    if (!cells.isEmpty() && !temps.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(cells.cbegin(), cells.cend());
        const auto [tlo, thi] = std::minmax_element(temps.cbegin(), temps.cend());
        out.append(PylonCan::encode(PylonCan::CellExtremes{u16(*lo), u16(*hi), u16(*tlo + 273.15), u16(*thi + 273.15), {}}));
        // Which module/cell holds each extreme, as "<pack>C<cell>" / "<pack>T<sensor>".
        auto id = [&pack](char kind, qsizetype n) {
            return (pack.id + QLatin1Char(kind) + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'))).toLatin1().left(8).leftJustified(8, '\0');
        };
        out.append(PylonCan::encode(PylonCan::Name{0x374, id('C', lo - cells.cbegin() + 1)}));
        out.append(PylonCan::encode(PylonCan::Name{0x375, id('C', hi - cells.cbegin() + 1)}));
        out.append(PylonCan::encode(PylonCan::Name{0x376, id('T', tlo - temps.cbegin() + 1)}));
        out.append(PylonCan::encode(PylonCan::Name{0x377, id('T', thi - temps.cbegin() + 1)}));
    }
    out.append(PylonCan::encode(PylonCan::InstalledCapacity{u16(pack.capacityAh), {}}));
    return out;
}
