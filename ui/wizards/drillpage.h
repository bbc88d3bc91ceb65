#pragma once

#include "failoverdrill.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <memory>

class BankSession;
class CommissioningWizard;
class DrillFeed;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// Step 9, the failover drill (issue 22 item 3): on the window's live link (the wizard's drill
// session), BankScope only listens while the installer switches the master off and follows the
// planner's steps one by one, until exactly one master is heard again, then the restore. The page
// states the consequence for this site first (from the catalogue, with its confidence), asks for an
// explicit confirmation before Start, shows the current instruction in large text, the timeline as
// it happens, Done for each step, Abort (the restore, listening until one master), and writes the
// drill's record into the plan (a step the drill proved then prints as an instruction on the card).
// The logic is FailoverDrill (core) fed by DrillFeed (links). Optional: Next stays open unless a
// drill is running. GUI thread; owned by the wizard.
class DrillPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DrillPage(CommissioningWizard *wizard);
    ~DrillPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    void start();
    void abort();
    void done();
    void noteInverter(const QString &what);
    bool isRunning() const;
    const FailoverDrill *drill() const { return m_drill.get(); }
    // Why Start is unavailable (no live link, a plan without a procedure ...); empty when it is.
    QString blocked() const { return m_blocked; }

    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *abortButton() const { return m_abort; }
    QPushButton *doneButton() const { return m_done; }
    QLabel *instructionLabel() const { return m_instruction; }
    QLabel *consequenceLabel() const { return m_consequence; }
    QListWidget *timelineView() const { return m_timeline; }
    QSpinBox *limitBox() const { return m_limit; }

Q_SIGNALS:
    void drillFinished(const QString &result);

private:
    void refresh();
    void updateButtons();
    void tick();
    void finishDrill();
    qint64 nowUs() const;
    QString consequenceText() const;

    CommissioningWizard *m_wizard;
    QLabel *m_consequence;
    QLabel *m_link;
    QCheckBox *m_confirm;
    QSpinBox *m_limit;
    QPushButton *m_start;
    QPushButton *m_abort;
    QPushButton *m_done;
    QPushButton *m_stopped;
    QPushButton *m_running;
    QLabel *m_instruction;
    QLabel *m_step;
    QListWidget *m_timeline;
    QLabel *m_result;
    QTimer m_tick;
    QString m_blocked;
    FailoverProcedure m_procedure;
    std::unique_ptr<FailoverDrill> m_drill;
    std::unique_ptr<DrillFeed> m_feed;
    QPointer<BankSession> m_session;
    int m_shownEvents = 0;
    int m_revision = -1;
    bool m_pastBaseline = false;
    QString m_startedAt;
};
