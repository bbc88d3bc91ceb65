#include "jkpb.h"

#include "bytes.h"
#include "checksums.h"
#include "hex.h"

#include <QCoreApplication>

namespace JkPb {

namespace {


QString hex4(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')).toUpper();
}

QByteArray withCrc(QByteArray body)
{
    const quint16 crc = Checksums::crc16Modbus(body);
    body.append(char(crc & 0xFF));
    body.append(char(crc >> 8));
    return body;
}

// The frame's last two bytes are the CRC-16/Modbus of the bytes before them, low byte first.
quint16 crcSaid(QByteArrayView bytes)
{
    return quint16(quint8(bytes[bytes.size() - 2]) | quint8(bytes[bytes.size() - 1]) << 8);
}

quint16 crcComputed(QByteArrayView bytes)
{
    return Checksums::crc16Modbus(bytes.first(bytes.size() - 2));
}

// The unit search asks this at every byte of garbage: it builds no message.
bool crcMatches(QByteArrayView bytes)
{
    return crcComputed(bytes) == crcSaid(bytes);
}

std::optional<CodecError> checkCrc(QByteArrayView bytes)
{
    const quint16 computed = crcComputed(bytes);
    const quint16 said = crcSaid(bytes);
    if (computed == said)
        return std::nullopt;
    return CodecError{CodecError::Kind::BadChecksum,
                      QCoreApplication::translate("JkPb", "CRC mismatch: frame says %1, computed %2").arg(hex4(said), hex4(computed))};
}

const char *const kHeader = "\x55\xAA\xEB\x90";

bool isRtuFunction(quint8 fc)
{
    return fc == 0x03 || fc == 0x10 || fc == 0x83 || fc == 0x90;
}

} // namespace

std::optional<CodecError> fragment(QByteArrayView bytes)
{
    const QByteArrayView header(kHeader, 4);
    if (bytes.isEmpty())
        return std::nullopt;
    if (bytes.startsWith(header)) {
        if (bytes.size() >= kRecordSize)
            return std::nullopt;
        return CodecError{CodecError::Kind::Fragment,
                          QCoreApplication::translate("JkPb", "fragment: a record cut short after %1 of its 300 bytes (capture stopped mid-frame)")
                              .arg(bytes.size())};
    }
    // An RTU frame starts with an address and a function JK uses. A piece that does not, and is
    // no frame of another function either (its CRC does not verify), is what a sniff that
    // started or stopped inside a record leaves behind.
    if (bytes.size() >= 2 && isRtuFunction(quint8(bytes[1])))
        return std::nullopt;
    if (bytes.size() >= 4 && crcMatches(bytes))
        return std::nullopt; // a real frame of a function JK does not use: decodeRtu says so
    return CodecError{CodecError::Kind::Fragment,
                      QCoreApplication::translate("JkPb", "fragment: no record header (capture started or stopped mid-frame)")};
}

CodecResult<RtuFrame> decodeRtu(QByteArrayView b)
{
    if (b.size() < 5)
        return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkPb", "a Modbus RTU frame has at least 5 bytes, got %1").arg(b.size())};
    const quint8 address = quint8(b[0]);
    const quint8 fc = quint8(b[1]);
    if (fc & 0x80) {
        if (b.size() != 5)
            return CodecError{CodecError::Kind::BadLength, QCoreApplication::translate("JkPb", "an exception reply has 5 bytes, got %1").arg(b.size())};
        if (auto e = checkCrc(b))
            return *e;
        return RtuFrame(Exception{address, quint8(fc & 0x7F), quint8(b[2])});
    }
    ByteReader r(b.sliced(2));
    if (fc == 0x03) {
        const int byteCount = quint8(b[2]);
        if (b.size() == 5 + byteCount && byteCount % 2 == 0) {
            if (auto e = checkCrc(b))
                return *e;
            return RtuFrame(ReadResponse{address, b.sliced(3, byteCount).toByteArray()});
        }
        if (b.size() == 8) {
            if (auto e = checkCrc(b))
                return *e;
            ReadRequest q{address, r.u16be(), r.u16be()};
            return RtuFrame(q);
        }
        return CodecError{b.size() < 5 + byteCount ? CodecError::Kind::Truncated : CodecError::Kind::BadLength,
                          QCoreApplication::translate("JkPb", "FC03 frame of %1 bytes is neither a request (8) nor a reply (5 + byte count %2)")
                              .arg(b.size())
                              .arg(byteCount)};
    }
    if (fc == 0x10) {
        if (b.size() == 8) {
            if (auto e = checkCrc(b))
                return *e;
            WriteAck a{address, r.u16be(), r.u16be()};
            return RtuFrame(a);
        }
        if (b.size() >= 9) {
            const int byteCount = quint8(b[6]);
            if (b.size() != 9 + byteCount) {
                return CodecError{b.size() < 9 + byteCount ? CodecError::Kind::Truncated : CodecError::Kind::BadLength,
                                  QCoreApplication::translate("JkPb", "FC16 request says %1 data bytes, frame has %2").arg(byteCount).arg(b.size() - 9)};
            }
            if (auto e = checkCrc(b))
                return *e;
            WriteRequest w;
            w.address = address;
            w.start = r.u16be();
            w.quantity = r.u16be();
            w.data = b.sliced(7, byteCount).toByteArray();
            if (w.data.size() != 2 * w.quantity) {
                return CodecError{CodecError::Kind::BadLayout,
                                  QCoreApplication::translate("JkPb", "FC16 writes %1 registers but carries %2 bytes").arg(w.quantity).arg(w.data.size())};
            }
            return RtuFrame(w);
        }
        return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkPb", "FC16 frame of %1 bytes is cut short").arg(b.size())};
    }
    return CodecError{CodecError::Kind::Unsupported,
                      QCoreApplication::translate("JkPb", "Modbus function 0x%1 is not used by JK-PB (only 0x03 and 0x10)").arg(fc, 2, 16, QLatin1Char('0'))};
}

QByteArray encodeRtu(const RtuFrame &frame)
{
    ByteWriter w;
    std::visit(
        [&w](const auto &f) {
            using T = std::decay_t<decltype(f)>;
            if constexpr (std::is_same_v<T, ReadRequest>) {
                w.u8(f.address).u8(0x03).u16be(f.start).u16be(f.quantity);
            } else if constexpr (std::is_same_v<T, ReadResponse>) {
                // Modbus: one FC03 reply carries at most 125 registers (250 bytes): more is cut there.
                const QByteArray data = f.data.left(250);
                w.u8(f.address).u8(0x03).u8(quint32(data.size())).bytes(data);
            } else if constexpr (std::is_same_v<T, WriteRequest>) {
                // ... and one FC16 write at most 123 registers (246 bytes).
                const QByteArray data = f.data.left(246);
                w.u8(f.address).u8(0x10).u16be(f.start).u16be(std::min<quint32>(f.quantity, 123)).u8(quint32(data.size())).bytes(data);
            } else if constexpr (std::is_same_v<T, WriteAck>) {
                w.u8(f.address).u8(0x10).u16be(f.start).u16be(f.quantity);
            } else if constexpr (std::is_same_v<T, Exception>) {
                w.u8(f.address).u8(f.function | 0x80).u8(f.code);
            }
        },
        frame);
    return withCrc(w.data());
}

WriteRequest trigger(quint8 address, quint16 triggerRegister)
{
    return WriteRequest{address, triggerRegister, 1, QByteArray(2, '\0')};
}

bool isTrigger(const WriteRequest &w)
{
    return (w.start == kTriggerAbout || w.start == kTriggerSettings || w.start == kTriggerStatus) && w.quantity == 1;
}

CodecResult<Record> decodeRecord(QByteArrayView b)
{
    if (!b.startsWith(QByteArrayView(kHeader, 4)))
        return CodecError{CodecError::Kind::BadStart, QCoreApplication::translate("JkPb", "a JK record starts 55 AA EB 90")};
    if (b.size() < kRecordSize)
        return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkPb", "a JK record has 300 bytes, got %1").arg(b.size())};
    if (b.size() > kRecordSize)
        return CodecError{CodecError::Kind::TrailingBytes, QCoreApplication::translate("JkPb", "a JK record has 300 bytes, got %1").arg(b.size())};
    const quint8 computed = Checksums::sum8(b.first(kRecordSize - 1));
    const quint8 said = quint8(b[kRecordSize - 1]);
    if (computed != said) {
        return CodecError{CodecError::Kind::BadChecksum,
                          QCoreApplication::translate("JkPb", "checksum mismatch: record says %1, computed %2")
                              .arg(QString::number(said, 16).rightJustified(2, QLatin1Char('0')).toUpper(),
                                   QString::number(computed, 16).rightJustified(2, QLatin1Char('0')).toUpper())};
    }
    const quint8 type = quint8(b[4]);
    if (type < 1 || type > 3)
        return CodecError{CodecError::Kind::BadValue, QCoreApplication::translate("JkPb", "record type %1 is not 1 (settings), 2 (status) or 3 (about)").arg(type)};
    return Record{RecordType(type), quint8(b[5]), b.sliced(6, kRecordSize - 7).toByteArray()};
}

QByteArray encodeRecord(const Record &record)
{
    QByteArray out(kHeader, 4);
    out.append(char(record.type));
    out.append(char(record.byte5));
    QByteArray payload = record.payload.left(kRecordSize - 7);
    payload.append(QByteArray(kRecordSize - 7 - payload.size(), '\0'));
    out.append(payload);
    out.append(char(Checksums::sum8(out)));
    return out;
}

CodecResult<RecordReply> decodeReply(QByteArrayView b)
{
    // record (300) + 0x00 + ACK (8) + 0x00; the filler bytes are tolerated if absent.
    if (b.size() < kRecordSize + 8)
        return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkPb", "a record reply has 310 bytes, got %1").arg(b.size())};
    const auto record = decodeRecord(b.first(kRecordSize));
    if (!record)
        return record.error();
    QByteArrayView rest = b.sliced(kRecordSize);
    if (rest.size() == 10 && rest.front() == '\0' && rest.back() == '\0')
        rest = rest.sliced(1, 8);
    else if (rest.size() == 9 && rest.front() == '\0')
        rest = rest.sliced(1);
    else if (rest.size() == 9 && rest.back() == '\0')
        rest = rest.first(8);
    if (rest.size() != 8)
        return CodecError{CodecError::Kind::BadLength, QCoreApplication::translate("JkPb", "expected the 8-byte FC16 ACK after the record, got %1 bytes").arg(rest.size())};
    const auto ack = decodeRtu(rest);
    if (!ack)
        return ack.error();
    if (!std::holds_alternative<WriteAck>(*ack))
        return CodecError{CodecError::Kind::BadLayout, QCoreApplication::translate("JkPb", "the bytes after the record are not an FC16 ACK")};
    return RecordReply{*record, std::get<WriteAck>(*ack)};
}

QByteArray encodeReply(const RecordReply &reply)
{
    return encodeRecord(reply.record) + QByteArray(1, '\0') + encodeRtu(reply.ack) + QByteArray(1, '\0');
}

QList<JkRegisters::Value> recordValues(const Record &record)
{
    // Payload offset p holds register byte offset p - 6 of the record's block; the payload
    // starts at record byte 6, so payload index i is register offset i.
    const quint16 base = record.type == RecordType::Status ? 0x1200 : 0x1000;
    return JkRegisters::decode(base, record.payload, JkRegisters::ByteOrder::Little);
}

namespace {

void describeAbout(const Record &r, DecodedMessage &d)
{
    // About-record offsets (record bytes): 6 model[16], 22 hardware[8], 30 software[8], 38 run
    // time u32, 42 power-on count u32, 46 device name[16], 78 manufacturing date "YYMMDD",
    // 86 serial (NUL-ended; 46 vs 86 disputed [?]).
    const QByteArray &p = r.payload; // payload index = record offset - 6
    auto ascii = [&p](int recordOffset, int size) { return asciiField(QByteArrayView(p).sliced(recordOffset - 6, size)); };
    ByteReader times(QByteArrayView(p).sliced(38 - 6, 8));
    d.info.model = ascii(6, 16);
    d.fields.insert(QStringLiteral("hardware_version"), ascii(22, 8));
    d.info.firmware = ascii(30, 8);
    d.fields.insert(QStringLiteral("run_time_s"), double(times.u32le()));
    d.fields.insert(QStringLiteral("power_on_count"), double(times.u32le()));
    d.fields.insert(QStringLiteral("device_name"), ascii(46, 16));
    d.fields.insert(QStringLiteral("manufacturing_date"), ascii(78, 8));
    d.info.serial = ascii(86, 11);
    d.fields.insert(QStringLiteral("serial_offset_unverified"), true);
}

void describeRecord(const Record &r, DecodedMessage &d)
{
    static const char *const names[] = {"", "settings-record", "status-record", "about-record"};
    d.message = QString::fromLatin1(names[int(r.type)]);
    d.fields.insert(QStringLiteral("record_byte5"), r.byte5);
    if (r.type == RecordType::About) {
        describeAbout(r, d);
        return;
    }
    JkRegisters::describe(recordValues(r), d);
    if (r.type == RecordType::Settings) {
        // Settings, not live limits: no "limits" object (the JK master's CAN CVL derivation is undocumented [?]).
        d.packs.clear();
        d.carriesAlarms = false;
        d.alarms.clear();
    }
}

} // namespace

CodecResult<DecodedMessage> describe(QByteArrayView bytes, std::optional<quint16> readStart)
{
    DecodedMessage d;
    d.protocol = ProtocolId::JkPb;
    if (auto piece = fragment(bytes))
        return *piece;
    if (bytes.startsWith(QByteArrayView(kHeader, 4))) {
        if (bytes.size() > kRecordSize) {
            const auto reply = decodeReply(bytes);
            if (!reply)
                return reply.error();
            d.direction = QStringLiteral("response");
            d.address = reply->ack.address; // the record itself carries no address
            describeRecord(reply->record, d);
            if (!d.packs.isEmpty())
                d.packs.first().address = d.address;
            return d;
        }
        const auto record = decodeRecord(bytes);
        if (!record)
            return record.error();
        d.direction = QStringLiteral("response");
        describeRecord(*record, d);
        d.fields.insert(QStringLiteral("responder_unknown"), true); // no trailing ACK given
        return d;
    }
    const auto rtu = decodeRtu(bytes);
    if (!rtu)
        return rtu.error();
    std::visit(
        [&](const auto &f) {
            using T = std::decay_t<decltype(f)>;
            d.address = f.address;
            if constexpr (std::is_same_v<T, ReadRequest>) {
                d.protocol = ProtocolId::JkModbus;
                d.direction = QStringLiteral("request");
                d.message = QStringLiteral("read-registers");
                d.fields.insert(QStringLiteral("start_register"), QStringLiteral("0x%1").arg(hex4(f.start)));
                d.fields.insert(QStringLiteral("quantity"), f.quantity);
                d.fields.insert(QStringLiteral("byte_count"), 2 * f.quantity);
            } else if constexpr (std::is_same_v<T, ReadResponse>) {
                d.protocol = ProtocolId::JkModbus;
                d.direction = QStringLiteral("response");
                d.message = QStringLiteral("read-registers");
                d.fields.insert(QStringLiteral("byte_count"), int(f.data.size()));
                if (readStart) {
                    d.fields.insert(QStringLiteral("start_register"), QStringLiteral("0x%1").arg(hex4(*readStart)));
                    JkRegisters::describe(JkRegisters::decode(*readStart, f.data, JkRegisters::ByteOrder::Big), d);
                    d.packs.first().address = f.address;
                } else {
                    d.fields.insert(QStringLiteral("data_hex"), QString::fromLatin1(Hex::upper(f.data)));
                    d.fields.insert(QStringLiteral("start_register_unknown"), true);
                }
            } else if constexpr (std::is_same_v<T, WriteRequest>) {
                d.direction = QStringLiteral("request");
                if (isTrigger(f)) {
                    d.message = f.start == kTriggerStatus ? QStringLiteral("status-trigger")
                        : f.start == kTriggerSettings    ? QStringLiteral("settings-trigger")
                                                          : QStringLiteral("about-trigger");
                } else {
                    d.protocol = ProtocolId::JkModbus;
                    d.message = QStringLiteral("write-registers");
                    d.fields.insert(QStringLiteral("data_hex"), QString::fromLatin1(Hex::upper(f.data)));
                }
                d.fields.insert(QStringLiteral("start_register"), QStringLiteral("0x%1").arg(hex4(f.start)));
                d.fields.insert(QStringLiteral("quantity"), f.quantity);
            } else if constexpr (std::is_same_v<T, WriteAck>) {
                d.direction = QStringLiteral("response");
                d.message = QStringLiteral("write-ack");
                d.fields.insert(QStringLiteral("start_register"), QStringLiteral("0x%1").arg(hex4(f.start)));
                d.fields.insert(QStringLiteral("quantity"), f.quantity);
            } else if constexpr (std::is_same_v<T, Exception>) {
                d.protocol = ProtocolId::JkModbus;
                d.direction = QStringLiteral("response");
                d.message = QStringLiteral("exception");
                static const char *const codes[] = {"", "illegal-function", "illegal-address", "illegal-value", "crc-error"};
                d.fields.insert(QStringLiteral("function"), f.function);
                d.fields.insert(QStringLiteral("exception_code"), f.code);
                d.fields.insert(QStringLiteral("exception_name"),
                                f.code >= 1 && f.code <= 4 ? QString::fromLatin1(codes[f.code]) : QStringLiteral("unknown"));
            }
        },
        *rtu);
    return d;
}

Framer::Framer(qsizetype maxBuffer)
    : m_max(maxBuffer)
{
}

namespace {

// Length of a complete unit at the start of `v` (a record, or an RTU frame whose CRC
// verifies), or 0; `wait` is set when more bytes could still complete one.
qsizetype unitAt(QByteArrayView v, bool &wait)
{
    wait = false;
    const QByteArrayView header(kHeader, 4);
    if (v.size() >= 4 && v.startsWith(header)) {
        wait = v.size() < kRecordSize;
        return wait ? 0 : kRecordSize;
    }
    if (v.size() < 4 && header.startsWith(v)) {
        wait = true;
        return 0;
    }
    if (v.size() < 2) {
        wait = !v.isEmpty() && v.front() != '\0';
        return 0;
    }
    const quint8 fc = quint8(v[1]);
    qsizetype lengths[2] = {0, 0}; // the lengths a frame of this function can have; 0: none
    if (fc == 0x03) {
        lengths[0] = 8;
        if (v.size() >= 3)
            lengths[1] = 5 + quint8(v[2]);
        else
            wait = true;
    } else if (fc == 0x10) {
        lengths[0] = 8;
        if (v.size() >= 7)
            lengths[1] = 9 + quint8(v[6]);
        else
            wait = true;
    } else if (fc == 0x83 || fc == 0x90) {
        lengths[0] = 5;
    }
    for (qsizetype n : lengths) {
        if (n == 0)
            continue;
        if (n > v.size())
            wait = true;
        else if (crcMatches(v.first(n)))
            return n;
    }
    return 0;
}

} // namespace

QList<QByteArray> Framer::feed(QByteArrayView bytes)
{
    QList<QByteArray> units;
    for (Unit &u : feedUnits(bytes))
        if (!u.fragment)
            units.append(std::move(u.bytes));
    return units;
}

void Framer::drop(qsizetype n)
{
    // 0x00 fillers between a record and its ACK are part of the protocol, not lost bytes of a
    // frame: a run of them alone is no fragment. Any other byte makes the run one (kept whole,
    // zeros included, up to kMaxFragment bytes).
    for (qsizetype i = 0; i < n; ++i) {
        m_runHasData |= m_buffer[i] != '\0';
        if (m_run.size() < kMaxFragment)
            m_run.append(m_buffer[i]);
    }
    m_buffer.remove(0, n);
    m_discarded += quint64(n);
    forgetSearch();
}

void Framer::forgetSearch()
{
    m_searched = 1;
    m_waiting.clear();
}

qsizetype Framer::nextUnitStart()
{
    // The first position after the head where a complete unit starts, or 0. A position that
    // neither holds a unit nor waits for bytes never will (its first bytes decide it), except
    // the last byte: alone it cannot say whether it starts a frame, so it is looked at again.
    const QByteArrayView v(m_buffer);
    QList<qsizetype> stillWaiting;
    for (qsizetype k : std::as_const(m_waiting)) {
        bool w = false;
        if (unitAt(v.sliced(k), w) > 0)
            return k;
        if (w)
            stillWaiting.append(k);
    }
    for (qsizetype k = m_searched; k < v.size(); ++k) {
        bool w = false;
        if (unitAt(v.sliced(k), w) > 0)
            return k;
        if (w && k < v.size() - 1)
            stillWaiting.append(k);
    }
    m_waiting = std::move(stillWaiting);
    m_searched = std::max<qsizetype>(1, v.size() - 1);
    return 0;
}

void Framer::closeRun(QList<Unit> &out)
{
    if (m_runHasData) {
        ++m_fragments;
        // Fillers before the piece are not part of it.
        qsizetype lead = 0;
        while (lead < m_run.size() && m_run[lead] == '\0')
            ++lead;
        out.append(Unit{m_run.mid(lead), true});
    }
    m_run.clear();
    m_runHasData = false;
}

QList<Framer::Unit> Framer::feedUnits(QByteArrayView bytes)
{
    QList<Unit> units;
    m_buffer.append(bytes);
    while (!m_buffer.isEmpty()) {
        bool wait = false;
        const qsizetype n = unitAt(m_buffer, wait);
        if (n > 0) {
            closeRun(units);
            units.append(Unit{m_buffer.left(n), false});
            m_buffer.remove(0, n);
            forgetSearch();
            ++m_units;
            continue;
        }
        if (wait && m_buffer.size() < m_max) {
            // Garbage can look like the start of a long frame. If a complete unit already
            // starts further on, the bytes before it cannot be a frame: drop them now rather
            // than hold that unit back until more traffic arrives.
            const qsizetype next = nextUnitStart();
            if (!next)
                break;
            drop(next);
            continue;
        }
        // Nothing starts here: drop one byte and look again.
        drop(1);
    }
    return units;
}

quint64 Framer::flush()
{
    QList<Unit> ignored;
    return flushUnits(ignored);
}

quint64 Framer::flushUnits(QList<Unit> &out)
{
    // Whatever is left cannot be completed any more: the capture stopped inside it.
    const quint64 dropped = quint64(m_buffer.size());
    drop(m_buffer.size());
    closeRun(out);
    return dropped;
}

} // namespace JkPb
