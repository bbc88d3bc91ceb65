#include "jklegacy.h"

#include "bytes.h"
#include "checksums.h"
#include "hex.h"

#include <QCoreApplication>

namespace JkLegacy {

namespace {


// Value size of each data ID (b.2); 0x79 is variable (length byte first).
int valueSize(quint8 id)
{
    switch (id) {
    case 0x85: case 0x86: case 0x9D: case 0xA9: case 0xAB: case 0xAC: case 0xAE: case 0xAF: case 0xB1:
    case 0xB3: case 0xB8: case 0xBB: case 0xBC: case 0xBD: case 0xC0:
        return 1;
    case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x87: case 0x8A: case 0x8B: case 0x8C:
    case 0x8E: case 0x8F: case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96:
    case 0x97: case 0x98: case 0x99: case 0x9A: case 0x9B: case 0x9C: case 0x9E: case 0x9F: case 0xA0:
    case 0xA1: case 0xA2: case 0xA3: case 0xA4: case 0xA5: case 0xA6: case 0xA7: case 0xA8: case 0xAD:
    case 0xB0: case 0xBE: case 0xBF:
        return 2;
    case 0x89: case 0xAA: case 0xB5: case 0xB6: case 0xB9:
        return 4;
    case 0xB4:
        return 8;
    case 0xB2:
        return 10;
    case 0xB7:
        return 15;
    case 0xBA:
        return 24;
    default:
        return -1;
    }
}

constexpr int kOverhead = 20; // STX 2 + LEN 2 + terminal 4 + cmd/src/type 3 + record 4 + 68 1 + checksum 4

quint16 be16(const QByteArray &v)
{
    return v.size() >= 2 ? quint16(quint8(v[0]) << 8 | quint8(v[1])) : quint16(v.isEmpty() ? 0 : quint8(v[0]));
}

quint32 be32(const QByteArray &v)
{
    quint32 out = 0;
    for (char c : v)
        out = out << 8 | quint8(c);
    return out;
}

} // namespace

CodecResult<Frame> decode(QByteArrayView b)
{
    if (b.size() < 2 || quint8(b[0]) != 0x4E || quint8(b[1]) != 0x57)
        return CodecError{CodecError::Kind::BadStart, QCoreApplication::translate("JkLegacy", "a JK-B frame starts 4E 57")};
    if (b.size() < kOverhead)
        return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkLegacy", "a JK-B frame has at least %1 bytes, got %2").arg(kOverhead).arg(b.size())};
    const int length = quint8(b[2]) << 8 | quint8(b[3]);
    if (b.size() != length + 2) {
        return CodecError{b.size() < length + 2 ? CodecError::Kind::Truncated : CodecError::Kind::TrailingBytes,
                          QCoreApplication::translate("JkLegacy", "length mismatch: LEN says %1 bytes in all, frame has %2").arg(length + 2).arg(b.size())};
    }
    if (quint8(b[b.size() - 5]) != 0x68)
        return CodecError{CodecError::Kind::BadEnd, QCoreApplication::translate("JkLegacy", "end mark 0x68 missing before the checksum")};
    const quint16 said = quint16(quint8(b[b.size() - 2]) << 8 | quint8(b[b.size() - 1]));
    const quint16 computed = Checksums::sum16(b.first(b.size() - 4));
    if (said != computed) {
        return CodecError{CodecError::Kind::BadChecksum,
                          QCoreApplication::translate("JkLegacy", "checksum mismatch: frame says %1, computed %2")
                              .arg(QString::number(said, 16).rightJustified(4, QLatin1Char('0')).toUpper(),
                                   QString::number(computed, 16).rightJustified(4, QLatin1Char('0')).toUpper())};
    }
    ByteReader r(b.sliced(4));
    Frame f;
    f.terminal = r.u32be();
    f.command = r.u8();
    f.source = r.u8();
    f.type = r.u8();
    f.info = r.bytes(b.size() - kOverhead);
    f.recordNumber = r.u32be();
    r.u8(); // 0x68, checked above
    f.checksumReserved = r.u16be();
    return f;
}

QByteArray encode(const Frame &f)
{
    // LEN is a u16: at most 0xFFFF - 18 bytes of INFO fit; more is cut there, never wrapped.
    const QByteArrayView info = QByteArrayView(f.info).first(std::min<qsizetype>(f.info.size(), 0xFFFF - (kOverhead - 2)));
    ByteWriter w;
    w.u8(0x4E).u8(0x57).u16be(quint32(info.size() + kOverhead - 2)).u32be(f.terminal);
    w.u8(f.command).u8(f.source).u8(f.type).bytes(info).u32be(f.recordNumber).u8(0x68);
    QByteArray out = w.data();
    const quint16 sum = Checksums::sum16(out);
    out.append(char(f.checksumReserved >> 8)).append(char(f.checksumReserved & 0xFF));
    out.append(char(sum >> 8)).append(char(sum & 0xFF));
    return out;
}

Frame readAllRequest(quint8 source)
{
    Frame f;
    f.command = 0x06;
    f.source = source;
    f.type = 0x00;
    f.info = QByteArray(1, '\0');
    return f;
}

CodecResult<QList<Item>> items(QByteArrayView info)
{
    QList<Item> out;
    qsizetype i = 0;
    while (i < info.size()) {
        const quint8 id = quint8(info[i]);
        qsizetype size = valueSize(id);
        qsizetype start = i + 1;
        if (id == 0x79) {
            if (start >= info.size())
                return CodecError{CodecError::Kind::Truncated, QCoreApplication::translate("JkLegacy", "cell list 0x79 without its length byte")};
            size = quint8(info[start]);
            ++start;
            if (size % 3 != 0)
                return CodecError{CodecError::Kind::BadLayout, QCoreApplication::translate("JkLegacy", "cell list length %1 is not a multiple of 3").arg(size)};
        }
        if (size < 0) {
            return CodecError{CodecError::Kind::Unsupported,
                              QCoreApplication::translate("JkLegacy", "unknown data ID 0x%1 at INFO offset %2: its size is not known").arg(id, 2, 16, QLatin1Char('0')).arg(i)};
        }
        if (start + size > info.size()) {
            return CodecError{CodecError::Kind::Truncated,
                              QCoreApplication::translate("JkLegacy", "data ID 0x%1 needs %2 bytes, %3 left").arg(id, 2, 16, QLatin1Char('0')).arg(size).arg(info.size() - start)};
        }
        out.append(Item{id, info.sliced(start, size).toByteArray()});
        i = start + size;
    }
    return out;
}

QByteArray encodeItems(const QList<Item> &list)
{
    QByteArray out;
    for (const Item &item : list) {
        out.append(char(item.id));
        if (item.id == 0x79) {
            // Its length byte counts at most 255 bytes (85 cells): a longer list is cut there.
            const QByteArray cells = item.value.left(0xFF);
            out.append(char(cells.size()));
            out.append(cells);
            continue;
        }
        out.append(item.value);
    }
    return out;
}

double temperatureC(quint16 raw)
{
    return raw <= 100 ? double(raw) : 100.0 - double(raw);
}

double currentA(quint16 raw, int protocolVersion)
{
    if (protocolVersion >= 1) {
        const double magnitude = (raw & 0x7FFF) * 0.01;
        return (raw & 0x8000) ? magnitude : -magnitude;
    }
    return (10000.0 - raw) * 0.01;
}

CodecResult<DecodedMessage> describe(QByteArrayView bytes)
{
    const auto frame = decode(bytes);
    if (!frame)
        return frame.error();
    DecodedMessage d;
    d.protocol = ProtocolId::JkLegacy;
    static const char *const commands[] = {"", "activate", "write", "read", "", "password", "read-all"};
    d.message = frame->command <= 6 && commands[frame->command][0] ? QString::fromLatin1(commands[frame->command])
                                                                  : QStringLiteral("command-%1").arg(frame->command);
    static const char *const types[] = {"request", "response", "upload"};
    d.direction = frame->type <= 2 ? QString::fromLatin1(types[frame->type]) : QStringLiteral("unknown");
    d.fields.insert(QStringLiteral("source"), frame->source);
    d.fields.insert(QStringLiteral("terminal"), double(frame->terminal));
    d.fields.insert(QStringLiteral("record_number"), double(frame->recordNumber));
    if (frame->type == 0 && frame->command != 0x02) {
        if (!frame->info.isEmpty())
            d.fields.insert(QStringLiteral("data_id"), quint8(frame->info[0]));
        return d;
    }
    const auto list = items(frame->info);
    if (!list)
        return list.error();
    int protocolVersion = 0;
    bool versionKnown = false;
    for (const Item &it : *list) {
        if (it.id == 0xC0) {
            protocolVersion = quint8(it.value[0]);
            versionKnown = true;
        }
    }
    DecodedPack p;
    for (const Item &it : *list) {
        const quint16 v16 = be16(it.value);
        switch (it.id) {
        case 0x79:
            for (qsizetype i = 0; i + 2 < it.value.size(); i += 3)
                p.cellsMv.append(quint8(it.value[i + 1]) << 8 | quint8(it.value[i + 2]));
            break;
        case 0x80:
            d.fields.insert(QStringLiteral("mos_temp_C"), temperatureC(v16));
            break;
        case 0x81:
        case 0x82:
            p.tempsC.append(temperatureC(v16));
            if (v16 >= 99 && v16 <= 101)
                d.fields.insert(QStringLiteral("temperature_edge_uncertain"), true); // +-1 C between decoders
            break;
        case 0x83:
            p.voltageV = v16 * 0.01;
            break;
        case 0x84:
            p.currentA = currentA(v16, protocolVersion);
            if (!versionKnown || protocolVersion == 0)
                d.fields.insert(QStringLiteral("current_encoding_unverified"), true);
            break;
        case 0x85:
            p.socPct = quint8(it.value[0]);
            break;
        case 0x87:
            p.cycles = v16;
            break;
        case 0x8A:
            d.fields.insert(QStringLiteral("cell_count"), v16);
            break;
        case 0x8B: {
            d.carriesAlarms = true;
            static const char *const bits[14] = {"low-capacity", "mosfet-overtemperature", "pack-overvoltage",
                                                 "pack-undervoltage", "overtemperature", "charge-overcurrent",
                                                 "discharge-overcurrent", "cell-imbalance", "overtemperature",
                                                 "undertemperature", "cell-overvoltage", "cell-undervoltage",
                                                 "protection-309a", "protection-309b"};
            for (int b = 0; b < 14; ++b) {
                const QString name = QString::fromLatin1(bits[b]);
                if ((v16 & (1 << b)) && !p.alarms.contains(name))
                    p.alarms.append(name);
            }
            d.alarms = p.alarms;
            d.fields.insert(QStringLiteral("warning_bits"), v16);
            break;
        }
        case 0x8C:
            d.status.chargeEnabled = (v16 & 0x1) != 0;
            d.status.dischargeEnabled = (v16 & 0x2) != 0;
            d.fields.insert(QStringLiteral("balancer_on"), (v16 & 0x4) != 0);
            d.fields.insert(QStringLiteral("battery_connected"), (v16 & 0x8) != 0);
            break;
        case 0xAA:
            p.fullAh = be32(it.value);
            d.fields.insert(QStringLiteral("capacity_setting_Ah"), double(be32(it.value)));
            break;
        case 0xB9:
            d.fields.insert(QStringLiteral("actual_capacity_Ah"), double(be32(it.value)));
            break;
        case 0xB4:
            d.fields.insert(QStringLiteral("device_id"), asciiField(it.value));
            break;
        case 0xB7:
            d.info.firmware = asciiField(it.value);
            break;
        case 0xBA:
            d.info.manufacturer = asciiField(it.value);
            break;
        case 0xB5:
            d.fields.insert(QStringLiteral("production_date"), asciiField(it.value));
            break;
        case 0xB2:
            break; // the parameter password is never printed
        case 0xC0:
            d.fields.insert(QStringLiteral("protocol_version"), protocolVersion);
            break;
        case 0x8E: case 0x8F:
            d.fields.insert(QStringLiteral("id_%1_V").arg(it.id, 2, 16, QLatin1Char('0')), v16 * 0.01);
            break;
        case 0xA5: case 0xA6: case 0xA7: case 0xA8:
            d.fields.insert(QStringLiteral("id_%1").arg(it.id, 2, 16, QLatin1Char('0')), qint16(v16));
            break;
        default:
            d.fields.insert(QStringLiteral("id_%1").arg(it.id, 2, 16, QLatin1Char('0')),
                            it.value.size() <= 4 ? QVariant(double(be32(it.value))) : QVariant(asciiField(it.value)));
            break;
        }
    }
    if (!p.cellsMv.isEmpty() || p.voltageV)
        d.packs.append(p);
    return d;
}

Framer::Framer(qsizetype maxFrame)
    : m_max(maxFrame)
{
}

QList<QByteArray> Framer::feed(QByteArrayView bytes)
{
    QList<QByteArray> frames;
    m_buffer.append(bytes);
    while (!m_buffer.isEmpty()) {
        if (quint8(m_buffer[0]) != 0x4E || (m_buffer.size() >= 2 && quint8(m_buffer[1]) != 0x57)) {
            m_buffer.remove(0, 1);
            ++m_discarded;
            continue;
        }
        if (m_buffer.size() < 4)
            break;
        const qsizetype total = (quint8(m_buffer[2]) << 8 | quint8(m_buffer[3])) + 2;
        if (total < kOverhead || total > m_max) {
            m_buffer.remove(0, 1);
            ++m_discarded;
            continue;
        }
        if (m_buffer.size() < total)
            break;
        frames.append(m_buffer.left(total));
        m_buffer.remove(0, total);
    }
    return frames;
}

} // namespace JkLegacy
