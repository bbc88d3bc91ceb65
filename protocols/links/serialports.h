#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

// Where an adapter is now, found by its stable identity (SerialPorts::findByIdentity).
struct PortLookup
{
    enum class Result {
        Found,     // port: where it is now
        NotFound,  // not plugged in (or not yet back)
        Ambiguous, // two or more identical adapters without serial numbers: candidates; ask
    };
    Result result = Result::NotFound;
    QString port;           // Found: the device path to open (/dev/ttyUSB1, /dev/pts/7)
    QStringList candidates; // Ambiguous: every matching port
};

// Why a serial port could not be opened, as a technician needs it: a code and what to do.
struct PortProblem
{
    enum class Code {
        None,
        Missing,          // no such device: unplugged, or the wrong name
        PermissionDenied, // Linux: not in the dialout group
        Busy,             // another program holds it
        Other,
    };
    Code code = Code::None;
    QStringList holders; // Busy: programs that hold the device open ("ModemManager (pid 712)"), when /proc tells
};

namespace SerialPorts {

QList<SerialPortEntry> available();
// The adapter family a USB vendor/product id belongs to, or empty.
QString adapterName(quint16 vendorId, quint16 productId);

// Where udev keeps one stable name per USB serial adapter.
QString defaultByIdDirectory(); // "/dev/serial/by-id"

// The stable identity of a port, so a replugged adapter is found again under another device
// name: the name of its link in byIdDir ("usb-FTDI_FT232R_USB_UART_A10K4XYZ-if00-port0") when
// the adapter has a serial number or is the only one of its kind; else "usb:VVVV:PPPP:SERIAL"
// (SERIAL empty for adapters without one). Empty: no identity (a built-in port, a pty with no
// by-id link): a replug is then looked for under the same device name only.
QString identityOf(const QString &port, const QString &byIdDir = defaultByIdDirectory());
// Where the adapter with this identity is now. A "usb:VVVV:PPPP:" identity (no serial number)
// that matches two or more ports is Ambiguous: which one is which cannot be told, so the user
// picks; nothing is guessed.
PortLookup findByIdentity(const QString &identity, const QString &byIdDir = defaultByIdDirectory());

// Why `port` cannot be opened now (called after an open failed). Linux: the device's presence,
// its permission for this user, and for a busy one the programs holding it (holdersOf).
PortProblem diagnose(const QString &port);
// The programs that hold `device` ("bankscope-cli (pid 4711)"): those with it open in /proc/*/fd
// (readable for this user's processes, or all of them as root), and those named by its UUCP lock
// file ("LCK..ttyUSB0" in /var/lock or /run/lock: QSerialPort, minicom, lockdev). Linux; empty
// where neither says, and the caller then says "another program".
QStringList holdersOf(const QString &device);

} // namespace SerialPorts
