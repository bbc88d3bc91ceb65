#pragma once

#include <QList>
#include <QString>

#include <optional>

// The wire protocols BankScope speaks, named as on the command line and in recordings (one
// table in protocolid.cpp). What BankScope does with each on a link (speeds, poll plans, scans,
// listen windows) is the links' protocol table, protocols/links/protocoltable.h.
enum class ProtocolId {
    PylontechRs485, // Pylontech LV RS485 ASCII (CID1 0x46), V3.3/V3.5
    PylonCan,       // Pylon LV CAN V1.2, Pylontech "V1.3", SMA/Victron dialect
    JkModbus,       // JK-PB Modbus RTU register map
    JkPb,           // JK-PB bus-master FC16 triggers and 0x55AA records
    JkLegacy,       // JK-B / JK-BD 4E57 protocol
};

namespace ProtocolNames {
QList<ProtocolId> all();
QString name(ProtocolId id); // "pylontech-rs485", ...
std::optional<ProtocolId> fromName(const QString &name);
QString label(ProtocolId id); // translated
} // namespace ProtocolNames
