#include "aggregationpolicy.h"

#include <QCoreApplication>

namespace PolicyNames {

QString name(CurrentLimitRule rule)
{
    switch (rule) {
    case CurrentLimitRule::WeakestTimesCount:
        return QStringLiteral("weakest-times-count");
    case CurrentLimitRule::Sum:
        return QStringLiteral("sum");
    case CurrentLimitRule::Min:
        return QStringLiteral("min");
    }
    return {};
}

std::optional<CurrentLimitRule> currentLimitRuleFromName(const QString &text)
{
    for (CurrentLimitRule r :
         {CurrentLimitRule::WeakestTimesCount, CurrentLimitRule::Sum, CurrentLimitRule::Min}) {
        if (name(r) == text)
            return r;
    }
    return std::nullopt;
}

QString label(CurrentLimitRule rule)
{
    switch (rule) {
    case CurrentLimitRule::WeakestTimesCount:
        return QCoreApplication::translate("Policy", "Weakest pack x online packs");
    case CurrentLimitRule::Sum:
        return QCoreApplication::translate("Policy", "Sum of pack limits");
    case CurrentLimitRule::Min:
        return QCoreApplication::translate("Policy", "Smallest pack limit");
    }
    return {};
}

QString name(FaultRule rule)
{
    return rule == FaultRule::Any ? QStringLiteral("any") : QStringLiteral("all");
}

std::optional<FaultRule> faultRuleFromName(const QString &text)
{
    if (text == QLatin1String("any"))
        return FaultRule::Any;
    if (text == QLatin1String("all"))
        return FaultRule::All;
    return std::nullopt;
}

QString label(FaultRule rule)
{
    return rule == FaultRule::Any
               ? QCoreApplication::translate("Policy", "Any pack faulted")
               : QCoreApplication::translate("Policy", "Only when all packs fault");
}

} // namespace PolicyNames
