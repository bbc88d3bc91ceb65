#include "protocolid.h"

#include <QCoreApplication>

namespace ProtocolNames {

QList<ProtocolId> all()
{
    return {ProtocolId::PylontechRs485, ProtocolId::PylonCan, ProtocolId::JkModbus, ProtocolId::JkPb,
            ProtocolId::JkLegacy};
}

QString name(ProtocolId id)
{
    switch (id) {
    case ProtocolId::PylontechRs485:
        return QStringLiteral("pylontech-rs485");
    case ProtocolId::PylonCan:
        return QStringLiteral("pylon-can");
    case ProtocolId::JkModbus:
        return QStringLiteral("jk-modbus");
    case ProtocolId::JkPb:
        return QStringLiteral("jk-pb");
    case ProtocolId::JkLegacy:
        return QStringLiteral("jk-legacy");
    }
    return {};
}

std::optional<ProtocolId> fromName(const QString &text)
{
    for (ProtocolId id : all()) {
        if (name(id) == text)
            return id;
    }
    return std::nullopt;
}

QString label(ProtocolId id)
{
    switch (id) {
    case ProtocolId::PylontechRs485:
        return QCoreApplication::translate("Protocol", "Pylontech RS485");
    case ProtocolId::PylonCan:
        return QCoreApplication::translate("Protocol", "Pylon / SMA / Victron CAN");
    case ProtocolId::JkModbus:
        return QCoreApplication::translate("Protocol", "JK-PB Modbus RTU");
    case ProtocolId::JkPb:
        return QCoreApplication::translate("Protocol", "JK-PB bus master (0x55AA)");
    case ProtocolId::JkLegacy:
        return QCoreApplication::translate("Protocol", "JK-B 4E57");
    }
    return {};
}

} // namespace ProtocolNames
