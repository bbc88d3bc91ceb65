#include "firmwarepage.h"

#include "commissioningwizard.h"
#include "factlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

FirmwarePage::FirmwarePage(CommissioningWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_inverter(new QLabel(this))
    , m_multiBms(new FactLabel(this))
    , m_multiBmsFirmware(new FactLabel(this))
    , m_firmwareNote(new FactLabel(this))
    , m_version(new QLineEdit(this))
    , m_releaseNotes(new QCheckBox(this))
    , m_consequence(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setTitle(CommissioningWizard::stepTitle(CommissioningWizard::FirmwareId, tr("Inverter firmware")));
    setSubTitle(tr("Read the version on the inverter's display. Some features depend on it; BankScope plans them only on your confirmation."));

    m_version->setObjectName(QStringLiteral("firmwareVersion"));
    m_version->setPlaceholderText(tr("as shown on the inverter, e.g. MAIN 1.0.2 / HMI 1.5.3"));
    m_releaseNotes->setObjectName(QStringLiteral("releaseNotesChecked"));
    m_releaseNotes->setText(tr("I have checked the release notes of this firmware version for what it does with several BMSs"));
    m_releaseNotes->setToolTip(tr("Only after this confirmation does BankScope plan every BMS on the inverter's bus where that depends on the firmware."));
    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_inverter->setWordWrap(true);

    auto *facts = new QGroupBox(tr("What the catalogue says"), this);
    auto *factForm = new QFormLayout(facts);
    factForm->addRow(tr("Several BMSs on one bus:"), m_multiBms);
    factForm->addRow(tr("From which firmware:"), m_multiBmsFirmware);
    factForm->addRow(tr("Firmware notes:"), m_firmwareNote);

    auto *form = new QFormLayout;
    form->addRow(tr("Inverter:"), m_inverter);
    form->addRow(tr("Firmware &version:"), m_version);
    form->addRow(QString(), m_releaseNotes);

    auto *layout = new QVBoxLayout(CommissioningWizard::scrollableContent(this));
    layout->addLayout(form);
    layout->addWidget(facts);
    layout->addWidget(m_consequence);
    layout->addStretch(1);
    layout->addWidget(m_problem);

    connect(m_version, &QLineEdit::textChanged, this, &FirmwarePage::updateState);
    connect(m_releaseNotes, &QCheckBox::toggled, this, &FirmwarePage::updateState);
}

bool FirmwarePage::firmwareMandatory() const
{
    const PlanInverter &inv = m_wizard->plan().inverter;
    const InverterModel *m = inv.model.inCatalogue() ? m_wizard->catalogue().inverter(inv.model.id) : nullptr;
    return m && m->multiBms.known() && m->multiBms.value.toString() == QLatin1String("firmware-dependent");
}

void FirmwarePage::initializePage()
{
    const PlanInverter &inv = m_wizard->plan().inverter;
    m_inverter->setText(inv.model.inCatalogue() ? inv.model.name : tr("%1 (not in the catalogue)").arg(inv.model.name));
    const InverterModel *m = inv.model.inCatalogue() ? m_wizard->catalogue().inverter(inv.model.id) : nullptr;
    if (m) {
        PlanFact multi = PlanFact::from(m->multiBms, m_wizard->catalogue());
        if (multi.known()) {
            const QString v = m->multiBms.value.toString();
            multi.text = v == QLatin1String("yes")                  ? tr("polls or takes several BMSs")
                         : v == QLatin1String("no")                 ? tr("takes one BMS")
                         : v == QLatin1String("firmware-dependent") ? tr("polls several BMS addresses only with some firmware versions")
                                                                    : multi.text;
        }
        m_multiBms->setFact(multi);
        m_multiBmsFirmware->setFact(PlanFact::from(m->multiBmsFirmware, m_wizard->catalogue()));
        m_firmwareNote->setFact(PlanFact::from(m->firmwareNote, m_wizard->catalogue()));
    } else {
        for (FactLabel *l : {m_multiBms, m_multiBmsFirmware, m_firmwareNote})
            l->setFact(PlanFact::notInCatalogue());
    }
    {
        const QSignalBlocker a(m_version);
        const QSignalBlocker b(m_releaseNotes);
        m_version->setText(inv.firmware);
        m_releaseNotes->setChecked(inv.releaseNotesChecked);
    }
    updateState();
}

void FirmwarePage::updateState()
{
    const bool hasVersion = !m_version->text().trimmed().isEmpty();
    m_releaseNotes->setEnabled(hasVersion);
    if (!hasVersion && m_releaseNotes->isChecked()) {
        const QSignalBlocker block(m_releaseNotes);
        m_releaseNotes->setChecked(false);
    }
    const QString name = m_wizard->plan().inverter.model.name;
    if (firmwareMandatory()) {
        if (hasVersion && m_releaseNotes->isChecked())
            m_consequence->setText(tr("Confirmed: where the batteries allow it (packs with their own bus addresses), BankScope plans every BMS on "
                                      "the inverter's bus, on your word that firmware %1 of the %2 polls several addresses. The report "
                                      "records the version and your confirmation.").arg(m_version->text().trimmed(), name));
        else
            m_consequence->setText(tr("Without the version and the release notes checked, BankScope plans the safe topology: one cable from the "
                                      "inverter to the master, the other BMSs monitored separately. The %1 polls several BMS addresses only "
                                      "with some firmware, and no source says from which.").arg(name));
    } else if (m_wizard->plan().inverter.model.inCatalogue()) {
        m_consequence->setText(tr("Nothing in this plan depends on the %1's firmware in the catalogue; the version is recorded in the report.").arg(name));
    } else {
        m_consequence->setText(tr("Whether a feature of this inverter depends on its firmware is unknown \u2014 see its manual. The version is "
                                  "recorded in the report; BankScope plans the safe topology."));
    }
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

QString FirmwarePage::problem() const
{
    if (firmwareMandatory() && m_version->text().trimmed().isEmpty())
        return tr("Enter the firmware version: for the %1 the catalogue says what it can do with several BMSs depends on it.")
            .arg(m_wizard->plan().inverter.model.name);
    return {};
}

bool FirmwarePage::isComplete() const
{
    return problem().isEmpty();
}

bool FirmwarePage::validatePage()
{
    if (!isComplete())
        return false;
    PlanInverter &inv = m_wizard->editPlan().inverter;
    inv.firmware = m_version->text().trimmed();
    inv.releaseNotesChecked = !inv.firmware.isEmpty() && m_releaseNotes->isChecked();
    QString error;
    if (!m_wizard->applyPlan(&error)) {
        m_problem->setText(error);
        return false;
    }
    return true;
}
