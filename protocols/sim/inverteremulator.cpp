#include "inverteremulator.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject InverterEmulator::Decision::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("inverter"));
    o.insert(QStringLiteral("bms_data"), bmsData);
    o.insert(QStringLiteral("charge_A"), chargeA);
    o.insert(QStringLiteral("discharge_A"), dischargeA);
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    return o;
}

InverterEmulator::Decision InverterEmulator::decide(const std::optional<InverterView> &told) const
{
    Decision d;
    if (!told) {
        d.reasons.append(QCoreApplication::translate("InverterEmulator", "no BMS data: battery not used (communication fault)"));
        return d;
    }
    d.bmsData = true;
    d.chargeA = m_settings.wantChargeA;
    d.dischargeA = m_settings.wantDischargeA;
    if (const auto ccl = told->value(ViewFieldId::CclA); ccl && *ccl < d.chargeA) {
        d.chargeA = *ccl;
        d.reasons.append(QCoreApplication::translate("InverterEmulator", "charge limited to %1 A by the BMS").arg(*ccl));
    }
    if (const auto dcl = told->value(ViewFieldId::DclA); dcl && *dcl < d.dischargeA) {
        d.dischargeA = *dcl;
        d.reasons.append(QCoreApplication::translate("InverterEmulator", "discharge limited to %1 A by the BMS").arg(*dcl));
    }
    for (Fault f : FaultNames::all()) {
        if (!told->faults.testFlag(f))
            continue;
        d.reasons.append(QCoreApplication::translate("InverterEmulator", "protection: %1").arg(FaultNames::name(f)));
        const bool blocksCharge = f == Fault::CellOvervoltage || f == Fault::PackOvervoltage || f == Fault::ChargeOvercurrent
            || f == Fault::Overtemperature || f == Fault::Undertemperature;
        const bool blocksDischarge = f == Fault::CellUndervoltage || f == Fault::PackUndervoltage
            || f == Fault::DischargeOvercurrent || f == Fault::Overtemperature;
        if (blocksCharge)
            d.chargeA = 0.0;
        if (blocksDischarge)
            d.dischargeA = 0.0;
    }
    return d;
}
