#pragma once

#include "link.h"

#include <QSerialPort>

#include <functional>

class Clock;

struct SerialSettings
{
    QString portName;               // "ttyUSB0", "/dev/serial/by-id/...", "COM5"
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    int reconnectFirstMs = 250;     // back-off after an unplug: first retry ...
    int reconnectMaxMs = 4000;      // ... doubling up to this
    // Where the adapter is now, asked at every open (the first, each reconnect, the poll link):
    // a replugged USB adapter may come back under another device name (BankSession looks it up
    // by its stable identity). Empty answer: not there (the open fails, a reconnect retries).
    // Unset: portName.
    std::function<QString()> locate = {};
};

namespace SerialPortErrors {
// True when a QSerialPort error means the device went away (an unplugged USB adapter shows as
// ResourceError; a pty whose other end closed as a read error).
bool meansGone(QSerialPort::SerialPortError error);
} // namespace SerialPortErrors

// A serial port (USB-RS485/RS232 stick) as a link: received bytes with their time stamps, and
// everything of Link (state, typed errors, unplug and reconnect). Derived classes fix the role;
// only the writable ones make write() public, and a listen link opens the port read-only.
// GUI (or any one) thread; owns its QSerialPort.
class SerialLink : public Link
{
    Q_OBJECT

public:
    ~SerialLink() override;

    const SerialSettings &settings() const { return m_settings; }
    // The device it opened last (settings().portName, or where locate found the adapter).
    QString currentPort() const { return m_currentPort; }
    quint64 bytesReceived() const { return m_rxBytes; }
    quint64 bytesSent() const { return m_txBytes; }
    // Delivers (received) whatever the operating system holds for the port now, without
    // waiting: a master listens before it talks.
    void readPending();

Q_SIGNALS:
    // Bytes as they arrived, stamped on the link's clock (microseconds).
    void received(const QByteArray &bytes, qint64 atUs);
    // What a writable link sent, for the recorder. Never emitted by a listen link.
    void sent(const QByteArray &bytes, qint64 atUs);

protected:
    SerialLink(LinkRole role, const SerialSettings &settings, const Clock &clock, QObject *parent);
    // Only Poll and Emulate links expose this.
    qint64 writeBytes(const QByteArray &bytes);

private:
    OpenResult openDevice() override;
    void closeDevice() override;
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);

    SerialSettings m_settings;
    const Clock &m_clock;
    QSerialPort m_port;
    QString m_currentPort;
    quint64 m_rxBytes = 0;
    quint64 m_txBytes = 0;
};

// Strictly passive: opened read-only, and no write method exists on this type.
class SerialListenLink final : public SerialLink
{
    Q_OBJECT
public:
    SerialListenLink(const SerialSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : SerialLink(LinkRole::Listen, settings, clock, parent)
    {
    }
};

// BankScope is the bus master (inverter unplugged, or a console port). Made by BusGuard once
// the bus stayed silent for the listen window, or by a test.
class SerialPollLink final : public SerialLink
{
    Q_OBJECT
public:
    SerialPollLink(const SerialSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : SerialLink(LinkRole::Poll, settings, clock, parent)
    {
    }
    qint64 write(const QByteArray &bytes) { return writeBytes(bytes); }
};

// BankScope plays a bank or an inverter (the simulator).
class SerialEmulateLink final : public SerialLink
{
    Q_OBJECT
public:
    SerialEmulateLink(const SerialSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : SerialLink(LinkRole::Emulate, settings, clock, parent)
    {
    }
    qint64 write(const QByteArray &bytes) { return writeBytes(bytes); }
};
