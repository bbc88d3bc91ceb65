#pragma once

#include <QAbstractTableModel>

class BankMonitor;

// One row per configured pack, live from a BankMonitor. The view pulls on its own tick
// (refresh()); a refresh with the same packs emits one ranged dataChanged.
// GUI thread; does not own the monitor.
class PackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PackColumn,
        RoleColumn,
        AddressColumn,
        StateColumn,
        SocColumn,
        VoltageColumn,
        CurrentColumn,
        CellMinColumn,
        CellMaxColumn,
        CellDeltaColumn,
        TempMaxColumn,
        CclColumn,
        DclColumn,
        AlarmsColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // numbers as double, for sorting and colouring
        OnlineRole                       // bool
    };

    explicit PackTableModel(const BankMonitor &monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

private:
    QVariant rawValue(int row, int column) const;
    QString display(int row, int column) const;

    const BankMonitor &m_monitor;
    int m_rows = 0;
};
