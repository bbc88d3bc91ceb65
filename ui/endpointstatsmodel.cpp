#include "endpointstatsmodel.h"

#include "appearance.h"

#include <QApplication>
#include <QBrush>

namespace {

QString endpointName(const EndpointStats &s)
{
    return s.kind == EndpointKind::Address ? EndpointStatsModel::tr("ADR %1").arg(s.id) : Appearance::canId(s.id);
}

quint64 problems(const EndpointStats &s)
{
    return s.timeouts + s.checksumErrors + s.framingErrors + s.notAnswering;
}

enum class Health { Ok, HadProblems, Silent, NotAnswering, Corrupt };

Health healthOf(const EndpointStats &s)
{
    if (s.checksumErrors + s.framingErrors > 0 && s.lastErrorUs && (!s.lastSeenUs || *s.lastErrorUs >= *s.lastSeenUs))
        return Health::Corrupt;
    if (s.notAnswering > 0 && s.lastNotAnsweringUs && (!s.lastSeenUs || *s.lastNotAnsweringUs >= *s.lastSeenUs))
        return Health::NotAnswering;
    if (s.timeouts > 0 && s.lastTimeoutUs && (!s.lastSeenUs || *s.lastTimeoutUs > *s.lastSeenUs))
        return Health::Silent;
    return problems(s) > 0 ? Health::HadProblems : Health::Ok;
}

} // namespace

EndpointStatsModel::EndpointStatsModel(const LinkActivity *activity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_activity(activity)
{
}

void EndpointStatsModel::setActivity(const LinkActivity *activity)
{
    beginResetModel();
    m_activity = activity;
    m_rows.clear();
    endResetModel();
}

int EndpointStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EndpointStatsModel::refresh(qint64 nowUs)
{
    m_nowUs = nowUs;
    QList<Row> now;
    if (m_activity) {
        for (const EndpointStats &s : m_activity->endpoints()) {
            const auto l = s.latency();
            now.append(Row{s, l ? std::optional<qint64>(l->minUs) : std::nullopt,
                           l ? std::optional<qint64>(l->medianUs) : std::nullopt,
                           l ? std::optional<qint64>(l->maxUs) : std::nullopt});
        }
    }
    bool sameRows = now.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < now.size(); ++i)
        sameRows = now[i].stats.link == m_rows[i].stats.link && now[i].stats.kind == m_rows[i].stats.kind
            && now[i].stats.id == m_rows[i].stats.id;
    if (!sameRows) {
        beginResetModel();
        m_rows = now;
        endResetModel();
        return;
    }
    m_rows = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QVariant EndpointStatsModel::rawValue(const Row &row, int column) const
{
    const EndpointStats &s = row.stats;
    const auto ms = [](const std::optional<qint64> &us) { return us ? QVariant(double(*us) / 1000.0) : QVariant(); };
    switch (column) {
    case LinkColumn:
        return s.link;
    case EndpointColumn:
        return double(s.id) + (s.kind == EndpointKind::CanId ? 1e6 : 0.0);
    case PackColumn:
        return s.pack;
    case HealthColumn:
        return double(problems(s));
    case RequestsColumn:
        return s.kind == EndpointKind::CanId ? QVariant() : QVariant(double(s.requests));
    case AnswersColumn:
        return double(s.answers);
    case TimeoutsColumn:
        return double(s.timeouts);
    case ChecksumColumn:
        return double(s.checksumErrors);
    case FramingColumn:
        return double(s.framingErrors);
    case NotAnsweringColumn:
        return double(s.notAnswering);
    case LatencyMinColumn:
        return ms(row.latencyMinUs);
    case LatencyMedianColumn:
        return ms(row.latencyMedianUs);
    case LatencyMaxColumn:
        return ms(row.latencyMaxUs);
    case LastSeenColumn:
        return s.lastSeenUs ? QVariant(double(m_nowUs - *s.lastSeenUs) / 1e6) : QVariant();
    default:
        return {};
    }
}

QVariant EndpointStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const EndpointStats &s = row.stats;
    const int column = index.column();
    const quint64 bad = problems(s);
    switch (role) {
    case RawValueRole:
        return rawValue(row, column);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        switch (column) {
        case LinkColumn:
            return s.link;
        case EndpointColumn:
            return endpointName(s);
        case PackColumn:
            return s.pack.isEmpty() ? QStringLiteral("\u2014") : s.pack;
        case HealthColumn:
            switch (healthOf(s)) {
            case Health::Corrupt:
                return tr("Corrupt answers");
            case Health::NotAnswering:
                return tr("Not answering (RTN 0x91)");
            case Health::Silent:
                return tr("Silent");
            case Health::HadProblems:
                return tr("OK, %1 problems earlier").arg(bad);
            case Health::Ok:
                return tr("OK");
            }
            return {};
        case LastSeenColumn: {
            const QVariant v = rawValue(row, column);
            return v.isValid() ? tr("%1 s ago").arg(QString::number(v.toDouble(), 'f', 1)) : tr("never");
        }
        case LatencyMinColumn:
        case LatencyMedianColumn:
        case LatencyMaxColumn: {
            const QVariant v = rawValue(row, column);
            return v.isValid() ? QString::number(v.toDouble(), 'f', v.toDouble() < 10 ? 1 : 0) : QStringLiteral("\u2014");
        }
        default: {
            const QVariant v = rawValue(row, column);
            return v.isValid() ? QString::number(v.toDouble(), 'f', 0) : QStringLiteral("\u2014");
        }
        }
    }
    case Qt::DecorationRole:
        if (column != HealthColumn)
            return {};
        switch (healthOf(s)) {
        case Health::Ok:
            return Appearance::icon(Appearance::Tone::Good);
        case Health::HadProblems:
            return Appearance::icon(Appearance::Tone::Warning);
        default:
            return Appearance::icon(Appearance::Tone::Error);
        }
    case Qt::BackgroundRole: {
        const bool counts = (column == TimeoutsColumn && s.timeouts) || (column == ChecksumColumn && s.checksumErrors)
            || (column == FramingColumn && s.framingErrors) || (column == NotAnsweringColumn && s.notAnswering);
        return counts ? QVariant(QBrush(Appearance::background(Appearance::Tone::Warning, QApplication::palette())))
                      : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column <= HealthColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case RequestsColumn:
            return s.kind == EndpointKind::CanId ? tr("Nothing is sent on a CAN link BankScope listens to.")
                                                 : tr("Requests BankScope sent to this address.");
        case AnswersColumn:
            return s.kind == EndpointKind::CanId ? tr("Frames received with this CAN id.") : tr("Valid answers from this address.");
        case LatencyMinColumn:
        case LatencyMedianColumn:
        case LatencyMaxColumn:
            return s.kind == EndpointKind::CanId
                ? tr("Milliseconds between two frames of this id (its period), over the last 256.")
                : tr("Milliseconds from the request to the end of its answer, over the last 256 answers. On the "
                     "in-process loopback this is the time the exchange would take on the wire at the scenario's baud rate.");
        case NotAnsweringColumn:
            return tr("Answers in which the master says it cannot reach this module (RTN 0x91).");
        case LastSeenColumn:
            return tr("Time since the last valid answer or frame.");
        default:
            return headerData(column, Qt::Horizontal).toString();
        }
    default:
        return {};
    }
}

QVariant EndpointStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LinkColumn:
        return tr("Link");
    case EndpointColumn:
        return tr("Address /\nCAN id");
    case PackColumn:
        return tr("Pack");
    case HealthColumn:
        return tr("Health");
    case RequestsColumn:
        return tr("Requests");
    case AnswersColumn:
        return tr("Answers /\nframes");
    case TimeoutsColumn:
        return tr("Time-\nouts");
    case ChecksumColumn:
        return tr("Checksum\nerrors");
    case FramingColumn:
        return tr("Framing\nerrors");
    case NotAnsweringColumn:
        return tr("RTN 0x91");
    case LatencyMinColumn:
        return tr("Latency\nmin ms");
    case LatencyMedianColumn:
        return tr("Latency\nmedian ms");
    case LatencyMaxColumn:
        return tr("Latency\nmax ms");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}
