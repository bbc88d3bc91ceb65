// The commissioning wizard's Failover drill page on a real BankSession listening to bankscope-sim on
// Qt's virtualcan: Start needs a live link and the confirmation; the drill runs end to end (the
// master dies when told, the stand-in is promoted at its step, one master again, then the restore)
// and its record lands in the wizard's plan, where the planner then prints the proved step; an abort
// gives the restore and ends only once one master is heard. Pictures of the page before, during and
// after the drill are saved in the build tree.

#include "banksession.h"
#include "canlink.h"
#include "clock.h"
#include "commissioningwizard.h"
#include "drillpage.h"
#include "failoverplanner.h"
#include "planner.h"
#include "testdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

namespace {

CommissioningPlan examplePlan(const Catalogue &catalogue)
{
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the example plan");
    const auto plan = PlanJson::parse(f.readAll(), catalogue);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    return *plan;
}

// bankscope-sim broadcasting a three-pack Pylontech bank's Pylon CAN on virtualcan:can0.
struct Simulator
{
    QTemporaryDir dir;
    QProcess process;

    bool start()
    {
        const QString scenario = dir.filePath(QStringLiteral("s.json"));
        QFile f(scenario);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(R"({"name": "drill", "baud": 115200, "packs": [{"id": "P1", "address": 2}, {"id": "P2", "address": 3},
                   {"id": "P3", "address": 4}], "load": [[0, -30]]})");
        f.close();
        process.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--can"), QStringLiteral("virtualcan:can0")});
        return process.waitForStarted();
    }
    void command(const char *line)
    {
        process.write(line);
        process.waitForBytesWritten(5000);
    }
    ~Simulator()
    {
        command("quit\n");
        if (!process.waitForFinished(5000))
            process.kill();
    }
};

SessionPlan listenOnVirtualCan()
{
    SessionSource s;
    s.kind = SessionSource::Kind::CanPlugin;
    s.device = QStringLiteral("virtualcan:can0");
    s.protocol = ProtocolId::PylonCan;
    s.speed = 500000;
    SessionPlan plan;
    plan.sources.append(s);
    return plan;
}

void save(QWidget &w, const QString &name)
{
    QApplication::processEvents();
    QVERIFY(w.grab().save(TestData::outputPath(QStringLiteral("drill-page-%1.png").arg(name))));
}

} // namespace

class TestDrillPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startNeedsLinkAndConfirmation();
    void drillAgainstSimulator();
    void abortEndsWithOneMaster();
    void gxDrillAgainstSimulator();

private:
    // Plays the installer: does what each instruction says on the simulator, presses Done.
    QString play(DrillPage *page, Simulator &sim, bool abortAtFirstStep, QWidget *shoot);
    Catalogue m_catalogue;
};

void TestDrillPage::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_catalogue = Catalogue::builtIn();
}

void TestDrillPage::startNeedsLinkAndConfirmation()
{
    CommissioningWizard w(m_catalogue, nullptr, nullptr);
    w.setAskBeforeDiscarding(false);
    w.setPlan(examplePlan(m_catalogue));
    w.setStartId(CommissioningWizard::DrillId);
    w.show();
    w.restart();
    DrillPage *page = w.drillPage();
    QCOMPARE(w.currentId(), int(CommissioningWizard::DrillId));
    // No session: no drill, and the page says why; Next stays open (the drill is optional).
    QVERIFY2(page->blocked().contains(QLatin1String("No live link")), qPrintable(page->blocked()));
    page->confirmBox()->setChecked(true);
    QVERIFY(!page->startButton()->isEnabled());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->consequenceLabel()->text().contains(QLatin1String("BMS_Err_Stop")));
    save(w, QStringLiteral("no-link"));

    // A listening session: Start waits for the confirmation.
    SessionClock clock;
    BankSession session(clock);
    QVERIFY(session.start(listenOnVirtualCan()));
    w.setDrillSession(&session);
    w.restart();
    QVERIFY2(page->blocked().isEmpty(), qPrintable(page->blocked()));
    page->confirmBox()->setChecked(false);
    QVERIFY(!page->startButton()->isEnabled());
    QTest::mouseClick(page->confirmBox(), Qt::LeftButton, {}, QPoint(4, page->confirmBox()->height() / 2));
    QVERIFY(page->confirmBox()->isChecked());
    QVERIFY(page->startButton()->isEnabled());
    session.stop();
}

QString TestDrillPage::play(DrillPage *page, Simulator &sim, bool abortAtFirstStep, QWidget *shoot)
{
    QSignalSpy finished(page, &DrillPage::drillFinished);
    QDeadlineTimer deadline(120000);
    DrillInstruction last;
    bool aborted = false;
    bool shotStep = false;
    while (finished.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(50);
        const FailoverDrill *drill = page->drill();
        if (!drill || drill->instruction() == last)
            continue;
        last = drill->instruction();
        if (last.code == QLatin1String("switch-off-master"))
            sim.command("fault master-dies\n");
        if (!last.needsDone)
            continue;
        if (abortAtFirstStep && !aborted) {
            aborted = true;
            QTest::mouseClick(page->abortButton(), Qt::LeftButton);
            last = {};
            continue;
        }
        const QString step = last.step ? last.step->code : last.code;
        if (step == QLatin1String("plug-standin-inverter")) {
            if (shoot && !shotStep) {
                shotStep = true;
                save(*shoot, QStringLiteral("step"));
            }
            sim.command("promote P2\n");
        } else if (step == QLatin1String("unplug-standin-inverter")) {
            sim.command("fault master-dies P2\n");
        } else if (step == QLatin1String("plug-repaired-inverter")) {
            sim.command("clear promote\nclear master-dies P2\nclear master-dies\n");
        } else if (step == QLatin1String("restore-master")) {
            sim.command("clear master-dies\n");
        }
        if (!page->doneButton()->isEnabled())
            return QStringLiteral("Done disabled at %1").arg(step);
        QTest::mouseClick(page->doneButton(), Qt::LeftButton);
    }
    return finished.isEmpty() ? QStringLiteral("timed out") : finished.first().first().toString();
}

void TestDrillPage::drillAgainstSimulator()
{
    Simulator sim;
    QVERIFY(sim.start());
    SessionClock clock;
    BankSession session(clock);
    QVERIFY(session.start(listenOnVirtualCan()));
    CommissioningWizard w(m_catalogue, nullptr, nullptr);
    w.setAskBeforeDiscarding(false);
    w.setPlan(examplePlan(m_catalogue));
    w.setDrillSession(&session);
    w.setStartId(CommissioningWizard::DrillId);
    w.show();
    w.restart();
    DrillPage *page = w.drillPage();
    QVERIFY(page->consequenceLabel()->text().contains(QLatin1String("lose battery data for up to 10 minutes")));
    QTest::mouseClick(page->confirmBox(), Qt::LeftButton, {}, QPoint(4, page->confirmBox()->height() / 2));
    save(w, QStringLiteral("confirmed"));
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    // While the drill runs the wizard cannot be left, and Start is off.
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->startButton()->isEnabled());

    const QString result = play(page, sim, false, &w);
    QCOMPARE(result, QStringLiteral("passed"));
    save(w, QStringLiteral("passed"));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QStringList shown;
    for (int i = 0; i < page->timelineView()->count(); ++i)
        shown.append(page->timelineView()->item(i)->data(Qt::UserRole).toString());
    for (const char *e : {"baseline", "broadcast-silent", "master-heard", "one-master", "restored", "drill-passed"})
        QVERIFY2(shown.contains(QLatin1String(e)), e);

    // The record is the plan's now, and the planner prints the step the drill proved.
    const auto record = FailoverRecord::of(w.plan());
    QVERIFY(record && record->drill);
    QCOMPARE(record->drill->result, QStringLiteral("passed"));
    const auto planned = FailoverPlanner::plan(w.plan(), m_catalogue);
    QVERIFY(planned);
    bool proved = false;
    for (const FailoverStep &s : planned->procedure.steps)
        proved = proved || (s.code == QLatin1String("plug-standin-inverter") && s.basis == StepBasis::ProvedByDrill);
    QVERIFY(proved);
    QVERIFY(w.isModified());
    QCOMPARE(session.canLink(0)->stats().sent, quint64(0));
    session.stop();
}

void TestDrillPage::abortEndsWithOneMaster()
{
    Simulator sim;
    QVERIFY(sim.start());
    SessionClock clock;
    BankSession session(clock);
    QVERIFY(session.start(listenOnVirtualCan()));
    CommissioningWizard w(m_catalogue, nullptr, nullptr);
    w.setAskBeforeDiscarding(false);
    w.setPlan(examplePlan(m_catalogue));
    w.setDrillSession(&session);
    w.setStartId(CommissioningWizard::DrillId);
    w.show();
    w.restart();
    DrillPage *page = w.drillPage();
    page->confirmBox()->setChecked(true);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    const QString result = play(page, sim, true, nullptr);
    QCOMPARE(result, QStringLiteral("aborted"));
    save(w, QStringLiteral("aborted"));
    QStringList shown;
    for (int i = 0; i < page->timelineView()->count(); ++i)
        shown.append(page->timelineView()->item(i)->data(Qt::UserRole).toString());
    QVERIFY(shown.indexOf(QLatin1String("aborted")) >= 0);
    QVERIFY(shown.indexOf(QLatin1String("aborted")) < shown.indexOf(QLatin1String("restored")));
    const auto record = FailoverRecord::of(w.plan());
    QVERIFY(record && record->drill);
    QCOMPARE(record->drill->result, QStringLiteral("aborted"));
    QVERIFY(record->drill->proved.isEmpty());
    session.stop();
}

// A GX bank: two Victron-dialect BMSs, each on its own virtualcan interface, the window's session
// listening on both (one link per BMS, in the plan's order), the simulated GX on them too.
void TestDrillPage::gxDrillAgainstSimulator()
{
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("gx.json"));
    {
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "gx drill", "protocol": "victron-can", "packs": [{"id": "P1", "capacity_Ah": 200, "soc_pct": 72},
                   {"id": "P2", "capacity_Ah": 100, "soc_pct": 65}], "load": [[0, -30]]})");
    }
    QProcess bank, gx;
    bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    gx.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--gx"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    QVERIFY(bank.waitForStarted() && gx.waitForStarted());

    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/victron-gx-2bms.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto parsed = PlanJson::parse(f.readAll(), m_catalogue);
    QVERIFY(parsed);
    CommissioningPlan plan = *parsed;
    plan.isolationOrder.origin = OrderOrigin::Installer;
    plan.isolationOrder.steps = Planner::parseOrder(QStringLiteral("Switch the Multi off [Q1]; Open the battery DC breaker [Q2]"));
    plan.powerUpOrder.origin = OrderOrigin::Installer;
    plan.powerUpOrder.steps = Planner::parseOrder(QStringLiteral("Close the battery DC breaker [Q2]; Switch the Multi on [Q1]"));

    SessionClock clock;
    BankSession session(clock);
    SessionPlan two = listenOnVirtualCan();
    two.sources.append(two.sources.first());
    two.sources[1].device = QStringLiteral("virtualcan:can1");
    QVERIFY(session.start(two));
    CommissioningWizard w(m_catalogue, nullptr, nullptr);
    w.setAskBeforeDiscarding(false);
    w.setPlan(plan);
    w.setDrillSession(&session);
    w.setStartId(CommissioningWizard::DrillId);
    w.show();
    w.restart();
    DrillPage *page = w.drillPage();
    QVERIFY2(page->blocked().isEmpty(), qPrintable(page->blocked()));
    QVERIFY2(page->consequenceLabel()->text().contains(QLatin1String("The BMS P1 will be switched off")), qPrintable(page->consequenceLabel()->text()));
    page->confirmBox()->setChecked(true);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());

    QSignalSpy finished(page, &DrillPage::drillFinished);
    QDeadlineTimer deadline(120000);
    DrillInstruction last;
    bool shot = false;
    while (finished.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(50);
        const FailoverDrill *drill = page->drill();
        if (!drill || drill->instruction() == last)
            continue;
        last = drill->instruction();
        if (last.code == QLatin1String("gx-switch-off"))
            bank.write("fault slave-offline P1\n");
        if (last.code == QLatin1String("gx-listen") && !shot) {
            shot = true;
            save(w, QStringLiteral("gx-listening"));
        }
        if (!last.needsDone)
            continue;
        if (last.step && last.step->code == QLatin1String("restore-bms"))
            bank.write("clear slave-offline P1\n");
        QVERIFY(page->doneButton()->isEnabled());
        QTest::mouseClick(page->doneButton(), Qt::LeftButton);
    }
    QVERIFY(!finished.isEmpty());
    QCOMPARE(finished.first().first().toString(), QStringLiteral("passed"));
    save(w, QStringLiteral("gx-passed"));
    const auto record = FailoverRecord::of(w.plan());
    QVERIFY(record && record->drill && record->drill->bank);
    QCOMPARE(record->drill->bank->before.capacityAh.value_or(-1), 300.0);
    QVERIFY(record->drill->bank->after);
    QCOMPARE(record->drill->bank->after->capacityAh.value_or(-1), 100.0);
    QVERIFY(record->drill->proved.contains(QLatin1String(FailoverFacts::kCarriesOn)));
    QCOMPARE(session.canLink(0)->stats().sent + session.canLink(1)->stats().sent, quint64(0));
    session.stop();
    for (QProcess *p : {&bank, &gx}) {
        p->write("quit\n");
        if (!p->waitForFinished(5000))
            p->kill();
    }
}

QTEST_MAIN(TestDrillPage)
#include "tst_drillpage.moc"
