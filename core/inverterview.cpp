#include "inverterview.h"

#include <QCoreApplication>

namespace RuleNames {

QString name(Rule rule)
{
    switch (rule) {
    case Rule::None:
        return QStringLiteral("none");
    case Rule::CapacityWeighted:
        return QStringLiteral("capacity-weighted");
    case Rule::Mean:
        return QStringLiteral("mean");
    case Rule::Sum:
        return QStringLiteral("sum");
    case Rule::Min:
        return QStringLiteral("min");
    case Rule::Max:
        return QStringLiteral("max");
    case Rule::WeakestTimesCount:
        return QStringLiteral("weakest-times-count");
    case Rule::Count:
        return QStringLiteral("count");
    case Rule::MasterOnly:
        return QStringLiteral("master-only");
    case Rule::Union:
        return QStringLiteral("any");
    case Rule::AllPacks:
        return QStringLiteral("all");
    case Rule::Reported:
        return QStringLiteral("reported");
    }
    return {};
}

QString label(Rule rule)
{
    switch (rule) {
    case Rule::None:
        return QCoreApplication::translate("Rule", "no data");
    case Rule::CapacityWeighted:
        return QCoreApplication::translate("Rule", "capacity-weighted mean");
    case Rule::Mean:
        return QCoreApplication::translate("Rule", "mean");
    case Rule::Sum:
        return QCoreApplication::translate("Rule", "sum");
    case Rule::Min:
        return QCoreApplication::translate("Rule", "minimum");
    case Rule::Max:
        return QCoreApplication::translate("Rule", "maximum");
    case Rule::WeakestTimesCount:
        return QCoreApplication::translate("Rule", "weakest pack x online packs");
    case Rule::Count:
        return QCoreApplication::translate("Rule", "count");
    case Rule::MasterOnly:
        return QCoreApplication::translate("Rule", "master pack only");
    case Rule::Union:
        return QCoreApplication::translate("Rule", "any pack");
    case Rule::AllPacks:
        return QCoreApplication::translate("Rule", "all packs");
    case Rule::Reported:
        return QCoreApplication::translate("Rule", "as reported on the wire");
    }
    return {};
}

} // namespace RuleNames

namespace ViewFieldNames {

QList<ViewFieldId> all()
{
    QList<ViewFieldId> ids;
    for (int i = 0; i < kViewFieldCount; ++i)
        ids.append(static_cast<ViewFieldId>(i));
    return ids;
}

QString key(ViewFieldId id)
{
    switch (id) {
    case ViewFieldId::SocPct:
        return QStringLiteral("soc_pct");
    case ViewFieldId::SohPct:
        return QStringLiteral("soh_pct");
    case ViewFieldId::VoltageV:
        return QStringLiteral("voltage_V");
    case ViewFieldId::CurrentA:
        return QStringLiteral("current_A");
    case ViewFieldId::CapacityAh:
        return QStringLiteral("capacity_Ah");
    case ViewFieldId::CvlV:
        return QStringLiteral("cvl_V");
    case ViewFieldId::CclA:
        return QStringLiteral("ccl_A");
    case ViewFieldId::DclA:
        return QStringLiteral("dcl_A");
    case ViewFieldId::TempMaxC:
        return QStringLiteral("temp_max_C");
    case ViewFieldId::TempMinC:
        return QStringLiteral("temp_min_C");
    case ViewFieldId::CellMinMv:
        return QStringLiteral("cell_min_mV");
    case ViewFieldId::CellMaxMv:
        return QStringLiteral("cell_max_mV");
    case ViewFieldId::OnlinePacks:
        return QStringLiteral("online_packs");
    }
    return {};
}

QString label(ViewFieldId id)
{
    switch (id) {
    case ViewFieldId::SocPct:
        return QCoreApplication::translate("ViewField", "State of charge");
    case ViewFieldId::SohPct:
        return QCoreApplication::translate("ViewField", "State of health");
    case ViewFieldId::VoltageV:
        return QCoreApplication::translate("ViewField", "Voltage");
    case ViewFieldId::CurrentA:
        return QCoreApplication::translate("ViewField", "Current");
    case ViewFieldId::CapacityAh:
        return QCoreApplication::translate("ViewField", "Capacity");
    case ViewFieldId::CvlV:
        return QCoreApplication::translate("ViewField", "Charge voltage limit (CVL)");
    case ViewFieldId::CclA:
        return QCoreApplication::translate("ViewField", "Charge current limit (CCL)");
    case ViewFieldId::DclA:
        return QCoreApplication::translate("ViewField", "Discharge current limit (DCL)");
    case ViewFieldId::TempMaxC:
        return QCoreApplication::translate("ViewField", "Highest temperature");
    case ViewFieldId::TempMinC:
        return QCoreApplication::translate("ViewField", "Lowest temperature");
    case ViewFieldId::CellMinMv:
        return QCoreApplication::translate("ViewField", "Lowest cell");
    case ViewFieldId::CellMaxMv:
        return QCoreApplication::translate("ViewField", "Highest cell");
    case ViewFieldId::OnlinePacks:
        return QCoreApplication::translate("ViewField", "Packs online");
    }
    return {};
}

QString unit(ViewFieldId id)
{
    switch (id) {
    case ViewFieldId::SocPct:
    case ViewFieldId::SohPct:
        return QStringLiteral("%");
    case ViewFieldId::VoltageV:
    case ViewFieldId::CvlV:
        return QStringLiteral("V");
    case ViewFieldId::CurrentA:
    case ViewFieldId::CclA:
    case ViewFieldId::DclA:
        return QStringLiteral("A");
    case ViewFieldId::CapacityAh:
        return QStringLiteral("Ah");
    case ViewFieldId::TempMaxC:
    case ViewFieldId::TempMinC:
        return QString::fromUtf8("\u00B0C");
    case ViewFieldId::CellMinMv:
    case ViewFieldId::CellMaxMv:
        return QStringLiteral("mV");
    case ViewFieldId::OnlinePacks:
        return QString();
    }
    return {};
}

} // namespace ViewFieldNames
