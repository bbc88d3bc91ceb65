#include "protocolid.h"

#include <QCoreApplication>

#include <array>

namespace {

// One row per protocol: its wire name (command line, recordings) and its label (translated
// where shown). The order is the order of ProtocolNames::all().
struct ProtocolRow
{
    ProtocolId id;
    const char *name;
    const char *label;
};

constexpr std::array<ProtocolRow, 5> kRows{{
    {ProtocolId::PylontechRs485, "pylontech-rs485", QT_TRANSLATE_NOOP("Protocol", "Pylontech RS485")},
    {ProtocolId::PylonCan, "pylon-can", QT_TRANSLATE_NOOP("Protocol", "Pylon / SMA / Victron CAN")},
    {ProtocolId::JkModbus, "jk-modbus", QT_TRANSLATE_NOOP("Protocol", "JK-PB Modbus RTU")},
    {ProtocolId::JkPb, "jk-pb", QT_TRANSLATE_NOOP("Protocol", "JK-PB bus master (0x55AA)")},
    {ProtocolId::JkLegacy, "jk-legacy", QT_TRANSLATE_NOOP("Protocol", "JK-B 4E57")},
}};

const ProtocolRow *row(ProtocolId id)
{
    for (const ProtocolRow &r : kRows)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

namespace ProtocolNames {

QList<ProtocolId> all()
{
    QList<ProtocolId> out;
    for (const ProtocolRow &r : kRows)
        out.append(r.id);
    return out;
}

QString name(ProtocolId id)
{
    const ProtocolRow *r = row(id);
    return r ? QString::fromLatin1(r->name) : QString();
}

std::optional<ProtocolId> fromName(const QString &text)
{
    for (const ProtocolRow &r : kRows)
        if (text == QLatin1String(r.name))
            return r.id;
    return std::nullopt;
}

QString label(ProtocolId id)
{
    const ProtocolRow *r = row(id);
    return r ? QCoreApplication::translate("Protocol", r->label) : QString();
}

} // namespace ProtocolNames
