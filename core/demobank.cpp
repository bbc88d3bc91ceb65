#include "demobank.h"

#include "lifepo4ocv.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kCells = 15;
constexpr double kCapacityAh = 74.0;
constexpr double kCellOhm = 0.0008;    // per cell, healthy
constexpr double kSoftCellOhm = 0.0035; // the cell that is going soft
constexpr double kAmbientC = 27.0;

} // namespace

DemoBank::DemoBank(quint32 seed)
    : m_rng(seed ? seed : 1)
{
    struct Spec
    {
        const char *id;
        double soc;
        double soh;
        double cableOhm;
        int softCell;
    };
    // Unequal cable runs to the busbar: the master sits next to it, P4 at the far end.
    const Spec specs[] = {
        {"P1", 78.0, 98.0, 0.004, -1},
        {"P2", 76.0, 97.0, 0.006, -1},
        {"P3", 74.0, 93.0, 0.009, 6},
        {"P4", 77.0, 96.0, 0.013, -1},
    };
    for (const Spec &s : specs) {
        Pack p{QString::fromLatin1(s.id), s.soc, s.soh, s.cableOhm, kAmbientC + 1.0, {}, s.softCell};
        for (int c = 0; c < kCells; ++c)
            p.cellOffsetMv.append(3.0 * nextNoise());
        if (s.softCell >= 0)
            p.cellOffsetMv[s.softCell] -= 12.0;
        m_packs.append(p);
    }
}

double DemoBank::nextNoise()
{
    // xorshift32: tiny, deterministic, good enough for millivolt jitter.
    m_rng ^= m_rng << 13;
    m_rng ^= m_rng >> 17;
    m_rng ^= m_rng << 5;
    return (double(m_rng) / double(0xFFFFFFFFu)) * 2.0 - 1.0;
}

BankConfig DemoBank::config() const
{
    BankConfig c;
    c.architecture = Architecture::MasterSlave;
    int address = 2; // Pylontech: master at 2, slaves 3, 4, ...
    for (const Pack &p : m_packs) {
        PackConfig pc;
        pc.id = p.id;
        pc.model = QStringLiteral("US3000C");
        pc.ratedCapacityAh = kCapacityAh;
        pc.role = address == 2 ? PackRole::Master : PackRole::Slave;
        pc.address = address++;
        c.packs.append(pc);
    }
    return c;
}

double DemoBank::bankCurrentA(double t)
{
    // A ten-minute cycle: evening load with a fridge compressor, then a solar burst.
    const double base = -32.0 + 26.0 * std::sin(2.0 * M_PI * t / 600.0);
    const double compressor = (std::fmod(t, 90.0) < 25.0) ? -14.0 : 0.0;
    return base + compressor;
}

QList<PackReading> DemoBank::step(qint64 nowMs)
{
    if (!m_startMs) {
        m_startMs = nowMs;
        m_lastMs = nowMs;
    }
    const double dtS = std::clamp(double(nowMs - m_lastMs) / 1000.0, 0.0, 5.0);
    m_lastMs = nowMs;
    const double t = double(nowMs - *m_startMs) / 1000.0;
    const double bankA = bankCurrentA(t);

    // Bus voltage from the parallel Thevenin sources: sum of (V - OCV_k) / R_k = I_bank.
    QList<double> ocv;
    QList<double> ohm;
    double conductance = 0.0;
    double weighted = 0.0;
    for (const Pack &p : m_packs) {
        const double internal = kCellOhm * (kCells - 1) + (p.softCell >= 0 ? kSoftCellOhm : kCellOhm);
        const double r = internal + p.cableOhm;
        const double v = kCells * LiFePo4Ocv::cellVoltageForSoc(p.socPct);
        ocv.append(v);
        ohm.append(r);
        conductance += 1.0 / r;
        weighted += v / r;
    }
    const double busV = (bankA + weighted) / conductance;

    QList<PackReading> readings;
    const ReadingSource source{QStringLiteral("demo"), QStringLiteral("demo-model")};
    for (int k = 0; k < m_packs.size(); ++k) {
        Pack &p = m_packs[k];
        const double currentA = (busV - ocv[k]) / ohm[k];
        p.socPct = std::clamp(p.socPct + currentA * dtS / 3600.0 / kCapacityAh * 100.0, 0.0, 100.0);
        // First-order thermal lag towards ambient + I^2 R heating.
        const double targetC = kAmbientC + 0.004 * currentA * currentA;
        p.tempC += (targetC - p.tempC) * std::min(1.0, dtS / 120.0);

        PackReading r;
        r.packId = p.id;
        r.socPct.set(std::round(p.socPct * 10.0) / 10.0, nowMs, source);
        r.sohPct.set(p.sohPct, nowMs, source);
        r.voltageV.set(std::round((busV - currentA * p.cableOhm) * 1000.0) / 1000.0, nowMs, source);
        r.currentA.set(std::round(currentA * 10.0) / 10.0, nowMs, source);
        r.fullAh.set(kCapacityAh, nowMs, source);
        r.remainingAh.set(kCapacityAh * p.socPct / 100.0, nowMs, source);

        QList<int> cells;
        const double cellOcvMv = 1000.0 * LiFePo4Ocv::cellVoltageForSoc(p.socPct);
        for (int c = 0; c < kCells; ++c) {
            const double r0 = c == p.softCell ? kSoftCellOhm : kCellOhm;
            const double mv = cellOcvMv + 1000.0 * currentA * r0 + p.cellOffsetMv[c] + 0.8 * nextNoise();
            cells.append(int(std::lround(mv)));
        }
        r.cellsMv.set(cells, nowMs, source);
        QList<double> temps{std::round((p.tempC + 2.0) * 10.0) / 10.0};
        for (int g = 0; g < 4; ++g)
            temps.append(std::round((p.tempC + 0.3 * g) * 10.0) / 10.0);
        r.tempsC.set(temps, nowMs, source);

        // Limits as a Pylontech master would announce them: 0.5 C charge tapering above
        // 90 % SOC, 1 C discharge, halved above 45 degrees C.
        double ccl = 37.0;
        if (p.socPct > 90.0)
            ccl *= std::max(0.1, (100.0 - p.socPct) / 10.0);
        double dcl = 74.0;
        if (p.tempC > 45.0) {
            ccl /= 2.0;
            dcl /= 2.0;
        }
        r.cvlV.set(53.2, nowMs, source);
        r.dvlV.set(45.0, nowMs, source);
        r.cclA.set(std::round(ccl * 10.0) / 10.0, nowMs, source);
        r.dclA.set(dcl, nowMs, source);
        r.faults.set(Faults(), nowMs, source);
        const auto [minIt, maxIt] = std::minmax_element(cells.cbegin(), cells.cend());
        Faults warnings;
        if (*maxIt - *minIt > 60)
            warnings |= Fault::CellImbalance;
        r.warnings.set(warnings, nowMs, source);
        readings.append(r);
    }
    return readings;
}
