#pragma once

#include <QWizardPage>

class CommissioningWizard;
class FactLabel;
class QCheckBox;
class QComboBox;
class QLabel;

// Step 7, inverter settings: the battery-type menu path and the value to select, what to select on
// the battery's own port for this inverter (in the vendor's app: BankScope writes no BMS setting),
// the link, what the inverter expects on the wire, and what it does when the BMS goes quiet —
// each with its confidence and sources, "unknown — see its manual" for an inverter outside the
// catalogue. Where the inverter has a setting that decides whether losing the master stops the
// site (Deye's BMS_Err_Stop) the installer records its value. Edits the plan's comm-loss setting
// value and the check by hand that the settings were made. GUI thread; owned by the wizard.
class InverterSettingsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InverterSettingsPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

    FactLabel *menuPath() const { return m_menu; }
    FactLabel *setting() const { return m_setting; }
    FactLabel *batteryPort() const { return m_batteryPort; }
    QComboBox *commLossValueBox() const { return m_commLossValue; }
    QCheckBox *settingsMadeBox() const { return m_made; }
    QString wireText() const;

private:
    CommissioningWizard *m_wizard;
    FactLabel *m_menu;
    FactLabel *m_setting;
    FactLabel *m_batteryPort;
    QLabel *m_link;
    FactLabel *m_wire;
    FactLabel *m_commLoss;
    QLabel *m_commLossName;
    FactLabel *m_commLossWhere;
    QComboBox *m_commLossValue;
    QCheckBox *m_made;
};
