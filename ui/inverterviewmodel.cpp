#include "inverterviewmodel.h"

#include "appearance.h"
#include "bankmonitor.h"

#include <QApplication>
#include <QBrush>

#include <cmath>

namespace {

// Rows: every numeric view field, then faults and warnings.
const int kFaultsRow = kViewFieldCount;
const int kWarningsRow = kViewFieldCount + 1;
const int kRowCount = kViewFieldCount + 2;

int decimalsFor(ViewFieldId id)
{
    switch (id) {
    case ViewFieldId::VoltageV:
    case ViewFieldId::CvlV:
        return 2;
    case ViewFieldId::CellMinMv:
    case ViewFieldId::CellMaxMv:
    case ViewFieldId::OnlinePacks:
    case ViewFieldId::CapacityAh:
        return 0;
    default:
        return 1;
    }
}

QString formatNumber(ViewFieldId id, double v)
{
    const QString unit = ViewFieldNames::unit(id);
    const QString number = QString::number(v, 'f', decimalsFor(id));
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString formatValue(ViewFieldId id, const ViewField &f)
{
    return f.value ? formatNumber(id, *f.value) : QStringLiteral("\u2014");
}

QString faultList(Faults faults)
{
    QStringList labels;
    for (Fault f : FaultNames::all()) {
        if (faults.testFlag(f))
            labels.append(FaultNames::label(f));
    }
    return labels.isEmpty() ? InverterViewModel::tr("none") : labels.join(QStringLiteral(", "));
}

// The grain at which the wire rounds (SOC to 1 %, current to 0.1 A, voltage to 10 mV).
double toldGrain(ViewFieldId id)
{
    switch (id) {
    case ViewFieldId::SocPct:
    case ViewFieldId::SohPct:
        return 1.0;
    case ViewFieldId::VoltageV:
        return 0.05;
    case ViewFieldId::TempMaxC:
    case ViewFieldId::TempMinC:
        return 3.0;
    default:
        return 0.2;
    }
}

} // namespace

InverterViewModel::InverterViewModel(const BankMonitor &monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
}

int InverterViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRowCount;
}

int InverterViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InverterViewModel::refresh()
{
    Q_EMIT dataChanged(index(0, 0), index(kRowCount - 1, ColumnCount - 1));
}

QString InverterViewModel::describeSource(int row, const ViewField &f)
{
    if (!f.value)
        return {};
    const ViewFieldId id = static_cast<ViewFieldId>(row);
    if (f.provenance.index > 0) {
        const bool cell = id == ViewFieldId::CellMinMv || id == ViewFieldId::CellMaxMv;
        return cell ? tr("%1 cell %2").arg(f.provenance.pack).arg(f.provenance.index)
                    : tr("%1 sensor %2").arg(f.provenance.pack).arg(f.provenance.index);
    }
    if (!f.provenance.pack.isEmpty() && f.provenance.from.size() > 1)
        return f.provenance.rule == Rule::Max
            ? tr("%1 (highest of %2)").arg(f.provenance.pack).arg(f.provenance.from.size())
            : tr("%1 (lowest of %2)").arg(f.provenance.pack).arg(f.provenance.from.size());
    return f.provenance.from.join(QStringLiteral(", "));
}

QString InverterViewModel::provenance(ViewFieldId id, const ViewField &f) const
{
    if (!f.value)
        return tr("No online pack reports it.");
    const QString value = formatValue(id, f);
    const QString packs = f.provenance.from.join(QStringLiteral(", "));
    const int n = int(f.provenance.from.size());
    switch (f.provenance.rule) {
    case Rule::None:
        return {};
    case Rule::CapacityWeighted: {
        const auto capacity = m_monitor.result().bankTruth.value(ViewFieldId::CapacityAh);
        return capacity ? tr("%1 = capacity-weighted mean of %2 (%3 Ah)")
                              .arg(value, packs, QString::number(*capacity, 'f', 0))
                        : tr("%1 = capacity-weighted mean of %2").arg(value, packs);
    }
    case Rule::Mean:
        return tr("%1 = mean of %2").arg(value, packs);
    case Rule::Sum:
        return tr("%1 = sum of %2").arg(value, packs);
    case Rule::Min:
    case Rule::Max: {
        const bool low = f.provenance.rule == Rule::Min;
        if (f.provenance.index > 0) {
            const bool cell = id == ViewFieldId::CellMinMv || id == ViewFieldId::CellMaxMv;
            int count = 0;
            for (const QString &p : f.provenance.from) {
                if (const PackReading *r = m_monitor.reading(p))
                    count += cell ? (r->cellsMv.has() ? int(r->cellsMv->size()) : 1)
                                  : (r->tempsC.has() ? int(r->tempsC->size()) : 1);
            }
            if (cell)
                return low ? tr("%1 = %2 cell %3, lowest of %4 cells").arg(value, f.provenance.pack).arg(f.provenance.index).arg(count)
                           : tr("%1 = %2 cell %3, highest of %4 cells").arg(value, f.provenance.pack).arg(f.provenance.index).arg(count);
            return low ? tr("%1 = %2 sensor %3, lowest of %4 sensors").arg(value, f.provenance.pack).arg(f.provenance.index).arg(count)
                       : tr("%1 = %2 sensor %3, highest of %4 sensors").arg(value, f.provenance.pack).arg(f.provenance.index).arg(count);
        }
        return low ? tr("%1 = %2, lowest of %3 packs").arg(value, f.provenance.pack).arg(n)
                   : tr("%1 = %2, highest of %3 packs").arg(value, f.provenance.pack).arg(n);
    }
    case Rule::WeakestTimesCount: {
        // value = online packs x the smallest per-pack limit
        const int online = int(m_monitor.result().bankTruth.value(ViewFieldId::OnlinePacks).value_or(n));
        const double each = online > 0 ? *f.value / online : 0.0;
        return tr("%1 = %2 packs \u00D7 %3, weakest %4")
            .arg(value)
            .arg(online)
            .arg(formatNumber(id, each), f.provenance.pack);
    }
    case Rule::Count:
        return packs.isEmpty() ? tr("No pack is online.") : tr("%1 = %2 online").arg(value, packs);
    case Rule::MasterOnly:
        return tr("%1 = %2's own value (the master's, nothing aggregated)").arg(value, packs);
    case Rule::Union:
    case Rule::AllPacks:
        return {};
    case Rule::Reported:
        return tr("%1 as reported on %2").arg(value, packs);
    }
    return {};
}

bool InverterViewModel::differs(int row) const
{
    const AggregationResult &r = m_monitor.result();
    if (!r.inverterSees)
        return true;
    if (row == kFaultsRow)
        return r.inverterSees->faults != r.bankTruth.faults;
    if (row == kWarningsRow)
        return r.inverterSees->warnings != r.bankTruth.warnings;
    const ViewFieldId id = static_cast<ViewFieldId>(row);
    const auto a = r.bankTruth.value(id);
    const auto b = r.inverterSees->value(id);
    if (a.has_value() != b.has_value())
        return true;
    if (!a)
        return false;
    const double tolerance = std::pow(10.0, -decimalsFor(id)) / 2.0;
    return std::abs(*a - *b) > tolerance;
}

bool InverterViewModel::toldDiffers(int row) const
{
    const AggregationResult &r = m_monitor.result();
    const std::optional<InverterView> &told = m_monitor.observed();
    if (!told)
        return false;
    if (row == kFaultsRow)
        return told->faultRule == Rule::Reported && told->faults != r.bankTruth.faults;
    if (row == kWarningsRow)
        return false; // a wire's warning set is coarser than the core's; faults are what protect
    const ViewFieldId id = static_cast<ViewFieldId>(row);
    const auto a = r.bankTruth.value(id);
    const auto b = told->value(id);
    if (!a || !b)
        return false; // not carried on the wire: nothing to compare
    // Pylon CAN carries one temperature (0x356); it stands for both ends of the view, so only
    // the highest is compared with it.
    if (id == ViewFieldId::TempMinC && told->value(ViewFieldId::TempMaxC) == b)
        return false;
    return std::abs(*a - *b) > toldGrain(id);
}

QString InverterViewModel::check(int row) const
{
    const AggregationResult &r = m_monitor.result();
    if (!r.inverterSees)
        return tr("\u2717 receives nothing");
    QStringList parts;
    if (differs(row))
        parts.append(tr("\u2260 can see"));
    if (toldDiffers(row))
        parts.append(tr("\u2260 is told"));
    return parts.isEmpty() ? tr("\u2713 matches") : parts.join(QStringLiteral(", "));
}

QString InverterViewModel::checkToolTip(int row) const
{
    const AggregationResult &r = m_monitor.result();
    if (!r.inverterSees)
        return tr("The inverter receives no BMS data (the master or aggregator is offline). It falls back to its own "
                  "voltage reading; see the fallback panel.");
    if (row >= kViewFieldCount) {
        QStringList lines;
        if (differs(row))
            lines.append(tr("The inverter can see other alarms than the packs raise."));
        if (toldDiffers(row))
            lines.append(tr("The master tells the inverter other protections than the packs raise."));
        return lines.isEmpty() ? tr("What the inverter can see and is told matches the packs.") : lines.join(QLatin1Char('\n'));
    }
    const ViewFieldId id = static_cast<ViewFieldId>(row);
    const auto truth = r.bankTruth.value(id);
    QStringList lines;
    if (differs(row)) {
        const auto seen = r.inverterSees->value(id);
        lines.append(seen && truth ? tr("It can see %1 but should see %2 (%3): %4.")
                                         .arg(formatNumber(id, *seen), formatNumber(id, *truth),
                                              Appearance::signedNumber(*seen - *truth, decimalsFor(id), ViewFieldNames::unit(id)),
                                              ArchitectureNames::label(m_monitor.config().architecture))
                                   : tr("It cannot see this value at all in a %1 bank.")
                                         .arg(ArchitectureNames::label(m_monitor.config().architecture)));
    }
    if (toldDiffers(row)) {
        const auto told = m_monitor.observed()->value(id);
        lines.append(tr("It is told %1 but should see %2 (%3); compared at the wire's resolution of %4.")
                         .arg(formatNumber(id, *told), formatNumber(id, *truth),
                              Appearance::signedNumber(*told - *truth, decimalsFor(id), ViewFieldNames::unit(id)),
                              formatNumber(id, toldGrain(id))));
    }
    if (lines.isEmpty())
        return m_monitor.observed() ? tr("Should see, can see and is told agree.")
                                    : tr("Should see and can see agree; nothing told to the inverter is decoded.");
    return lines.join(QLatin1Char('\n'));
}

QVariant InverterViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AggregationResult &r = m_monitor.result();
    const std::optional<InverterView> &told = m_monitor.observed();
    const int row = index.row();
    const int column = index.column();
    const QPalette palette = QApplication::palette();

    if (role == DiffersRole)
        return differs(row);
    if (role == ToldDiffersRole)
        return toldDiffers(row);
    if (role == Qt::BackgroundRole) {
        if (column == SeenColumn && differs(row))
            return QBrush(Appearance::background(Appearance::Tone::Warning, palette));
        if (column == ToldColumn && toldDiffers(row))
            return QBrush(Appearance::background(Appearance::Tone::Error, palette));
        return {};
    }
    if (role == Qt::DecorationRole) {
        if (column != CheckColumn)
            return {};
        if (!r.inverterSees || toldDiffers(row))
            return Appearance::icon(Appearance::Tone::Error);
        return differs(row) ? Appearance::icon(Appearance::Tone::Warning) : Appearance::icon(Appearance::Tone::Good);
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == TruthColumn || column == SeenColumn || column == ToldColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    if (row >= kViewFieldCount) {
        const bool faults = row == kFaultsRow;
        const Faults truthSet = faults ? r.bankTruth.faults : r.bankTruth.warnings;
        if (role == Qt::ToolTipRole) {
            switch (column) {
            case TruthColumn:
                return tr("From the packs' own alarm flags under the rule \"%1\".").arg(RuleNames::label(r.bankTruth.faultRule));
            case SeenColumn:
                return tr("What the inverter can see given the architecture.");
            case ToldColumn:
                return told ? tr("Decoded from the master's messages to the inverter.") : tr("No inverter link is decoded.");
            case CheckColumn:
                return checkToolTip(row);
            default:
                return {};
            }
        }
        if (role == RuleRole)
            return RuleNames::label(r.bankTruth.faultRule);
        if (role == SourceRole || (role == Qt::DisplayRole && column == ProvenanceColumn)) {
            QStringList parts;
            for (auto it = r.bankTruth.faultSources.constBegin(); it != r.bankTruth.faultSources.constEnd(); ++it) {
                if (truthSet.testFlag(it.key()))
                    parts.append(tr("%1 from %2").arg(FaultNames::label(it.key()), it.value().join(QStringLiteral(", "))));
            }
            if (role == SourceRole || parts.isEmpty())
                return parts.isEmpty() ? tr("No pack raises any (rule: %1)").arg(RuleNames::label(r.bankTruth.faultRule))
                                       : parts.join(QStringLiteral("; "));
            return tr("%1: %2").arg(RuleNames::label(r.bankTruth.faultRule), parts.join(QStringLiteral("; ")));
        }
        if (role != Qt::DisplayRole && role != RawValueRole)
            return {};
        switch (column) {
        case FieldColumn:
            return faults ? tr("Protections") : tr("Warnings");
        case TruthColumn:
            if (r.bankTruth.value(ViewFieldId::OnlinePacks).value_or(0.0) == 0.0)
                return QStringLiteral("\u2014"); // no pack online: nothing to say either way
            return faultList(truthSet);
        case SeenColumn:
            if (!r.inverterSees)
                return tr("no data");
            return faultList(faults ? r.inverterSees->faults : r.inverterSees->warnings);
        case ToldColumn:
            if (!told)
                return QStringLiteral("\u2014");
            return faultList(faults ? told->faults : told->warnings);
        case CheckColumn:
            return check(row);
        default:
            return {};
        }
    }

    const ViewFieldId id = static_cast<ViewFieldId>(row);
    const ViewField &truth = r.bankTruth[id];
    if (role == RawValueRole) {
        if (column == TruthColumn)
            return truth.value ? QVariant(*truth.value) : QVariant();
        if (column == SeenColumn && r.inverterSees && r.inverterSees->value(id))
            return *r.inverterSees->value(id);
        if (column == SeenColumn && !r.inverterSees && id == ViewFieldId::SocPct && m_monitor.fallback())
            return m_monitor.fallback()->guessSocPct; // the inverter's own voltage-only guess
        if (column == ToldColumn && told && told->value(id))
            return *told->value(id);
        return {};
    }
    if (role == RuleRole)
        return RuleNames::label(truth.provenance.rule);
    if (role == SourceRole)
        return describeSource(row, truth);
    if (role == Qt::ToolTipRole) {
        const QString unit = ViewFieldNames::unit(id);
        const QString unitLine = unit.isEmpty() ? QString() : tr("Unit: %1. ").arg(unit);
        switch (column) {
        case FieldColumn:
            return ViewFieldNames::label(id);
        case TruthColumn:
            return QString(unitLine + tr("Computed by BankScope from the packs' own readings (rule: %1).").arg(RuleNames::label(truth.provenance.rule)));
        case SeenColumn:
            if (!r.inverterSees && id == ViewFieldId::SocPct && m_monitor.fallback()) {
                const VoltageFallback &f = *m_monitor.fallback();
                return QString(unitLine + tr("The inverter receives no BMS data and guesses the SOC from the bus voltage alone "
                                     "(%1 on a LiFePO4 rest curve%2). %3")
                                      .arg(formatNumber(ViewFieldId::VoltageV, f.busVoltageV),
                                           f.live ? QString() : tr(", the last voltage BankScope heard"),
                                           f.errorPct() ? tr("The packs hold %1: the guess is %2 points off.")
                                                              .arg(formatNumber(id, *f.trueSocPct),
                                                                   Appearance::signedNumber(*f.errorPct(), 0))
                                                        : QString()));
            }
            if (!r.inverterSees)
                return tr("The inverter receives no BMS data (master or aggregator offline).");
            return QString(unitLine + tr("What a %1 bank lets the inverter see. Rule: %2. From: %3.")
                                  .arg(ArchitectureNames::label(m_monitor.config().architecture),
                                       RuleNames::label((*r.inverterSees)[id].provenance.rule),
                                       describeSource(row, (*r.inverterSees)[id])));
        case ToldColumn:
            if (!told)
                return tr("No link to the inverter is decoded (or it has been silent for 5 s).");
            return (*told)[id].value ? QString(unitLine + tr("Decoded from what the master sends the inverter on %1.")
                                                              .arg((*told)[id].provenance.from.join(QStringLiteral(", "))))
                                     : tr("The master's messages do not carry this field.");
        case CheckColumn:
            return checkToolTip(row);
        case ProvenanceColumn:
            return tr("Rule: %1. Set by: %2.").arg(RuleNames::label(truth.provenance.rule), describeSource(row, truth));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case FieldColumn:
        return ViewFieldNames::label(id);
    case TruthColumn:
        return formatValue(id, truth);
    case SeenColumn:
        if (r.inverterSees)
            return formatValue(id, (*r.inverterSees)[id]);
        if (id == ViewFieldId::SocPct && m_monitor.fallback())
            return tr("\u2248 %1 from voltage").arg(formatNumber(id, m_monitor.fallback()->guessSocPct));
        return tr("no data");
    case ToldColumn:
        return told ? formatValue(id, (*told)[id]) : QStringLiteral("\u2014");
    case CheckColumn:
        return check(row);
    case ProvenanceColumn:
        return provenance(id, truth);
    default:
        return {};
    }
}

QVariant InverterViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TruthColumn:
            return tr("What the core computes from every online pack under the current rules.");
        case SeenColumn:
            return tr("What the inverter can see given how the bank is wired (the architecture).");
        case ToldColumn:
            return tr("What the master actually sends the inverter, decoded from its link.");
        case CheckColumn:
            return tr("\u2713 matches, \u2260 differs, \u2717 nothing reaches the inverter.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TruthColumn:
        return tr("Inverter should see");
    case SeenColumn:
        return tr("Inverter can see");
    case ToldColumn:
        return tr("Inverter is told");
    case CheckColumn:
        return tr("Check");
    case ProvenanceColumn:
        return tr("How it is computed");
    default:
        return {};
    }
}
