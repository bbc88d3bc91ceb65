#include "voltagefallback.h"

#include "lifepo4ocv.h"

namespace {

double capacityOf(const PackConfig &config, const PackReading &reading)
{
    if (config.ratedCapacityAh > 0.0)
        return config.ratedCapacityAh;
    return reading.fullAh.has() ? *reading.fullAh : 0.0;
}

} // namespace

namespace VoltageFallbacks {

std::optional<VoltageFallback> estimate(const BankConfig &config, const QHash<QString, PackReading> &readings,
                                        const AggregationResult &result)
{
    // Live: the online packs (the aggregation's own figures). Otherwise every pack that ever
    // reported a voltage, as last heard.
    QList<const PackReading *> packs;
    QList<double> capacities;
    bool live = false;
    for (int pass = 0; pass < 2 && packs.isEmpty(); ++pass) {
        live = pass == 0;
        for (int i = 0; i < config.packs.size(); ++i) {
            if (live && (i >= result.packs.size() || !result.packs[i].online()))
                continue;
            const auto it = readings.constFind(config.packs[i].id);
            if (it == readings.constEnd() || !it->voltageV.has())
                continue;
            packs.append(&*it);
            capacities.append(capacityOf(config.packs[i], *it));
        }
    }
    if (packs.isEmpty())
        return std::nullopt;

    const InverterView view = live ? result.bankTruth : Aggregator::combine(packs, capacities, AggregationPolicy{});
    const std::optional<double> volts = view.value(ViewFieldId::VoltageV);
    if (!volts)
        return std::nullopt;
    VoltageFallback f;
    f.live = live;
    f.busVoltageV = *volts;
    for (const PackReading *p : std::as_const(packs)) {
        f.packs.append(p->packId);
        f.dataAtMs = std::max(f.dataAtMs, p->voltageV.atMs);
        if (!f.seriesCells && p->cellsMv.has() && !p->cellsMv->isEmpty())
            f.seriesCells = int(p->cellsMv->size());
    }
    f.guessSocPct = live && result.voltageSocEstimatePct ? *result.voltageSocEstimatePct
                                                         : LiFePo4Ocv::socForPackVoltage(f.busVoltageV, f.seriesCells);
    f.trueSocPct = view.value(ViewFieldId::SocPct);
    return f;
}

} // namespace VoltageFallbacks
