#pragma once

#include <QByteArray>
#include <QtGlobal>

// One classic CAN frame as links carry it and codecs read it. Kept apart from every codec so
// that a link (or the recorder) handles frames without including a protocol.
struct CanFrameData
{
    quint32 id = 0;
    QByteArray data; // 0..8 bytes
    bool extended = false; // 29-bit ID (not used by the BMS protocols, but carried and recorded)
    bool remote = false;   // a remote request: data holds as many zero bytes as its DLC asks for
    bool operator==(const CanFrameData &o) const = default;
};
