#pragma once

#include "pollscheduler.h"

#include <QObject>

#include <memory>

// Probes a protocol's address range (protocol table: its probe and range) and reports each
// address as answering, silent or suspect: checksum errors concentrated on one address, two
// answers to one request, or identical data from two addresses (a duplicate address, or a pack
// answering for another). Its scheduler guards the bus: when another master shows up, probing
// stops at once and the addresses not yet probed are reported as such. GUI (or any one) thread.
class BusScanner : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Answering, Silent, Suspect, NotProbed };

    struct Result
    {
        int address = 0;
        Verdict verdict = Verdict::Silent;
        QStringList reasons;     // plain words, for suspects
        QString note;            // plain words, e.g. why an answering master still means "no module"
        AddressStats stats;
        std::optional<DecodedMessage> identity; // the last valid answer
    };

    struct Settings
    {
        int attempts = 3;       // probes per address
        int timeoutMs = 500;
        int quietMs = 40;       // listening after each answer for a second answerer
        QList<int> addresses;   // default: the protocol's scan range
    };

    // Probes through its own scheduler on `link`.
    BusScanner(SerialPollLink &link, ProtocolId protocol, const Clock &clock, const Settings &settings,
               QObject *parent = nullptr);
    // Probes through `scheduler` (e.g. BusGuard's, made with pollSettings(settings)).
    BusScanner(PollScheduler &scheduler, ProtocolId protocol, const Settings &settings, QObject *parent = nullptr);
    ~BusScanner() override;

    // The scheduler settings a scan needs: its timeout, no retries (attempts are probes), and
    // listening after each answer for a second answerer.
    static PollSettings pollSettings(const Settings &settings);

    void start();
    const QList<Result> &results() const { return m_results; }
    // Set when another master stopped the scan.
    const std::optional<ForeignTraffic> &stoppedBy() const { return m_stoppedBy; }

    static QString verdictName(Verdict v); // "answering", "silent", "suspect", "not-probed"

Q_SIGNALS:
    void finished(const QList<BusScanner::Result> &results);

private:
    void conclude();

    ProtocolId m_protocol;
    Settings m_settings;
    std::unique_ptr<PollProtocol> m_pollProtocol;
    std::unique_ptr<PollScheduler> m_ownScheduler;
    PollScheduler *m_scheduler = nullptr;
    std::optional<ForeignTraffic> m_stoppedBy;
    bool m_concluded = false;
    QMap<int, DecodedMessage> m_identity;
    QList<Result> m_results;
};
