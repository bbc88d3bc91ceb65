#pragma once

#include <QWidget>

class BankMonitor;
class EventFilterProxy;
class EventLogModel;
class FreezeFrameModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// Alarms and events: the log (newest first), filterable by pack and severity, exportable to CSV;
// below it the freeze-frame of the selected event (every pack and the inverter view just before
// and at that moment), exportable too. GUI thread; does not own the monitor.
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(const BankMonitor &monitor, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventFilterProxy *proxy() const { return m_proxy; }
    FreezeFrameModel *freezeFrameModel() const { return m_frameModel; }
    QTableView *view() const { return m_view; }
    void refresh();
    // Selects the event (by id) and shows its freeze-frame.
    bool selectEvent(quint64 id);
    quint64 selectedEvent() const { return m_selected; }

    // Write the (filtered) events, or the selected event's freeze-frame, as CSV. False with
    // errorString() when the file cannot be written.
    bool exportEvents(const QString &path);
    bool exportFreezeFrame(const QString &path);
    QString errorString() const { return m_error; }

private:
    void showFrame(quint64 id);
    void applyFilter();
    void chooseAndExport(bool frame);
    void refreshPackFilter();

    const BankMonitor &m_monitor;
    EventLogModel *m_model;
    EventFilterProxy *m_proxy;
    FreezeFrameModel *m_frameModel;
    QSortFilterProxyModel *m_frameProxy;
    QComboBox *m_pack;
    QComboBox *m_severity;
    QCheckBox *m_onlyChanges;
    QLabel *m_counts;
    QLabel *m_frameTitle;
    QTableView *m_view;
    QTableView *m_frameView;
    quint64 m_selected = 0;
    QString m_error;
};
