#pragma once

#include "canframe.h"
#include "codecerror.h"
#include "decodedmessage.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

// Pylon LV CAN V1.2, Pylontech "V1.3" and the SMA / Victron dialect (fact sheet pylon-can.md).
// 11-bit IDs, little-endian fields. Senders differ in DLC, so every struct decodes by field
// presence and keeps any bytes beyond its fields in `tail`: encode(decode(f)) == f.
namespace PylonCan {

enum class Dialect { Unknown, PylonV12, PylontechV13, SmaVictron };
QString dialectName(Dialect d); // "pylon-v1.2", "pylontech-v1.3", "sma-victron", "unknown"
std::optional<Dialect> dialectFromName(const QString &name);

// Detects the dialect over a set of frames collected for 2-3 s (section 5).
Dialect detect(const QList<CanFrameData> &frames);

struct Limits // 0x351
{
    quint16 cvlRaw = 0;              // b0-1 u16 0.1 V
    qint16 cclRaw = 0;               // b2-3 s16 0.1 A
    qint16 dclRaw = 0;               // b4-5 s16 0.1 A, positive
    std::optional<quint16> dvlRaw;   // b6-7 u16 0.1 V (sent by real Pylontech masters; SMA mandatory)
    QByteArray tail;
    bool operator==(const Limits &o) const = default;
};

struct SocSoh // 0x355
{
    quint16 soc = 0;                   // b0-1 u16 1 %
    std::optional<quint16> soh;        // b2-3 u16 1 %
    std::optional<quint16> socHiRes;   // b4-5 u16 0.01 % (SMA/Victron, V1.3), 0 = unused
    QByteArray tail;
    bool operator==(const SocSoh &o) const = default;
};

struct Measurements // 0x356
{
    qint16 voltageRaw = 0;             // b0-1 s16 0.01 V
    std::optional<qint16> currentRaw;  // b2-3 s16 0.1 A, + = charge
    std::optional<qint16> tempRaw;     // b4-5 s16 0.1 degC
    QByteArray tail;
    bool operator==(const Measurements &o) const = default;
};

struct ProtectionAlarm // 0x359, Pylon only
{
    quint8 protection1 = 0; // b7 discharge OC, b4 cell UT, b3 cell OT, b2 cell/module UV, b1 cell/module OV
    quint8 protection2 = 0; // b3 system error, b0 charge OC
    quint8 alarm1 = 0;      // b7 discharge high current, b4 low temp, b3 high temp, b2 low voltage, b1 high voltage
    quint8 alarm2 = 0;      // b3 internal communication fail, b0 charge high current
    std::optional<quint8> modules; // b4
    QByteArray tag;         // b5-6: "PN" Pylontech, "PY" Pytes; not validated
    QByteArray tail;
    bool operator==(const ProtectionAlarm &o) const = default;
};

struct RequestFlags // 0x35C, Pylon only
{
    quint8 flags = 0; // b7 charge enable, b6 discharge enable, b5 force charge I, b4 force charge II, b3 full charge request
    QByteArray tail;
    bool operator==(const RequestFlags &o) const = default;
};

// 0x35E manufacturer, 0x370/0x371 BMS name halves, 0x374-0x377 extreme IDs, 0x380/0x381 serial
// number halves (Pytes: AndreasBoehm/PytesCANProtocol README; hoylabs/OpenDTU-OnBattery
// src/battery/pytes/Provider.cpp; a REC Q sends "1Q-1845" in 0x380), 0x382 product family
struct Name
{
    quint32 id = 0;
    QByteArray text;
    bool operator==(const Name &o) const = default;
};

// 0x35A: 2-bit pairs, alarms in bytes 0-3, warnings in 4-7. 01 active, 10 OK, 00/11 not reported.
struct AlarmsWarnings
{
    QByteArray bytes;
    bool operator==(const AlarmsWarnings &o) const = default;
};

struct Events // 0x35B (SMA), meaning unpublished; kept raw
{
    QByteArray bytes;
    bool operator==(const Events &o) const = default;
};

struct BatteryInfo // 0x35F
{
    QByteArray chemistry;                // b0-1 ASCII, "LI" / "Li"
    std::optional<quint8> versionMajor;  // b2
    std::optional<quint8> versionMinor;  // b3
    std::optional<quint16> capacityAh;   // b4-5 u16 Ah
    QByteArray tail;                     // b6-7 reserved / manufacturer id [?]
    bool operator==(const BatteryInfo &o) const = default;
};

struct ModuleCounts // 0x372 (Victron)
{
    quint16 ok = 0;
    std::optional<quint16> blockingCharge;
    std::optional<quint16> blockingDischarge;
    std::optional<quint16> offline;
    QByteArray tail;
    bool operator==(const ModuleCounts &o) const = default;
};

struct CellExtremes // 0x373 (Victron)
{
    quint16 minCellMv = 0;
    std::optional<quint16> maxCellMv;
    std::optional<quint16> minTempK; // u16 K
    std::optional<quint16> maxTempK;
    QByteArray tail;
    bool operator==(const CellExtremes &o) const = default;
};

struct Energy // 0x378: u32 + u32, 0.1 kWh (BYD)
{
    quint32 chargedRaw = 0;
    std::optional<quint32> dischargedRaw;
    QByteArray tail;
    bool operator==(const Energy &o) const = default;
};

struct InstalledCapacity // 0x379 u16 Ah
{
    quint16 capacityAh = 0;
    QByteArray tail;
    bool operator==(const InstalledCapacity &o) const = default;
};

// 0x360 [?]: one byte. hoylabs/OpenDTU-OnBattery (src/battery/pytes/Provider.cpp, commit
// 1bfc0cc6) reads it as the Victron-protocol "charging request", 0xFF = charge now;
// AndreasBoehm/PytesCANProtocol (README, commit 07d39383) saw it always 00 and leaves it "???".
// Layout from one implementation only: described as unverified.
struct ChargeRequest
{
    quint8 flag = 0;
    QByteArray tail;
    bool operator==(const ChargeRequest &o) const = default;
};

struct InverterFrame // 0x305 / 0x306 / 0x307 from the inverter or GX
{
    quint32 id = 0x305;
    QByteArray bytes;
    bool operator==(const InverterFrame &o) const = default;
};

using Message = std::variant<Limits, SocSoh, Measurements, ProtectionAlarm, RequestFlags, Name, AlarmsWarnings, Events,
                             BatteryInfo, ModuleCounts, CellExtremes, Energy, InstalledCapacity, ChargeRequest,
                             InverterFrame>;

// Where an id stands in this protocol (issue: a clean capture of a working REC system is not a
// failure). The protocol's own ranges are 0x350-0x35F (SMA) and 0x370-0x382 (Victron set); its
// documented ids are listed in `decode`, plus 0x360 (Pytes) and the inverter's 0x305-0x307.
//   Defined      a documented id: decoded, or an error when its length or content is wrong
//   Undocumented an id in the protocol's ranges whose contents no public source documents
//                (0x350, 0x352-0x354, 0x357, 0x358, 0x35D, 0x37A-0x37F): kept raw
//   Foreign      anything else: another device on the bus (29-bit ids, remote requests,
//                a BMS's own native protocol such as Pytes 0x400-0x41E)
enum class IdClass { Defined, Undocumented, Foreign };
IdClass classify(const CanFrameData &frame);

CodecResult<Message> decode(const CanFrameData &frame);
CanFrameData encode(const Message &message, quint32 id = 0); // id only needed for Name / InverterFrame

// Frame -> protocol-neutral message. The dialect decides how 0x35A "00" pairs read:
// Pylontech V1.3 sends all-zero for "none" (OK); SMA/Victron "not reported". Undocumented and
// foreign ids describe as messages "undocumented" / "foreign" (ok, flagged, raw bytes kept);
// only a defined id with a wrong length or content is an error.
CodecResult<DecodedMessage> describe(const CanFrameData &frame, Dialect dialect = Dialect::Unknown);

// Parses "351#1402C012C012C201" (candump compact), "351 14 02 ..", a candump log line
// "(1234.5) can0 351#..." or, with defaultId, bare hex data.
CodecResult<CanFrameData> parseText(QByteArrayView text, std::optional<quint32> defaultId = std::nullopt);

} // namespace PylonCan
