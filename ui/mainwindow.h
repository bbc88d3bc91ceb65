#pragma once

#include <QMainWindow>

class BankMonitor;
class FindingsModel;
class InverterViewModel;
class PackTableModel;
class QComboBox;
class QLabel;
class QTimer;

// The main window: the pack table, what the inverter should see beside what it can see,
// and the findings. Pulls from the BankMonitor on a 10 Hz tick, so the repaint rate does
// not follow the frame rate. GUI thread; does not own the monitor.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(BankMonitor &monitor, const QString &sourceDescription, QWidget *parent = nullptr);

    PackTableModel *packModel() const { return m_packModel; }
    InverterViewModel *inverterModel() const { return m_inverterModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }

public Q_SLOTS:
    // Pulls the monitor's latest result into the models if it changed.
    void tick();

private:
    void buildToolBar();
    void applyPolicy();
    void updateSummary();

    BankMonitor &m_monitor;
    PackTableModel *m_packModel;
    InverterViewModel *m_inverterModel;
    FindingsModel *m_findingsModel;
    QComboBox *m_architecture = nullptr;
    QComboBox *m_currentRule = nullptr;
    QComboBox *m_faultRule = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer *m_tick = nullptr;
    quint64 m_seenRevision = 0;
};
