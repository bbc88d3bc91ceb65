#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

// Protocol-neutral fault and alarm conditions. Every protocol's alarm bits map onto these
// (the mapping lives with each codec); the aggregation core only ever sees these.
enum class Fault : quint32 {
    CellOvervoltage = 1u << 0,
    CellUndervoltage = 1u << 1,
    PackOvervoltage = 1u << 2,
    PackUndervoltage = 1u << 3,
    ChargeOvercurrent = 1u << 4,
    DischargeOvercurrent = 1u << 5,
    Overtemperature = 1u << 6,
    Undertemperature = 1u << 7,
    MosfetOvertemperature = 1u << 8,
    ShortCircuit = 1u << 9,
    CellImbalance = 1u << 10,
    Communication = 1u << 11,
};
Q_DECLARE_FLAGS(Faults, Fault)
Q_DECLARE_OPERATORS_FOR_FLAGS(Faults)

namespace FaultNames {
// Every fault, in declaration order.
QList<Fault> all();
// Stable machine name, as used in JSON and reports ("cell-undervoltage").
QString name(Fault fault);
std::optional<Fault> fromName(const QString &name);
// Machine names of a set, sorted alphabetically.
QStringList names(Faults faults);
// Human-readable, translated label ("Cell under-voltage").
QString label(Fault fault);
} // namespace FaultNames
