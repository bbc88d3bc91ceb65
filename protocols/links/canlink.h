#pragma once

#include "canframe.h"
#include "link.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;
class QCanBusDevice;
class SerialPollLink;

struct CanSettings
{
    QString plugin = QStringLiteral("socketcan"); // any Qt SerialBus plugin, or "slcan"
    QString interface = QStringLiteral("can0");   // plugin interface, or the serial port for SLCAN
    int bitrate = 500000;
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
// an SLCAN (Lawicel ASCII) adapter on a serial port (CANable, USBtin and clones: Qt 6.4 has no
// SLCAN plugin). Frames arrive in batches stamped on the session clock; bus statistics
// (frames/s, error frames, bus state) are kept. Derived classes fix the role: only writable
// ones make write() public. A listen link opens SLCAN adapters in listen-only mode ('L');
// Qt plugins have no generic listen-only setting, so there the type's missing write method is
// the guarantee. GUI (or any one) thread.
class CanLink : public QObject
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

    LinkRole role() const { return m_role; }
    LinkState state() const { return m_state; }
    LinkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    const CanSettings &settings() const { return m_settings; }
    Stats stats() const;

    bool open();
    void close();

    // The SLCAN bit-rate command for a bit rate ("S6" for 500000), or empty if there is none.
    static QByteArray slcanBitrateCommand(int bitrate);
    // Parses one SLCAN line (without CR) into a frame; nullopt for non-frame lines.
    static std::optional<CanFrameData> parseSlcan(QByteArrayView line);
    static QByteArray formatSlcan(const CanFrameData &frame);

Q_SIGNALS:
    void stateChanged(LinkState state);
    void errorOccurred(LinkError error, const QString &message);
    void framesReceived(const QList<TimedCanFrame> &frames);
    void framesSent(const QList<TimedCanFrame> &frames);

protected:
    CanLink(LinkRole role, const CanSettings &settings, const Clock &clock, QObject *parent);
    bool writeFrame(const CanFrameData &frame);

private:
    void setState(LinkState state);
    void fail(LinkError error, const QString &message);
    bool openQt();
    bool openSlcan();
    void onQtFrames();
    void onSlcanBytes(const QByteArray &bytes);
    void countFrames(int n);
    void scheduleReconnect();

    LinkRole m_role;
    CanSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<QCanBusDevice> m_device;
    std::unique_ptr<SerialPollLink> m_serial; // SLCAN: the adapter's port (configuration + frames)
    QByteArray m_slcanBuffer;
    LinkState m_state = LinkState::Closed;
    LinkError m_error = LinkError::NoError;
    QString m_errorString;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    Stats m_stats;
    QElapsedTimer m_rateWindow;
    quint64 m_windowFrames = 0;
};

class CanListenLink final : public CanLink
{
    Q_OBJECT
public:
    CanListenLink(const CanSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : CanLink(LinkRole::Listen, settings, clock, parent)
    {
    }
};

class CanPollLink final : public CanLink
{
    Q_OBJECT
public:
    CanPollLink(const CanSettings &settings, const Clock &clock, QObject *parent = nullptr)
        : CanLink(LinkRole::Poll, settings, clock, parent)
    {
    }
    bool write(const CanFrameData &frame) { return writeFrame(frame); }
};

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
