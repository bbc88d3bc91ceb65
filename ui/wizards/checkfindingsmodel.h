#pragma once

#include "commissioningchecks.h"

#include <QAbstractTableModel>
#include <QHash>

// The findings of one verification run, one row each, worst first (fail, warning, not measured,
// then the rest): result as a word with an icon (never colour alone), the check, what it is about,
// the finding, the next step and the confidence of the rule that judged it, its sources on hover.
// A check recorded by hand for a row (a "not measured" the installer checked on the unit) shows
// beside it. Replaced wholesale after each run. GUI thread.
class CheckFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResultColumn, CheckColumn, SubjectColumn, FindingColumn, NextStepColumn, ConfidenceColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, CheckRole, CodeRole, ManualKeyRole };

    explicit CheckFindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<CheckFinding> &findings);
    const QList<CheckFinding> &findings() const { return m_findings; }
    const CheckFinding *finding(int row) const;
    // What was recorded by hand, by manualKey(); shown beside the rows it covers.
    void setManualNotes(const QHash<QString, QString> &notes);

    // The key a check recorded by hand for this finding is kept under: "<check>: <subject>".
    static QString manualKey(const CheckFinding &finding);
    // "3 passed, 1 failed, 2 warnings, 4 not measured".
    static QString counts(const QList<CheckFinding> &findings);

private:
    QList<CheckFinding> m_findings;
    QHash<QString, QString> m_manual;
};
