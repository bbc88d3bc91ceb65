// The window's session side, on a simulated bank read through the real path (LoopbackBank): the
// menus' shortcuts ask for a connection, a recording, a replay (signals, with the connection
// dialog's plan); the status bar shows each link as the session reports it (listening with its
// countdown, failed with the next step, reconnecting, bytes without frames); the replay bar asks
// to pause, change speed and seek, and the window shows the file's time, never the wall clock;
// settings come back in a second window; the adapter guide says what the README says. Pictures
// of a live-looking window, a replay and the guide, light and dark (and at 200 % under
// tst_sessionwindow_200), into the build tree.

#include "scenariorig.h"
#include "testdata.h"

#include "adapterguide.h"
#include "appearance.h"
#include "appsettings.h"
#include "catalogue.h"
#include "cellspage.h"
#include "connectiondialog.h"
#include "headlinebar.h"
#include "linkstatusbar.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "replaybar.h"
#include "reportdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>

class TestSessionWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shortcutsAskForTheSession();
    void connectShortcutEmitsTheDialogsPlan();
    void printShortcutOpensAPlansReport();
    void chipsSayEachLinksState_data();
    void chipsSayEachLinksState();
    void liveWindowPictures_data();
    void liveWindowPictures();
    void replayIsMarkedAndControlled();
    void settingsComeBackInASecondWindow();
    void preferencesKeepTwoLanguages();
    void adapterGuideSaysWhatTheReadmeSays();
    void customWidgetsHaveAccessibleNames();

private:
    QString suffix(bool dark) const;
    void save(QWidget &w, const QString &name, bool dark);
    QPalette m_light;
};

namespace {

constexpr qint64 kFileStartUs = 1741939200000000; // 2025-03-14 08:00:00 UTC

LinkStatus listening()
{
    LinkStatus s;
    s.name = QStringLiteral("rs485");
    s.kind = SessionSource::Kind::Serial;
    s.device = QStringLiteral("/dev/ttyUSB0");
    s.protocol = ProtocolId::PylontechRs485;
    s.speed = 9600;
    s.phase = LinkStatus::Phase::Listening;
    s.role = LinkRole::Listen;
    s.listenRemainingMs = 6200;
    s.heard = QStringLiteral("nothing yet");
    s.bytes = 0;
    return s;
}

LinkStatus masterHeard()
{
    LinkStatus s = listening();
    s.phase = LinkStatus::Phase::ListeningOnly;
    RoleDecision d;
    d.code = RoleDecision::Code::MasterPolls;
    d.requested = RoleRequest::Auto;
    d.role = LinkRole::Listen;
    d.protocol = ProtocolId::PylontechRs485;
    d.windowMs = 10000;
    d.bytes = 5120;
    d.addresses = {2};
    d.message = QStringLiteral("analog-values");
    d.periodS = 1.0;
    s.decision = d;
    s.heard = d.heardText();
    s.frames = 1204;
    s.framesPerSecond = 2.0;
    s.bytes = 61234;
    return s;
}

LinkStatus polling()
{
    LinkStatus s;
    s.name = QStringLiteral("pack-bus");
    s.kind = SessionSource::Kind::Serial;
    s.device = QStringLiteral("/dev/ttyUSB1");
    s.protocol = ProtocolId::PylontechRs485;
    s.speed = 115200;
    s.phase = LinkStatus::Phase::Polling;
    s.role = LinkRole::Poll;
    s.frames = 8812;
    s.framesPerSecond = 7.9;
    s.errors = 3;
    s.bytesSent = 40211;
    return s;
}

LinkStatus failed()
{
    LinkStatus s;
    s.name = QStringLiteral("rs485");
    s.kind = SessionSource::Kind::Serial;
    s.device = QStringLiteral("/dev/ttyUSB0");
    s.protocol = ProtocolId::PylontechRs485;
    s.phase = LinkStatus::Phase::Failed;
    s.error = LinkError::OpenError;
    s.errorText = QStringLiteral("Permission denied on /dev/ttyUSB0");
    s.nextStep = QStringLiteral("add yourself to the dialout group: sudo usermod -aG dialout $USER, then log out and back in");
    return s;
}

LinkStatus reconnecting()
{
    LinkStatus s;
    s.name = QStringLiteral("can0");
    s.kind = SessionSource::Kind::CanPlugin;
    s.device = QStringLiteral("socketcan:can0");
    s.protocol = ProtocolId::PylonCan;
    s.speed = 500000;
    s.phase = LinkStatus::Phase::Reconnecting;
    s.role = LinkRole::Listen;
    s.error = LinkError::Unplugged;
    s.errorText = QStringLiteral("The adapter was unplugged");
    s.retryInMs = 1500;
    s.frames = 3021;
    return s;
}

LinkStatus noFrames()
{
    LinkStatus s = listening();
    s.phase = LinkStatus::Phase::ListeningOnly;
    s.bytesWithoutFrames = true;
    s.bytes = 4096;
    s.errors = 118;
    return s;
}

LinkStatus replaying()
{
    LinkStatus s;
    s.name = QStringLiteral("site.log");
    s.kind = SessionSource::Kind::Recording;
    s.device = QStringLiteral("/home/tech/recordings/site.log");
    s.phase = LinkStatus::Phase::Replaying;
    s.fileTimeUs = kFileStartUs + 5'123'456;
    s.progress = 0.42;
    s.frames = 5311;
    s.framesPerSecond = 52.0;
    s.badLines = 3;
    s.firstBadLine = 17;
    return s;
}

} // namespace

void TestSessionWindow::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
}

void TestSessionWindow::init()
{
    QApplication::setPalette(m_light);
}

QString TestSessionWindow::suffix(bool dark) const
{
    QString s = dark ? QStringLiteral("-dark") : QString();
    if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
        s += QStringLiteral("-200");
    return s;
}

void TestSessionWindow::save(QWidget &w, const QString &name, bool dark)
{
    QCoreApplication::processEvents();
    const QString path = TestData::outputPath(name + suffix(dark) + QStringLiteral(".png"));
    QVERIFY2(w.grab().save(path), qPrintable(path));
}

void TestSessionWindow::shortcutsAskForTheSession()
{
    ScenarioRig rig(ScenarioRig::demo());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    window.setWorkflowServices(nullptr, &settings);
    QList<MainWindow::FileChoice> asked;
    window.setFileChooser([&](MainWindow::FileChoice choice, const QString &suggested) {
        asked << choice;
        if (choice == MainWindow::FileChoice::RecordTo) {
            const bool named = suggested.endsWith(QStringLiteral(".log")) && suggested.contains(QStringLiteral("bankscope-"));
            return named ? dir.filePath(QStringLiteral("today.log")) : QString();
        }
        return dir.filePath(QStringLiteral("site.log"));
    });
    QSignalSpy record(&window, &MainWindow::recordRequested);
    QSignalSpy stop(&window, &MainWindow::stopRecordingRequested);
    QSignalSpy open(&window, &MainWindow::openRecordingRequested);
    QSignalSpy disconnect(&window, &MainWindow::disconnectRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+R: record (where to, asked); the session answers with setRecording.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(record.size(), 1);
    QCOMPARE(record.first().first().toString(), dir.filePath(QStringLiteral("today.log")));
    QVERIFY(!window.isRecording()); // not until the session says so
    window.setRecording(true, dir.filePath(QStringLiteral("today.log")));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("recording")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordingLabel"))->text().contains(QStringLiteral("today.log")));
    // Ctrl+R again stops.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(stop.size(), 1);
    QCOMPARE(record.size(), 1);
    window.setRecording(false, {});
    QVERIFY(window.recordAction()->isEnabled());

    // Ctrl+O: open a recording; it is remembered.
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), dir.filePath(QStringLiteral("site.log")));
    QCOMPARE(settings.recentFiles().first(), dir.filePath(QStringLiteral("site.log")));

    // Disconnect: nothing to disconnect until the session reports a link.
    QVERIFY(!window.disconnectAction()->isEnabled());
    window.setLinkStatuses({masterHeard()});
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(disconnect.size(), 1);

    // Ctrl+F: the raw traffic filter (Events: the pack filter).
    window.showPage(MainWindow::Page::Overview);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Links);
    QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QLineEdit *>(QStringLiteral("trafficFilter")));
    window.showPage(MainWindow::Page::Events);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QComboBox *>(QStringLiteral("eventPackFilter")));

    // F1: the adapter guide.
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<AdapterGuide *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    guide->close();
    QCOMPARE(asked, (QList<MainWindow::FileChoice>{MainWindow::FileChoice::RecordTo, MainWindow::FileChoice::OpenRecording}));
}

void TestSessionWindow::connectShortcutEmitsTheDialogsPlan()
{
    ScenarioRig rig(ScenarioRig::demo());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    window.setWorkflowServices(nullptr, &settings);
    QSignalSpy connectSpy(&window, &MainWindow::connectRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+K: the dialog; a device typed, Listen only, Enter.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(SessionSource::Kind::Serial)));
    dialog->deviceCombo()->setFocus();
    QTRY_VERIFY(dialog->deviceCombo()->hasFocus() || dialog->deviceCombo()->lineEdit()->hasFocus());
    dialog->deviceCombo()->lineEdit()->selectAll();
    QTest::keyClicks(dialog->deviceCombo()->lineEdit(), QStringLiteral("/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0"));
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(dialog->roleButton(RoleRequest::Listen)->isChecked());
    const SessionPlan chosen = dialog->plan();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(connectSpy.size(), 1);
    const SessionPlan plan = connectSpy.first().first().value<SessionPlan>();
    QCOMPARE(plan, chosen);
    QCOMPARE(plan.sources.size(), 1);
    QCOMPARE(plan.sources.first().device, QStringLiteral("/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0"));
    QCOMPARE(plan.sources.first().role, RoleRequest::Listen);
    // Remembered, and offered again the next time.
    QCOMPARE(settings.lastConnection(), std::optional(plan));
    QTRY_VERIFY(window.findChildren<ConnectionDialog *>().isEmpty()); // the first one is gone
    window.activateWindow(); // offscreen has no window manager to give the focus back
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->plan(), plan);
    dialog->reject();
}

void TestSessionWindow::printShortcutOpensAPlansReport()
{
    ScenarioRig rig(ScenarioRig::demo());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    const Catalogue catalogue = Catalogue::builtIn();
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    window.setWorkflowServices(&catalogue, &settings);
    window.setFileChooser([](MainWindow::FileChoice choice, const QString &) {
        return choice == MainWindow::FileChoice::OpenPlan ? TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json"))
                                                          : QString();
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.printReportAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    ReportDialog *report = nullptr;
    QTRY_VERIFY((report = window.findChild<ReportDialog *>()) && report->isVisible());
    QVERIFY(report->html().contains(report->plan().site.toHtmlEscaped()));
    report->reject();
}

void TestSessionWindow::chipsSayEachLinksState_data()
{
    QTest::addColumn<LinkStatus>("status");
    QTest::addColumn<QString>("chip");    // in the chip
    QTest::addColumn<QString>("tooltip"); // in its tooltip
    QTest::addColumn<QString>("problem"); // in the problem banner ("" = no banner)
    QTest::addColumn<int>("tone");

    using Tone = Appearance::Tone;
    QTest::newRow("listening, countdown") << listening() << QStringLiteral("rs485 \u00B7 listen \u00B7 listening first, 7 s left")
                                          << QStringLiteral("Heard: nothing yet") << QString() << int(Tone::Notice);
    QTest::newRow("another master heard")
        << masterHeard() << QStringLiteral("listening only \u00B7 2.0 frames/s \u00B7 0 errors")
        << QStringLiteral("Why: ") + masterHeard().decision->text() << QString() << int(Tone::Good);
    QTest::newRow("polling") << polling() << QStringLiteral("pack-bus \u00B7 poll \u00B7 polling \u00B7 7.9 frames/s \u00B7 3 errors")
                             << QStringLiteral("40211 bytes sent") << QString() << int(Tone::Good);
    QTest::newRow("failed, next step")
        << failed() << QStringLiteral("rs485 \u00B7 listen \u00B7 failed")
        << QStringLiteral("add yourself to the dialout group")
        << QStringLiteral("rs485: Permission denied on /dev/ttyUSB0 \u2014 add yourself to the dialout group: sudo usermod -aG "
                          "dialout $USER, then log out and back in")
        << int(Tone::Error);
    QTest::newRow("reconnecting") << reconnecting() << QStringLiteral("can0 \u00B7 listen \u00B7 reconnecting in 2 s")
                                  << QStringLiteral("500 kbit/s")
                                  << QStringLiteral("can0: The adapter was unplugged \u2014 reconnecting in 2 s")
                                  << int(Tone::Warning);
    QTest::newRow("bytes without frames")
        << noFrames() << QStringLiteral("118 errors") << QStringLiteral("4096 bytes received")
        << QStringLiteral("rs485: bytes arrive but no valid frames: wrong baud or protocol? (9600 baud, ")
        << int(Tone::Warning);
}

void TestSessionWindow::chipsSayEachLinksState()
{
    QFETCH(LinkStatus, status);
    QFETCH(QString, chip);
    QFETCH(QString, tooltip);
    QFETCH(QString, problem);
    QFETCH(int, tone);
    ScenarioRig rig(ScenarioRig::demo());
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLinkStatuses({status});
    QCOMPARE(window.linkStatusBar()->chips().size(), 1);
    LinkChip *c = window.linkStatusBar()->chips().first();
    QVERIFY2(c->text().contains(chip), qPrintable(c->text()));
    QVERIFY2(c->toolTip().contains(tooltip), qPrintable(c->toolTip()));
    QCOMPARE(c->accessibleDescription(), c->toolTip());
    QVERIFY(c->accessibleName().contains(status.name));
    QCOMPARE(int(c->tone()), tone);
    if (problem.isEmpty()) {
        QVERIFY2(window.problemText().isEmpty(), qPrintable(window.problemText()));
    } else {
        QVERIFY2(window.problemText().contains(problem), qPrintable(window.problemText()));
        QVERIFY(c->toolTip().contains(problem)); // the same words on hover
    }
    // The next tick of the session replaces it: a failed link that opens clears the banner.
    window.setLinkStatuses({polling()});
    QVERIFY(window.problemText().isEmpty());
    window.setLinkStatuses({});
    QVERIFY(window.linkStatusBar()->chips().isEmpty());
}

void TestSessionWindow::liveWindowPictures_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSessionWindow::liveWindowPictures()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Appearance::darkPalette() : m_light);
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(120);
    MainWindow window(rig.monitor, QStringLiteral("rs485: CH340 \u2014 ttyUSB0; can0: socketcan"), &rig.bank.activity());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // An inverter link heard (auto stayed silent), the pack bus failing on permissions, the CAN
    // adapter pulled out.
    window.setLinkStatuses({masterHeard(), failed(), reconnecting()});
    window.tick();
    QVERIFY(window.problemText().contains(QStringLiteral("dialout")));
    save(window, QStringLiteral("window-live-links"), dark);
    window.setLinkStatuses({listening(), polling()});
    window.showPage(MainWindow::Page::Cells);
    QCoreApplication::processEvents();
    for (LinkChip *c : window.linkStatusBar()->chips()) // every word of a chip is shown, after a change too
        QVERIFY2(c->width() >= c->sizeHint().width(), qPrintable(c->text()));
    save(window, QStringLiteral("window-live-listening"), dark);
}

void TestSessionWindow::replayIsMarkedAndControlled()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(60);
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    QSignalSpy pause(&window, &MainWindow::replayPauseRequested);
    QSignalSpy speed(&window, &MainWindow::replaySpeedRequested);
    QSignalSpy seek(&window, &MainWindow::replaySeekRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.replayBar()->isVisible());
    window.setLinkStatuses({replaying()});
    QVERIFY(window.isReplay());
    ReplayBar *bar = window.replayBar();
    QVERIFY(bar->isVisible());

    // Marked as a replay with the file's time, in the title, over the headline and in the status bar.
    const QString headline = QStringLiteral("REPLAY of site.log \u2014 file time 2025-03-14 08:00:05.123 UTC");
    QCOMPARE(window.replayHeadline(), headline);
    QVERIFY2(window.windowTitle().startsWith(headline), qPrintable(window.windowTitle()));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("replayBanner"))->text(), headline);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("clockLabel"))->text(), QStringLiteral("File time 2025-03-14 08:00:05.123 UTC"));
    window.tick(); // the monitor's refresh does not put the clock back
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("clockLabel"))->text().startsWith(QStringLiteral("File time")));
    QCOMPARE(bar->fileTimeText(), QStringLiteral("File time: 2025-03-14 08:00:05.123 UTC"));
    QCOMPARE(bar->badLinesText(), QStringLiteral("3 unreadable lines, the first: line 17"));
    QCOMPARE(bar->positionSlider()->value(), 420);
    save(window, QStringLiteral("window-replay"), false);

    // Pause: the button, and Ctrl+Space.
    bar->playPauseButton()->click();
    QCOMPARE(pause.size(), 1);
    QCOMPARE(pause.last().first().toBool(), true);
    LinkStatus paused = replaying();
    paused.phase = LinkStatus::Phase::ReplayPaused;
    window.setLinkStatuses({paused});
    QVERIFY(window.replayHeadline().endsWith(QStringLiteral("(paused)")));
    QCOMPARE(window.pauseReplayAction()->text(), QStringLiteral("&Resume replay"));
    QTest::keyClick(&window, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(pause.size(), 2);
    QCOMPARE(pause.last().first().toBool(), false);

    // Speed by keyboard: 10x, then as fast as possible.
    bar->speedCombo()->setFocus();
    QTRY_VERIFY(bar->speedCombo()->hasFocus());
    QTest::keyClick(bar->speedCombo(), Qt::Key_Down);
    QCOMPARE(speed.size(), 1);
    QCOMPARE(speed.last().first().toDouble(), 10.0);
    QTest::keyClick(bar->speedCombo(), Qt::Key_Down);
    QCOMPARE(speed.last().first().toDouble(), 0.0);

    // Seeking needs the file's span; then the keyboard seeks to file times.
    QVERIFY(!bar->positionSlider()->isEnabled());
    const qint64 endUs = kFileStartUs + 600'000'000; // ten minutes
    window.setReplaySpan(kFileStartUs, endUs);
    QVERIFY(bar->positionSlider()->isEnabled());
    bar->positionSlider()->setFocus();
    QTRY_VERIFY(bar->positionSlider()->hasFocus());
    QTest::keyClick(bar->positionSlider(), Qt::Key_End);
    QCOMPARE(seek.size(), 1);
    QCOMPARE(seek.last().first().toLongLong(), endUs);
    QTest::keyClick(bar->positionSlider(), Qt::Key_Home);
    QCOMPARE(seek.last().first().toLongLong(), kFileStartUs);
    QTest::keyClick(bar->positionSlider(), Qt::Key_PageUp);
    QCOMPARE(seek.last().first().toLongLong(), kFileStartUs + 30'000'000); // one page = 1/20 of the file
    // The session's next status moves the slider without asking to seek.
    const qsizetype seeks = seek.size();
    window.setLinkStatuses({replaying()});
    QCOMPARE(seek.size(), seeks);

    // A file with relative times says so; the end is said; a closed replay gives the window back.
    LinkStatus ended = replaying();
    ended.phase = LinkStatus::Phase::ReplayEnded;
    ended.fileTimeUs = 3'723'004'000; // 1 h 02 min 03.004 s into the file
    ended.progress = 1.0;
    window.setLinkStatuses({ended});
    QCOMPARE(window.replayHeadline(), QStringLiteral("REPLAY of site.log \u2014 file time 1:02:03.004 from the file's start (ended)"));
    QVERIFY(!window.pauseReplayAction()->isEnabled());
    window.setLinkStatuses({});
    QVERIFY(!window.isReplay());
    QVERIFY(!bar->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("BankScope \u2014 Demo bank"));
}

void TestSessionWindow::settingsComeBackInASecondWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    ScenarioRig rig(ScenarioRig::demo());
    QList<int> sizes;
    QRect geometry;
    {
        AppSettings settings(path);
        MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
        window.setWorkflowServices(nullptr, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1100, 700);
        window.showPage(MainWindow::Page::Inverter);
        auto *split = window.findChild<QSplitter *>(QStringLiteral("overviewSplitter0"));
        QVERIFY(split);
        split->setSizes({150, 400});
        sizes = split->sizes();
        window.findChild<QAction *>(QStringLiteral("darkPalette"))->trigger();
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QCoreApplication::processEvents();
        geometry = window.geometry();
        window.close(); // saves
    }
    QApplication::setPalette(m_light);
    AppSettings settings(path);
    QVERIFY2(settings.notice().isEmpty(), qPrintable(settings.notice()));
    MainWindow again(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    again.setWorkflowServices(nullptr, &settings);
    QCOMPARE(again.currentPage(), MainWindow::Page::Inverter);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    QVERIFY(again.findChild<QAction *>(QStringLiteral("darkPalette"))->isChecked());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), geometry.size());
    again.showPage(MainWindow::Page::Overview);
    QCoreApplication::processEvents();
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("overviewSplitter0"))->sizes(), sizes);
    QApplication::setPalette(m_light);
}

void TestSessionWindow::preferencesKeepTwoLanguages()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("BankScope.conf")));
    PreferencesDialog dialog(settings, {QStringLiteral("fr"), QStringLiteral("ha"), QStringLiteral("ig"), QStringLiteral("pcm"),
                                        QStringLiteral("yo")});
    QCOMPARE(dialog.windowLanguage(), QString()); // the system's
    QCOMPARE(dialog.printLanguage(), QStringLiteral("en"));
    QCOMPARE(dialog.windowLanguageCombo()->itemText(2), QStringLiteral("Fran\u00E7ais (fr)"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(dialog.windowLanguageCombo()->hasFocus());
    QTest::keyClick(dialog.windowLanguageCombo(), Qt::Key_Down); // English
    QTest::keyClick(dialog.windowLanguageCombo(), Qt::Key_Down); // French
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(dialog.printLanguageCombo()->hasFocus());
    QTest::keyClick(dialog.printLanguageCombo(), Qt::Key_Down); // fr
    QTest::keyClick(dialog.printLanguageCombo(), Qt::Key_Down); // ha
    QCOMPARE(dialog.windowLanguage(), QStringLiteral("fr"));
    QCOMPARE(dialog.printLanguage(), QStringLiteral("ha"));
    save(dialog, QStringLiteral("preferences"), false);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.windowLanguageChanged());
    AppSettings reread(dir.filePath(QStringLiteral("BankScope.conf")));
    QCOMPARE(reread.windowLanguage(), QStringLiteral("fr"));
    QCOMPARE(reread.printLanguage(), QStringLiteral("ha"));
}

void TestSessionWindow::adapterGuideSaysWhatTheReadmeSays()
{
    QFile readme(QStringLiteral(BANKSCOPE_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString guide = QTextDocumentFragment::fromHtml(AdapterGuide::html()).toPlainText();
    // The commands and the facts an installer copies, word for word in both.
    const QStringList same{QStringLiteral("sudo usermod -aG dialout $USER"),
                           QStringLiteral("sudo systemctl stop ModemManager"),
                           QStringLiteral("ENV{ID_MM_DEVICE_IGNORE}=\"1\""),
                           QStringLiteral("SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"1a86\", ATTRS{idProduct}==\"7523\", SYMLINK+=\"rs485-bank\""),
                           QStringLiteral("sudo udevadm control --reload && sudo udevadm trigger"),
                           QStringLiteral("fuser -v /dev/ttyUSB0"),
                           QStringLiteral("sudo ip link set can0 up type can bitrate 500000 listen-only on"),
                           QStringLiteral("PCAN-Basic"),
                           QStringLiteral("CH340 `1a86:7523`"),
                           QStringLiteral("120 \u03A9"),
                           QStringLiteral("bytes arrive but no valid frames")};
    for (QString s : same) {
        QVERIFY2(text.contains(s), qPrintable(s));
        s.remove(QLatin1Char('`'));
        QVERIFY2(guide.contains(s), qPrintable(s));
    }
    AdapterGuide dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, QStringLiteral("adapter-guide"), false);
    QVERIFY(AboutBox::html().contains(QString::fromLatin1(qVersion())));
    QVERIFY(AboutBox::html().contains(QStringLiteral("LGPL")));
}

void TestSessionWindow::customWidgetsHaveAccessibleNames()
{
    ScenarioRig rig(ScenarioRig::demo());
    rig.runFor(30);
    MainWindow window(rig.monitor, QStringLiteral("Demo bank"), &rig.bank.activity());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tick();
    QVERIFY(!window.headline()->accessibleName().isEmpty());
    QVERIFY2(window.headline()->accessibleDescription().contains(QStringLiteral("SOC")), qPrintable(window.headline()->accessibleDescription()));
    QVERIFY(!window.headline()->accessibleDescription().contains(QLatin1Char('<'))); // words, not markup
    auto *cellMap = window.findChild<QWidget *>(QStringLiteral("cellMap"));
    QVERIFY(cellMap && !cellMap->accessibleName().isEmpty() && !cellMap->accessibleDescription().isEmpty());
    for (const char *name : {"replayPlayPause", "replaySpeed", "replayPosition"})
        QVERIFY2(!window.findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    // Every menu action is reachable by the keyboard: a mnemonic in its menu, and the main ones a shortcut.
    for (QAction *a : {window.connectAction(), window.recordAction(), window.openRecordingAction(), window.printReportAction(),
                       window.findAction(), window.adapterGuideAction()})
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
    QList<QMenu *> menus;
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            menus << top->menu() << top->menu()->findChildren<QMenu *>();
    QVERIFY(menus.size() >= 7);
    for (QMenu *menu : menus) {
        QVERIFY2(menu->title().contains(QLatin1Char('&')), qPrintable(menu->title()));
        for (QAction *a : menu->actions())
            QVERIFY2(a->isSeparator() || a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty(), qPrintable(a->text()));
    }
}

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
