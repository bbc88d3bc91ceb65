#pragma once

#include "ringbuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Who sent a unit on a link, as BankScope saw it.
enum class TrafficDirection {
    Request,   // BankScope sent it (poll role)
    Answer,    // an answer to a request
    Broadcast, // sent unasked (CAN broadcasts, a master's own traffic heard while listening)
    Foreign    // a request BankScope did not send: another master on the bus
};

enum class TrafficStatus {
    Ok,
    ChecksumError,
    FramingError, // bytes that make no frame (wrong baud, A/B swapped, collisions)
    NoAnswer,     // a request's time-out, recorded with the request
    NotAnswering, // a valid answer saying the module cannot be reached (RTN 0x91)
    Undecoded     // a valid frame no decoder knows
};

namespace TrafficNames {
QString name(TrafficDirection direction); // "request", ...
QString label(TrafficDirection direction); // translated
QString name(TrafficStatus status);       // "ok", "checksum-error", ...
QString label(TrafficStatus status);      // translated
} // namespace TrafficNames

// One unit on a link: a serial frame (request or answer) or a CAN frame, with what the decoder
// made of it. What the raw traffic view shows, and what a session fills for every link.
struct TrafficRecord
{
    qint64 atUs = 0;
    QString link;
    TrafficDirection direction = TrafficDirection::Answer;
    std::optional<quint32> canId; // set for CAN frames
    int address = -1;             // the bus address concerned (serial), -1 unknown
    QByteArray bytes;             // the frame's bytes (CAN: the data)
    QString summary;              // the decoder's one-line summary ("analog-values ADR 2, 4 packs")
    TrafficStatus status = TrafficStatus::Ok;
};

// The latest traffic in fixed memory. Every record gets a sequence number (1, 2, ...); a reader
// remembers the last one it took and asks for what came after. When the reader is slower than
// the ring (a paused view, a flood), the records it never got are counted, never hidden.
// Not thread-safe (GUI thread).
class TrafficLog
{
public:
    explicit TrafficLog(int capacity = 20000);

    void append(const TrafficRecord &record);
    quint64 appended() const { return m_appended; } // sequence number of the newest record
    int capacity() const { return m_ring.capacity(); }
    int size() const { return m_ring.size(); }

    struct Batch
    {
        QList<TrafficRecord> records; // oldest first
        quint64 lastSequence = 0;     // pass this as `after` next time
        quint64 missed = 0;           // records after `after` that were overwritten before this read
    };
    // The records with a sequence number above `after`, at most maxRecords of the newest: the
    // older ones beyond that count as missed too (the view could not keep up with them).
    Batch since(quint64 after, int maxRecords) const;
    qsizetype storageBytes() const { return m_ring.storageBytes(); }

private:
    RingBuffer<TrafficRecord> m_ring;
    quint64 m_appended = 0;
};
