#pragma once

#include <QWizardPage>

class CommissioningWizard;
class FactLabel;
class OrderEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Step 1, site and inverter: the site, the installer and a contact phone, the inverter (from the
// catalogue, or "not in the catalogue" with its name), and this site's isolation and power-up
// orders with the labels on its breakers, entered by the installer: no maker gives one for most
// banks, and the failover card is not printed without one. Edits the plan's site, contact,
// inverter model and orders. GUI thread; owned by the wizard.
class SitePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SitePage(CommissioningWizard *wizard);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *siteEdit() const { return m_site; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *installerEdit() const { return m_installer; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QComboBox *inverterBox() const { return m_inverter; }
    QLineEdit *otherInverterEdit() const { return m_otherInverter; }
    OrderEditor *isolationEditor() const { return m_isolation; }
    OrderEditor *powerUpEditor() const { return m_powerUp; }
    // Selects an inverter by catalogue id, or "other" (then name it in otherInverterEdit()).
    bool selectInverter(const QString &id);
    // Why the page cannot go on, in one sentence (empty when it can).
    QString problem() const;

private:
    void updateInverterInfo();

    CommissioningWizard *m_wizard;
    QLineEdit *m_site;
    QLineEdit *m_address;
    QLineEdit *m_installer;
    QLineEdit *m_company;
    QLineEdit *m_phone;
    QComboBox *m_inverter;
    QLineEdit *m_otherInverter;
    FactLabel *m_inverterInfo;
    OrderEditor *m_isolation;
    OrderEditor *m_powerUp;
    QLabel *m_problem;
    QFormLayout *m_form = nullptr;
};
