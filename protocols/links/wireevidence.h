#pragma once

#include "canframe.h"
#include "protocolid.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class StreamDecoder;

// Requests of one kind to one address that BankScope heard and did not send.
struct HeardRequest
{
    std::optional<int> address;
    QString message;       // "analog-values", "status-trigger", ...
    int count = 0;
    QList<qint64> timesUs; // the last 32
    std::optional<double> periodS() const; // median interval, with two or more
};

// What one protocol's decoder made of the traffic.
struct HeardProtocol
{
    ProtocolId protocol = ProtocolId::PylontechRs485;
    quint64 decoded = 0;
    quint64 failed = 0;
    quint64 responses = 0;  // answers, records, broadcasts
    QList<HeardRequest> requests;
    QList<int> answering;   // addresses seen in answers, ascending
    QList<int> polled() const; // addresses seen in requests, ascending
    const HeardRequest *mostFrequent() const;
};

// Everything heard on a wire while BankScope did not transmit: bytes (serial) or frames (CAN),
// and per candidate protocol what decodes, who polls whom and how often.
struct Heard
{
    quint64 bytes = 0;
    quint64 frames = 0;
    std::optional<qint64> firstUs;
    std::optional<qint64> lastUs;
    QList<HeardProtocol> protocols; // one per candidate, in table order
    QList<quint32> canIds;          // distinct CAN identifiers, in order heard
    bool keepAlive = false;         // CAN 0x305/0x306/0x307: an inverter or a GX is on the bus

    bool silent() const { return bytes == 0 && frames == 0; }
    const HeardProtocol *of(ProtocolId id) const;
    // The candidate that decodes the traffic best (most units decoded), if any decoded at all.
    std::optional<ProtocolId> best() const;
    QJsonObject toJson() const;
};

// Feeds what a listening link receives through every candidate protocol's StreamDecoder and
// keeps the Heard summary. Used by BusGuard during its listen window and by PassiveDetector at
// each candidate speed. Not a QObject; not thread-safe; memory bounded by the number of
// distinct (address, request) pairs.
class WireEvidence
{
public:
    explicit WireEvidence(const QList<ProtocolId> &candidates);
    ~WireEvidence();
    WireEvidence(const WireEvidence &) = delete;
    WireEvidence &operator=(const WireEvidence &) = delete;

    void feedSerial(QByteArrayView bytes, qint64 atUs);
    void feedCan(const CanFrameData &frame, qint64 atUs);
    // The line went quiet: complete what can be completed.
    void flush(qint64 atUs);
    void clear();
    const Heard &heard() const { return m_heard; }

private:
    void note(qint64 atUs);
    template<typename Items>
    void count(HeardProtocol &p, const Items &items, qint64 atUs);

    QList<ProtocolId> m_candidates;
    std::vector<std::unique_ptr<StreamDecoder>> m_decoders;
    QList<CanFrameData> m_canSample;
    Heard m_heard;
};
