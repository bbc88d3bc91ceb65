#pragma once

#include "trendhistory.h"

#include <QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// One trend (a pack's voltage, current, SOC or cell spread) over a time window: the mean as a
// line and, where samples were merged (long windows), their min-max band. Zoom and pan by mouse
// (wheel, drag a band, middle-drag; right click resets) or keyboard (+ / -, arrows, Home). While
// zoomed or panned the chart stops following the live edge until reset. Each refresh replaces
// every series with one replace() call. GUI thread.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    TrendChart(TrendQuantity quantity, QWidget *parent = nullptr);

    TrendQuantity quantity() const { return m_quantity; }
    // The points to draw and the window they belong to (the live edge when following).
    void setPoints(const QList<TrendPoint> &points, qint64 fromMs, qint64 toMs);
    int pointCount() const;
    bool isFollowing() const { return m_following; }
    // Applies another chart's time range (the page keeps its charts in step).
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void resetZoom();
    void applyTheme();

Q_SIGNALS:
    void timeRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void zoomBy(double factor);
    void panBy(double fraction);
    void stopFollowing();
    void fitValues();

    TrendQuantity m_quantity;
    QLineSeries *m_mean;
    QLineSeries *m_upper;
    QLineSeries *m_lower;
    QAreaSeries *m_band;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    QList<TrendPoint> m_points;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_following = true;
    bool m_emitting = false;
    std::optional<QPoint> m_panFrom;
};
