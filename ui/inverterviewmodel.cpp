#include "inverterviewmodel.h"

#include "bankmonitor.h"

#include <QBrush>
#include <QColor>

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

QString formatValue(ViewFieldId id, const ViewField &f)
{
    if (!f.value)
        return QStringLiteral("\u2014");
    const QString unit = ViewFieldNames::unit(id);
    const QString number = QString::number(*f.value, 'f', decimalsFor(id));
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
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
    if (!told || row >= kViewFieldCount)
        return false;
    const ViewFieldId id = static_cast<ViewFieldId>(row);
    const auto a = r.bankTruth.value(id);
    const auto b = told->value(id);
    if (!a || !b)
        return false; // not carried on the wire: nothing to compare
    // The wire rounds (SOC to 1 %, current to 0.1 A, voltage to 10 mV): compare at that grain.
    const double grain = id == ViewFieldId::SocPct || id == ViewFieldId::SohPct ? 1.0
        : id == ViewFieldId::VoltageV                                           ? 0.05
        : id == ViewFieldId::TempMaxC || id == ViewFieldId::TempMinC            ? 3.0
                                                                                : 0.2;
    return std::abs(*a - *b) > grain;
}

QVariant InverterViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AggregationResult &r = m_monitor.result();
    const int row = index.row();
    const int column = index.column();

    if (role == DiffersRole)
        return differs(row);
    if (role == Qt::BackgroundRole) {
        if (column == SeenColumn && differs(row))
            return QBrush(QColor(0xFF, 0xF3, 0xCD));
        if (column == ToldColumn && toldDiffers(row))
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        return {};
    }
    if (role == Qt::ToolTipRole && column == ToldColumn) {
        return m_monitor.observed() ? tr("Decoded from what the master sends the inverter.")
                                    : tr("No inverter link is being decoded.");
    }
    if (role == Qt::ToolTipRole && column == SeenColumn && !r.inverterSees) {
        return tr("The inverter receives no BMS data (master or aggregator offline).");
    }

    if (row >= kViewFieldCount) {
        const bool faults = row == kFaultsRow;
        if (role != Qt::DisplayRole && role != RawValueRole)
            return {};
        switch (column) {
        case FieldColumn:
            return faults ? tr("Faults") : tr("Warnings");
        case TruthColumn:
            return faultList(faults ? r.bankTruth.faults : r.bankTruth.warnings);
        case SeenColumn:
            if (!r.inverterSees)
                return tr("no data");
            return faultList(faults ? r.inverterSees->faults : r.inverterSees->warnings);
        case ToldColumn:
            if (!m_monitor.observed())
                return QStringLiteral("\u2014");
            return faultList(faults ? m_monitor.observed()->faults : m_monitor.observed()->warnings);
        case RuleColumn:
            return RuleNames::label(r.bankTruth.faultRule);
        case SourceColumn: {
            QStringList parts;
            const Faults shown = faults ? r.bankTruth.faults : r.bankTruth.warnings;
            for (auto it = r.bankTruth.faultSources.constBegin(); it != r.bankTruth.faultSources.constEnd(); ++it) {
                if (shown.testFlag(it.key()))
                    parts.append(it.value().join(QStringLiteral(", ")));
            }
            return parts.join(QStringLiteral("; "));
        }
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
        return {};
    }
    if (role == Qt::ToolTipRole && column == SeenColumn && r.inverterSees) {
        const ViewField &seen = (*r.inverterSees)[id];
        return tr("Rule: %1. From: %2").arg(RuleNames::label(seen.provenance.rule), describeSource(row, seen));
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == TruthColumn || column == SeenColumn || column == ToldColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case FieldColumn:
        return ViewFieldNames::label(id);
    case TruthColumn:
        return formatValue(id, truth);
    case SeenColumn:
        return r.inverterSees ? formatValue(id, (*r.inverterSees)[id]) : tr("no data");
    case ToldColumn:
        return m_monitor.observed() ? formatValue(id, (*m_monitor.observed())[id]) : QStringLiteral("\u2014");
    case RuleColumn:
        return RuleNames::label(truth.provenance.rule);
    case SourceColumn:
        return describeSource(row, truth);
    default:
        return {};
    }
}

QVariant InverterViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
    case RuleColumn:
        return tr("Rule");
    case SourceColumn:
        return tr("Set by");
    default:
        return {};
    }
}
