#pragma once

#include "codecerror.h"
#include "decodedmessage.h"
#include "pyloncan.h"
#include "streamdecoder.h"

#include <QByteArrayView>

#include <optional>

// Decodes frames written as text, one per line, for any protocol: what `bankscope-cli decode`
// and recording import feed it. Pairs answers with the request before them (Pylontech: which
// command an answer belongs to; JK Modbus: which register an FC03 reply starts at).
//   pylontech-rs485: the ASCII frame; '~' and CR optional; text before '~' (time stamps,
//                    REQ/RSP columns) is ignored
//   pylon-can:       ID#DATA (candump), a candump log line, or DATA with canId set
//   jk-modbus, jk-pb, jk-legacy: hex bytes, spaces allowed
// Lines empty or starting with '#' are not frames (isFrameLine()).
// Not thread-safe; one per stream.
class LineDecoder
{
public:
    struct Options
    {
        ProtocolId protocol = ProtocolId::PylontechRs485;
        std::optional<quint32> canId;
        PylonCan::Dialect dialect = PylonCan::Dialect::Unknown;
        std::optional<quint16> jkReadStart; // FC03 start register when no request precedes a reply
    };

    explicit LineDecoder(const Options &options);

    static bool isFrameLine(QByteArrayView line);
    CodecResult<DecodedMessage> decode(QByteArrayView line);
    void setDialect(PylonCan::Dialect dialect) { m_stream.setDialect(dialect); }

private:
    Options m_options;
    StreamDecoder m_stream; // the same pairing as live links
};
