#pragma once

// What the link commands of bankscope-cli share: their options, the event loop, and the JSON
// they print for link statistics and decoded messages.

#include "bankconfig.h"
#include "busguard.h"
#include "canlink.h"
#include "decodedmessage.h"
#include "pollscheduler.h"
#include "protocolid.h"
#include "roledecision.h"
#include "seriallink.h"
#include "sessionplan.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace LinkCli {

// Prints "bankscope-cli COMMAND: MESSAGE" on stderr; returns the exit status for bad input (2).
int fail(const char *command, const QString &message);

// The options every link command shares.
struct Options
{
    QString serial;
    QString can;   // plugin:interface
    QString slcan;
    std::optional<ProtocolId> protocol;
    qint32 baud = 0;
    int bitrate = 0;                     // 0: the protocol's (500000 for Pylon CAN)
    RoleRequest role = RoleRequest::Auto; // --listen | --poll; auto by default
    int windowMs = 0;                    // --window S: a longer listen window (never shorter than the table's)
    bool probe = false;                  // detect --probe
    double duration = 0.0;
    QString record;
    QString output;
    QString bank;
    double speed = 1.0;
    int attempts = 3;
    int timeoutMs = 0;
    QStringList positional;
    QString error;
};

Options parse(const QStringList &args);
qint32 defaultBaud(ProtocolId p);
CanSettings canSettings(const Options &o);
QString linkName(const Options &o);
// The listen window before BankScope may transmit on a serial wire: the table's, or --window.
int listenWindowMs(const Options &o);
// Runs the event loop until the duration passes or SIGINT/SIGTERM arrives.
void runLoop(double seconds);

// Stops the event loop `seconds` after start() (or never for 0), and on SIGINT/SIGTERM.
class Countdown
{
public:
    explicit Countdown(double seconds);
    void start(); // once; later calls do nothing
    void run();   // the event loop
private:
    double m_seconds;
    bool m_started = false;
};

// A role decision: one JSON line {"event": "role", "link": ..., ...} and the sentence on stderr.
void printDecision(const char *command, const QString &link, const RoleDecision &decision);
// A link notice (SLCAN version, socketcan not listen-only, ...): JSON line and stderr sentence.
void printNotice(const char *command, const QString &link, const LinkNotice &notice);
// A link that could not be opened, in the session's plain words: what is wrong, the system's own
// message, and the next step ("/dev/ttyUSB0 is in use by another program (cannot open ...). It is
// held by minicom (pid 812): ...").
QString failedLinkText(const LinkStatus &status);
// Prints link errors as {"event": "link-error", ...} lines.
void printLinkErrors(QObject *source, const QString &link);
// The guard's part of the final statistics.
void addGuardStats(QJsonObject &stats, const BusGuard &guard);
QJsonObject statsJson(const AddressStats &s);
void addSerialStats(QJsonObject &stats, const SerialLink &link);
std::optional<BankConfig> loadBank(const QString &path, QString &error);
// Without a bank file every address seen becomes a pack "A<address>".
BankConfig autoBank(ProtocolId protocol, const QList<int> &addresses);
QJsonObject messageJson(const DecodedMessage &m, const QString &link, qint64 atUs);
QJsonObject failJson(ProtocolId p, const QString &error, const QString &link, qint64 atUs);

} // namespace LinkCli
