#pragma once

#include <QWizardPage>

class CommissioningWizard;
class QLabel;
class QVBoxLayout;

// Step 4, the architecture as the planner derived it, in two sentences: what the inverter will
// know and what it will not. Then how the inverter is cabled (the topology) and why — the
// firmware rule for a multi-drop bus, one BMS per GX port, the safe topology — and the stand-in
// master, each with the confidence and sources of the facts it rests on. Nothing to edit here:
// to change the architecture, change the inputs on an earlier page. GUI thread; owned by the
// wizard.
class ArchitecturePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ArchitecturePage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}

    QString architectureText() const;
    QString summaryText() const;
    QString topologyText() const;
    // The planner notes shown here, by code.
    QStringList noteCodes() const { return m_codes; }

private:
    CommissioningWizard *m_wizard;
    QLabel *m_architecture;
    QLabel *m_summary;
    QLabel *m_topology;
    QLabel *m_standIn;
    QVBoxLayout *m_notes;
    QStringList m_codes;
};
