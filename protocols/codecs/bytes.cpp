#include "bytes.h"

#include <QString>

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
