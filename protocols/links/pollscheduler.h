#pragma once

#include "pollprotocol.h"

#include <QMap>
#include <QObject>
#include <QTimer>

class Clock;
class SerialPollLink;

struct PollSettings
{
    int timeoutMs = 1000;        // per attempt (python-pylontech uses 2 s, FHEM 1 s)
    int retries = 1;             // extra attempts after a timeout or a bad frame
    int turnaroundMs = 0;        // quiet time after an answer before the next request (RS485 direction switch)
    int cycleIntervalMs = 0;     // minimum time from one cycle start to the next; 0 = back to back
    int listenAfterAnswerMs = 0; // keep listening after an answer to catch a second answerer (scans)
};

// Per-address statistics of a poll session.
struct AddressStats
{
    quint64 requests = 0;       // attempts sent
    quint64 answers = 0;
    quint64 timeouts = 0;
    quint64 checksumErrors = 0;
    quint64 framingErrors = 0;
    quint64 wrongAddress = 0;   // valid frames from another address
    quint64 extraAnswers = 0;   // bytes after a complete answer (a second device answering)
    quint64 refused = 0;        // requests not sent because they would write a setting
    quint64 cancelled = 0;      // sent, but polling stopped before the answer was due (not an error)
    QList<qint64> latencyUs;    // last 256 answers
    std::optional<qint64> lastSeenUs;
    QByteArray lastAnswer;      // the last valid answer's bytes (duplicate detection)

    std::optional<qint64> latencyMinUs() const;
    std::optional<qint64> latencyMedianUs() const;
    std::optional<qint64> latencyMaxUs() const;
};

// Traffic the scheduler did not cause: another master on the bus.
struct ForeignTraffic
{
    enum class Kind {
        Request,    // a complete request BankScope did not send, inside or outside an answer slot
        OutsideSlot // bytes while no request of ours was waiting for its answer
    };
    Kind kind = Kind::OutsideSlot;
    std::optional<ForeignRequest> request; // Kind::Request
    QByteArray bytes;                      // what arrived (at most 64 bytes kept)
    std::optional<int> lastAddress;        // our last request's address, if any
    qint64 atUs = 0;
};

// The RS485 bus master: a queue of requests, exactly one in flight, a response timeout
// (restarted per attempt, so a late timeout of an earlier attempt cannot fire), retries, a
// turnaround delay, address and checksum checks, outcomes and counters reported as data.
// Timer driven on one thread: nothing spins between requests; the next request leaves as soon
// as the answer is complete and the turnaround has passed.
// It guards the bus while it polls (issue 18): a request it did not send, or any byte arriving
// outside the answer slot of its own request (from sending a request until its answer is
// complete, its retries included; for scans also the listening after an answer), stops it at
// once, before its next request, and is reported as foreignTraffic. A request that would write
// a setting is never sent (RequestSafety).
class PollScheduler : public QObject
{
    Q_OBJECT

public:
    PollScheduler(SerialPollLink &link, const PollProtocol &protocol, const Clock &clock, const PollSettings &settings,
                  QObject *parent = nullptr);

    // Requests that would write are dropped from the plan and counted (AddressStats::refused).
    void setPlan(const QList<PollRequest> &once, const QList<PollRequest> &cyclic);
    // The plan grown (a module first heard in a group answer): `once` (its identity) is sent after
    // what is queued now, `cyclic` replaces the cycle from the next one on; both kept for a
    // restart. Requests that would write are dropped.
    void extendPlan(const QList<PollRequest> &once, const QList<PollRequest> &cyclic);
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int cycles() const { return m_cycles; }
    const QMap<int, AddressStats> &stats() const { return m_stats; }
    const PollSettings &settings() const { return m_settings; }
    ProtocolId protocol() const { return m_protocol.protocol(); }

Q_SIGNALS:
    void answered(const PollRequest &request, const DecodedMessage &message, qint64 latencyUs);
    // After the retries are spent. `reason`: "timeout", "checksum", "framing", "wrong-address",
    // "write", "refused".
    void failed(const PollRequest &request, const QString &reason, const QString &detail);
    void cycleFinished(int cycle, qint64 durationUs);
    // The one-time requests are done and there is no cyclic plan: the scheduler stopped.
    void idle();
    // Another master is on the bus: the scheduler has stopped and sends nothing more.
    void foreignTraffic(const ForeignTraffic &traffic);

private:
    void sendNext();
    void sendCurrent();
    void onReceived(const QByteArray &bytes, qint64 atUs);
    void onTimeout();
    void attemptFailed(const QString &reason, const QString &detail);
    void advance(int address);
    void stopForForeign(ForeignTraffic traffic);
    QList<PollRequest> readOnly(const QList<PollRequest> &requests);

    SerialPollLink &m_link;
    const PollProtocol &m_protocol;
    const Clock &m_clock;
    PollSettings m_settings;
    QList<PollRequest> m_once;
    QList<PollRequest> m_cyclic;
    QList<PollRequest> m_queue;
    std::optional<PollRequest> m_current;
    std::optional<int> m_lastAddress;
    int m_attempt = 0;
    quint64 m_sequence = 0;    // tags the attempt in flight
    qint64 m_sentUs = 0;
    QByteArray m_rx;
    QByteArray m_afterRx;      // bytes while listening after an answer (scans)
    bool m_running = false;
    bool m_onceDone = false;
    bool m_slotOpen = false;   // a request of ours is waiting for its answer (or its retry)
    bool m_awaiting = false;   // ... and its current attempt has no verdict yet
    bool m_adapterMayEcho = true; // until an answer arrives without our echo before it
    bool m_tailAllowed = false;   // just after an answer: its tail may still come (isAnswerTail)
    bool m_listeningAfter = false;
    int m_listenAddress = -1;
    int m_cycles = 0;
    qint64 m_cycleStartUs = 0;
    QTimer m_timeout;
    QTimer m_gap;
    QTimer m_after;
    QMap<int, AddressStats> m_stats;
};
