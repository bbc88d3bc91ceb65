#include "packtablemodel.h"

#include "bankmonitor.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

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

QVariant PackTableModel::rawValue(int row, int column) const
{
    const PackConfig &pc = m_monitor.config().packs.at(row);
    const PackReading *r = m_monitor.reading(pc.id);
    const AggregationResult &result = m_monitor.result();
    auto timed = [](const Timed<double> &t) { return t.has() ? QVariant(*t) : QVariant(); };
    switch (column) {
    case PackColumn:
        return pc.id;
    case RoleColumn: // 0 master, 1 slave, 2 peer (peer-to-peer: every BMS talks to the aggregator)
        return m_monitor.config().architecture == Architecture::PeerToPeer ? 2 : pc.role == PackRole::Master ? 0 : 1;
    case AddressColumn:
        return pc.address;
    case StateColumn:
        return row < result.packs.size() ? static_cast<int>(result.packs[row].state) : QVariant();
    case AgeColumn:
        return (row < result.packs.size() && result.packs[row].ageS) ? QVariant(*result.packs[row].ageS)
                                                                     : QVariant();
    default:
        break;
    }
    if (!r)
        return {};
    switch (column) {
    case SocColumn:
        return timed(r->socPct);
    case VoltageColumn:
        return timed(r->voltageV);
    case CurrentColumn:
        return timed(r->currentA);
    case CclColumn:
        return timed(r->cclA);
    case DclColumn:
        return timed(r->dclA);
    case CellMinColumn:
    case CellMaxColumn:
    case CellDeltaColumn: {
        std::optional<double> lo;
        std::optional<double> hi;
        if (r->cellsMv.has() && !r->cellsMv->isEmpty()) {
            const auto [l, h] = std::minmax_element(r->cellsMv->cbegin(), r->cellsMv->cend());
            lo = double(*l);
            hi = double(*h);
        } else { // a BMS that reports only its extremes (Victron-style CAN 0x373)
            lo = r->cellMinMv.value;
            hi = r->cellMaxMv.value;
        }
        if (column == CellMinColumn)
            return lo ? QVariant(*lo) : QVariant();
        if (column == CellMaxColumn)
            return hi ? QVariant(*hi) : QVariant();
        return lo && hi ? QVariant(*hi - *lo) : QVariant();
    }
    case TempMaxColumn:
        if (!r->tempsC.has() || r->tempsC->isEmpty())
            return r->tempMaxC.has() ? QVariant(*r->tempMaxC) : QVariant();
        return *std::max_element(r->tempsC->cbegin(), r->tempsC->cend());
    case AlarmsColumn: {
        const Faults f = (r->faults.has() ? *r->faults : Faults()) | (r->warnings.has() ? *r->warnings : Faults());
        return FaultNames::names(f).join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString PackTableModel::display(int row, int column) const
{
    const QVariant raw = rawValue(row, column);
    switch (column) {
    case PackColumn:
    case AlarmsColumn:
        return raw.toString();
    case RoleColumn:
        return raw.toInt() == 0 ? tr("Master") : raw.toInt() == 1 ? tr("Slave") : tr("Peer");
    case AddressColumn:
        return QString::number(raw.toInt());
    case StateColumn:
        switch (static_cast<PackState>(raw.toInt())) {
        case PackState::Online:
            return tr("Online");
        case PackState::Stale:
            return tr("Stale");
        case PackState::MarkedOffline:
            return tr("Not answering");
        case PackState::NoData:
            return tr("No data");
        }
        return {};
    default:
        break;
    }
    if (!raw.isValid())
        return QStringLiteral("\u2014");
    const double v = raw.toDouble();
    switch (column) {
    case SocColumn:
        return QString::number(v, 'f', 1);
    case VoltageColumn:
        return QString::number(v, 'f', 2);
    case CurrentColumn:
    case CclColumn:
    case DclColumn:
    case TempMaxColumn:
    case AgeColumn:
        return QString::number(v, 'f', 1);
    default:
        return QString::number(v, 'f', 0);
    }
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
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case OnlineRole:
        return online;
    case Qt::TextAlignmentRole:
        if (column == PackColumn || column == RoleColumn || column == StateColumn || column == AlarmsColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!online)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (column == CellMinColumn) {
            const ViewField &f = result.bankTruth[ViewFieldId::CellMinMv];
            if (f.provenance.pack == m_monitor.config().packs.at(row).id)
                return QBrush(QColor(0xB0, 0x50, 0x00));
        }
        return {};
    case Qt::BackgroundRole:
        if (column == StateColumn && !online)
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        if (column == AlarmsColumn && !rawValue(row, column).toString().isEmpty())
            return QBrush(QColor(0xFF, 0xF3, 0xCD));
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn && row < result.packs.size() && result.packs[row].ageS)
            return tr("Last reading %1 s ago; stale after %2 s.")
                .arg(QString::number(*result.packs[row].ageS, 'f', 1),
                     QString::number(m_monitor.policy().staleAfterS, 'f', 0));
        return {};
    default:
        return {};
    }
}

QVariant PackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
        return tr("SOC %");
    case VoltageColumn:
        return tr("Voltage V");
    case CurrentColumn:
        return tr("Current A");
    case CellMinColumn:
        return tr("Cell min mV");
    case CellMaxColumn:
        return tr("Cell max mV");
    case CellDeltaColumn:
        return tr("Cell \u0394 mV");
    case TempMaxColumn:
        return tr("Temp max \u00B0C");
    case CclColumn:
        return tr("CCL A");
    case DclColumn:
        return tr("DCL A");
    case AlarmsColumn:
        return tr("Alarms");
    case AgeColumn:
        return tr("Age s");
    default:
        return {};
    }
}
