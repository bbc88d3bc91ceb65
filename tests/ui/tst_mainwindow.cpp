// The window against simulated banks read through the real path (LoopbackBank), on an injected
// clock: every model passes QAbstractItemModelTester, and each page shows the right numbers,
// checked in its model (not by pixels) against the core's own results.

#include "scenariorig.h"
#include "testdata.h"

#include "appearance.h"
#include "cellmapmodel.h"
#include "cellspage.h"
#include "eventlogmodel.h"
#include "eventspage.h"
#include "findingsmodel.h"
#include "freezeframemodel.h"
#include "headlinebar.h"
#include "inverterpage.h"
#include "inverterviewmodel.h"
#include "lifepo4ocv.h"
#include "endpointstatsmodel.h"
#include "trafficmodel.h"
#include "linkspage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "packpage.h"
#include "packtablemodel.h"
#include "trendchart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester();
    void overviewShowsEveryPack();
    void overviewTellsApartWhyAPackIsQuiet();
    void cellMapCallsOutTheCoresWeakestCell();
    void cellMapMixesPackSizes();
    void packPageDrawsThePacksCells();
    void inverterViewShowsProvenance();
    void architectureSwitchChangesWhatTheInverterSees();
    void whatTheInverterIsToldIsComparedAtTheWiresGrain();
    void masterDiesShowsTheVoltageOnlyFallback();
    void singleMasterGapAndGeneratorPrediction();
    void overTemperatureLeavesAnEventWithItsFreezeFrame();
    void eventsFilterByPackAndSeverity();
    void trendMemoryStaysBoundedOverALongRun();
    void linksCountEveryExchangeAndEveryRowNotShown();
    void keyboardReachesEveryPage();
    void darkPaletteKeepsMismatchesReadable();
    void everyHeaderHasText();

private:
    static QList<QAbstractItemModel *> models(MainWindow &w);
};

QList<QAbstractItemModel *> TestMainWindow::models(MainWindow &w)
{
    return {w.packModel(),
            w.findingsModel(),
            w.inverterModel(),
            w.cellsPage()->model(),
            w.eventsPage()->model(),
            w.eventsPage()->proxy(),
            w.eventsPage()->freezeFrameModel(),
            w.linksPage()->statsModel(),
            w.linksPage()->trafficModel(),
            w.linksPage()->trafficProxy()};
}

void TestMainWindow::modelsPassTheTester()
{
    // Commissioning mistakes change every model's shape: events appear, packs fall silent,
    // traffic rows come and go, the freeze-frame is replaced.
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-wiring-faults.json")));
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *m : models(w))
        testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (int i = 0; i < 100; ++i) { // 50 s: every fault of the scenario has fired
        rig.runFor(0.5);
        w.tick();
        if (i % 10 == 0 && !rig.monitor.events().events().isEmpty())
            w.eventsPage()->selectEvent(rig.monitor.events().events().last().id);
    }
    rig.monitor.setArchitecture(Architecture::SingleMaster);
    w.tick();
    w.linksPage()->setPaused(true);
    rig.runFor(5);
    w.tick();
    w.linksPage()->setPaused(false);
    w.tick();
    QVERIFY(w.eventsPage()->model()->rowCount() >= 3);
    QVERIFY(w.linksPage()->trafficModel()->rowCount() > 100);
    QVERIFY(w.eventsPage()->freezeFrameModel()->rowCount() > 50);
}

void TestMainWindow::overviewShowsEveryPack()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(5);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    PackTableModel *m = w.packModel();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->columnCount(), int(PackTableModel::ColumnCount));
    QCOMPARE(m->data(m->index(0, PackTableModel::PackColumn)).toString(), QStringLiteral("P1"));
    QCOMPARE(m->data(m->index(0, PackTableModel::RoleColumn)).toString(), QStringLiteral("Master"));
    QCOMPARE(m->data(m->index(1, PackTableModel::RoleColumn)).toString(), QStringLiteral("Slave"));
    QCOMPARE(m->data(m->index(0, PackTableModel::StateColumn)).toString(), QStringLiteral("Online"));
    QCOMPARE(m->data(m->index(0, PackTableModel::AddressColumn)).toString(), QStringLiteral("2"));
    // The numbers are the decoded readings, unrounded in the raw role.
    const PackReading *p3 = rig.monitor.reading(QStringLiteral("P3"));
    QCOMPARE(m->data(m->index(2, PackTableModel::SocColumn), PackTableModel::RawValueRole).toDouble(), *p3->socPct);
    QCOMPARE(m->data(m->index(2, PackTableModel::CvlColumn), PackTableModel::RawValueRole).toDouble(), *p3->cvlV);
    const auto cells = PackCells::extremes(*p3);
    QCOMPARE(m->data(m->index(2, PackTableModel::CellDeltaColumn), PackTableModel::RawValueRole).toDouble(),
             cells->maxMv - cells->minMv);
    // The bank's lowest cell is marked in words, in the core's pack.
    const QString weakest = rig.monitor.result().bankTruth[ViewFieldId::CellMinMv].provenance.pack;
    QCOMPARE(weakest, QStringLiteral("P3"));
    QVERIFY(m->data(m->index(2, PackTableModel::CellMinColumn)).toString().startsWith(QStringLiteral("\u25BC")));
    QVERIFY(m->data(m->index(2, PackTableModel::CellMinColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("whole bank")));
    // Firmware as the packs report it (0x96), no alarms (checked, so "none").
    QCOMPARE(m->data(m->index(0, PackTableModel::FirmwareColumn)).toString(), rig.bank.packLinkInfo().value(QStringLiteral("P1")).firmware);
    QVERIFY(!m->data(m->index(0, PackTableModel::FirmwareColumn)).toString().isEmpty());
    QCOMPARE(m->data(m->index(0, PackTableModel::AlarmsColumn)).toString(), QStringLiteral("none"));
    // Units and the value's source on hover.
    const QString tip = m->data(m->index(1, PackTableModel::VoltageColumn), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral(" V")) && tip.contains(QStringLiteral("rs485-loopback")), qPrintable(tip));
    QVERIFY(m->headerData(PackTableModel::SocColumn, Qt::Horizontal).toString().contains(QStringLiteral("%")));
    // The view sorts by the raw value behind its proxy.
    QTableView *view = w.overviewPage()->packView();
    view->sortByColumn(PackTableModel::SocColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, PackTableModel::PackColumn).data().toString(), QStringLiteral("P1")); // 78 %
}

void TestMainWindow::overviewTellsApartWhyAPackIsQuiet()
{
    // P3's BMS switches off at 20 s: the master answers RTN 0x91 for it. At 60 s the link cable
    // to P4 breaks: RTN 0x91 too.
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-slave-lost.json")));
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    rig.runFor(25);
    w.tick();
    PackTableModel *m = w.packModel();
    QCOMPARE(m->data(m->index(2, PackTableModel::StateColumn), PackTableModel::ConditionRole).toInt(),
             static_cast<int>(PackCondition::NotAnswering));
    QCOMPARE(m->data(m->index(2, PackTableModel::StateColumn)).toString(), QStringLiteral("Not answering (master reports RTN 0x91)"));
    const QString evidence = m->data(m->index(2, PackTableModel::StateColumn), Qt::ToolTipRole).toString();
    QVERIFY2(evidence.contains(QStringLiteral("RTN 0x91")) && evidence.contains(QStringLiteral("rs485-loopback")), qPrintable(evidence));
    QVERIFY(!m->data(m->index(2, PackTableModel::StateColumn), Qt::DecorationRole).isNull()); // an icon, not colour alone
    QVERIFY(m->data(m->index(2, PackTableModel::SocColumn), Qt::ForegroundRole).isValid());    // greyed
    QCOMPARE(m->data(m->index(3, PackTableModel::StateColumn)).toString(), QStringLiteral("Online"));

    // Two packs on one address: their answers collide.
    ScenarioRig wiring(ScenarioRig::file(QStringLiteral("pylontech-wiring-faults.json")));
    wiring.runFor(15);
    QCOMPARE(wiring.monitor.packStates()[1].condition, PackCondition::ChecksumErrors);
    QVERIFY(wiring.monitor.packStates()[1].reason.contains(QStringLiteral("framing errors")));
}

void TestMainWindow::cellMapCallsOutTheCoresWeakestCell()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(120);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    CellMapModel *m = w.cellsPage()->model();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->columnCount(), 15);
    const ViewField &core = rig.monitor.result().bankTruth[ViewFieldId::CellMinMv];
    QVERIFY(m->weakest());
    QCOMPARE(m->weakest()->pack, core.provenance.pack);
    QCOMPARE(m->weakest()->cell, core.provenance.index);
    QCOMPARE(m->weakest()->mv, *core.value);
    const ViewField &high = rig.monitor.result().bankTruth[ViewFieldId::CellMaxMv];
    QCOMPARE(m->strongest()->pack, high.provenance.pack);
    // In the grid: that cell is marked, in words and by symbol.
    const QModelIndex cell = m->index(2, core.provenance.index - 1);
    QCOMPARE(core.provenance.pack, QStringLiteral("P3"));
    QCOMPARE(m->data(cell, CellMapModel::MarkRole).toInt(), -1);
    QCOMPARE(m->data(cell, CellMapModel::RawValueRole).toDouble(), *core.value);
    QVERIFY(m->data(cell).toString().startsWith(QStringLiteral("\u25BC")));
    QVERIFY(m->data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("lowest cell of the bank")));
    // Deviation from the mean over every cell of the online packs.
    double sum = 0.0;
    int n = 0;
    for (const PackReading &r : rig.bank.readings())
        for (int mv : *r.cellsMv) {
            sum += mv;
            ++n;
        }
    QCOMPARE(m->cellCount(), 60);
    QVERIFY(std::abs(*m->meanMv() - sum / n) < 1e-9);
    QVERIFY(std::abs(m->data(cell, CellMapModel::DeviationRole).toDouble() - (*core.value - sum / n)) < 1e-9);
    QVERIFY(m->scaleMv() >= std::abs(*core.value - sum / n));
    // The page says it in words too.
    auto *label = w.findChild<QLabel *>(QStringLiteral("weakestCell"));
    QVERIFY(label->text().contains(QStringLiteral("P3 cell %1").arg(core.provenance.index)));
}

void TestMainWindow::cellMapMixesPackSizes()
{
    // 2..16 packs of 8, 15 and 16 cells side by side: the grid is as wide as the longest pack.
    const auto scenario = Scenario::parse(R"({"name": "mixed", "protocol": "pylontech-rs485", "packs": [
        {"id": "A", "address": 2, "capacity_Ah": 100, "cells": 16},
        {"id": "B", "address": 3, "capacity_Ah": 50, "cells": 8},
        {"id": "C", "address": 4, "capacity_Ah": 74, "cells": 15, "soft_cell": 3}], "load": [[0, -30]]})");
    QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().toString()));
    ScenarioRig rig(*scenario);
    rig.runFor(30);
    CellMapModel m(rig.monitor);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.columnCount(), 16);
    QVERIFY(m.data(m.index(1, 7), CellMapModel::RawValueRole).isValid());
    QVERIFY(!m.data(m.index(1, 8), CellMapModel::RawValueRole).isValid()); // B has 8 cells
    QCOMPARE(m.data(m.index(1, 8)).toString(), QString());
    QVERIFY(!m.data(m.index(2, 15), CellMapModel::RawValueRole).isValid()); // C has 15
    QCOMPARE(m.weakest()->pack, rig.monitor.result().bankTruth[ViewFieldId::CellMinMv].provenance.pack);
}

void TestMainWindow::packPageDrawsThePacksCells()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(60);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.overviewPage()->packView()->setCurrentIndex(w.overviewPage()->packView()->model()->index(2, 0));
    QTest::keyClick(w.overviewPage()->packView(), Qt::Key_Return); // Enter opens the pack
    QCOMPARE(w.currentPage(), MainWindow::Page::Pack);
    PackPage *page = w.packPage();
    QCOMPARE(page->pack(), QStringLiteral("P3"));
    const PackReading *p3 = rig.monitor.reading(QStringLiteral("P3"));
    QList<double> expected;
    for (int mv : *p3->cellsMv)
        expected.append(mv);
    QCOMPARE(page->cellValues(), expected);
    const auto e = PackCells::extremes(*p3);
    QCOMPARE(page->lowestCell(), e->minIndex);
    QCOMPARE(page->highestCell(), e->maxIndex);
    // Trends from the bounded history: a minute of one sample a second.
    for (TrendChart *c : page->trendCharts())
        QVERIFY2(c->pointCount() >= 55 && c->pointCount() <= 61, qPrintable(QString::number(c->pointCount())));
    auto *note = page->findChild<QLabel *>(QStringLiteral("cellNote"));
    QVERIFY(note->text().contains(QStringLiteral("Balancing: not carried by pylontech-rs485")));
}

void TestMainWindow::inverterViewShowsProvenance()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(5);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    InverterViewModel *m = w.inverterModel();
    const int ccl = static_cast<int>(ViewFieldId::CclA);
    // CCL = online packs x the smallest per-pack limit (37 A each, P1 first in bank order).
    QCOMPARE(*rig.monitor.result().bankTruth.value(ViewFieldId::CclA), 148.0);
    QCOMPARE(m->data(m->index(ccl, InverterViewModel::ProvenanceColumn)).toString(),
             QStringLiteral("148.0 A = 4 packs \u00D7 37.0 A, weakest P1"));
    const int cellMin = static_cast<int>(ViewFieldId::CellMinMv);
    QCOMPARE(m->data(m->index(cellMin, 0), InverterViewModel::SourceRole).toString(), QStringLiteral("P3 cell 7"));
    QVERIFY(m->data(m->index(cellMin, InverterViewModel::ProvenanceColumn)).toString().endsWith(QStringLiteral("P3 cell 7, lowest of 60 cells")));
    const int soc = static_cast<int>(ViewFieldId::SocPct);
    QCOMPARE(m->data(m->index(soc, 0), InverterViewModel::RuleRole).toString(), QStringLiteral("capacity-weighted mean"));
    QCOMPARE(m->data(m->index(soc, InverterViewModel::SeenColumn), InverterViewModel::DiffersRole).toBool(), false);
    QCOMPARE(m->data(m->index(soc, InverterViewModel::CheckColumn)).toString(), QStringLiteral("\u2713 matches"));
    QVERIFY(m->data(m->index(soc, InverterViewModel::TruthColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("Unit: %")));
}

void TestMainWindow::architectureSwitchChangesWhatTheInverterSees()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(5);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    auto *combo = w.findChild<QComboBox *>(QStringLiteral("architectureCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(Architecture::SingleMaster)));
    QCOMPARE(rig.monitor.config().architecture, Architecture::SingleMaster);
    InverterViewModel *m = w.inverterModel();
    const int onlineRow = static_cast<int>(ViewFieldId::OnlinePacks);
    QCOMPARE(m->data(m->index(onlineRow, InverterViewModel::SeenColumn)).toString(), QStringLiteral("1"));
    QCOMPARE(m->data(m->index(onlineRow, InverterViewModel::SeenColumn), InverterViewModel::DiffersRole).toBool(), true);
    // Mismatches are said in words and by icon, not by colour alone.
    QVERIFY(m->data(m->index(onlineRow, InverterViewModel::CheckColumn)).toString().contains(QStringLiteral("\u2260 can see")));
    QVERIFY(!m->data(m->index(onlineRow, InverterViewModel::CheckColumn), Qt::DecorationRole).isNull());
    QVERIFY(w.inverterPage()->gapText().contains(QStringLiteral("P3 cell 7")));
}

void TestMainWindow::whatTheInverterIsToldIsComparedAtTheWiresGrain()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(5);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    InverterViewModel *m = w.inverterModel();
    const int soc = static_cast<int>(ViewFieldId::SocPct);
    // The master's CAN broadcast, decoded: SOC to 1 %, the same as the truth at that grain.
    QCOMPARE(m->data(m->index(soc, InverterViewModel::ToldColumn), InverterViewModel::RawValueRole).toDouble(),
             *rig.bank.observed()->value(ViewFieldId::SocPct));
    QCOMPARE(m->data(m->index(soc, InverterViewModel::ToldColumn), InverterViewModel::ToldDiffersRole).toBool(), false);
    // The master tells the inverter something else.
    InverterView told = *rig.bank.observed();
    told[ViewFieldId::SocPct].value = 60.0;
    rig.monitor.setObserved(told);
    rig.monitor.refresh();
    w.tick();
    QCOMPARE(m->data(m->index(soc, InverterViewModel::ToldColumn)).toString(), QStringLiteral("60.0 %"));
    QCOMPARE(m->data(m->index(soc, InverterViewModel::ToldColumn), InverterViewModel::ToldDiffersRole).toBool(), true);
    QVERIFY(m->data(m->index(soc, InverterViewModel::CheckColumn)).toString().contains(QStringLiteral("\u2260 is told")));
    QVERIFY(w.headline()->inverterText().contains(QStringLiteral("differs")));
}

void TestMainWindow::masterDiesShowsTheVoltageOnlyFallback()
{
    // Two UP5000; the master switches off at 30 s. BankScope reads the slave through the master,
    // so it loses both; the inverter loses its BMS data and guesses from the voltage.
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-master-dies.json")));
    rig.runFor(29);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    w.tick();
    QVERIFY(!rig.monitor.inverterReceivesNothing());
    const double lastVoltage = *rig.monitor.result().bankTruth.value(ViewFieldId::VoltageV);
    const double lastSoc = *rig.monitor.result().bankTruth.value(ViewFieldId::SocPct);
    rig.runFor(21); // 50 s: the broadcast has been silent 20 s, the readings are stale
    w.tick();
    QVERIFY(rig.monitor.inverterReceivesNothing());
    QVERIFY(!rig.monitor.result().inverterSees);
    const std::optional<VoltageFallback> &f = rig.monitor.fallback();
    QVERIFY(f);
    QVERIFY(!f->live); // from the last readings BankScope had
    QCOMPARE(f->seriesCells, std::optional<int>(15));
    // The last readings are those of the last poll before the master died (29.5 s or 30 s).
    QVERIFY(std::abs(f->busVoltageV - lastVoltage) < 0.2);
    const double guess = LiFePo4Ocv::socForPackVoltage(f->busVoltageV, 15);
    QCOMPARE(f->guessSocPct, guess);
    QVERIFY(std::abs(*f->trueSocPct - lastSoc) < 0.5);
    QCOMPARE(*f->errorPct(), guess - *f->trueSocPct);
    QVERIFY(std::abs(*f->errorPct()) > 5.0); // under 40 A of load the voltage lies
    // In the model: what the inverter "can see" for SOC is its guess, no longer "no data".
    InverterViewModel *m = w.inverterModel();
    const int soc = static_cast<int>(ViewFieldId::SocPct);
    QCOMPARE(m->data(m->index(soc, InverterViewModel::SeenColumn), InverterViewModel::RawValueRole).toDouble(), guess);
    QVERIFY(m->data(m->index(soc, InverterViewModel::SeenColumn)).toString().contains(QStringLiteral("from voltage")));
    QCOMPARE(m->data(m->index(soc, InverterViewModel::CheckColumn)).toString(), QStringLiteral("\u2717 receives nothing"));
    // The headline and the page say it with the numbers.
    const QString head = w.headline()->inverterText();
    QVERIFY2(head.contains(QStringLiteral("No BMS data")) && head.contains(QString::number(guess, 'f', 0)), qPrintable(head));
    const QString panel = w.inverterPage()->fallbackText();
    QVERIFY2(panel.contains(QStringLiteral("receives no BMS data")) && panel.contains(QString::number(std::abs(*f->errorPct()), 'f', 0))
                 && panel.contains(QStringLiteral("last readings")),
             qPrintable(panel));
    // And the event log has it, with the freeze-frame at the moment it happened.
    bool noData = false;
    for (const BankEvent &e : rig.monitor.events().events())
        if (e.type == EventType::InverterToldNothing && rig.monitor.events().freezeFrame(e.freezeFrameId))
            noData = true;
    QVERIFY(noData);
}

void TestMainWindow::singleMasterGapAndGeneratorPrediction()
{
    // JK-B packs, no inter-BMS link: the inverter sees B1 alone.
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("jk-b-single-master.json")));
    rig.runFor(60);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    InverterPage *page = w.inverterPage();
    const AggregationResult &r = rig.monitor.result();
    QVERIFY(r.gaps.socErrorPct);
    QVERIFY(page->gapText().contains(QString::number(std::abs(*r.gaps.socErrorPct), 'f', 1)));
    QVERIFY(page->gapText().contains(QStringLiteral("%1 cell %2").arg(r.gaps.hiddenCellMin->pack).arg(r.gaps.hiddenCellMin->cell)));
    // The prediction is the core's, for the measured sharing and the entered load and SOC.
    page->setLoadA(60);
    page->setGeneratorStartSocPct(30);
    QVERIFY(page->sharingMeasured());
    QVERIFY(page->prediction());
    CurrentSharing::Scenario s;
    s.architecture = Architecture::SingleMaster;
    s.loadA = 60;
    s.generatorStartSocPct = 30;
    s.nominalVoltageV = 16 * 3.2;
    for (int i = 0; i < 3; ++i) {
        const PackConfig &pc = rig.monitor.config().packs[i];
        s.packs.append(CurrentSharing::Pack{pc.id, pc.ratedCapacityAh, *rig.monitor.reading(pc.id)->socPct,
                                            r.sharing[i].share, pc.role == PackRole::Master});
    }
    const auto expected = CurrentSharing::predict(s);
    QVERIFY(expected.ok());
    QCOMPARE(page->prediction()->hours, expected->hours);
    QCOMPARE(page->prediction()->remainingKWh, expected->remainingKWh);
    QCOMPARE(page->prediction()->generatorStarts, expected->generatorStarts);
    QVERIFY(page->predictionText().contains(QString::number(expected->remainingKWh, 'f', 1)));
    QVERIFY(page->predictionText().contains(QStringLiteral("Measured sharing")));
}

void TestMainWindow::overTemperatureLeavesAnEventWithItsFreezeFrame()
{
    // P1 heats up from 20 s until its BMS warns, then protects.
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-wiring-faults.json")));
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    rig.runFor(38);
    w.tick();
    EventLogModel *m = w.eventsPage()->model();
    int row = -1;
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->data(m->index(i, EventLogModel::EventColumn)).toString() == QStringLiteral("Over-temperature (protection)"))
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(m->data(m->index(row, EventLogModel::SubjectColumn)).toString(), QStringLiteral("P1"));
    QCOMPARE(m->data(m->index(row, EventLogModel::SeverityColumn)).toString(), QStringLiteral("Error"));
    QCOMPARE(m->data(m->index(row, EventLogModel::StateColumn)).toString(), QStringLiteral("Active"));
    QCOMPARE(m->data(m->index(row, EventLogModel::FreezeFrameColumn)).toString(), QStringLiteral("Kept"));
    const quint64 id = m->data(m->index(row, 0), EventLogModel::EventIdRole).toULongLong();
    QVERIFY(w.eventsPage()->selectEvent(id));
    FreezeFrameModel *f = w.eventsPage()->freezeFrameModel();
    QVERIFY(f->hasFrame());
    // Every pack is in it, before and at: the alarming pack's protections and limits changed.
    QStringList subjects;
    int faultsRow = -1;
    int cclRow = -1;
    for (int i = 0; i < f->rowCount(); ++i) {
        const QString subject = f->data(f->index(i, FreezeFrameModel::SubjectColumn)).toString();
        if (!subjects.contains(subject))
            subjects.append(subject);
        const QString key = f->data(f->index(i, 0), FreezeFrameModel::QuantityKeyRole).toString();
        if (subject == QStringLiteral("P1") && key == QStringLiteral("faults"))
            faultsRow = i;
        if (subject == QStringLiteral("P1") && key == QStringLiteral("ccl_A"))
            cclRow = i;
    }
    QVERIFY(subjects.contains(QStringLiteral("P2")) && subjects.contains(QStringLiteral("P3")));
    QVERIFY(subjects.contains(QStringLiteral("Inverter should see")));
    QCOMPARE(f->data(f->index(faultsRow, FreezeFrameModel::AtColumn)).toString(), QStringLiteral("Over-temperature"));
    QCOMPARE(f->data(f->index(faultsRow, FreezeFrameModel::BeforeColumn)).toString(), QStringLiteral("none"));
    QVERIFY(f->data(f->index(faultsRow, 0), FreezeFrameModel::ChangedRole).toBool());
    QCOMPARE(f->data(f->index(cclRow, FreezeFrameModel::AtColumn), FreezeFrameModel::RawValueRole).toDouble(), 0.0);
    // Exported, as a service desk gets it.
    QTemporaryDir dir;
    const QString events = dir.filePath(QStringLiteral("events.csv"));
    const QString frame = dir.filePath(QStringLiteral("frame.csv"));
    QVERIFY2(w.eventsPage()->exportEvents(events), qPrintable(w.eventsPage()->errorString()));
    QVERIFY2(w.eventsPage()->exportFreezeFrame(frame), qPrintable(w.eventsPage()->errorString()));
    QFile e(events);
    QVERIFY(e.open(QIODevice::ReadOnly));
    const QByteArray eventsCsv = e.readAll();
    QVERIFY(eventsCsv.startsWith("id,raised_utc,"));
    QVERIFY(eventsCsv.contains(",P1,error,pack-protection,overtemperature,Over-temperature (protection),"));
    QFile ff(frame);
    QVERIFY(ff.open(QIODevice::ReadOnly));
    const QByteArray frameCsv = ff.readAll();
    QVERIFY(frameCsv.contains(QStringLiteral("%1,at,2025-03-14T08:00:").arg(id).toUtf8()));
    QVERIFY(frameCsv.contains(",P1,faults,overtemperature,"));
    // A file that cannot be written is an error in words, not a crash.
    QVERIFY(!w.eventsPage()->exportEvents(dir.filePath(QStringLiteral("no/such/folder/e.csv"))));
    QVERIFY(!w.eventsPage()->errorString().isEmpty());
}

void TestMainWindow::eventsFilterByPackAndSeverity()
{
    ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-wiring-faults.json")));
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    rig.runFor(38);
    w.tick();
    EventFilterProxy *proxy = w.eventsPage()->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all >= 4);
    auto *pack = w.findChild<QComboBox *>(QStringLiteral("eventPackFilter"));
    pack->setCurrentIndex(pack->findData(QStringLiteral("P1")));
    QVERIFY(proxy->rowCount() >= 2);
    for (int i = 0; i < proxy->rowCount(); ++i)
        QCOMPARE(proxy->index(i, EventLogModel::SubjectColumn).data().toString(), QStringLiteral("P1"));
    auto *severity = w.findChild<QComboBox *>(QStringLiteral("eventSeverityFilter"));
    severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::Error)));
    for (int i = 0; i < proxy->rowCount(); ++i)
        QCOMPARE(proxy->index(i, 0).data(EventLogModel::SeverityRole).toInt(), static_cast<int>(Severity::Error));
    QVERIFY(proxy->rowCount() < all);
    pack->setCurrentIndex(0);
    severity->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);
}

void TestMainWindow::trendMemoryStaysBoundedOverALongRun()
{
    // Three hours of the demo through the loopback on the injected clock, a tick every 2 s.
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    rig.runFor(3600, 2000);
    const qsizetype afterAnHour = rig.monitor.trends().memoryBytes();
    rig.runFor(2 * 3600, 2000);
    QCOMPARE(rig.monitor.trends().memoryBytes(), afterAnHour);
    w.showPack(QStringLiteral("P2"));
    w.packPage()->setWindow(PackPage::Window::WholeSession);
    const TrendHistory &h = rig.monitor.trends();
    const QList<TrendPoint> session = h.points(QStringLiteral("P2"), TrendQuantity::VoltageV, *h.startMs(), *h.lastSampleMs(), 0);
    QVERIFY(session.size() > 1000 && session.size() <= h.limits().sessionBuckets + 1); // 5400 samples merged
    QCOMPARE(session.first().tMs < ScenarioRig::kStartMs + 60 * 1000, true);          // from the start
    for (TrendChart *c : w.packPage()->trendCharts()) // and drawn at most a point per pixel
        QVERIFY2(c->pointCount() > 200 && c->pointCount() <= std::max(300, c->width()),
                 qPrintable(QString::number(c->pointCount())));
    w.packPage()->setWindow(PackPage::Window::FiveMinutes);
    for (TrendChart *c : w.packPage()->trendCharts())
        QVERIFY(c->pointCount() >= 140 && c->pointCount() <= 151); // a sample every 2 s
    // The raw traffic is bounded too.
    QCOMPARE(rig.bank.activity().traffic().size(), rig.bank.activity().traffic().capacity());
}

void TestMainWindow::linksCountEveryExchangeAndEveryRowNotShown()
{
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    rig.runFor(10); // 21 loopback ticks in all
    w.tick();
    EndpointStatsModel *stats = w.linksPage()->statsModel();
    int adr2 = -1;
    for (int i = 0; i < stats->rowCount(); ++i)
        if (stats->data(stats->index(i, EndpointStatsModel::EndpointColumn)).toString() == QStringLiteral("ADR 2"))
            adr2 = i;
    QVERIFY(adr2 >= 0);
    // Per tick the master's address gets 0x42 and 0x44 for the group and 0x92 for itself, and
    // 0x96 once (at the start).
    QCOMPARE(stats->data(stats->index(adr2, EndpointStatsModel::RequestsColumn), EndpointStatsModel::RawValueRole).toDouble(),
             21.0 * 3 + 1);
    QCOMPARE(stats->data(stats->index(adr2, EndpointStatsModel::AnswersColumn), EndpointStatsModel::RawValueRole).toDouble(),
             21.0 * 3 + 1);
    QCOMPARE(stats->data(stats->index(adr2, EndpointStatsModel::PackColumn)).toString(), QStringLiteral("P1"));
    QVERIFY(stats->data(stats->index(adr2, EndpointStatsModel::LatencyMedianColumn), EndpointStatsModel::RawValueRole).toDouble() > 5.0);

    TrafficModel *traffic = w.linksPage()->trafficModel();
    const TrafficLog &log = rig.bank.activity().traffic();
    QCOMPARE(quint64(traffic->rowCount()), log.appended());
    QCOMPARE(traffic->dropped(), quint64(0));
    // Filter: only what matches.
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("trafficFilter"));
    QTest::keyClicks(filter, QStringLiteral("0x35E"));
    QVERIFY(w.linksPage()->trafficProxy()->rowCount() == 21);
    filter->clear();
    // Paused past what the log holds: the rows never shown are counted.
    w.linksPage()->setPaused(true);
    const quint64 before = log.appended();
    rig.runFor(700); // > 20,000 units
    w.tick();
    QCOMPARE(quint64(traffic->rowCount()), before); // nothing added while paused
    w.linksPage()->setPaused(false);
    w.tick();
    QVERIFY(traffic->dropped() > 0);
    QCOMPARE(traffic->shown() + traffic->dropped(), log.appended()); // every unit accounted for
    QVERIFY(traffic->rowCount() <= 5000);
    QVERIFY(w.linksPage()->droppedText().contains(QStringLiteral("rows not shown")));
}

void TestMainWindow::keyboardReachesEveryPage()
{
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<MainWindow::Page> pages{MainWindow::Page::Overview, MainWindow::Page::Pack, MainWindow::Page::Cells,
                                        MainWindow::Page::Inverter, MainWindow::Page::Events, MainWindow::Page::Links};
    for (int i = pages.size() - 1; i >= 0; --i) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(w.currentPage(), pages[i]);
        QVERIFY(w.pageAction(pages[i])->isChecked());
    }
    // Custom widgets carry accessible names.
    for (const QString &name : {QStringLiteral("cellMap"), QStringLiteral("cellChart"), QStringLiteral("navigation"),
                                QStringLiteral("trafficTable"), QStringLiteral("inverterTable")}) {
        QWidget *widget = w.findChild<QWidget *>(name);
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::darkPaletteKeepsMismatchesReadable()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(5);
    rig.monitor.setArchitecture(Architecture::SingleMaster);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    const QPalette original = QApplication::palette();
    w.setDarkPalette(true);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    InverterViewModel *m = w.inverterModel();
    const QModelIndex seen = m->index(static_cast<int>(ViewFieldId::OnlinePacks), InverterViewModel::SeenColumn);
    const QColor tint = m->data(seen, Qt::BackgroundRole).value<QBrush>().color();
    const QColor text = QApplication::palette().color(QPalette::Text);
    QVERIFY(tint.lightnessF() < 0.4);            // a deep tint under light text
    QVERIFY(text.lightnessF() - tint.lightnessF() > 0.5);
    w.setDarkPalette(false);
    const QColor light = m->data(seen, Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(light.lightnessF() > 0.75);
    QApplication::setPalette(original);
}

void TestMainWindow::everyHeaderHasText()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(2);
    MainWindow w(rig.monitor, QStringLiteral("test"), &rig.bank.activity());
    for (QAbstractItemModel *m : models(w)) {
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY2(!m->headerData(c, Qt::Horizontal).toString().isEmpty(), m->metaObject()->className());
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
