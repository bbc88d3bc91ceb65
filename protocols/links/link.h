#pragma once

#include <QString>

// What every link (serial, CAN, SLCAN, replay) reports, in the manner of QCanBusDevice.
// The role is fixed by the link's type: a listen link class has no write method at all.
enum class LinkRole { Listen, Poll, Emulate };

enum class LinkState {
    Closed,
    Opening,
    Open,
    Reconnecting // the device went away; retrying with back-off
};

enum class LinkError {
    NoError,
    OpenError,          // could not open (missing device, permission, busy)
    ConfigurationError, // the device refused a setting (baud rate, bit rate)
    ReadError,
    WriteError,
    Unplugged,          // the device disappeared while open
    ProtocolError,      // the adapter answered something it should not (SLCAN BEL)
    UnknownError
};

namespace LinkNames {
QString role(LinkRole role);    // "listen", "poll", "emulate"
QString state(LinkState state); // "closed", "opening", "open", "reconnecting"
QString error(LinkError error); // "open-error", ...
QString errorLabel(LinkError error); // translated, plain words
} // namespace LinkNames
