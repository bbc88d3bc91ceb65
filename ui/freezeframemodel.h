#pragma once

#include "eventcsv.h"

#include <QAbstractTableModel>

// One freeze-frame as a table: every quantity of every pack and of the inverter's view, just
// before and at the moment its event appeared, with what changed. Replaced wholesale when
// another event is selected. GUI thread.
class FreezeFrameModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, QuantityColumn, BeforeColumn, AtColumn, ChangeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ChangedRole, QuantityKeyRole };

    explicit FreezeFrameModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullptr clears the table.
    void setFrame(const FreezeFrame *frame);
    bool hasFrame() const { return m_hasFrame; }
    std::optional<qint64> beforeMs() const { return m_beforeMs; }
    qint64 atMs() const { return m_atMs; }

private:
    QString format(const FreezeRow &row, const QVariant &value) const;

    QList<FreezeRow> m_rows;
    bool m_hasFrame = false;
    std::optional<qint64> m_beforeMs;
    qint64 m_atMs = 0;
};
