#include "pylontechmessages.h"

#include "bytes.h"
#include "fault.h"
#include "hex.h"

#include <QCoreApplication>

#include <cmath>

namespace Pylontech {

namespace {


CodecError layoutError(const QString &message)
{
    return CodecError{CodecError::Kind::BadLayout, message};
}

constexpr int kMaxCells = 32;
constexpr int kMaxTemps = 16;

// --- 0x42 ---------------------------------------------------------------------------------

bool readAnalogModule(ByteReader &r, AnalogModule &m, QString &why)
{
    const int cells = r.u8();
    if (!r.ok() || cells < 1 || cells > kMaxCells) {
        why = QCoreApplication::translate("Pylontech", "cell count %1 is not 1..%2").arg(cells).arg(kMaxCells);
        return false;
    }
    for (int i = 0; i < cells; ++i)
        m.cellsMv.append(r.u16be());
    const int temps = r.u8();
    if (!r.ok() || temps > kMaxTemps) {
        why = QCoreApplication::translate("Pylontech", "temperature count %1 is more than %2").arg(temps).arg(kMaxTemps);
        return false;
    }
    for (int i = 0; i < temps; ++i)
        m.tempsRaw.append(r.u16be());
    m.currentRaw = r.s16be();
    m.voltageMv = r.u16be();
    m.remaining16 = r.u16be();
    m.userItems = r.u8();
    m.total16 = r.u16be();
    m.cycles = r.u16be();
    if (r.ok() && m.userItems != 2 && m.userItems != 4) {
        why = QCoreApplication::translate("Pylontech", "user-defined item count %1 is neither 2 nor 4").arg(m.userItems);
        return false;
    }
    if (m.userItems >= 4) {
        m.remaining24 = r.u24be();
        m.total24 = r.u24be();
    }
    if (!r.ok()) {
        why = QCoreApplication::translate("Pylontech", "module block cut short");
        return false;
    }
    return true;
}

// A count byte and its items. A longer list is cut at the count's limit (the byte's 255, or
// the cells and sensors a module has: kMaxCells, kMaxTemps), so the block stays one this codec
// reads back: saturated, never a wrapped count followed by every item.
template <typename List, typename Write>
void writeCounted(ByteWriter &w, const List &items, Write write, qsizetype limit = 0xFF)
{
    const qsizetype n = std::min<qsizetype>(items.size(), limit);
    w.u8(quint32(n));
    for (qsizetype i = 0; i < n; ++i)
        write(items[i]);
}

void writeAnalogModule(ByteWriter &w, const AnalogModule &m)
{
    writeCounted(w, m.cellsMv, [&w](quint16 c) { w.u16be(c); }, kMaxCells);
    writeCounted(w, m.tempsRaw, [&w](quint16 t) { w.u16be(t); }, kMaxTemps);
    w.u16be(quint16(m.currentRaw)).u16be(m.voltageMv).u16be(m.remaining16).u8(m.userItems).u16be(m.total16).u16be(m.cycles);
    if (m.userItems >= 4)
        w.u24be(m.remaining24).u24be(m.total24);
}

CodecResult<Analog> decodeAnalog(QByteArrayView info, std::optional<bool> group)
{
    ByteReader r(info);
    Analog a;
    a.infoFlag = r.u8();
    a.commandValue = r.u8();
    if (!r.ok())
        return layoutError(QCoreApplication::translate("Pylontech", "analog values need at least 2 bytes, got %1").arg(info.size()));
    QString why;
    while (!r.atEnd()) {
        AnalogModule m;
        if (!readAnalogModule(r, m, why))
            return layoutError(QCoreApplication::translate("Pylontech", "module %1: %2").arg(a.modules.size() + 1).arg(why));
        a.modules.append(m);
    }
    if (a.modules.isEmpty())
        return layoutError(QCoreApplication::translate("Pylontech", "analog values without a module block"));
    a.group = group.value_or(a.modules.size() > 1);
    if (a.group && a.commandValue != a.modules.size()) {
        return layoutError(QCoreApplication::translate("Pylontech", "module count mismatch: the count byte says %1, the frame holds %2 module blocks")
                               .arg(a.commandValue)
                               .arg(a.modules.size()));
    }
    if (!a.group && a.modules.size() != 1)
        return layoutError(QCoreApplication::translate("Pylontech", "a single-module answer holds %1 module blocks").arg(a.modules.size()));
    return a;
}

// --- 0x44 ---------------------------------------------------------------------------------

CodecResult<Alarm> decodeAlarm(QByteArrayView info, std::optional<bool> group)
{
    ByteReader r(info);
    Alarm a;
    a.dataFlag = r.u8();
    a.commandValue = r.u8();
    if (!r.ok())
        return layoutError(QCoreApplication::translate("Pylontech", "alarm info needs at least 2 bytes, got %1").arg(info.size()));
    // Group answers hold commandValue modules, single answers one; unknown: as many blocks
    // as fit (a block is at least 11 bytes). Any of them may carry one trailing byte.
    constexpr qsizetype kMinBlock = 11;
    const int expected = group ? (*group ? a.commandValue : 1) : -1;
    while (expected >= 0 ? a.modules.size() < expected : r.remaining() >= kMinBlock) {
        AlarmModule m;
        const int cells = r.u8();
        if (!r.ok() || cells < 1 || cells > kMaxCells)
            return layoutError(QCoreApplication::translate("Pylontech", "module %1: cell count %2 is not 1..%3").arg(a.modules.size() + 1).arg(cells).arg(kMaxCells));
        m.cellStates = r.bytes(cells);
        const int temps = r.u8();
        if (r.ok() && temps > kMaxTemps)
            return layoutError(QCoreApplication::translate("Pylontech", "module %1: temperature count %2 is more than %3").arg(a.modules.size() + 1).arg(temps).arg(kMaxTemps));
        m.tempStates = r.bytes(temps);
        m.chargeCurrentState = r.u8();
        m.voltageState = r.u8();
        m.dischargeCurrentState = r.u8();
        m.status1 = r.u8();
        m.status2 = r.u8();
        m.status3 = r.u8();
        m.status4 = r.u8();
        m.status5 = r.u8();
        if (!r.ok())
            return layoutError(QCoreApplication::translate("Pylontech", "module %1: alarm block cut short").arg(a.modules.size() + 1));
        a.modules.append(m);
    }
    if (a.modules.isEmpty())
        return layoutError(QCoreApplication::translate("Pylontech", "alarm info without a module block"));
    a.trailing = r.rest();
    if (a.trailing.size() > 1)
        return layoutError(QCoreApplication::translate("Pylontech", "%1 bytes left after the last module block").arg(a.trailing.size()));
    a.group = group.value_or(a.modules.size() > 1);
    if (a.group && a.commandValue != a.modules.size()) {
        return layoutError(QCoreApplication::translate("Pylontech", "module count mismatch: the count byte says %1, the frame holds %2 module blocks")
                               .arg(a.commandValue)
                               .arg(a.modules.size()));
    }
    return a;
}

// --- everything else ----------------------------------------------------------------------

CodecError sizeError(const char *what, qsizetype expected, qsizetype got)
{
    return CodecError{got < expected ? CodecError::Kind::Truncated : CodecError::Kind::TrailingBytes,
                      QCoreApplication::translate("Pylontech", "%1 needs %2 bytes of INFO, got %3").arg(QString::fromLatin1(what)).arg(expected).arg(got)};
}

} // namespace

bool isKnownCommand(quint8 cid2)
{
    switch (cid2) {
    case Cid2::ProtocolVersion:
    case Cid2::ManufacturerInfo:
    case Cid2::AnalogValues:
    case Cid2::AlarmInfo:
    case Cid2::SystemParameters:
    case Cid2::Management:
    case Cid2::SerialNumber:
    case Cid2::SetManagement:
    case Cid2::TurnOff:
    case Cid2::SoftwareVersion:
    case Cid2::SystemBasicInfo:
    case Cid2::SystemAnalog:
    case Cid2::SystemAlarm:
    case Cid2::SystemManagement:
        return true;
    default:
        return false;
    }
}

bool isReconstructed(quint8 cid2)
{
    return cid2 >= Cid2::SystemBasicInfo && cid2 <= Cid2::SystemManagement;
}

QString commandName(quint8 cid2)
{
    switch (cid2) {
    case Cid2::ProtocolVersion:
        return QStringLiteral("protocol-version");
    case Cid2::ManufacturerInfo:
        return QStringLiteral("manufacturer-info");
    case Cid2::AnalogValues:
        return QStringLiteral("analog-values");
    case Cid2::AlarmInfo:
        return QStringLiteral("alarm-info");
    case Cid2::SystemParameters:
        return QStringLiteral("system-parameters");
    case Cid2::Management:
        return QStringLiteral("charge-discharge-management");
    case Cid2::SerialNumber:
        return QStringLiteral("serial-number");
    case Cid2::SetManagement:
        return QStringLiteral("set-charge-discharge-management");
    case Cid2::TurnOff:
        return QStringLiteral("turn-off");
    case Cid2::SoftwareVersion:
        return QStringLiteral("software-version");
    case Cid2::SystemBasicInfo:
        return QStringLiteral("system-basic-info");
    case Cid2::SystemAnalog:
        return QStringLiteral("system-analog");
    case Cid2::SystemAlarm:
        return QStringLiteral("system-alarm");
    case Cid2::SystemManagement:
        return QStringLiteral("system-management");
    default:
        return QStringLiteral("command-%1").arg(cid2, 2, 16, QLatin1Char('0'));
    }
}

QString returnCodeName(quint8 rtn)
{
    switch (rtn) {
    case 0x00:
        return QStringLiteral("normal");
    case 0x01:
        return QStringLiteral("version-error");
    case 0x02:
        return QStringLiteral("checksum-error");
    case 0x03:
        return QStringLiteral("length-checksum-error");
    case 0x04:
        return QStringLiteral("invalid-command");
    case 0x05:
        return QStringLiteral("command-format-error");
    case 0x06:
        return QStringLiteral("invalid-data");
    case 0x90:
        return QStringLiteral("address-error");
    case 0x91:
        return QStringLiteral("internal-communication-error");
    default:
        return QStringLiteral("unknown");
    }
}

static bool isReturnCode(quint8 cid2)
{
    return cid2 <= 0x06 || cid2 == 0x90 || cid2 == 0x91;
}

bool isRequest(const PylontechFrame &frame)
{
    return !isReturnCode(frame.cid2);
}

std::optional<double> AnalogModule::socPct() const
{
    const double total = totalAh();
    if (total <= 0.0)
        return std::nullopt;
    return 100.0 * remainingAh() / total;
}

QList<double> AnalogModule::tempsC() const
{
    QList<double> list;
    for (quint16 raw : tempsRaw)
        list.append(kelvinTenthsToC(qint16(raw)));
    return list;
}

CodecResult<ResponsePayload> decodeResponseInfo(quint8 command, QByteArrayView info, std::optional<quint8> requestCommandValue)
{
    const std::optional<bool> group = requestCommandValue
        ? std::optional<bool>(*requestCommandValue == kGroupCommandValue)
        : std::nullopt;
    ByteReader r(info);
    switch (command) {
    case Cid2::ProtocolVersion:
    case Cid2::SetManagement:
    case Cid2::TurnOff:
        if (!info.isEmpty())
            return sizeError("this answer", 0, info.size());
        return ResponsePayload(NoInfo{});
    case Cid2::AnalogValues: {
        auto a = decodeAnalog(info, group);
        if (!a)
            return a.error();
        return ResponsePayload(*a);
    }
    case Cid2::AlarmInfo: {
        auto a = decodeAlarm(info, group);
        if (!a)
            return a.error();
        return ResponsePayload(*a);
    }
    case Cid2::SystemParameters: {
        if (info.size() != 25)
            return sizeError("system parameters", 25, info.size());
        SystemParameters p;
        p.infoFlag = r.u8();            // +0
        p.cellHighMv = r.u16be();       // +1  u16 mV
        p.cellLowMv = r.u16be();        // +3  u16 mV
        p.cellUnderMv = r.u16be();      // +5  u16 mV
        p.chargeHighTempRaw = r.s16be();// +7  0.1 K - 2731
        p.chargeLowTempRaw = r.s16be(); // +9
        p.chargeCurrentRaw = r.s16be(); // +11 s16 0.1 A [?]
        p.moduleHighMv = r.u16be();     // +13 u16 mV
        p.moduleLowMv = r.u16be();      // +15
        p.moduleUnderMv = r.u16be();    // +17
        p.dischargeHighTempRaw = r.s16be(); // +19
        p.dischargeLowTempRaw = r.s16be();  // +21
        p.dischargeCurrentRaw = r.s16be();  // +23 s16 0.1 A [?], negative
        return ResponsePayload(p);
    }
    case Cid2::Management: {
        if (info.size() != 10)
            return sizeError("charge/discharge management", 10, info.size());
        Management m;
        m.commandValue = r.u8(); // +0 module address
        m.cvlMv = r.u16be();     // +1 u16 mV
        m.dvlMv = r.u16be();     // +3 u16 mV
        m.cclRaw = r.s16be();    // +5 s16 0.1 A
        m.dclRaw = r.s16be();    // +7 s16 0.1 A, negative on real modules
        m.status = r.u8();       // +9 bits
        return ResponsePayload(m);
    }
    case Cid2::SerialNumber: {
        if (info.size() != 17)
            return sizeError("serial number", 17, info.size());
        SerialNumberInfo s;
        s.commandValue = r.u8();
        s.serial = r.bytes(16);
        return ResponsePayload(s);
    }
    case Cid2::SoftwareVersion: {
        if (info.size() != 6)
            return sizeError("software version", 6, info.size());
        SoftwareVersionInfo v;
        v.commandValue = r.u8();
        v.manufacturerVersion = r.bytes(2);
        v.mainlineVersion = r.bytes(3);
        return ResponsePayload(v);
    }
    case Cid2::ManufacturerInfo: {
        if (info.size() != 32)
            return sizeError("manufacturer info", 32, info.size());
        ManufacturerInfoBlock m;
        m.deviceName = r.bytes(10);   // +0  ASCII, NUL padded
        m.softwareMajor = r.u8();     // +10
        m.softwareMinor = r.u8();     // +11
        m.manufacturer = r.bytes(20); // +12 ASCII, '-' padded
        return ResponsePayload(m);
    }
    case Cid2::SystemBasicInfo: {
        SystemBasicInfo b;
        b.deviceName = r.bytes(10);
        b.manufacturer = r.bytes(20);
        b.softwareVersion = r.bytes(2);
        const int count = r.u8();
        if (!r.ok())
            return sizeError("system basic info", 33, info.size());
        if (r.remaining() != qsizetype(count) * 16)
            return sizeError("system basic info", 33 + qsizetype(count) * 16, info.size());
        for (int i = 0; i < count; ++i)
            b.serials.append(r.bytes(16));
        return ResponsePayload(b);
    }
    case Cid2::SystemAnalog: {
        if (info.size() != 49)
            return sizeError("system analog data", 49, info.size());
        SystemAnalogInfo a;
        a.voltageMv = r.u16be();       // +0  u16 mV
        a.currentRaw = r.s16be();      // +2  s16 0.01 A
        a.socPct = r.u8();             // +4  u8 %
        a.averageCycles = r.u16be();   // +5
        a.maxCycles = r.u16be();       // +7
        a.averageSohPct = r.u8();      // +9
        a.minSohPct = r.u8();          // +10
        a.maxCellMv = r.u16be();       // +11
        a.maxCellLocation = r.u16be(); // +13 module << 8 | cell
        a.minCellMv = r.u16be();       // +15
        a.minCellLocation = r.u16be(); // +17
        for (TemperatureGroup *g : {&a.cell, &a.mosfet, &a.bms}) { // +19, +29, +39
            g->average = r.u16be();
            g->max = r.u16be();
            g->maxLocation = r.u16be();
            g->min = r.u16be();
            g->minLocation = r.u16be();
        }
        return ResponsePayload(a);
    }
    case Cid2::SystemAlarm: {
        if (info.size() != 4)
            return sizeError("system alarm", 4, info.size());
        SystemAlarmInfo a;
        a.warning1 = r.u8();
        a.warning2 = r.u8();
        a.protection1 = r.u8();
        a.protection2 = r.u8();
        return ResponsePayload(a);
    }
    case Cid2::SystemManagement: {
        if (info.size() != 9)
            return sizeError("system charge/discharge management", 9, info.size());
        SystemManagementInfo m;
        m.cvlMv = r.u16be();
        m.dvlMv = r.u16be();
        m.cclRaw = r.s16be();
        m.dclRaw = r.s16be();
        m.status = r.u8();
        return ResponsePayload(m);
    }
    default:
        return CodecError{CodecError::Kind::Unsupported,
                          QCoreApplication::translate("Pylontech", "no response layout for command 0x%1").arg(command, 2, 16, QLatin1Char('0'))};
    }
}

QByteArray encodeResponseInfo(const ResponsePayload &payload)
{
    ByteWriter w;
    std::visit(
        [&w](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Analog>) {
                w.u8(p.infoFlag).u8(p.commandValue);
                for (const AnalogModule &m : p.modules)
                    writeAnalogModule(w, m);
            } else if constexpr (std::is_same_v<T, Alarm>) {
                w.u8(p.dataFlag).u8(p.commandValue);
                for (const AlarmModule &m : p.modules) {
                    writeCounted(w, m.cellStates, [&w](char c) { w.u8(quint8(c)); }, kMaxCells);
                    writeCounted(w, m.tempStates, [&w](char c) { w.u8(quint8(c)); }, kMaxTemps);
                    w.u8(m.chargeCurrentState).u8(m.voltageState).u8(m.dischargeCurrentState);
                    w.u8(m.status1).u8(m.status2).u8(m.status3).u8(m.status4).u8(m.status5);
                }
                w.bytes(p.trailing);
            } else if constexpr (std::is_same_v<T, SystemParameters>) {
                w.u8(p.infoFlag).u16be(p.cellHighMv).u16be(p.cellLowMv).u16be(p.cellUnderMv);
                w.u16be(quint16(p.chargeHighTempRaw)).u16be(quint16(p.chargeLowTempRaw)).u16be(quint16(p.chargeCurrentRaw));
                w.u16be(p.moduleHighMv).u16be(p.moduleLowMv).u16be(p.moduleUnderMv);
                w.u16be(quint16(p.dischargeHighTempRaw)).u16be(quint16(p.dischargeLowTempRaw)).u16be(quint16(p.dischargeCurrentRaw));
            } else if constexpr (std::is_same_v<T, Management>) {
                w.u8(p.commandValue).u16be(p.cvlMv).u16be(p.dvlMv).u16be(quint16(p.cclRaw)).u16be(quint16(p.dclRaw)).u8(p.status);
            } else if constexpr (std::is_same_v<T, SerialNumberInfo>) {
                w.u8(p.commandValue).padded(p.serial, 16, '\0');
            } else if constexpr (std::is_same_v<T, SoftwareVersionInfo>) {
                w.u8(p.commandValue).padded(p.manufacturerVersion, 2, '\0').padded(p.mainlineVersion, 3, '\0');
            } else if constexpr (std::is_same_v<T, ManufacturerInfoBlock>) {
                w.padded(p.deviceName, 10, '\0').u8(p.softwareMajor).u8(p.softwareMinor).padded(p.manufacturer, 20, '-');
            } else if constexpr (std::is_same_v<T, SystemBasicInfo>) {
                w.padded(p.deviceName, 10, '\0').padded(p.manufacturer, 20, '-').padded(p.softwareVersion, 2, '\0');
                writeCounted(w, p.serials, [&w](const QByteArray &s) { w.padded(s, 16, '\0'); });
            } else if constexpr (std::is_same_v<T, SystemAnalogInfo>) {
                w.u16be(p.voltageMv).u16be(quint16(p.currentRaw)).u8(p.socPct).u16be(p.averageCycles).u16be(p.maxCycles);
                w.u8(p.averageSohPct).u8(p.minSohPct).u16be(p.maxCellMv).u16be(p.maxCellLocation);
                w.u16be(p.minCellMv).u16be(p.minCellLocation);
                for (const TemperatureGroup *g : {&p.cell, &p.mosfet, &p.bms})
                    w.u16be(g->average).u16be(g->max).u16be(g->maxLocation).u16be(g->min).u16be(g->minLocation);
            } else if constexpr (std::is_same_v<T, SystemAlarmInfo>) {
                w.u8(p.warning1).u8(p.warning2).u8(p.protection1).u8(p.protection2);
            } else if constexpr (std::is_same_v<T, SystemManagementInfo>) {
                w.u16be(p.cvlMv).u16be(p.dvlMv).u16be(quint16(p.cclRaw)).u16be(quint16(p.dclRaw)).u8(p.status);
            }
        },
        payload);
    return w.data();
}

std::optional<quint8> guessResponseCommand(QByteArrayView info)
{
    if (info.isEmpty())
        return Cid2::ProtocolVersion;
    if (decodeAnalog(info, std::nullopt).ok())
        return Cid2::AnalogValues;
    if (decodeAlarm(info, std::nullopt).ok())
        return Cid2::AlarmInfo;
    switch (info.size()) {
    case 25:
        return Cid2::SystemParameters;
    case 10:
        return Cid2::Management;
    case 17:
        if (isPrintableAscii(info.sliced(1)))
            return Cid2::SerialNumber;
        break;
    case 6:
        return Cid2::SoftwareVersion;
    case 32:
        if (isPrintableAscii(info.first(10)))
            return Cid2::ManufacturerInfo;
        break;
    case 49:
        return Cid2::SystemAnalog;
    case 9:
        return Cid2::SystemManagement;
    case 4:
        return Cid2::SystemAlarm;
    default:
        break;
    }
    if (info.size() >= 33 && (info.size() - 33) % 16 == 0 && quint8(info[32]) == (info.size() - 33) / 16
        && isPrintableAscii(info.first(10)))
        return Cid2::SystemBasicInfo;
    return std::nullopt;
}

PylontechFrame request(quint8 command, quint8 adr, std::optional<quint8> commandValue)
{
    PylontechFrame f;
    f.adr = adr;
    f.cid2 = command;
    switch (command) {
    case Cid2::AnalogValues:
    case Cid2::AlarmInfo:
    case Cid2::Management:
    case Cid2::SerialNumber:
    case Cid2::SoftwareVersion:
    case Cid2::TurnOff:
        f.info.append(char(commandValue.value_or(adr)));
        break;
    default:
        if (commandValue)
            f.info.append(char(*commandValue));
        break;
    }
    return f;
}

PylontechFrame setManagementRequest(quint8 adr, const Management &m)
{
    PylontechFrame f;
    f.adr = adr;
    f.cid2 = Cid2::SetManagement;
    ByteWriter w;
    w.u8(m.commandValue).u16be(m.cvlMv).u16be(m.dvlMv).u16be(quint16(m.cclRaw)).u16be(quint16(m.dclRaw));
    f.info = w.data();
    return f;
}

// --- description --------------------------------------------------------------------------

namespace {

QString faultName(Fault f)
{
    return FaultNames::name(f);
}

void addUnique(QStringList &list, const QString &name)
{
    if (!list.contains(name))
        list.append(name);
}

// Per-item state codes (section 5.4) to warnings; status 1 bits to protections.
void describeAlarmModule(const AlarmModule &m, DecodedPack &p)
{
    for (char s : m.cellStates) {
        if (quint8(s) == 0x01)
            addUnique(p.warnings, faultName(Fault::CellUndervoltage));
        else if (quint8(s) == 0x02)
            addUnique(p.warnings, faultName(Fault::CellOvervoltage));
        else if (quint8(s) == 0xF0)
            addUnique(p.warnings, QStringLiteral("cell-sensor-error"));
    }
    for (char s : m.tempStates) {
        if (quint8(s) == 0x01)
            addUnique(p.warnings, faultName(Fault::Undertemperature));
        else if (quint8(s) == 0x02)
            addUnique(p.warnings, faultName(Fault::Overtemperature));
        else if (quint8(s) == 0xF0)
            addUnique(p.warnings, QStringLiteral("temperature-sensor-error"));
    }
    if (m.chargeCurrentState == 0x02)
        addUnique(p.warnings, faultName(Fault::ChargeOvercurrent));
    if (m.voltageState == 0x01)
        addUnique(p.warnings, faultName(Fault::PackUndervoltage));
    else if (m.voltageState == 0x02)
        addUnique(p.warnings, faultName(Fault::PackOvervoltage));
    if (m.dischargeCurrentState == 0x02)
        addUnique(p.warnings, faultName(Fault::DischargeOvercurrent));
    const struct
    {
        int bit;
        Fault fault;
    } status1[] = {{7, Fault::PackUndervoltage},      {6, Fault::Overtemperature},   {5, Fault::Overtemperature},
                   {4, Fault::DischargeOvercurrent}, {2, Fault::ChargeOvercurrent}, {1, Fault::CellUndervoltage},
                   {0, Fault::PackOvervoltage}};
    for (const auto &b : status1) {
        if (m.status1 & (1 << b.bit))
            addUnique(p.alarms, faultName(b.fault));
    }
    if (m.status4 || m.status5)
        addUnique(p.alarms, QStringLiteral("cell-failure"));
}

QString version2(QByteArrayView b)
{
    return b.size() >= 2 ? QStringLiteral("%1.%2").arg(quint8(b[0])).arg(quint8(b[1])) : QString();
}

void describeManagementStatus(quint8 status, DecodedMessage &d)
{
    d.status.chargeEnabled = (status & 0x80) != 0;
    d.status.dischargeEnabled = (status & 0x40) != 0;
    d.status.forceCharge = (status & 0x30) != 0;
    d.fields.insert(QStringLiteral("force_charge_1"), (status & 0x20) != 0);
    d.fields.insert(QStringLiteral("force_charge_2"), (status & 0x10) != 0);
    d.fields.insert(QStringLiteral("full_charge_request"), (status & 0x08) != 0);
    d.fields.insert(QStringLiteral("status"), status);
}

double locModule(quint16 loc) { return loc >> 8; }
double locCell(quint16 loc) { return loc & 0xFF; }

void describePayload(const ResponsePayload &payload, quint8 adr, DecodedMessage &d)
{
    std::visit(
        [&](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, NoInfo>) {
            } else if constexpr (std::is_same_v<T, Analog>) {
                d.fields.insert(QStringLiteral("info_flag"), p.infoFlag);
                d.fields.insert(QStringLiteral("command_value"), p.commandValue);
                d.fields.insert(QStringLiteral("group"), p.group);
                double remaining = 0.0;
                double full = 0.0;
                for (int i = 0; i < p.modules.size(); ++i) {
                    const AnalogModule &m = p.modules[i];
                    DecodedPack pack;
                    pack.address = p.group ? adr + i : p.commandValue;
                    for (quint16 c : m.cellsMv)
                        pack.cellsMv.append(c);
                    pack.tempsC = m.tempsC();
                    pack.currentA = m.currentA();
                    pack.voltageV = m.voltageV();
                    pack.remainingAh = m.remainingAh();
                    pack.fullAh = m.totalAh();
                    pack.cycles = m.cycles;
                    pack.socPct = m.socPct();
                    remaining += m.remainingAh();
                    full += m.totalAh();
                    d.packs.append(pack);
                }
                if (p.group) {
                    // Not transmitted: the stack figures a whole-group answer implies.
                    d.bank.modules = int(p.modules.size());
                    if (full > 0.0)
                        d.bank.socPct = 100.0 * remaining / full;
                    d.fields.insert(QStringLiteral("bank_computed"), true);
                }
            } else if constexpr (std::is_same_v<T, Alarm>) {
                d.carriesAlarms = true;
                d.fields.insert(QStringLiteral("data_flag"), p.dataFlag);
                d.fields.insert(QStringLiteral("command_value"), p.commandValue);
                d.fields.insert(QStringLiteral("group"), p.group);
                QVariantList statuses;
                for (int i = 0; i < p.modules.size(); ++i) {
                    const AlarmModule &m = p.modules[i];
                    DecodedPack pack;
                    pack.address = p.group ? adr + i : p.commandValue;
                    describeAlarmModule(m, pack);
                    QVariantMap s;
                    s.insert(QStringLiteral("address"), *pack.address);
                    s.insert(QStringLiteral("status1"), m.status1);
                    s.insert(QStringLiteral("status2"), m.status2);
                    s.insert(QStringLiteral("status3"), m.status3);
                    s.insert(QStringLiteral("status4"), m.status4);
                    s.insert(QStringLiteral("status5"), m.status5);
                    s.insert(QStringLiteral("charge_mosfet_on"), (m.status2 & 0x02) != 0);
                    s.insert(QStringLiteral("discharge_mosfet_on"), (m.status2 & 0x04) != 0);
                    s.insert(QStringLiteral("using_battery_power"), (m.status2 & 0x08) != 0);
                    s.insert(QStringLiteral("effective_charge_current"), (m.status3 & 0x80) != 0);
                    s.insert(QStringLiteral("effective_discharge_current"), (m.status3 & 0x40) != 0);
                    s.insert(QStringLiteral("fully_charged"), (m.status3 & 0x08) != 0);
                    QVariantList cells;
                    for (char c : m.cellStates)
                        cells.append(quint8(c));
                    s.insert(QStringLiteral("cell_states"), cells);
                    QVariantList temps;
                    for (char c : m.tempStates)
                        temps.append(quint8(c));
                    s.insert(QStringLiteral("temperature_states"), temps);
                    statuses.append(s);
                    for (const QString &a : std::as_const(pack.alarms))
                        addUnique(d.alarms, a);
                    for (const QString &w : std::as_const(pack.warnings))
                        addUnique(d.warnings, w);
                    d.packs.append(pack);
                }
                d.fields.insert(QStringLiteral("modules"), statuses);
                if (p.modules.size() == 1) {
                    d.status.chargeEnabled = (p.modules[0].status2 & 0x02) != 0;
                    d.status.dischargeEnabled = (p.modules[0].status2 & 0x04) != 0;
                }
                if (!p.trailing.isEmpty())
                    d.fields.insert(QStringLiteral("trailing_hex"), QString::fromLatin1(Hex::upper(p.trailing)));
            } else if constexpr (std::is_same_v<T, SystemParameters>) {
                d.fields.insert(QStringLiteral("info_flag"), p.infoFlag);
                d.fields.insert(QStringLiteral("cell_high_V"), p.cellHighMv / 1000.0);
                d.fields.insert(QStringLiteral("cell_low_V"), p.cellLowMv / 1000.0);
                d.fields.insert(QStringLiteral("cell_under_V"), p.cellUnderMv / 1000.0);
                d.fields.insert(QStringLiteral("charge_high_temp_C"), kelvinTenthsToC(p.chargeHighTempRaw));
                d.fields.insert(QStringLiteral("charge_low_temp_C"), kelvinTenthsToC(p.chargeLowTempRaw));
                d.fields.insert(QStringLiteral("charge_current_limit_A"), p.chargeCurrentRaw / 10.0);
                d.fields.insert(QStringLiteral("module_high_V"), p.moduleHighMv / 1000.0);
                d.fields.insert(QStringLiteral("module_low_V"), p.moduleLowMv / 1000.0);
                d.fields.insert(QStringLiteral("module_under_V"), p.moduleUnderMv / 1000.0);
                d.fields.insert(QStringLiteral("discharge_high_temp_C"), kelvinTenthsToC(p.dischargeHighTempRaw));
                d.fields.insert(QStringLiteral("discharge_low_temp_C"), kelvinTenthsToC(p.dischargeLowTempRaw));
                d.fields.insert(QStringLiteral("discharge_current_limit_A"), p.dischargeCurrentRaw / 10.0);
                // Fact sheet 5.5: the 0.1 A scale of the two current limits is unverified.
                d.fields.insert(QStringLiteral("current_limit_scale_unverified"), true);
            } else if constexpr (std::is_same_v<T, Management>) {
                d.fields.insert(QStringLiteral("command_value"), p.commandValue);
                d.limits.cvlV = p.cvlMv / 1000.0;
                d.limits.dvlV = p.dvlMv / 1000.0;
                d.limits.cclA = std::abs(p.cclRaw / 10.0);
                d.limits.dclA = std::abs(p.dclRaw / 10.0);
                d.fields.insert(QStringLiteral("dcl_wire_A"), p.dclRaw / 10.0);
                describeManagementStatus(p.status, d);
            } else if constexpr (std::is_same_v<T, SerialNumberInfo>) {
                d.fields.insert(QStringLiteral("command_value"), p.commandValue);
                d.info.serial = asciiField(p.serial);
            } else if constexpr (std::is_same_v<T, SoftwareVersionInfo>) {
                d.fields.insert(QStringLiteral("command_value"), p.commandValue);
                d.fields.insert(QStringLiteral("manufacturer_version"), version2(p.manufacturerVersion));
                d.info.firmware = QStringLiteral("%1.%2.%3")
                                      .arg(quint8(p.mainlineVersion.at(0)))
                                      .arg(quint8(p.mainlineVersion.at(1)))
                                      .arg(quint8(p.mainlineVersion.at(2)));
            } else if constexpr (std::is_same_v<T, ManufacturerInfoBlock>) {
                d.info.model = asciiField(p.deviceName);
                d.info.firmware = QStringLiteral("%1.%2").arg(p.softwareMajor).arg(p.softwareMinor);
                d.info.manufacturer = asciiField(p.manufacturer, true);
            } else if constexpr (std::is_same_v<T, SystemBasicInfo>) {
                d.info.model = asciiField(p.deviceName);
                d.info.manufacturer = asciiField(p.manufacturer, true);
                d.info.firmware = version2(p.softwareVersion);
                d.bank.modules = int(p.serials.size());
                QStringList serials;
                for (const QByteArray &s : p.serials)
                    serials.append(asciiField(s));
                d.fields.insert(QStringLiteral("serials"), serials);
            } else if constexpr (std::is_same_v<T, SystemAnalogInfo>) {
                d.bank.voltageV = p.voltageMv / 1000.0;
                d.bank.currentA = p.currentRaw / 100.0;
                d.bank.socPct = p.socPct;
                d.bank.sohPct = p.averageSohPct;
                d.bank.cellMaxMv = p.maxCellMv;
                d.bank.cellMinMv = p.minCellMv;
                d.bank.tempC = kelvinTenthsToC(p.cell.average);
                d.fields.insert(QStringLiteral("average_cycles"), p.averageCycles);
                d.fields.insert(QStringLiteral("max_cycles"), p.maxCycles);
                d.fields.insert(QStringLiteral("min_soh_pct"), p.minSohPct);
                d.fields.insert(QStringLiteral("max_cell_module"), locModule(p.maxCellLocation));
                d.fields.insert(QStringLiteral("max_cell_index"), locCell(p.maxCellLocation));
                d.fields.insert(QStringLiteral("min_cell_module"), locModule(p.minCellLocation));
                d.fields.insert(QStringLiteral("min_cell_index"), locCell(p.minCellLocation));
                const struct
                {
                    const char *name;
                    const TemperatureGroup *group;
                } groups[] = {{"cell", &p.cell}, {"mosfet", &p.mosfet}, {"bms", &p.bms}};
                for (const auto &g : groups) {
                    const QString prefix = QString::fromLatin1(g.name);
                    d.fields.insert(prefix + QStringLiteral("_temp_avg_C"), kelvinTenthsToC(g.group->average));
                    d.fields.insert(prefix + QStringLiteral("_temp_max_C"), kelvinTenthsToC(g.group->max));
                    d.fields.insert(prefix + QStringLiteral("_temp_max_location"), g.group->maxLocation);
                    d.fields.insert(prefix + QStringLiteral("_temp_min_C"), kelvinTenthsToC(g.group->min));
                    d.fields.insert(prefix + QStringLiteral("_temp_min_location"), g.group->minLocation);
                }
            } else if constexpr (std::is_same_v<T, SystemAlarmInfo>) {
                // ai-republic's bit use (provisional, fact sheet 5.9).
                d.carriesAlarms = true;
                const struct
                {
                    int bit;
                    const char *name;
                } byte1[] = {{7, "pack-overvoltage"}, {6, "pack-undervoltage"}, {5, "cell-overvoltage"},
                             {4, "cell-undervoltage"}, {3, "overtemperature"},   {2, "undertemperature"},
                             {0, "cell-imbalance"}},
                  byte2[] = {{7, "temperature-difference"}, {6, "charge-overcurrent"}, {5, "discharge-overcurrent"},
                             {4, "communication"}, {3, "system-error"}};
                auto apply = [&byte1, &byte2](quint8 b1, quint8 b2, QStringList &out) {
                    for (const auto &b : byte1)
                        if (b1 & (1 << b.bit))
                            addUnique(out, QString::fromLatin1(b.name));
                    for (const auto &b : byte2)
                        if (b2 & (1 << b.bit))
                            addUnique(out, QString::fromLatin1(b.name));
                };
                apply(p.warning1, p.warning2, d.warnings);
                apply(p.protection1, p.protection2, d.alarms);
                d.fields.insert(QStringLiteral("warning1"), p.warning1);
                d.fields.insert(QStringLiteral("warning2"), p.warning2);
                d.fields.insert(QStringLiteral("protection1"), p.protection1);
                d.fields.insert(QStringLiteral("protection2"), p.protection2);
            } else if constexpr (std::is_same_v<T, SystemManagementInfo>) {
                d.limits.cvlV = p.cvlMv / 1000.0;
                d.limits.dvlV = p.dvlMv / 1000.0;
                d.limits.cclA = std::abs(p.cclRaw / 10.0);
                d.limits.dclA = std::abs(p.dclRaw / 10.0);
                d.fields.insert(QStringLiteral("dcl_wire_A"), p.dclRaw / 10.0);
                describeManagementStatus(p.status, d);
            }
        },
        payload);
}

} // namespace

CodecResult<DecodedMessage> describe(const PylontechFrame &frame, std::optional<quint8> requestCommand,
                                     std::optional<quint8> requestCommandValue)
{
    DecodedMessage d;
    d.protocol = ProtocolId::PylontechRs485;
    d.address = frame.adr;
    if (frame.cid1 != 0x46) {
        // Other BMSs reuse the framing with their own CID1 and scales (fact sheet 8.5).
        return CodecError{CodecError::Kind::Unsupported,
                          QCoreApplication::translate("Pylontech", "CID1 0x%1 is not Pylontech lithium battery data (0x46); the frame verifies but its payload scales are unknown")
                              .arg(frame.cid1, 2, 16, QLatin1Char('0'))};
    }
    d.fields.insert(QStringLiteral("ver"), QStringLiteral("%1.%2").arg(frame.ver >> 4).arg(frame.ver & 0xF));

    if (isRequest(frame)) {
        if (!isKnownCommand(frame.cid2)) {
            return CodecError{CodecError::Kind::Unsupported,
                              QCoreApplication::translate("Pylontech", "unknown command CID2 0x%1").arg(frame.cid2, 2, 16, QLatin1Char('0'))};
        }
        d.direction = QStringLiteral("request");
        d.message = commandName(frame.cid2);
        d.unverified = isReconstructed(frame.cid2);
        if (frame.cid2 == Cid2::SetManagement) {
            ByteReader r(frame.info);
            Management m;
            m.commandValue = r.u8();
            m.cvlMv = r.u16be();
            m.dvlMv = r.u16be();
            m.cclRaw = r.s16be();
            m.dclRaw = r.s16be();
            if (!r.ok() || !r.atEnd())
                return sizeError("set charge/discharge management", 9, frame.info.size());
            d.fields.insert(QStringLiteral("command_value"), m.commandValue);
            d.limits.cvlV = m.cvlMv / 1000.0;
            d.limits.dvlV = m.dvlMv / 1000.0;
            d.limits.cclA = std::abs(m.cclRaw / 10.0);
            d.limits.dclA = std::abs(m.dclRaw / 10.0);
            d.fields.insert(QStringLiteral("units_assumed"), true); // fact sheet 5.8 [?]
        } else if (!frame.info.isEmpty()) {
            d.fields.insert(QStringLiteral("command_value"), quint8(frame.info[0]));
            if (quint8(frame.info[0]) == kGroupCommandValue)
                d.fields.insert(QStringLiteral("group"), true);
            if (frame.info.size() > 1)
                d.fields.insert(QStringLiteral("extra_info_hex"), QString::fromLatin1(Hex::upper(frame.info.sliced(1))));
        }
        return d;
    }

    d.direction = QStringLiteral("response");
    d.returnCode = frame.cid2;
    d.fields.insert(QStringLiteral("return_code_name"), returnCodeName(frame.cid2));
    if (frame.cid2 != 0x00) {
        d.message = requestCommand ? commandName(*requestCommand) : QStringLiteral("error-response");
        if (!frame.info.isEmpty())
            d.fields.insert(QStringLiteral("info_hex"), QString::fromLatin1(Hex::upper(frame.info)));
        return d;
    }
    const std::optional<quint8> command = requestCommand ? requestCommand : guessResponseCommand(frame.info);
    if (!command) {
        return CodecError{CodecError::Kind::BadLayout,
                          QCoreApplication::translate("Pylontech", "INFO of %1 bytes fits no known response layout").arg(frame.info.size())};
    }
    if (!requestCommand)
        d.fields.insert(QStringLiteral("command_guessed"), true);
    const auto payload = decodeResponseInfo(*command, frame.info, requestCommandValue);
    if (!payload)
        return payload.error();
    d.message = commandName(*command);
    d.unverified = isReconstructed(*command);
    if (*command == Cid2::ProtocolVersion)
        d.fields.insert(QStringLiteral("protocol_version"), QStringLiteral("%1.%2").arg(frame.ver >> 4).arg(frame.ver & 0xF));
    describePayload(*payload, frame.adr, d);
    return d;
}

} // namespace Pylontech
