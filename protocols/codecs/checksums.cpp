#include "checksums.h"

namespace Checksums {

quint8 pylontechLength(quint16 lenid)
{
    if ((lenid & 0x0FFF) == 0)
        return 0;
    const unsigned sum = (lenid & 0xF) + ((lenid >> 4) & 0xF) + ((lenid >> 8) & 0xF);
    return quint8((0x10 - (sum & 0xF)) & 0xF);
}

quint16 pylontech(QByteArrayView asciiBody)
{
    quint32 sum = 0;
    for (char c : asciiBody)
        sum += quint8(c);
    return quint16((0x10000 - (sum & 0xFFFF)) & 0xFFFF);
}

quint16 crc16Modbus(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

quint8 sum8(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (char c : bytes)
        sum = quint8(sum + quint8(c));
    return sum;
}

quint16 sum16(QByteArrayView bytes)
{
    quint16 sum = 0;
    for (char c : bytes)
        sum = quint16(sum + quint8(c));
    return sum;
}

} // namespace Checksums
