#include "demobank.h"

PhysicsConfig DemoBank::preset(quint32 seed)
{
    PhysicsConfig c;
    c.architecture = Architecture::MasterSlave;
    c.seed = seed;
    c.load.demoCycle = true;
    struct Spec
    {
        const char *id;
        double soc;
        double soh;
        double cableOhm;
        int softCell;
    };
    const Spec specs[] = {
        {"P1", 78.0, 98.0, 0.004, -1},
        {"P2", 76.0, 97.0, 0.006, -1},
        {"P3", 74.0, 93.0, 0.009, 6},
        {"P4", 77.0, 96.0, 0.013, -1},
    };
    int address = 2; // Pylontech: master at 2, slaves 3, 4, ...
    for (const Spec &s : specs) {
        PhysicsPack p;
        p.id = QString::fromLatin1(s.id);
        p.address = address;
        p.role = address == 2 ? PackRole::Master : PackRole::Slave;
        p.socPct = s.soc;
        p.sohPct = s.soh;
        p.cableOhm = s.cableOhm;
        p.softCell = s.softCell;
        c.packs.append(p);
        ++address;
    }
    return c;
}

DemoBank::DemoBank(quint32 seed)
    : m_physics(preset(seed))
{
}

double DemoBank::bankCurrentA(double t)
{
    LoadProfile demo;
    demo.demoCycle = true;
    return demo.at(t);
}
