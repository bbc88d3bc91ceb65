#include "eventlogmodel.h"

#include "appearance.h"

#include <QApplication>
#include <QBrush>

EventLogModel::EventLogModel(const EventLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BankEvent *EventLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

void EventLogModel::refresh(qint64 nowMs)
{
    m_nowMs = nowMs;
    const QList<BankEvent> &now = m_log.events();
    if (m_log.revision() != m_revision) {
        m_revision = m_log.revision();
        // Rows the bounded log let go of (always the oldest).
        int gone = 0;
        const quint64 firstKept = now.isEmpty() ? std::numeric_limits<quint64>::max() : now.first().id;
        while (gone < m_events.size() && m_events[gone].id < firstKept)
            ++gone;
        if (gone > 0) {
            beginRemoveRows({}, 0, gone - 1);
            m_events.remove(0, gone);
            endRemoveRows();
        }
        // Raised, cleared: update what is held, then append what is new.
        const int held = int(m_events.size());
        for (int i = 0; i < held && i < now.size(); ++i)
            m_events[i] = now[i];
        if (now.size() > held) {
            beginInsertRows({}, held, int(now.size()) - 1);
            for (qsizetype i = held; i < now.size(); ++i)
                m_events.append(now[i]);
            endInsertRows();
        }
    }
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BankEvent &e = m_events.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case TimeColumn:
            return Appearance::clockTime(e.raisedMs);
        case SubjectColumn:
            return e.subject.isEmpty() ? tr("Bank") : e.subject;
        case EventColumn:
            return e.description();
        case SeverityColumn:
            return SeverityNames::label(e.severity);
        case StateColumn:
            return e.active() ? tr("Active") : tr("Cleared %1").arg(Appearance::clockTime(*e.clearedMs));
        case DurationColumn:
            return Appearance::duration(e.durationS(m_nowMs));
        case DetailColumn:
            return e.detail;
        case FreezeFrameColumn:
            if (e.freezeFrameId == 0)
                return tr("\u2014");
            return m_log.freezeFrame(e.freezeFrameId) ? tr("Kept") : tr("Discarded");
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case TimeColumn:
            return e.raisedMs;
        case SeverityColumn:
            return static_cast<int>(e.severity);
        case DurationColumn:
            return e.durationS(m_nowMs);
        case StateColumn:
            return e.active();
        default:
            return data(index, Qt::DisplayRole);
        }
    case EventIdRole:
        return e.id;
    case SubjectRole:
        return e.subject;
    case SeverityRole:
        return static_cast<int>(e.severity);
    case ActiveRole:
        return e.active();
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return Appearance::severityIcon(e.severity);
        return {};
    case Qt::BackgroundRole:
        if (column == StateColumn && e.active())
            return QBrush(Appearance::background(Appearance::toneOf(e.severity), QApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            return tr("Raised at %1 (local time).").arg(Appearance::clockTimeMs(e.raisedMs));
        case StateColumn:
            return e.active() ? tr("Still present.") : tr("Cleared at %1 (local time).").arg(Appearance::clockTimeMs(*e.clearedMs));
        case DurationColumn:
            return tr("From raised to cleared, or to now while active.");
        case FreezeFrameColumn:
            if (e.freezeFrameId == 0)
                return tr("No freeze-frame: this condition took one less than a minute earlier (it flaps).");
            return m_log.freezeFrame(e.freezeFrameId)
                ? tr("The state of every pack and of the inverter view just before and at this moment. Select the row to see it.")
                : tr("Discarded: only the newest %1 freeze-frames are kept.").arg(m_log.limits().maxFreezeFrames);
        default:
            return e.detail.isEmpty() ? e.description() : e.detail;
        }
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SubjectColumn:
        return tr("Pack");
    case EventColumn:
        return tr("Event");
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("Raised / cleared");
    case DurationColumn:
        return tr("Duration");
    case DetailColumn:
        return tr("Detail");
    case FreezeFrameColumn:
        return tr("Freeze-frame");
    default:
        return {};
    }
}

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::RawValueRole);
}

void EventFilterProxy::setSubject(const std::optional<QString> &subject)
{
    m_subject = subject;
    invalidateFilter();
}

void EventFilterProxy::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_subject && i.data(EventLogModel::SubjectRole).toString() != *m_subject)
        return false;
    return i.data(EventLogModel::SeverityRole).toInt() >= static_cast<int>(m_minimum);
}
