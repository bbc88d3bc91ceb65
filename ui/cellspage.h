#pragma once

#include <QWidget>

class BankMonitor;
class CellMapModel;
class QLabel;
class QTableView;

// The bank cell map: every cell of every pack in one grid, coloured by its deviation from the
// bank mean with a legend in mV, and the bank's weakest and strongest cell called out in words
// above it. Double-clicking a cell opens its pack. GUI thread; does not own the monitor.
class CellsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CellsPage(const BankMonitor &monitor, QWidget *parent = nullptr);

    CellMapModel *model() const { return m_model; }
    void refresh();

Q_SIGNALS:
    void packActivated(const QString &id);

private:
    const BankMonitor &m_monitor;
    CellMapModel *m_model;
    QLabel *m_weakest;
    QLabel *m_strongest;
    QLabel *m_mean;
    class Legend;
    Legend *m_legend;
    QTableView *m_view;
};
