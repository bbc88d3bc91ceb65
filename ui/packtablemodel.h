#pragma once

#include <QAbstractTableModel>

class BankMonitor;
struct PackReading;

// The bank overview: one row per configured pack, live from a BankMonitor, with its condition
// (and the evidence for it on hover), values with their unit and source on hover, alarms by
// their translated names and firmware. The view pulls on its own tick (refresh()); a refresh
// with the same packs emits one ranged dataChanged. GUI thread; does not own the monitor.
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
        CvlColumn,
        CclColumn,
        DclColumn,
        AlarmsColumn,
        FirmwareColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // numbers as double, conditions and roles as their enum's int, for sorting
        OnlineRole,                      // bool
        ConditionRole,                   // int of PackCondition
        PackIdRole                       // QString
    };
    // What the role column shows: a configured role, or Peer in a peer-to-peer bank.
    enum class ShownRole { Master, Slave, Peer };

    explicit PackTableModel(const BankMonitor &monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString alarmText(const PackReading &reading);

public Q_SLOTS:
    void refresh();

private:
    QVariant rawValue(int row, int column) const;
    QString display(int row, int column) const;
    QString toolTip(int row, int column) const;

    const BankMonitor &m_monitor;
    int m_rows = 0;
};
