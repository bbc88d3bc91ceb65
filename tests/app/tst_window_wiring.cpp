// The window wired to its session as bankscope's main() wires them (WindowWiring): opened on the
// demo, then connected from the window to bankscope-sim on a pseudo-terminal (the role auto:
// it listens first, then polls the silent bus), the Links page and the pack list following the
// new session, a recording made from the window, disconnected, and the recording opened again
// from the window with its time span read for the replay slider.

#include "simonpty.h"
#include "banksession.h"
#include "guistart.h"
#include "linkspage.h"
#include "mainwindow.h"
#include "packpage.h"
#include "packtablemodel.h"
#include "trafficmodel.h"
#include "windowwiring.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Sim = SimOnPty;

QStringList packIds(const QComboBox *combo)
{
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toString();
    return ids;
}

// Every pack's voltage read after sinceMs (on the monitor's clock): a full poll cycle went by.
bool allPacksReadSince(const BankMonitor &monitor, const QStringList &ids, qint64 sinceMs)
{
    for (const QString &id : ids) {
        const PackReading *r = monitor.reading(id);
        if (!r || !r->voltageV.has() || r->voltageV.atMs <= sinceMs)
            return false;
    }
    return true;
}

} // namespace

class TestWindowWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromTheDemoToALiveBankAndBackFromItsRecording();
    void aPortThatIsNotThereIsShownNotConnected();
};

void TestWindowWiring::fromTheDemoToALiveBankAndBackFromItsRecording()
{
    const GuiStart::Options o = GuiStart::parse({QStringLiteral("bankscope"), QStringLiteral("--demo")});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    WindowWiring wiring(window, session);
    wiring.setErrorBoxes(false);
    wiring.showCurrent();
    window.show();
    auto *packs = window.packPage()->findChild<QComboBox *>(QStringLiteral("packCombo"));
    QVERIFY(packs);
    const QStringList demoPacks = packIds(packs);
    QCOMPARE(demoPacks.size(), 4);

    // Connect from the window (what Connection > Connect... emits with the dialog's plan).
    Sim sim;
    QVERIFY(sim.start(QStringLiteral(BANKSCOPE_SCENARIOS "/pylontech-4pack-healthy.json")));
    SessionSource stick;
    stick.kind = SessionSource::Kind::Serial;
    stick.device = sim.path;
    stick.protocol = ProtocolId::PylontechRs485;
    SessionPlan plan;
    plan.sources.append(stick);
    Q_EMIT window.connectRequested(plan);
    QVERIFY(window.windowTitle().contains(QLatin1String("pylontech-rs485 on ")));
    QCOMPARE(session.statuses().size(), 1);
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::Listening); // auto: listens first
    QCOMPARE(session.status(0).bytesSent, quint64(0));

    // The silent bus is polled after the listen window; the pack list and the Links page follow
    // the new session (the demo's activity is no longer what they read).
    QTRY_COMPARE_WITH_TIMEOUT(session.status(0).phase, LinkStatus::Phase::Polling, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.packModel()->rowCount(), 4, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(packIds(packs), (QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A5")}),
                              10000);
    QVERIFY(packIds(packs) != demoPacks);
    TrafficModel *traffic = window.linksPage()->trafficModel();
    QTRY_VERIFY_WITH_TIMEOUT(traffic->rowCount() > 0, 10000);
    // The first row is this session's first request (the demo's links have names of their own).
    QStringList seen;
    for (int c = 0; c < traffic->columnCount(); ++c)
        seen << traffic->data(traffic->index(0, c)).toString();
    QVERIFY2(seen.contains(session.status(0).name), qPrintable(seen.join(QLatin1Char('|'))));
    QVERIFY2(seen.contains(QLatin1String("ADR 2")), qPrintable(seen.join(QLatin1Char('|'))));

    // The picture the README shows of a live serial bank (made here, copied by ./dev.sh screenshots).
    window.resize(1360, 640);
    window.tick();
    QTest::qWait(300); // the columns fit to what the tick brought
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QVERIFY(window.grab().save(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/window-live-serial.png")));

    // Record from the window, then stop.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.log"));
    Q_EMIT window.recordRequested(file);
    QVERIFY(session.isRecording());
    auto *recordingLabel = window.findChild<QLabel *>(QStringLiteral("recordingLabel"));
    QVERIFY(recordingLabel && recordingLabel->isVisibleTo(&window));
    // Until every pack was read again: a recording of a few frames may hold only the identity
    // requests of one pack, and its replay then shows no pack at all.
    const QStringList livePacks = packIds(packs);
    const qint64 recordedFromMs = session.monitor().nowMs();
    QTRY_VERIFY_WITH_TIMEOUT(allPacksReadSince(session.monitor(), livePacks, recordedFromMs), 20000);
    Q_EMIT window.stopRecordingRequested();
    QVERIFY(!session.isRecording());
    QVERIFY(!window.windowTitle().contains(QLatin1String("recording")));

    // Disconnect: no link, the window says so.
    Q_EMIT window.disconnectRequested();
    QVERIFY(session.statuses().isEmpty());
    QVERIFY(window.windowTitle().contains(QLatin1String("Not connected")));

    // Open the recording from the window: replayed, its span read for the slider.
    QSignalSpy span(&wiring, &WindowWiring::spanRead);
    Q_EMIT window.openRecordingRequested(file);
    QCOMPARE(session.statuses().size(), 1);
    QCOMPARE(session.status(0).kind, SessionSource::Kind::Recording);
    QVERIFY(span.wait(10000));
    const qint64 first = span.first().at(0).toLongLong();
    const qint64 last = span.first().at(1).toLongLong();
    QVERIFY2(last > first, qPrintable(QStringLiteral("%1 .. %2").arg(first).arg(last)));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("replayBanner"))->isVisibleTo(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.packModel()->rowCount(), 4, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(packIds(packs), livePacks, 10000);
}

void TestWindowWiring::aPortThatIsNotThereIsShownNotConnected()
{
    const GuiStart::Options o = GuiStart::parse({QStringLiteral("bankscope"), QStringLiteral("--demo")});
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    WindowWiring wiring(window, session);
    wiring.setErrorBoxes(false);
    window.show();

    SessionSource stick;
    stick.kind = SessionSource::Kind::Serial;
    stick.device = QStringLiteral("/dev/ttyUSB-not-here");
    SessionPlan plan;
    plan.sources.append(stick);
    Q_EMIT window.connectRequested(plan);
    // The link's status says why and what to do; nothing crashed, the window is still usable.
    QTRY_VERIFY_WITH_TIMEOUT(!session.statuses().isEmpty() && (session.status(0).phase == LinkStatus::Phase::Failed
                                                              || session.status(0).phase == LinkStatus::Phase::Reconnecting),
                             10000);
    QVERIFY(!session.status(0).errorText.isEmpty());
    QVERIFY(!session.status(0).nextStep.isEmpty());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner && banner->isVisibleTo(&window), 5000);
    QVERIFY(banner->text().contains(session.status(0).nextStep.left(20)));
}

QTEST_MAIN(TestWindowWiring)
#include "tst_window_wiring.moc"
