#include "jkregisters.h"

#include "bytes.h"
#include "fault.h"

#include <cmath>
#include <limits>
#include <cstring>

namespace JkRegisters {

const QList<Field> &fields()
{
    using T = Type;
    static const QList<Field> table = [] {
        QList<Field> f{
            // Block 0x1000: settings (RW), 4-byte fields.
            {0x1000, T::U32, 4, 0.001, "smart_sleep_V", "V"},
            {0x1004, T::U32, 4, 0.001, "cell_uvp_V", "V"},
            {0x1008, T::U32, 4, 0.001, "cell_uvp_recovery_V", "V"},
            {0x100C, T::U32, 4, 0.001, "cell_ovp_V", "V"},
            {0x1010, T::U32, 4, 0.001, "cell_ovp_recovery_V", "V"},
            {0x1014, T::U32, 4, 0.001, "balance_trigger_delta_V", "V"},
            {0x1018, T::U32, 4, 0.001, "soc_100_voltage_V", "V"},
            {0x101C, T::U32, 4, 0.001, "soc_0_voltage_V", "V"},
            {0x1020, T::U32, 4, 0.001, "cell_rcv_V", "V"},
            {0x1024, T::U32, 4, 0.001, "cell_rfv_V", "V"},
            {0x1028, T::U32, 4, 0.001, "auto_power_off_V", "V"},
            {0x102C, T::U32, 4, 0.001, "charge_current_limit_A", "A"},
            {0x1030, T::U32, 4, 1, "charge_ocp_delay_s", "s"},
            {0x1034, T::U32, 4, 1, "charge_ocp_recovery_s", "s"},
            {0x1038, T::U32, 4, 0.001, "discharge_current_limit_A", "A"},
            {0x103C, T::U32, 4, 1, "discharge_ocp_delay_s", "s"},
            {0x1040, T::U32, 4, 1, "discharge_ocp_recovery_s", "s"},
            {0x1044, T::U32, 4, 1, "scp_recovery_s", "s"},
            {0x1048, T::U32, 4, 0.001, "max_balance_current_A", "A"},
            {0x104C, T::S32, 4, 0.1, "charge_otp_C", "C"},
            {0x1050, T::S32, 4, 0.1, "charge_otp_recovery_C", "C"},
            {0x1054, T::S32, 4, 0.1, "discharge_otp_C", "C"},
            {0x1058, T::S32, 4, 0.1, "discharge_otp_recovery_C", "C"},
            {0x105C, T::S32, 4, 0.1, "charge_utp_C", "C"},
            {0x1060, T::S32, 4, 0.1, "charge_utp_recovery_C", "C"},
            {0x1064, T::S32, 4, 0.1, "mos_otp_C", "C"},
            {0x1068, T::S32, 4, 0.1, "mos_otp_recovery_C", "C"},
            {0x106C, T::U32, 4, 1, "cell_count", ""},
            {0x1070, T::U32, 4, 1, "charge_enable", ""},
            {0x1074, T::U32, 4, 1, "discharge_enable", ""},
            {0x1078, T::U32, 4, 1, "balancer_enable", ""},
            {0x107C, T::U32, 4, 0.001, "design_capacity_Ah", "Ah"},
            {0x1080, T::U32, 4, 1, "scp_delay_us", "us"},
            {0x1084, T::U32, 4, 0.001, "balance_start_V", "V"},
            {0x1108, T::U32, 4, 1, "device_address", ""},
            {0x110C, T::U32, 4, 1, "precharge_time_s", "s"},
            {0x1114, T::U16, 2, 1, "control_bits", ""},
            {0x1116, T::S8, 1, 1, "heating_start_C", "C"},
            {0x1117, T::S8, 1, 1, "heating_stop_C", "C"},
            {0x1118, T::U8, 1, 1, "smart_sleep_h", "h"},
            // Block 0x1200: live status (R).
            {0x1240, T::U32, 4, 1, "cells_present_mask", ""},
            {0x1244, T::U16, 2, 0.001, "cell_average_V", "V"},
            {0x1246, T::U16, 2, 0.001, "cell_delta_V", "V"},
            {0x1248, T::U8, 1, 1, "max_cell_number", ""},
            {0x1249, T::U8, 1, 1, "min_cell_number", ""},
            {0x128A, T::S16, 2, 0.1, "mos_temp_C", "C"},
            {0x128C, T::U32, 4, 1, "wire_resistance_alarm_mask", ""},
            {0x1290, T::U32, 4, 0.001, "pack_voltage_V", "V"},
            {0x1294, T::U32, 4, 0.001, "pack_power_W", "W"},
            {0x1298, T::S32, 4, 0.001, "pack_current_A", "A"},
            {0x129C, T::S16, 2, 0.1, "temp1_C", "C"},
            {0x129E, T::S16, 2, 0.1, "temp2_C", "C"},
            {0x12A0, T::U32, 4, 1, "alarms_mask", ""},
            {0x12A4, T::S16, 2, 0.001, "balance_current_A", "A"},
            {0x12A6, T::U8, 1, 1, "balancer_state", ""},
            {0x12A7, T::U8, 1, 1, "soc_pct", "%"},
            {0x12A8, T::S32, 4, 0.001, "remaining_Ah", "Ah"},
            {0x12AC, T::U32, 4, 0.001, "full_Ah", "Ah"},
            {0x12B0, T::U32, 4, 1, "cycles", ""},
            {0x12B4, T::U32, 4, 0.001, "cycle_capacity_Ah", "Ah"},
            {0x12B8, T::U8, 1, 1, "soh_pct", "%"},
            {0x12B9, T::U8, 1, 1, "precharge_on", ""},
            {0x12BA, T::U16, 2, 1, "user_alarm_1", ""},
            {0x12BC, T::U32, 4, 1, "run_time_s", "s"},
            {0x12C0, T::U8, 1, 1, "charge_mos_on", ""},
            {0x12C1, T::U8, 1, 1, "discharge_mos_on", ""},
            {0x12C2, T::U16, 2, 1, "user_alarm_2", ""},
            {0x12D0, T::U8, 1, 1, "temp_sensor_presence", ""},
            {0x12D1, T::U8, 1, 1, "heating_on", ""},
            {0x12E4, T::U16, 2, 0.01, "pack_voltage_2_V", "V"},
            {0x12E6, T::S16, 2, 0.001, "heater_current_A", "A"},
            {0x12F0, T::U32, 4, 0.1, "system_ticks_s", "s"},
            {0x12F8, T::S16, 2, 0.1, "temp3_C", "C"}, // naming disputed between sources [?]
            {0x12FA, T::S16, 2, 0.1, "temp4_C", "C"},
            {0x12FC, T::S16, 2, 0.1, "temp5_C", "C"},
            {0x1300, T::U32, 4, 1, "rtc_s", "s"},
            {0x1308, T::U32, 4, 1, "time_to_sleep_s", "s"},
            // Block 0x1400: device info.
            {0x1400, T::Ascii, 16, 1, "model", ""},
            {0x1410, T::Ascii, 8, 1, "hardware_version", ""},
            {0x1418, T::Ascii, 8, 1, "software_version", ""},
            {0x1420, T::U32, 4, 1, "total_run_time_s", "s"},
            {0x1424, T::U32, 4, 1, "power_on_count", ""},
            {0x14B2, T::U8, 1, 1, "uart1_protocol", ""},
            {0x14B3, T::U8, 1, 1, "can_protocol", ""},
        };
        // Cell voltages 1..32 at 0x1200 + 2n and balance-wire resistances at 0x124A + 2n.
        static QList<QByteArray> names;
        for (int n = 0; n < 32; ++n) {
            names.append("cell" + QByteArray::number(n + 1) + "_V");
            names.append("wire" + QByteArray::number(n + 1) + "_ohm");
        }
        for (int n = 0; n < 32; ++n) {
            f.append({quint16(0x1200 + 2 * n), T::U16, 2, 0.001, names[2 * n].constData(), "V"});
            f.append({quint16(0x124A + 2 * n), T::U16, 2, 0.001, names[2 * n + 1].constData(), "ohm"});
        }
        std::sort(f.begin(), f.end(), [](const Field &a, const Field &b) { return a.address < b.address; });
        return f;
    }();
    return table;
}

const Field *field(const char *name)
{
    for (const Field &f : fields()) {
        if (std::strcmp(f.name, name) == 0)
            return &f;
    }
    return nullptr;
}

QList<Value> decode(quint16 startAddress, QByteArrayView bytes, ByteOrder order)
{
    QList<Value> out;
    for (const Field &f : fields()) {
        const int offset = int(f.address) - int(startAddress);
        if (offset < 0 || offset + f.size > bytes.size())
            continue;
        ByteReader r(bytes.sliced(offset, f.size));
        const bool big = order == ByteOrder::Big;
        QVariant v;
        switch (f.type) {
        case Type::U8:
            v = r.u8() * f.scale;
            break;
        case Type::S8:
            v = qint8(r.u8()) * f.scale;
            break;
        case Type::U16:
            v = (big ? r.u16be() : r.u16le()) * f.scale;
            break;
        case Type::S16:
            v = (big ? r.s16be() : r.s16le()) * f.scale;
            break;
        case Type::U32:
            if (std::strstr(f.name, "mask"))
                v = QVariant::fromValue<quint32>(big ? r.u32be() : r.u32le());
            else
                v = double(big ? r.u32be() : r.u32le()) * f.scale;
            break;
        case Type::S32:
            v = double(big ? r.s32be() : r.s32le()) * f.scale;
            break;
        case Type::Ascii:
            v = asciiField(bytes.sliced(offset, f.size));
            break;
        }
        out.append({&f, v});
    }
    return out;
}

void encode(const Field &f, quint16 startAddress, QByteArray &bytes, ByteOrder order, double value)
{
    const int offset = int(f.address) - int(startAddress);
    if (offset < 0)
        return;
    if (bytes.size() < offset + f.size)
        bytes.resize(offset + f.size, '\0');
    // Saturated at the field's type: -1 V in a u32 is 0, 70000 mV in a u16 is 65535 (never wrapped).
    qint64 min = 0;
    qint64 max = 0;
    switch (f.type) {
    case Type::U8: max = 0xFF; break;
    case Type::S8: min = -0x80; max = 0x7F; break;
    case Type::U16: max = 0xFFFF; break;
    case Type::S16: min = -0x8000; max = 0x7FFF; break;
    case Type::U32: max = 0xFFFFFFFFLL; break;
    case Type::S32: min = -0x80000000LL; max = 0x7FFFFFFF; break;
    case Type::Ascii: return;
    }
    const qint64 raw = saturatingRaw(value, f.scale, min, max);
    for (int i = 0; i < f.size; ++i) {
        const int shift = 8 * (order == ByteOrder::Big ? f.size - 1 - i : i);
        bytes[offset + i] = char((raw >> shift) & 0xFF);
    }
}

QStringList alarmNames(quint32 mask)
{
    static const char *const names[24] = {
        "wire-resistance",       "mosfet-overtemperature", "cell-count-mismatch", "current-sensor-error",
        "cell-overvoltage",      "pack-overvoltage",     "charge-overcurrent",   "short-circuit",
        "overtemperature",       "undertemperature",     "communication",        "cell-undervoltage",
        "pack-undervoltage",     "discharge-overcurrent", "short-circuit",       "overtemperature",
        "charge-mosfet-fault",   "discharge-mosfet-fault", "gps-disconnected",   "change-password",
        "discharge-on-failed",   "overtemperature",      "temperature-sensor-anomaly", "pcl-module-anomaly"};
    QStringList out;
    for (int bit = 0; bit < 24; ++bit) {
        const QString name = QString::fromLatin1(names[bit]);
        if ((mask & (1u << bit)) && !out.contains(name))
            out.append(name);
    }
    return out;
}

void describe(const QList<Value> &values, DecodedMessage &d)
{
    if (d.packs.isEmpty())
        d.packs.append(DecodedPack{});
    DecodedPack &p = d.packs.first();
    QMap<int, int> cells;   // index -> mV
    QMap<int, double> temps;
    quint32 present = 0;
    bool havePresent = false;
    for (const Value &v : values) {
        const QString name = QString::fromLatin1(v.field->name);
        if (name.startsWith(QLatin1String("cell")) && name.endsWith(QLatin1String("_V")) && name.at(4).isDigit()) {
            cells.insert(name.mid(4, name.size() - 6).toInt(), int(std::lround(v.value.toDouble() * 1000.0)));
            continue;
        }
        if (name == QLatin1String("cells_present_mask")) {
            present = v.value.toUInt();
            havePresent = true;
        } else if (name == QLatin1String("pack_voltage_V")) {
            p.voltageV = v.value.toDouble();
        } else if (name == QLatin1String("pack_current_A")) {
            p.currentA = v.value.toDouble();
        } else if (name == QLatin1String("soc_pct")) {
            p.socPct = v.value.toDouble();
        } else if (name == QLatin1String("soh_pct")) {
            p.sohPct = v.value.toDouble();
        } else if (name == QLatin1String("remaining_Ah")) {
            p.remainingAh = v.value.toDouble();
        } else if (name == QLatin1String("full_Ah")) {
            p.fullAh = v.value.toDouble();
        } else if (name == QLatin1String("cycles")) {
            // A u32 on the wire; anything past int range is nonsense and stays in `fields` only.
            if (v.value.toDouble() <= double(std::numeric_limits<int>::max()))
                p.cycles = int(v.value.toDouble());
        } else if (name == QLatin1String("temp1_C") || name == QLatin1String("temp2_C")) {
            temps.insert(name.at(4).digitValue(), v.value.toDouble());
        } else if (name == QLatin1String("alarms_mask")) {
            d.carriesAlarms = true;
            p.alarms = alarmNames(v.value.toUInt());
            d.alarms = p.alarms;
        } else if (name == QLatin1String("charge_mos_on")) {
            d.status.chargeEnabled = v.value.toDouble() != 0.0;
        } else if (name == QLatin1String("discharge_mos_on")) {
            d.status.dischargeEnabled = v.value.toDouble() != 0.0;
        } else if (name == QLatin1String("model")) {
            d.info.model = v.value.toString();
        } else if (name == QLatin1String("software_version")) {
            d.info.firmware = v.value.toString();
        }
        if (v.value.typeId() == QMetaType::Double)
            d.fields.insert(name, v.value.toDouble());
        else
            d.fields.insert(name, v.value);
    }
    // Cells: those the presence mask marks, or every non-zero cell when there is no mask.
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const bool marked = havePresent ? (present & (1u << (it.key() - 1))) != 0 : it.value() != 0;
        if (marked)
            p.cellsMv.append(it.value());
    }
    for (double t : std::as_const(temps))
        p.tempsC.append(t);
}

} // namespace JkRegisters
