#include "linedecoder.h"

#include "hex.h"

LineDecoder::LineDecoder(const Options &options)
    : m_options(options)
    , m_stream(options.protocol, options.jkReadStart)
{
    m_stream.setDialect(options.dialect);
}

bool LineDecoder::isFrameLine(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return !t.isEmpty() && !t.startsWith('#');
}

CodecResult<DecodedMessage> LineDecoder::decode(QByteArrayView line)
{
    QByteArray unit;
    if (m_options.protocol == ProtocolId::PylonCan) {
        const auto frame = PylonCan::parseText(line, m_options.canId);
        if (!frame)
            return frame.error();
        return m_stream.decodeCan(*frame).result;
    }
    if (m_options.protocol == ProtocolId::PylontechRs485) {
        unit = line.trimmed().toByteArray();
        const qsizetype tilde = unit.indexOf('~');
        if (tilde >= 0)
            unit = unit.mid(tilde);
        else if (!unit.isEmpty())
            unit.prepend('~'); // '~' is optional on the command line
    } else {
        const auto bytes = Hex::parse(line.trimmed());
        if (!bytes)
            return bytes.error();
        unit = *bytes;
    }
    QList<StreamDecoder::Item> items = m_stream.decodeUnit(unit);
    // A JK record given alone on a line is complete as it is.
    if (items.isEmpty())
        items = m_stream.flush();
    if (items.isEmpty())
        return CodecError{CodecError::Kind::Empty, QStringLiteral("no frame")};
    return items.last().result;
}
