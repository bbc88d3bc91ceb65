#pragma once

#include "bankconfig.h"
#include "packreading.h"

#include <QList>

// A small deterministic model of four Pylontech-style 15S 74 Ah packs in parallel, for
// `bankscope --demo` until the full simulator exists. Packs share one bus voltage; each pack's
// current follows from its own resistance (cells plus cable), so sharing is unequal the way
// it is on a real busbar. Coulomb counting, the LiFePO4 OCV curve, one soft cell that sags
// under load, temperatures that follow I^2 R, and CCL tapering near full.
// Not thread-safe; owned by whoever drives it. Same seed and same step times: same output.
class DemoBank
{
public:
    explicit DemoBank(quint32 seed = 1);

    BankConfig config() const;
    // Advances the physics to nowMs (the first call only sets the start) and returns a
    // reading for every pack, time-stamped nowMs.
    QList<PackReading> step(qint64 nowMs);

    // The bank current (A, + = charge) the load profile asks for at a time since start.
    static double bankCurrentA(double secondsSinceStart);

private:
    struct Pack
    {
        QString id;
        double socPct;
        double sohPct;
        double cableOhm;
        double tempC;
        QList<double> cellOffsetMv;
        int softCell; // index of the sagging cell, or -1
    };

    double nextNoise(); // deterministic, in [-1, 1]

    QList<Pack> m_packs;
    quint32 m_rng;
    std::optional<qint64> m_startMs;
    qint64 m_lastMs = 0;
};
