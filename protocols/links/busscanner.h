#pragma once

#include "pollscheduler.h"

#include <QObject>

#include <memory>

// Probes a protocol's address range and reports each address as answering, silent or suspect:
// checksum errors concentrated on one address, two answers to one request, or identical data
// from two addresses (a duplicate address, or a pack answering for another).
class BusScanner : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Answering, Silent, Suspect };

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

    BusScanner(SerialPollLink &link, ProtocolId protocol, const Clock &clock, const Settings &settings,
               QObject *parent = nullptr);
    void start();
    const QList<Result> &results() const { return m_results; }

    static QString verdictName(Verdict v); // "answering", "silent", "suspect"

Q_SIGNALS:
    void finished(const QList<BusScanner::Result> &results);

private:
    void conclude();

    ProtocolId m_protocol;
    Settings m_settings;
    std::unique_ptr<PollProtocol> m_pollProtocol;
    std::unique_ptr<PollScheduler> m_scheduler;
    QMap<int, DecodedMessage> m_identity;
    QList<Result> m_results;
};
