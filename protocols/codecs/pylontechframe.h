#pragma once

#include "codecerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// One Pylontech LV RS485 frame (fact sheet pylontech-rs485.md section 2):
//   '~' VER ADR CID1 CID2 LENGTH INFO CHKSUM CR, everything between ~ and CR as hex text.
// The frame keeps the case its hex text came in, because CHKSUM is a sum of the ASCII codes
// and differs between "FD" and "fd": encode(decode(f)) == f for upper- and lower-case frames.
struct PylontechFrame
{
    quint8 ver = 0x20;
    quint8 adr = 0x02;
    quint8 cid1 = 0x46; // lithium battery data
    quint8 cid2 = 0x00; // command (request) or return code RTN (response)
    QByteArray info;    // INFO payload as bytes (LENID / 2 of them)
    bool lowerCase = false;

    bool operator==(const PylontechFrame &other) const
    {
        return ver == other.ver && adr == other.adr && cid1 == other.cid1 && cid2 == other.cid2
            && info == other.info && lowerCase == other.lowerCase;
    }
};

namespace PylontechFrameCodec {

// Decodes one frame from '~' to CR (the CR may be missing: a text line). Checks, in order:
// start marker, hex text, even length, LENGTH against the INFO size, LCHKSUM, CHKSUM.
CodecResult<PylontechFrame> decode(QByteArrayView text);
// '~' + hex text + CR, in the frame's letter case.
QByteArray encode(const PylontechFrame &frame);

} // namespace PylontechFrameCodec

// Splits a byte stream into candidate frames ('~' .. CR). Resynchronises on the next '~'
// after garbage, splits frames glued together, caps a frame at maxFrameBytes, and counts
// every byte it throws away. Checksums are the decoder's job.
// Not thread-safe; one per stream.
class PylontechFramer
{
public:
    explicit PylontechFramer(qsizetype maxFrameBytes = 4 + 12 + 4095 + 4 + 1);

    // Feeds bytes; returns the frames completed by them (each '~' .. CR inclusive).
    QList<QByteArray> feed(QByteArrayView bytes);

    quint64 framesOut() const { return m_frames; }
    quint64 discardedBytes() const { return m_discarded; }
    quint64 overflows() const { return m_overflows; }
    // Pieces of frames whose start or end was not captured: bytes before a '~' that are not
    // line ends, or a frame cut short by the next '~'.
    quint64 fragments() const { return m_fragments; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer; // starts with '~' when not empty
    qsizetype m_max;
    quint64 m_frames = 0;
    quint64 m_discarded = 0;
    quint64 m_overflows = 0;
    quint64 m_fragments = 0;
    bool m_inRun = false;
};
