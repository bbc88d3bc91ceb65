#pragma once

#include "commissioningplan.h"

#include <QWizardPage>

class CommissioningWizard;
class FactLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

// Step 3, battery models and number of units: one row per model, several rows for a mixed bank
// (e.g. US3000C with US2000C: the planner puts the newest or largest at the head). A model outside
// the catalogue is named as on its label. What the catalogue knows of each chosen model (units per
// group, how the master comes about) is shown with its confidence. Edits the plan's battery list;
// the planner's objections (families that do not share a bank, too many units) are shown here.
// GUI thread; owned by the wizard.
class BatteryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BatteryPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // The rows as the plan will list them (rows without a model left out).
    QList<PlanBattery> batteries() const;
    void setBatteries(const QList<PlanBattery> &batteries);
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *modelBox(int row) const;
    QLineEdit *nameEdit(int row) const;
    QSpinBox *countBox(int row) const;
    QPushButton *addButton() const { return m_add; }
    QString problem() const;

public Q_SLOTS:
    void addRow();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *model = nullptr;
        QLineEdit *name = nullptr;
        QSpinBox *count = nullptr;
        QPushButton *remove = nullptr;
    };
    void removeRow(QWidget *row);
    void updateFacts();

    CommissioningWizard *m_wizard;
    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout;
    QPushButton *m_add;
    QLabel *m_total;
    QVBoxLayout *m_factLayout;
    QWidget *m_facts;
    QLabel *m_problem;
    QString m_planError;
};
