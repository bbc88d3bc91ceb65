#pragma once

#include <QWidget>

class BankMonitor;
class FindingsModel;
class PackTableModel;
class QTableView;

// The home view: every pack in one table (double-click or Enter opens its detail) and every
// finding of the bank below it. GUI thread; does not own the monitor.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(const BankMonitor &monitor, QWidget *parent = nullptr);

    PackTableModel *packModel() const { return m_packs; }
    FindingsModel *findingsModel() const { return m_findings; }
    QTableView *packView() const { return m_packView; }
    void refresh();

Q_SIGNALS:
    void packActivated(const QString &id);

private:
    const BankMonitor &m_monitor;
    PackTableModel *m_packs;
    FindingsModel *m_findings;
    QTableView *m_packView;
};
