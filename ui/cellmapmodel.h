#pragma once

#include <QAbstractTableModel>

#include <optional>

class BankMonitor;

// Every cell of every pack in one grid: packs as rows (bank order), cells as columns (as many as
// the longest pack reports; 8, 15 and 16-cell packs side by side). Each cell is coloured by its
// deviation from the bank mean (the mean over every cell of the online packs), and the bank's
// lowest and highest cell, as the aggregation core names them, are marked with a symbol and in
// words. Packs that report only their extremes (Victron-style CAN) have an empty row that says
// so. GUI thread; does not own the monitor; pulled on the window's tick.
class CellMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // mV as double
        DeviationRole,                   // mV from the bank mean, double
        MarkRole                         // int: -1 the bank's lowest cell, +1 its highest, 0 neither
    };

    struct Cell
    {
        QString pack;
        int cell = 0; // 1-based
        double mv = 0.0;
    };

    explicit CellMapModel(const BankMonitor &monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The core's bank extremes (the cells the inverter view's lowest and highest come from).
    std::optional<Cell> weakest() const { return m_weakest; }
    std::optional<Cell> strongest() const { return m_strongest; }
    std::optional<double> meanMv() const { return m_meanMv; }
    int cellCount() const { return m_mean.count; }
    // Half the width of the colour scale in mV: deviations at or beyond it get the full colour.
    double scaleMv() const { return m_scaleMv; }

public Q_SLOTS:
    void refresh();

private:
    struct Mean
    {
        double sum = 0.0;
        int count = 0;
    };
    std::optional<double> valueAt(int row, int column) const;
    int markAt(int row, int column) const;

    const BankMonitor &m_monitor;
    int m_rows = 0;
    int m_columns = 0;
    Mean m_mean;
    std::optional<double> m_meanMv;
    double m_scaleMv = 10.0;
    std::optional<Cell> m_weakest;
    std::optional<Cell> m_strongest;
};
