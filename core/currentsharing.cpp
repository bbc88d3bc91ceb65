#include "currentsharing.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace CurrentSharing {

namespace {

constexpr double kEpsilon = 1e-9;

double weightedSoc(const QList<Pack> &packs, const QList<double> &soc)
{
    double weighted = 0.0;
    double capacity = 0.0;
    for (int i = 0; i < packs.size(); ++i) {
        weighted += packs[i].capacityAh * soc[i];
        capacity += packs[i].capacityAh;
    }
    return capacity > 0.0 ? weighted / capacity : 0.0;
}

} // namespace

Expected<Prediction, Error> predict(const Scenario &s)
{
    if (s.packs.isEmpty())
        return Error{QCoreApplication::translate("CurrentSharing", "no packs")};
    if (!(s.loadA > 0.0))
        return Error{QCoreApplication::translate("CurrentSharing", "the load must be a positive discharge current")};
    if (!(s.generatorStartSocPct > 0.0 && s.generatorStartSocPct < 100.0))
        return Error{QCoreApplication::translate("CurrentSharing", "the generator-start SOC must be between 0 and 100 %")};
    int master = -1;
    double shareSum = 0.0;
    for (int i = 0; i < s.packs.size(); ++i) {
        const Pack &p = s.packs[i];
        if (!(p.capacityAh > 0.0))
            return Error{QCoreApplication::translate("CurrentSharing", "every pack needs a positive capacity")};
        if (p.socPct < 0.0 || p.socPct > 100.0 || p.share < 0.0)
            return Error{QCoreApplication::translate("CurrentSharing", "SOC must be 0..100 % and shares non-negative")};
        shareSum += p.share;
        if (p.master && master < 0)
            master = i;
    }
    if (std::abs(shareSum - 1.0) > 1e-6)
        return Error{QCoreApplication::translate("CurrentSharing", "the sharing ratios must add up to 1")};
    if (s.architecture == Architecture::SingleMaster && master < 0)
        return Error{QCoreApplication::translate("CurrentSharing", "a single-master bank needs a master pack")};

    QList<double> soc;
    for (const Pack &p : s.packs)
        soc.append(p.socPct);
    QList<bool> active; // the pack's BMS still connects it to the bus
    for (const Pack &p : s.packs)
        active.append(p.socPct > kEpsilon);

    const bool watchesMaster = s.architecture == Architecture::SingleMaster;
    auto observed = [&]() { return watchesMaster ? soc[master] : weightedSoc(s.packs, soc); };

    Prediction result;
    double t = 0.0;
    for (int guard = 0; guard <= s.packs.size() + 1; ++guard) {
        if (observed() <= s.generatorStartSocPct + kEpsilon) {
            result.generatorStarts = true;
            break;
        }
        int activeCount = 0;
        double activeShare = 0.0;
        for (int i = 0; i < s.packs.size(); ++i) {
            activeCount += active[i] ? 1 : 0;
            activeShare += active[i] ? s.packs[i].share : 0.0;
        }
        if (activeCount == 0)
            break; // every pack has cut off: the bank is empty
        // Rate of SOC fall, in % per hour, of each pack in this segment. Packs left with no
        // measured share (they carried nothing while others were connected) split the load
        // equally once they are alone.
        QList<double> rate;
        for (int i = 0; i < s.packs.size(); ++i) {
            double fraction = 0.0;
            if (active[i])
                fraction = activeShare > 0.0 ? s.packs[i].share / activeShare : 1.0 / activeCount;
            rate.append(100.0 * s.loadA * fraction / s.packs[i].capacityAh);
        }
        double observedRate = 0.0;
        if (watchesMaster) {
            observedRate = rate[master];
        } else {
            double capacity = 0.0;
            for (const Pack &p : s.packs)
                capacity += p.capacityAh;
            for (int i = 0; i < s.packs.size(); ++i)
                observedRate += rate[i] * s.packs[i].capacityAh / capacity;
        }
        double toThreshold = std::numeric_limits<double>::infinity();
        if (observedRate > 0.0)
            toThreshold = (observed() - s.generatorStartSocPct) / observedRate;
        double toEmpty = std::numeric_limits<double>::infinity();
        int emptying = -1;
        for (int i = 0; i < s.packs.size(); ++i) {
            if (active[i] && rate[i] > 0.0 && soc[i] / rate[i] < toEmpty) {
                toEmpty = soc[i] / rate[i];
                emptying = i;
            }
        }
        const double dt = std::min(toThreshold, toEmpty);
        if (!std::isfinite(dt))
            break;
        t += dt;
        for (int i = 0; i < s.packs.size(); ++i)
            soc[i] = std::max(0.0, soc[i] - rate[i] * dt);
        if (toThreshold <= toEmpty) {
            result.generatorStarts = true;
            break;
        }
        soc[emptying] = 0.0;
        active[emptying] = false;
        result.emptiedPacks.append(s.packs[emptying].id);
    }

    result.hours = t;
    result.packSocPct = soc;
    result.observedSocPct = observed();
    result.trueSocPct = weightedSoc(s.packs, soc);
    for (int i = 0; i < s.packs.size(); ++i)
        result.remainingAh += s.packs[i].capacityAh * soc[i] / 100.0;
    result.remainingKWh = result.remainingAh * s.nominalVoltageV / 1000.0;
    return result;
}

} // namespace CurrentSharing
