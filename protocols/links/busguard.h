#pragma once

#include "pollscheduler.h"
#include "roledecision.h"
#include "seriallink.h"
#include "wireevidence.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;

// The role of a serial link, decided safely (DESIGN §3, issue 18). It opens a listen link (no
// write path, in the type) and, for auto and --poll, listens for the listen window (at least
// 10 s and twice the longest master period of any protocol that can share the wire: the
// protocol table). Any byte heard, decodable or not, keeps it listening for good, and it says
// who polls; only a bus silent for the whole window gets a poll link, which listens once more
// for a moment before its scheduler's first request. While polling, the scheduler guards the
// wire: a request BankScope did not send, or bytes outside its own answer slot, stop all
// transmission before the next request, and the guard drops back to a listen link with a
// finding. --poll keeps the window and the guard: beside another master it refuses (refused()).
// An unplugged adapter is reopened as a listen link and the window starts again.
// It reports its phase, role, decision (code + arguments), the countdown and what it has
// heard so far as data, for a session, the CLI or the window. The owner attaches decoders and
// recorders to each link it announces (linkChanged) and starts the scheduler it is handed
// (pollingStarted). GUI (or any one) thread; owns its links and the scheduler.
class BusGuard : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Closed,
        Listening,   // the listen window is running
        Polling,
        ListenOnly,  // decided (or asked) to listen
        Reconnecting // the adapter went away; it comes back as a listen link
    };

    struct Settings
    {
        SerialSettings serial;
        ProtocolId protocol = ProtocolId::PylontechRs485;
        RoleRequest request = RoleRequest::Auto;
        int windowMs = 0;            // 0: ProtocolTable::listenWindowMs(). Front ends never go below that; tests may.
        int quietBeforePollMs = 200; // the poll link listens this long before the first request
        PollSettings poll;           // for the scheduler handed out by pollingStarted
    };

    BusGuard(const Settings &settings, const Clock &clock, QObject *parent = nullptr);
    ~BusGuard() override;

    // Opens the listen link and starts the window (auto, poll). False when the port cannot be
    // opened (the link's error says why).
    bool open();
    void close();

    Phase phase() const { return m_phase; }
    RoleRequest requested() const { return m_settings.request; }
    const std::optional<RoleDecision> &decision() const { return m_decision; }
    int windowMs() const { return m_windowMs; }
    qint64 windowRemainingMs() const; // while Listening
    const Heard &heard() const { return m_evidence.heard(); }
    SerialLink *link() const { return m_link.get(); }
    PollScheduler *scheduler() const { return m_scheduler.get(); }
    LinkState linkState() const;
    QString errorString() const;
    quint64 bytesReceived() const;
    quint64 bytesSent() const;
    int reconnects() const { return m_reconnects; }
    // Per-address statistics and cycles of the polling so far (kept after a fall-back).
    QMap<int, AddressStats> pollStats() const;
    int pollCycles() const;

    static QString phaseName(Phase phase); // "closed", "listening", "polling", "listen-only", "reconnecting"

Q_SIGNALS:
    // A new link object (listen, then poll, then listen again ...): attach decoders and recorders.
    void linkChanged(SerialLink *link);
    void phaseChanged(BusGuard::Phase phase);
    void decided(const RoleDecision &decision);
    // Polling may start: give the scheduler its plan and start it (or hand it to a BusScanner).
    void pollingStarted(PollScheduler &scheduler);
    void heardChanged();
    // The current link's state and errors.
    void linkStateChanged(LinkState state);
    void errorOccurred(LinkError error, const QString &message);

private:
    void setPhase(Phase phase);
    void decide(const RoleDecision &decision);
    void adopt(std::unique_ptr<SerialLink> link);
    void dropLink();
    void dropScheduler();
    void startWindow();
    void onReceived(const QByteArray &bytes, qint64 atUs);
    void onLinkState(LinkState state);
    void onWindowEnd();
    void upgrade();
    void startPolling();
    void onForeign(const ForeignTraffic &traffic);
    void fallBackToListen();

    Settings m_settings;
    const Clock &m_clock;
    int m_windowMs;
    Phase m_phase = Phase::Closed;
    std::optional<RoleDecision> m_decision;
    std::unique_ptr<SerialLink> m_link;
    std::unique_ptr<PollProtocol> m_framer;
    std::unique_ptr<PollScheduler> m_scheduler;
    WireEvidence m_evidence;
    QTimer m_window;
    QTimer m_quiet;
    QElapsedTimer m_windowClock;
    quint64 m_rxBefore = 0; // bytes of links already dropped
    quint64 m_txBefore = 0;
    int m_reconnects = 0;
    QMap<int, AddressStats> m_lastStats;
    int m_lastCycles = 0;
};
