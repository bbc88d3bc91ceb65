#pragma once

#include "decodedmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// One request of a polling plan.
struct PollRequest
{
    int address = 0;     // the address that must answer
    QByteArray bytes;    // as sent on the wire
    QString label;       // "analog-values", "read-all", ...
    quint8 command = 0;  // protocol command (Pylontech CID2), for pairing
    std::optional<quint8> commandValue;
};

// How a protocol recognises the answer to a request in the bytes received since it left.
class PollProtocol
{
public:
    enum class Verdict {
        Incomplete,    // keep listening
        Answer,        // a complete, valid answer from the right address
        ChecksumError, // a complete frame whose checksum fails
        FramingError,  // bytes that cannot be a frame of this protocol
        WrongAddress   // a valid frame, but from another address
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Incomplete;
        qsizetype consumed = 0;              // bytes of rx that belong to this outcome
        std::optional<DecodedMessage> message;
        QString detail;
    };

    virtual ~PollProtocol() = default;
    virtual ProtocolId protocol() const = 0;
    virtual Outcome examine(const PollRequest &request, const QByteArray &rx) const = 0;
};

// Pylontech RS485: an answer runs from '~' to CR; its ADR must match the request's.
class PylontechPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::PylontechRs485; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
};

// JK-B 4E57: an answer is LEN + 2 bytes from 4E 57. The frame carries no reliable address
// (the terminal field is echoed by some firmware only), so none is checked [?].
class JkLegacyPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkLegacy; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
};

// JK-PB bus-master triggers: the answer is a 300-byte record, 00, the FC16 ACK naming the
// responder, 00.
class JkPbTriggerPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkPb; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
};

// JK-PB Modbus RTU reads (FC03): the answer is addr 03 count data CRC, or an exception.
class JkModbusPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkModbus; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
};

std::unique_ptr<PollProtocol> makePollProtocol(ProtocolId protocol);

// Polling plans (issue: per module identity once, live values every cycle).
namespace PollPlans {
struct Plan
{
    QList<PollRequest> once;   // identity and parameters, at start
    QList<PollRequest> cyclic; // live values, every cycle
};
// Pylontech: 0x4F, 0x51, 0x93, 0x96, 0x47 once per module; 0x42, 0x44, 0x92 every cycle, or
// 0x42/0x44 with 0xFF to the group master when `group` is set (0x92 stays per module).
Plan pylontech(const QList<int> &addresses, bool group);
// JK-B: read-all per address (the address goes in the terminal field [?]).
Plan jkLegacy(const QList<int> &addresses);
// JK-PB without a JK master: about and settings triggers once, status trigger every cycle.
Plan jkPbTriggers(const QList<int> &addresses);
// Probes for a bus scan: one identity request per address.
QList<PollRequest> scanProbes(ProtocolId protocol, const QList<int> &addresses);
// The address range a protocol's scan covers: Pylontech 2-9 in group 0 (0x12-0x19 ... for
// groups 1-7), JK-B 1-15, JK-PB 0-15.
QList<int> scanRange(ProtocolId protocol, int groups = 1);
} // namespace PollPlans
