#include "streamdecoder.h"

#include "pylontechmessages.h"

StreamDecoder::StreamDecoder(ProtocolId protocol, std::optional<quint16> jkReadStart)
    : m_protocol(protocol)
    , m_defaultReadStart(jkReadStart)
{
}

StreamDecoder::Stats StreamDecoder::stats() const
{
    Stats s = m_stats;
    s.discardedBytes = m_pylontechFramer.discardedBytes() + m_jkFramer.discardedBytes() + m_legacyFramer.discardedBytes();
    return s;
}

StreamDecoder::Item StreamDecoder::count(Item item)
{
    ++m_stats.units;
    if (item.result)
        ++m_stats.decoded;
    else
        ++m_stats.failed;
    return item;
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
        for (const QByteArray &unit : m_jkFramer.feed(bytes))
            out += decodeUnit(unit);
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
    m_jkFramer.flush();
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
    return count(Item{PylonCan::describe(frame, m_dialect), frame.data});
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
