#pragma once

#include "link.h"

#include <QObject>
#include <QSerialPort>
#include <QTimer>

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
};

// A serial port (USB-RS485/RS232 stick) as a link: received bytes with their time stamps,
// state and typed errors, and survival of an unplugged adapter: the link reports it, retries
// with back-off and resumes when the port comes back. Derived classes fix the role; only the
// writable ones make write() public. GUI (or any one) thread; owns its QSerialPort.
class SerialLink : public QObject
{
    Q_OBJECT

public:
    ~SerialLink() override;

    LinkRole role() const { return m_role; }
    LinkState state() const { return m_state; }
    LinkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    const SerialSettings &settings() const { return m_settings; }
    quint64 bytesReceived() const { return m_rxBytes; }
    quint64 bytesSent() const { return m_txBytes; }
    int reconnects() const { return m_reconnects; }

    // Opens the port; on failure reports OpenError and returns false (no retry: the user asked
    // for a port that is not there). After a successful open, losing the port starts retries.
    bool open();
    void close();

Q_SIGNALS:
    void stateChanged(LinkState state);
    void errorOccurred(LinkError error, const QString &message);
    // Bytes as they arrived, stamped on the link's clock (microseconds).
    void received(const QByteArray &bytes, qint64 atUs);
    // What a writable link sent, for the recorder. Never emitted by a listen link.
    void sent(const QByteArray &bytes, qint64 atUs);

protected:
    SerialLink(LinkRole role, const SerialSettings &settings, const Clock &clock, QObject *parent);
    // Only Poll and Emulate links expose this.
    qint64 writeBytes(const QByteArray &bytes);

private:
    void setState(LinkState state);
    void fail(LinkError error, const QString &message);
    bool openPort();
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void scheduleReconnect();

    LinkRole m_role;
    SerialSettings m_settings;
    const Clock &m_clock;
    QSerialPort m_port;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    LinkState m_state = LinkState::Closed;
    LinkError m_error = LinkError::NoError;
    QString m_errorString;
    quint64 m_rxBytes = 0;
    quint64 m_txBytes = 0;
    int m_reconnects = 0;
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

// BankScope is the bus master (inverter unplugged, or a console port).
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
