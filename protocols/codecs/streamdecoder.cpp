#include "streamdecoder.h"

#include "pylontechmessages.h"

#include <QCoreApplication>

#include <atomic>
#include <cstring>

StreamDecoder::StreamDecoder(ProtocolId protocol, std::optional<quint16> jkReadStart)
    : m_protocol(protocol)
    , m_defaultReadStart(jkReadStart)
{
}

StreamDecoder::Stats StreamDecoder::stats() const
{
    Stats s = m_stats;
    s.discardedBytes = m_pylontechFramer.discardedBytes() + m_jkFramer.discardedBytes() + m_legacyFramer.discardedBytes();
    // The Pylontech framer only counts its fragments (the JK ones come out as items).
    s.fragments += m_pylontechFramer.fragments();
    s.units += m_pylontechFramer.fragments();
    return s;
}

StreamDecoder::Item StreamDecoder::count(Item item)
{
    ++m_stats.units;
    if (item.result) {
        ++m_stats.decoded;
        m_stats.foreign += item.result->foreign ? 1 : 0;
        m_stats.undocumented += item.result->undocumented ? 1 : 0;
    } else if (item.result.error().kind == CodecError::Kind::Fragment) {
        ++m_stats.fragments;
    } else {
        ++m_stats.failed;
    }
    return item;
}

StreamDecoder::Item StreamDecoder::fragmentItem(const QByteArray &bytes)
{
    // The framer dropped these bytes before a unit (or at idle): JkPb::fragment names the piece;
    // a run that happens to start like an RTU frame is still no frame (its CRC never verified).
    std::optional<CodecError> piece = JkPb::fragment(bytes);
    if (!piece) {
        piece = CodecError{CodecError::Kind::Fragment,
                           QCoreApplication::translate("JkPb", "fragment: no record header (capture started or stopped mid-frame)")};
    }
    return count(Item{*piece, bytes});
}

QList<StreamDecoder::Item> StreamDecoder::feed(QByteArrayView bytes)
{
    QList<Item> out;
    switch (m_protocol) {
    case ProtocolId::PylontechRs485:
        for (const QByteArray &unit : m_pylontechFramer.feed(bytes))
            out += decodeUnit(unit);
        break;
    case ProtocolId::JkModbus:
    case ProtocolId::JkPb:
        for (const JkPb::Framer::Unit &unit : m_jkFramer.feedUnits(bytes)) {
            if (unit.fragment)
                out.append(fragmentItem(unit.bytes));
            else
                out += decodeUnit(unit.bytes);
        }
        break;
    case ProtocolId::JkLegacy:
        for (const QByteArray &unit : m_legacyFramer.feed(bytes))
            out += decodeUnit(unit);
        break;
    case ProtocolId::PylonCan:
        break; // CAN arrives as frames: decodeCan()
    }
    return out;
}

QList<StreamDecoder::Item> StreamDecoder::flush()
{
    QList<Item> out;
    if (!m_pendingRecord.isEmpty()) {
        const QByteArray record = m_pendingRecord;
        m_pendingRecord.clear();
        out.append(count(Item{JkPb::describe(record), record}));
    }
    QList<JkPb::Framer::Unit> pieces;
    m_jkFramer.flushUnits(pieces);
    for (const JkPb::Framer::Unit &piece : std::as_const(pieces))
        out.append(fragmentItem(piece.bytes));
    return out;
}

QList<StreamDecoder::Item> StreamDecoder::decodeUnit(const QByteArray &unit)
{
    switch (m_protocol) {
    case ProtocolId::PylontechRs485:
        return {count(decodePylontech(unit))};
    case ProtocolId::JkModbus:
    case ProtocolId::JkPb:
        return decodeJk(unit);
    case ProtocolId::JkLegacy: {
        // A JK-B answer names no address: it belongs to the pack the request before it polled
        // (BankScope puts the address in the request's terminal field [?]).
        const auto result = JkLegacy::describe(unit);
        if (result && result->direction == QLatin1String("request")) {
            m_legacyPolled = quint32(result->fields.value(QStringLiteral("terminal")).toDouble());
        } else if (result && result->direction == QLatin1String("response") && m_legacyPolled) {
            DecodedMessage answer = *result;
            answer.address = int(*m_legacyPolled);
            m_legacyPolled.reset();
            return {count(Item{answer, unit})};
        }
        return {count(Item{result, unit})};
    }
    case ProtocolId::PylonCan:
        break;
    }
    return {};
}

StreamDecoder::Item StreamDecoder::decodeCan(const CanFrameData &frame)
{
    if (frame.data.size() > 8)
        return count(Item{PylonCan::describe(frame, m_dialect), frame.data});
    const quint64 key = quint64(frame.id) | quint64(frame.data.size()) << 32 | quint64(frame.extended) << 36
        | quint64(frame.remote) << 37 | quint64(m_dialect) << 38 | quint64(1) << 45;
    quint64 data = 0;
    std::memcpy(&data, frame.data.constData(), size_t(frame.data.size()));
    const quint64 mix = (key ^ data * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    CanMemo &slot = m_canMemo[size_t(mix >> 58)];
    if (slot.key != key || slot.data != data || !slot.result) {
        slot.key = key;
        slot.data = data;
        slot.result = PylonCan::describe(frame, m_dialect);
        // A key no other description has had, in any decoder: equal keys, equal messages.
        static std::atomic<quint64> renderKeys{0};
        if (slot.result->ok())
            slot.result->value().renderKey = ++renderKeys;
    }
    return count(Item{*slot.result, frame.data});
}

StreamDecoder::Item StreamDecoder::decodePylontech(const QByteArray &unit)
{
    const auto frame = PylontechFrameCodec::decode(unit);
    if (!frame)
        return Item{frame.error(), unit};
    if (Pylontech::isRequest(*frame)) {
        m_requestAdr = frame->adr;
        m_requestCommand = frame->cid2;
        m_requestValue = frame->info.isEmpty() ? std::nullopt : std::optional<quint8>(quint8(frame->info[0]));
        return Item{Pylontech::describe(*frame), unit};
    }
    // An answer belongs to the request before it when the address matches.
    const bool paired = m_requestCommand && m_requestAdr == frame->adr;
    Item item{Pylontech::describe(*frame, paired ? m_requestCommand : std::nullopt, paired ? m_requestValue : std::nullopt),
              unit};
    m_requestCommand.reset();
    return item;
}

QList<StreamDecoder::Item> StreamDecoder::decodeJk(const QByteArray &unit)
{
    QList<Item> out;
    const bool isRecord = unit.size() == JkPb::kRecordSize && unit.startsWith("\x55\xAA\xEB\x90");
    const auto rtu = isRecord ? CodecResult<JkPb::RtuFrame>(CodecError{}) : JkPb::decodeRtu(unit);
    // A record waits for the FC16 ACK that names its sender.
    if (!m_pendingRecord.isEmpty()) {
        const QByteArray record = m_pendingRecord;
        m_pendingRecord.clear();
        if (rtu && std::holds_alternative<JkPb::WriteAck>(*rtu)) {
            const QByteArray reply = record + QByteArray(1, '\0') + unit + QByteArray(1, '\0');
            out.append(count(Item{JkPb::describe(reply), reply}));
            return out;
        }
        out.append(count(Item{JkPb::describe(record), record}));
    }
    if (isRecord) {
        m_pendingRecord = unit;
        return out;
    }
    if (rtu && std::holds_alternative<JkPb::ReadRequest>(*rtu)) {
        m_readAdr = std::get<JkPb::ReadRequest>(*rtu).address;
        m_readStart = std::get<JkPb::ReadRequest>(*rtu).start;
    }
    std::optional<quint16> start = m_defaultReadStart;
    if (rtu && std::holds_alternative<JkPb::ReadResponse>(*rtu) && m_readStart
        && m_readAdr == std::get<JkPb::ReadResponse>(*rtu).address) {
        start = m_readStart;
        m_readStart.reset();
    }
    out.append(count(Item{JkPb::describe(unit, start), unit}));
    return out;
}
