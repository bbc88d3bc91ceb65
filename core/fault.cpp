#include "fault.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

struct FaultInfo
{
    Fault fault;
    const char *name;
    const char *label;
};

constexpr std::array<FaultInfo, 12> kFaults{{
    {Fault::CellOvervoltage, "cell-overvoltage", QT_TRANSLATE_NOOP("Fault", "Cell over-voltage")},
    {Fault::CellUndervoltage, "cell-undervoltage", QT_TRANSLATE_NOOP("Fault", "Cell under-voltage")},
    {Fault::PackOvervoltage, "pack-overvoltage", QT_TRANSLATE_NOOP("Fault", "Pack over-voltage")},
    {Fault::PackUndervoltage, "pack-undervoltage", QT_TRANSLATE_NOOP("Fault", "Pack under-voltage")},
    {Fault::ChargeOvercurrent, "charge-overcurrent", QT_TRANSLATE_NOOP("Fault", "Charge over-current")},
    {Fault::DischargeOvercurrent, "discharge-overcurrent",
     QT_TRANSLATE_NOOP("Fault", "Discharge over-current")},
    {Fault::Overtemperature, "overtemperature", QT_TRANSLATE_NOOP("Fault", "Over-temperature")},
    {Fault::Undertemperature, "undertemperature", QT_TRANSLATE_NOOP("Fault", "Under-temperature")},
    {Fault::MosfetOvertemperature, "mosfet-overtemperature",
     QT_TRANSLATE_NOOP("Fault", "MOSFET over-temperature")},
    {Fault::ShortCircuit, "short-circuit", QT_TRANSLATE_NOOP("Fault", "Short circuit")},
    {Fault::CellImbalance, "cell-imbalance", QT_TRANSLATE_NOOP("Fault", "Cell imbalance")},
    {Fault::Communication, "communication", QT_TRANSLATE_NOOP("Fault", "Communication fault")},
}};

const FaultInfo *find(Fault fault)
{
    for (const FaultInfo &info : kFaults) {
        if (info.fault == fault)
            return &info;
    }
    return nullptr;
}

} // namespace

namespace FaultNames {

QList<Fault> all()
{
    QList<Fault> result;
    for (const FaultInfo &info : kFaults)
        result.append(info.fault);
    return result;
}

QString name(Fault fault)
{
    const FaultInfo *info = find(fault);
    return info ? QString::fromLatin1(info->name) : QString();
}

std::optional<Fault> fromName(const QString &name)
{
    for (const FaultInfo &info : kFaults) {
        if (name == QLatin1String(info.name))
            return info.fault;
    }
    return std::nullopt;
}

QStringList names(Faults faults)
{
    QStringList result;
    for (const FaultInfo &info : kFaults) {
        if (faults.testFlag(info.fault))
            result.append(QString::fromLatin1(info.name));
    }
    std::sort(result.begin(), result.end());
    return result;
}

QString label(Fault fault)
{
    const FaultInfo *info = find(fault);
    return info ? QCoreApplication::translate("Fault", info->label) : QString();
}

} // namespace FaultNames
