#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <limits>

// Bounds-checked reading of binary payloads. Reads past the end return 0 and clear ok(),
// so a decoder checks once at the end instead of before every field.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_ok ? m_data.size() - m_pos : 0; }
    bool atEnd() const { return remaining() == 0; }

    quint8 u8() { return take(1) ? quint8(m_data[m_pos - 1]) : 0; }
    quint16 u16be() { return take(2) ? quint16(byteAt(m_pos - 2) << 8 | byteAt(m_pos - 1)) : 0; }
    qint16 s16be() { return qint16(u16be()); }
    quint32 u24be() { return take(3) ? quint32(byteAt(m_pos - 3) << 16 | byteAt(m_pos - 2) << 8 | byteAt(m_pos - 1)) : 0; }
    quint32 u32be() { return take(4) ? quint32(byteAt(m_pos - 4)) << 24 | quint32(byteAt(m_pos - 3)) << 16 | quint32(byteAt(m_pos - 2)) << 8 | byteAt(m_pos - 1) : 0; }
    qint32 s32be() { return qint32(u32be()); }
    quint16 u16le() { return take(2) ? quint16(byteAt(m_pos - 1) << 8 | byteAt(m_pos - 2)) : 0; }
    qint16 s16le() { return qint16(u16le()); }
    quint32 u32le() { return take(4) ? quint32(byteAt(m_pos - 1)) << 24 | quint32(byteAt(m_pos - 2)) << 16 | quint32(byteAt(m_pos - 3)) << 8 | byteAt(m_pos - 4) : 0; }
    qint32 s32le() { return qint32(u32le()); }
    QByteArray bytes(qsizetype n) { return (n >= 0 && take(n)) ? m_data.sliced(m_pos - n, n).toByteArray() : QByteArray(); }
    QByteArray rest() { return bytes(remaining()); }

private:
    bool take(qsizetype n)
    {
        if (!m_ok || n > m_data.size() - m_pos) {
            m_ok = false;
            return false;
        }
        m_pos += n;
        return true;
    }
    quint32 byteAt(qsizetype i) const { return quint8(m_data[i]); }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Appends binary fields. A value that does not fit its field is written as the field's
// limit (saturated: 0x1234567 in a u24 is FF FF FF), never wrapped to its low bytes.
class ByteWriter
{
public:
    ByteWriter &u8(quint32 v) { return byte(std::min<quint32>(v, 0xFF)); }
    ByteWriter &u16be(quint32 v) { v = std::min<quint32>(v, 0xFFFF); return byte(v >> 8).byte(v); }
    ByteWriter &u24be(quint32 v) { v = std::min<quint32>(v, 0xFFFFFF); return byte(v >> 16).byte(v >> 8).byte(v); }
    ByteWriter &u32be(quint32 v) { return byte(v >> 24).byte(v >> 16).byte(v >> 8).byte(v); }
    ByteWriter &u16le(quint32 v) { v = std::min<quint32>(v, 0xFFFF); return byte(v).byte(v >> 8); }
    ByteWriter &u32le(quint32 v) { return byte(v).byte(v >> 8).byte(v >> 16).byte(v >> 24); }
    ByteWriter &bytes(QByteArrayView b) { m_data.append(b); return *this; }
    ByteWriter &padded(QByteArrayView b, qsizetype size, char pad)
    {
        QByteArray field = b.first(std::min(b.size(), size)).toByteArray();
        field.append(QByteArray(size - field.size(), pad));
        m_data.append(field);
        return *this;
    }
    const QByteArray &data() const { return m_data; }

private:
    ByteWriter &byte(quint32 v) { m_data.append(char(v & 0xFF)); return *this; }

    QByteArray m_data;
};

// A physical value as the raw integer of a wire field: value / scale + offset, rounded to the
// nearest, saturated at the field's limits [min, max]: a value that does not fit is sent as
// the field's limit, never wrapped. NaN is sent as 0 (or the limit nearest to it).
qint64 saturatingRaw(double value, double scale, qint64 min, qint64 max, double offset = 0.0);
// The same for a field of type T (qint16, quint16, quint8 ...), its limits those of T.
template <typename T>
T saturatingRaw(double value, double scale = 1.0, double offset = 0.0)
{
    return T(saturatingRaw(value, scale, qint64(std::numeric_limits<T>::min()), qint64(std::numeric_limits<T>::max()), offset));
}

// ASCII text of a fixed-size field: up to the first NUL, padding (spaces, and '-' when asked) trimmed.
QString asciiField(QByteArrayView bytes, bool trimDashes = false);
// True if every byte up to the first NUL is printable ASCII and there is at least one.
bool isPrintableAscii(QByteArrayView bytes);
