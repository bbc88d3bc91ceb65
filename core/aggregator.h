#pragma once

#include "aggregationpolicy.h"
#include "bankconfig.h"
#include "finding.h"
#include "inverterview.h"
#include "packreading.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

// The input of one aggregation: every pack's latest reading, the bank and the policy.
struct BankSnapshot
{
    BankConfig config;
    AggregationPolicy policy;
    QHash<QString, PackReading> readings; // by pack id; a configured pack may be missing
};

// Why a pack counts as online or not.
enum class PackState { Online, Stale, MarkedOffline, NoData };

struct PackStatus
{
    QString id;
    PackState state = PackState::NoData;
    std::optional<double> ageS; // age of the newest value, if any
    bool online() const { return state == PackState::Online; }
};

// The weakest cell the inverter cannot see.
struct HiddenCell
{
    QString pack;
    int cell = 0; // 1-based
    double mv = 0.0;
    std::optional<double> inverterSeesMv;
};

struct Gaps
{
    // inverter's SOC minus the true bank SOC; when the inverter sees nothing, its
    // voltage-only estimate minus the true SOC.
    std::optional<double> socErrorPct;
    Faults hiddenFaults; // any online pack's faults that the inverter sees neither as fault nor warning
    std::optional<HiddenCell> hiddenCellMin;
};

// The consequence of a bank current limit under the measured sharing ratio.
struct PackShare
{
    QString id;
    double share = 0.0;                 // fraction of the measured bank current
    std::optional<double> atBankCclA;   // this pack's current when the bank charges at CCL
    std::optional<double> ownCclA;
    std::optional<double> atBankDclA;
    std::optional<double> ownDclA;
};

struct AggregationResult
{
    QList<PackStatus> packs;                   // bank order
    InverterView bankTruth;                    // over online packs, under the policy
    std::optional<InverterView> inverterSees;  // what the architecture lets through
    Gaps gaps;
    std::optional<double> voltageSocEstimatePct;
    QList<PackShare> sharing;                  // empty when the sharing ratio is not measurable
    QList<Finding> findings;                   // errors first, then warnings, then info
};

// Implements DESIGN.md section 2. Pure and deterministic: the caller supplies "now".
class Aggregator
{
    Q_DECLARE_TR_FUNCTIONS(Aggregator)

public:
    static AggregationResult aggregate(const BankSnapshot &snapshot, qint64 nowMs);

    // The aggregate view over the given readings under the policy (no architecture rules).
    static InverterView combine(const QList<const PackReading *> &packs,
                                const QList<double> &capacitiesAh,
                                const AggregationPolicy &policy);
    // One pack's own values as an inverter connected to it alone would see them.
    static InverterView single(const PackReading &pack, double capacityAh);
};
