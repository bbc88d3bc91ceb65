#pragma once

#include "commissioningchecks.h"

#include <QWizardPage>

class CheckFindingsModel;
class CommissioningWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// Step 8, live verification against the plan: listens to the bank for a while through the
// wizard's VerificationSource (today the window's live bank; the BankSession later), then runs
// CommissioningChecks::run on what was heard and shows every finding with its result, next step
// and confidence. A check the tool could not measure is listed as "not measured" and can be
// recorded by hand (a note and a photo reference). The results, the readings at hand-over and the
// alarms seen are recorded into the plan. GUI thread; owned by the wizard.
class VerificationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerificationPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // Starts listening (the Run button).
    void run();
    void stop();
    bool isRunning() const;
    void setListenSeconds(int seconds);
    int listenSeconds() const;

    const QList<CheckFinding> &findings() const { return m_findings; }
    const VerificationEvidence &evidence() const { return m_evidence; }
    CheckFindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Records a check by hand for one row (what the "Record by hand…" button does after its dialog).
    bool recordByHand(int row, CheckStatus status, const QString &note, const QString &photo);
    // Copies the serial numbers the scan read into the plan's packs that have none (by address:
    // check them against the labels). Returns how many were taken.
    int takeSerialsFromScan();
    QPushButton *runButton() const { return m_run; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void verified();

private:
    void onFinished(const VerificationEvidence &evidence);
    void onFailed(const QString &message);
    void onProgress(double elapsed, double total);
    void updateButtons();
    void refreshManualNotes();
    void recordSelectedByHand();
    int serialsToTake() const;

    CommissioningWizard *m_wizard;
    QLabel *m_source;
    QSpinBox *m_seconds;
    QPushButton *m_run;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_counts;
    CheckFindingsModel *m_model;
    QTableView *m_view;
    QPushButton *m_byHand;
    QPushButton *m_takeSerials;
    QList<CheckFinding> m_findings;
    VerificationEvidence m_evidence;
    bool m_haveEvidence = false;
};
