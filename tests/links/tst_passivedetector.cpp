// Passive auto-detection on pseudo-terminals: listening at each candidate speed, the real
// capture played beside it by a peer thread, a bank that only answers for the probes, and a
// fake SLCAN adapter for the CAN bit-rate search. Windows are shortened here; the CLI's never are.

#include "capturepeer.h"
#include "clock.h"
#include "passivedetector.h"
#include "ptydevice.h"
#include "pylontechemulator.h"

#include <QSignalSpy>
#include <QTest>

class TestPassiveDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void besideAMasterItNeverProbes();
    void silentBusIsProbedOnlyWhenAsked_data();
    void silentBusIsProbedOnlyWhenAsked();
    void slcanBitrateSearchStaysSilent();
    void slcanThatCannotBeSilentStopsTheSearch();
};

void TestPassiveDetector::besideAMasterItNeverProbes()
{
    PtyPair pty;
    SessionClock clock;
    CapturePeer inverter(pty);
    PassiveDetector::Settings s;
    s.serialPort = pty.path();
    s.windowMs = 2500;
    s.probe = true;
    PassiveDetector detector(s, clock);
    QCOMPARE(detector.speeds(), (QList<qint32>{115200, 9600}));
    QSignalSpy finished(&detector, &PassiveDetector::finished);
    QSignalSpy planned(&detector, &PassiveDetector::probesPlanned);
    inverter.play(CapturePeer::capture(20));
    detector.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const PassiveDetector::Result r = detector.result();
    QVERIFY(!r.silent);
    QVERIFY(!r.probed);
    QCOMPARE(planned.count(), 0);
    QCOMPARE(r.candidates.size(), 2);
    // A pty has no baud rate: both candidates hear the same frames; each says what it decoded.
    for (const PassiveDetector::Candidate &c : r.candidates) {
        const HeardProtocol *p = c.heard.of(ProtocolId::PylontechRs485);
        QVERIFY(p && p->decoded >= 2);
        QCOMPARE(p->polled(), QList<int>{2});
    }
    QCOMPARE(r.protocol, std::optional<ProtocolId>(ProtocolId::PylontechRs485));
    QVERIFY2(r.text().contains(QLatin1String("pylontech-rs485 heard at")), qPrintable(r.text()));
    inverter.stop();
    QCOMPARE(pty.read(200), QByteArray());
}

void TestPassiveDetector::silentBusIsProbedOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("probe");
    QTest::newRow("without --probe") << false;
    QTest::newRow("with --probe") << true;
}

void TestPassiveDetector::silentBusIsProbedOnlyWhenAsked()
{
    QFETCH(bool, probe);
    PtyPair pty;
    SessionClock clock;
    PylontechEmulator emu;
    emu.setModules({PylontechEmulator::module(2, 70, 0)});
    PassiveDetector::Settings s;
    s.serialPort = pty.path();
    s.windowMs = 800;
    s.probe = probe;
    PassiveDetector detector(s, clock);
    QSignalSpy planned(&detector, &PassiveDetector::probesPlanned);
    QSignalSpy finished(&detector, &PassiveDetector::finished);
    int plannedWhenFirstByteArrived = -1;
    PtyDevice bank(pty, &PtyDevice::untilCr, [&](const QByteArray &u) {
        if (plannedWhenFirstByteArrived < 0)
            plannedWhenFirstByteArrived = int(planned.count());
        const QByteArray a = emu.respond(u);
        return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
    });
    detector.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const PassiveDetector::Result r = detector.result();
    QVERIFY(r.silent);
    if (!probe) {
        QVERIFY(!r.probed);
        QCOMPARE(bank.raw, QByteArray()); // nothing sent
        QVERIFY(r.text().contains(QLatin1String("nothing sent")));
        return;
    }
    QVERIFY(r.probed);
    QCOMPARE(planned.count(), 1);
    QCOMPARE(plannedWhenFirstByteArrived, 1); // the plan was announced before the first byte
    const auto plan = planned.first().at(0).value<QList<PassiveDetector::Probe>>();
    QCOMPARE(plan.first().request.bytes, QByteArray("~20024693E00202FD2D\r")); // 0x93 to 0x02, a read
    // The first probe found the bank: nothing more was sent.
    QCOMPARE(bank.units, QList<QByteArray>{plan.first().request.bytes});
    QCOMPARE(r.probes.size(), 1);
    QVERIFY(r.probes.first().answered);
    QCOMPARE(r.protocol, std::optional<ProtocolId>(ProtocolId::PylontechRs485));
    QCOMPARE(r.speed, std::optional<qint32>(115200));
}

namespace {

// An SLCAN adapter on a pty that takes silent mode ('L') at any bit rate, and hears the bus's
// frames only at 500 kbit/s (S6): at another rate a listen-only controller hears nothing.
struct FakeCanBus
{
    explicit FakeCanBus(PtyPair &pty, bool refuseSilence = false)
        : m_pty(pty)
        , device(pty, &PtyDevice::untilCr, [this, refuseSilence](const QByteArray &unit) -> QList<QByteArray> {
            const QByteArray c = unit.chopped(1);
            commands.append(c);
            if (c.startsWith('S'))
                m_rate = c;
            if (c == "C" || c == "V")
                return {c == "C" ? QByteArray("\a") : QByteArray("V1013\r")};
            if (refuseSilence && (c == "L" || c == "M1"))
                return {QByteArray("\a")};
            m_open = c == "L" || c == "O";
            return {QByteArray("\r")};
        })
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_open && m_rate == "S6")
                m_pty.write("t35181402C012C012C201\rt355458005E00\r");
        });
        m_timer.start(100);
    }
    PtyPair &m_pty;
    PtyDevice device;
    QList<QByteArray> commands;
    QByteArray m_rate;
    bool m_open = false;
    QTimer m_timer;
};

} // namespace

void TestPassiveDetector::slcanBitrateSearchStaysSilent()
{
    PtyPair pty;
    FakeCanBus bus(pty);
    SessionClock clock;
    PassiveDetector::Settings s;
    CanSettings cs;
    cs.plugin = QStringLiteral("slcan");
    cs.interface = pty.path();
    s.can = cs;
    s.windowMs = 700;
    s.probe = true; // never on CAN
    PassiveDetector detector(s, clock);
    QCOMPARE(detector.speeds(), (QList<qint32>{500000, 250000, 125000, 1000000}));
    QSignalSpy finished(&detector, &PassiveDetector::finished);
    detector.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const PassiveDetector::Result r = detector.result();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.probed);
    QCOMPARE(r.candidates.size(), 4);
    QVERIFY(r.candidates[0].heard.frames >= 4);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(r.candidates[i].heard.frames, quint64(0));
    QCOMPARE(r.protocol, std::optional<ProtocolId>(ProtocolId::PylonCan));
    QCOMPARE(r.speed, std::optional<qint32>(500000));
    QVERIFY2(r.text().contains(QLatin1String("pylon-can heard at 500000 bit/s")), qPrintable(r.text()));
    // Every rate was listened to in silent mode; the adapter was never opened to transmit.
    QTest::qWait(100);
    QList<QByteArray> expected;
    for (const char *rate : {"S6", "S5", "S4", "S8"})
        expected << "C" << "V" << rate << "L";
    QCOMPARE(bus.commands, expected);
}

void TestPassiveDetector::slcanThatCannotBeSilentStopsTheSearch()
{
    PtyPair pty;
    FakeCanBus bus(pty, true);
    SessionClock clock;
    PassiveDetector::Settings s;
    CanSettings cs;
    cs.plugin = QStringLiteral("slcan");
    cs.interface = pty.path();
    s.can = cs;
    s.windowMs = 500;
    PassiveDetector detector(s, clock);
    QSignalSpy finished(&detector, &PassiveDetector::finished);
    detector.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const PassiveDetector::Result r = detector.result();
    QVERIFY(r.error.contains(QLatin1String("cannot be made silent")));
    QCOMPARE(r.candidates.size(), 1);
    QVERIFY(!bus.commands.contains("O"));
}

QTEST_GUILESS_MAIN(TestPassiveDetector)
#include "tst_passivedetector.moc"
