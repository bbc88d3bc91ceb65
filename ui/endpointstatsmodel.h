#pragma once

#include "linkactivity.h"

#include <QAbstractTableModel>

// Per address (serial) or CAN id statistics of every link: requests, answers, time-outs,
// checksum and framing errors, RTN 0x91, latency (CAN: the period between frames) min, median
// and max, last seen. Follows a LinkActivity on refresh(). GUI thread; does not own it.
class EndpointStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LinkColumn,
        EndpointColumn,
        PackColumn,
        HealthColumn,
        RequestsColumn,
        AnswersColumn,
        TimeoutsColumn,
        ChecksumColumn,
        FramingColumn,
        NotAnsweringColumn,
        LatencyMinColumn,
        LatencyMedianColumn,
        LatencyMaxColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit EndpointStatsModel(const LinkActivity *activity, QObject *parent = nullptr);
    // Another session's activity (the window connected elsewhere): the rows start again.
    void setActivity(const LinkActivity *activity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh(qint64 nowUs);

private:
    struct Row
    {
        EndpointStats stats;
        std::optional<qint64> latencyMinUs; // computed once per refresh, not at every repaint
        std::optional<qint64> latencyMedianUs;
        std::optional<qint64> latencyMaxUs;
    };
    QVariant rawValue(const Row &row, int column) const;
    const LinkActivity *m_activity;
    QList<Row> m_rows;
    qint64 m_nowUs = 0;
};
