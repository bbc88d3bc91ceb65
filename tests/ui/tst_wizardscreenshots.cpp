// Pictures of every page of the commissioning wizard and of the report preview, walked on a
// scenario on an injected clock so they are the same on every run: saved into the build tree
// (test-output/wizard-*.png) for a person to look at, and copied into resources/screenshots/ by
// `./dev.sh screenshots` for the README. Runs twice under ctest: at 100 % and, with
// QT_SCALE_FACTOR=2, at 200 % (file names end in -200); each in the light and the dark palette.
// The checks here are only that each picture shows what it is meant to (tst_commissioningwizard
// checks the plan and the findings).

#include "wizardwalk.h"

#include "appearance.h"
#include "dipswitchwidget.h"
#include "reportdialog.h"
#include "testdata.h"

#include <QApplication>
#include <QPrintPreviewWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace WizardWalk;

class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();
    void otherBanks_data();
    void otherBanks();

private:
    QString suffix(bool dark) const;
    void save(QWidget &widget, const QString &name, bool dark);
    QPalette m_light;
    Catalogue m_catalogue;
};

void TestWizardScreenshots::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    m_catalogue = Catalogue::builtIn();
}

QString TestWizardScreenshots::suffix(bool dark) const
{
    QString s = dark ? QStringLiteral("-dark") : QString();
    if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
        s += QStringLiteral("-200");
    return s;
}

void TestWizardScreenshots::save(QWidget &widget, const QString &name, bool dark)
{
    // Twice: a page lays itself out, then fits its scroll area to what it laid out.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QString path = TestData::outputPath(QStringLiteral("wizard-") + name + suffix(dark) + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

void TestWizardScreenshots::pages_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestWizardScreenshots::pages()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Appearance::darkPalette() : m_light);

    // Three US3000C on a Deye, P3 behind in charge and firmware: every page of the walk.
    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-pylontech-3pack.json")), m_catalogue);
    rig.scanOnce();
    CommissioningWizard &w = rig.wizard;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};

    SitePage *site = w.sitePage();
    type(site->siteEdit(), in.site);
    type(site->addressEdit(), QStringLiteral("14 Ring Road, Ibadan"));
    type(site->installerEdit(), in.installer);
    type(site->companyEdit(), QStringLiteral("Sunrise Solar Ltd"));
    type(site->phoneEdit(), in.phone);
    choose(site->inverterBox(), in.inverter);
    site->isolationEditor()->setSteps(in.isolation);
    site->powerUpEditor()->setSteps(in.powerUp);
    save(w, QStringLiteral("1-site"), dark);
    next(w, CommissioningWizard::FirmwareId);

    type(w.firmwarePage()->versionEdit(), in.firmware);
    save(w, QStringLiteral("2-firmware"), dark);
    next(w, CommissioningWizard::BatteryId);

    choose(w.batteryPage()->modelBox(0), QStringLiteral("pylontech-us3000c"));
    w.batteryPage()->countBox(0)->setValue(3);
    save(w, QStringLiteral("3-batteries"), dark);
    next(w, CommissioningWizard::ArchitectureId);
    save(w, QStringLiteral("4-architecture"), dark);
    next(w, CommissioningWizard::AddressId);

    AddressPage *a = w.addressPage();
    for (const PackIdentity &id : rig.identities) {
        for (const PlanPack &p : w.plan().packs) {
            if (p.address == id.address) {
                QVERIFY(a->selectPack(p.id));
                type(a->serialEdit(), id.serial);
            }
        }
    }
    QVERIFY(a->selectPack(QStringLiteral("P1")));
    QTest::mouseClick(a->masterConfirmedBox(), Qt::LeftButton, {}, QPoint(4, a->masterConfirmedBox()->height() / 2));
    a->foundDip()->setFocus();
    QVERIFY(a->noteCodes().contains(QStringLiteral("pylontech-switch1-conflict")));
    save(w, QStringLiteral("5-addresses"), dark);
    next(w, CommissioningWizard::CablingId);

    w.cablingPage()->lengthBox(QStringLiteral("P1"))->setValue(1.0);
    w.cablingPage()->lengthBox(QStringLiteral("P2"))->setValue(1.0);
    w.cablingPage()->lengthBox(QStringLiteral("P3"))->setValue(2.5);
    save(w, QStringLiteral("6-cabling"), dark);
    next(w, CommissioningWizard::InverterSettingsId);
    choose(w.inverterSettingsPage()->commLossValueBox(), QStringLiteral("on"));
    save(w, QStringLiteral("7-inverter"), dark);
    next(w, CommissioningWizard::VerificationId);

    rig.bank.runFor(2);
    verify(rig, 30);
    QVERIFY(CommissioningChecks::anyFailed(w.verificationPage()->findings()) == false);
    w.verificationPage()->view()->setFocus();
    save(w, QStringLiteral("8-verification"), dark);
    next(w, CommissioningWizard::DrillId);
    save(w, QStringLiteral("8b-drill"), dark);
    next(w, CommissioningWizard::SummaryId);
    type(w.summaryPage()->customerEdit(), QStringLiteral("Mrs. F. Adeyemi"));
    QTest::mouseClick(w.summaryPage()->confirmBox(), Qt::LeftButton, {}, QPoint(4, w.summaryPage()->confirmBox()->height() / 2));
    save(w, QStringLiteral("9-summary"), dark);

    // The report as the window previews it (the report is a white page in either palette).
    w.summaryPage()->recordHandover();
    ReportDialog report(w.plan(), nullptr);
    report.setClock([&rig] { return QDateTime::fromMSecsSinceEpoch(rig.bank.clock.nowMs(), Qt::UTC); });
    report.show();
    QVERIFY(QTest::qWaitForWindowExposed(&report));
    report.preview()->fitToWidth();
    report.preview()->updatePreview();
    QTRY_VERIFY(report.pageCount() > 0);
    save(report, QStringLiteral("report-preview"), dark);
    if (!dark && suffix(false).isEmpty()) {
        QString error;
        QVERIFY2(report.exportPdf(TestData::outputPath(QStringLiteral("wizard-report-pylontech-3pack.pdf")), &error), qPrintable(error));
    }
}

void TestWizardScreenshots::otherBanks_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestWizardScreenshots::otherBanks()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Appearance::darkPalette() : m_light);
    {
        // Two JK-B on a Deye, firmware entered but release notes not checked: the safe topology.
        WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-jk-b-2pack.json")), m_catalogue);
        CommissioningWizard &w = rig.wizard;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardInputs in;
        in.firmware = QStringLiteral("MAIN 2.3.1");
        in.batteries = {QStringLiteral("jk-b:2")};
        toArchitecture(w, in);
        save(w, QStringLiteral("jk-b-architecture"), dark);
        next(w, CommissioningWizard::AddressId);
        save(w, QStringLiteral("jk-b-addresses"), dark);
    }
    {
        // Ten US3000C on an Easun that polls the master at 0x12: two groups, group 1 first.
        WizardRig rig(ScenarioRig::demo(), m_catalogue);
        CommissioningWizard &w = rig.wizard;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardInputs in;
        in.inverter = QStringLiteral("easun-smx-ii");
        in.batteries = {QStringLiteral("pylontech-us3000c:10")};
        toArchitecture(w, in);
        next(w, CommissioningWizard::AddressId);
        QVERIFY(w.addressPage()->selectPack(QStringLiteral("P6")));
        save(w, QStringLiteral("multigroup-addresses"), dark);
    }
    {
        // Victron GX: two BMSs, and a second one on P2's port.
        WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-victron-gx-two-bms-on-one-port.json")), m_catalogue);
        CommissioningWizard &w = rig.wizard;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardInputs in;
        in.inverter = QStringLiteral("victron-gx");
        in.batteries = {QStringLiteral("can-bms-victron:2")};
        toArchitecture(w, in);
        save(w, QStringLiteral("victron-architecture"), dark);
        next(w, CommissioningWizard::AddressId);
        next(w, CommissioningWizard::CablingId);
        next(w, CommissioningWizard::InverterSettingsId);
        next(w, CommissioningWizard::VerificationId);
        verify(rig, 30);
        save(w, QStringLiteral("victron-verification"), dark);
    }
}

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"
