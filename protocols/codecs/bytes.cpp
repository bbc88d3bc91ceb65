#include "bytes.h"

#include <QString>

#include <cmath>

qint64 saturatingRaw(double value, double scale, qint64 min, qint64 max, double offset)
{
    const double raw = value / scale + offset;
    if (std::isnan(raw))
        return std::clamp<qint64>(0, min, max);
    if (raw <= double(min))
        return min;
    if (raw >= double(max))
        return max;
    return std::clamp<qint64>(std::llround(raw), min, max);
}

QString asciiField(QByteArrayView bytes, bool trimDashes)
{
    qsizetype end = bytes.indexOf('\0');
    if (end < 0)
        end = bytes.size();
    QString s = QString::fromLatin1(bytes.first(end));
    while (!s.isEmpty() && (s.back() == QLatin1Char(' ') || (trimDashes && s.back() == QLatin1Char('-'))))
        s.chop(1);
    return s.trimmed();
}

bool isPrintableAscii(QByteArrayView bytes)
{
    qsizetype end = bytes.indexOf('\0');
    if (end < 0)
        end = bytes.size();
    if (end == 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const quint8 c = quint8(bytes[i]);
        if (c < 0x20 || c > 0x7E)
            return false;
    }
    // After the first NUL only NUL (or space) padding.
    for (qsizetype i = end; i < bytes.size(); ++i) {
        if (bytes[i] != '\0' && bytes[i] != ' ')
            return false;
    }
    return true;
}
