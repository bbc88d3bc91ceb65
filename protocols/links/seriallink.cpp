#include "seriallink.h"

#include "clock.h"

#include <QCoreApplication>

namespace SerialPortErrors {

bool meansGone(QSerialPort::SerialPortError error)
{
    return error == QSerialPort::ResourceError || error == QSerialPort::ReadError || error == QSerialPort::PermissionError
        || error == QSerialPort::DeviceNotFoundError;
}

} // namespace SerialPortErrors

SerialLink::SerialLink(LinkRole role, const SerialSettings &settings, const Clock &clock, QObject *parent)
    : Link(role, ReconnectPolicy{settings.reconnectFirstMs, settings.reconnectMaxMs}, parent)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SerialLink::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::onPortError);
}

SerialLink::~SerialLink()
{
    m_port.close();
}

Link::OpenResult SerialLink::openDevice()
{
    m_currentPort = m_settings.portName;
    if (m_settings.locate) {
        const QString where = m_settings.locate();
        if (where.isEmpty()) {
            return OpenResult::failed(LinkError::OpenError, QCoreApplication::translate("SerialLink", "cannot open %1: the adapter is not plugged in")
                                                                .arg(m_settings.portName));
        }
        m_currentPort = where;
    }
    m_port.setPortName(m_currentPort);
    // A listen link opens the device read-only: even the file handle cannot transmit.
    const QIODevice::OpenMode mode = role() == LinkRole::Listen ? QIODevice::ReadOnly : QIODevice::ReadWrite;
    if (!m_port.open(mode)) {
        return OpenResult::failed(LinkError::OpenError, QCoreApplication::translate("SerialLink", "cannot open %1: %2")
                                                            .arg(m_currentPort, m_port.errorString()));
    }
    if (!m_port.setBaudRate(m_settings.baudRate) || !m_port.setDataBits(m_settings.dataBits)
        || !m_port.setParity(m_settings.parity) || !m_port.setStopBits(m_settings.stopBits)
        || !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        return OpenResult::failed(LinkError::ConfigurationError,
                                  QCoreApplication::translate("SerialLink", "%1 refused the settings %2 baud: %3")
                                      .arg(m_settings.portName)
                                      .arg(m_settings.baudRate)
                                      .arg(m_port.errorString()));
    }
    m_port.clear(); // stale bytes from before the open (CH341 adapters keep them)
    deviceOpened();
    return {};
}

void SerialLink::closeDevice()
{
    m_port.close();
}

qint64 SerialLink::writeBytes(const QByteArray &bytes)
{
    if (role() == LinkRole::Listen || state() != LinkState::Open)
        return -1;
    const qint64 n = m_port.write(bytes);
    if (n < 0) {
        reportError(LinkError::WriteError, QCoreApplication::translate("SerialLink", "writing to %1 failed: %2")
                                               .arg(m_settings.portName, m_port.errorString()));
        return n;
    }
    m_txBytes += quint64(n);
    Q_EMIT sent(bytes.left(n), m_clock.nowUs());
    return n;
}

void SerialLink::readPending()
{
    if (state() == LinkState::Open && !m_port.waitForReadyRead(0))
        m_port.clearError(); // nothing waiting is no error
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
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || state() != LinkState::Open)
        return;
    if (!SerialPortErrors::meansGone(error)) {
        reportError(error == QSerialPort::WriteError ? LinkError::WriteError : LinkError::UnknownError, m_port.errorString());
        return;
    }
    // The port is gone: close it and retry until it returns.
    deviceLost(QCoreApplication::translate("SerialLink", "%1 went away (%2); retrying").arg(m_settings.portName, m_port.errorString()));
}
