#pragma once

// Drives the commissioning wizard the way an installer does, page by page, through the pages'
// own widgets (typed text, chosen combo entries, ticked boxes, the Next button), against a
// simulated bank read through LoopbackBank into a BankMonitor on an injected clock. Shared by
// tst_commissioningwizard (the walks and their findings) and tst_wizardscreenshots (pictures).

#include "scenariorig.h"
#include "serialscan.h"

#include "addresspage.h"
#include "architecturepage.h"
#include "batterypage.h"
#include "cablingpage.h"
#include "commissioningwizard.h"
#include "firmwarepage.h"
#include "invertersettingspage.h"
#include "ordereditor.h"
#include "sitepage.h"
#include "summarypage.h"
#include "verificationpage.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include <memory>

struct WizardInputs
{
    QString site = QStringLiteral("Adeyemi residence");
    QString installer = QStringLiteral("A. Okafor");
    QString phone = QStringLiteral("+234 803 555 0142");
    QString inverter = QStringLiteral("deye-sun-sg");
    QString otherInverter;     // when inverter is "other"
    QString firmware;          // empty: none typed
    bool releaseNotes = false;
    QStringList batteries;     // "id:count"
    QList<OrderStep> isolation{{QStringLiteral("Switch the inverter off"), QStringLiteral("INV-1")},
                               {QStringLiteral("Open the battery DC breaker"), QStringLiteral("Q2")},
                               {QStringLiteral("Switch every module off, master last"), QString()}};
    QList<OrderStep> powerUp{{QStringLiteral("Switch every module on, master first"), QString()},
                             {QStringLiteral("Close the battery DC breaker"), QStringLiteral("Q2")},
                             {QStringLiteral("Switch the inverter on"), QStringLiteral("INV-1")}};
    bool typeSerialsFromScan = true; // type each unit's serial as read by a scan (the label's)
    double cableM = 1.0;
};

// The bank, the evidence source over it and the wizard, wired as the window wires them.
struct WizardRig
{
    explicit WizardRig(const Scenario &scenario, const Catalogue &catalogue)
        : bank(scenario)
        , source(bank.monitor, &bank.bank.activity())
        , wizard(catalogue, nullptr, &source)
    {
        wizard.setClock([this] { return QDateTime::fromMSecsSinceEpoch(bank.clock.nowMs(), Qt::UTC); });
        wizard.setAskBeforeDiscarding(false);
    }

    // The serial numbers a scan read at commissioning start, kept as a session would keep them.
    void scanOnce()
    {
        identities = scanSerials(bank.bank);
        source.setIdentityProvider([this] { return identities; });
    }

    ScenarioRig bank;
    MonitorVerificationSource source;
    CommissioningWizard wizard;
    QList<PackIdentity> identities;
};

namespace WizardWalk {

inline void next(CommissioningWizard &w, int expected)
{
    QAbstractButton *nextButton = w.button(QWizard::NextButton);
    QVERIFY2(nextButton->isEnabled(), qPrintable(QStringLiteral("Next is disabled on page %1").arg(w.currentId())));
    QTest::mouseClick(nextButton, Qt::LeftButton);
    QCOMPARE(w.currentId(), expected);
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void choose(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    box->setCurrentIndex(i);
}

inline void site(CommissioningWizard &w, const WizardInputs &in)
{
    QCOMPARE(w.currentId(), int(CommissioningWizard::SiteId));
    SitePage *p = w.sitePage();
    type(p->siteEdit(), in.site);
    type(p->installerEdit(), in.installer);
    type(p->phoneEdit(), in.phone);
    choose(p->inverterBox(), in.inverter);
    if (!in.otherInverter.isEmpty())
        type(p->otherInverterEdit(), in.otherInverter);
    p->isolationEditor()->setSteps(in.isolation);
    p->powerUpEditor()->setSteps(in.powerUp);
    next(w, CommissioningWizard::FirmwareId);
}

inline void firmware(CommissioningWizard &w, const WizardInputs &in)
{
    FirmwarePage *p = w.firmwarePage();
    if (!in.firmware.isEmpty())
        type(p->versionEdit(), in.firmware);
    if (in.releaseNotes) {
        QVERIFY(p->releaseNotesBox()->isEnabled());
        QTest::mouseClick(p->releaseNotesBox(), Qt::LeftButton, {}, QPoint(4, p->releaseNotesBox()->height() / 2));
        QVERIFY(p->releaseNotesBox()->isChecked());
    }
    next(w, CommissioningWizard::BatteryId);
}

inline void batteries(CommissioningWizard &w, const WizardInputs &in)
{
    BatteryPage *p = w.batteryPage();
    for (int i = 0; i < in.batteries.size(); ++i) {
        if (i >= p->rowCount())
            QTest::mouseClick(p->addButton(), Qt::LeftButton);
        const QStringList parts = in.batteries[i].split(QLatin1Char(':'));
        choose(p->modelBox(i), parts.value(0));
        p->countBox(i)->setValue(parts.value(1).toInt());
    }
    next(w, CommissioningWizard::ArchitectureId);
}

// Site, firmware and batteries: up to the architecture page.
inline void toArchitecture(CommissioningWizard &w, const WizardInputs &in)
{
    site(w, in);
    if (QTest::currentTestFailed())
        return;
    firmware(w, in);
    if (QTest::currentTestFailed())
        return;
    batteries(w, in);
}

// Types every unit's serial as the given identities have it (what is on its label).
inline void addresses(CommissioningWizard &w, const QList<PackIdentity> &identities)
{
    AddressPage *p = w.addressPage();
    for (const PlanPack &pack : w.plan().packs) {
        if (!pack.address)
            continue;
        for (const PackIdentity &id : identities) {
            if (id.address != *pack.address)
                continue;
            QVERIFY(p->selectPack(pack.id));
            type(p->serialEdit(), id.serial);
        }
    }
    if (p->masterConfirmedBox()->isVisible())
        QTest::mouseClick(p->masterConfirmedBox(), Qt::LeftButton, {}, QPoint(4, p->masterConfirmedBox()->height() / 2));
    next(w, CommissioningWizard::CablingId);
}

inline void cabling(CommissioningWizard &w, double metres)
{
    for (const PlanPack &pack : w.plan().packs)
        if (QDoubleSpinBox *box = w.cablingPage()->lengthBox(pack.id))
            box->setValue(metres);
    next(w, CommissioningWizard::InverterSettingsId);
}

inline void inverterSettings(CommissioningWizard &w)
{
    InverterSettingsPage *p = w.inverterSettingsPage();
    if (p->commLossValueBox()->isEnabled())
        choose(p->commLossValueBox(), QStringLiteral("on"));
    next(w, CommissioningWizard::VerificationId);
}

// Listens for `seconds` of simulated time and waits for the findings.
inline void verify(WizardRig &rig, int seconds)
{
    VerificationPage *p = rig.wizard.verificationPage();
    p->setListenSeconds(seconds);
    QTest::mouseClick(p->runButton(), Qt::LeftButton);
    QVERIFY(p->isRunning());
    rig.bank.runFor(seconds + 1);
    QVERIFY(!p->isRunning());
    QVERIFY(!p->findings().isEmpty());
}

} // namespace WizardWalk
