#include "cellmapmodel.h"

#include "appearance.h"
#include "bankmonitor.h"

#include <QApplication>
#include <QBrush>
#include <QFont>

#include <cmath>

CellMapModel::CellMapModel(const BankMonitor &monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
    refresh();
}

int CellMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CellMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void CellMapModel::refresh()
{
    const BankConfig &config = m_monitor.config();
    const AggregationResult &result = m_monitor.result();
    int columns = 0;
    Mean mean;
    for (int i = 0; i < config.packs.size(); ++i) {
        const PackReading *r = m_monitor.reading(config.packs[i].id);
        if (!r || !r->cellsMv.has())
            continue;
        columns = std::max(columns, int(r->cellsMv->size()));
        if (i < result.packs.size() && result.packs[i].online()) {
            for (int mv : *r->cellsMv) {
                mean.sum += mv;
                ++mean.count;
            }
        }
    }
    m_mean = mean;
    m_meanMv = mean.count > 0 ? std::optional<double>(mean.sum / mean.count) : std::nullopt;

    const auto cellOf = [](const ViewField &f) -> std::optional<Cell> {
        if (!f.value || f.provenance.pack.isEmpty())
            return std::nullopt;
        return Cell{f.provenance.pack, f.provenance.index, *f.value};
    };
    m_weakest = cellOf(result.bankTruth[ViewFieldId::CellMinMv]);
    m_strongest = cellOf(result.bankTruth[ViewFieldId::CellMaxMv]);

    // Scale: the largest deviation, rounded up to 5 mV, at least 10 mV (so a well balanced bank
    // is not painted as if it were in trouble).
    double widest = 0.0;
    if (m_meanMv) {
        if (m_weakest)
            widest = std::max(widest, std::abs(m_weakest->mv - *m_meanMv));
        if (m_strongest)
            widest = std::max(widest, std::abs(m_strongest->mv - *m_meanMv));
    }
    m_scaleMv = std::max(10.0, std::ceil(widest / 5.0) * 5.0);

    const int rows = int(config.packs.size());
    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        m_rows = rows;
        m_columns = columns;
        endResetModel();
        return;
    }
    if (m_rows > 0 && m_columns > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
}

std::optional<double> CellMapModel::valueAt(int row, int column) const
{
    const PackReading *r = m_monitor.reading(m_monitor.config().packs.at(row).id);
    if (!r || !r->cellsMv.has() || column >= r->cellsMv->size())
        return std::nullopt;
    return double(r->cellsMv->at(column));
}

int CellMapModel::markAt(int row, int column) const
{
    const QString &id = m_monitor.config().packs.at(row).id;
    if (m_weakest && m_weakest->pack == id && m_weakest->cell == column + 1)
        return -1;
    if (m_strongest && m_strongest->pack == id && m_strongest->cell == column + 1)
        return 1;
    return 0;
}

QVariant CellMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (row >= m_monitor.config().packs.size())
        return {};
    const std::optional<double> mv = valueAt(row, column);
    const AggregationResult &result = m_monitor.result();
    const bool online = row < result.packs.size() && result.packs[row].online();
    const int mark = markAt(row, column);
    const QString &pack = m_monitor.config().packs.at(row).id;
    const QPalette palette = QApplication::palette();
    // (a plain double beside a flag: GCC 12 sees an optional read here as maybe-uninitialised)
    const bool compared = mv && m_meanMv && online;
    const double deviationMv = compared ? *mv - *m_meanMv : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (!mv)
            return QString();
        return QString((mark < 0 ? QStringLiteral("\u25BC") : mark > 0 ? QStringLiteral("\u25B2") : QString())
                       + QString::number(*mv, 'f', 0));
    case RawValueRole:
        return mv ? QVariant(*mv) : QVariant();
    case DeviationRole:
        return compared ? QVariant(deviationMv) : QVariant();
    case MarkRole:
        return mark;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!compared)
            return {};
        return QBrush(Appearance::deviationColor(deviationMv / m_scaleMv, palette));
    case Qt::ForegroundRole:
        if (!mv)
            return {};
        if (!compared)
            return QBrush(Appearance::foreground(Appearance::Tone::Muted, palette));
        return QBrush(Appearance::textOn(Appearance::deviationColor(deviationMv / m_scaleMv, palette)));
    case Qt::FontRole:
        if (mark != 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (!mv) {
            const PackReading *r = m_monitor.reading(pack);
            if (r && r->cellMinMv.has())
                return tr("%1 reports only its lowest (%2 mV) and highest (%3 mV) cell, not each cell.")
                    .arg(pack, QString::number(*r->cellMinMv, 'f', 0),
                         QString::number(r->cellMaxMv.value_or(0.0), 'f', 0));
            return tr("%1 cell %2: no value.").arg(pack).arg(column + 1);
        }
        QStringList lines{tr("%1 cell %2: %3 mV").arg(pack).arg(column + 1).arg(QString::number(*mv, 'f', 0))};
        if (compared)
            lines.append(tr("%1 from the bank mean of %2 mV (over %3 cells of the online packs)")
                             .arg(Appearance::signedNumber(deviationMv, 0, QStringLiteral("mV")),
                                  QString::number(*m_meanMv, 'f', 0))
                             .arg(m_mean.count));
        else
            lines.append(tr("%1 is not online: this is its last value, not compared with the bank.").arg(pack));
        if (mark < 0)
            lines.append(tr("\u25BC The lowest cell of the bank (what the inverter view's \"Lowest cell\" comes from)."));
        if (mark > 0)
            lines.append(tr("\u25B2 The highest cell of the bank."));
        if (const PackReading *r = m_monitor.reading(pack); r && r->cellsMv.has())
            lines.append(tr("Source: %1 (%2), at %3.")
                             .arg(r->cellsMv.source.link, r->cellsMv.source.protocol,
                                  Appearance::clockTime(r->cellsMv.atMs)));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant CellMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        if (role == Qt::ToolTipRole)
            return tr("Cell %1 (cell voltages in mV)").arg(section + 1);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_monitor.config().packs.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &id = m_monitor.config().packs.at(section).id;
    const AggregationResult &result = m_monitor.result();
    const bool online = section < result.packs.size() && result.packs[section].online();
    if (role == Qt::DisplayRole)
        return online ? id : tr("%1 (not online)").arg(id);
    if (role == Qt::ToolTipRole) {
        const PackReading *r = m_monitor.reading(id);
        if (!r || (!r->cellsMv.has() && !r->cellMinMv.has()))
            return tr("%1: no cell voltages received.").arg(id);
        if (!r->cellsMv.has())
            return tr("%1 reports only its lowest and highest cell.").arg(id);
        return tr("%1: %2 cells").arg(id).arg(r->cellsMv->size());
    }
    if (role == Qt::ForegroundRole && !online)
        return QBrush(Appearance::foreground(Appearance::Tone::Muted, QApplication::palette()));
    return QAbstractTableModel::headerData(section, orientation, role);
}
