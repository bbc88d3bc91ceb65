// The role of a serial link, decided on a real pseudo-terminal beside another master: the real
// Pylontech capture (an inverter-like host polling 0x02 every ~2 s, with the bank's answers)
// played at its own cadence by a peer thread, or a simulated bank that only answers. Whatever
// the link sends is read back from the pty afterwards: beside a master it must be nothing.
// The listen window is shortened here (BusGuard::Settings::windowMs); front ends never do.

#include "busguard.h"
#include "capturepeer.h"
#include "clock.h"
#include "decodepipeline.h"
#include "protocoltable.h"
#include "ptydevice.h"
#include "pylontechemulator.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>

namespace {

using SteadyClock = std::chrono::steady_clock;

BusGuard::Settings settingsFor(const PtyPair &pty, RoleRequest request, int windowMs)
{
    BusGuard::Settings s;
    s.serial.portName = pty.path();
    s.serial.reconnectFirstMs = 50;
    s.serial.reconnectMaxMs = 200;
    s.protocol = ProtocolId::PylontechRs485;
    s.request = request;
    s.windowMs = windowMs;
    s.quietBeforePollMs = 100;
    s.poll.timeoutMs = 400;
    return s;
}

// A two-module Pylontech bank that only answers (no master of its own), recording when each
// request arrived.
struct QuietBank
{
    explicit QuietBank(PtyPair &pty)
        : device(pty, &PtyDevice::untilCr, [this](const QByteArray &u) {
            times.append(SteadyClock::now());
            const QByteArray a = emu.respond(u);
            return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
        })
    {
        emu.setModules({PylontechEmulator::module(2, 81, -6.8), PylontechEmulator::module(3, 64, -4.1)});
    }
    PylontechEmulator emu;
    QList<SteadyClock::time_point> times;
    PtyDevice device;
};

// Starts polling with the Pylontech plan whenever the guard hands out a scheduler.
void pollWithPlan(BusGuard &guard)
{
    QObject::connect(&guard, &BusGuard::pollingStarted, &guard, [](PollScheduler &scheduler) {
        const PollPlans::Plan plan = ProtocolTable::spec(ProtocolId::PylontechRs485).plan({2});
        scheduler.setPlan(plan.once, plan.cyclic);
        scheduler.start();
    });
}

} // namespace

class TestBusGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowNeverShorterThanTheTableSays();
    void defaultRoleBesideAPollingInverterSendsNothing();
    void wrongBaudNoiseKeepsItListening();
    void silentBusIsPolledAfterTheWindow();
    void pollBesideAnInverterRefuses();
    void foreignMasterStopsPollingBeforeTheNextRequest();
    void reconnectStartsAgainInAuto();
    void listenNeverOpensAWritablePort();
};

void TestBusGuard::windowNeverShorterThanTheTableSays()
{
    PtyPair pty;
    ManualClock clock;
    BusGuard guard(settingsFor(pty, RoleRequest::Auto, 0), clock);
    QCOMPARE(guard.windowMs(), ProtocolTable::listenWindowMs(Medium::Serial));
    QVERIFY(guard.windowMs() >= ProtocolTable::kMinimumListenWindowMs);
}

void TestBusGuard::defaultRoleBesideAPollingInverterSendsNothing()
{
    PtyPair pty;
    SessionClock clock;
    CapturePeer inverter(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Auto, 4500), clock);
    pollWithPlan(guard);
    DecodePipeline pipeline(ProtocolId::PylontechRs485, BankConfig{}, QStringLiteral("pty"));
    connect(&guard, &BusGuard::linkChanged, &pipeline, [&pipeline](SerialLink *link) { pipeline.attach(link); });
    QSignalSpy decided(&guard, &BusGuard::decided);
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QSignalSpy polling(&guard, &BusGuard::pollingStarted);
    QVERIFY(guard.open());
    QCOMPARE(guard.phase(), BusGuard::Phase::Listening);
    inverter.play(CapturePeer::capture(40)); // 20 polls and their answers, ~40 s
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 10000);
    const auto d = decided.first().at(0).value<RoleDecision>();
    QCOMPARE(d.code, RoleDecision::Code::MasterPolls);
    QCOMPARE(d.role, LinkRole::Listen);
    QVERIFY(!d.refused());
    QCOMPARE(d.addresses, QList<int>{2});
    QCOMPARE(d.message, QStringLiteral("analog-values"));
    QVERIFY2(d.periodS && std::abs(*d.periodS - 2.03) < 0.15, qPrintable(d.text()));
    QCOMPARE(d.text(), QStringLiteral("another master polls 0x02 every 2.0 s (analog-values): listening only"));
    QCOMPARE(guard.phase(), BusGuard::Phase::ListenOnly);
    // It keeps decoding what the inverter and the bank say, and never starts polling.
    const int before = int(decoded.count());
    QTRY_VERIFY_WITH_TIMEOUT(decoded.count() >= before + 4, 10000);
    QCOMPARE(polling.count(), 0);
    QVERIFY(guard.bytesReceived() > 500);
    QCOMPARE(guard.bytesSent(), quint64(0));
    inverter.stop();
    guard.close();
    QCOMPARE(pty.read(200), QByteArray()); // the peer side received nothing at all
}

void TestBusGuard::wrongBaudNoiseKeepsItListening()
{
    PtyPair pty;
    SessionClock clock;
    CapturePeer garble(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Auto, 2000), clock);
    pollWithPlan(guard);
    QSignalSpy decided(&guard, &BusGuard::decided);
    QSignalSpy polling(&guard, &BusGuard::pollingStarted);
    QVERIFY(guard.open());
    garble.repeat(CapturePeer::wrongBaudNoise(24), 700); // a master at 9600 heard at 115200
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 6000);
    const auto d = decided.first().at(0).value<RoleDecision>();
    QCOMPARE(d.code, RoleDecision::Code::UndecodedBytes);
    QCOMPARE(d.role, LinkRole::Listen);
    QVERIFY(d.bytes >= 24);
    QVERIFY2(d.text().endsWith(QLatin1String(": listening only")), qPrintable(d.text()));
    QTest::qWait(1500); // long past the window: still listening
    QCOMPARE(polling.count(), 0);
    QCOMPARE(guard.phase(), BusGuard::Phase::ListenOnly);
    garble.stop();
    guard.close();
    QCOMPARE(pty.read(200), QByteArray());
}

void TestBusGuard::silentBusIsPolledAfterTheWindow()
{
    PtyPair pty;
    SessionClock clock;
    QuietBank bank(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Auto, 1500), clock);
    pollWithPlan(guard);
    QSignalSpy decided(&guard, &BusGuard::decided);
    QSignalSpy links(&guard, &BusGuard::linkChanged);
    QVERIFY(guard.open());
    QCOMPARE(links.count(), 1);
    QCOMPARE(guard.link()->role(), LinkRole::Listen);
    QVERIFY(guard.windowRemainingMs() > 1000);
    QTest::qWait(1200); // most of the window: not a byte yet
    QCOMPARE(bank.device.units.size(), 0);
    QCOMPARE(decided.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 5000);
    const auto d = decided.first().at(0).value<RoleDecision>();
    QCOMPARE(d.code, RoleDecision::Code::SilentWindow);
    QCOMPARE(d.role, LinkRole::Poll);
    QCOMPARE(d.text(), QStringLiteral("silent for 1 s: polling"));
    QCOMPARE(guard.phase(), BusGuard::Phase::Polling);
    QCOMPARE(guard.link()->role(), LinkRole::Poll);
    QTRY_VERIFY_WITH_TIMEOUT(guard.pollCycles() >= 1, 10000);
    QVERIFY(bank.device.units.size() >= 8);
    QCOMPARE(guard.pollStats().value(2).timeouts, quint64(0));
}

void TestBusGuard::pollBesideAnInverterRefuses()
{
    PtyPair pty;
    SessionClock clock;
    CapturePeer inverter(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Poll, 2500), clock);
    pollWithPlan(guard);
    QSignalSpy decided(&guard, &BusGuard::decided);
    QSignalSpy polling(&guard, &BusGuard::pollingStarted);
    QVERIFY(guard.open());
    inverter.play(CapturePeer::capture(12, true)); // requests only: the bank is not answering
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 6000);
    const auto d = decided.first().at(0).value<RoleDecision>();
    QCOMPARE(d.code, RoleDecision::Code::MasterPolls);
    QVERIFY(d.refused());
    QCOMPARE(d.requested, RoleRequest::Poll);
    QVERIFY2(d.text().endsWith(QLatin1String("not polling (another master owns this bus)")), qPrintable(d.text()));
    QTest::qWait(1000);
    QCOMPARE(polling.count(), 0);
    inverter.stop();
    guard.close();
    QCOMPARE(pty.read(200), QByteArray());
}

void TestBusGuard::foreignMasterStopsPollingBeforeTheNextRequest()
{
    PtyPair pty;
    SessionClock clock;
    QuietBank bank(pty);
    BusGuard::Settings s = settingsFor(pty, RoleRequest::Auto, 1000);
    s.poll.turnaroundMs = 20;
    BusGuard guard(s, clock);
    pollWithPlan(guard);
    QSignalSpy decided(&guard, &BusGuard::decided);
    QVERIFY(guard.open());
    QTRY_COMPARE_WITH_TIMEOUT(guard.phase(), BusGuard::Phase::Polling, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(bank.device.units.size() >= 10, 10000);
    // The inverter is plugged in and starts polling at its own cadence.
    CapturePeer inverter(pty);
    inverter.play(CapturePeer::capture(6, true));
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 2, 8000);
    const auto d = decided.last().at(0).value<RoleDecision>();
    QVERIFY2(d.code == RoleDecision::Code::ForeignRequest || d.code == RoleDecision::Code::ForeignBytes, qPrintable(d.text()));
    QCOMPARE(d.role, LinkRole::Listen);
    QVERIFY2(d.text().contains(QLatin1String("stopped polling, listening only")), qPrintable(d.text()));
    QCOMPARE(guard.phase(), BusGuard::Phase::ListenOnly);
    QCOMPARE(guard.link()->role(), LinkRole::Listen);
    // At most the request already on its way when the inverter spoke; nothing after it.
    QVERIFY(inverter.firstWrite());
    int after = 0;
    for (const auto &t : std::as_const(bank.times))
        after += t > *inverter.firstWrite();
    const int units = int(bank.device.units.size());
    QTest::qWait(1500);
    QCOMPARE(int(bank.device.units.size()), units);
    QVERIFY2(after <= 1, qPrintable(QString::number(after)));
    inverter.stop();
}

void TestBusGuard::reconnectStartsAgainInAuto()
{
    PtyPair pty;
    SessionClock clock;
    QuietBank bank(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Auto, 1000), clock);
    pollWithPlan(guard);
    QSignalSpy phases(&guard, &BusGuard::phaseChanged);
    QVERIFY(guard.open());
    QTRY_COMPARE_WITH_TIMEOUT(guard.phase(), BusGuard::Phase::Polling, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(bank.device.units.size() >= 4, 5000);

    pty.unplug(); // the adapter is pulled out while polling
    QTRY_COMPARE_WITH_TIMEOUT(guard.phase(), BusGuard::Phase::Reconnecting, 5000);
    QCOMPARE(guard.link()->role(), LinkRole::Listen);
    QVERIFY(pty.replug());
    bank.device.attach();
    const int units = int(bank.device.units.size());
    // Back as a listen link, in its window again: nothing is sent until the window is over.
    QTRY_COMPARE_WITH_TIMEOUT(guard.phase(), BusGuard::Phase::Listening, 5000);
    QCOMPARE(guard.link()->role(), LinkRole::Listen);
    QCOMPARE(guard.reconnects(), 1);
    QVERIFY(!guard.decision());
    QTest::qWait(700);
    QCOMPARE(int(bank.device.units.size()), units);
    QTRY_COMPARE_WITH_TIMEOUT(guard.phase(), BusGuard::Phase::Polling, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(int(bank.device.units.size()) > units, 5000);
}

void TestBusGuard::listenNeverOpensAWritablePort()
{
    PtyPair pty;
    SessionClock clock;
    QuietBank bank(pty);
    BusGuard guard(settingsFor(pty, RoleRequest::Listen, 500), clock);
    pollWithPlan(guard);
    QSignalSpy decided(&guard, &BusGuard::decided);
    QVERIFY(guard.open());
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.first().at(0).value<RoleDecision>().code, RoleDecision::Code::AskedToListen);
    QCOMPARE(guard.phase(), BusGuard::Phase::ListenOnly);
    QTest::qWait(1200); // well past any window: a silent bus is still only listened to
    QCOMPARE(guard.phase(), BusGuard::Phase::ListenOnly);
    QVERIFY(qobject_cast<SerialListenLink *>(guard.link()));
    QCOMPARE(bank.device.units.size(), 0);
}

QTEST_GUILESS_MAIN(TestBusGuard)
#include "tst_busguard.moc"
