#pragma once

#include "fault.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The rule that produced a value of an InverterView.
enum class Rule {
    None,              // no value (no pack reported it)
    CapacityWeighted,  // capacity-weighted mean
    Mean,
    Sum,
    Min,
    Max,
    WeakestTimesCount, // online packs x smallest per-pack limit
    Count,
    MasterOnly,        // the master pack's own value, nothing aggregated
    Union,             // fault policy "any"
    AllPacks,          // fault policy "all"
    Reported           // observed: the value as the BMS or master sent it on the wire
};

namespace RuleNames {
QString name(Rule rule);  // "capacity-weighted", ...
QString label(Rule rule); // translated
} // namespace RuleNames

// Which packs, which pack and which cell (or sensor) set a value.
struct Provenance
{
    Rule rule = Rule::None;
    QStringList from; // every pack that contributed, in bank order
    QString pack;     // the pack that set an extreme (min/max rules); empty otherwise
    int index = 0;    // 1-based cell (cell extremes) or sensor (temperature extremes); 0 = none
};

struct ViewField
{
    std::optional<double> value;
    Provenance provenance;
};

// The numeric fields of an inverter view, in display and JSON order.
enum class ViewFieldId {
    SocPct,
    SohPct,
    VoltageV,
    CurrentA,
    CapacityAh,
    CvlV,
    CclA,
    DclA,
    TempMaxC,
    TempMinC,
    CellMinMv,
    CellMaxMv,
    OnlinePacks,
};
constexpr int kViewFieldCount = 13;

namespace ViewFieldNames {
QList<ViewFieldId> all();
QString key(ViewFieldId id);   // JSON key: "soc_pct", ...
QString label(ViewFieldId id); // translated: "State of charge"
QString unit(ViewFieldId id);  // "%", "V", ...
} // namespace ViewFieldNames

// What an inverter sees (or should see): every field with its provenance.
struct InverterView
{
    std::array<ViewField, kViewFieldCount> fields;
    Faults faults;
    Faults warnings;
    Rule faultRule = Rule::None;
    // For each fault or warning raised, the packs that reported it (bank order).
    QMap<Fault, QStringList> faultSources;

    ViewField &operator[](ViewFieldId id) { return fields[static_cast<int>(id)]; }
    const ViewField &operator[](ViewFieldId id) const { return fields[static_cast<int>(id)]; }
    std::optional<double> value(ViewFieldId id) const { return (*this)[id].value; }
};
