#include "seriallink.h"

#include "clock.h"

#include <QCoreApplication>

SerialLink::SerialLink(LinkRole role, const SerialSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_settings(settings)
    , m_clock(clock)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (openPort()) {
            ++m_reconnects;
            m_backoffMs = 0;
            setState(LinkState::Open);
        } else {
            scheduleReconnect();
        }
    });
    connect(&m_port, &QSerialPort::readyRead, this, &SerialLink::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::onPortError);
}

SerialLink::~SerialLink()
{
    m_reconnect.stop();
    m_port.close();
}

void SerialLink::setState(LinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SerialLink::fail(LinkError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    Q_EMIT errorOccurred(error, message);
}

bool SerialLink::openPort()
{
    m_port.setPortName(m_settings.portName);
    // A listen link opens the device read-only: even the file handle cannot transmit.
    const QIODevice::OpenMode mode = m_role == LinkRole::Listen ? QIODevice::ReadOnly : QIODevice::ReadWrite;
    if (!m_port.open(mode))
        return false;
    if (!m_port.setBaudRate(m_settings.baudRate) || !m_port.setDataBits(m_settings.dataBits)
        || !m_port.setParity(m_settings.parity) || !m_port.setStopBits(m_settings.stopBits)
        || !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        const QString why = m_port.errorString();
        m_port.close();
        fail(LinkError::ConfigurationError,
             QCoreApplication::translate("SerialLink", "%1 refused the settings %2 baud: %3")
                 .arg(m_settings.portName)
                 .arg(m_settings.baudRate)
                 .arg(why));
        return false;
    }
    m_port.clear(); // stale bytes from before the open (CH341 adapters keep them)
    return true;
}

bool SerialLink::open()
{
    if (m_state == LinkState::Open)
        return true;
    setState(LinkState::Opening);
    if (!openPort()) {
        if (m_error != LinkError::ConfigurationError) {
            fail(LinkError::OpenError, QCoreApplication::translate("SerialLink", "cannot open %1: %2")
                                           .arg(m_settings.portName, m_port.errorString()));
        }
        setState(LinkState::Closed);
        return false;
    }
    m_error = LinkError::NoError;
    m_errorString.clear();
    setState(LinkState::Open);
    return true;
}

void SerialLink::close()
{
    m_reconnect.stop();
    m_port.close();
    setState(LinkState::Closed);
}

qint64 SerialLink::writeBytes(const QByteArray &bytes)
{
    if (m_role == LinkRole::Listen || m_state != LinkState::Open)
        return -1;
    const qint64 n = m_port.write(bytes);
    if (n < 0) {
        fail(LinkError::WriteError, QCoreApplication::translate("SerialLink", "writing to %1 failed: %2")
                                        .arg(m_settings.portName, m_port.errorString()));
        return n;
    }
    m_txBytes += quint64(n);
    Q_EMIT sent(bytes.left(n), m_clock.nowUs());
    return n;
}

void SerialLink::onReadyRead()
{
    const QByteArray bytes = m_port.readAll();
    if (bytes.isEmpty())
        return;
    m_rxBytes += quint64(bytes.size());
    Q_EMIT received(bytes, m_clock.nowUs());
}

void SerialLink::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || m_state != LinkState::Open)
        return;
    if (error == QSerialPort::TimeoutError)
        return;
    // An unplugged USB adapter shows as ResourceError (or a read error on a pty whose other
    // end closed). Either way the port is gone: close it and retry until it returns.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError
        || error == QSerialPort::PermissionError || error == QSerialPort::DeviceNotFoundError;
    if (!gone) {
        fail(error == QSerialPort::WriteError ? LinkError::WriteError : LinkError::UnknownError, m_port.errorString());
        return;
    }
    fail(LinkError::Unplugged, QCoreApplication::translate("SerialLink", "%1 went away (%2); retrying")
                                   .arg(m_settings.portName, m_port.errorString()));
    m_port.close();
    setState(LinkState::Reconnecting);
    scheduleReconnect();
}

void SerialLink::scheduleReconnect()
{
    m_backoffMs = m_backoffMs == 0 ? m_settings.reconnectFirstMs : std::min(m_backoffMs * 2, m_settings.reconnectMaxMs);
    m_reconnect.start(m_backoffMs);
}
