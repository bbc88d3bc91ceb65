#pragma once

#include <QAbstractTableModel>

#include "inverterview.h"

class BankMonitor;

// What the inverter should see (the bank truth the core computes), what the architecture lets
// it see, and what it is actually told (decoded from the master's link), field by field, with a
// check column that names every mismatch in words and by icon (never by colour alone) and the
// provenance of each value as a sentence ("148.0 A = 4 packs x 37.0 A, weakest P1").
// GUI thread; does not own the monitor.
class InverterViewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TruthColumn, SeenColumn, ToldColumn, CheckColumn, ProvenanceColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        DiffersRole,     // bool: what the inverter can see differs from what it should see
        ToldDiffersRole, // bool: what it is told differs from what it should see
        RuleRole,        // QString: the rule's label
        SourceRole       // QString: pack / cell / sensor that set it
    };

    explicit InverterViewModel(const BankMonitor &monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeSource(int fieldRow, const ViewField &field);
    // "148.0 A = 4 packs x 37.0 A, weakest P1"
    QString provenance(ViewFieldId id, const ViewField &field) const;

public Q_SLOTS:
    void refresh();

private:
    bool differs(int row) const;
    bool toldDiffers(int row) const;
    QString check(int row) const;
    QString checkToolTip(int row) const;
    const BankMonitor &m_monitor;
};
