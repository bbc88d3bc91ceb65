// Opens the demo window offscreen and checks its models with QAbstractItemModelTester.

#include "testdata.h"
#include "bankmonitor.h"
#include "demobank.h"
#include "findingsmodel.h"
#include "inverterviewmodel.h"
#include "mainwindow.h"
#include "packtablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void packTableShowsEveryPack();
    void peerToPeerPacksAreReadFromTheirOwnBms();
    void inverterViewShowsProvenance();
    void architectureSwitchChangesWhatTheInverterSees();
    void lostMasterIsShownPlainly();
    void whatTheInverterIsTold();
    void screenshot();

private:
    void feed(qint64 ms);

    ManualClock *m_clock = nullptr;
    DemoBank *m_bank = nullptr;
    BankMonitor *m_monitor = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_clock = new ManualClock(0);
    m_bank = new DemoBank(1);
    m_monitor = new BankMonitor(*m_clock, m_bank->config());
    feed(0);
    m_window = new MainWindow(*m_monitor, QStringLiteral("test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_monitor;
    delete m_bank;
    delete m_clock;
}

void TestMainWindow::feed(qint64 ms)
{
    m_clock->setNowMs(ms);
    m_monitor->updateReadings(m_bank->step(ms));
    m_monitor->refresh();
}

void TestMainWindow::modelsPassTheTester()
{
    QAbstractItemModelTester packs(m_window->packModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester inverter(m_window->inverterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findings(m_window->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Drive live updates, an architecture switch (findings change shape) and a lost pack
    // through the models while the testers watch.
    for (qint64 t = 500; t <= 5000; t += 500) {
        feed(t);
        m_window->tick();
    }
    m_monitor->setArchitecture(Architecture::SingleMaster);
    m_window->tick();
    m_monitor->markOffline(QStringLiteral("P2"));
    m_monitor->refresh();
    m_window->tick();
    QVERIFY(m_window->findingsModel()->rowCount() > 0);
}

void TestMainWindow::packTableShowsEveryPack()
{
    PackTableModel *m = m_window->packModel();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->columnCount(), int(PackTableModel::ColumnCount));
    QCOMPARE(m->data(m->index(0, PackTableModel::PackColumn)).toString(), QStringLiteral("P1"));
    QCOMPARE(m->data(m->index(0, PackTableModel::RoleColumn)).toString(), QStringLiteral("Master"));
    QCOMPARE(m->data(m->index(0, PackTableModel::StateColumn)).toString(), QStringLiteral("Online"));
    const PackReading *p3 = m_monitor->reading(QStringLiteral("P3"));
    QCOMPARE(m->data(m->index(2, PackTableModel::SocColumn), PackTableModel::RawValueRole).toDouble(), *p3->socPct);
    QCOMPARE(m->headerData(PackTableModel::SocColumn, Qt::Horizontal).toString(), QStringLiteral("SOC %"));
    // The view behind the proxy sorts by the raw value.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("packTable"));
    QVERIFY(view);
    view->sortByColumn(PackTableModel::SocColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, PackTableModel::PackColumn).data().toString(), QStringLiteral("P1")); // 78 %
}

void TestMainWindow::peerToPeerPacksAreReadFromTheirOwnBms()
{
    // A Victron-style CAN BMS reports only its lowest and highest cell and temperature.
    QList<PackReading> readings = m_bank->step(500);
    PackReading &p2 = readings[1];
    const ReadingSource src{QStringLiteral("can1"), QStringLiteral("pylon-can")};
    p2.cellsMv = {};
    p2.tempsC = {};
    p2.cellMinMv.set(3201, 500, src);
    p2.cellMaxMv.set(3344, 500, src);
    p2.tempMaxC.set(41.5, 500, src);
    m_clock->setNowMs(500);
    m_monitor->updateReadings(readings);
    m_monitor->setArchitecture(Architecture::PeerToPeer);
    m_monitor->refresh();
    m_window->tick();
    PackTableModel *m = m_window->packModel();
    QCOMPARE(m->data(m->index(0, PackTableModel::RoleColumn)).toString(), QStringLiteral("Peer"));
    QCOMPARE(m->data(m->index(1, PackTableModel::CellMinColumn), PackTableModel::RawValueRole).toDouble(), 3201.0);
    QCOMPARE(m->data(m->index(1, PackTableModel::CellMaxColumn), PackTableModel::RawValueRole).toDouble(), 3344.0);
    QCOMPARE(m->data(m->index(1, PackTableModel::CellDeltaColumn), PackTableModel::RawValueRole).toDouble(), 143.0);
    QCOMPARE(m->data(m->index(1, PackTableModel::TempMaxColumn), PackTableModel::RawValueRole).toDouble(), 41.5);
}

void TestMainWindow::inverterViewShowsProvenance()
{
    InverterViewModel *m = m_window->inverterModel();
    const int cellMinRow = static_cast<int>(ViewFieldId::CellMinMv);
    QCOMPARE(m->data(m->index(cellMinRow, InverterViewModel::SourceColumn)).toString(), QStringLiteral("P3 cell 7"));
    QCOMPARE(m->data(m->index(static_cast<int>(ViewFieldId::SocPct), InverterViewModel::RuleColumn)).toString(),
             QStringLiteral("capacity-weighted mean"));
    QCOMPARE(m->data(m->index(static_cast<int>(ViewFieldId::SocPct), InverterViewModel::SeenColumn), InverterViewModel::DiffersRole).toBool(), false);
}

void TestMainWindow::architectureSwitchChangesWhatTheInverterSees()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("architectureCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(Architecture::SingleMaster)));
    QCOMPARE(m_monitor->config().architecture, Architecture::SingleMaster);
    InverterViewModel *m = m_window->inverterModel();
    const int onlineRow = static_cast<int>(ViewFieldId::OnlinePacks);
    QCOMPARE(m->data(m->index(onlineRow, InverterViewModel::SeenColumn)).toString(), QStringLiteral("1"));
    QCOMPARE(m->data(m->index(onlineRow, InverterViewModel::SeenColumn), InverterViewModel::DiffersRole).toBool(), true);
}

void TestMainWindow::lostMasterIsShownPlainly()
{
    m_monitor->markOffline(QStringLiteral("P1"));
    m_monitor->refresh();
    m_window->tick();
    InverterViewModel *m = m_window->inverterModel();
    QCOMPARE(m->data(m->index(0, InverterViewModel::SeenColumn)).toString(), QStringLiteral("no data"));
    FindingsModel *f = m_window->findingsModel();
    QVERIFY(f->rowCount() > 0);
    QCOMPARE(f->data(f->index(0, 0), FindingsModel::CodeRole).toString(), QStringLiteral("master-lost"));
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary->text().contains(QStringLiteral("no BMS data")));
}

void TestMainWindow::whatTheInverterIsTold()
{
    InverterViewModel *m = m_window->inverterModel();
    const int socRow = static_cast<int>(ViewFieldId::SocPct);
    QCOMPARE(m->data(m->index(socRow, InverterViewModel::ToldColumn)).toString(), QStringLiteral("\u2014")); // no link decoded
    InverterView told;
    told[ViewFieldId::SocPct].value = 60.0; // the master tells the inverter something else
    told[ViewFieldId::SocPct].provenance.rule = Rule::Reported;
    m_monitor->setObserved(told);
    m_monitor->refresh();
    m_window->tick();
    QCOMPARE(m->data(m->index(socRow, InverterViewModel::ToldColumn)).toString(), QStringLiteral("60.0 %"));
    QVERIFY(m->data(m->index(socRow, InverterViewModel::ToldColumn), Qt::BackgroundRole).isValid()); // flagged
    QCOMPARE(m->headerData(InverterViewModel::ToldColumn, Qt::Horizontal).toString(), QStringLiteral("Inverter is told"));
}

void TestMainWindow::screenshot()
{
    // Kept as an artefact of the test run for a human to look at.
    feed(2000);
    m_window->tick();
    const QString path = TestData::outputPath(QStringLiteral("tst_mainwindow.png"));
    QVERIFY(m_window->grab().save(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
