#pragma once

#include <QList>
#include <QString>

#include <optional>

// The serial ports of this machine, with the USB adapter each one is, so an installer can pick
// "CH340 USB-RS485" rather than guess between ttyUSB0 and ttyUSB1.
struct SerialPortEntry
{
    QString portName;       // ttyUSB0 / COM5
    QString systemLocation; // /dev/ttyUSB0
    QString description;    // from the system
    QString manufacturer;
    QString serialNumber;
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
    QString adapter;        // "CH340", "FTDI FT232R", "CP210x", "PL2303", or empty
};

namespace SerialPorts {
QList<SerialPortEntry> available();
// The adapter family a USB vendor/product id belongs to, or empty.
QString adapterName(quint16 vendorId, quint16 productId);
} // namespace SerialPorts
