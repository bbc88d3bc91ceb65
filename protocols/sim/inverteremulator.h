#pragma once

#include "inverterview.h"

#include <QJsonObject>

// An inverter's battery logic, as far as a bank can see it: it wants to charge or discharge at
// some current and obeys what the BMS told it (CCL, DCL, charge/discharge enable, protections).
// Fed the observed view decoded from the bank (CAN broadcast or RS485 answers); pure.
class InverterEmulator
{
public:
    struct Settings
    {
        double wantChargeA = 50.0;    // what the PV/grid could push into the bank
        double wantDischargeA = 50.0; // what the loads draw
    };
    struct Decision
    {
        double chargeA = 0.0;
        double dischargeA = 0.0;
        bool bmsData = false;        // the inverter has BMS data at all
        QStringList reasons;         // why it holds back ("charge limit 37 A", "protection: overtemperature")
        QJsonObject toJson() const;
    };

    explicit InverterEmulator(const Settings &settings) : m_settings(settings) {}
    // What it does with what it was told (nullopt: no BMS data, it stops using the battery).
    Decision decide(const std::optional<InverterView> &told) const;

private:
    Settings m_settings;
};
