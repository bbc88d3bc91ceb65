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

    // Bus voltage from the parallel Thevenin sources on the bus: sum I_k(V) = I_bank, where
    // I_k(V) = (V - OCV_k) / R_k as far as pack k's MOSFETs let it flow (an open discharge
    // MOSFET blocks I_k < 0, an open charge MOSFET I_k > 0). Each I_k is piecewise linear and
    // non-decreasing in V, so the sum is too: solved exactly between its break points.
    QList<double> ocv(n);
    QList<double> internal(n);
    QList<double> ohm(n);
    for (int k = 0; k < n; ++k) {
        const PhysicsPack &p = m_config.packs[k];
        internal[k] = p.cellOhm * (p.cells - 1) + (p.softCell >= 0 ? p.softCellOhm : p.cellOhm);
        ohm[k] = internal[k] + p.cableOhm;
        ocv[k] = p.cells * LiFePo4Ocv::cellVoltageForSoc(m_state[k].socPct);
    }
    auto canCharge = [this](int k) { return m_state[k].onBus && !m_state[k].chargeOpen(); };
    auto canDischarge = [this](int k) { return m_state[k].onBus && !m_state[k].dischargeOpen(); };
    auto packCurrent = [&](int k, double busV) {
        const double i = (busV - ocv[k]) / ohm[k];
        return (i > 0.0 && !canCharge(k)) || (i < 0.0 && !canDischarge(k)) ? 0.0 : i;
    };
    auto bankCurrent = [&](double busV) {
        double sum = 0.0;
        for (int k = 0; k < n; ++k)
            sum += packCurrent(k, busV);
        return sum;
    };
    QList<double> breaks;
    double slopeBelow = 0.0; // dI/dV below every break point: the packs that can discharge
    double slopeAbove = 0.0; // above them all: the packs that can charge
    for (int k = 0; k < n; ++k) {
        if (canDischarge(k))
            slopeBelow += 1.0 / ohm[k];
        if (canCharge(k))
            slopeAbove += 1.0 / ohm[k];
        if (canCharge(k) || canDischarge(k))
            breaks.append(ocv[k]);
    }
    std::sort(breaks.begin(), breaks.end());
    // What the bank can carry of the load: any discharge while one pack can discharge, none
    // when no pack can (and likewise for charge).
    double bankA = breaks.isEmpty() ? 0.0 : m_config.load.at(t);
    if ((bankA < 0.0 && slopeBelow <= 0.0) || (bankA > 0.0 && slopeAbove <= 0.0))
        bankA = 0.0;
    double busV = 0.0;
    if (!breaks.isEmpty()) {
        int j = 0;
        while (j < breaks.size() && bankCurrent(breaks[j]) < bankA)
            ++j;
        if (j == 0) {
            const double h = bankCurrent(breaks.first());
            busV = slopeBelow > 0.0 ? breaks.first() - (h - bankA) / slopeBelow : breaks.first();
        } else if (j == breaks.size()) {
            busV = breaks.last() + (bankA - bankCurrent(breaks.last())) / slopeAbove;
        } else {
            const double a = bankCurrent(breaks[j - 1]);
            const double b = bankCurrent(breaks[j]);
            busV = breaks[j - 1] + (bankA - a) * (breaks[j] - breaks[j - 1]) / (b - a);
        }
    }
    m_lastBankA = bankA;

    QList<PackReading> readings;
    for (int k = 0; k < n; ++k) {
        const PhysicsPack &p = m_config.packs[k];
        State &s = m_state[k];
        const ReadingSource source{QStringLiteral("sim"), QStringLiteral("physics")};
        const double currentA = breaks.isEmpty() ? 0.0 : packCurrent(k, busV);
        s.socPct = std::clamp(s.socPct + currentA * dtS / 3600.0 / p.capacityAh * 100.0, 0.0, 100.0);
        const double targetC = m_config.ambientC + 0.004 * currentA * currentA + s.extraHeatC;
        s.tempC += (targetC - s.tempC) * std::min(1.0, dtS / 120.0 + (s.extraHeatC > 0 ? 0.05 : 0.0));

        PackReading r;
        r.packId = p.id;
        r.socPct.set(std::round(s.socPct * 10.0) / 10.0, nowMs, source);
        r.sohPct.set(p.sohPct, nowMs, source);
        const double packV = ocv[k] + currentA * internal[k]; // the cells behind the MOSFETs
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
        // Protections: what a BMS raises, as faults (protection) or warnings (alarm). While one
        // holds, the MOSFETs it opened stay open (from the next step on). Over-voltage and
        // over-temperature release once the value is back out of the warning band (3.550 V,
        // 50 degrees C); under-voltage only at 3.100 V, a rested cell above ~15 % SOC: a pack
        // cut off empty must be charged first, or it would reconnect and trip again at once.
        const auto [lo, hi] = std::minmax_element(cells.cbegin(), cells.cend());
        const double hottest = *std::max_element(temps.cbegin(), temps.cend());
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
        if (hottest > 60.0)
            faults |= Fault::Overtemperature;
        else if (hottest > 50.0)
            warnings |= Fault::Overtemperature;
        if (*hi - *lo > 60)
            warnings |= Fault::CellImbalance;
        if (s.protections.testFlag(Fault::CellUndervoltage) && *lo >= 3100)
            s.protections &= ~Faults(Fault::CellUndervoltage);
        if (s.protections.testFlag(Fault::CellOvervoltage) && *hi <= 3550)
            s.protections &= ~Faults(Fault::CellOvervoltage);
        if (s.protections.testFlag(Fault::Overtemperature) && hottest <= 50.0)
            s.protections &= ~Faults(Fault::Overtemperature);
        s.protections |= faults & (Faults(Fault::CellUndervoltage) | Fault::CellOvervoltage | Fault::Overtemperature);
        if (!s.onBus)
            s.protections = Faults(); // a BMS switched off starts afresh
        faults |= s.protections;
        if (s.dischargeOpen())
            dcl = 0.0;
        if (s.chargeOpen())
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
