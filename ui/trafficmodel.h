#pragma once

#include "trafficlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The raw traffic, newest last, at most maxRows of it. pull() takes what the TrafficLog has
// gained since the last pull, at most maxPerPull of the newest (what a person can follow at the
// window's tick); what arrived but was never shown (while paused, or faster than that) is counted
// in dropped(), never hidden. GUI thread.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LinkColumn, DirectionColumn, IdColumn, BytesColumn, DecodedColumn, StatusColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ProblemRole };

    explicit TrafficModel(int maxRows = 5000, int maxPerPull = 1000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Returns the number of rows added.
    int pull(const TrafficLog &log);
    // While paused, pull() adds nothing and what arrives meanwhile is counted as dropped when the
    // log has overwritten it by the time the view resumes.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    void clear();
    // Another traffic log (a new session): empties the view and reads the new log from its start.
    void restart();
    quint64 dropped() const { return m_dropped; }
    quint64 shown() const { return m_shown; }

    // Serial units that are ASCII on the wire (Pylontech) as text, everything else (CAN data,
    // binary frames) as spaced hex.
    static QString bytesText(const QByteArray &bytes, bool serial);

private:
    QList<TrafficRecord> m_rows;
    int m_maxRows;
    int m_maxPerPull;
    quint64 m_last = 0;
    quint64 m_dropped = 0;
    quint64 m_shown = 0;
    bool m_paused = false;
};

// Text filter over every column of the traffic, and "problems only".
class TrafficFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TrafficFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setProblemsOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};
