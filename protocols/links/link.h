#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <algorithm>

// What every link (serial, CAN, SLCAN, replay) reports, in the manner of QCanBusDevice.
// The role is fixed by the link's type: a listen link class has no write method at all.
enum class LinkRole { Listen, Poll, Emulate };

enum class LinkState {
    Closed,
    Opening,
    Open,
    Reconnecting // the device went away; retrying with back-off
};

enum class LinkError {
    NoError,
    OpenError,          // could not open (missing device, permission, busy)
    ConfigurationError, // the device refused a setting (baud rate, bit rate)
    ReadError,
    WriteError,
    Unplugged,          // the device disappeared while open
    ProtocolError,      // the adapter answered something it should not (SLCAN BEL)
    UnknownError
};

// Something a link found out while opening that the user should know, but that is no error:
// the SLCAN adapter's version, the silent mode it took, a socketcan interface that is not
// listen-only. A code and its arguments (data); text() says it in words.
struct LinkNotice
{
    enum class Code {
        SlcanVersion,           // args: version
        SlcanSilentByM1,        // 'L' refused, CANable 2.0 silent mode 'M1' then 'O' accepted
        SocketCanNotListenOnly, // args: interface, bitrate, command
        SocketCanBitrate,       // args: interface, bitrate (the interface's), wanted
        SocketCanStateUnknown,  // args: interface, reason
        SocketCanVirtual,       // args: interface (vcan: no controller, nothing to set)
        BitrateNotApplied,      // args: plugin, wanted (the plugin's interface owns its bit rate)
        NoListenOnlyMode,       // args: plugin (a Qt plugin without a listen-only setting)
    };
    Code code = Code::SlcanVersion;
    QVariantMap args;

    QString codeName() const; // "slcan-version", ...
    QString text() const;     // translated sentence
};

namespace LinkNames {
QString role(LinkRole role);    // "listen", "poll", "emulate"
QString state(LinkState state); // "closed", "opening", "open", "reconnecting"
QString error(LinkError error); // "open-error", ...
QString errorLabel(LinkError error); // translated, plain words
} // namespace LinkNames

struct ReconnectPolicy
{
    int firstMs = 250; // back-off after an unplug: first retry ...
    int maxMs = 4000;  // ... doubling up to this
};

// The base of serial, CAN and SLCAN links: role, state, typed errors, notices, and survival of
// an unplugged adapter (the link reports it, closes the device, retries with back-off and
// resumes when it comes back). Subclasses open and close their device; an open may finish
// later (a CAN plugin connecting, an SLCAN adapter answering its set-up). Roles are fixed by
// the concrete type: only writable ones have a public write(). GUI (or any one) thread.
class Link : public QObject
{
    Q_OBJECT

public:
    ~Link() override;

    LinkRole role() const { return m_role; }
    LinkState state() const { return m_state; }
    LinkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int reconnects() const { return m_reconnects; }
    // Reconnecting: milliseconds until the next attempt (0 when none is scheduled).
    int retryInMs() const { return m_retry.isActive() ? std::max(0, m_retry.remainingTime()) : 0; }

    // Opens the device. False (OpenError or ConfigurationError, state Closed) when it cannot:
    // the user asked for a device that is not there, so there is no retry. True when the device
    // is open or still opening; an open that fails later reports its error and goes Closed.
    bool open();
    // Keeps trying to open, with back-off, until the device is there (state Reconnecting):
    // how a link comes back after an unplug.
    void openWhenAvailable();
    void close();

Q_SIGNALS:
    void stateChanged(LinkState state);
    void errorOccurred(LinkError error, const QString &message);
    void noticed(const LinkNotice &notice);

protected:
    struct OpenResult
    {
        bool ok = true;
        LinkError error = LinkError::NoError;
        QString message;
        static OpenResult failed(LinkError e, const QString &m) { return OpenResult{false, e, m}; }
    };

    Link(LinkRole role, const ReconnectPolicy &reconnect, QObject *parent);
    // Opens the device; ok when it is open (the subclass then calls deviceOpened()) or will
    // finish opening later (deviceOpened() or deviceOpenFailed()).
    virtual OpenResult openDevice() = 0;
    virtual void closeDevice() = 0;

    void deviceOpened();
    void deviceOpenFailed(LinkError error, const QString &message);
    // The device went away while open (unplugged adapter, hung-up pty, CAN interface gone).
    void deviceLost(const QString &message);
    // An error that leaves the device open (a failed write, an adapter error).
    void reportError(LinkError error, const QString &message);
    void notice(LinkNotice::Code code, const QVariantMap &args = {});

private:
    void setState(LinkState state);
    void retry();
    void scheduleRetry();

    LinkRole m_role;
    ReconnectPolicy m_policy;
    QTimer m_retry;
    int m_backoffMs = 0;
    LinkState m_state = LinkState::Closed;
    LinkError m_error = LinkError::NoError;
    QString m_errorString;
    int m_reconnects = 0;
    bool m_silentRetries = false; // retries after an unplug do not repeat their open errors
};
