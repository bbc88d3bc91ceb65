#pragma once

#include <QHash>
#include <QWizardPage>

class CommissioningWizard;
class DipSwitchWidget;
class FactLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QVBoxLayout;
struct PlanPack;
struct BatteryModel;

// Step 5, master and addresses: who is master and how that comes about, with the sources; for
// Pylontech the fact sheet's reading (switch 1 = RS485 rate on every unit, 2-4 = group on the
// master, no switch makes a unit master: the master carries the inverter cable at the head of the
// link chain, Link 0 empty — uncertain for US/UP units, so the installer confirms it on the unit)
// and the other reading (switch 1 OFF = master) as a conflict with its source. Then every unit by
// group: its address, its DIP switches drawn as planned and, editable, as found on the unit
// (compared with the plan, recorded as a check by hand), or the address to set in the vendor's app
// (JK-B); and its serial number and firmware from the label, which verification matches readings
// by. Edits the plan's per-pack serial and firmware and its checks by hand. GUI thread; owned by
// the wizard.
class AddressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AddressPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

    // Selects a unit by pack id in the list.
    bool selectPack(const QString &id);
    QString currentPack() const { return m_current; }
    DipSwitchWidget *plannedDip() const { return m_planned; }
    DipSwitchWidget *foundDip() const { return m_found; }
    QLabel *comparison() const { return m_comparison; }
    QCheckBox *recordFoundBox() const { return m_recordFound; }
    QCheckBox *masterConfirmedBox() const { return m_masterConfirmed; }
    QLineEdit *serialEdit() const { return m_serial; }
    QLineEdit *firmwareEdit() const { return m_firmware; }
    QTreeWidget *unitList() const { return m_units; }
    // The planner notes shown in the master box, by code.
    QStringList noteCodes() const { return m_codes; }
    // The short meaning of each of a model's four switches, for the drawing.
    static QStringList switchMeanings(const BatteryModel *model);
    // How found positions compare with the plan's, in words; `warning` set when it matters.
    static QString compare(const PlanPack &pack, const QString &found, const BatteryModel *model, bool singleGroup, const QString &link,
                           bool *warning);

private:
    void showPack(const QString &id);
    void updateComparison();
    void recordFound();
    QString masterCheckCode() const;
    PlanPack *editPack(const QString &id);

    CommissioningWizard *m_wizard;
    QVBoxLayout *m_masterNotes;
    QCheckBox *m_masterConfirmed;
    QTreeWidget *m_units;
    QLabel *m_unitTitle;
    QLabel *m_address;
    // One of three panels shows for a unit: its switches, its app address, or neither.
    QWidget *m_dipPanel;
    QWidget *m_appPanel;
    QWidget *m_nonePanel;
    void showPanel(QWidget *panel);
    DipSwitchWidget *m_planned;
    DipSwitchWidget *m_found;
    QVBoxLayout *m_legend;
    QLabel *m_comparison;
    QCheckBox *m_recordFound;
    QLabel *m_appAddress;
    QCheckBox *m_appAddressSet;
    QLineEdit *m_serial;
    QLineEdit *m_firmware;
    QString m_current;
    QStringList m_codes;
    QHash<QString, QString> m_foundPositions; // by pack id, this session
};
