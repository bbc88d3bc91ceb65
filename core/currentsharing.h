#pragma once

#include "bankconfig.h"
#include "expected.h"

#include <QList>
#include <QString>

// Current-sharing model (DESIGN.md section 2): with unequal sharing the packs drain at
// different rates. A single-master inverter watches the master's SOC alone, so it starts
// the generator at the wrong moment; aggregated architectures watch the true bank SOC.
namespace CurrentSharing {

struct Pack
{
    QString id;
    double capacityAh = 0.0;
    double socPct = 0.0;
    double share = 0.0; // fraction of the bank current this pack carries (shares sum to 1)
    bool master = false;
};

struct Scenario
{
    Architecture architecture = Architecture::SingleMaster;
    QList<Pack> packs;
    double loadA = 0.0;               // constant discharge current of the bank (> 0)
    double generatorStartSocPct = 0.0; // the inverter starts the generator at this SOC
    double nominalVoltageV = 51.2;    // for the energy figure
};

struct Prediction
{
    bool generatorStarts = false;     // false: the bank empties before the inverter reacts
    double hours = 0.0;               // until the generator starts (or the bank empties)
    double observedSocPct = 0.0;      // what the inverter sees at that moment
    double trueSocPct = 0.0;          // capacity-weighted SOC of the whole bank
    double remainingAh = 0.0;
    double remainingKWh = 0.0;
    QList<double> packSocPct;         // per pack, scenario order
    QStringList emptiedPacks;         // packs whose BMS cut off on the way, in order
};

struct Error
{
    QString message;
};

// Piecewise-linear discharge: each pack drains at load x share / capacity; when a pack
// reaches 0 % its BMS disconnects and the others carry its share in proportion to theirs.
Expected<Prediction, Error> predict(const Scenario &scenario);

} // namespace CurrentSharing
