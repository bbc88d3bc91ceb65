#include "bankphysics.h"

#include "lifepo4ocv.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

double LoadProfile::at(double t) const
{
    if (demoCycle) {
        // A ten-minute cycle: evening load with a fridge compressor, then a solar burst.
        const double base = -32.0 + 26.0 * std::sin(2.0 * M_PI * t / 600.0);
        const double compressor = (std::fmod(t, 90.0) < 25.0) ? -14.0 : 0.0;
        return base + compressor;
    }
    if (points.isEmpty())
        return 0.0;
    if (t <= points.first().first)
        return points.first().second;
    for (int i = 1; i < points.size(); ++i) {
        if (t <= points[i].first) {
            const auto &a = points[i - 1];
            const auto &b = points[i];
            const double span = b.first - a.first;
            return span <= 0.0 ? b.second : a.second + (t - a.first) * (b.second - a.second) / span;
        }
    }
    return points.last().second;
}

BankPhysics::BankPhysics(const PhysicsConfig &config)
    : m_config(config)
    , m_rng(config.seed ? config.seed : 1)
{
    for (const PhysicsPack &p : m_config.packs) {
        State s;
        s.socPct = p.socPct;
        s.tempC = m_config.ambientC + 1.0;
        for (int c = 0; c < p.cells; ++c)
            s.cellOffsetMv.append(3.0 * noise());
        if (p.softCell >= 0 && p.softCell < p.cells)
            s.cellOffsetMv[p.softCell] -= 12.0;
        m_state.append(s);
    }
}

double BankPhysics::noise()
{
    // xorshift32: tiny, deterministic, good enough for millivolt jitter.
    m_rng ^= m_rng << 13;
    m_rng ^= m_rng >> 17;
    m_rng ^= m_rng << 5;
    return (double(m_rng) / double(0xFFFFFFFFu)) * 2.0 - 1.0;
}

int BankPhysics::index(const QString &id) const
{
    for (int i = 0; i < m_config.packs.size(); ++i)
        if (m_config.packs[i].id == id)
            return i;
    return -1;
}

bool BankPhysics::setOnBus(const QString &id, bool onBus)
{
    const int i = index(id);
    if (i < 0)
        return false;
    m_state[i].onBus = onBus;
    return true;
}

bool BankPhysics::setSoftCell(const QString &id, int cell, double ohm)
{
    const int i = index(id);
    if (i < 0 || cell < 0 || cell >= m_config.packs[i].cells)
        return false;
    m_config.packs[i].softCell = cell;
    m_config.packs[i].softCellOhm = ohm;
    return true;
}

bool BankPhysics::setExtraHeatC(const QString &id, double degrees)
{
    const int i = index(id);
    if (i < 0)
        return false;
    m_state[i].extraHeatC = degrees;
    return true;
}

BankConfig BankPhysics::bankConfig() const
{
    BankConfig c;
    c.architecture = m_config.architecture;
    for (const PhysicsPack &p : m_config.packs)
        c.packs.append(PackConfig{p.id, p.model, p.capacityAh, p.role, p.address});
    return c;
}

QList<PackReading> BankPhysics::step(qint64 nowMs)
{
    if (!m_startMs) {
        m_startMs = nowMs;
        m_lastMs = nowMs;
    }
    const double dtS = std::clamp(double(nowMs - m_lastMs) / 1000.0, 0.0, 5.0);
    m_lastMs = nowMs;
    const double t = double(nowMs - *m_startMs) / 1000.0;
    const int n = int(m_config.packs.size());

    // Bus voltage from the parallel Thevenin sources on the bus: sum (V - OCV_k) / R_k = I_bank.
    QList<double> ocv(n);
    QList<double> ohm(n);
    double conductance = 0.0;
    double weighted = 0.0;
    for (int k = 0; k < n; ++k) {
        const PhysicsPack &p = m_config.packs[k];
        const double internal = p.cellOhm * (p.cells - 1) + (p.softCell >= 0 ? p.softCellOhm : p.cellOhm);
        ohm[k] = internal + p.cableOhm;
        ocv[k] = p.cells * LiFePo4Ocv::cellVoltageForSoc(m_state[k].socPct);
        if (m_state[k].onBus) {
            conductance += 1.0 / ohm[k];
            weighted += ocv[k] / ohm[k];
        }
    }
    m_lastBankA = conductance > 0.0 ? m_config.load.at(t) : 0.0;
    const double busV = conductance > 0.0 ? (m_lastBankA + weighted) / conductance : 0.0;

    QList<PackReading> readings;
    for (int k = 0; k < n; ++k) {
        const PhysicsPack &p = m_config.packs[k];
        State &s = m_state[k];
        const ReadingSource source{QStringLiteral("sim"), QStringLiteral("physics")};
        const double currentA = s.onBus ? (busV - ocv[k]) / ohm[k] : 0.0;
        s.socPct = std::clamp(s.socPct + currentA * dtS / 3600.0 / p.capacityAh * 100.0, 0.0, 100.0);
        const double targetC = m_config.ambientC + 0.004 * currentA * currentA + s.extraHeatC;
        s.tempC += (targetC - s.tempC) * std::min(1.0, dtS / 120.0 + (s.extraHeatC > 0 ? 0.05 : 0.0));

        PackReading r;
        r.packId = p.id;
        r.socPct.set(std::round(s.socPct * 10.0) / 10.0, nowMs, source);
        r.sohPct.set(p.sohPct, nowMs, source);
        const double packV = s.onBus ? busV - currentA * p.cableOhm : ocv[k];
        r.voltageV.set(std::round(packV * 1000.0) / 1000.0, nowMs, source);
        r.currentA.set(std::round(currentA * 10.0) / 10.0, nowMs, source);
        r.fullAh.set(p.capacityAh, nowMs, source);
        r.remainingAh.set(p.capacityAh * s.socPct / 100.0, nowMs, source);

        QList<int> cells;
        const double cellOcvMv = 1000.0 * LiFePo4Ocv::cellVoltageForSoc(s.socPct);
        for (int c = 0; c < p.cells; ++c) {
            const double r0 = c == p.softCell ? p.softCellOhm : p.cellOhm;
            const double mv = cellOcvMv + 1000.0 * currentA * r0 + s.cellOffsetMv[c] + 0.8 * noise();
            cells.append(int(std::lround(mv)));
        }
        r.cellsMv.set(cells, nowMs, source);
        QList<double> temps{std::round((s.tempC + 2.0) * 10.0) / 10.0};
        for (int g = 0; g < 4; ++g)
            temps.append(std::round((s.tempC + 0.3 * g) * 10.0) / 10.0);
        r.tempsC.set(temps, nowMs, source);

        double ccl = p.chargeLimitA;
        if (s.socPct > 90.0)
            ccl *= std::max(0.1, (100.0 - s.socPct) / 10.0);
        double dcl = p.dischargeLimitA;
        if (s.tempC > 45.0) {
            ccl /= 2.0;
            dcl /= 2.0;
        }
        // Protections: what a BMS raises, as faults (protection) or warnings (alarm).
        const auto [lo, hi] = std::minmax_element(cells.cbegin(), cells.cend());
        Faults faults;
        Faults warnings;
        if (*lo < 2900)
            faults |= Fault::CellUndervoltage;
        else if (*lo < 3000)
            warnings |= Fault::CellUndervoltage;
        if (*hi > 3650)
            faults |= Fault::CellOvervoltage;
        else if (*hi > 3550)
            warnings |= Fault::CellOvervoltage;
        const double hottest = *std::max_element(temps.cbegin(), temps.cend());
        if (hottest > 60.0)
            faults |= Fault::Overtemperature;
        else if (hottest > 50.0)
            warnings |= Fault::Overtemperature;
        if (*hi - *lo > 60)
            warnings |= Fault::CellImbalance;
        if (faults.testFlag(Fault::Overtemperature) || faults.testFlag(Fault::CellUndervoltage))
            dcl = 0.0;
        if (faults.testFlag(Fault::Overtemperature) || faults.testFlag(Fault::CellOvervoltage))
            ccl = 0.0;
        r.cvlV.set(p.cvlV, nowMs, source);
        r.dvlV.set(p.dvlV, nowMs, source);
        r.cclA.set(std::round(ccl * 10.0) / 10.0, nowMs, source);
        r.dclA.set(std::round(dcl * 10.0) / 10.0, nowMs, source);
        r.faults.set(faults, nowMs, source);
        r.warnings.set(warnings & ~faults, nowMs, source);
        readings.append(r);
    }
    return readings;
}
