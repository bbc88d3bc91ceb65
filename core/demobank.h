#pragma once

#include "bankphysics.h"

// The bank `bankscope --demo` opens on: four Pylontech-style 15S 74 Ah packs on unequal cable
// runs (the master next to the busbar, P4 at the far end), P3 with a cell going soft, under
// the demo's ten-minute load cycle. A preset of BankPhysics.
class DemoBank
{
public:
    explicit DemoBank(quint32 seed = 1);

    BankConfig config() const { return m_physics.bankConfig(); }
    QList<PackReading> step(qint64 nowMs) { return m_physics.step(nowMs); }
    BankPhysics &physics() { return m_physics; }

    // The bank current (A, + = charge) the load profile asks for at a time since start.
    static double bankCurrentA(double secondsSinceStart);
    static PhysicsConfig preset(quint32 seed);

private:
    BankPhysics m_physics;
};
