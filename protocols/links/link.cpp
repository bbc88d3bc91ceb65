#include "link.h"

#include <QCoreApplication>

namespace LinkNames {

QString role(LinkRole role)
{
    switch (role) {
    case LinkRole::Listen:
        return QStringLiteral("listen");
    case LinkRole::Poll:
        return QStringLiteral("poll");
    case LinkRole::Emulate:
        return QStringLiteral("emulate");
    }
    return {};
}

QString state(LinkState state)
{
    switch (state) {
    case LinkState::Closed:
        return QStringLiteral("closed");
    case LinkState::Opening:
        return QStringLiteral("opening");
    case LinkState::Open:
        return QStringLiteral("open");
    case LinkState::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

QString error(LinkError error)
{
    switch (error) {
    case LinkError::NoError:
        return QStringLiteral("no-error");
    case LinkError::OpenError:
        return QStringLiteral("open-error");
    case LinkError::ConfigurationError:
        return QStringLiteral("configuration-error");
    case LinkError::ReadError:
        return QStringLiteral("read-error");
    case LinkError::WriteError:
        return QStringLiteral("write-error");
    case LinkError::Unplugged:
        return QStringLiteral("unplugged");
    case LinkError::ProtocolError:
        return QStringLiteral("protocol-error");
    case LinkError::UnknownError:
        return QStringLiteral("unknown-error");
    }
    return {};
}

QString errorLabel(LinkError error)
{
    switch (error) {
    case LinkError::NoError:
        return QCoreApplication::translate("Link", "No error");
    case LinkError::OpenError:
        return QCoreApplication::translate("Link", "Cannot open the adapter");
    case LinkError::ConfigurationError:
        return QCoreApplication::translate("Link", "The adapter refused a setting");
    case LinkError::ReadError:
        return QCoreApplication::translate("Link", "Reading from the adapter failed");
    case LinkError::WriteError:
        return QCoreApplication::translate("Link", "Writing to the adapter failed");
    case LinkError::Unplugged:
        return QCoreApplication::translate("Link", "The adapter was unplugged");
    case LinkError::ProtocolError:
        return QCoreApplication::translate("Link", "The adapter reported an error");
    case LinkError::UnknownError:
        return QCoreApplication::translate("Link", "Unknown adapter error");
    }
    return {};
}

} // namespace LinkNames
