#include "linedecoder.h"

#include "hex.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

LineDecoder::LineDecoder(const Options &options)
    : m_options(options)
{
}

bool LineDecoder::isFrameLine(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return !t.isEmpty() && !t.startsWith('#');
}

CodecResult<DecodedMessage> LineDecoder::decode(QByteArrayView line)
{
    switch (m_options.protocol) {
    case ProtocolId::PylontechRs485:
        return decodePylontech(line);
    case ProtocolId::PylonCan: {
        const auto frame = PylonCan::parseText(line, m_options.canId);
        if (!frame)
            return frame.error();
        return PylonCan::describe(*frame, m_options.dialect);
    }
    case ProtocolId::JkModbus:
    case ProtocolId::JkPb:
        return decodeJk(line);
    case ProtocolId::JkLegacy: {
        const auto bytes = Hex::parse(line.trimmed());
        if (!bytes)
            return bytes.error();
        return JkLegacy::describe(*bytes);
    }
    }
    return CodecError{CodecError::Kind::Unsupported, QStringLiteral("unknown protocol")};
}

CodecResult<DecodedMessage> LineDecoder::decodePylontech(QByteArrayView line)
{
    QByteArray text = line.trimmed().toByteArray();
    const qsizetype tilde = text.indexOf('~');
    if (tilde >= 0)
        text = text.mid(tilde);
    else if (!text.isEmpty() && text.front() != '~')
        text.prepend('~'); // '~' is optional on the command line
    const auto frame = PylontechFrameCodec::decode(text);
    if (!frame)
        return frame.error();
    if (Pylontech::isRequest(*frame)) {
        m_requestAdr = frame->adr;
        m_requestCommand = frame->cid2;
        m_requestValue = frame->info.isEmpty() ? std::nullopt : std::optional<quint8>(quint8(frame->info[0]));
        return Pylontech::describe(*frame);
    }
    // An answer belongs to the request before it when the address matches.
    const bool paired = m_requestCommand && m_requestAdr == frame->adr;
    const auto d = Pylontech::describe(*frame, paired ? m_requestCommand : std::nullopt,
                                       paired ? m_requestValue : std::nullopt);
    m_requestCommand.reset();
    return d;
}

CodecResult<DecodedMessage> LineDecoder::decodeJk(QByteArrayView line)
{
    const auto bytes = Hex::parse(line.trimmed());
    if (!bytes)
        return bytes.error();
    const auto rtu = JkPb::decodeRtu(*bytes);
    if (rtu && std::holds_alternative<JkPb::ReadRequest>(*rtu)) {
        m_readAdr = std::get<JkPb::ReadRequest>(*rtu).address;
        m_readStart = std::get<JkPb::ReadRequest>(*rtu).start;
    }
    std::optional<quint16> start = m_options.jkReadStart;
    if (rtu && std::holds_alternative<JkPb::ReadResponse>(*rtu) && m_readStart
        && m_readAdr == std::get<JkPb::ReadResponse>(*rtu).address) {
        start = m_readStart;
        m_readStart.reset();
    }
    return JkPb::describe(*bytes, start);
}
