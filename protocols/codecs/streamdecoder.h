#pragma once

#include "codecerror.h"
#include "decodedmessage.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pyloncan.h"
#include "pylontechframe.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <optional>

// The one decoding path for live links, replayed recordings and text input: a byte stream
// (serial) goes through the protocol's framer; each complete unit is decoded and paired with
// the request before it (Pylontech command, JK FC03 start register, JK record with the ACK
// that names its sender). CAN frames are decoded one by one under the detected dialect.
// Every unit comes out as a result, good or bad: nothing is dropped silently.
// Not thread-safe; one per stream.
class StreamDecoder
{
public:
    struct Item
    {
        CodecResult<DecodedMessage> result;
        QByteArray raw; // the unit's bytes (or the CAN data)
    };

    struct Stats
    {
        quint64 units = 0;          // frames decoded or failed, and fragments
        quint64 decoded = 0;        // every ok result, foreign and undocumented CAN ids included
        quint64 failed = 0;         // corrupt: checksum, length, layout ...
        quint64 fragments = 0;      // pieces without a frame start (capture started or stopped
                                    // mid-frame): not corrupt, counted apart from `failed`
        quint64 foreign = 0;        // CAN ids the protocol does not define (other devices)
        quint64 undocumented = 0;   // CAN ids of the protocol's range that no source documents
        quint64 discardedBytes = 0; // bytes outside any frame (from the framer)
    };

    explicit StreamDecoder(ProtocolId protocol, std::optional<quint16> jkReadStart = std::nullopt);

    ProtocolId protocol() const { return m_protocol; }
    // Serial bytes as they arrive.
    QList<Item> feed(QByteArrayView bytes);
    // The line went idle: a pending JK record without its ACK is decoded now.
    QList<Item> flush();
    // One complete unit (a frame given whole, e.g. from a text line).
    QList<Item> decodeUnit(const QByteArray &unit);
    // One CAN frame.
    Item decodeCan(const CanFrameData &frame);
    void setDialect(PylonCan::Dialect dialect) { m_dialect = dialect; }
    PylonCan::Dialect dialect() const { return m_dialect; }

    Stats stats() const;

private:
    Item count(Item item);
    Item fragmentItem(const QByteArray &bytes);
    Item decodePylontech(const QByteArray &unit);
    QList<Item> decodeJk(const QByteArray &unit);

    std::optional<quint32> m_legacyPolled; // terminal of the last JK-B request, for its answer
    ProtocolId m_protocol;
    PylonCan::Dialect m_dialect = PylonCan::Dialect::Unknown;
    PylontechFramer m_pylontechFramer;
    JkPb::Framer m_jkFramer;
    JkLegacy::Framer m_legacyFramer;
    Stats m_stats;
    // Pairing state.
    std::optional<quint8> m_requestAdr;
    std::optional<quint8> m_requestCommand;
    std::optional<quint8> m_requestValue;
    std::optional<quint8> m_readAdr;
    std::optional<quint16> m_readStart;
    std::optional<quint16> m_defaultReadStart;
    QByteArray m_pendingRecord;
    // A BMS repeats most of its frame set unchanged every second (limits, flags, names): the
    // description of a frame seen a moment ago is taken again instead of being rebuilt. Keyed by
    // id, flags, data and dialect (describe() depends on nothing else); 64 entries.
    struct CanMemo
    {
        quint64 key = 0;
        quint64 data = 0;
        std::optional<CodecResult<DecodedMessage>> result;
    };
    std::array<CanMemo, 64> m_canMemo;
};
