#pragma once

#include "bankconfig.h"
#include "packreading.h"

#include <QList>
#include <QPair>

// Deterministic physics of N lithium packs in parallel on one bus (shared by the demo, the
// simulator and tests). Each pack is an open-circuit voltage (LiFePO4 curve, per cell) behind
// its cells' and its cable's resistance, so the bank current divides unequally the way it
// does on a real busbar; coulomb counting per pack; one cell may be going soft (sagging under
// load); temperatures follow I^2 R with a thermal lag; limits as a BMS announces them (CCL
// tapering above 90 % SOC, halved above 45 degrees C); protections a BMS would raise, and what
// they do: a protection opens the pack's discharge MOSFET (cell under-voltage, over-
// temperature) or its charge MOSFET (cell over-voltage, over-temperature) until it releases
// (see step()). A pack whose discharge (charge) MOSFET is open carries no
// discharge (charge) current; the others take the bank's load, and when no pack can carry it
// the bus current is zero.
// Same config, same seed, same step times: same output. Not thread-safe.
struct PhysicsPack
{
    QString id;
    int address = 2;
    QString model = QStringLiteral("US3000C");
    PackRole role = PackRole::Slave;
    double capacityAh = 74.0;
    double socPct = 80.0;
    double sohPct = 100.0;
    int cells = 15;
    double cellOhm = 0.0008;      // per healthy cell
    double cableOhm = 0.005;      // this pack's cable run to the busbar
    int softCell = -1;            // 0-based index of a cell going soft, or -1
    double softCellOhm = 0.0035;
    double chargeLimitA = 37.0;   // the BMS's own CCL at room temperature
    double dischargeLimitA = 74.0;
    double cvlV = 53.2;
    double dvlV = 45.0;
};

// Bank current over time (A, + = charge): piecewise linear between points, the last held.
struct LoadProfile
{
    QList<QPair<double, double>> points; // (seconds since start, amperes)
    bool demoCycle = false;              // the demo's ten-minute evening/solar cycle instead
    double at(double seconds) const;
};

struct PhysicsConfig
{
    Architecture architecture = Architecture::MasterSlave;
    QList<PhysicsPack> packs;
    LoadProfile load;
    double ambientC = 27.0;
    quint32 seed = 1;
};

class BankPhysics
{
public:
    explicit BankPhysics(const PhysicsConfig &config);

    const PhysicsConfig &config() const { return m_config; }
    BankConfig bankConfig() const;
    // Advances to nowMs (the first call only sets the start) and returns every pack's reading,
    // time-stamped nowMs. A pack off the bus reports its resting state and no current; so does
    // one whose MOSFETs a protection opened at the previous step, in the blocked direction.
    QList<PackReading> step(qint64 nowMs);
    // The current the bank carried at the last step (A, + = charge): the load, or less when
    // protections keep the packs from carrying it (zero when none can).
    double bankCurrentA() const { return m_lastBankA; }

    // What faults change in the physics. All by pack id; unknown ids are ignored (false).
    bool setOnBus(const QString &id, bool onBus);             // BMS off / power path open
    bool setSoftCell(const QString &id, int cell, double ohm); // a cell going soft
    bool setExtraHeatC(const QString &id, double degrees);     // a hot spot, a blocked vent

private:
    struct State
    {
        double socPct;
        double tempC;
        bool onBus = true;
        double extraHeatC = 0.0;
        QList<double> cellOffsetMv;
        Faults protections; // raised and not yet released: they hold the MOSFETs open
        bool chargeOpen() const { return protections.testFlag(Fault::CellOvervoltage) || protections.testFlag(Fault::Overtemperature); }
        bool dischargeOpen() const { return protections.testFlag(Fault::CellUndervoltage) || protections.testFlag(Fault::Overtemperature); }
    };
    double noise(); // deterministic, in [-1, 1]
    int index(const QString &id) const;

    PhysicsConfig m_config;
    QList<State> m_state;
    quint32 m_rng;
    std::optional<qint64> m_startMs;
    qint64 m_lastMs = 0;
    double m_lastBankA = 0.0;
};
