#include "bankmonitor.h"
#include "demobank.h"

#include <QSignalSpy>
#include <QTest>

class TestBankMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshEmitsOnceAndBumpsRevision();
    void silencedPackGoesStaleOnTheInjectedClock();
    void markOffline();
    void policyAndArchitectureSwitch();
};

void TestBankMonitor::refreshEmitsOnceAndBumpsRevision()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    QSignalSpy spy(&monitor, &BankMonitor::refreshed);
    const quint64 before = monitor.revision();
    monitor.updateReadings(bank.step(clock.nowMs()));
    QCOMPARE(spy.count(), 0); // readings alone do not repaint: refresh is the tick
    monitor.refresh();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(monitor.revision(), before + 1);
    QCOMPARE(*monitor.result().bankTruth.value(ViewFieldId::OnlinePacks), 4.0);
}

void TestBankMonitor::silencedPackGoesStaleOnTheInjectedClock()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    monitor.updateReadings(bank.step(0));
    for (qint64 t = 1000; t <= 11'000; t += 1000) {
        clock.setNowMs(t);
        QList<PackReading> r = bank.step(t);
        r.removeAt(3); // P4 falls silent after t = 0
        monitor.updateReadings(r);
    }
    monitor.refresh();
    QCOMPARE(monitor.result().packs[3].state, PackState::Stale);
    QCOMPARE(*monitor.result().packs[3].ageS, 11.0);
    QCOMPARE(*monitor.result().bankTruth.value(ViewFieldId::OnlinePacks), 3.0);
}

void TestBankMonitor::markOffline()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    monitor.updateReadings(bank.step(0));
    monitor.markOffline(QStringLiteral("P1"));
    monitor.refresh();
    QCOMPARE(monitor.result().packs[0].state, PackState::MarkedOffline);
    QVERIFY(!monitor.result().inverterSees); // master lost in a master-slave bank
}

void TestBankMonitor::policyAndArchitectureSwitch()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    monitor.updateReadings(bank.step(0));
    AggregationPolicy policy;
    policy.currentLimits = CurrentLimitRule::Sum;
    monitor.setPolicy(policy);
    QCOMPARE(monitor.result().bankTruth[ViewFieldId::CclA].provenance.rule, Rule::Sum);
    monitor.setArchitecture(Architecture::SingleMaster);
    QCOMPARE((*monitor.result().inverterSees)[ViewFieldId::SocPct].provenance.rule, Rule::MasterOnly);
}

QTEST_GUILESS_MAIN(TestBankMonitor)
#include "tst_bankmonitor.moc"
