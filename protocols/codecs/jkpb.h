#pragma once

#include "codecerror.h"
#include "decodedmessage.h"
#include "jkregisters.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

// JK-PB on RS485 (fact sheet jk-bms.md a.4-a.7): Modbus RTU (FC03 reads, FC16 writes, the
// FC16 "bus master" triggers to 0x161C/0x161E/0x1620) and the 300-byte 0x55AA records a
// pack answers a trigger with. CRC-16/MODBUS low byte first; record sum-8 in byte 299.
namespace JkPb {

// --- Modbus RTU ---------------------------------------------------------------------------

struct ReadRequest // FC03: addr 03 regHi regLo qtyHi qtyLo crc
{
    quint8 address = 1;
    quint16 start = 0;    // JK byte-offset register address
    quint16 quantity = 0; // 16-bit words; the reply carries 2 bytes per word from `start` on
    bool operator==(const ReadRequest &o) const = default;
};

struct ReadResponse // FC03 reply: addr 03 byteCount data crc
{
    quint8 address = 1;
    QByteArray data;
    bool operator==(const ReadResponse &o) const = default;
};

struct WriteRequest // FC16: addr 10 regHi regLo qtyHi qtyLo byteCount data crc
{
    quint8 address = 1;
    quint16 start = 0;
    quint16 quantity = 0;
    QByteArray data;
    bool operator==(const WriteRequest &o) const = default;
};

struct WriteAck // FC16 reply: addr 10 regHi regLo qtyHi qtyLo crc
{
    quint8 address = 1;
    quint16 start = 0;
    quint16 quantity = 0;
    bool operator==(const WriteAck &o) const = default;
};

struct Exception // addr (fc | 0x80) code crc; codes 1 illegal function, 2 address, 3 value, 4 CRC
{
    quint8 address = 1;
    quint8 function = 0x03;
    quint8 code = 0;
    bool operator==(const Exception &o) const = default;
};

using RtuFrame = std::variant<ReadRequest, ReadResponse, WriteRequest, WriteAck, Exception>;

// One complete RTU frame, CRC included. Which of request / reply it is follows from its length.
CodecResult<RtuFrame> decodeRtu(QByteArrayView bytes);
QByteArray encodeRtu(const RtuFrame &frame);

// Bus-master triggers: FC16 writing 0x0000 to one register.
constexpr quint16 kTriggerAbout = 0x161C;
constexpr quint16 kTriggerSettings = 0x161E;
constexpr quint16 kTriggerStatus = 0x1620;
WriteRequest trigger(quint8 address, quint16 triggerRegister);
bool isTrigger(const WriteRequest &w);

// --- 0x55AA records -----------------------------------------------------------------------

enum class RecordType : quint8 { Settings = 1, Status = 2, About = 3 };

struct Record
{
    RecordType type = RecordType::Status;
    quint8 byte5 = 0;       // not fixed (0x00, 0x05 or a counter): kept, never interpreted
    QByteArray payload;     // bytes 6..298 (293 bytes), little-endian fields
    bool operator==(const Record &o) const = default;
};
constexpr int kRecordSize = 300;

CodecResult<Record> decodeRecord(QByteArrayView bytes); // exactly 300 bytes
QByteArray encodeRecord(const Record &record);         // 300 bytes, sum in byte 299

// A pack's whole answer to a trigger: record, 0x00, the 8-byte FC16 ACK naming the
// responder's address, 0x00.
struct RecordReply
{
    Record record;
    WriteAck ack;
    bool operator==(const RecordReply &o) const = default;
};
CodecResult<RecordReply> decodeReply(QByteArrayView bytes);
QByteArray encodeReply(const RecordReply &reply);

// Decoded record values: status and settings go through the register table at offset + 6.
QList<JkRegisters::Value> recordValues(const Record &record);

// --- description --------------------------------------------------------------------------

// Any JK-PB unit on the wire: an RTU frame, a record, or a record + ACK reply. For an FC03
// reply the start register comes from the request when known (pairing); otherwise the data
// is reported raw.
CodecResult<DecodedMessage> describe(QByteArrayView bytes, std::optional<quint16> readStart = std::nullopt);

// A piece a sniff leaves when it starts or stops inside a record: a record shorter than 300
// bytes, or bytes that start neither a record nor an RTU frame (nor verify as a frame of another
// function). A Fragment error naming it, or nothing when `bytes` is not one.
std::optional<CodecError> fragment(QByteArrayView bytes);

// Splits the RS485-2 byte stream (records, triggers, ACKs, FC03 traffic) into units: a 300-byte
// record starting 55 AA EB 90, or an RTU frame whose CRC verifies. Filler 0x00 bytes are
// dropped; any other bytes dropped before a unit (or left when the line goes idle) are a
// fragment: the rest of a frame whose start was not captured. Both are counted, fragments also
// come out as units of their own (feedUnits). Not thread-safe; one per stream.
class Framer
{
public:
    struct Unit
    {
        QByteArray bytes; // a fragment keeps at most its first 512 bytes
        bool fragment = false;
    };

    explicit Framer(qsizetype maxBuffer = 4096);
    QList<QByteArray> feed(QByteArrayView bytes); // complete units only
    QList<Unit> feedUnits(QByteArrayView bytes);  // units and fragments, in wire order
    // The line went idle (Modbus: 3.5 characters of silence): whatever is buffered cannot be
    // completed any more. Returns the bytes dropped.
    quint64 flush();
    quint64 flushUnits(QList<Unit> &fragments);
    quint64 discardedBytes() const { return m_discarded; }
    quint64 unitsOut() const { return m_units; }
    quint64 fragments() const { return m_fragments; }

private:
    static constexpr qsizetype kMaxFragment = 512;
    void drop(qsizetype n);
    void closeRun(QList<Unit> &out);
    void forgetSearch();
    qsizetype nextUnitStart();

    QByteArray m_buffer;
    qsizetype m_max;
    quint64 m_discarded = 0;
    quint64 m_units = 0;
    quint64 m_fragments = 0;
    QByteArray m_run; // bytes dropped since the last unit
    bool m_runHasData = false; // some of them are not 0x00 fillers
    // While the unit at the head waits for more bytes, what the search further on already
    // knows: positions before m_searched start no unit now or ever, except those in m_waiting
    // (ascending), which more bytes could still complete. Forgotten when the head moves.
    qsizetype m_searched = 1;
    QList<qsizetype> m_waiting;
};

} // namespace JkPb
