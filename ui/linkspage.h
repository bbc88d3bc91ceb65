#pragma once

#include <QWidget>

class EndpointStatsModel;
class LinkActivity;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class TrafficFilterProxy;
class TrafficModel;

// Link health and raw traffic: per address or CAN id statistics, and the raw units (time,
// direction, bytes, decoded summary side by side) with a filter, pause, and an honest count of
// rows not shown when the view cannot keep up. Reads a LinkActivity on the window's tick (none:
// the page says so). GUI thread; does not own the activity.
class LinksPage : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPage(const LinkActivity *activity, QWidget *parent = nullptr);

    EndpointStatsModel *statsModel() const { return m_stats; }
    TrafficModel *trafficModel() const { return m_traffic; }
    TrafficFilterProxy *trafficProxy() const { return m_proxy; }
    // nowUs: the clock of the traffic's time stamps (for "last seen").
    void refresh(qint64 nowUs);
    void setPaused(bool paused);
    // The window connected elsewhere: statistics and traffic of `activity` from its start.
    void setActivity(const LinkActivity *activity);
    QString droppedText() const;

private:
    void updateDropped();

    const LinkActivity *m_activity;
    EndpointStatsModel *m_stats;
    TrafficModel *m_traffic;
    TrafficFilterProxy *m_proxy;
    QTableView *m_statsView;
    QTableView *m_trafficView;
    QLineEdit *m_filter;
    QCheckBox *m_problems;
    QPushButton *m_pause;
    QLabel *m_dropped;
    quint64 m_activityRevision = 0;
};
