#pragma once

#include "link.h"
#include "protocolid.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Heard;

// What the user asked a link to be: auto (the default: listen first, poll only a silent bus),
// listen (never transmit), poll (poll, but still only a silent bus: --poll keeps the window
// and the guard and refuses beside another master).
enum class RoleRequest { Auto, Listen, Poll };

namespace RoleRequests {
QString name(RoleRequest request); // "auto", "listen", "poll"
QString label(RoleRequest request); // the same in the reader's language, for people
} // namespace RoleRequests

// Why a link has the role it has: a code and its arguments (data), so a session can report it,
// the CLI print it as JSON and a sentence, and the window show it. Made by BusGuard.
struct RoleDecision
{
    enum class Code {
        AskedToListen,     // --listen: never transmits
        SilentWindow,      // nothing heard in the window: polling
        MasterPolls,       // requests of the chosen protocol heard: another master
        OtherProtocolPolls,// requests heard, in another protocol than the chosen one
        AnswersOnly,       // answers (or records) decoded, no request: someone is talking
        UndecodedBytes,    // bytes that no protocol decodes (wrong baud, A/B swapped, ...)
        ForeignRequest,    // while polling: a request BankScope did not send
        ForeignBytes,      // while polling: bytes outside the answer slot of its request
        PortNotWritable,   // silent, but the port cannot be opened for writing
        CanListens,        // a CAN link: CAN links only listen
    };

    Code code = Code::AskedToListen;
    RoleRequest requested = RoleRequest::Auto;
    LinkRole role = LinkRole::Listen; // the role the link has now
    // Arguments (those the code uses).
    ProtocolId protocol = ProtocolId::PylontechRs485; // the protocol the evidence is in
    int windowMs = 0;
    quint64 bytes = 0;
    QList<int> addresses;          // polled by the other master, or answering
    QString message;               // the most frequent request ("analog-values")
    std::optional<double> periodS; // its period
    std::optional<int> ourAddress; // while polling: the address of our last request
    QString detail;                // PortNotWritable: the port's error

    // BankScope was asked to poll and does not.
    bool refused() const { return requested == RoleRequest::Poll && role != LinkRole::Poll; }
    QString codeName() const; // "master-polls", ...
    QString text() const;     // translated sentence, e.g. "another master polls 0x02 ... : listening only"
    QString heardText() const; // what was heard, without the outcome ("another master polls 0x02 ...")
    QJsonObject toJson() const;

    // The decision at the end of a listen window from what was heard on it.
    static RoleDecision fromHeard(const Heard &heard, ProtocolId chosen, RoleRequest requested, int windowMs);
};
