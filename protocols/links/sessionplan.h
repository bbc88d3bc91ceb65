#pragma once

#include "link.h"
#include "protocolid.h"
#include "roledecision.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What a BankSession is asked to run: one or more sources, each a value the connection dialog,
// the window's command line and bankscope-cli all build the same way. Plain data; JSON for the
// "last connection" setting and for the commissioning report. No behaviour here: BankSession
// (banksession.h) runs a plan.
struct SessionSource
{
    enum class Kind {
        Serial,    // a serial port (USB-RS485 stick); role auto/listen/poll through BusGuard
        CanPlugin, // a Qt SerialBus plugin and interface (socketcan:can0, virtualcan:can0, peakcan:usb0)
        Slcan,     // an SLCAN adapter on a serial port (CANable, USBtin): always silent
        Recording, // a recording replayed (BankScope session, candump log, Vector ASC, SavvyCAN CSV)
        Simulated, // a simulated bank built by app/ and handed to the session (demo, --scenario)
    };

    Kind kind = Kind::Serial;
    QString device;   // port name or path, "plugin:interface", file path; scenario path for Simulated
    // The adapter's stable identity, so a replugged stick is found again under another device
    // name: the /dev/serial/by-id name when there is one, else "usb:VVVV:PPPP:SERIAL"; empty for
    // none (a replug is then looked for under the same device name only).
    QString identity;
    QString label;    // what the user saw when picking it ("CH340 USB-RS485 on ttyUSB0"); may be empty
    std::optional<ProtocolId> protocol; // none: the protocol table / detection decides (recordings infer)
    qint32 speed = 0;                   // baud or bit rate; 0: the protocol table's default
    RoleRequest role = RoleRequest::Auto; // serial only; CAN and SLCAN links always listen
    int listenWindowMs = 0;             // 0: ProtocolTable::listenWindowMs(); never shorter than it
    QString bankFile;                   // optional bank configuration (BankConfig JSON)
    double replaySpeed = 1.0;           // Recording: 1.0 real time, 10.0, 0 = as fast as possible
    qint32 adapterBaud = 0;             // SLCAN: serial speed to the adapter; 0: 115200
    int pollTimeoutMs = 0;              // serial poll: answer timeout per attempt; 0: the scheduler's default

    friend bool operator==(const SessionSource &, const SessionSource &) = default;
};

struct SessionPlan
{
    QList<SessionSource> sources;
    QString recordTo; // record every source's traffic into this BankScope session file; empty: none

    bool isEmpty() const { return sources.isEmpty(); }
    bool isReplay() const; // every source is a recording
    friend bool operator==(const SessionPlan &, const SessionPlan &) = default;

    QJsonObject toJson() const;
    // Strict: an unknown kind, protocol or role is an error (message names the field), never a guess.
    static std::optional<SessionPlan> fromJson(const QJsonObject &json, QString *error = nullptr);
};

namespace SessionSourceKinds {
QString name(SessionSource::Kind kind); // "serial", "can", "slcan", "recording", "simulated"
std::optional<SessionSource::Kind> fromName(const QString &name);
} // namespace SessionSourceKinds

// What a session reports about each of its links, as data, on its status tick: what the status
// bar, the connection dialog and the Links page show, and what bankscope-cli prints as JSON.
struct LinkStatus
{
    enum class Phase {
        Closed,       // not open (yet, or after an error without retry)
        Opening,
        Listening,    // auto/poll: listening before it may transmit (listenRemainingMs counts down)
        ListeningOnly,// listening for good: asked to, a CAN link, or another master was heard
        Polling,      // polling the bank
        Replaying,
        ReplayPaused,
        ReplayEnded,
        Simulated,    // a simulated bank (nothing on any wire)
        Reconnecting, // the adapter went away; retrying (retryInMs counts down)
        Failed,       // could not open; errorText and nextStep say why and what to do
    };

    QString name;                 // the link's name in events and recordings ("rs485", "can0", file name)
    SessionSource::Kind kind = SessionSource::Kind::Serial;
    QString device;               // where it is now (a replugged stick may be under another name)
    std::optional<ProtocolId> protocol;
    qint32 speed = 0;
    Phase phase = Phase::Closed;
    LinkRole role = LinkRole::Listen;       // what the link may do now
    std::optional<RoleDecision> decision;   // why (serial: BusGuard's decision once made)
    int listenRemainingMs = 0;              // Listening: countdown to the decision
    QString heard;                          // Listening: what has been heard so far, in words
    int retryInMs = 0;                      // Reconnecting: countdown to the next attempt
    quint64 frames = 0;                     // valid frames decoded
    double framesPerSecond = 0.0;           // over the last few seconds
    quint64 bytes = 0;                      // bytes received (serial) or frames received (CAN)
    quint64 errors = 0;                     // checksum/framing errors, bad lines, timeouts
    quint64 bytesSent = 0;                  // 0 unless polling
    // Bytes arrive but no valid frame decodes for a while: wrong baud or protocol (the window
    // says so in words).
    bool bytesWithoutFrames = false;
    QString identity;                       // the adapter's stable identity, when it has one
    LinkError error = LinkError::NoError;
    QString errorText;                      // plain words
    QString detail;                         // the system's own message ("cannot open /dev/ttyUSB0: Permission denied")
    QString nextStep;                       // what to do ("add yourself to the dialout group: ...")
    // Replay only: the file time of the last event and the position in the file.
    qint64 fileTimeUs = -1;
    double progress = 0.0;
    quint64 badLines = 0;
    qint64 firstBadLine = -1;               // line number of the first unreadable line, -1: none

    QString phaseName() const; // "listening", ...
    QString phaseLabel() const; // translated
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(SessionPlan)
Q_DECLARE_METATYPE(LinkStatus)
