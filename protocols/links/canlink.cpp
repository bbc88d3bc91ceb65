#include "canlink.h"

#include "clock.h"
#include "slcanadapter.h"
#include "socketcaninterface.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QCanBusFrame>
#include <QCoreApplication>
#include <QVariant>

CanLink::CanLink(LinkRole role, const CanSettings &settings, const Clock &clock, QObject *parent)
    : Link(role, ReconnectPolicy{settings.reconnectFirstMs, settings.reconnectMaxMs}, parent)
    , m_settings(settings)
    , m_clock(clock)
{
}

CanLink::~CanLink()
{
    if (m_device) {
        m_device->disconnect(this);
        m_device->disconnectDevice();
    }
    if (m_slcan) {
        m_slcan->disconnect(this);
        m_slcan->close();
    }
}

bool CanLink::pluginSetsBitrate(const QString &plugin)
{
    return plugin != QLatin1String("socketcan") && plugin != QLatin1String("virtualcan");
}

CanLink::Stats CanLink::stats() const
{
    Stats s = m_stats;
    if (m_slcan) {
        s.errorFrames += m_slcan->stats().refused;
        s.malformed += m_slcan->stats().malformed;
    }
    if (m_device && m_device->hasBusStatus()) {
        switch (m_device->busStatus()) {
        case QCanBusDevice::CanBusStatus::Good:
            s.busState = QStringLiteral("good");
            break;
        case QCanBusDevice::CanBusStatus::Warning:
            s.busState = QStringLiteral("warning");
            break;
        case QCanBusDevice::CanBusStatus::Error:
            s.busState = QStringLiteral("error");
            break;
        case QCanBusDevice::CanBusStatus::BusOff:
            s.busState = QStringLiteral("bus-off");
            break;
        case QCanBusDevice::CanBusStatus::Unknown:
            s.busState = QStringLiteral("unknown");
            break;
        }
    } else if (s.busState.isEmpty()) {
        s.busState = QStringLiteral("unknown");
    }
    return s;
}

QByteArray CanLink::slcanBitrateCommand(int bitrate)
{
    return SlcanAdapter::bitrateCommand(bitrate);
}

std::optional<CanFrameData> CanLink::parseSlcan(QByteArrayView line)
{
    return SlcanAdapter::parseLine(line);
}

QByteArray CanLink::formatSlcan(const CanFrameData &frame)
{
    return SlcanAdapter::formatFrame(frame);
}

Link::OpenResult CanLink::openDevice()
{
    return isSlcan() ? openSlcan() : openQt();
}

void CanLink::closeDevice()
{
    // Deleted later: this may run inside one of the device's own signals (lost, set-up failed).
    if (m_device) {
        m_device->disconnect(this);
        m_device->disconnectDevice();
        m_device.release()->deleteLater();
    }
    if (m_slcan) {
        m_slcan->disconnect(this);
        m_slcan->close();
        m_slcan.release()->deleteLater();
    }
}

void CanLink::checkSocketCan()
{
    QString why;
    const auto st = SocketCanInterface::query(m_settings.interface, why);
    const QString iface = m_settings.interface;
    if (!st) {
        notice(LinkNotice::Code::SocketCanStateUnknown, {{QStringLiteral("interface"), iface}, {QStringLiteral("reason"), why}});
        return;
    }
    if (st->isVirtual()) {
        notice(LinkNotice::Code::SocketCanVirtual, {{QStringLiteral("interface"), iface}});
        return;
    }
    const int bitrate = st->bitrate.value_or(m_settings.bitrate);
    if (!st->listenOnly) {
        notice(LinkNotice::Code::SocketCanNotListenOnly,
               {{QStringLiteral("interface"), iface},
                {QStringLiteral("bitrate"), bitrate},
                {QStringLiteral("command"), SocketCanInterface::listenOnlyCommand(iface, m_settings.bitrate > 0 ? m_settings.bitrate : bitrate)}});
    }
    if (st->bitrate && m_settings.bitrate > 0 && *st->bitrate != m_settings.bitrate) {
        notice(LinkNotice::Code::SocketCanBitrate,
               {{QStringLiteral("interface"), iface}, {QStringLiteral("bitrate"), *st->bitrate}, {QStringLiteral("wanted"), m_settings.bitrate}});
    }
}

Link::OpenResult CanLink::openQt()
{
    QString why;
    m_device.reset(QCanBus::instance()->createDevice(m_settings.plugin, m_settings.interface, &why));
    if (!m_device) {
        return OpenResult::failed(LinkError::OpenError, QCoreApplication::translate("CanLink", "cannot create CAN device %1:%2: %3")
                                                            .arg(m_settings.plugin, m_settings.interface, why));
    }
    const bool socketcan = m_settings.plugin == QLatin1String("socketcan");
    if (socketcan && role() == LinkRole::Listen)
        checkSocketCan();
    if (pluginSetsBitrate(m_settings.plugin)) {
        if (m_settings.bitrate > 0)
            m_device->setConfigurationParameter(QCanBusDevice::BitRateKey, m_settings.bitrate);
        if (role() == LinkRole::Listen)
            notice(LinkNotice::Code::NoListenOnlyMode, {{QStringLiteral("plugin"), m_settings.plugin}});
    } else if (socketcan && m_settings.bitrate > 0 && role() != LinkRole::Listen) {
        notice(LinkNotice::Code::BitrateNotApplied,
               {{QStringLiteral("plugin"), m_settings.plugin}, {QStringLiteral("wanted"), m_settings.bitrate}});
    }
    // Our own frames are not bus traffic.
    m_device->setConfigurationParameter(QCanBusDevice::ReceiveOwnKey, false);
    connect(m_device.get(), &QCanBusDevice::framesReceived, this, &CanLink::onQtFrames);
    connect(m_device.get(), &QCanBusDevice::stateChanged, this, [this](QCanBusDevice::CanBusDeviceState s) {
        if (s == QCanBusDevice::ConnectedState) {
            m_rateWindow.start();
            deviceOpened();
        } else if (s == QCanBusDevice::UnconnectedState && state() == LinkState::Open) {
            deviceLost(QCoreApplication::translate("CanLink", "%1:%2 went away; retrying").arg(m_settings.plugin, m_settings.interface));
        }
    });
    connect(m_device.get(), &QCanBusDevice::errorOccurred, this, [this](QCanBusDevice::CanBusError e) {
        if (e == QCanBusDevice::NoError)
            return;
        const QString message = m_device ? m_device->errorString() : QString();
        if (e == QCanBusDevice::ConnectionError && state() != LinkState::Open) {
            if (!m_connecting) // a refusal inside connectDevice() is its return value
                deviceOpenFailed(LinkError::OpenError, message);
            return;
        }
        const LinkError mapped = e == QCanBusDevice::ConfigurationError ? LinkError::ConfigurationError
            : e == QCanBusDevice::ReadError                           ? LinkError::ReadError
            : e == QCanBusDevice::WriteError                          ? LinkError::WriteError
            : e == QCanBusDevice::ConnectionError                     ? LinkError::Unplugged
                                                                      : LinkError::UnknownError;
        reportError(mapped, message);
    });
    m_connecting = true;
    const bool connecting = m_device->connectDevice();
    m_connecting = false;
    if (!connecting) {
        return OpenResult::failed(LinkError::OpenError, QCoreApplication::translate("CanLink", "cannot connect %1:%2: %3")
                                                            .arg(m_settings.plugin, m_settings.interface, m_device->errorString()));
    }
    if (m_device->state() == QCanBusDevice::ConnectedState) {
        m_rateWindow.start();
        deviceOpened();
    }
    return {};
}

Link::OpenResult CanLink::openSlcan()
{
    SlcanAdapter::Settings s;
    s.portName = m_settings.interface;
    s.baudRate = m_settings.slcanBaudRate;
    s.bitrate = m_settings.bitrate;
    // Everything that does not emulate is silent; emulation talks to another program as often
    // as to an adapter (an SLCAN cable), so it does not wait for answers.
    s.mode = role() == LinkRole::Emulate ? SlcanAdapter::Mode::Normal : SlcanAdapter::Mode::Silent;
    s.waitForAnswers = s.mode == SlcanAdapter::Mode::Silent;
    m_slcan = std::make_unique<SlcanAdapter>(s);
    connect(m_slcan.get(), &SlcanAdapter::framesReceived, this, &CanLink::deliver);
    connect(m_slcan.get(), &SlcanAdapter::ready, this, [this] {
        if (m_slcan->silentBy() != SlcanAdapter::SilentBy::None) // silent mode asked the adapter's version
            notice(LinkNotice::Code::SlcanVersion, {{QStringLiteral("version"), m_slcan->version()}});
        if (m_slcan->silentBy() == SlcanAdapter::SilentBy::SilentM1)
            notice(LinkNotice::Code::SlcanSilentByM1);
        m_rateWindow.start();
        deviceOpened();
    });
    connect(m_slcan.get(), &SlcanAdapter::setupFailed, this, [this](const QString &reason) {
        deviceOpenFailed(LinkError::ProtocolError,
                         QCoreApplication::translate("CanLink", "SLCAN adapter %1: %2").arg(m_settings.interface, reason));
    });
    connect(m_slcan.get(), &SlcanAdapter::portLost, this, [this](const QString &message) { deviceLost(message); });
    QString error;
    bool configuration = false;
    if (!m_slcan->open(error, configuration))
        return OpenResult::failed(configuration ? LinkError::ConfigurationError : LinkError::OpenError, error);
    return {};
}

void CanLink::countFrames(int n)
{
    m_stats.frames += quint64(n);
    m_windowFrames += quint64(n);
    const qint64 ms = m_rateWindow.isValid() ? m_rateWindow.elapsed() : 0;
    if (ms >= 1000) {
        m_stats.framesPerSecond = m_windowFrames * 1000.0 / ms;
        m_windowFrames = 0;
        m_rateWindow.restart();
    }
}

void CanLink::onQtFrames()
{
    QList<TimedCanFrame> batch;
    const qint64 now = m_clock.nowUs();
    for (const QCanBusFrame &f : m_device->readAllFrames()) {
        if (f.frameType() == QCanBusFrame::ErrorFrame) {
            ++m_stats.errorFrames;
            continue;
        }
        if (f.frameType() == QCanBusFrame::InvalidFrame) {
            ++m_stats.malformed;
            continue;
        }
        CanFrameData d;
        d.id = f.frameId();
        d.extended = f.hasExtendedFrameFormat();
        d.remote = f.frameType() == QCanBusFrame::RemoteRequestFrame;
        d.data = f.payload(); // for a remote request: its requested length
        batch.append(TimedCanFrame{d, now});
    }
    if (batch.isEmpty())
        return;
    countFrames(int(batch.size()));
    Q_EMIT framesReceived(batch);
}

void CanLink::deliver(const QList<CanFrameData> &frames)
{
    QList<TimedCanFrame> batch;
    const qint64 now = m_clock.nowUs();
    for (const CanFrameData &f : frames)
        batch.append(TimedCanFrame{f, now});
    countFrames(int(batch.size()));
    Q_EMIT framesReceived(batch);
}

bool CanLink::writeFrame(const CanFrameData &frame)
{
    if (role() != LinkRole::Emulate || state() != LinkState::Open)
        return false;
    bool ok = false;
    if (m_device) {
        QCanBusFrame f(frame.id, frame.data);
        f.setExtendedFrameFormat(frame.extended);
        if (frame.remote)
            f.setFrameType(QCanBusFrame::RemoteRequestFrame);
        ok = m_device->writeFrame(f);
    } else if (m_slcan) {
        ok = m_slcan->sendFrame(frame);
    }
    if (!ok) {
        reportError(LinkError::WriteError, QCoreApplication::translate("CanLink", "the frame could not be sent"));
        return false;
    }
    ++m_stats.sent;
    Q_EMIT framesSent({TimedCanFrame{frame, m_clock.nowUs()}});
    return true;
}
