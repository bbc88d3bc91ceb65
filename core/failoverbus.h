#pragma once

#include "failoverprocedure.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The buses of one group of a bank, step by step, and the proof that a failover or restore
// procedure never has two units acting as master on one bus or towards the inverter (issue 22: "at
// no step of either may two units act as master on one bus or towards the inverter").
//
// The model takes the worst case wherever the sources leave a doubt: every unit stays powered (a
// BMS runs on its own cells when the battery is isolated), a setting that makes a unit master acts
// at once (whether or not the unit reads it only at power-up), and the failed master may come back
// to life at any moment while it is still cabled. Who acts as master:
//   Pylontech chain  a unit with nothing in its Link 0: the head of its piece of the link chain
//   JK-PB            a unit set to DIP 0000
//   single master    a unit set to the address (and protocol) the inverter polls
//   aggregator       none: every BMS has its own port of the GX (two BMSs on one port is the fault)
// "Towards the inverter" is every unit acting as master that holds the inverter cable. A pack bus is
// each connected piece of the pack-bus cabling. Pure; any thread.
class FailoverBus
{
public:
    struct Unit
    {
        QString id;
        bool master = false;        // configured as master (JK DIP 0000, the polled address)
        bool inverterCable = false; // holds the inverter cable (aggregator: its own GX port)
        bool failed = false;
        bool operator==(const Unit &o) const = default;
    };

    struct State
    {
        FailoverKind kind = FailoverKind::PylontechChain;
        QList<Unit> units;                    // in chain order
        QList<QPair<QString, QString>> links; // pack-bus cables, (Link 1 / out) -> (Link 0 / in)
        bool operator==(const State &o) const = default;

        const Unit *unit(const QString &id) const;
        Unit *unit(const QString &id);
        // Units acting as master towards the inverter.
        QStringList mastersTowardsInverter() const;
        // Each connected pack bus (two or more units cabled together) with the units acting as
        // master on it.
        QList<QPair<QStringList, QStringList>> packBuses() const;
        // Whether a unit is cabled to anything (the inverter or another unit).
        bool onAnyBus(const QString &id) const;
        // "inverter: P2 | bus P2 P3: P2" — for golden files and messages.
        QString describe() const;
    };

    struct Violation
    {
        int step = -1;  // 0-based index into the procedure; -1: the state before the first step
        QString code;   // "two-masters-inverter", "two-masters-bus", "failed-rejoins", "end-state"
        QStringList units;
        QString toString() const;
        bool operator==(const Violation &o) const = default;
    };

    struct Walk
    {
        QList<State> states; // after each step
        QList<Violation> violations;
        bool ok() const { return violations.isEmpty(); }
    };

    // The bus of the failed master's group as planned: its master cabled to the inverter, the chain
    // cabled as planned; the stand-in already set as master where the installer confirmed it was set
    // ahead (FailoverFacts::kStandInPreset).
    static State planned(const CommissioningPlan &plan, const FailoverProcedure &procedure, bool standInPreset);
    static void apply(State &state, const BusAction &action);

    enum class Purpose {
        Failover, // ends with the stand-in the one master towards the inverter; the failed unit never rejoins
        Restore   // ends with the repaired unit the one master towards the inverter again
    };
    // Walks the steps from `start` and checks the rule at every step and the end state.
    static Walk walk(const State &start, const QList<FailoverStep> &steps, Purpose purpose, const QString &failed,
                     const QString &standIn);
    // Both procedures of a plan: the failover from the planned state, then the restore from where
    // the failover left the bus.
    struct Proof
    {
        State start;
        Walk failover;
        Walk restore;
        bool ok() const { return failover.ok() && restore.ok(); }
    };
    static Proof prove(const CommissioningPlan &plan, const FailoverProcedure &procedure, bool standInPreset);
};
