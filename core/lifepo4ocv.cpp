#include "lifepo4ocv.h"

#include <algorithm>
#include <cmath>

namespace LiFePo4Ocv {

// Resting cell voltage per SOC for LiFePO4, from the widely reproduced "LiFePO4 Voltage
// Chart" in the diysolarforum.com thread of that name (threads/3156, first post; the same
// figures appear on many vendors' charts): 100 % 3.40 V, 90 % 3.35, 80 % 3.32, 70 % 3.30,
// 60 % 3.27, 50 % 3.26, 40 % 3.25, 30 % 3.22, 20 % 3.20, 10 % 3.00, 0 % 2.50.
// It is a rested-cell curve: under load or charge the bus voltage is off by I x R, which is
// exactly why an inverter's voltage-only SOC is poor, and the core reports that error.
const QList<Point> &table()
{
    static const QList<Point> points{
        {0.0, 2.50},  {10.0, 3.00}, {20.0, 3.20}, {30.0, 3.22}, {40.0, 3.25},  {50.0, 3.26},
        {60.0, 3.27}, {70.0, 3.30}, {80.0, 3.32}, {90.0, 3.35}, {100.0, 3.40},
    };
    return points;
}

double socForCellVoltage(double cellV)
{
    const QList<Point> &t = table();
    if (cellV <= t.first().cellV)
        return 0.0;
    if (cellV >= t.last().cellV)
        return 100.0;
    for (int i = 1; i < t.size(); ++i) {
        if (cellV <= t[i].cellV) {
            const Point &a = t[i - 1];
            const Point &b = t[i];
            return a.socPct + (cellV - a.cellV) * (b.socPct - a.socPct) / (b.cellV - a.cellV);
        }
    }
    return 100.0;
}

double cellVoltageForSoc(double socPct)
{
    const QList<Point> &t = table();
    const double soc = std::clamp(socPct, 0.0, 100.0);
    for (int i = 1; i < t.size(); ++i) {
        if (soc <= t[i].socPct) {
            const Point &a = t[i - 1];
            const Point &b = t[i];
            return a.cellV + (soc - a.socPct) * (b.cellV - a.cellV) / (b.socPct - a.socPct);
        }
    }
    return t.last().cellV;
}

int guessSeriesCells(double packV)
{
    int best = 16;
    double bestError = 1e9;
    for (int cells : {8, 15, 16}) {
        const double error = std::abs(packV / cells - 3.2);
        if (error < bestError) {
            bestError = error;
            best = cells;
        }
    }
    return best;
}

double socForPackVoltage(double packV, std::optional<int> seriesCells)
{
    const int cells = (seriesCells && *seriesCells > 0) ? *seriesCells : guessSeriesCells(packV);
    return socForCellVoltage(packV / cells);
}

} // namespace LiFePo4Ocv
