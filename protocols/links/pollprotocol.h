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

// A request on the wire that BankScope did not send: another master.
struct ForeignRequest
{
    std::optional<int> address; // the address it polls
    QString message;            // "analog-values", "status-trigger", "read-registers", ...
    QByteArray unit;            // its bytes
};

// How a protocol recognises the answer to a request in the bytes received since it left, and a
// request of another master among them.
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
    // The first complete request frame in `rx` (the caller strips its own request's echo).
    virtual std::optional<ForeignRequest> findRequest(const QByteArray &rx) const = 0;
    // Bytes that may still follow a complete answer and belong to it (JK-PB: the 0x00 after
    // the ACK), arriving in a later read: not somebody else's traffic.
    virtual bool isAnswerTail(const QByteArray &bytes) const
    {
        Q_UNUSED(bytes)
        return false;
    }
};

// Pylontech RS485: an answer runs from '~' to CR; its ADR must match the request's.
class PylontechPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::PylontechRs485; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
    std::optional<ForeignRequest> findRequest(const QByteArray &rx) const override;
};

// JK-B 4E57: an answer is LEN + 2 bytes from 4E 57. The frame carries no reliable address
// (the terminal field is echoed by some firmware only), so none is checked [?].
class JkLegacyPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkLegacy; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
    std::optional<ForeignRequest> findRequest(const QByteArray &rx) const override;
};

// JK-PB bus-master triggers: the answer is a 300-byte record, 00, the FC16 ACK naming the
// responder, 00.
class JkPbTriggerPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkPb; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
    std::optional<ForeignRequest> findRequest(const QByteArray &rx) const override;
    bool isAnswerTail(const QByteArray &bytes) const override { return bytes == QByteArray(1, '\0'); }
};

// JK-PB Modbus RTU reads (FC03): the answer is addr 03 count data CRC, or an exception.
class JkModbusPollProtocol final : public PollProtocol
{
public:
    ProtocolId protocol() const override { return ProtocolId::JkModbus; }
    Outcome examine(const PollRequest &request, const QByteArray &rx) const override;
    std::optional<ForeignRequest> findRequest(const QByteArray &rx) const override;
};

// Polling plans (issue: per module identity once, live values every cycle). Every request of
// every plan and probe only reads (RequestSafety); the protocol table (protocoltable.h) says
// which plan, probe and scan range belong to which protocol.
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
// JK-PB over Modbus RTU FC03 when no JK master owns the bus (fact sheet a.2 "mode 2"): device
// info once (0x1400 x 16), then every cycle the status block in three reads of at most 40 words
// (JK answers ~40, fails at 128): 0x1200 x 32, 0x1240 x 32, 0x1280 x 40. JK numbers registers by
// byte offset; the start address goes on the wire unchanged.
Plan jkModbus(const QList<int> &addresses);

// Scan probes, one identity request per address (reads only).
PollRequest pylontechProbe(int address);   // 0x93 serial number
PollRequest jkLegacyProbe(int address);    // read-all
PollRequest jkPbProbe(int address);        // status trigger
PollRequest jkModbusProbe(int address);    // FC03 of the model string 0x1400 x 16
// Scan ranges: Pylontech 2-9 in group 0 (0x12-0x19 ... for groups 1-7), JK-B 1-15, JK-PB 0-15,
// JK Modbus 1-15 (address 0 is the Modbus broadcast: nobody answers it).
QList<int> pylontechRange(int groups);
QList<int> jkLegacyRange(int groups);
QList<int> jkPbRange(int groups);
QList<int> jkModbusRange(int groups);
} // namespace PollPlans
