#pragma once

#include "canframe.h"
#include "link.h"

#include <QElapsedTimer>

#include <memory>

class Clock;
class QCanBusDevice;
class SlcanAdapter;

struct CanSettings
{
    QString plugin = QStringLiteral("socketcan"); // any Qt SerialBus plugin, or "slcan"
    QString interface = QStringLiteral("can0");   // plugin interface, or the serial port for SLCAN
    int bitrate = 500000;                         // applied where the plugin can apply it (CanLink::pluginSetsBitrate)
    qint32 slcanBaudRate = 115200;                // serial speed to an SLCAN adapter
    int reconnectFirstMs = 250;
    int reconnectMaxMs = 4000;
};

struct TimedCanFrame
{
    CanFrameData frame;
    qint64 atUs = 0;
};

// A CAN bus as a link, through a Qt SerialBus plugin (socketcan, peakcan, virtualcan, ...) or
// an SLCAN adapter on a serial port (SlcanAdapter). Frames arrive in batches stamped on the
// session clock; bus statistics (frames/s, error frames, bus state) are kept. CAN links listen;
// only emulation sends (an inverter's keep-alive is emulation), so there are two role types:
// CanListenLink without any write method, and CanEmulateLink. A listen SLCAN link opens the
// adapter in silent mode (SlcanAdapter); a listen socketcan link reads the interface's mode
// and says when it is not listen-only; other Qt plugins have no listen-only setting, which is
// said too. GUI (or any one) thread.
class CanLink : public Link
{
    Q_OBJECT

public:
    struct Stats
    {
        quint64 frames = 0;
        quint64 sent = 0;
        quint64 errorFrames = 0;      // error frames from the bus, BEL answers from an SLCAN adapter
        quint64 malformed = 0;        // SLCAN lines that are not frames we understand
        double framesPerSecond = 0.0; // over the last whole second
        QString busState;             // "good", "warning", "error", "bus-off", "unknown"
    };

    ~CanLink() override;

    const CanSettings &settings() const { return m_settings; }
    Stats stats() const;
    bool isSlcan() const { return m_settings.plugin == QLatin1String("slcan"); }

    // Whether a plugin takes its bit rate from BankScope (SLCAN, PEAK, Vector, ...) or the
    // interface owns it (socketcan: `ip link`; virtualcan has none).
    static bool pluginSetsBitrate(const QString &plugin);

    // The SLCAN bit-rate command for a bit rate ("S6" for 500000), or empty if there is none.
    static QByteArray slcanBitrateCommand(int bitrate);
    // Parses one SLCAN line (without CR) into a frame; nullopt for non-frame lines.
    static std::optional<CanFrameData> parseSlcan(QByteArrayView line);
    static QByteArray formatSlcan(const CanFrameData &frame);

Q_SIGNALS:
    void framesReceived(const QList<TimedCanFrame> &frames);
    void framesSent(const QList<TimedCanFrame> &frames);

protected:
    CanLink(LinkRole role, const CanSettings &settings, const Clock &clock, QObject *parent);
    bool writeFrame(const CanFrameData &frame);

private:
    OpenResult openDevice() override;
    void closeDevice() override;
    OpenResult openQt();
    OpenResult openSlcan();
    void checkSocketCan();
    void onQtFrames();
    void deliver(const QList<CanFrameData> &frames);
    void countFrames(int n);

    CanSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<QCanBusDevice> m_device;
    std::unique_ptr<SlcanAdapter> m_slcan;
    Stats m_stats;
    QElapsedTimer m_rateWindow;
    quint64 m_windowFrames = 0;
    bool m_connecting = false;
};

// Receives only: no write method exists on this type; an SLCAN adapter is put in silent mode.
class CanListenLink final : public CanLink
{
    Q_OBJECT
public:
    CanListenLink(const CanSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : CanLink(LinkRole::Listen, settings, clock, parent)
    {
    }
};

// BankScope plays a bank, an inverter or a GX (the simulator): it sends frames.
class CanEmulateLink final : public CanLink
{
    Q_OBJECT
public:
    CanEmulateLink(const CanSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : CanLink(LinkRole::Emulate, settings, clock, parent)
    {
    }
    bool write(const CanFrameData &frame) { return writeFrame(frame); }
};
