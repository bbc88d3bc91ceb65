#pragma once

#include "catalogue.h"
#include "commissioningplan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How a bank's master failure is handled (issue 22 item 1), chosen from the plan's battery model.
enum class FailoverKind {
    PylontechChain, // Pylontech US/UP: the stand-in, cabled next in the chain, takes the inverter cable
    JkPbDip,        // JK-PB: the stand-in is set to DIP 0000 once the failed master is off the pack bus
    SingleMaster,   // packs without an inter-BMS link (JK-B): the stand-in takes the inverter cable
    Aggregator,     // every BMS talks to a GX (or the inverter polls each): no master to replace
    InstallerOnly   // high-voltage strings, a BMU, one unit: no steps for the owner
};

namespace FailoverKindNames {
QString name(FailoverKind kind); // "pylontech-chain", "jk-pb-dip", "single-master", "aggregator", "installer-only"
std::optional<FailoverKind> fromName(const QString &name);
} // namespace FailoverKindNames

// Why a step may be printed as an instruction.
enum class StepBasis {
    SafeAction,      // needs no fact: noting, isolating in the site's order, unplugging the failed unit, looking
    Documented,      // rests on a maker's documented fact
    ConfirmedOnSite, // rests on a fact the installer confirmed on this site (or the site's own order)
    ProvedByDrill,   // rests on a fact the failover drill proved on this site
    Unverified       // none of these: printed as "ask your installer", and the procedure stops there
};

namespace StepBasisNames {
QString name(StepBasis basis); // "safe-action", "documented", "confirmed-on-site", "proved-by-drill", "unverified"
} // namespace StepBasisNames

// What a step does to the buses, for the two-masters check (FailoverBus). Every unit is taken to
// stay powered (a BMS runs on its own cells when the battery is isolated) and a setting that makes a
// unit master to act at once: the worst case, so the check holds whatever the truth is.
struct BusAction
{
    enum class Kind {
        UnplugInverter, // `unit` no longer holds the inverter cable
        PlugInverter,   // `unit` holds the inverter cable
        UnlinkUnit,     // every pack-bus cable of `unit` removed
        LinkUnits,      // a pack-bus cable from `unit` (Link 1 / out) to `other` (Link 0 / in)
        SetMaster,      // `unit` configured as master (JK DIP 0000, or the address the inverter polls)
        ClearMaster,    // `unit` configured back as a slave / another address
        Isolate,        // the battery isolated in the site's order: no effect on who talks (worst case)
        PowerUp         // the battery switched on in the site's order: the same
    };
    Kind kind = Kind::Isolate;
    QString unit;
    QString other;
    bool operator==(const BusAction &o) const = default;
};

// One step of a failover or restore procedure: a code and arguments (texts are made where they are
// shown, in the reader's language: FailoverTexts), the branch to take if it does not go as written,
// the fact it rests on with its confidence and sources, why it may be printed, and what it does to
// the buses.
struct FailoverStep
{
    QString code;
    QStringList args;
    QString ifNot; // branch code, empty: none
    QStringList ifNotArgs;
    QString fact;  // FailoverFacts key it needs confirmed, empty: none
    Confidence confidence = Confidence::Documented;
    QList<SourceRef> sources;
    StepBasis basis = StepBasis::SafeAction;
    QList<BusAction> bus;

    bool printable() const { return basis != StepBasis::Unverified; }
    bool operator==(const FailoverStep &o) const = default;
};

// A sentence the card prints about the site: a code, its arguments, the confidence of the fact it
// states and its sources.
struct FailoverLine
{
    QString code;
    QStringList args;
    Confidence confidence = Confidence::Documented;
    QList<SourceRef> sources;
    bool operator==(const FailoverLine &o) const = default;
};

// "What you see -> what to do".
struct SeeDoRow
{
    QString see;  // code
    QString todo; // code
    QStringList args;
    Confidence confidence = Confidence::Documented; // of what the sight means
    QList<SourceRef> sources;
    bool operator==(const SeeDoRow &o) const = default;
};

// One unit on the card's bank map.
struct MapUnit
{
    QString id;
    QString role; // "master", "stand-in", "slave", "peer", "bmu", "module"
    bool inverterCable = false;
    int group = 0;
    bool operator==(const MapUnit &o) const = default;
};

// Everything the failover card and the report's failover summary say about one site: the
// procedure for its architecture (from the master that carries the inverter cable to its
// stand-in) and its restore procedure, what the inverter does meanwhile, what not to do, when to
// stop and call, the sights and what to do about them, the deadline after under-voltage, the
// inverter's setting. Built by FailoverPlanner; a plain value.
struct FailoverProcedure
{
    FailoverKind kind = FailoverKind::InstallerOnly;
    QString reason;      // InstallerOnly: "high-voltage", "bmu", "single-unit", "not-in-catalogue"
    QString failed;      // the master this procedure replaces
    QString standIn;     // empty: none
    int group = 0;
    QStringList otherMasters; // masters of other groups: "call the installer"
    QList<FailoverStep> steps;
    QList<FailoverStep> restore;
    QList<MapUnit> map;
    FailoverLine meanwhile;                     // what the inverter does while the master is gone
    std::optional<FailoverLine> voltageGuess;   // its voltage-only SOC guess against the truth, where it falls back to voltage
    FailoverLine deadline;                      // after under-voltage protection
    std::optional<FailoverLine> inverterSetting; // the battery-type menu path and value, when printable
    QList<FailoverLine> dont;
    QList<FailoverLine> callWhen;
    QList<SeeDoRow> seeDo;
    QString drillResult; // "passed", "aborted", "failed", empty: no drill

    // Steps up to the first unverified one: what the card prints as instructions.
    int printableSteps() const;
    int printableRestoreSteps() const;
};
