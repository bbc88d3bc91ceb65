#pragma once

#include <QString>

#include <optional>

// How CCL and DCL are combined over the online packs (DESIGN.md section 2).
enum class CurrentLimitRule {
    WeakestTimesCount, // online packs x smallest per-pack limit (default: the weakest governs)
    Sum,               // sum of the per-pack limits
    Min                // the smallest per-pack limit
};

// How pack faults become bank faults.
enum class FaultRule {
    Any, // union: any pack's fault is a bank fault (default)
    All  // a protection only when every online pack has it; otherwise a warning
};

struct AggregationPolicy
{
    CurrentLimitRule currentLimits = CurrentLimitRule::WeakestTimesCount;
    FaultRule faults = FaultRule::Any;
    double staleAfterS = 10.0; // a reading older than this is offline
};

namespace PolicyNames {
QString name(CurrentLimitRule rule); // "weakest-times-count", "sum", "min"
std::optional<CurrentLimitRule> currentLimitRuleFromName(const QString &name);
QString label(CurrentLimitRule rule);
QString name(FaultRule rule); // "any", "all"
std::optional<FaultRule> faultRuleFromName(const QString &name);
QString label(FaultRule rule);
} // namespace PolicyNames
