#pragma once

#include <QWizardPage>

class CommissioningWizard;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// Step 9, summary and sign-off: the plan at a glance (site, inverter and its firmware, the bank,
// the architecture, the verification's results, the checks done by hand) with what is still open
// (no isolation order, no contact, not verified, failed checks), then the hand-over: the customer's
// name, the date and the installer's confirmation, recorded in the plan; the report (with its
// signature lines) is previewed, printed or exported from here. Finish saves the plan.
// GUI thread; owned by the wizard.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

    QString summaryHtml() const;
    // What is still open, one line each (empty when nothing is).
    QStringList openItems() const;
    QLineEdit *customerEdit() const { return m_customer; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *reportButton() const { return m_report; }
    // Records the hand-over in the plan when confirmed (what Finish does before saving).
    void recordHandover();

private:
    CommissioningWizard *m_wizard;
    QTextBrowser *m_summary;
    QLineEdit *m_customer;
    QDateEdit *m_date;
    QCheckBox *m_confirm;
    QPushButton *m_report;
    QLabel *m_problem;
};
