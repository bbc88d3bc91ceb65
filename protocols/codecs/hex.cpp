#include "hex.h"

#include <QCoreApplication>

namespace Hex {

namespace {

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

bool byteAt(QByteArrayView text, qsizetype pos, quint8 &out)
{
    if (pos < 0 || pos + 1 >= text.size())
        return false;
    const int hi = nibble(text[pos]);
    const int lo = nibble(text[pos + 1]);
    if (hi < 0 || lo < 0)
        return false;
    out = quint8(hi << 4 | lo);
    return true;
}

CodecResult<QByteArray> parse(QByteArrayView text, bool allowSeparators)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    int pending = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (allowSeparators && (c == ' ' || c == '\t' || c == ':' || c == '-' || c == '\r' || c == '\n')) {
            if (pending >= 0) {
                return CodecError{CodecError::Kind::OddLength,
                                  QCoreApplication::translate("Hex", "a lone hex digit before position %1").arg(i)};
            }
            continue;
        }
        const int n = nibble(c);
        if (n < 0) {
            return CodecError{CodecError::Kind::NotHex,
                              QCoreApplication::translate("Hex", "not a hex digit at position %1: '%2'")
                                  .arg(i)
                                  .arg(QChar::fromLatin1(c))};
        }
        if (pending < 0) {
            pending = n;
        } else {
            out.append(char(pending << 4 | n));
            pending = -1;
        }
    }
    if (pending >= 0) {
        return CodecError{CodecError::Kind::OddLength,
                          QCoreApplication::translate("Hex", "odd number of hex digits")};
    }
    return out;
}

QByteArray upper(QByteArrayView bytes)
{
    return bytes.toByteArray().toHex().toUpper();
}

QString spaced(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' ').toUpper());
}

} // namespace Hex
