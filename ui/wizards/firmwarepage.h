#pragma once

#include <QWizardPage>

class CommissioningWizard;
class FactLabel;
class QCheckBox;
class QLabel;
class QLineEdit;

// Step 2, the inverter's firmware. Where the catalogue says a feature depends on the firmware
// (Deye: polling several BMS addresses) the version is mandatory, and a multi-drop topology is
// planned only once the installer has also confirmed that this version's release notes were
// checked; otherwise the planner keeps the safe topology (one cable to the master, the other BMSs
// monitored separately), and this page says so before the batteries are chosen. Elsewhere the
// version is recorded for the report. Edits the plan's inverter firmware and release-note
// confirmation. GUI thread; owned by the wizard.
class FirmwarePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirmwarePage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    // Whether the catalogue makes the version mandatory for the chosen inverter.
    bool firmwareMandatory() const;
    QLineEdit *versionEdit() const { return m_version; }
    QCheckBox *releaseNotesBox() const { return m_releaseNotes; }
    QString problem() const;

private:
    void updateState();

    CommissioningWizard *m_wizard;
    QLabel *m_inverter;
    FactLabel *m_multiBms;
    FactLabel *m_multiBmsFirmware;
    FactLabel *m_firmwareNote;
    QLineEdit *m_version;
    QCheckBox *m_releaseNotes;
    QLabel *m_consequence;
    QLabel *m_problem;
};
