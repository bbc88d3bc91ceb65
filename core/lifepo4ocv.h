#pragma once

#include <QList>

#include <optional>

// LiFePO4 resting (open-circuit) cell voltage versus state of charge, with linear
// interpolation between points. Used for the inverter's voltage-only SOC guess when BMS
// communication is lost, and by the demo bank and simulator to set cell voltages.
namespace LiFePo4Ocv {

struct Point
{
    double socPct;
    double cellV;
};

// The table, ascending in SOC (and voltage).
const QList<Point> &table();

// SOC for a resting cell voltage; clamped to 0..100 outside the table.
double socForCellVoltage(double cellV);
// Resting cell voltage for a SOC (clamped to 0..100).
double cellVoltageForSoc(double socPct);

// The voltage-only SOC an inverter would guess from a pack or bus voltage. The series cell
// count comes from the packs' cell lists when known; otherwise it is guessed as the
// LiFePO4 string (8, 15 or 16 cells) whose nominal 3.2 V/cell is closest.
double socForPackVoltage(double packV, std::optional<int> seriesCells);
int guessSeriesCells(double packV);

} // namespace LiFePo4Ocv
