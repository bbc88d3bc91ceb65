#pragma once

#include "pollscheduler.h"
#include "seriallink.h"

#include <QModbusReply>
#include <QModbusRtuSerialClient>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;

// JK-PB packs over Modbus RTU with QModbusRtuSerialClient (one request in flight, its own
// timeout and retries), when no JK master owns the bus (fact sheet a.2: "mode 2"). Reads per
// pack: device info once (0x1400, 16 words), then every cycle the status block in three reads
// of at most 40 words (JK answers ~40, fails at 128): 0x1200 x 32, 0x1240 x 32, 0x1280 x 40.
// JK addresses registers by byte offset; the start address goes on the wire unchanged and the
// reply's words are turned back into bytes for the register table. Every reply is decoded here
// (decoded() / decodeFailures() count them); stop() cancels the request in flight, which is
// then neither counted nor reported: the poller ended it, the bus did not fail.
// GUI (or any one) thread; owns its QModbusRtuSerialClient.
class JkModbusPoller : public QObject
{
    Q_OBJECT

public:
    struct Read
    {
        int address;
        quint16 start;
        quint16 words;
    };

    JkModbusPoller(const SerialSettings &port, const Clock &clock, const QList<int> &addresses,
                   const PollSettings &settings, QObject *parent = nullptr);

    bool start();
    void stop();
    QString errorString() const { return m_client.errorString(); }
    const QMap<int, AddressStats> &stats() const { return m_stats; }
    int cycles() const { return m_cycles; }
    quint64 decoded() const { return m_decoded; }               // replies decoded and emitted (answered)
    quint64 decodeFailures() const { return m_decodeFailures; } // replies that did not decode (failed, "decode")
    static QList<Read> plan(const QList<int> &addresses, bool withInfo);

Q_SIGNALS:
    void answered(int address, const DecodedMessage &message, qint64 latencyUs);
    void failed(int address, const QString &reason, const QString &detail);
    void cycleFinished(int cycle, qint64 durationUs);

private:
    void sendNext();

    QModbusRtuSerialClient m_client;
    const Clock &m_clock;
    QList<int> m_addresses;
    PollSettings m_settings;
    QList<Read> m_queue;
    bool m_infoDone = false;
    bool m_running = false;
    int m_cycles = 0;
    qint64 m_cycleStartUs = 0;
    QTimer m_gap;
    QMap<int, AddressStats> m_stats;
    QPointer<QModbusReply> m_inFlight;
    int m_inFlightAddress = 0;
    quint64 m_decoded = 0;
    quint64 m_decodeFailures = 0;
};
