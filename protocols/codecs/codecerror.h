#pragma once

#include "expected.h"

#include <QString>

// Why a frame was rejected. Codecs never throw; they return this beside the value.
struct CodecError
{
    enum class Kind {
        Empty,
        BadStart,          // missing start-of-frame marker (~, 55 AA EB 90, 4E 57)
        BadEnd,            // missing end marker (CR, 0x68)
        NotHex,            // a character outside 0-9 A-F a-f where hex text is required
        OddLength,         // hex text with an odd number of digits
        Truncated,         // fewer bytes than the frame's own length field says
        TrailingBytes,     // more bytes than the layout allows
        BadLength,         // a length field inconsistent with the frame
        BadLengthChecksum, // Pylontech LCHKSUM
        BadChecksum,       // CHKSUM / CRC / sum
        BadLayout,         // INFO does not fit the message layout (counts, sizes)
        Unsupported,       // a valid frame of a message this codec does not know
        BadValue,          // a field outside its defined range
        Fragment,          // a piece without a frame start: the capture started or stopped mid-frame.
                           // Not a corrupt frame: counted apart (StreamDecoder::Stats::fragments)
    };
    Kind kind = Kind::BadLayout;
    QString message; // plain words naming the check and both values where there are two
};

template <typename T>
using CodecResult = Expected<T, CodecError>;
