#pragma once

#include "canlink.h"
#include "pollscheduler.h"
#include "protocoltable.h"
#include "seriallink.h"
#include "wireevidence.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Clock;

// Finds out what a wire carries without disturbing it (issue 18 item 6). It listens at each
// candidate speed in turn - every RS485 baud rate the protocol table knows, each for the listen
// window; on CAN every common bit rate, each for twice the longest CAN period, with the SLCAN
// adapter in silent mode (a controller that is not listen-only at a wrong bit rate sends error
// frames, so other plugins are listened to at their one configured rate) - and reports what it
// heard and what decoded, per protocol. Only when asked (probe), only on an RS485 bus silent at
// every candidate, and only after announcing the exact bytes (probesPlanned), it sends one
// identity read per protocol and speed to the protocol's default address, until one answers,
// through a poll scheduler whose guard stops at the first foreign byte. CAN is never probed.
// GUI (or any one) thread; owns the links it opens, one at a time.
class PassiveDetector : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString serialPort;            // RS485: the port; or
        std::optional<CanSettings> can; // CAN: plugin and interface (the bit rate is searched on SLCAN)
        QList<qint32> speeds;          // empty: ProtocolTable::candidateSpeeds()
        int windowMs = 0;              // per candidate; 0: listen window (RS485) / hearing window (CAN)
        bool probe = false;
        int probeTimeoutMs = 500;
    };

    struct Candidate
    {
        qint32 speed = 0;
        Heard heard;
        quint64 errorFrames = 0; // CAN: error frames or adapter errors at this bit rate
        QString error;           // the link could not listen at this speed
    };

    struct Probe
    {
        qint32 baud = 0;
        ProtocolId protocol = ProtocolId::PylontechRs485;
        PollRequest request;
        bool answered = false;
        std::optional<DecodedMessage> answer;
        QString outcome; // "answered", "timeout", "checksum", ..., "not-sent"
    };

    struct Result
    {
        Medium medium = Medium::Serial;
        QList<Candidate> candidates;
        bool silent = true;                 // nothing heard at any candidate
        std::optional<ProtocolId> protocol; // what the traffic (or a probe answer) is
        std::optional<qint32> speed;
        bool probed = false;
        QList<Probe> probes;
        std::optional<ForeignTraffic> interrupted; // someone spoke while probing
        QString error;                      // the search could not run (adapter refused silent mode, ...)
        QString text() const;               // one sentence
    };

    PassiveDetector(const Settings &settings, const Clock &clock, QObject *parent = nullptr);
    ~PassiveDetector() override;

    Medium medium() const;
    QList<qint32> speeds() const { return m_speeds; }
    int windowMs() const { return m_windowMs; }
    // The probes that would be sent, in order (one per serial protocol and each of its speeds).
    static QList<Probe> probePlan(const QList<qint32> &speeds);

    void start();
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void candidateStarted(qint32 speed, int windowMs);
    void candidateDone(const PassiveDetector::Candidate &candidate);
    // Before the first probe byte leaves: exactly what will be sent.
    void probesPlanned(const QList<PassiveDetector::Probe> &plan);
    void probeDone(const PassiveDetector::Probe &probe);
    void finished(const PassiveDetector::Result &result);

private:
    void listenNext();
    void endCandidate();
    void conclude();
    void probeNext();
    void finishProbe(const QString &outcome, const std::optional<DecodedMessage> &answer);
    void closeLinks();

    Settings m_settings;
    const Clock &m_clock;
    QList<qint32> m_speeds;
    int m_windowMs = 0;
    int m_index = -1;
    std::unique_ptr<SerialLink> m_serial;
    std::unique_ptr<CanLink> m_can;
    std::unique_ptr<WireEvidence> m_evidence;
    std::unique_ptr<PollProtocol> m_framer;
    std::unique_ptr<PollScheduler> m_scheduler;
    QTimer m_window;
    Result m_result;
    QList<Probe> m_plan;
    int m_probeIndex = -1;
    qint32 m_probeBaud = 0;
};
