// The RS485 poll scheduler against an emulated Pylontech bank on a real pseudo-terminal.

#include "clock.h"
#include "pollscheduler.h"
#include "ptydevice.h"
#include "pylontechemulator.h"
#include "seriallink.h"

#include <QSignalSpy>
#include <QTest>

namespace {

PylontechEmulator bank(const QList<int> &addresses)
{
    PylontechEmulator e;
    QList<EmulatedModule> modules;
    for (int a : addresses)
        modules.append(PylontechEmulator::module(a, 80.0 - a, -5.0));
    e.setModules(modules);
    return e;
}

struct Rig
{
    explicit Rig(PylontechEmulator emulator, PollSettings settings = {})
        : emu(std::move(emulator))
        , link(SerialSettings{pty.path()}, clock)
        , device(pty, &PtyDevice::untilCr, [this](const QByteArray &u) { return respond(u); })
        , scheduler(link, protocol, clock, settings)
    {
        link.open();
    }

    QList<QByteArray> respond(const QByteArray &unit)
    {
        QByteArray a = emu.respond(unit);
        if (a.isEmpty())
            return {};
        const auto f = PylontechFrameCodec::decode(a);
        if (corruptAddress >= 0 && f && f->adr == corruptAddress)
            a[a.size() - 2] = a[a.size() - 2] == '0' ? '1' : '0'; // a bit flipped in the checksum
        if (wrongAddress >= 0 && f && f->adr == wrongAddress) {
            PylontechFrame g = *f;
            g.adr = quint8(wrongAddress + 1);
            a = PylontechFrameCodec::encode(g);
        }
        QList<QByteArray> out;
        if (echo)
            out.append(unit);
        out.append(a);
        return out;
    }

    PtyPair pty;
    SessionClock clock;
    PylontechEmulator emu;
    SerialPollLink link;
    PtyDevice device;
    PylontechPollProtocol protocol;
    PollScheduler scheduler;
    int corruptAddress = -1;
    int wrongAddress = -1;
    bool echo = false;
};

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsTheWholePlanOneAtATime();
    void silentAddressTimesOutAndRetries();
    void checksumErrorsAreCountedAndRetried();
    void wrongAddressIsRejected();
    void turnaroundIsKept();
    void adapterEchoIsTolerated();
};

void TestPollScheduler::pollsTheWholePlanOneAtATime()
{
    PollSettings s;
    s.timeoutMs = 2000;
    Rig rig(bank({2, 3, 4}), s);
    rig.device.delayMs = 15; // the device takes its time: the next request must wait
    const PollPlans::Plan plan = PollPlans::pylontech({2, 3, 4}, true);
    rig.scheduler.setPlan(plan.once, plan.cyclic);
    QSignalSpy answered(&rig.scheduler, &PollScheduler::answered);
    QSignalSpy failed(&rig.scheduler, &PollScheduler::failed);
    QSignalSpy cycles(&rig.scheduler, &PollScheduler::cycleFinished);
    rig.scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 2, 20000);
    rig.scheduler.stop();

    QCOMPARE(failed.count(), 0);
    QCOMPARE(rig.device.overlaps, 0); // never a second request while one is in flight
    // once: 5 identity requests per module; per cycle: 0x42 FF, 0x44 FF, 3 x 0x92
    QVERIFY(answered.count() >= 15 + 2 * 5);
    bool sawGroup = false;
    for (const auto &args : std::as_const(answered)) {
        const auto m = args.at(1).value<DecodedMessage>();
        if (m.message == QLatin1String("analog-values")) {
            QCOMPARE(m.packs.size(), 3);
            QCOMPARE(*m.packs[1].socPct, 77.0); // module 3
            sawGroup = true;
        }
        QVERIFY(args.at(2).toLongLong() > 0);
    }
    QVERIFY(sawGroup);
    const AddressStats &master = rig.scheduler.stats().value(2);
    QVERIFY(master.answers >= 5 + 2 * 3);
    QVERIFY(master.requests - master.answers <= 1); // stopped with at most one request in flight
    QCOMPARE(master.timeouts, quint64(0));
    QVERIFY(master.latencyMinUs() && *master.latencyMinUs() > 0);
    QVERIFY(*master.latencyMedianUs() <= *master.latencyMaxUs());
    QVERIFY(master.lastSeenUs.has_value());
}

void TestPollScheduler::silentAddressTimesOutAndRetries()
{
    PollSettings s;
    s.timeoutMs = 150;
    s.retries = 2;
    PylontechEmulator emu = bank({2});
    Rig rig(emu, s);
    // Address 0x15 belongs to another group: the bank stays silent.
    const QList<PollRequest> plan{PollPlans::pylontech({0x15}, false).cyclic.first(), PollPlans::pylontech({2}, false).cyclic.first()};
    rig.scheduler.setPlan(plan, {});
    QSignalSpy failed(&rig.scheduler, &PollScheduler::failed);
    QSignalSpy answered(&rig.scheduler, &PollScheduler::answered);
    QSignalSpy idle(&rig.scheduler, &PollScheduler::idle);
    rig.scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("timeout"));
    QCOMPARE(rig.scheduler.stats().value(0x15).timeouts, quint64(3)); // 1 + 2 retries
    QCOMPARE(rig.scheduler.stats().value(0x15).requests, quint64(3));
    QCOMPARE(answered.count(), 1); // and the bus moved on to address 2
}

void TestPollScheduler::checksumErrorsAreCountedAndRetried()
{
    PollSettings s;
    s.timeoutMs = 500;
    s.retries = 1;
    Rig rig(bank({2, 3}), s);
    rig.corruptAddress = 3;
    const PollPlans::Plan plan = PollPlans::pylontech({2, 3}, false);
    rig.scheduler.setPlan({}, plan.cyclic);
    QSignalSpy failed(&rig.scheduler, &PollScheduler::failed);
    QSignalSpy cycles(&rig.scheduler, &PollScheduler::cycleFinished);
    rig.scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 10000);
    rig.scheduler.stop();
    const AddressStats &bad = rig.scheduler.stats().value(3);
    QVERIFY(bad.checksumErrors >= 6); // 3 requests x 2 attempts
    QCOMPARE(bad.answers, quint64(0));
    QCOMPARE(rig.scheduler.stats().value(2).checksumErrors, quint64(0));
    QVERIFY(failed.count() >= 3);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("checksum"));
    QVERIFY(failed.first().at(2).toString().contains(QLatin1String("checksum mismatch")));
}

void TestPollScheduler::wrongAddressIsRejected()
{
    PollSettings s;
    s.timeoutMs = 500;
    s.retries = 0;
    Rig rig(bank({2, 3}), s);
    rig.wrongAddress = 2; // answers to 2 come back labelled 3
    rig.scheduler.setPlan({PollPlans::pylontech({2}, false).cyclic.first()}, {});
    QSignalSpy failed(&rig.scheduler, &PollScheduler::failed);
    rig.scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("wrong-address"));
    QCOMPARE(rig.scheduler.stats().value(2).wrongAddress, quint64(1));
}

void TestPollScheduler::turnaroundIsKept()
{
    PollSettings s;
    s.turnaroundMs = 40;
    Rig rig(bank({2}), s);
    rig.scheduler.setPlan({}, PollPlans::pylontech({2}, false).cyclic);
    QSignalSpy cycles(&rig.scheduler, &PollScheduler::cycleFinished);
    rig.scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 2, 10000);
    rig.scheduler.stop();
    QVERIFY(rig.device.gapsMs.size() >= 4);
    for (qint64 gap : std::as_const(rig.device.gapsMs))
        QVERIFY2(gap >= 35, qPrintable(QString::number(gap))); // never sooner than the turnaround (ms rounding)
}

void TestPollScheduler::adapterEchoIsTolerated()
{
    Rig rig(bank({2}));
    rig.echo = true; // a CH341 echoes what it transmits
    rig.scheduler.setPlan(PollPlans::pylontech({2}, false).cyclic, {});
    QSignalSpy answered(&rig.scheduler, &PollScheduler::answered);
    QSignalSpy idle(&rig.scheduler, &PollScheduler::idle);
    rig.scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    QCOMPARE(answered.count(), 3);
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
