#pragma once

#include "codecerror.h"
#include "decodedmessage.h"

#include <QByteArray>
#include <QList>

// JK-B / JK-BD "4E 57" monitoring protocol (fact sheet jk-bms.md b). Big-endian.
//   4E 57 | LEN u16 (bytes after STX, LEN and checksum included) | terminal u32 | command u8 |
//   source u8 | type u8 | info | record number u32 | 68 | 00 00 + u16 sum of STX..68
namespace JkLegacy {

struct Item
{
    quint8 id = 0;
    QByteArray value; // raw bytes (for 0x79 without its length byte)
    bool operator==(const Item &o) const = default;
};

struct Frame
{
    quint32 terminal = 0;
    quint8 command = 0x06;  // 01 activate, 02 write, 03 read one, 05 password, 06 read all
    quint8 source = 0x03;   // 0 BMS, 1 Bluetooth, 2 GPS, 3 PC
    quint8 type = 0x00;     // 0 request, 1 response, 2 unsolicited upload
    QByteArray info;        // request: one data ID; response/write: ID, value pairs
    quint32 recordNumber = 0;
    quint16 checksumReserved = 0; // first two checksum bytes, "00 00 (CRC reserved)"; kept as sent
    bool operator==(const Frame &o) const = default;
};

CodecResult<Frame> decode(QByteArrayView bytes);
QByteArray encode(const Frame &frame);
Frame readAllRequest(quint8 source = 0x03);

// Splits INFO into ID/value items by the data-ID table (b.2); an unknown ID stops the walk
// with an error because the value size is not known.
CodecResult<QList<Item>> items(QByteArrayView info);
QByteArray encodeItems(const QList<Item> &items);

// Temperature 0x80-0x82: 0..100 = degrees C, > 100 = 100 - raw (b.3).
double temperatureC(quint16 raw);
// Current 0x84. Protocol version 1: bit 15 = charge, bits 0-14 x 10 mA. Version 0 or absent:
// (10000 - raw) x 0.01 A, unconfirmed on a real frame [?].
double currentA(quint16 raw, int protocolVersion);

CodecResult<DecodedMessage> describe(QByteArrayView bytes);

// Stream framer: finds 4E 57, reads LEN, emits LEN + 2 bytes; resynchronises on garbage and
// caps frames at maxFrame bytes. Not thread-safe; one per stream.
class Framer
{
public:
    explicit Framer(qsizetype maxFrame = 1024);
    QList<QByteArray> feed(QByteArrayView bytes);
    quint64 discardedBytes() const { return m_discarded; }

private:
    QByteArray m_buffer;
    qsizetype m_max;
    quint64 m_discarded = 0;
};

} // namespace JkLegacy
