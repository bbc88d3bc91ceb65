#pragma once

#include <QPair>
#include <QWidget>

class BankMonitor;
class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QTimer;
class QValueAxis;
class TrendChart;

// One pack in detail: every cell as a bar (the pack's lowest and highest cell marked, the value
// on hover), every temperature sensor, the balancer where the protocol carries it, and trends of
// voltage, current, SOC and cell spread from the bounded history over 5 minutes, an hour or the
// whole session. GUI thread; does not own the monitor.
class PackPage : public QWidget
{
    Q_OBJECT

public:
    enum class Window { FiveMinutes, OneHour, WholeSession };

    explicit PackPage(const BankMonitor &monitor, QWidget *parent = nullptr);

    void setPack(const QString &id);
    QString pack() const;
    void setWindow(Window window);
    Window window() const;
    void refresh();
    // The pack list follows the monitor's bank (a live link finds its packs as they answer, a
    // new session brings another bank); cheap when nothing changed.
    void syncPacks();

    // For tests: what the charts show.
    QList<double> cellValues() const;
    int lowestCell() const { return m_lowestCell; }  // 1-based, 0: none
    int highestCell() const { return m_highestCell; }
    QList<TrendChart *> trendCharts() const { return m_trends; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCells();
    void refreshTemperatures();
    // All four now (a new pack or window), or one per event-loop turn (a new live sample), so a
    // flood of frames never waits for four charts at once.
    void refreshTrends(bool now);
    void drawTrend(TrendChart *chart);
    void syncRange(TrendChart *from, qint64 fromMs, qint64 toMs);
    void applyTheme();

    const BankMonitor &m_monitor;
    QComboBox *m_pack;
    QComboBox *m_window;
    QLabel *m_summary;
    QLabel *m_cellNote;
    QChartView *m_cellView;
    QBarSet *m_cells;
    QBarSet *m_low;
    QBarSet *m_high;
    QBarCategoryAxis *m_cellAxis;
    QValueAxis *m_cellValueAxis;
    QChartView *m_tempView;
    QBarSet *m_temps;
    QBarCategoryAxis *m_tempAxis;
    QValueAxis *m_tempValueAxis;
    QList<TrendChart *> m_trends;
    // What is drawn, so a refresh redraws only what changed (cells per reading, trends once a
    // second when the history takes a sample).
    QString m_drawnPack;
    qint64 m_drawnCellsAtMs = -1;
    qint64 m_drawnTempsAtMs = -1;
    qint64 m_drawnSampleMs = -1;
    int m_drawnWindow = -1;
    QPair<double, double> m_cellRange{0.0, 0.0};
    int m_lowestCell = 0;
    int m_highestCell = 0;
    bool m_syncing = false;
    QList<TrendChart *> m_pendingTrends;
    QTimer *m_trendTimer;
};
