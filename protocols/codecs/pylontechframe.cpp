#include "pylontechframe.h"

#include "checksums.h"
#include "hex.h"

#include <QCoreApplication>

namespace PylontechFrameCodec {

namespace {


QString hex4(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')).toUpper();
}

bool isLowerHex(char c)
{
    return c >= 'a' && c <= 'f';
}

} // namespace

CodecResult<PylontechFrame> decode(QByteArrayView text)
{
    if (text.isEmpty())
        return CodecError{CodecError::Kind::Empty, QCoreApplication::translate("PylontechFrame", "empty frame")};
    if (text.front() != '~')
        return CodecError{CodecError::Kind::BadStart, QCoreApplication::translate("PylontechFrame", "frame does not start with '~'")};
    QByteArrayView body = text.sliced(1);
    if (!body.isEmpty() && body.back() == '\r')
        body.chop(1);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        const bool hex = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
        if (!hex) {
            return CodecError{CodecError::Kind::NotHex,
                              QCoreApplication::translate("PylontechFrame", "not a hex character at position %1 (0x%2)")
                                  .arg(i + 1)
                                  .arg(quint8(c), 2, 16, QLatin1Char('0'))};
        }
    }
    if (body.size() % 2 != 0)
        return CodecError{CodecError::Kind::OddLength, QCoreApplication::translate("PylontechFrame", "odd number of hex characters (%1)").arg(body.size())};
    if (body.size() < 16) {
        return CodecError{CodecError::Kind::Truncated,
                          QCoreApplication::translate("PylontechFrame", "frame too short: %1 characters, a frame has at least 16 between ~ and CR").arg(body.size())};
    }
    PylontechFrame f;
    quint8 lenHi = 0;
    quint8 lenLo = 0;
    Hex::byteAt(body, 0, f.ver);
    Hex::byteAt(body, 2, f.adr);
    Hex::byteAt(body, 4, f.cid1);
    Hex::byteAt(body, 6, f.cid2);
    Hex::byteAt(body, 8, lenHi);
    Hex::byteAt(body, 10, lenLo);
    const quint16 length = quint16(lenHi << 8 | lenLo);
    const quint16 lenid = length & 0x0FFF;
    const qsizetype infoChars = body.size() - 16;
    if (infoChars != lenid) {
        return CodecError{infoChars < lenid ? CodecError::Kind::Truncated : CodecError::Kind::BadLength,
                          QCoreApplication::translate("PylontechFrame", "length mismatch: LENID says %1 INFO characters, frame has %2").arg(lenid).arg(infoChars)};
    }
    const quint8 lchk = quint8(length >> 12);
    const quint8 lchkComputed = Checksums::pylontechLength(lenid);
    if (lchk != lchkComputed) {
        return CodecError{CodecError::Kind::BadLengthChecksum,
                          QCoreApplication::translate("PylontechFrame", "length checksum mismatch: frame says %1, computed %2")
                              .arg(QString::number(lchk, 16).toUpper(), QString::number(lchkComputed, 16).toUpper())};
    }
    const QByteArrayView checked = body.first(body.size() - 4);
    quint8 chkHi = 0;
    quint8 chkLo = 0;
    Hex::byteAt(body, body.size() - 4, chkHi);
    Hex::byteAt(body, body.size() - 2, chkLo);
    const quint16 chk = quint16(chkHi << 8 | chkLo);
    const quint16 chkComputed = Checksums::pylontech(checked);
    if (chk != chkComputed) {
        return CodecError{CodecError::Kind::BadChecksum,
                          QCoreApplication::translate("PylontechFrame", "checksum mismatch: frame says %1, computed %2").arg(hex4(chk), hex4(chkComputed))};
    }
    QByteArray info;
    info.reserve(lenid / 2);
    for (qsizetype i = 12; i < 12 + lenid; i += 2) {
        quint8 b = 0;
        Hex::byteAt(body, i, b);
        info.append(char(b));
    }
    f.info = info;
    // Devices send upper case; lower case is accepted. A frame mixing both cannot be
    // re-encoded byte for byte (the checksum sums the characters), so it is refused.
    const bool lower = std::any_of(body.begin(), body.end(), isLowerHex);
    const bool upper = std::any_of(body.begin(), body.end(), [](char c) { return c >= 'A' && c <= 'F'; });
    if (lower && upper)
        return CodecError{CodecError::Kind::NotHex, QCoreApplication::translate("PylontechFrame", "mixed upper- and lower-case hex in one frame")};
    f.lowerCase = lower;
    return f;
}

QByteArray encode(const PylontechFrame &frame)
{
    // LENID counts INFO characters in 12 bits: at most 2047 bytes (4094 characters) fit. More
    // is cut at that limit rather than wrapping LENID to a short length (section 2.1).
    constexpr qsizetype kMaxInfo = 0x0FFF / 2;
    const QByteArray info = frame.info.size() > kMaxInfo ? frame.info.left(kMaxInfo) : frame.info; // shared, not copied
    const quint16 lenid = quint16(info.size() * 2);
    const quint16 length = quint16(Checksums::pylontechLength(lenid) << 12 | lenid);
    QByteArray body;
    body.reserve(16 + lenid);
    body.append(char(frame.ver)).append(char(frame.adr)).append(char(frame.cid1)).append(char(frame.cid2));
    body.append(char(length >> 8)).append(char(length & 0xFF));
    body = body.toHex();
    body.append(info.toHex());
    if (!frame.lowerCase)
        body = body.toUpper();
    const quint16 chk = Checksums::pylontech(body);
    QByteArray chkText = QByteArray::number(chk, 16).rightJustified(4, '0');
    body.append(frame.lowerCase ? chkText : chkText.toUpper());
    return '~' + body + '\r';
}

} // namespace PylontechFrameCodec

PylontechFramer::PylontechFramer(qsizetype maxFrameBytes)
    : m_max(maxFrameBytes)
{
}

QList<QByteArray> PylontechFramer::feed(QByteArrayView bytes)
{
    QList<QByteArray> frames;
    for (char c : bytes) {
        if (m_buffer.isEmpty()) {
            if (c == '~') {
                // Bytes other than line ends before this start were the rest of a frame whose
                // '~' was not captured: one fragment.
                if (m_inRun)
                    ++m_fragments;
                m_inRun = false;
                m_buffer.append(c);
            } else {
                ++m_discarded; // garbage between frames
                m_inRun |= c != '\r' && c != '\n' && c != ' ' && c != '\0';
            }
            continue;
        }
        if (c == '~') {
            // A new start before the end: the frame so far was cut short. Keep the new one.
            m_discarded += quint64(m_buffer.size());
            ++m_fragments;
            m_buffer.clear();
            m_buffer.append(c);
            continue;
        }
        m_buffer.append(c);
        if (c == '\r') {
            frames.append(m_buffer);
            ++m_frames;
            m_buffer.clear();
        } else if (m_buffer.size() >= m_max) {
            m_discarded += quint64(m_buffer.size());
            ++m_overflows;
            m_buffer.clear();
        }
    }
    return frames;
}
