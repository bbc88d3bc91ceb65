#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// Integrity checks of every protocol, with their full parameters.
namespace Checksums {

// Pylontech RS485 LCHKSUM: the three nibbles of the 12-bit LENID summed modulo 16, then
// two's-complemented within 4 bits: (-(n2 + n1 + n0)) & 0xF. LENID 0 gives 0.
quint8 pylontechLength(quint16 lenid);

// Pylontech RS485 CHKSUM: sum of the ASCII codes of every character after '~' up to the
// checksum (VER..INFO as text), modulo 65536, two's-complemented: (-sum) & 0xFFFF.
quint16 pylontech(QByteArrayView asciiBody);

// CRC-16/MODBUS: polynomial 0x8005 reflected (0xA001), init 0xFFFF, input and output
// reflected, no final XOR. Sent low byte first. Check value for "123456789" is 0x4B37.
quint16 crc16Modbus(QByteArrayView bytes);

// JK 0x55AA record: 8-bit sum of the bytes, modulo 256.
quint8 sum8(QByteArrayView bytes);

// JK-B 4E57: 16-bit plain sum of the bytes, modulo 65536.
quint16 sum16(QByteArrayView bytes);

} // namespace Checksums
