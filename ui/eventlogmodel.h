#pragma once

#include "eventlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The bank's alarms and events, oldest first (a proxy sorts): time, pack, event, severity,
// raised/cleared, duration, detail and whether a freeze-frame was kept. Follows the EventLog
// incrementally on refresh(): rows that left the bounded log are removed, new ones appended,
// the rest updated (an active event's duration grows). GUI thread; does not own the log.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SubjectColumn,
        EventColumn,
        SeverityColumn,
        StateColumn,
        DurationColumn,
        DetailColumn,
        FreezeFrameColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // time (ms), severity (int), duration (s), for sorting
        EventIdRole,                     // quint64
        SubjectRole,                     // pack id, empty for the bank
        SeverityRole,                    // int of Severity
        ActiveRole                       // bool
    };

    explicit EventLogModel(const EventLog &log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BankEvent *eventAt(int row) const;

public Q_SLOTS:
    void refresh(qint64 nowMs);

private:
    const EventLog &m_log;
    QList<BankEvent> m_events;
    quint64 m_revision = 0;
    qint64 m_nowMs = 0;
};

// Filters the event log by pack (empty: all; "bank": bank-wide events only) and by a minimum
// severity.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject *parent = nullptr);
    void setSubject(const std::optional<QString> &subject); // nullopt: every subject
    void setMinimumSeverity(Severity severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QString> m_subject;
    Severity m_minimum = Severity::Info;
};
