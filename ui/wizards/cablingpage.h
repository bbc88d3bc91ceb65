#pragma once

#include <QWizardPage>

class CommissioningWizard;
class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

// Step 6, cabling: which port goes to which (every link of the plan, BankScope's own taps
// included, with medium, protocol and speed), the ports' pin-outs and the inverter's, the
// termination and the longest cable the maker allows (each with its confidence, "no maker figure"
// where none is given), and why the battery cables must be of equal length — with each pack's
// length entered and compared. Edits the plan's per-pack cable length and the checks by hand for
// termination and cable type. GUI thread; owned by the wizard.
class CablingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CablingPage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

    // The links as shown: one row each (link, from, to, medium/protocol/speed).
    QLabel *linkTable() const { return m_links; }
    int linkRows() const { return m_linkRows; }
    // The cable length box of a pack, or nullptr.
    QDoubleSpinBox *lengthBox(const QString &packId) const;
    QLabel *lengthVerdict() const { return m_lengthVerdict; }
    QCheckBox *terminationBox() const { return m_termination; }

private:
    void updateLengths();

    CommissioningWizard *m_wizard;
    QLabel *m_links;
    int m_linkRows = 0;
    QVBoxLayout *m_ports;
    QFormLayout *m_lengthForm;
    QList<QPair<QString, QDoubleSpinBox *>> m_lengths;
    QLabel *m_lengthVerdict;
    QCheckBox *m_termination;
    QCheckBox *m_cableType;
};
