#pragma once

#include "decodedmessage.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

// The JK-PB register map (fact sheet jk-bms.md a.4). JK numbers registers by BYTE OFFSET:
// address = block base + byte offset, so a u32 at 0x1290 is followed by 0x1294, and a reply
// to FC03 at address A carries the bytes of offsets A, A+1, ... This file is the one place
// that turns (address, bytes) into fields; the Modbus codec reads them big-endian from a
// reply, the 0x55AA record reads the same offsets little-endian at payload offset + 6.
namespace JkRegisters {

enum class Type { U8, S8, U16, S16, U32, S32, Ascii };
enum class Block { Settings = 0x1000, Status = 0x1200, Info = 0x1400 };

struct Field
{
    quint16 address; // JK byte-offset register address
    Type type;
    int size;        // bytes
    double scale;    // value = raw x scale
    const char *name;
    const char *unit;
};

// Every field of the map this codec knows, ordered by address.
const QList<Field> &fields();
const Field *field(const char *name);

enum class ByteOrder { Big, Little };

struct Value
{
    const Field *field;
    QVariant value; // double for numbers (scaled), QString for ASCII, quint32 for bitmasks
};

// Fields wholly inside `bytes`, which hold the registers from `startAddress` on.
QList<Value> decode(quint16 startAddress, QByteArrayView bytes, ByteOrder order);
// Writes a field's raw value into bytes laid out from startAddress (for emulators and tests).
void encode(const Field &f, quint16 startAddress, QByteArray &bytes, ByteOrder order, double value);

// Protocol-neutral picture of decoded status / settings values, merged into `message`.
void describe(const QList<Value> &values, DecodedMessage &message);

// Alarm bitmask 0x12A0 (bit -> name), core fault names where one fits.
QStringList alarmNames(quint32 mask);

} // namespace JkRegisters
