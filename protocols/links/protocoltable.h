#pragma once

#include "bankconfig.h"
#include "pollprotocol.h"
#include "protocolid.h"

#include <QList>

#include <memory>

// What a link needs to know about each protocol, in one table keyed by ProtocolId instead of a
// switch in every command: the wire it runs on, its speeds, how an answer to a request is framed
// (the poll protocol), the poll plan, whether it can be sniffed, which scan applies, and the
// longest period at which a master polls or broadcasts on that wire, as the fact sheets give it.
// The listen window of auto and --poll is derived from those periods. Constant data.
enum class Medium { Serial, Can };

struct ProtocolSpec
{
    ProtocolId id;
    Medium medium;
    qint32 defaultSpeed;   // baud (serial) or bit rate (CAN)
    QList<qint32> speeds;  // every speed the protocol is known to run at, default first (detect)
    int masterPeriodMs;    // longest master period the fact sheets give; 0 = none given
    const char *masterPeriodSource;
    bool sniffable;        // decodable from the wire without asking (both directions paired)
    Architecture architecture; // what a bank of it is when no bank file says
    QList<int> defaultAddresses; // polled when no bank file names the packs
    // How an answer to a request is framed and matched; nullptr: nobody polls it (CAN).
    std::unique_ptr<PollProtocol> (*answerFramer)();
    // The plan for `addresses`; nullptr: BankScope never polls this protocol.
    PollPlans::Plan (*plan)(const QList<int> &addresses);
    // The scan: one identity probe per address over the range; nullptr: no scan applies.
    PollRequest (*probe)(int address);
    QList<int> (*scanRange)(int groups);
    // Why a request would not be a plain read, or nullopt (RequestSafety); nullptr: nothing is sent.
    std::optional<QString> (*readOnlyCheck)(QByteArrayView request);

    bool pollable() const { return plan != nullptr; }
    bool scannable() const { return probe != nullptr; }
};

namespace ProtocolTable {

// Never shorter than this, whatever the protocols (issue 18: a technician waits through it, and a
// Pylontech host polls every 1-3 s).
constexpr int kMinimumListenWindowMs = 10'000;

const ProtocolSpec &spec(ProtocolId id);
QList<ProtocolId> onMedium(Medium medium);
// The listen window before BankScope may transmit on a wire: at least kMinimumListenWindowMs and
// twice the longest master period of any protocol that can share the wire.
int listenWindowMs(Medium medium);
// Long enough to hear a master that is there (twice its longest period), for passive detection.
int hearingWindowMs(Medium medium);
// Every speed worth listening at on a medium, most common first.
QList<qint32> candidateSpeeds(Medium medium);
// The protocol's answer framer (nullptr for CAN).
std::unique_ptr<PollProtocol> answerFramer(ProtocolId id);

} // namespace ProtocolTable
