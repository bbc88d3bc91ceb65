#include "requestsafety.h"

#include "protocoltable.h"

#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

#include <QCoreApplication>

namespace RequestSafety {

std::optional<QString> pylontechRead(QByteArrayView request)
{
    const auto f = PylontechFrameCodec::decode(request);
    if (!f)
        return QCoreApplication::translate("RequestSafety", "not a Pylontech frame: %1").arg(f.error().message);
    switch (f->cid2) {
    case Pylontech::Cid2::ProtocolVersion:
    case Pylontech::Cid2::ManufacturerInfo:
    case Pylontech::Cid2::AnalogValues:
    case Pylontech::Cid2::AlarmInfo:
    case Pylontech::Cid2::SystemParameters:
    case Pylontech::Cid2::Management:
    case Pylontech::Cid2::SerialNumber:
    case Pylontech::Cid2::SoftwareVersion:
    case Pylontech::Cid2::SystemBasicInfo:
    case Pylontech::Cid2::SystemAnalog:
    case Pylontech::Cid2::SystemAlarm:
    case Pylontech::Cid2::SystemManagement:
        return std::nullopt;
    default:
        return QCoreApplication::translate("RequestSafety", "Pylontech command 0x%1 is not a read (0x94 sets limits, 0x95 turns a module off)")
            .arg(f->cid2, 2, 16, QLatin1Char('0'));
    }
}

std::optional<QString> modbusRead(QByteArrayView request)
{
    const auto f = JkPb::decodeRtu(request);
    if (!f)
        return QCoreApplication::translate("RequestSafety", "not a Modbus RTU request: %1").arg(f.error().message);
    if (std::holds_alternative<JkPb::ReadRequest>(*f))
        return std::nullopt;
    if (const auto *w = std::get_if<JkPb::WriteRequest>(&*f)) {
        if (JkPb::isTrigger(*w) && w->data == QByteArray(2, '\0'))
            return std::nullopt;
        return QCoreApplication::translate("RequestSafety", "a write of %1 register(s) from 0x%2: BankScope never writes a BMS setting")
            .arg(w->quantity)
            .arg(w->start, 4, 16, QLatin1Char('0'));
    }
    return QCoreApplication::translate("RequestSafety", "not a read request");
}

std::optional<QString> jkLegacyRead(QByteArrayView request)
{
    const auto f = JkLegacy::decode(request);
    if (!f)
        return QCoreApplication::translate("RequestSafety", "not a JK-B frame: %1").arg(f.error().message);
    if (f->type == 0x00 && (f->command == 0x03 || f->command == 0x06))
        return std::nullopt;
    return QCoreApplication::translate("RequestSafety", "JK-B command 0x%1 is not a read (0x02 writes, 0x05 sends the password)").arg(f->command, 2, 16, QLatin1Char('0'));
}

std::optional<QString> whyNotReadOnly(ProtocolId protocol, QByteArrayView request)
{
    const ProtocolSpec &spec = ProtocolTable::spec(protocol);
    if (!spec.readOnlyCheck)
        return QCoreApplication::translate("RequestSafety", "BankScope sends no requests in %1").arg(ProtocolNames::name(protocol));
    return spec.readOnlyCheck(request);
}

} // namespace RequestSafety
