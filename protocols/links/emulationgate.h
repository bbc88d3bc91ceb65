#pragma once

#include "canlink.h"
#include "seriallink.h"
#include "wireevidence.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class Clock;

// Emulation (playing a bank, an inverter or a GX) transmits on its own schedule, so on a real
// bus it needs the user's explicit word and a bus nobody else drives (issue 18 item 5).
namespace EmulationTarget {
// A pseudo-terminal (or a symlink to one) is a test bench, not a bus.
bool isPseudoTerminal(const QString &port);
// Everything but a pseudo-terminal is a real port: /dev/ttyUSB0, /dev/serial/by-id/..., COM5,
// and a path that does not exist (nothing proves it is not).
bool isRealSerialPort(const QString &port);
// Qt's virtualcan is not a bus; every other plugin is (socketcan, vcan included, peakcan ...);
// SLCAN is as real as its serial port.
bool isRealCan(const QString &plugin, const QString &interface);
} // namespace EmulationTarget

// Listens on the wires an emulation would use, for the listen window, before it may start, and
// refuses it while another master or keep-alive is heard. RS485 (a bank or an inverter): any
// byte is another device talking. CAN, playing a bank: any frame (another BMS master, an
// inverter's 0x305 keep-alive). CAN, playing an inverter or a GX: another keep-alive
// (0x305/0x306/0x307) - a bank's broadcast is what it is there to hear. Silence alone is never
// consent (some inverters send no keep-alive): the caller also needs --confirm-no-inverter.
// GUI (or any one) thread; owns its listen links.
class EmulationGate : public QObject
{
    Q_OBJECT

public:
    enum class Plays { Bank, Inverter, Gx };

    struct Settings
    {
        Plays plays = Plays::Bank;
        std::optional<SerialSettings> serial;
        QList<CanSettings> can;
        int windowMs = 0; // 0: the protocol table's listen window
    };

    struct Verdict
    {
        bool allowed = false;
        QString link;   // the wire that refused it
        QString reason; // a sentence
        Heard heard;
    };

    EmulationGate(const Settings &settings, const Clock &clock, QObject *parent = nullptr);
    ~EmulationGate() override;

    int windowMs() const { return m_windowMs; }
    void start();

Q_SIGNALS:
    void finished(const EmulationGate::Verdict &verdict);

private:
    void conclude();
    void refuse(const QString &link, const QString &reason);

    Settings m_settings;
    const Clock &m_clock;
    int m_windowMs;
    std::unique_ptr<SerialLink> m_serial;
    std::unique_ptr<WireEvidence> m_serialEvidence;
    std::vector<std::unique_ptr<CanLink>> m_can;
    std::vector<std::unique_ptr<WireEvidence>> m_canEvidence;
    QTimer m_window;
    bool m_done = false;
};
