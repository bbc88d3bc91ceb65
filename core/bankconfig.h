#pragma once

#include <QList>
#include <QString>

#include <optional>

// The three multi-pack architectures of DESIGN.md section 1.
enum class Architecture {
    MasterSlave, // Pylontech, JK-PB in parallel mode: the master aggregates and talks
    PeerToPeer,  // Victron GX on VE.Can: every BMS talks to the aggregator
    SingleMaster // JK BMS packs on Deye/Growatt: one pack talks, no inter-BMS link
};

enum class PackRole { Master, Slave };

struct PackConfig
{
    QString id;            // installer-facing name, e.g. "P1"
    QString model;         // e.g. "US3000C"
    double ratedCapacityAh = 0.0;
    PackRole role = PackRole::Slave;
    int address = 0;       // bus address (Pylontech ADR, JK DIP address)
};

// What the installer says the bank is. Pack order is the installer's order and decides ties.
struct BankConfig
{
    Architecture architecture = Architecture::MasterSlave;
    QList<PackConfig> packs;

    const PackConfig *pack(const QString &id) const;
    // Ids of every pack configured as master, in order.
    QStringList masterIds() const;
};

namespace ArchitectureNames {
QString name(Architecture architecture); // "master-slave", ...
std::optional<Architecture> fromName(const QString &name);
QString label(Architecture architecture); // translated
QList<Architecture> all();
} // namespace ArchitectureNames
