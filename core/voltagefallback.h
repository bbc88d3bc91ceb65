#pragma once

#include "aggregator.h"

#include <QHash>

#include <optional>

// What an inverter falls back to when it receives no BMS data (DESIGN.md section 2): a SOC
// guessed from the bus voltage alone on a LiFePO4 open-circuit curve, beside the coulomb-counted
// truth of the same packs at the same moment. From the online packs when there are any; when
// BankScope has lost them too (a Pylontech master reads its slaves: when it dies, every pack
// goes quiet), from the last readings it had, with their age, so the window can still say how
// far off the inverter's guess was when it started guessing.
struct VoltageFallback
{
    bool live = true;                 // false: from the last readings before the packs went quiet
    double busVoltageV = 0.0;
    std::optional<int> seriesCells;   // from the packs' cell lists; otherwise guessed from the voltage
    double guessSocPct = 0.0;         // what the inverter guesses
    std::optional<double> trueSocPct; // capacity-weighted SOC of the same packs
    qint64 dataAtMs = 0;              // time of the newest value used
    QStringList packs;                // the packs it is computed over

    std::optional<double> errorPct() const
    {
        return trueSocPct ? std::optional<double>(guessSocPct - *trueSocPct) : std::nullopt;
    }
};

namespace VoltageFallbacks {
// nullopt when no pack ever reported a voltage.
std::optional<VoltageFallback> estimate(const BankConfig &config, const QHash<QString, PackReading> &readings,
                                        const AggregationResult &result);
} // namespace VoltageFallbacks
