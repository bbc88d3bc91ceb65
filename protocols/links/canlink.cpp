#include "canlink.h"

#include "clock.h"
#include "seriallink.h"

#include <QVariant>
#include <QCanBus>
#include <QCanBusDevice>
#include <QCanBusFrame>
#include <QCoreApplication>

namespace {

bool isHex(QByteArrayView v)
{
    for (char c : v) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace

CanLink::CanLink(LinkRole role, const CanSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_settings(settings)
    , m_clock(clock)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        const bool ok = m_settings.plugin == QLatin1String("slcan") ? openSlcan() : openQt();
        if (ok) {
            m_backoffMs = 0;
        } else {
            scheduleReconnect();
        }
    });
}

CanLink::~CanLink()
{
    close();
}

void CanLink::setState(LinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CanLink::fail(LinkError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    Q_EMIT errorOccurred(error, message);
}

CanLink::Stats CanLink::stats() const
{
    Stats s = m_stats;
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
    switch (bitrate) {
    case 10000:
        return "S0";
    case 20000:
        return "S1";
    case 50000:
        return "S2";
    case 100000:
        return "S3";
    case 125000:
        return "S4";
    case 250000:
        return "S5";
    case 500000:
        return "S6";
    case 800000:
        return "S7";
    case 1000000:
        return "S8";
    default:
        return {};
    }
}

std::optional<CanFrameData> CanLink::parseSlcan(QByteArrayView line)
{
    if (line.isEmpty())
        return std::nullopt;
    const char kind = line.front();
    const bool extended = kind == 'T' || kind == 'R';
    const bool remote = kind == 'r' || kind == 'R';
    if (kind != 't' && kind != 'T' && kind != 'r' && kind != 'R')
        return std::nullopt;
    const int idLen = extended ? 8 : 3;
    if (line.size() < 1 + idLen + 1 || !isHex(line.sliced(1, idLen)))
        return std::nullopt;
    const char dlcChar = line[1 + idLen];
    if (dlcChar < '0' || dlcChar > '8')
        return std::nullopt;
    const int dlc = dlcChar - '0';
    const qsizetype dataLen = remote ? 0 : 2 * dlc;
    const qsizetype base = 2 + idLen + dataLen;
    // Optional 4-digit time stamp (adapters in Z1 mode).
    if (line.size() != base && line.size() != base + 4)
        return std::nullopt;
    if (!isHex(line.sliced(2 + idLen)))
        return std::nullopt;
    CanFrameData f;
    f.id = QByteArray(line.sliced(1, idLen).toByteArray()).toUInt(nullptr, 16);
    f.extended = extended;
    f.remote = remote;
    if (!extended && f.id > 0x7FF)
        return std::nullopt;
    if (extended && f.id > 0x1FFFFFFF)
        return std::nullopt;
    // A remote request carries a length but no data: kept as that many zero bytes.
    f.data = remote ? QByteArray(dlc, '\0') : QByteArray::fromHex(line.sliced(2 + idLen, dataLen).toByteArray());
    return f;
}

QByteArray CanLink::formatSlcan(const CanFrameData &f)
{
    QByteArray out;
    out += f.remote ? (f.extended ? 'R' : 'r') : (f.extended ? 'T' : 't');
    out += QByteArray::number(f.id, 16).toUpper().rightJustified(f.extended ? 8 : 3, '0');
    out += QByteArray::number(f.data.size());
    if (!f.remote)
        out += f.data.toHex().toUpper();
    return out + '\r';
}

bool CanLink::open()
{
    if (m_state == LinkState::Open)
        return true;
    setState(LinkState::Opening);
    const bool ok = m_settings.plugin == QLatin1String("slcan") ? openSlcan() : openQt();
    if (!ok)
        setState(LinkState::Closed);
    return ok;
}

void CanLink::close()
{
    m_reconnect.stop();
    if (m_device) {
        m_device->disconnect(this);
        m_device->disconnectDevice();
        m_device.reset();
    }
    if (m_serial) {
        if (m_serial->state() == LinkState::Open && m_role != LinkRole::Listen)
            m_serial->write("C\r");
        m_serial->disconnect(this);
        m_serial->close();
        m_serial.reset();
    }
    setState(LinkState::Closed);
}

bool CanLink::openQt()
{
    QString why;
    m_device.reset(QCanBus::instance()->createDevice(m_settings.plugin, m_settings.interface, &why));
    if (!m_device) {
        fail(LinkError::OpenError, QCoreApplication::translate("CanLink", "cannot create CAN device %1:%2: %3").arg(m_settings.plugin, m_settings.interface, why));
        return false;
    }
    if (m_settings.bitrate > 0)
        m_device->setConfigurationParameter(QCanBusDevice::BitRateKey, m_settings.bitrate);
    // Our own frames are not bus traffic.
    m_device->setConfigurationParameter(QCanBusDevice::ReceiveOwnKey, false);
    connect(m_device.get(), &QCanBusDevice::framesReceived, this, &CanLink::onQtFrames);
    connect(m_device.get(), &QCanBusDevice::stateChanged, this, [this](QCanBusDevice::CanBusDeviceState s) {
        if (s == QCanBusDevice::ConnectedState) {
            setState(LinkState::Open);
        } else if (s == QCanBusDevice::UnconnectedState && m_state == LinkState::Open) {
            fail(LinkError::Unplugged, QCoreApplication::translate("CanLink", "%1:%2 went away; retrying").arg(m_settings.plugin, m_settings.interface));
            setState(LinkState::Reconnecting);
            scheduleReconnect();
        }
    });
    connect(m_device.get(), &QCanBusDevice::errorOccurred, this, [this](QCanBusDevice::CanBusError e) {
        if (e == QCanBusDevice::NoError)
            return;
        const LinkError mapped = e == QCanBusDevice::ConfigurationError ? LinkError::ConfigurationError
            : e == QCanBusDevice::ReadError                           ? LinkError::ReadError
            : e == QCanBusDevice::WriteError                          ? LinkError::WriteError
            : e == QCanBusDevice::ConnectionError                     ? (m_state == LinkState::Open ? LinkError::Unplugged : LinkError::OpenError)
                                                                      : LinkError::UnknownError;
        fail(mapped, m_device ? m_device->errorString() : QString());
    });
    if (!m_device->connectDevice()) {
        fail(LinkError::OpenError, QCoreApplication::translate("CanLink", "cannot connect %1:%2: %3").arg(m_settings.plugin, m_settings.interface, m_device->errorString()));
        m_device.reset();
        return false;
    }
    if (m_device->state() == QCanBusDevice::ConnectedState)
        setState(LinkState::Open);
    m_rateWindow.start();
    return true;
}

bool CanLink::openSlcan()
{
    const QByteArray bitrate = slcanBitrateCommand(m_settings.bitrate);
    if (bitrate.isEmpty()) {
        fail(LinkError::ConfigurationError, QCoreApplication::translate("CanLink", "SLCAN adapters have no setting for %1 bit/s").arg(m_settings.bitrate));
        return false;
    }
    SerialSettings s;
    s.portName = m_settings.interface;
    s.baudRate = m_settings.slcanBaudRate;
    s.reconnectFirstMs = m_settings.reconnectFirstMs;
    s.reconnectMaxMs = m_settings.reconnectMaxMs;
    m_serial = std::make_unique<SerialPollLink>(s, m_clock);
    connect(m_serial.get(), &SerialLink::received, this, [this](const QByteArray &b, qint64) { onSlcanBytes(b); });
    auto configure = [this, bitrate] {
        // Close, set the bit rate, open: listen-only ('L') for a listen link.
        m_serial->write("C\r" + bitrate + "\r" + (m_role == LinkRole::Listen ? "L\r" : "O\r"));
    };
    connect(m_serial.get(), &SerialLink::stateChanged, this, [this, configure](LinkState st) {
        if (st == LinkState::Open && m_state == LinkState::Reconnecting) {
            configure();
            setState(LinkState::Open);
        } else if (st == LinkState::Reconnecting) {
            fail(LinkError::Unplugged, QCoreApplication::translate("CanLink", "SLCAN adapter %1 went away; retrying").arg(m_settings.interface));
            setState(LinkState::Reconnecting);
        }
    });
    if (!m_serial->open()) {
        fail(LinkError::OpenError, m_serial->errorString());
        m_serial.reset();
        return false;
    }
    configure();
    m_rateWindow.start();
    setState(LinkState::Open);
    return true;
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

void CanLink::onSlcanBytes(const QByteArray &bytes)
{
    m_slcanBuffer += bytes;
    QList<TimedCanFrame> batch;
    const qint64 now = m_clock.nowUs();
    while (true) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_slcanBuffer.size(); ++i) {
            if (m_slcanBuffer[i] == '\r' || m_slcanBuffer[i] == '\a') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const QByteArray line = m_slcanBuffer.left(end);
        const char terminator = m_slcanBuffer[end];
        m_slcanBuffer.remove(0, end + 1);
        if (terminator == '\a') {
            ++m_stats.errorFrames; // the adapter refused a command or reports a bus error
            continue;
        }
        if (line.isEmpty() || line == "z" || line == "Z")
            continue; // acknowledgements
        if (const auto f = parseSlcan(line))
            batch.append(TimedCanFrame{*f, now});
        else if (line[0] == 't' || line[0] == 'T' || line[0] == 'r' || line[0] == 'R')
            ++m_stats.malformed;
        // Other lines (version, serial number, another host's set-up commands) are not traffic.
    }
    if (m_slcanBuffer.size() > 4096) {
        m_stats.malformed += 1;
        m_slcanBuffer.clear();
    }
    if (batch.isEmpty())
        return;
    countFrames(int(batch.size()));
    Q_EMIT framesReceived(batch);
}

bool CanLink::writeFrame(const CanFrameData &frame)
{
    if (m_role == LinkRole::Listen || m_state != LinkState::Open)
        return false;
    bool ok = false;
    if (m_device) {
        QCanBusFrame f(frame.id, frame.data);
        f.setExtendedFrameFormat(frame.extended);
        if (frame.remote)
            f.setFrameType(QCanBusFrame::RemoteRequestFrame);
        ok = m_device->writeFrame(f);
    } else if (m_serial) {
        ok = m_serial->write(formatSlcan(frame)) > 0;
    }
    if (!ok) {
        fail(LinkError::WriteError, QCoreApplication::translate("CanLink", "the frame could not be sent"));
        return false;
    }
    ++m_stats.sent;
    Q_EMIT framesSent({TimedCanFrame{frame, m_clock.nowUs()}});
    return true;
}

void CanLink::scheduleReconnect()
{
    m_device.reset();
    m_backoffMs = m_backoffMs == 0 ? m_settings.reconnectFirstMs : std::min(m_backoffMs * 2, m_settings.reconnectMaxMs);
    m_reconnect.start(m_backoffMs);
}
