// Bus scan over a pseudo-terminal: answering, silent and every kind of suspect address.

#include "busscanner.h"
#include "clock.h"
#include "ptydevice.h"
#include "pylontechemulator.h"
#include "seriallink.h"

#include <QSignalSpy>
#include <QTest>

class TestBusScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryAddress();
};

void TestBusScanner::classifiesEveryAddress()
{
    PtyPair pty;
    SessionClock clock;
    // A group with modules 2..7; 5 and 6 carry the same serial (one pack answering for the
    // other, or two packs set alike); 4 is answered by two packs; 7's answers are corrupted;
    // 8 and 9 have no module (the master says RTN 0x90).
    PylontechEmulator emu;
    QList<EmulatedModule> modules;
    for (int a : {2, 3, 4, 5, 6, 7})
        modules.append(PylontechEmulator::module(a, 80, -3));
    modules[4].serial = modules[3].serial;
    modules.append(PylontechEmulator::module(10, 50, 0)); // outside the scan range
    modules.last().reachable = false;
    emu.setModules(modules);
    PtyDevice device(pty, &PtyDevice::untilCr, [&](const QByteArray &unit) -> QList<QByteArray> {
        QByteArray a = emu.respond(unit);
        const auto f = PylontechFrameCodec::decode(unit);
        if (f && f->adr == 4)
            return {a, a};
        if (f && f->adr == 7)
            a[a.size() - 3] = a[a.size() - 3] == 'A' ? 'B' : 'A';
        return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
    });
    SerialPollLink link(SerialSettings{pty.path()}, clock);
    QVERIFY(link.open());
    BusScanner::Settings s;
    s.attempts = 2;
    s.timeoutMs = 300;
    BusScanner scanner(link, ProtocolId::PylontechRs485, clock, s);
    QSignalSpy done(&scanner, &BusScanner::finished);
    scanner.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);

    QMap<int, BusScanner::Result> r;
    for (const BusScanner::Result &x : scanner.results())
        r.insert(x.address, x);
    QCOMPARE(r.size(), 8); // 2..9
    QCOMPARE(r[2].verdict, BusScanner::Verdict::Answering);
    QCOMPARE(r[3].verdict, BusScanner::Verdict::Answering);
    QCOMPARE(r[2].identity->info.serial, QStringLiteral("HPTBS00000000002"));
    QCOMPARE(r[4].verdict, BusScanner::Verdict::Suspect);
    QVERIFY(r[4].reasons.join(QLatin1Char(' ')).contains(QLatin1String("two answers")));
    QCOMPARE(r[5].verdict, BusScanner::Verdict::Suspect);
    QCOMPARE(r[6].verdict, BusScanner::Verdict::Suspect);
    QVERIFY(r[5].reasons.join(QLatin1Char(' ')).contains(QLatin1String("identical data from address 6")));
    QCOMPARE(r[7].verdict, BusScanner::Verdict::Suspect);
    QVERIFY(r[7].reasons.join(QLatin1Char(' ')).contains(QLatin1String("on this address only")));
    QCOMPARE(r[7].stats.checksumErrors, quint64(2));
    QCOMPARE(r[8].verdict, BusScanner::Verdict::Silent);
    QVERIFY(r[8].note.contains(QLatin1String("0x90")));
    QCOMPARE(r[9].verdict, BusScanner::Verdict::Silent);
}

QTEST_GUILESS_MAIN(TestBusScanner)
#include "tst_busscanner.moc"
