#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "finding.h"

// The current findings of the bank, errors first. Replaced wholesale on refresh (the list
// is short and its membership changes).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, SubjectColumn, TextColumn, NextStepColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, CodeRole };

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<Finding> &findings);

private:
    QList<Finding> m_findings;
};
