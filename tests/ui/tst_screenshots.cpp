// Pictures of every page of the window, made from scenarios on an injected clock so they are the
// same on every run: saved into the build tree (test-output/) for a person to look at, and copied
// into resources/screenshots/ by `./dev.sh screenshots` for the README. Runs twice under ctest:
// at 100 % and, with QT_SCALE_FACTOR=2, at 200 % (file names end in -200). Each page in the light
// and in the dark palette. The checks here are only that each picture shows what it is meant to
// (tst_mainwindow checks the numbers).

#include "scenariorig.h"
#include "testdata.h"

#include "appearance.h"
#include "cellmapmodel.h"
#include "cellspage.h"
#include "eventlogmodel.h"
#include "eventspage.h"
#include "freezeframemodel.h"
#include "inverterpage.h"
#include "endpointstatsmodel.h"
#include "trafficmodel.h"
#include "linkspage.h"
#include "mainwindow.h"
#include "packpage.h"
#include "trendchart.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();

private:
    QString suffix(bool dark) const;
    void save(MainWindow &window, const QString &name, bool dark);
    QPalette m_light;
};

void TestScreenshots::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
}

QString TestScreenshots::suffix(bool dark) const
{
    QString s = dark ? QStringLiteral("-dark") : QString();
    if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
        s += QStringLiteral("-200");
    return s;
}

void TestScreenshots::save(MainWindow &window, const QString &name, bool dark)
{
    window.tick();
    QCoreApplication::processEvents();
    const QString path = TestData::outputPath(QStringLiteral("window-") + name + suffix(dark) + QStringLiteral(".png"));
    QVERIFY2(window.grab().save(path), qPrintable(path));
}

void TestScreenshots::pages_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestScreenshots::pages()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Appearance::darkPalette() : m_light);

    {
        // The demo bank after ten minutes of its load cycle: overview, P3 (the soft cell), cells.
        ScenarioRig rig(ScenarioRig::demo());
        rig.runFor(600);
        MainWindow window(rig.monitor, QStringLiteral("Demo bank (screenshot)"), &rig.bank.activity());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Overview);
        save(window, QStringLiteral("overview"), dark);
        window.showPack(QStringLiteral("P3"));
        window.packPage()->setWindow(PackPage::Window::WholeSession);
        QVERIFY(window.packPage()->trendCharts().first()->pointCount() > 100);
        save(window, QStringLiteral("pack"), dark);
        window.showPage(MainWindow::Page::Cells);
        QCOMPARE(window.cellsPage()->model()->weakest()->pack, QStringLiteral("P3"));
        save(window, QStringLiteral("cells"), dark);
    }
    {
        // JK-B packs on a Deye: a single master tells the inverter its own values only.
        ScenarioRig rig(ScenarioRig::file(QStringLiteral("jk-b-single-master.json")));
        rig.runFor(240);
        MainWindow window(rig.monitor, QStringLiteral("Scenario: JK-B single master (screenshot)"), &rig.bank.activity());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Inverter);
        window.inverterPage()->setGeneratorStartSocPct(30);
        QVERIFY(window.inverterPage()->prediction());
        save(window, QStringLiteral("inverter"), dark);
    }
    {
        // The master dies: the inverter falls back to its voltage-only guess.
        ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-master-dies.json")));
        rig.runFor(50);
        MainWindow window(rig.monitor, QStringLiteral("Scenario: the master dies (screenshot)"), &rig.bank.activity());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Inverter);
        QVERIFY(rig.monitor.inverterReceivesNothing());
        save(window, QStringLiteral("inverter-fallback"), dark);
    }
    {
        // Commissioning mistakes: a hot pack (event with freeze-frame) and corrupt answers.
        ScenarioRig rig(ScenarioRig::file(QStringLiteral("pylontech-wiring-faults.json")));
        rig.runFor(38);
        MainWindow window(rig.monitor, QStringLiteral("Scenario: commissioning mistakes (screenshot)"), &rig.bank.activity());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Events);
        quint64 hot = 0;
        for (const BankEvent &e : rig.monitor.events().events())
            if (e.fault == Fault::Overtemperature && e.type == EventType::PackProtection && e.freezeFrameId && !hot)
                hot = e.id;
        if (hot)
            QVERIFY(window.eventsPage()->selectEvent(hot));
        else
            QVERIFY(window.eventsPage()->selectEvent(rig.monitor.events().events().first().id));
        save(window, QStringLiteral("events"), dark);
        window.showPage(MainWindow::Page::Links);
        save(window, QStringLiteral("links"), dark);
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
