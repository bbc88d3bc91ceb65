#include "pyloncan.h"

#include "bytes.h"
#include "fault.h"
#include "hex.h"

#include <QCoreApplication>

#include <cmath>

namespace PylonCan {

namespace {


// "0x351", "0x18FF50E5": computed by hand, it runs once per frame on a replay.
QString idText(quint32 id, bool extended = false)
{
    static const char hex[] = "0123456789ABCDEF";
    char text[10] = {'0', 'x'};
    const int digits = extended ? 8 : 3;
    for (int i = 0; i < digits; ++i)
        text[2 + i] = hex[(id >> (4 * (digits - 1 - i))) & 0xF];
    return QString::fromLatin1(text, 2 + digits);
}

bool isNameId(quint32 id)
{
    return id == 0x35E || id == 0x370 || id == 0x371 || (id >= 0x374 && id <= 0x377) || id == 0x380 || id == 0x381
        || id == 0x382;
}

bool isDefinedId(quint32 id)
{
    switch (id) {
    case 0x305: case 0x306: case 0x307:
    case 0x351: case 0x355: case 0x356: case 0x359: case 0x35A: case 0x35B: case 0x35C: case 0x35E: case 0x35F:
    case 0x360:
    case 0x372: case 0x373: case 0x378: case 0x379:
        return true;
    default:
        return isNameId(id);
    }
}

// Reads an optional little-endian u16 at the given offset when the frame carries it.
std::optional<quint16> optU16(const QByteArray &d, int offset)
{
    if (d.size() < offset + 2)
        return std::nullopt;
    return quint16(quint8(d[offset]) | quint8(d[offset + 1]) << 8);
}

void addUnique(QStringList &list, const QString &s)
{
    if (!list.contains(s))
        list.append(s);
}

} // namespace

QString dialectName(Dialect d)
{
    switch (d) {
    case Dialect::PylonV12:
        return QStringLiteral("pylon-v1.2");
    case Dialect::PylontechV13:
        return QStringLiteral("pylontech-v1.3");
    case Dialect::SmaVictron:
        return QStringLiteral("sma-victron");
    case Dialect::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Dialect> dialectFromName(const QString &name)
{
    for (Dialect d : {Dialect::PylonV12, Dialect::PylontechV13, Dialect::SmaVictron, Dialect::Unknown}) {
        if (dialectName(d) == name)
            return d;
    }
    return std::nullopt;
}

Dialect detect(const QList<CanFrameData> &frames)
{
    bool has359 = false;
    bool has35A = false;
    bool has35F = false;
    bool victronIds = false;
    bool pairsOk = false; // 0b10 pairs seen in 0x35A
    bool pylonName = false;
    for (const CanFrameData &f : frames) {
        switch (f.id) {
        case 0x359:
            has359 = true; // whatever its tag: Pytes sends "PY"
            break;
        case 0x35A:
            has35A = true;
            for (char c : f.data)
                pairsOk |= (quint8(c) & 0xAA) != 0;
            break;
        case 0x35F:
            has35F = true;
            break;
        case 0x35E:
            pylonName |= f.data.startsWith("PYLON");
            break;
        default:
            if (f.id >= 0x370 && f.id <= 0x382)
                victronIds = true;
            break;
        }
    }
    if (has359)
        return Dialect::PylonV12;
    if (pairsOk || victronIds)
        return Dialect::SmaVictron;
    if (pylonName && (has35A || has35F))
        return Dialect::PylontechV13;
    if (has35A || has35F)
        return Dialect::SmaVictron;
    return Dialect::Unknown;
}

IdClass classify(const CanFrameData &frame)
{
    if (frame.extended || frame.remote)
        return IdClass::Foreign;
    if (isDefinedId(frame.id))
        return IdClass::Defined;
    if ((frame.id >= 0x350 && frame.id <= 0x35F) || (frame.id >= 0x370 && frame.id <= 0x382))
        return IdClass::Undocumented;
    return IdClass::Foreign;
}

CodecResult<Message> decode(const CanFrameData &f)
{
    const QByteArray &d = f.data;
    if (f.extended)
        return CodecError{CodecError::Kind::Unsupported, QCoreApplication::translate("PylonCan", "CAN ID 0x%1 is extended (29-bit); the BMS protocol uses 11-bit IDs").arg(f.id, 0, 16)};
    if (f.remote)
        return CodecError{CodecError::Kind::Unsupported, QCoreApplication::translate("PylonCan", "remote frames carry no data")};
    if (d.size() > 8)
        return CodecError{CodecError::Kind::BadLength, QCoreApplication::translate("PylonCan", "CAN data of %1 bytes; a classic CAN frame holds at most 8").arg(d.size())};
    auto need = [&](int n) -> std::optional<CodecError> {
        if (d.size() < n) {
            return CodecError{CodecError::Kind::Truncated,
                              QCoreApplication::translate("PylonCan", "%1 needs at least %2 data bytes, got %3").arg(idText(f.id)).arg(n).arg(d.size())};
        }
        return std::nullopt;
    };
    ByteReader r(d);
    switch (f.id) {
    case 0x351: {
        if (auto e = need(6))
            return *e;
        Limits m;
        m.cvlRaw = r.u16le();
        m.cclRaw = r.s16le();
        m.dclRaw = r.s16le();
        m.dvlRaw = optU16(d, 6);
        m.tail = d.mid(m.dvlRaw ? 8 : 6);
        return Message(m);
    }
    case 0x355: {
        if (auto e = need(2))
            return *e;
        SocSoh m;
        m.soc = r.u16le();
        m.soh = optU16(d, 2);
        m.socHiRes = optU16(d, 4);
        m.tail = d.mid(2 + (m.soh ? 2 : 0) + (m.socHiRes ? 2 : 0));
        return Message(m);
    }
    case 0x356: {
        if (auto e = need(2))
            return *e;
        Measurements m;
        m.voltageRaw = r.s16le();
        if (auto v = optU16(d, 2))
            m.currentRaw = qint16(*v);
        if (auto v = optU16(d, 4))
            m.tempRaw = qint16(*v);
        m.tail = d.mid(2 + (m.currentRaw ? 2 : 0) + (m.tempRaw ? 2 : 0));
        return Message(m);
    }
    case 0x359: {
        if (auto e = need(4))
            return *e;
        ProtectionAlarm m;
        m.protection1 = r.u8();
        m.protection2 = r.u8();
        m.alarm1 = r.u8();
        m.alarm2 = r.u8();
        if (d.size() >= 5)
            m.modules = quint8(d[4]);
        m.tag = d.mid(5, 2);
        m.tail = d.mid(7);
        return Message(m);
    }
    case 0x35C: {
        if (auto e = need(1))
            return *e;
        RequestFlags m;
        m.flags = r.u8();
        m.tail = d.mid(1);
        return Message(m);
    }
    case 0x35A:
        return Message(AlarmsWarnings{d});
    case 0x35B:
        return Message(Events{d});
    case 0x35F: {
        BatteryInfo m;
        m.chemistry = d.left(2);
        if (d.size() >= 3)
            m.versionMajor = quint8(d[2]);
        if (d.size() >= 4)
            m.versionMinor = quint8(d[3]);
        m.capacityAh = optU16(d, 4);
        m.tail = d.mid(std::min<qsizetype>(d.size(), 4) + (m.capacityAh ? 2 : 0));
        return Message(m);
    }
    case 0x372: {
        if (auto e = need(2))
            return *e;
        ModuleCounts m;
        m.ok = r.u16le();
        m.blockingCharge = optU16(d, 2);
        m.blockingDischarge = optU16(d, 4);
        m.offline = optU16(d, 6);
        m.tail = d.mid(d.size() - d.size() % 2);
        return Message(m);
    }
    case 0x373: {
        if (auto e = need(2))
            return *e;
        CellExtremes m;
        m.minCellMv = r.u16le();
        m.maxCellMv = optU16(d, 2);
        m.minTempK = optU16(d, 4);
        m.maxTempK = optU16(d, 6);
        m.tail = d.mid(d.size() - d.size() % 2);
        return Message(m);
    }
    case 0x378: {
        if (auto e = need(4))
            return *e;
        Energy m;
        m.chargedRaw = r.u32le();
        if (d.size() >= 8)
            m.dischargedRaw = r.u32le();
        else
            m.tail = d.mid(4);
        return Message(m);
    }
    case 0x379: {
        if (auto e = need(2))
            return *e;
        InstalledCapacity m;
        m.capacityAh = r.u16le();
        m.tail = d.mid(2);
        return Message(m);
    }
    case 0x360: {
        if (auto e = need(1))
            return *e;
        ChargeRequest m;
        m.flag = r.u8();
        m.tail = d.mid(1);
        return Message(m);
    }
    case 0x305:
    case 0x306:
    case 0x307:
        return Message(InverterFrame{f.id, d});
    default:
        if (isNameId(f.id))
            return Message(Name{f.id, d});
        return CodecError{CodecError::Kind::Unsupported,
                          QCoreApplication::translate("PylonCan", "CAN ID %1 is not part of the Pylon/SMA/Victron BMS protocol").arg(idText(f.id))};
    }
}

CanFrameData encode(const Message &message, quint32 id)
{
    CanFrameData out;
    ByteWriter w;
    std::visit(
        [&](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Limits>) {
                out.id = 0x351;
                w.u16le(m.cvlRaw).u16le(quint16(m.cclRaw)).u16le(quint16(m.dclRaw));
                if (m.dvlRaw)
                    w.u16le(*m.dvlRaw);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, SocSoh>) {
                out.id = 0x355;
                w.u16le(m.soc);
                if (m.soh)
                    w.u16le(*m.soh);
                if (m.socHiRes)
                    w.u16le(*m.socHiRes);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, Measurements>) {
                out.id = 0x356;
                w.u16le(quint16(m.voltageRaw));
                if (m.currentRaw)
                    w.u16le(quint16(*m.currentRaw));
                if (m.tempRaw)
                    w.u16le(quint16(*m.tempRaw));
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, ProtectionAlarm>) {
                out.id = 0x359;
                w.u8(m.protection1).u8(m.protection2).u8(m.alarm1).u8(m.alarm2);
                if (m.modules)
                    w.u8(*m.modules);
                w.bytes(m.tag).bytes(m.tail);
            } else if constexpr (std::is_same_v<T, RequestFlags>) {
                out.id = 0x35C;
                w.u8(m.flags).bytes(m.tail);
            } else if constexpr (std::is_same_v<T, Name>) {
                out.id = m.id ? m.id : id;
                w.bytes(m.text);
            } else if constexpr (std::is_same_v<T, AlarmsWarnings>) {
                out.id = 0x35A;
                w.bytes(m.bytes);
            } else if constexpr (std::is_same_v<T, Events>) {
                out.id = 0x35B;
                w.bytes(m.bytes);
            } else if constexpr (std::is_same_v<T, BatteryInfo>) {
                out.id = 0x35F;
                w.bytes(m.chemistry);
                if (m.versionMajor)
                    w.u8(*m.versionMajor);
                if (m.versionMinor)
                    w.u8(*m.versionMinor);
                if (m.capacityAh)
                    w.u16le(*m.capacityAh);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, ModuleCounts>) {
                out.id = 0x372;
                w.u16le(m.ok);
                for (const auto &v : {m.blockingCharge, m.blockingDischarge, m.offline})
                    if (v)
                        w.u16le(*v);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, CellExtremes>) {
                out.id = 0x373;
                w.u16le(m.minCellMv);
                for (const auto &v : {m.maxCellMv, m.minTempK, m.maxTempK})
                    if (v)
                        w.u16le(*v);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, Energy>) {
                out.id = 0x378;
                w.u32le(m.chargedRaw);
                if (m.dischargedRaw)
                    w.u32le(*m.dischargedRaw);
                w.bytes(m.tail);
            } else if constexpr (std::is_same_v<T, InstalledCapacity>) {
                out.id = 0x379;
                w.u16le(m.capacityAh).bytes(m.tail);
            } else if constexpr (std::is_same_v<T, ChargeRequest>) {
                out.id = 0x360;
                w.u8(m.flag).bytes(m.tail);
            } else if constexpr (std::is_same_v<T, InverterFrame>) {
                out.id = m.id;
                w.bytes(m.bytes);
            }
        },
        message);
    out.data = w.data().left(8); // a classic CAN frame carries 8 bytes: longer text or tails are cut there
    return out;
}

namespace {

struct PairCondition
{
    const char *name;  // condition name as reported in fields
    const char *fault; // protocol-neutral name used in alarms/warnings
};

// 0x35A bytes 0-3 (alarms) and 4-7 (warnings), pairs from bits 0-1 upwards (section 4).
constexpr PairCondition kPairs[4][4] = {
    {{"general", "general"}, {"high-voltage", "pack-overvoltage"}, {"low-voltage", "pack-undervoltage"},
     {"high-temperature", "overtemperature"}},
    {{"low-temperature", "undertemperature"}, {"high-temperature-charge", "overtemperature"},
     {"low-temperature-charge", "undertemperature"}, {"high-discharge-current", "discharge-overcurrent"}},
    {{"high-charge-current", "charge-overcurrent"}, {"contactor", "contactor"}, {"short-circuit", "short-circuit"},
     {"bms-internal", "bms-internal"}},
    {{"cell-imbalance", "cell-imbalance"}, {"reserved-1", nullptr}, {"reserved-2", nullptr}, {"reserved-3", nullptr}},
};

void describe359Bits(quint8 byte1, quint8 byte2, QStringList &out)
{
    const struct
    {
        int bit;
        Fault fault;
    } b1[] = {{7, Fault::DischargeOvercurrent}, {4, Fault::Undertemperature}, {3, Fault::Overtemperature},
              {2, Fault::CellUndervoltage},     {1, Fault::CellOvervoltage}};
    for (const auto &b : b1)
        if (byte1 & (1 << b.bit))
            addUnique(out, FaultNames::name(b.fault));
    if (byte2 & 0x01)
        addUnique(out, FaultNames::name(Fault::ChargeOvercurrent));
}

} // namespace

CodecResult<DecodedMessage> describe(const CanFrameData &frame, Dialect dialect)
{
    DecodedMessage d;
    d.protocol = ProtocolId::PylonCan;
    const IdClass standing = classify(frame);
    if (standing != IdClass::Defined) {
        d.fields.insert(QStringLiteral("can_id"), idText(frame.id, frame.extended));
        if (frame.remote) {
            d.fields.insert(QStringLiteral("remote"), true);
            d.fields.insert(QStringLiteral("dlc"), int(frame.data.size()));
        } else {
            d.fields.insert(QStringLiteral("raw_hex"), QString::fromLatin1(Hex::upper(frame.data)));
        }
        if (standing == IdClass::Undocumented) {
            d.message = QStringLiteral("undocumented");
            d.direction = QStringLiteral("broadcast");
            d.undocumented = true;
        } else {
            d.message = QStringLiteral("foreign");
            d.foreign = true;
            if (frame.extended)
                d.fields.insert(QStringLiteral("extended"), true);
        }
        return d;
    }
    const auto decoded = decode(frame);
    if (!decoded)
        return decoded.error();
    d.direction = QStringLiteral("broadcast");
    d.fields.insert(QStringLiteral("can_id"), idText(frame.id));
    if (dialect != Dialect::Unknown)
        d.fields.insert(QStringLiteral("dialect"), dialectName(dialect));
    const auto invalidU16 = [](quint16 v) { return v == 0xFFFF; }; // SMA "unused" marker
    const auto invalidS16 = [](qint16 v) { return v == qint16(0x8000); };

    std::visit(
        [&](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Limits>) {
                d.message = QStringLiteral("limits");
                if (!invalidU16(m.cvlRaw))
                    d.limits.cvlV = m.cvlRaw / 10.0;
                if (!invalidS16(m.cclRaw))
                    d.limits.cclA = std::abs(m.cclRaw / 10.0);
                if (!invalidS16(m.dclRaw))
                    d.limits.dclA = std::abs(m.dclRaw / 10.0);
                if (m.dvlRaw && !invalidU16(*m.dvlRaw))
                    d.limits.dvlV = *m.dvlRaw / 10.0;
                // Battery-Emulator zeroes a limit when the matching path is blocked.
                if (d.limits.cclA)
                    d.fields.insert(QStringLiteral("charge_blocked"), *d.limits.cclA == 0.0);
                if (d.limits.dclA)
                    d.fields.insert(QStringLiteral("discharge_blocked"), *d.limits.dclA == 0.0);
            } else if constexpr (std::is_same_v<T, SocSoh>) {
                d.message = QStringLiteral("soc-soh");
                d.bank.socPct = m.soc;
                if (m.soh)
                    d.bank.sohPct = *m.soh;
                if (m.socHiRes && *m.socHiRes != 0)
                    d.fields.insert(QStringLiteral("soc_hires_pct"), *m.socHiRes / 100.0);
            } else if constexpr (std::is_same_v<T, Measurements>) {
                d.message = QStringLiteral("measurements");
                d.bank.voltageV = m.voltageRaw / 100.0;
                if (m.currentRaw)
                    d.bank.currentA = *m.currentRaw / 10.0;
                if (m.tempRaw)
                    d.bank.tempC = *m.tempRaw / 10.0;
            } else if constexpr (std::is_same_v<T, ProtectionAlarm>) {
                d.message = QStringLiteral("protection-alarm");
                d.carriesAlarms = true;
                describe359Bits(m.protection1, m.protection2, d.alarms);
                if (m.protection2 & 0x08)
                    addUnique(d.alarms, QStringLiteral("bms-internal"));
                describe359Bits(m.alarm1, m.alarm2, d.warnings);
                if (m.alarm2 & 0x08)
                    addUnique(d.warnings, FaultNames::name(Fault::Communication));
                if (m.modules)
                    d.bank.modules = *m.modules;
                if (!m.tag.isEmpty())
                    d.fields.insert(QStringLiteral("tag"), QString::fromLatin1(m.tag));
            } else if constexpr (std::is_same_v<T, RequestFlags>) {
                d.message = QStringLiteral("request-flags");
                d.status.chargeEnabled = (m.flags & 0x80) != 0;
                d.status.dischargeEnabled = (m.flags & 0x40) != 0;
                d.status.forceCharge = (m.flags & 0x30) != 0;
                d.fields.insert(QStringLiteral("force_charge_1"), (m.flags & 0x20) != 0);
                d.fields.insert(QStringLiteral("force_charge_2"), (m.flags & 0x10) != 0);
                d.fields.insert(QStringLiteral("full_charge_request"), (m.flags & 0x08) != 0);
            } else if constexpr (std::is_same_v<T, Name>) {
                const bool printable = isPrintableAscii(m.text);
                const QString text = printable ? asciiField(m.text) : QString();
                if (!printable)
                    d.fields.insert(QStringLiteral("raw_hex"), QString::fromLatin1(Hex::upper(m.text)));
                if (m.id == 0x35E) {
                    d.message = QStringLiteral("manufacturer");
                    d.info.manufacturer = text;
                } else if (m.id == 0x370 || m.id == 0x371) {
                    // Some "Pylon-compatible" BMSs put cell extremes here, not a name (fact sheet 4).
                    d.message = QStringLiteral("bms-name");
                    d.fields.insert(QStringLiteral("part"), m.id == 0x370 ? 1 : 2);
                    d.info.model = text;
                } else if (m.id == 0x382) {
                    d.message = QStringLiteral("product-family");
                    d.info.model = text;
                } else if (m.id == 0x380 || m.id == 0x381) {
                    // Two halves of the battery's serial number (Pytes; REC sends 0x380 alone).
                    d.message = QStringLiteral("serial-number");
                    d.fields.insert(QStringLiteral("part"), m.id == 0x380 ? 1 : 2);
                    d.info.serial = text;
                } else {
                    static const char *const which[] = {"min-cell-voltage-id", "max-cell-voltage-id",
                                                        "min-cell-temperature-id", "max-cell-temperature-id"};
                    d.message = QString::fromLatin1(which[m.id - 0x374]);
                    d.fields.insert(QStringLiteral("id"), text);
                }
            } else if constexpr (std::is_same_v<T, AlarmsWarnings>) {
                d.message = QStringLiteral("alarms-warnings");
                d.carriesAlarms = true;
                // Pylontech V1.3 sends 00 for "none"; SMA reads 00 and 11 as "no change / not reported".
                const bool zeroIsOk = dialect == Dialect::PylontechV13;
                QVariantMap alarmStates;
                QVariantMap warningStates;
                for (int byte = 0; byte < 8 && byte < m.bytes.size(); ++byte) {
                    for (int pair = 0; pair < 4; ++pair) {
                        const PairCondition &c = kPairs[byte % 4][pair];
                        const int bits = (quint8(m.bytes[byte]) >> (2 * pair)) & 0x3;
                        QString state;
                        if (bits == 0x1)
                            state = QStringLiteral("active");
                        else if (bits == 0x2 || (bits == 0x0 && zeroIsOk))
                            state = QStringLiteral("ok");
                        else
                            state = QStringLiteral("not-reported");
                        (byte < 4 ? alarmStates : warningStates).insert(QString::fromLatin1(c.name), state);
                        if (bits == 0x1 && c.fault)
                            addUnique(byte < 4 ? d.alarms : d.warnings, QString::fromLatin1(c.fault));
                    }
                }
                d.fields.insert(QStringLiteral("alarm_states"), alarmStates);
                d.fields.insert(QStringLiteral("warning_states"), warningStates);
                if (m.bytes.size() < 8)
                    d.fields.insert(QStringLiteral("short_frame"), true);
            } else if constexpr (std::is_same_v<T, Events>) {
                // SMA names 0x35B "events" but publishes no layout: the bytes are kept raw.
                d.message = QStringLiteral("events");
                d.undocumented = true;
                d.fields.insert(QStringLiteral("raw_hex"), QString::fromLatin1(Hex::upper(m.bytes)));
            } else if constexpr (std::is_same_v<T, ChargeRequest>) {
                d.message = QStringLiteral("charge-request");
                d.unverified = true;
                d.fields.insert(QStringLiteral("request_raw"), int(m.flag));
                d.fields.insert(QStringLiteral("charge_requested"), m.flag == 0xFF);
                if (!m.tail.isEmpty())
                    d.fields.insert(QStringLiteral("tail_hex"), QString::fromLatin1(Hex::upper(m.tail)));
            } else if constexpr (std::is_same_v<T, BatteryInfo>) {
                d.message = QStringLiteral("battery-info");
                // "LI" / "Li" on Pylontech and BYD; a REC sends 00 00 here: kept as hex then.
                if (isPrintableAscii(m.chemistry))
                    d.fields.insert(QStringLiteral("chemistry"), asciiField(m.chemistry));
                else
                    d.fields.insert(QStringLiteral("chemistry_hex"), QString::fromLatin1(Hex::upper(m.chemistry)));
                if (m.versionMajor && m.versionMinor)
                    d.info.firmware = QStringLiteral("%1.%2").arg(*m.versionMajor).arg(*m.versionMinor);
                if (m.capacityAh)
                    d.fields.insert(QStringLiteral("capacity_Ah"), *m.capacityAh);
                if (!m.tail.isEmpty())
                    d.fields.insert(QStringLiteral("reserved_hex"), QString::fromLatin1(Hex::upper(m.tail)));
                d.fields.insert(QStringLiteral("bytes_6_7_meaning_unverified"), true);
            } else if constexpr (std::is_same_v<T, ModuleCounts>) {
                d.message = QStringLiteral("module-counts");
                d.fields.insert(QStringLiteral("modules_ok"), m.ok);
                if (m.blockingCharge)
                    d.fields.insert(QStringLiteral("modules_blocking_charge"), *m.blockingCharge);
                if (m.blockingDischarge)
                    d.fields.insert(QStringLiteral("modules_blocking_discharge"), *m.blockingDischarge);
                if (m.offline)
                    d.fields.insert(QStringLiteral("modules_offline"), *m.offline);
                d.bank.modules = m.ok + m.offline.value_or(0);
            } else if constexpr (std::is_same_v<T, CellExtremes>) {
                d.message = QStringLiteral("cell-extremes");
                d.bank.cellMinMv = m.minCellMv;
                if (m.maxCellMv)
                    d.bank.cellMaxMv = *m.maxCellMv;
                // Kelvin: subtract 273.15 (some senders use 273).
                if (m.minTempK)
                    d.fields.insert(QStringLiteral("cell_temp_min_C"), *m.minTempK - 273.15);
                if (m.maxTempK)
                    d.fields.insert(QStringLiteral("cell_temp_max_C"), *m.maxTempK - 273.15);
            } else if constexpr (std::is_same_v<T, Energy>) {
                d.message = QStringLiteral("energy");
                d.fields.insert(QStringLiteral("charged_kWh"), m.chargedRaw / 10.0);
                if (m.dischargedRaw)
                    d.fields.insert(QStringLiteral("discharged_kWh"), *m.dischargedRaw / 10.0);
            } else if constexpr (std::is_same_v<T, InstalledCapacity>) {
                d.message = QStringLiteral("installed-capacity");
                d.fields.insert(QStringLiteral("capacity_Ah"), m.capacityAh);
            } else if constexpr (std::is_same_v<T, InverterFrame>) {
                d.direction = QStringLiteral("heartbeat");
                const bool zeros = std::all_of(m.bytes.cbegin(), m.bytes.cend(), [](char c) { return c == 0; });
                d.fields.insert(QStringLiteral("raw_hex"), QString::fromLatin1(Hex::upper(m.bytes)));
                if (m.id == 0x305) {
                    d.message = QStringLiteral("inverter-heartbeat");
                    d.fields.insert(QStringLiteral("pylon_style"), zeros);
                    if (!zeros && m.bytes.size() >= 8) {
                        // SMA Sunny Island content: inverter's view of the battery.
                        ByteReader r(m.bytes);
                        d.fields.insert(QStringLiteral("inverter_battery_voltage_V"), r.u16le() / 10.0);
                        d.fields.insert(QStringLiteral("inverter_battery_current_A"), r.s16le() / 10.0);
                        d.fields.insert(QStringLiteral("inverter_battery_temp_C"), r.s16le() / 10.0);
                        d.fields.insert(QStringLiteral("inverter_battery_soc_pct"), r.s16le() / 10.0);
                    }
                } else if (m.id == 0x306) {
                    d.message = QStringLiteral("inverter-status");
                } else {
                    d.message = QStringLiteral("inverter-relay");
                    d.fields.insert(QStringLiteral("victron_gx"), m.bytes.mid(4, 3) == QByteArrayView("VIC"));
                }
            }
        },
        *decoded);
    return d;
}

CodecResult<CanFrameData> parseText(QByteArrayView text, std::optional<quint32> defaultId)
{
    QByteArray line = text.trimmed().toByteArray();
    // candump log: "(1700000000.123456) can0 351#1402..." -> take the token with '#'.
    const QList<QByteArray> tokens = line.simplified().split(' ');
    for (const QByteArray &t : tokens) {
        if (t.contains('#')) {
            line = t;
            break;
        }
    }
    CanFrameData f;
    QByteArray dataText;
    const qsizetype hash = line.indexOf('#');
    if (hash >= 0) {
        bool ok = false;
        const QByteArray idText = line.left(hash);
        f.id = idText.toUInt(&ok, 16);
        if (!ok || idText.isEmpty())
            return CodecError{CodecError::Kind::BadValue, QCoreApplication::translate("PylonCan", "'%1' is not a hex CAN ID").arg(QString::fromLatin1(idText))};
        // candump writes 3 digits for an 11-bit id and 8 for a 29-bit one: another device's
        // frame, read so that it can be told apart (foreign), not refused.
        f.extended = idText.size() > 3 || f.id > 0x7FF;
        if (f.id > 0x1FFFFFFF) {
            return CodecError{CodecError::Kind::BadValue,
                              QCoreApplication::translate("PylonCan", "CAN ID %1 is beyond 29 bits").arg(QString::fromLatin1(idText))};
        }
        dataText = line.mid(hash + 1);
        if (dataText.startsWith('R')) {
            // A remote request "123#R" (or "123#R4" with its DLC): no data, another node asking.
            const QByteArray dlc = dataText.mid(1);
            bool dlcOk = dlc.isEmpty();
            const int n = dlc.isEmpty() ? 0 : dlc.toInt(&dlcOk);
            if (!dlcOk || n < 0 || n > 8)
                return CodecError{CodecError::Kind::BadValue, QCoreApplication::translate("PylonCan", "a remote request is written ID#R or ID#R0 to ID#R8")};
            f.remote = true;
            f.data = QByteArray(n, '\0');
            return f;
        }
    } else if (defaultId) {
        f.id = *defaultId;
        dataText = line;
    } else {
        return CodecError{CodecError::Kind::BadValue, QCoreApplication::translate("PylonCan", "no CAN ID: write ID#DATA or pass --can-id")};
    }
    const auto bytes = Hex::parse(dataText);
    if (!bytes)
        return bytes.error();
    f.data = *bytes;
    if (f.data.size() > 8)
        return CodecError{CodecError::Kind::BadLength, QCoreApplication::translate("PylonCan", "CAN data of %1 bytes; a classic CAN frame holds at most 8").arg(f.data.size())};
    return f;
}

} // namespace PylonCan
