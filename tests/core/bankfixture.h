#pragma once

// A hand-computed reference bank shared by the core tests. Every expectation in the tests
// is worked out by hand from these numbers (comments beside each row show the arithmetic).
//
//            role    cap Ah  SOC  SOH  V     I     CVL   CCL  DCL  temps C       cells (16 x mV)
//   P1       master  100     80   100  52.0  -30   53.2  50   100  28, 26        3300, cell 5 = 3310, cell 16 = 3290
//   P2       slave    50     50    90  52.2  -10   52.8  25    50  25, 30        3280, cells 2 and 4 = 3250, cell 9 = 3300
//   P3       slave   100     60    95  51.8  -20   53.0  50   100  35, 22.5      3315, cell 2 = 3330, cell 3 = 3310

#include "aggregator.h"

#include <QMap>

namespace Fixture {

constexpr qint64 kNow = 1'000'000;

inline QList<int> cells(int base, const QMap<int, int> &overrides)
{
    QList<int> list(16, base);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        list[it.key() - 1] = it.value();
    return list;
}

inline PackReading reading(const QString &id, double soc, double soh, double v, double i, double cvl,
                           double ccl, double dcl, const QList<double> &temps, const QList<int> &cellList,
                           double ageS = 0.5)
{
    const ReadingSource src{QStringLiteral("test"), QStringLiteral("fixture")};
    const qint64 at = kNow - qint64(ageS * 1000);
    PackReading r;
    r.packId = id;
    r.socPct.set(soc, at, src);
    r.sohPct.set(soh, at, src);
    r.voltageV.set(v, at, src);
    r.currentA.set(i, at, src);
    r.cvlV.set(cvl, at, src);
    r.cclA.set(ccl, at, src);
    r.dclA.set(dcl, at, src);
    r.tempsC.set(temps, at, src);
    r.cellsMv.set(cellList, at, src);
    r.faults.set(Faults(), at, src);
    return r;
}

inline BankSnapshot bank(Architecture architecture = Architecture::MasterSlave)
{
    BankSnapshot s;
    s.config.architecture = architecture;
    s.config.packs = {
        {QStringLiteral("P1"), QStringLiteral("T"), 100.0, PackRole::Master, 2},
        {QStringLiteral("P2"), QStringLiteral("T"), 50.0, PackRole::Slave, 3},
        {QStringLiteral("P3"), QStringLiteral("T"), 100.0, PackRole::Slave, 4},
    };
    s.readings.insert(QStringLiteral("P1"),
                      reading(QStringLiteral("P1"), 80, 100, 52.0, -30, 53.2, 50, 100, {28, 26},
                              cells(3300, {{5, 3310}, {16, 3290}})));
    s.readings.insert(QStringLiteral("P2"),
                      reading(QStringLiteral("P2"), 50, 90, 52.2, -10, 52.8, 25, 50, {25, 30},
                              cells(3280, {{2, 3250}, {4, 3250}, {9, 3300}})));
    s.readings.insert(QStringLiteral("P3"),
                      reading(QStringLiteral("P3"), 60, 95, 51.8, -20, 53.0, 50, 100, {35, 22.5},
                              cells(3315, {{2, 3330}, {3, 3310}})));
    return s;
}

inline void setFaults(BankSnapshot &s, const QString &id, Faults faults)
{
    PackReading &r = s.readings[id];
    r.faults.set(faults, r.socPct.atMs, r.socPct.source);
}

inline void setWarnings(BankSnapshot &s, const QString &id, Faults warnings)
{
    PackReading &r = s.readings[id];
    r.warnings.set(warnings, r.socPct.atMs, r.socPct.source);
}

// Ages every value of a pack (seconds before kNow).
inline void age(BankSnapshot &s, const QString &id, double ageS)
{
    PackReading &r = s.readings[id];
    const qint64 at = kNow - qint64(ageS * 1000);
    for (Timed<double> *t : {&r.socPct, &r.sohPct, &r.voltageV, &r.currentA, &r.cvlV, &r.cclA, &r.dclA})
        t->atMs = at;
    r.tempsC.atMs = at;
    r.cellsMv.atMs = at;
    r.faults.atMs = at;
    r.warnings.atMs = at;
}

inline bool hasFinding(const AggregationResult &r, const QString &code, const QString &subject = {})
{
    for (const Finding &f : r.findings) {
        if (f.code == code && (subject.isEmpty() || f.subject == subject))
            return true;
    }
    return false;
}

} // namespace Fixture
