#pragma once

#include "decodepipeline.h"
#include "linkactivity.h"
#include "loopbacksource.h"
#include "pollprotocol.h"
#include "simbank.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class Clock;

// A simulated bank read through the real path, in-process: every tick the physics steps, the
// Pylontech polling plan is sent to the emulated master (requests encoded, answers framed,
// decoded and paired by the same DecodePipeline as a live link) and the master's CAN
// broadcast is decoded as what the inverter is actually told. What `bankscope --demo` shows.
// A "jk-legacy" scenario (JK-B packs, single master) is polled with 4E57 read-all instead,
// and the first pack's own CAN broadcast is what the inverter is told.
// A "victron-can" scenario is read as a GX reads it instead: each BMS's own broadcast on its
// own (loopback) interface, one pipeline per pack; nothing is "told" then, the GX aggregates.
// Every exchange is judged as a live poll link judges it (PollProtocol: answer, checksum or
// framing error, wrong address, silence) and counted per address, every CAN frame per id, into a
// LinkActivity with the raw traffic; the latency of a loopback exchange is the time it would take
// on the wire at the scenario's baud rate (request, turnaround, answer), as there is no wire.
// Each module's firmware (0x96) is read at the start and once a minute.
// A BankSession reads it as a Simulated source (LoopbackSource). GUI thread; owns the simulation.
class LoopbackBank : public LoopbackSource
{
    Q_OBJECT

public:
    LoopbackBank(const Scenario &scenario, const Clock &clock, QObject *parent = nullptr);

    BankConfig config() const override { return m_bank.physics().bankConfig(); }
    SimBank &bank() { return m_bank; }
    void start(int tickMs = 500) override;
    void stop() override;
    // One step now: physics, one poll cycle, one broadcast.
    void step();

    QList<PackReading> readings() const override;
    // What the master's CAN broadcast tells the inverter; nothing once it has been silent for
    // kToldTimeoutMs (the inverter then has no BMS data either).
    std::optional<InverterView> observed() const override;
    static constexpr qint64 kToldTimeoutMs = 5000;
    quint64 exchanges() const override { return m_exchanges; }
    quint64 failures() const override { return m_rs485.stats().failed + m_can.stats().failed; }

    // Link health and raw traffic of the loopback links, as a session reports them.
    const LinkActivity &activity() const override { return m_activity; }
    // Per pack: its link counters as evidence and its firmware, for BankMonitor::setLinkInfo.
    QHash<QString, PackLinkInfo> packLinkInfo() const override;
    static constexpr qint64 kIdentityEveryMs = 60000;

private:
    void exchange(const PollRequest &request, qint64 nowUs);
    void noteCan(DecodePipeline &pipeline, const CanFrameData &frame, const QString &pack, qint64 nowUs);
    void captureFrom(DecodePipeline &pipeline);
    struct Captured
    {
        std::optional<DecodedMessage> message;
        QString error;
    };

    const Clock &m_clock;
    SimBank m_bank;
    DecodePipeline m_rs485;
    DecodePipeline m_can;
    std::vector<std::unique_ptr<DecodePipeline>> m_bmsInterfaces; // victron-can: one per pack
    PylonCan::Dialect m_dialect = PylonCan::Dialect::PylonV12;
    bool m_legacy = false; // jk-legacy: JK-B packs polled with 4E57 read-all, the first one tells the inverter
    QTimer m_timer;
    quint64 m_exchanges = 0;
    // Link health (additive to the data path above; nothing here changes what is decoded).
    QList<PollRequest> m_requests; // the cyclic poll plan
    QList<PollRequest> m_identity; // 0x96 software version per module
    std::optional<qint64> m_lastIdentityUs;
    std::unique_ptr<PollProtocol> m_judge;
    LinkActivity m_activity;
    QList<Captured> m_captured;
    QHash<QString, QString> m_firmware; // by pack id
    QHash<QString, bool> m_balancing;   // by pack id
    QHash<QString, qint64> m_lastFrameUs; // by link + CAN id
};
