#pragma once

#include "codecerror.h"
#include "decodedmessage.h"
#include "pylontechframe.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

// Pylontech LV RS485 INFO layouts (fact sheet pylontech-rs485.md sections 3-5). Every field
// is kept raw as on the wire, with its scale, sign and unit beside it; the accessors convert.
// Multi-byte fields are big-endian. Temperatures: 0.1 K with offset 2731.
namespace Pylontech {

namespace Cid2 {
enum : quint8 {
    ProtocolVersion = 0x4F,
    ManufacturerInfo = 0x51,
    AnalogValues = 0x42,
    AlarmInfo = 0x44,
    SystemParameters = 0x47,
    Management = 0x92,
    SerialNumber = 0x93,
    SetManagement = 0x94,
    TurnOff = 0x95,
    SoftwareVersion = 0x96,
    SystemBasicInfo = 0x60,  // V3.5, reconstructed [2nd]
    SystemAnalog = 0x61,     // V3.5, reconstructed [2nd]
    SystemAlarm = 0x62,      // V3.5, reconstructed [2nd]
    SystemManagement = 0x63, // V3.5, reconstructed [2nd]
};
} // namespace Cid2

bool isKnownCommand(quint8 cid2);
bool isReconstructed(quint8 cid2);  // 0x60-0x63
QString commandName(quint8 cid2);  // "analog-values", ...
QString returnCodeName(quint8 rtn); // "normal", "checksum-error", ... (section 4)
constexpr quint8 kGroupCommandValue = 0xFF; // 0x42/0x44 "every module of the group"

inline double kelvinTenthsToC(int raw) { return (raw - 2731) / 10.0; }

// 0x42 module block (section 5.3).
struct AnalogModule
{
    QList<quint16> cellsMv;     // u16 mV each
    QList<quint16> tempsRaw;    // s16 0.1 K offset 2731; [0] BMS board, [1..] cell groups
    qint16 currentRaw = 0;      // s16, 0.1 A, + = charge
    quint16 voltageMv = 0;      // u16 mV
    quint16 remaining16 = 0;    // u16 mAh, 0xFFFF when > 65 Ah
    quint8 userItems = 2;       // 2 = 16-bit layout, 4 = with the 24-bit fields
    quint16 total16 = 0;        // u16 mAh, 0xFFFF when > 65 Ah
    quint16 cycles = 0;         // u16
    quint32 remaining24 = 0;    // u24 mAh, only when userItems >= 4
    quint32 total24 = 0;        // u24 mAh, only when userItems >= 4

    double currentA() const { return currentRaw / 10.0; }
    double voltageV() const { return voltageMv / 1000.0; }
    double remainingAh() const { return (userItems >= 4 ? remaining24 : remaining16) / 1000.0; }
    double totalAh() const { return (userItems >= 4 ? total24 : total16) / 1000.0; }
    std::optional<double> socPct() const;
    QList<double> tempsC() const;
    bool operator==(const AnalogModule &o) const = default;
};

struct Analog // 0x42 response
{
    quint8 infoFlag = 0;     // bit4 unread switch change, bit0 unread alarm change
    quint8 commandValue = 0; // module address, or module count of a whole-group answer
    bool group = false;      // answer to command value 0xFF: commandValue = module count
    QList<AnalogModule> modules;
    bool operator==(const Analog &o) const = default;
};

// 0x44 per-module alarm block (section 5.4). State codes: 0 normal, 1 below lower limit,
// 2 above upper limit, 0xF0 other error.
struct AlarmModule
{
    QByteArray cellStates;
    QByteArray tempStates;
    quint8 chargeCurrentState = 0;
    quint8 voltageState = 0;
    quint8 dischargeCurrentState = 0;
    quint8 status1 = 0; // b7 module UV, b6 charge OT, b5 discharge OT, b4 discharge OC, b2 charge OC, b1 cell UV, b0 module OV
    quint8 status2 = 0; // b3 using battery power, b2 DSG MOSFET on, b1 CHG MOSFET on, b0 pre-charge MOSFET
    quint8 status3 = 0; // b7 effective charge current, b6 effective discharge current, b5 heater, b3 full, b0 buzzer
    quint8 status4 = 0; // b0..b7 cell 1..8 failure
    quint8 status5 = 0; // b0..b7 cell 9..16 failure
    bool operator==(const AlarmModule &o) const = default;
};

struct Alarm // 0x44 response
{
    quint8 dataFlag = 0;
    quint8 commandValue = 0;
    bool group = false;
    QList<AlarmModule> modules;
    QByteArray trailing; // US2000C/US3000C append one byte after status 5 (section 5.4)
    bool operator==(const Alarm &o) const = default;
};

struct SystemParameters // 0x47 response: INFOFLAG + 24 bytes (section 5.5)
{
    quint8 infoFlag = 0;
    quint16 cellHighMv = 0;
    quint16 cellLowMv = 0;
    quint16 cellUnderMv = 0;
    qint16 chargeHighTempRaw = 0;   // 0.1 K offset 2731
    qint16 chargeLowTempRaw = 0;
    qint16 chargeCurrentRaw = 0;    // s16 0.1 A per spec [?] (unverified scale)
    quint16 moduleHighMv = 0;
    quint16 moduleLowMv = 0;
    quint16 moduleUnderMv = 0;
    qint16 dischargeHighTempRaw = 0;
    qint16 dischargeLowTempRaw = 0;
    qint16 dischargeCurrentRaw = 0; // s16 0.1 A per spec [?], negative on the wire
    bool operator==(const SystemParameters &o) const = default;
};

struct Management // 0x92 response (10 bytes) and 0x94 request (9 bytes: no status)
{
    quint8 commandValue = 0;
    quint16 cvlMv = 0;     // u16 mV
    quint16 dvlMv = 0;     // u16 mV
    qint16 cclRaw = 0;     // s16 0.1 A
    qint16 dclRaw = 0;     // s16 0.1 A, real modules send it negative: use the magnitude
    quint8 status = 0;     // b7 charge enable, b6 discharge enable, b5 force charge I, b4 force charge II, b3 full-charge request
    bool operator==(const Management &o) const = default;
};

struct SerialNumberInfo // 0x93 response
{
    quint8 commandValue = 0;
    QByteArray serial; // 16 ASCII bytes
    bool operator==(const SerialNumberInfo &o) const = default;
};

struct SoftwareVersionInfo // 0x96 response
{
    quint8 commandValue = 0;
    QByteArray manufacturerVersion; // 2 bytes
    QByteArray mainlineVersion;     // 3 bytes
    bool operator==(const SoftwareVersionInfo &o) const = default;
};

struct ManufacturerInfoBlock // 0x51 response (32 bytes)
{
    QByteArray deviceName;   // 10 ASCII, NUL padded
    quint8 softwareMajor = 0;
    quint8 softwareMinor = 0;
    QByteArray manufacturer; // 20 ASCII, '-' padded
    bool operator==(const ManufacturerInfoBlock &o) const = default;
};

struct SystemBasicInfo // 0x60 response [2nd]
{
    QByteArray deviceName;   // 10
    QByteArray manufacturer; // 20
    QByteArray softwareVersion; // 2
    QList<QByteArray> serials;  // count u8, then 16 bytes each
    bool operator==(const SystemBasicInfo &o) const = default;
};

struct TemperatureGroup // 0x61: average, max, max location, min, min location (0.1 K offset 2731)
{
    quint16 average = 0, max = 0, maxLocation = 0, min = 0, minLocation = 0;
    bool operator==(const TemperatureGroup &o) const = default;
};

struct SystemAnalogInfo // 0x61 response, 49 bytes [2nd]
{
    quint16 voltageMv = 0;
    qint16 currentRaw = 0;  // s16 0.01 A (not 0.1 A as in 0x42)
    quint8 socPct = 0;
    quint16 averageCycles = 0;
    quint16 maxCycles = 0;
    quint8 averageSohPct = 0;
    quint8 minSohPct = 0;
    quint16 maxCellMv = 0;
    quint16 maxCellLocation = 0; // high byte module, low byte cell
    quint16 minCellMv = 0;
    quint16 minCellLocation = 0;
    TemperatureGroup cell;
    TemperatureGroup mosfet;
    TemperatureGroup bms;
    bool operator==(const SystemAnalogInfo &o) const = default;
};

struct SystemAlarmInfo // 0x62 response, 4 bytes [2nd]; bit meanings provisional
{
    quint8 warning1 = 0, warning2 = 0, protection1 = 0, protection2 = 0;
    bool operator==(const SystemAlarmInfo &o) const = default;
};

struct SystemManagementInfo // 0x63 response, 9 bytes [2nd]
{
    quint16 cvlMv = 0;
    quint16 dvlMv = 0;
    qint16 cclRaw = 0; // 0.1 A
    qint16 dclRaw = 0; // 0.1 A, sent positive by emulators; use the magnitude [?]
    quint8 status = 0; // as 0x92
    bool operator==(const SystemManagementInfo &o) const = default;
};

struct NoInfo // responses with LENID 0 (0x4F, 0x94, 0x95) or a non-zero RTN without INFO
{
    bool operator==(const NoInfo &) const { return true; }
};

using ResponsePayload = std::variant<NoInfo, Analog, Alarm, SystemParameters, Management, SerialNumberInfo,
                                     SoftwareVersionInfo, ManufacturerInfoBlock, SystemBasicInfo, SystemAnalogInfo,
                                     SystemAlarmInfo, SystemManagementInfo>;

// Decodes the INFO of a response to `command`. Strict: counts must fit, trailing bytes are
// an error except the documented extra byte of 0x44.
// requestCommandValue (0xFF = whole group) resolves single versus group answers when known.
CodecResult<ResponsePayload> decodeResponseInfo(quint8 command, QByteArrayView info,
                                               std::optional<quint8> requestCommandValue = std::nullopt);
QByteArray encodeResponseInfo(const ResponsePayload &payload);
// Without the request at hand: the command whose layout this INFO fits (tried strictly,
// most specific first), or nullopt.
std::optional<quint8> guessResponseCommand(QByteArrayView info);

// Request builders. commandValue defaults to the address for the per-module commands.
PylontechFrame request(quint8 command, quint8 adr, std::optional<quint8> commandValue = std::nullopt);
PylontechFrame setManagementRequest(quint8 adr, const Management &values);

// Frame -> protocol-neutral message. `requestCommand` is the CID2 of the request this frame
// answers, when known (a sniffer pairs them); otherwise it is guessed from the layout.
CodecResult<DecodedMessage> describe(const PylontechFrame &frame, std::optional<quint8> requestCommand = std::nullopt,
                                     std::optional<quint8> requestCommandValue = std::nullopt);
// True when the frame is a request (CID2 is a known command and not a return code 0x00-0x06/0x90/0x91).
bool isRequest(const PylontechFrame &frame);

} // namespace Pylontech
