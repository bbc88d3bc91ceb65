// Workflows > Diagnose a communication fault… (issue 22 item 4): the assistant's dialog on the
// recordings of the wire in tests/data/diagnosis, the walk through the checks by hand (each answer
// recorded and the causes ranked again), a file that is not a recording, the window's action, and
// a picture of the dialog (saved in the build tree and looked at).

#include "catalogue.h"
#include "commissioningplan.h"
#include "diagnosisdialog.h"
#include "mainwindow.h"
#include "scenariorig.h"
#include "testdata.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

class TestDiagnosisDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksTheChecksAndRecordsWhatWasFound();
    void aFileThatIsNotARecording();
    void noBytesAsksForTheFirstCheck();
    void openedFromTheWorkflowsMenu();
    void checksAreSavedIntoThePlan();
    void withThePlanTheInverterSideIsWeighed();
};

void TestDiagnosisDialog::walksTheChecksAndRecordsWhatWasFound()
{
    DiagnosisDialog dialog;
    QVERIFY(dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/asleep.log"))));
    QCOMPARE(dialog.result().causes.first().code, QStringLiteral("bms-asleep"));
    QCOMPARE(dialog.result().causes.first().confidence, DiagnosisConfidence::Medium);
    QCOMPARE(dialog.causesView()->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("bms-asleep"));
    QVERIFY(dialog.causesView()->topLevelItem(0)->childCount() >= 3); // evidence, cannot tell from, next step
    // The wire cannot tell asleep from off or cut: the LEDs can.
    QCOMPARE(dialog.currentCheck(), QStringLiteral("leds"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString before = TestData::outputPath(QStringLiteral("diagnosis-dialog.png"));
    QVERIFY2(dialog.grab().save(before), qPrintable(before));

    // The technician sees RUN flash briefly: standby. Recorded, and asleep is now told apart.
    auto *standby = dialog.findChild<QPushButton *>(QStringLiteral("answer-standby"));
    QVERIFY(standby);
    QTest::mouseClick(standby, Qt::LeftButton);
    QCOMPARE(dialog.findings().size(), 1);
    QCOMPARE(dialog.findings().first().check, QStringLiteral("leds"));
    QCOMPARE(dialog.findings().first().outcome, QStringLiteral("standby"));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("diagnosisFound"))->count(), 1);
    QCOMPARE(dialog.result().causes.size(), 1);
    QCOMPARE(dialog.result().causes.first().code, QStringLiteral("bms-asleep"));
    QVERIFY(dialog.result().causes.first().confirmedByHand);
    QCOMPARE(dialog.result().causes.first().confidence, DiagnosisConfidence::High);
    const QJsonObject j = dialog.toJson();
    QCOMPARE(j.value(QStringLiteral("found_by_hand")).toArray().size(), 1);
    QCOMPARE(j.value(QStringLiteral("causes")).toArray().size(), 1);
    const QString after = TestData::outputPath(QStringLiteral("diagnosis-dialog-after-check.png"));
    QVERIFY2(dialog.grab().save(after), qPrintable(after));
}

void TestDiagnosisDialog::aFileThatIsNotARecording()
{
    DiagnosisDialog dialog;
    QVERIFY(!dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/bank-3pack.json"))));
    QVERIFY2(dialog.errorText().contains(QLatin1String("not a recording")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/no-such-file.log"))));
    QVERIFY2(dialog.errorText().startsWith(QLatin1String("Cannot read")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.result().causes.isEmpty());
    // A good file after a bad one works.
    QVERIFY(dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/duplicate-address.log"))));
    QCOMPARE(dialog.result().causes.first().code, QStringLiteral("duplicate-address"));
    QVERIFY(dialog.currentCheck().isEmpty()); // nothing to separate
}

void TestDiagnosisDialog::noBytesAsksForTheFirstCheck()
{
    DiagnosisDialog dialog;
    QVERIFY(dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/no-bytes.log"))));
    QVERIFY(!dialog.currentCheck().isEmpty());
    QVERIFY(dialog.result().causes.size() >= 3);
    // The plug is seated: "not connected" is ruled out, and the next check is asked.
    const QString first = dialog.currentCheck();
    dialog.recordFinding(QStringLiteral("plug-and-terminals"), QStringLiteral("seated"), QStringLiteral("RJ45 clicked in at both ends"));
    QVERIFY(!dialog.result().cause(QStringLiteral("not-connected")));
    QCOMPARE(dialog.result().ruledOut.first().code, QStringLiteral("not-connected"));
    QVERIFY(dialog.currentCheck() != first || first != QLatin1String("plug-and-terminals"));
    QCOMPARE(dialog.findings().first().note, QStringLiteral("RJ45 clicked in at both ends"));
}

void TestDiagnosisDialog::openedFromTheWorkflowsMenu()
{
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    QVERIFY(window.diagnoseAction());
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->objectName() == QLatin1String("workflowsMenu"))
            inMenu = menu->menu()->actions().contains(window.diagnoseAction());
    QVERIFY(inMenu);
    QCOMPARE(window.diagnoseAction()->text(), QStringLiteral("&Diagnose a communication fault\u2026"));
    QList<MainWindow::FileChoice> asked;
    window.setFileChooser([&](MainWindow::FileChoice choice, const QString &) {
        asked.append(choice);
        return TestData::path(QStringLiteral("diagnosis/master-dies.log"));
    });
    DiagnosisDialog *dialog = window.openDiagnosis();
    QVERIFY(dialog);
    QVERIFY(dialog->result().causes.isEmpty()); // nothing recorded yet: it asks for a file
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("diagnosisOpen")), Qt::LeftButton);
    QCOMPARE(asked, QList<MainWindow::FileChoice>{MainWindow::FileChoice::DiagnoseRecording});
    QCOMPARE(dialog->result().causes.first().code, QStringLiteral("master-dead"));
    dialog->close();
}

void TestDiagnosisDialog::checksAreSavedIntoThePlan()
{
    // The site's plan open in the assistant: each answer goes into the plan at once (with its time;
    // "could not check" too), a second session reads them back and ranks with them.
    const Catalogue catalogue = Catalogue::builtIn();
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("site.json"));
    QVERIFY(QFile::copy(TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json")), planPath));
    QFile::setPermissions(planPath, QFile::ReadOwner | QFile::WriteOwner);
    {
        DiagnosisDialog dialog;
        dialog.setCatalogue(&catalogue);
        dialog.setPlanChooser([&] { return planPath; });
        QVERIFY(dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/no-bytes.log"))));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("diagnosisOpenPlan")), Qt::LeftButton);
        QCOMPARE(dialog.planPath(), planPath);
        QVERIFY(dialog.findings().isEmpty());
        QVERIFY(dialog.result().cause(QStringLiteral("ab-swapped")));
        // The wiring was followed: A to A, B to B.
        dialog.recordFinding(QStringLiteral("ab-gnd"), QStringLiteral("correct"), QStringLiteral("A-A, B-B at the RJ45"));
        QVERIFY(!dialog.result().cause(QStringLiteral("ab-swapped")));
        // The next check cannot be made here: recorded as not done, and the one after is asked.
        const QString skipped = dialog.currentCheck();
        QVERIFY(!skipped.isEmpty());
        auto *notDone = dialog.findChild<QPushButton *>(QStringLiteral("answer-not-done"));
        QVERIFY(notDone);
        QTest::mouseClick(notDone, Qt::LeftButton);
        QCOMPARE(dialog.findings().size(), 2);
        QVERIFY(!dialog.findings().last().done);
        QVERIFY(dialog.currentCheck() != skipped);
        // Another check that would tell the same causes apart is asked instead.
        QVERIFY(!dialog.currentCheck().isEmpty());
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("diagnosisFound"))->count(), 2);
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("diagnosisPlan"))->text().contains(QLatin1String("2 check")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("diagnosisPlan"))->text()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shot = TestData::outputPath(QStringLiteral("diagnosis-dialog-plan.png"));
        QVERIFY2(dialog.grab().save(shot), qPrintable(shot));

        // In the plan on disk, as version 2.
        QFile f(planPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt(), 2);
        const auto plan = PlanJson::parse(bytes, catalogue);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->diagnosisChecks.size(), 2);
        QCOMPARE(plan->diagnosisChecks[0].check, QStringLiteral("ab-gnd"));
        QCOMPARE(plan->diagnosisChecks[0].outcome, QStringLiteral("correct"));
        QCOMPARE(plan->diagnosisChecks[0].note, QStringLiteral("A-A, B-B at the RJ45"));
        QVERIFY(QDateTime::fromString(plan->diagnosisChecks[0].at, Qt::ISODate).isValid());
        QCOMPARE(plan->diagnosisChecks[1].check, skipped);
        QVERIFY(!plan->diagnosisChecks[1].done);
        QVERIFY(plan->diagnosisChecks[1].outcome.isEmpty());
    }
    // A later session: the plan's checks are read back and used.
    DiagnosisDialog again;
    again.setCatalogue(&catalogue);
    QVERIFY(again.loadRecording(TestData::path(QStringLiteral("diagnosis/no-bytes.log"))));
    QVERIFY(again.openPlan(planPath));
    QCOMPARE(again.findings().size(), 2);
    QVERIFY(!again.result().cause(QStringLiteral("ab-swapped")));
    QCOMPARE(again.findChild<QListWidget *>(QStringLiteral("diagnosisFound"))->count(), 2);
    // A file that is not a plan is refused with the reason, the findings kept.
    QVERIFY(!again.openPlan(TestData::path(QStringLiteral("diagnosis/no-bytes.log"))));
    QVERIFY(!again.errorText().isEmpty());
    QCOMPARE(again.findings().size(), 2);
}

void TestDiagnosisDialog::withThePlanTheInverterSideIsWeighed()
{
    // A listen recording of the inverter's CAN cable, the inverter silent: the wire alone looks
    // healthy; with the plan, the Deye's missing keep-alive names the inverter's side.
    const Catalogue catalogue = Catalogue::builtIn();
    DiagnosisDialog dialog;
    dialog.setCatalogue(&catalogue);
    QVERIFY(dialog.loadRecording(TestData::path(QStringLiteral("diagnosis/can-inverter-silent.log"))));
    QVERIFY(dialog.result().noFaultSeen());
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("site.json"));
    QVERIFY(QFile::copy(TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json")), planPath));
    QFile::setPermissions(planPath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(dialog.openPlan(planPath));
    QVERIFY(!dialog.result().causes.isEmpty());
    QCOMPARE(dialog.result().causes.first().code, QStringLiteral("inverter-battery-type"));
    QVERIFY(dialog.result().causes.first().confidence != DiagnosisConfidence::High);
    QCOMPARE(dialog.currentCheck(), QStringLiteral("inverter-menu"));
    // The menu says the battery type is right: only the port's protocol is left.
    dialog.recordFinding(QStringLiteral("inverter-menu"), QStringLiteral("matches"));
    QVERIFY(!dialog.result().cause(QStringLiteral("inverter-battery-type")));
}

QTEST_MAIN(TestDiagnosisDialog)
#include "tst_diagnosisdialog.moc"
