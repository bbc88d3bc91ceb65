#include "serialports.h"

#include <QSerialPortInfo>

namespace SerialPorts {

QString adapterName(quint16 vid, quint16 pid)
{
    struct Known
    {
        quint16 vid;
        quint16 pid; // 0 = any product of the vendor
        const char *name;
    };
    static const Known known[] = {
        {0x1A86, 0x7523, "CH340"},       {0x1A86, 0x5523, "CH341"},       {0x1A86, 0x7522, "CH340K"},
        {0x1A86, 0x55D3, "CH343"},       {0x1A86, 0x55D4, "CH9102"},      {0x0403, 0x6001, "FTDI FT232R"},
        {0x0403, 0x6010, "FTDI FT2232"}, {0x0403, 0x6011, "FTDI FT4232"}, {0x0403, 0x6014, "FTDI FT232H"},
        {0x0403, 0x6015, "FTDI FT231X"}, {0x0403, 0, "FTDI"},             {0x10C4, 0xEA60, "CP210x"},
        {0x10C4, 0xEA70, "CP2105"},      {0x10C4, 0xEA71, "CP2108"},      {0x10C4, 0, "Silicon Labs"},
        {0x067B, 0x2303, "PL2303"},      {0x067B, 0x23A3, "PL2303GC"},    {0x067B, 0x23C3, "PL2303GT"},
        {0x067B, 0, "Prolific"},         {0x16D0, 0x117E, "CANable (SLCAN)"}, {0xAD50, 0x60C4, "CANable (SLCAN)"},
        {0x04D8, 0x000A, "USBtin (SLCAN)"},
    };
    for (const Known &k : known) {
        if (k.vid == vid && (k.pid == pid || k.pid == 0))
            return QString::fromLatin1(k.name);
    }
    return {};
}

QList<SerialPortEntry> available()
{
    QList<SerialPortEntry> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        SerialPortEntry e;
        e.portName = info.portName();
        e.systemLocation = info.systemLocation();
        e.description = info.description();
        e.manufacturer = info.manufacturer();
        e.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            e.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            e.productId = info.productIdentifier();
        if (e.vendorId && e.productId)
            e.adapter = adapterName(*e.vendorId, *e.productId);
        out.append(e);
    }
    return out;
}

} // namespace SerialPorts
