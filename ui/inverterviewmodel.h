#pragma once

#include <QAbstractTableModel>

class BankMonitor;
struct ViewField;

// What the inverter should see (the bank truth) beside what the architecture lets it see,
// one row per field, with the rule and the packs/cell that produced each value.
// GUI thread; does not own the monitor.
class InverterViewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TruthColumn, SeenColumn, ToldColumn, RuleColumn, SourceColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, DiffersRole };

    explicit InverterViewModel(const BankMonitor &monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeSource(int fieldRow, const ViewField &field);

public Q_SLOTS:
    void refresh();

private:
    bool differs(int row) const;
    bool toldDiffers(int row) const;
    const BankMonitor &m_monitor;
};
