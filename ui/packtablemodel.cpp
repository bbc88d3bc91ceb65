#include "packtablemodel.h"

#include "appearance.h"
#include "bankmonitor.h"

#include <QApplication>
#include <QBrush>
#include <QFont>

namespace {

const Timed<double> *timedOf(const PackReading &r, int column)
{
    switch (column) {
    case PackTableModel::SocColumn:
        return &r.socPct;
    case PackTableModel::VoltageColumn:
        return &r.voltageV;
    case PackTableModel::CurrentColumn:
        return &r.currentA;
    case PackTableModel::CvlColumn:
        return &r.cvlV;
    case PackTableModel::CclColumn:
        return &r.cclA;
    case PackTableModel::DclColumn:
        return &r.dclA;
    default:
        return nullptr;
    }
}

QString unitOf(int column)
{
    switch (column) {
    case PackTableModel::SocColumn:
        return QStringLiteral("%");
    case PackTableModel::VoltageColumn:
    case PackTableModel::CvlColumn:
        return QStringLiteral("V");
    case PackTableModel::CurrentColumn:
    case PackTableModel::CclColumn:
    case PackTableModel::DclColumn:
        return QStringLiteral("A");
    case PackTableModel::CellMinColumn:
    case PackTableModel::CellMaxColumn:
    case PackTableModel::CellDeltaColumn:
        return QStringLiteral("mV");
    case PackTableModel::TempMaxColumn:
        return QString::fromUtf8("\u00B0C");
    case PackTableModel::AgeColumn:
        return QStringLiteral("s");
    default:
        return {};
    }
}

int decimalsOf(int column)
{
    switch (column) {
    case PackTableModel::VoltageColumn:
    case PackTableModel::CvlColumn:
        return 2;
    case PackTableModel::CellMinColumn:
    case PackTableModel::CellMaxColumn:
    case PackTableModel::CellDeltaColumn:
        return 0;
    default:
        return 1;
    }
}

} // namespace

PackTableModel::PackTableModel(const BankMonitor &monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
    , m_rows(int(monitor.config().packs.size()))
{
}

int PackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PackTableModel::refresh()
{
    const int rows = int(m_monitor.config().packs.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

QString PackTableModel::alarmText(const PackReading &r)
{
    const Faults faults = r.faults.has() ? *r.faults : Faults();
    const Faults warnings = (r.warnings.has() ? *r.warnings : Faults()) & ~faults;
    QStringList parts;
    for (Fault f : FaultNames::all()) {
        if (faults.testFlag(f))
            parts.append(FaultNames::label(f));
        else if (warnings.testFlag(f))
            parts.append(tr("%1 (warning)").arg(FaultNames::label(f)));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant PackTableModel::rawValue(int row, int column) const
{
    const PackConfig &pc = m_monitor.config().packs.at(row);
    const PackReading *r = m_monitor.reading(pc.id);
    const AggregationResult &result = m_monitor.result();
    switch (column) {
    case PackColumn:
        return pc.id;
    case RoleColumn:
        return static_cast<int>(m_monitor.config().architecture == Architecture::PeerToPeer ? ShownRole::Peer
                                : pc.role == PackRole::Master                              ? ShownRole::Master
                                                                                           : ShownRole::Slave);
    case AddressColumn:
        return pc.address;
    case StateColumn:
        return row < m_monitor.packStates().size() ? static_cast<int>(m_monitor.packStates()[row].condition)
                                                   : static_cast<int>(PackCondition::NoData);
    case AgeColumn:
        return (row < result.packs.size() && result.packs[row].ageS) ? QVariant(*result.packs[row].ageS) : QVariant();
    case FirmwareColumn: {
        const PackLinkInfo *info = m_monitor.linkInfo(pc.id);
        return info ? info->firmware : QString();
    }
    default:
        break;
    }
    if (!r)
        return {};
    if (const Timed<double> *t = timedOf(*r, column))
        return t->has() ? QVariant(**t) : QVariant();
    switch (column) {
    case CellMinColumn:
    case CellMaxColumn:
    case CellDeltaColumn: {
        const auto e = PackCells::extremes(*r);
        if (!e)
            return {};
        return column == CellMinColumn ? e->minMv : column == CellMaxColumn ? e->maxMv : e->maxMv - e->minMv;
    }
    case TempMaxColumn: {
        const auto t = PackCells::maxTemperatureC(*r);
        return t ? QVariant(*t) : QVariant();
    }
    case AlarmsColumn:
        return alarmText(*r);
    default:
        return {};
    }
}

QString PackTableModel::display(int row, int column) const
{
    const QVariant raw = rawValue(row, column);
    switch (column) {
    case PackColumn:
        return raw.toString();
    case AlarmsColumn: {
        const PackReading *r = m_monitor.reading(m_monitor.config().packs.at(row).id);
        if (!r || (!r->faults.has() && !r->warnings.has()))
            return QStringLiteral("\u2014");
        return raw.toString().isEmpty() ? tr("none") : raw.toString();
    }
    case FirmwareColumn:
        return raw.toString().isEmpty() ? QStringLiteral("\u2014") : raw.toString();
    case RoleColumn:
        switch (static_cast<ShownRole>(raw.toInt())) {
        case ShownRole::Master:
            return tr("Master");
        case ShownRole::Slave:
            return tr("Slave");
        case ShownRole::Peer:
            return tr("Peer");
        }
        return {};
    case AddressColumn:
        return QString::number(raw.toInt());
    case StateColumn:
        return PackConditionNames::label(static_cast<PackCondition>(raw.toInt()));
    case AgeColumn:
        return raw.isValid() ? tr("%1 s ago").arg(QString::number(raw.toDouble(), 'f', 1)) : QStringLiteral("\u2014");
    default:
        break;
    }
    if (!raw.isValid())
        return QStringLiteral("\u2014");
    QString text = QString::number(raw.toDouble(), 'f', decimalsOf(column));
    // The bank's lowest and highest cell, as the core names them, marked in words, not colour.
    const QString id = m_monitor.config().packs.at(row).id;
    const InverterView &truth = m_monitor.result().bankTruth;
    if (column == CellMinColumn && truth[ViewFieldId::CellMinMv].provenance.pack == id)
        text = QStringLiteral("\u25BC ") + text;
    if (column == CellMaxColumn && truth[ViewFieldId::CellMaxMv].provenance.pack == id)
        text = QStringLiteral("\u25B2 ") + text;
    return text;
}

QString PackTableModel::toolTip(int row, int column) const
{
    const PackConfig &pc = m_monitor.config().packs.at(row);
    const PackReading *r = m_monitor.reading(pc.id);
    const auto sourceLine = [&](const ReadingSource &s, qint64 atMs) {
        if (s.link.isEmpty())
            return QString();
        return tr("Source: %1 (%2), at %3.").arg(s.link, s.protocol, Appearance::clockTime(atMs));
    };
    const QString header = headerData(column, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
    switch (column) {
    case StateColumn:
        if (row < m_monitor.packStates().size())
            return m_monitor.packStates()[row].evidence.join(QLatin1Char('\n'));
        return {};
    case RoleColumn:
        return m_monitor.config().architecture == Architecture::PeerToPeer
            ? tr("Peer-to-peer bank: every BMS reports to the aggregator itself.")
            : tr("From the bank configuration: the master is the pack wired to the inverter.");
    case AddressColumn:
        return tr("Bus address from the bank configuration (Pylontech ADR, JK DIP address).");
    case FirmwareColumn:
        return tr("Firmware as the pack reports it (Pylontech 0x96, JK device info, CAN 0x35F); empty until read.");
    case AgeColumn:
        return tr("Time since the newest value of this pack arrived; stale after %1 s.")
            .arg(QString::number(m_monitor.policy().staleAfterS, 'f', 0));
    case AlarmsColumn:
        if (!r || (!r->faults.has() && !r->warnings.has()))
            return tr("No alarm information received from this pack.");
        return tr("Protections and warnings the pack's BMS reports. %1")
            .arg(sourceLine(r->faults.has() ? r->faults.source : r->warnings.source,
                            r->faults.has() ? r->faults.atMs : r->warnings.atMs));
    case PackColumn: {
        // The findings about this pack, where they apply (all of them are below the table).
        QStringList lines;
        for (const Finding &f : m_monitor.result().findings) {
            if (f.subject == pc.id)
                lines.append(tr("%1: %2").arg(SeverityNames::label(f.severity), f.text));
        }
        lines.append(tr("Double-click (or Enter) for the pack's cells and trends."));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    if (!r)
        return tr("%1: no reading from this pack yet.").arg(header);
    const QString value = display(row, column) + QLatin1Char(' ') + unitOf(column);
    if (const Timed<double> *t = timedOf(*r, column))
        return tr("%1: %2. %3").arg(header, value, sourceLine(t->source, t->atMs));
    if (column == CellMinColumn || column == CellMaxColumn || column == CellDeltaColumn) {
        const auto e = PackCells::extremes(*r);
        const bool list = r->cellsMv.has() && !r->cellsMv->isEmpty();
        QString what;
        if (e && list)
            what = column == CellMinColumn   ? tr("cell %1 of %2").arg(e->minIndex).arg(r->cellsMv->size())
                : column == CellMaxColumn    ? tr("cell %1 of %2").arg(e->maxIndex).arg(r->cellsMv->size())
                                             : tr("highest minus lowest of %1 cells").arg(r->cellsMv->size());
        else
            what = tr("the BMS reports only its lowest and highest cell");
        const Timed<QList<int>> &cells = r->cellsMv;
        const Timed<double> &only = column == CellMaxColumn ? r->cellMaxMv : r->cellMinMv;
        QString text = tr("%1: %2 (%3). %4")
                           .arg(header, value, what,
                                list ? sourceLine(cells.source, cells.atMs) : sourceLine(only.source, only.atMs));
        const InverterView &truth = m_monitor.result().bankTruth;
        if (column == CellMinColumn && truth[ViewFieldId::CellMinMv].provenance.pack == pc.id)
            text += QLatin1Char('\n') + tr("\u25BC The lowest cell of the whole bank.");
        if (column == CellMaxColumn && truth[ViewFieldId::CellMaxMv].provenance.pack == pc.id)
            text += QLatin1Char('\n') + tr("\u25B2 The highest cell of the whole bank.");
        return text;
    }
    if (column == TempMaxColumn) {
        const bool list = r->tempsC.has() && !r->tempsC->isEmpty();
        return tr("%1: %2 (%3). %4")
            .arg(header, value,
                 list ? tr("highest of %1 sensors").arg(r->tempsC->size()) : tr("as the BMS reports it"),
                 list ? sourceLine(r->tempsC.source, r->tempsC.atMs) : sourceLine(r->tempMaxC.source, r->tempMaxC.atMs));
    }
    return {};
}

QVariant PackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (row >= m_monitor.config().packs.size())
        return {};
    const AggregationResult &result = m_monitor.result();
    const bool online = row < result.packs.size() && result.packs[row].online();
    const PackCondition condition = static_cast<PackCondition>(rawValue(row, StateColumn).toInt());
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case OnlineRole:
        return online;
    case ConditionRole:
        return static_cast<int>(condition);
    case PackIdRole:
        return m_monitor.config().packs.at(row).id;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == PackColumn || column == RoleColumn || column == StateColumn || column == AlarmsColumn
            || column == FirmwareColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == PackColumn) {
            // The most severe finding about this pack, by icon (its text is on hover).
            std::optional<Severity> worst;
            for (const Finding &f : result.findings)
                if (f.subject == m_monitor.config().packs.at(row).id && (!worst || f.severity > *worst))
                    worst = f.severity;
            return worst ? QVariant(Appearance::severityIcon(*worst)) : QVariant();
        }
        if (column == StateColumn)
            return Appearance::icon(Appearance::toneOf(condition));
        if (column == AlarmsColumn && !rawValue(row, column).toString().isEmpty()) {
            const PackReading *r = m_monitor.reading(m_monitor.config().packs.at(row).id);
            const bool protection = r && r->faults.has() && *r->faults;
            return Appearance::icon(protection ? Appearance::Tone::Error : Appearance::Tone::Warning);
        }
        return {};
    case Qt::ForegroundRole:
        if (!online && column != StateColumn)
            return QBrush(Appearance::foreground(Appearance::Tone::Muted, palette)); // stale rows greyed
        return {};
    case Qt::FontRole:
        if ((column == CellMinColumn && result.bankTruth[ViewFieldId::CellMinMv].provenance.pack
                                            == m_monitor.config().packs.at(row).id)
            || (column == CellMaxColumn && result.bankTruth[ViewFieldId::CellMaxMv].provenance.pack
                                               == m_monitor.config().packs.at(row).id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == StateColumn && condition != PackCondition::Online) {
            const QColor c = Appearance::background(Appearance::toneOf(condition), palette);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        if (column == AlarmsColumn && !rawValue(row, column).toString().isEmpty())
            return QBrush(Appearance::background(Appearance::Tone::Warning, palette));
        return {};
    case Qt::AccessibleTextRole:
        return display(row, column);
    default:
        return {};
    }
}

QVariant PackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const QString unit = unitOf(section);
        return unit.isEmpty() ? QVariant() : QVariant(tr("Unit: %1").arg(unit));
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PackColumn:
        return tr("Pack");
    case RoleColumn:
        return tr("Role");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case SocColumn:
        return tr("SOC\n%");
    case VoltageColumn:
        return tr("Voltage\nV");
    case CurrentColumn:
        return tr("Current\nA");
    case CellMinColumn:
        return tr("Cell min\nmV");
    case CellMaxColumn:
        return tr("Cell max\nmV");
    case CellDeltaColumn:
        return tr("Spread\nmV");
    case TempMaxColumn:
        return tr("Temp max\n°C");
    case CvlColumn:
        return tr("CVL\nV");
    case CclColumn:
        return tr("CCL\nA");
    case DclColumn:
        return tr("DCL\nA");
    case AlarmsColumn:
        return tr("Alarms");
    case FirmwareColumn:
        return tr("Firmware");
    case AgeColumn:
        return tr("Last\nseen");
    default:
        return {};
    }
}
