// The commissioning wizard walked as an installer walks it, for each architecture, against the
// simulator: scenarios under resources/scenarios played through LoopbackBank into a BankMonitor on
// an injected clock, their evidence taken by MonitorVerificationSource, judged by the core's
// checks. The classic mistakes are in the scenarios (a duplicate address, a module gone to sleep
// and its stale reading, two BMSs on one port, a firmware mismatch, packs at different SOC) and
// the rows say what verification must catch or mark. Also: the firmware rule on a Deye, a plan
// saved and reopened, multi-group banks and an inverter polling at 0x12 drawn, a model outside the
// catalogue, the window's hook and the report from the window path.

#include "wizardwalk.h"

#include "appsettings.h"
#include "checkfindingsmodel.h"
#include "dipswitchwidget.h"
#include "factlabel.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "testdata.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace WizardWalk;

namespace {

// "check|code|subject|status[,status]": a finding that must be there ("*" matches anything).
bool matches(const CheckFinding &f, const QString &spec)
{
    const QStringList p = spec.split(QLatin1Char('|'));
    auto ok = [](const QString &want, const QString &have) { return want == QLatin1String("*") || want == have; };
    const QStringList statuses = p.value(3).split(QLatin1Char(','));
    return ok(p.value(0), f.check) && ok(p.value(1), f.code) && ok(p.value(2), f.subject)
           && (p.value(3) == QLatin1String("*") || statuses.contains(PlanNames::status(f.status)));
}

QString dump(const QList<CheckFinding> &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines.append(QStringLiteral("%1|%2|%3|%4  %5").arg(f.check, f.code, f.subject, PlanNames::status(f.status), CommissioningChecks::text(f)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCommissioningWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();
    void deyeFirmwareRule();
    void saveAndReopen();
    void multiGroupAndPolledAtGroup1();
    void pylontechConflictAndFoundSwitches();
    void notInCatalogue();
    void recordByHand();
    void windowHookAndReport();

private:
    Catalogue m_catalogue;
};

void TestCommissioningWizard::initTestCase()
{
    m_catalogue = Catalogue::builtIn();
    QVERIFY2(m_catalogue.problems().isEmpty(), qPrintable(m_catalogue.problems().value(0).toString()));
}

void TestCommissioningWizard::walk_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("batteries");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<double>("before");  // seconds of simulated time before verification starts
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("topology");
    QTest::addColumn<QStringList>("masters");
    QTest::addColumn<QStringList>("expected"); // findings that must be there
    QTest::addColumn<bool>("handover");        // readings at hand-over can be matched to the plan

    QTest::newRow("pylontech 3-pack: SOC spread and firmware mismatch")
        << QStringLiteral("commissioning-pylontech-3pack.json") << QStringList{QStringLiteral("pylontech-us3000c:3")}
        << QStringLiteral("deye-sun-sg") << QStringLiteral("MAIN 1.0.2") << 2.0 << QStringLiteral("master-slave") << QStringLiteral("master-cable")
        << QStringList{QStringLiteral("P1")}
        << QStringList{
               QStringLiteral("bus-scan|present|P1|pass"),
               QStringLiteral("bus-scan|present|P2|pass"),
               QStringLiteral("bus-scan|present|P3|pass"),
               QStringLiteral("two-masters|no-other-master|*|pass"),
               // P3 reports other firmware than P1 and P2: no maker rule, so a warning.
               QStringLiteral("firmware-match|firmware-differs|Pylontech US3000C|warning"),
               // 82/80/64 %: measured and shown, no maker figure to pass or fail it.
               QStringLiteral("pre-parallel-soc|spread-no-maker-figure|bank|info"),
               QStringLiteral("pre-parallel-voltage|spread-no-maker-figure|bank|info"),
               QStringLiteral("inverter-acceptance|frame-ok|0x351|pass"),
           }
        << true;
    QTest::newRow("pylontech 3-pack: duplicate address, a module asleep, its stale reading")
        << QStringLiteral("commissioning-pylontech-mistakes.json") << QStringList{QStringLiteral("pylontech-us3000c:3")}
        << QStringLiteral("deye-sun-sg") << QStringLiteral("MAIN 1.0.2") << 20.0 << QStringLiteral("master-slave")
        << QStringLiteral("master-cable") << QStringList{QStringLiteral("P1")}
        << QStringList{
               QStringLiteral("bus-scan|present|P1|pass"),
               // Two modules answer at 0x03: the answers collide.
               QStringLiteral("bus-scan|*|P2|fail,warning"),
               // P3 went to sleep: the master answers for it that it cannot reach it.
               QStringLiteral("bus-scan|missing|P3|fail"),
               // Its last reading is older than the freshness limit: not judged.
               QStringLiteral("pre-parallel-soc|reading-stale|P3|not-measured"),
           }
        << true;
    QTest::newRow("mixed US3000C + US2000C")
        << QStringLiteral("commissioning-mixed-us3000c-us2000c.json")
        << QStringList{QStringLiteral("pylontech-us2000c:2"), QStringLiteral("pylontech-us3000c:2")} << QStringLiteral("deye-sun-sg")
        << QStringLiteral("MAIN 1.0.2") << 2.0 << QStringLiteral("master-slave") << QStringLiteral("master-cable") << QStringList{QStringLiteral("P1")}
        << QStringList{
               QStringLiteral("bus-scan|present|P1|pass"),
               QStringLiteral("bus-scan|present|P4|pass"),
               QStringLiteral("firmware-match|firmware-same|*|pass"),
               // Measured and shown: the smaller US2000C carry a smaller share.
               QStringLiteral("current-sharing|sharing|bank|info"),
           }
        << true;
    QTest::newRow("JK-B 2-pack single master on a Deye")
        << QStringLiteral("commissioning-jk-b-2pack.json") << QStringList{QStringLiteral("jk-b:2")} << QStringLiteral("deye-sun-sg")
        << QStringLiteral("MAIN 1.0.2") << 2.0 << QStringLiteral("single-master") << QStringLiteral("master-cable")
        << QStringList{QStringLiteral("P1")}
        << QStringList{
               QStringLiteral("bus-scan|present|P1|pass"),
               QStringLiteral("bus-scan|present|P2|pass"),
               // JK-B packs give no serial over this port: readings cannot be matched, so the
               // 78/66 % spread is marked, never judged by address.
               QStringLiteral("pre-parallel-soc|serial-not-recorded|P1|not-measured"),
               QStringLiteral("pre-parallel-soc|spread-not-measured|bank|not-measured"),
           }
        << true;
    QTest::newRow("Victron GX, two BMSs, a second BMS on P2's port")
        << QStringLiteral("commissioning-victron-gx-two-bms-on-one-port.json") << QStringList{QStringLiteral("can-bms-victron:2")}
        << QStringLiteral("victron-gx") << QString() << 2.0 << QStringLiteral("peer-to-peer") << QStringLiteral("aggregator-ports")
        << QStringList()
        << QStringList{
               QStringLiteral("two-masters|one-master|*|pass"),
               QStringLiteral("two-masters|two-masters|*|fail"),
               QStringLiteral("protocol-speed|protocol-speed-ok|*|pass"),
           }
        << false;
}

void TestCommissioningWizard::walk()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, batteries);
    QFETCH(QString, inverter);
    QFETCH(QString, firmware);
    QFETCH(double, before);
    QFETCH(QString, architecture);
    QFETCH(QString, topology);
    QFETCH(QStringList, masters);
    QFETCH(QStringList, expected);
    QFETCH(bool, handover);

    WizardRig rig(ScenarioRig::file(scenario), m_catalogue);
    rig.wizard.show();
    rig.scanOnce();
    WizardInputs in;
    in.inverter = inverter;
    in.firmware = firmware;
    in.batteries = batteries;
    CommissioningWizard &w = rig.wizard;

    toArchitecture(w, in);
    if (QTest::currentTestFailed())
        return;
    // The architecture, derived and explained in two sentences.
    QCOMPARE(ArchitectureNames::name(w.plan().architecture), architecture);
    QCOMPARE(PlanNames::topology(w.plan().topology), topology);
    QCOMPARE(w.plan().masters(), masters);
    QCOMPARE(w.architecturePage()->summaryText().count(QLatin1String(". ")) + 1, 2);
    next(w, CommissioningWizard::AddressId);

    addresses(w, rig.identities);
    if (QTest::currentTestFailed())
        return;
    cabling(w, in.cableM);
    if (QTest::currentTestFailed())
        return;
    inverterSettings(w);
    if (QTest::currentTestFailed())
        return;

    rig.bank.runFor(before);
    verify(rig, 30);
    if (QTest::currentTestFailed())
        return;
    const QList<CheckFinding> findings = w.verificationPage()->findings();
    if (qEnvironmentVariableIsSet("BANKSCOPE_DUMP_FINDINGS"))
        qWarning().noquote() << dump(findings);
    for (const QString &spec : expected) {
        const bool found = std::any_of(findings.begin(), findings.end(), [&spec](const CheckFinding &f) { return matches(f, spec); });
        if (!found)
            qWarning().noquote() << dump(findings);
        QVERIFY2(found, qPrintable(QStringLiteral("missing %1").arg(spec)));
    }
    // Nothing passes silently: a check that could not measure says so, and each has a next step.
    for (const CheckFinding &f : findings)
        QVERIFY2(!CommissioningChecks::nextStep(f).isEmpty(), qPrintable(f.code));
    // Every result is recorded in the plan, with the readings at hand-over.
    QCOMPARE(w.plan().checks.size(), findings.size());
    // A GX's BMSs have neither a bus address nor a serial on CAN: nothing to match readings by.
    QCOMPARE(w.plan().handover.has_value(), handover);
    next(w, CommissioningWizard::DrillId);
    next(w, CommissioningWizard::SummaryId);
    QVERIFY(w.summaryPage()->summaryHtml().contains(w.plan().site.toHtmlEscaped()));
}

void TestCommissioningWizard::deyeFirmwareRule()
{
    // Two JK-B packs could all hang on a Deye's bus, if its firmware polls several addresses.
    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-jk-b-2pack.json")), m_catalogue);
    rig.wizard.show();
    CommissioningWizard &w = rig.wizard;
    WizardInputs in;
    in.batteries = {QStringLiteral("jk-b:2")};
    site(w, in);
    // The catalogue says multi-BMS polling depends on the firmware: the version is mandatory.
    FirmwarePage *fw = w.firmwarePage();
    QVERIFY(fw->firmwareMandatory());
    QVERIFY(!fw->isComplete());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!fw->releaseNotesBox()->isEnabled()); // nothing to confirm without a version
    type(fw->versionEdit(), QStringLiteral("MAIN 2.3.1"));
    QVERIFY(fw->isComplete());
    QVERIFY(fw->releaseNotesBox()->isEnabled());
    QVERIFY(fw->findChild<QLabel *>(QStringLiteral("consequence"))->text().contains(QLatin1String("safe topology")));
    next(w, CommissioningWizard::BatteryId);
    batteries(w, in);
    // Version entered, release notes not confirmed: the safe topology, explained.
    QCOMPARE(w.plan().topology, Topology::MasterCable);
    QCOMPARE(w.plan().architecture, Architecture::SingleMaster);
    QVERIFY(w.architecturePage()->noteCodes().contains(QStringLiteral("safe-topology-firmware")));
    QVERIFY(w.architecturePage()->findChild<QLabel *>(QStringLiteral("howToMultiDrop")));

    // Back to the firmware step, confirm the release notes: now multi-drop is planned.
    w.back();
    w.back();
    QCOMPARE(w.currentId(), int(CommissioningWizard::FirmwareId));
    QTest::mouseClick(fw->releaseNotesBox(), Qt::LeftButton, {}, QPoint(4, fw->releaseNotesBox()->height() / 2));
    QVERIFY(fw->releaseNotesBox()->isChecked());
    next(w, CommissioningWizard::BatteryId);
    next(w, CommissioningWizard::ArchitectureId);
    QCOMPARE(w.plan().topology, Topology::MultiDrop);
    QVERIFY(w.plan().inverter.releaseNotesChecked);
    QCOMPARE(w.plan().inverter.firmware, QStringLiteral("MAIN 2.3.1"));
    QVERIFY(w.architecturePage()->noteCodes().contains(QStringLiteral("multi-drop-confirmed")));

    // Clearing the version takes the confirmation with it.
    w.back();
    w.back();
    type(fw->versionEdit(), QString());
    QVERIFY(!fw->releaseNotesBox()->isChecked());
    QVERIFY(!fw->isComplete());

    // An inverter whose catalogue entry depends on no firmware: the version is optional.
    w.back();
    choose(w.sitePage()->inverterBox(), QStringLiteral("growatt-spf"));
    next(w, CommissioningWizard::FirmwareId);
    QVERIFY(!fw->firmwareMandatory());
    QVERIFY(fw->isComplete());
}

void TestCommissioningWizard::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.conf")));
    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-pylontech-3pack.json")), m_catalogue);
    CommissioningWizard w(m_catalogue, &settings, &rig.source);
    w.setClock([&rig] { return QDateTime::fromMSecsSinceEpoch(rig.bank.clock.nowMs(), Qt::UTC); });
    w.setAskBeforeDiscarding(false);
    w.show();
    rig.scanOnce();
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};
    // A plan cannot be saved before it has batteries.
    QString error;
    QVERIFY(!w.savePlan(dir.filePath(QStringLiteral("early.json")), &error));
    QVERIFY(error.contains(QLatin1String("batteries")));
    toArchitecture(w, in);
    next(w, CommissioningWizard::AddressId);
    addresses(w, rig.identities);
    cabling(w, 1.5);
    inverterSettings(w);
    verify(rig, 30);
    next(w, CommissioningWizard::DrillId);
    next(w, CommissioningWizard::SummaryId);
    SummaryPage *summary = w.summaryPage();
    type(summary->customerEdit(), QStringLiteral("Mrs. F. Adeyemi"));
    QTest::mouseClick(summary->confirmBox(), Qt::LeftButton, {}, QPoint(4, summary->confirmBox()->height() / 2));
    const QString path = dir.filePath(QStringLiteral("adeyemi.json"));
    QVERIFY2(w.savePlan(path, &error), qPrintable(error));
    QVERIFY(!w.isModified());
    QCOMPARE(settings.planFolder(), dir.path());
    // Finish records the hand-over and saves.
    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(w.manualCheck(QStringLiteral("handover")));
    QVERIFY(w.manualCheck(QStringLiteral("handover"))->note.contains(QLatin1String("Mrs. F. Adeyemi")));
    QVERIFY(w.manualCheck(QStringLiteral("link0-empty")));
    QVERIFY(!w.isModified());
    // What the file holds (numbers are written rounded).
    const auto reread = PlanJson::parse(PlanJson::write(w.plan()), m_catalogue);
    QVERIFY(reread);
    const CommissioningPlan saved = *reread;

    // Reopened in a new wizard: the same plan, and the pages show it.
    CommissioningWizard again(m_catalogue, &settings, nullptr);
    again.setAskBeforeDiscarding(false);
    again.show();
    QVERIFY2(again.openPlan(path, &error), qPrintable(error));
    QCOMPARE(again.plan(), saved);
    QCOMPARE(again.currentId(), int(CommissioningWizard::SiteId));
    QCOMPARE(again.sitePage()->siteEdit()->text(), in.site);
    QCOMPARE(again.sitePage()->isolationEditor()->steps(), in.isolation);
    next(again, CommissioningWizard::FirmwareId);
    QCOMPARE(again.firmwarePage()->versionEdit()->text(), in.firmware);
    next(again, CommissioningWizard::BatteryId);
    QCOMPARE(again.batteryPage()->batteries(), saved.batteries);
    next(again, CommissioningWizard::ArchitectureId);
    next(again, CommissioningWizard::AddressId);
    QVERIFY(again.addressPage()->selectPack(QStringLiteral("P2")));
    QCOMPARE(again.addressPage()->serialEdit()->text(), saved.pack(QStringLiteral("P2"))->serial);
    QVERIFY(again.addressPage()->masterConfirmedBox()->isChecked());
    next(again, CommissioningWizard::CablingId);
    QCOMPARE(again.cablingPage()->lengthBox(QStringLiteral("P3"))->value(), 1.5);
    next(again, CommissioningWizard::InverterSettingsId);
    next(again, CommissioningWizard::VerificationId);
    // The recorded results show until the checks run again.
    QCOMPARE(again.verificationPage()->findings().size(), saved.checks.size());
    // Walking through changed nothing.
    QCOMPARE(again.plan(), saved);

    // A broken plan file is refused with the field named, and the wizard keeps its plan.
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QByteArray bytes = PlanJson::write(saved);
    bytes.replace("\"pylontech-us3000c\"", "\"pylontech-us9000x\"");
    broken.write(bytes);
    broken.close();
    QVERIFY(!again.openPlan(broken.fileName(), &error));
    QVERIFY2(error.contains(QLatin1String("model")), qPrintable(error));
    QCOMPARE(again.plan(), saved);
}

void TestCommissioningWizard::multiGroupAndPolledAtGroup1()
{
    // Ten US3000C: more than one group takes, so two groups, each master with its group on 2-4.
    WizardRig rig(ScenarioRig::demo(), m_catalogue);
    rig.wizard.show();
    CommissioningWizard &w = rig.wizard;
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:10")};
    toArchitecture(w, in);
    QVERIFY(w.architecturePage()->noteCodes().contains(QStringLiteral("groups-split")));
    next(w, CommissioningWizard::AddressId);
    AddressPage *a = w.addressPage();
    QCOMPARE(a->unitList()->topLevelItemCount(), 2); // "Group 1", "Group 2"
    QVERIFY(a->unitList()->topLevelItem(0)->text(0).contains(QLatin1String("1")));
    QVERIFY(a->selectPack(QStringLiteral("P1")));
    QCOMPARE(a->plannedDip()->positions(), QStringLiteral("0100")); // CAN: switch 1 OFF; group 1
    QVERIFY(a->selectPack(QStringLiteral("P6")));
    QCOMPARE(w.plan().pack(QStringLiteral("P6"))->role, PlanRole::Master);
    QCOMPARE(a->plannedDip()->positions(), QStringLiteral("0010")); // group 2
    QCOMPARE(*w.plan().pack(QStringLiteral("P6"))->address, 0x22);

    // An inverter that polls the master at 0x12: group 1 even for one tower, drawn so.
    w.back();
    w.back();
    w.back();
    w.back();
    QCOMPARE(w.currentId(), int(CommissioningWizard::SiteId));
    choose(w.sitePage()->inverterBox(), QStringLiteral("easun-smx-ii"));
    next(w, CommissioningWizard::FirmwareId);
    next(w, CommissioningWizard::BatteryId);
    w.batteryPage()->countBox(0)->setValue(3);
    next(w, CommissioningWizard::ArchitectureId);
    next(w, CommissioningWizard::AddressId);
    QVERIFY(a->noteCodes().contains(QStringLiteral("inverter-polls-group-1")));
    QVERIFY(a->selectPack(QStringLiteral("P1")));
    QCOMPARE(*w.plan().pack(QStringLiteral("P1"))->address, 0x12);
    QCOMPARE(a->plannedDip()->positions().mid(1), QStringLiteral("100"));
    QVERIFY(a->plannedDip()->accessibleDescription().contains(QLatin1String("switch 2 ON")));
}

void TestCommissioningWizard::pylontechConflictAndFoundSwitches()
{
    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-pylontech-3pack.json")), m_catalogue);
    rig.wizard.show();
    CommissioningWizard &w = rig.wizard;
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};
    toArchitecture(w, in);
    next(w, CommissioningWizard::AddressId);
    AddressPage *a = w.addressPage();
    // The fact sheet's reading, uncertain for US units, and the other reading as a conflict.
    QVERIFY(a->noteCodes().contains(QStringLiteral("pylontech-master-by-cable")));
    QVERIFY(a->noteCodes().contains(QStringLiteral("pylontech-switch1-conflict")));
    auto *byCable = a->findChild<FactLabel *>(QStringLiteral("note-pylontech-master-by-cable"));
    QVERIFY(byCable);
    QCOMPARE(byCable->confidence(), Confidence::Uncertain);
    QVERIFY(byCable->text().contains(QLatin1String("uncertain")));
    auto *conflict = a->findChild<FactLabel *>(QStringLiteral("note-pylontech-switch1-conflict"));
    QVERIFY(conflict);
    QVERIFY(conflict->text().contains(QLatin1String("still runs on CAN")));
    QVERIFY(!conflict->sources().isEmpty());
    QVERIFY(conflict->toolTip().contains(QLatin1String("eneronix")));
    QVERIFY(a->masterConfirmedBox()->text().contains(QLatin1String("Link 0 is empty")));

    // The master as planned: all OFF (CAN to a Deye: switch 1 does nothing; single group).
    QVERIFY(a->selectPack(QStringLiteral("P2")));
    QCOMPARE(a->plannedDip()->positions(), QStringLiteral("0000"));
    QVERIFY(!a->plannedDip()->isEditable());
    // The installer finds P2 set the other way (switch 1 ON "= slave") and records it.
    DipSwitchWidget *found = a->foundDip();
    QVERIFY(found->isEditable());
    found->setFocus();
    QTest::keyClick(found, Qt::Key_Home);
    QTest::keyClick(found, Qt::Key_Space);
    QCOMPARE(found->positions(), QStringLiteral("1000"));
    QVERIFY(a->comparison()->text().contains(QLatin1String("on RS485 this module would talk at 9600 baud")));
    // Switches 2-4 of a slave in one group are ignored: said so, no warning.
    QTest::keyClick(found, Qt::Key_Right);
    QTest::keyClick(found, Qt::Key_Up);
    QCOMPARE(found->positions(), QStringLiteral("1100"));
    QVERIFY(a->comparison()->text().contains(QLatin1String("ignored")));
    QTest::mouseClick(a->recordFoundBox(), Qt::LeftButton, {}, QPoint(4, a->recordFoundBox()->height() / 2));
    const ManualCheck *m = w.manualCheck(QStringLiteral("dip-P2"));
    QVERIFY(m);
    QVERIFY(m->note.contains(QLatin1String("1100")));
    QCOMPARE(m->status, CheckStatus::RecordedByHand); // on CAN switch 1 does no harm
    QCOMPARE(m->by, in.installer);

    // On the master, switches 2-4 matter: a wrong group is a warning.
    QVERIFY(a->selectPack(QStringLiteral("P1")));
    QCOMPARE(found->positions(), QStringLiteral("0000"));
    QTest::keyClick(found, Qt::Key_3);
    QTest::keyClick(found, Qt::Key_Space);
    QCOMPARE(found->positions(), QStringLiteral("0010"));
    QVERIFY(a->comparison()->text().startsWith(QStringLiteral("\u26a0")));
    QVERIFY(a->comparison()->text().contains(QLatin1String("0x22")));
}

void TestCommissioningWizard::notInCatalogue()
{
    WizardRig rig(ScenarioRig::demo(), m_catalogue);
    rig.wizard.show();
    CommissioningWizard &w = rig.wizard;
    WizardInputs in;
    in.inverter = QStringLiteral("other");
    in.otherInverter = QStringLiteral("Must PV1800");
    in.batteries = {QStringLiteral("pylontech-us3000c:2")};
    toArchitecture(w, in);
    QCOMPARE(w.plan().inverter.model.name, QStringLiteral("Must PV1800"));
    QVERIFY(w.architecturePage()->noteCodes().contains(QStringLiteral("inverter-not-in-catalogue")));
    next(w, CommissioningWizard::AddressId);
    next(w, CommissioningWizard::CablingId);
    next(w, CommissioningWizard::InverterSettingsId);
    InverterSettingsPage *s = w.inverterSettingsPage();
    const QString unknown = UnknownNames::label(Unknown::NotInCatalogue);
    QVERIFY2(s->menuPath()->text().contains(unknown), qPrintable(s->menuPath()->text()));
    QVERIFY(s->setting()->text().contains(unknown));
    QVERIFY(s->wireText().contains(unknown));
    QVERIFY(!s->commLossValueBox()->isEnabled());
}

void TestCommissioningWizard::recordByHand()
{
    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-jk-b-2pack.json")), m_catalogue);
    rig.wizard.show();
    CommissioningWizard &w = rig.wizard;
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("jk-b:2")};
    toArchitecture(w, in);
    next(w, CommissioningWizard::AddressId);
    next(w, CommissioningWizard::CablingId);
    next(w, CommissioningWizard::InverterSettingsId);
    next(w, CommissioningWizard::VerificationId);
    verify(rig, 20);
    VerificationPage *v = w.verificationPage();
    int row = -1;
    for (int r = 0; r < v->model()->rowCount(); ++r)
        if (v->model()->finding(r)->code == QLatin1String("spread-not-measured") && v->model()->finding(r)->check == QLatin1String("pre-parallel-soc"))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(!v->recordByHand(row, CheckStatus::RecordedByHand, QStringLiteral("  "), QString())); // a note is needed
    QVERIFY(v->recordByHand(row, CheckStatus::RecordedByHand, QStringLiteral("Both packs at 53.1 V on the multimeter"), QStringLiteral("IMG_2050.jpg")));
    const ManualCheck *m = w.manualCheck(QStringLiteral("pre-parallel-soc: bank"));
    QVERIFY(m);
    QCOMPARE(m->photo, QStringLiteral("IMG_2050.jpg"));
    QCOMPARE(m->status, CheckStatus::RecordedByHand);
    QVERIFY(v->model()->index(row, CheckFindingsModel::ResultColumn).data().toString().contains(QLatin1String("by hand")));
    // The summary no longer counts it as open.
    next(w, CommissioningWizard::DrillId);
    next(w, CommissioningWizard::SummaryId);
    const QString open = w.summaryPage()->openItems().join(QLatin1Char('\n'));
    const int notMeasured = int(std::count_if(w.plan().checks.begin(), w.plan().checks.end(),
                                              [](const PlanCheck &c) { return c.status == CheckStatus::NotMeasured; }));
    QVERIFY2(open.contains(QStringLiteral("%1 check(s) not measured and not checked by hand").arg(notMeasured - 1)), qPrintable(open));
}

void TestCommissioningWizard::windowHookAndReport()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.conf")));
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("commissioning-pylontech-3pack.json")));
    MainWindow window(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    QVERIFY(!window.commissionAction()->isEnabled()); // no catalogue yet
    window.setWorkflowServices(&m_catalogue, &settings);
    QVERIFY(window.commissionAction()->isEnabled());
    window.show();
    window.commissionAction()->trigger();
    auto *w = window.findChild<CommissioningWizard *>();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    QVERIFY(w->source());
    // A second trigger raises the same wizard.
    window.commissionAction()->trigger();
    QCOMPARE(window.findChildren<CommissioningWizard *>().size(), 1);

    w->setAskBeforeDiscarding(false);
    w->setClock([&rig] { return QDateTime::fromMSecsSinceEpoch(rig.clock.nowMs(), Qt::UTC); });
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};
    toArchitecture(*w, in);
    next(*w, CommissioningWizard::AddressId);

    // The report of the plan as it stands, from the window path, to PDF.
    settings.setPrintLanguage(QStringLiteral("en"));
    ReportDialog report(w->plan(), &settings);
    report.setClock([&rig] { return QDateTime::fromMSecsSinceEpoch(rig.clock.nowMs(), Qt::UTC); });
    QCOMPARE(report.language(), QStringLiteral("en"));
    QVERIFY(report.html().contains(QLatin1String("Adeyemi residence")));
    QVERIFY(report.html().contains(QLatin1String("Signature")));
    const QString pdf = TestData::outputPath(QStringLiteral("wizard-report.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(report.exportPdf(pdf, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 2);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    // A language the program has no translation for falls back to English, never to the window's.
    report.setLanguage(QStringLiteral("zz"));
    QVERIFY(report.html().contains(QLatin1String("lang=\"en\"")));
    QCOMPARE(settings.printLanguage(), QStringLiteral("zz"));
    w->close();
}

QTEST_MAIN(TestCommissioningWizard)
#include "tst_commissioningwizard.moc"
