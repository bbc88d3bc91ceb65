#include "trafficmodel.h"

#include "appearance.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QFontDatabase>

TrafficModel::TrafficModel(int maxRows, int maxPerPull, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(maxRows)
    , m_maxPerPull(maxPerPull)
{
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TrafficModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrafficModel::restart()
{
    clear();
    m_last = 0;
    m_dropped = 0;
    m_shown = 0;
}

int TrafficModel::pull(const TrafficLog &log)
{
    if (m_paused)
        return 0;
    TrafficLog::Batch batch = log.since(m_last, m_maxPerPull);
    m_last = batch.lastSequence;
    m_dropped += batch.missed;
    if (batch.records.isEmpty())
        return 0;
    const int incoming = int(batch.records.size());
    // Room first: the oldest rows leave the view (they were shown; that is not a drop).
    const int overflow = int(m_rows.size()) + incoming - m_maxRows;
    if (overflow > 0) {
        const int remove = std::min(overflow, int(m_rows.size()));
        beginRemoveRows({}, 0, remove - 1);
        m_rows.remove(0, remove);
        endRemoveRows();
    }
    const int skip = std::max(0, incoming - m_maxRows);
    m_dropped += quint64(skip);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - skip - 1);
    for (int i = skip; i < incoming; ++i)
        m_rows.append(std::move(batch.records[i]));
    endInsertRows();
    m_shown += quint64(incoming - skip);
    return incoming - skip;
}

QString TrafficModel::bytesText(const QByteArray &bytes, bool serial)
{
    bool ascii = serial && !bytes.isEmpty();
    for (char c : bytes) {
        if (!((c >= 0x20 && c < 0x7F) || c == '\r' || c == '\n')) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QString t = QString::fromLatin1(bytes);
        t.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        t.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        return t;
    }
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrafficRecord &r = m_rows.at(index.row());
    const int column = index.column();
    const bool problem = r.status != TrafficStatus::Ok;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case TimeColumn:
            return Appearance::clockTimeMs(r.atUs / 1000);
        case LinkColumn:
            return r.link;
        case DirectionColumn:
            return TrafficNames::label(r.direction);
        case IdColumn:
            if (r.canId)
                return Appearance::canId(*r.canId);
            return r.address >= 0 ? tr("ADR %1").arg(r.address) : QString();
        case BytesColumn: {
            const QString t = bytesText(r.bytes, !r.canId.has_value());
            return t.size() > 96 ? t.left(95) + QChar(0x2026) : t;
        }
        case DecodedColumn:
            return r.summary;
        case StatusColumn:
            return TrafficNames::label(r.status);
        default:
            return {};
        }
    case RawValueRole:
        return column == TimeColumn ? QVariant(r.atUs) : data(index, Qt::DisplayRole);
    case ProblemRole:
        return problem;
    case Qt::ToolTipRole:
        if (column == BytesColumn)
            return tr("%1 bytes: %2").arg(r.bytes.size()).arg(QString::fromLatin1(r.bytes.toHex(' ').toUpper()));
        if (column == TimeColumn)
            return tr("Local time the unit was received or sent.");
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == StatusColumn && problem)
            return Appearance::icon(r.status == TrafficStatus::Undecoded ? Appearance::Tone::Notice : Appearance::Tone::Error);
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn && problem && r.status != TrafficStatus::Undecoded)
            return QBrush(Appearance::background(Appearance::Tone::Error, QApplication::palette()));
        return {};
    case Qt::FontRole:
        if (column == BytesColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LinkColumn:
        return tr("Link");
    case DirectionColumn:
        return tr("Direction");
    case IdColumn:
        return tr("Address / id");
    case BytesColumn:
        return tr("Bytes");
    case DecodedColumn:
        return tr("Decoded");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

// --- TrafficFilterProxy -------------------------------------------------------------------

TrafficFilterProxy::TrafficFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TrafficFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TrafficFilterProxy::setProblemsOnly(bool only)
{
    m_problemsOnly = only;
    invalidateFilter();
}

bool TrafficFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_problemsOnly && !m->index(sourceRow, 0, sourceParent).data(TrafficModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
