#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A SocketCAN interface's own settings. On Linux the bit rate and listen-only mode belong to
// the interface (`ip link set can0 type can bitrate 500000 listen-only on`), not to the program
// that opens it, so BankScope reads them (iproute2's `ip -details -json link show IFACE`) and
// says when a link that should only listen sits on an interface that is not listen-only.
// Plain functions; query() runs `ip` and waits for it (a second at most).
namespace SocketCanInterface {

struct State
{
    QString name;
    QString kind;              // "can", "vcan", ...
    bool listenOnly = false;   // ctrlmode LISTEN-ONLY
    std::optional<int> bitrate;
    QString busState;          // "ERROR-ACTIVE", "BUS-OFF", ... (empty when not reported)
    bool up = false;
    bool isVirtual() const { return kind == QLatin1String("vcan") || kind == QLatin1String("vxcan"); }
};

// Parses `ip -details -json link show IFACE`; nullopt with `error` when the text is not that.
std::optional<State> parseIpJson(const QByteArray &json, QString &error);
// Runs ip; nullopt with `error` (no such interface, ip missing, ...).
std::optional<State> query(const QString &interface, QString &error);
// The commands that make an interface listen-only at a bit rate (as root).
QString listenOnlyCommand(const QString &interface, int bitrate);

} // namespace SocketCanInterface
