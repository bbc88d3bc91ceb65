#pragma once

#include "protocolid.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// No command of BankScope writes a BMS setting (DESIGN §3, issue 18): every request a poll
// scheduler is about to send is checked here, and one that is not a plain read is refused
// before it reaches the wire. Reads: Pylontech 0x4F 0x51 0x42 0x44 0x47 0x92 0x93 0x96 and the
// V3.5 0x60-0x63 (never 0x94 "set", 0x95 "turn off"); JK Modbus FC03 reads, and FC16 only as
// the three bus-master triggers (0x161C/0x161E/0x1620, one register, value 0: what a JK master
// itself sends, jk-bms.md a.6), never FC06 or FC16 elsewhere (0x1108 device address, 0x14B2
// protocol numbers, 0x16xx commands included); JK-B 4E57 read one (0x03) or read all (0x06),
// never write (0x02), password (0x05) or activate (0x01). Plain functions.
namespace RequestSafety {

// Why `request` is not a read (a sentence), or nullopt when it only reads: the protocol
// table's check for the protocol (one of the three below); CAN has none (nothing is sent).
std::optional<QString> whyNotReadOnly(ProtocolId protocol, QByteArrayView request);

std::optional<QString> pylontechRead(QByteArrayView request);
std::optional<QString> modbusRead(QByteArrayView request); // JK Modbus and JK-PB triggers
std::optional<QString> jkLegacyRead(QByteArrayView request);

} // namespace RequestSafety
