// BankSession's two paths that bankscope-cli replay and scan run through: a recording played as
// fast as possible and streamed (what the session emits matches what its summary counts and what
// the file holds, corrupt lines named, silences skipped, Ctrl+C's endReplay), and scan mode on a
// pseudo-terminal: beside a bank that only answers the session probes the address range; beside
// an inverter polling the bank (the real capture, played by a peer thread) it probes nothing and
// not one byte reaches the wire. The real listen window applies.

#include "banksession.h"
#include "busguard.h"
#include "capturepeer.h"
#include "clock.h"
#include "logreader.h"
#include "ptydevice.h"
#include "pylontechemulator.h"
#include "sessionrecorder.h"
#include "testdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

SessionSource recording(const QString &path, double speed, std::optional<ProtocolId> protocol = std::nullopt)
{
    SessionSource s;
    s.kind = SessionSource::Kind::Recording;
    s.device = path;
    s.replaySpeed = speed;
    s.protocol = protocol;
    return s;
}

SessionSource serial(const QString &device, RoleRequest role)
{
    SessionSource s;
    s.kind = SessionSource::Kind::Serial;
    s.device = device;
    s.role = role;
    s.protocol = ProtocolId::PylontechRs485;
    return s;
}

SessionPlan planOf(const SessionSource &source)
{
    SessionPlan p;
    p.sources.append(source);
    return p;
}

// Every event of a log and the time of the last one, read the plain way (LogReader).
struct FileFacts
{
    quint64 events = 0;
    quint64 badLines = 0;
    qint64 lastUs = 0;
};

FileFacts factsOf(const QString &path)
{
    FileFacts f;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return f;
    LogReader reader(&file);
    if (!reader.detect())
        return f;
    SessionFormat::Event e;
    for (;;) {
        const LogReader::Status st = reader.next(e);
        if (st == LogReader::Status::Event) {
            ++f.events;
            f.lastUs = e.timeUs;
        } else if (st == LogReader::Status::BadLine) {
            ++f.badLines;
        } else {
            break;
        }
    }
    return f;
}

// A BankScope recording of the real Pylontech capture (requests and answers).
QString captureRecording(const QTemporaryDir &dir, int lines)
{
    const QString file = dir.filePath(QStringLiteral("capture.log"));
    SessionRecorder recorder;
    if (!recorder.open(file))
        return {};
    const qint64 at = 1'700'000'000'000'000;
    for (const CapturePeer::Line &l : CapturePeer::capture(lines))
        recorder.recordSerial(QStringLiteral("rs485"), l.request, l.frame, at + l.atMs * 1000 + (l.request ? 0 : 50'000));
    recorder.close();
    return file;
}

// A two-module Pylontech bank that only answers (no master of its own).
struct QuietBank
{
    explicit QuietBank(PtyPair &pty)
        : device(pty, &PtyDevice::untilCr, [this](const QByteArray &u) {
            const QByteArray a = emu.respond(u);
            return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
        })
    {
        emu.setModules({PylontechEmulator::module(2, 81, -6.8), PylontechEmulator::module(3, 64, -4.1)});
    }
    PylontechEmulator emu;
    PtyDevice device;
};

} // namespace

class TestSessionReplayScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastReplayStreamsEveryMessage_data();
    void fastReplayStreamsEveryMessage();
    void longSilenceIsSkippedWhenAsked();
    void endReplayStopsWhereItIs();
    void scanProbesASilentBusAndNothingBesideAMaster();
    void scanNeedsASerialLinkWithAddresses_data();
    void scanNeedsASerialLinkWithAddresses();
};

void TestSessionReplayScan::fastReplayStreamsEveryMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("inferred"); // the protocol the session finds without being told
    QTest::addColumn<int>("packs");        // packs of the final picture (0: the bank's own view only)
    QTest::newRow("candump screen -ta") << TestData::path(QStringLiteral("logs/candump-screen-ta-x-a.log")) << "pylon-can" << 0;
    QTest::newRow("SavvyCAN GVRET") << TestData::path(QStringLiteral("logs/savvycan-gvret.csv")) << "pylon-can" << 0;
    QTest::newRow("Vector ASC") << TestData::path(QStringLiteral("logs/log2asc-c1.asc")) << "pylon-can" << 0;
    QTest::newRow("REC Q paste") << TestData::path(QStringLiteral("pylon-can/rec-q-candump-screen.log")) << "pylon-can" << 0;
    QTest::newRow("Pylontech RS485 capture") << QString() << "pylontech-rs485" << -1;
}

void TestSessionReplayScan::fastReplayStreamsEveryMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, inferred);
    QFETCH(int, packs);
    QTemporaryDir dir;
    if (file.isEmpty())
        file = captureRecording(dir, -1);
    const FileFacts facts = factsOf(file);
    QVERIFY(facts.events > 0);

    SessionClock clock;
    BankSession session(clock);
    QSignalSpy finished(&session, &BankSession::replayFinished);
    quint64 decoded = 0;
    quint64 failed = 0;
    qint64 lastAt = 0;
    bool ordered = true;
    connect(&session, &BankSession::decoded, this, [&](const QString &, const DecodedMessage &, qint64 at) {
        ++decoded;
        ordered = ordered && at >= lastAt - 1'000'000; // recorded order (answers may carry their request's time)
        lastAt = std::max(lastAt, at);
    });
    connect(&session, &BankSession::decodeFailed, this, [&] { ++failed; });
    QVERIFY(session.start(planOf(recording(file, 0))));
    // Without a protocol the session infers it from the file's first part, before anything plays.
    const BankSession::ReplaySummary before = session.replaySummary(0);
    QVERIFY(before.inferred.has_value());
    QCOMPARE(before.inferred->protocol() ? ProtocolNames::name(*before.inferred->protocol()) : QString(), inferred);
    QCOMPARE(before.link.events, quint64(0)); // streamed: nothing read ahead beyond the sample
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);

    // What went out one message at a time is what the summary counts, and what the file holds.
    const BankSession::ReplaySummary r = session.replaySummary(0);
    QCOMPARE(r.link.events, facts.events);
    QCOMPARE(r.badLines, facts.badLines);
    QCOMPARE(r.lastUs, facts.lastUs);
    QCOMPARE(decoded, r.decoding.decoded);
    QCOMPARE(failed, r.decoding.failed + r.decoding.fragments);
    QVERIFY(decoded > 0);
    QVERIFY(ordered);
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::ReplayEnded);
    QCOMPARE(session.timeline().nowUs(), facts.lastUs); // the replay's own time, not the clock's
    // The final picture is the one the monitor shows.
    QCOMPARE(r.config.packs.size(), session.monitor().config().packs.size());
    if (packs < 0) {
        QVERIFY(!r.readings.isEmpty());
        for (const PackReading &reading : r.readings)
            QVERIFY2(session.monitor().reading(reading.packId), qPrintable(reading.packId));
    } else {
        QCOMPARE(r.config.packs.size(), packs);
    }
    QCOMPARE(r.observed.has_value(), session.monitor().observed().has_value());
}

void TestSessionReplayScan::longSilenceIsSkippedWhenAsked()
{
    // Two broadcasts an hour apart, played in real time: the hour is skipped at once and said.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("silent-hour.log"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("(1700000000.000000) can0 355#58005E00\n"
                "(1700000000.100000) can0 351#1402C012C012C201\n"
                "(1700003600.000000) can0 355#57005E00\n"
                "(1700003600.100000) can0 351#1402C012C012C201\n");
    }
    SessionClock clock;
    BankSession session(clock);
    session.setReplaySkipGapsLongerThan(5.0);
    QSignalSpy gaps(&session, &BankSession::replayGap);
    QSignalSpy finished(&session, &BankSession::replayFinished);
    QVERIFY(session.start(planOf(recording(file, 1.0, ProtocolId::PylonCan))));
    QVERIFY(finished.wait(10000));
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).at(1).toLongLong(), qint64(1'700'000'000'100'000));
    QCOMPARE(gaps.at(0).at(2).toLongLong(), qint64(1'700'003'600'000'000));
    QCOMPARE(gaps.at(0).at(3).toLongLong(), qint64(3));
    QCOMPARE(gaps.at(0).at(4).toBool(), true);
    const BankSession::ReplaySummary r = session.replaySummary(0);
    QCOMPARE(r.link.gapsSkipped, quint64(1));
    QCOMPARE(r.link.events, quint64(4));
    QVERIFY(!r.inferred); // told, not inferred
}

void TestSessionReplayScan::endReplayStopsWhereItIs()
{
    // Ctrl+C in the middle of a real-time replay: it stops there, and what was decoded so far is
    // the summary (the pipelines' last words included), replayFinished once.
    QTemporaryDir dir;
    const QString file = captureRecording(dir, -1);
    const FileFacts facts = factsOf(file);
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy decoded(&session, &BankSession::decoded);
    QSignalSpy finished(&session, &BankSession::replayFinished);
    QVERIFY(session.start(planOf(recording(file, 1.0))));
    QVERIFY(decoded.wait(10000));
    session.endReplay();
    QCOMPARE(finished.size(), 1);
    const BankSession::ReplaySummary r = session.replaySummary(0);
    QVERIFY2(r.link.events < facts.events, qPrintable(QStringLiteral("%1 of %2").arg(r.link.events).arg(facts.events)));
    QCOMPARE(quint64(decoded.size()), r.decoding.decoded);
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::ReplayEnded);
    session.endReplay(); // once is enough
    QCOMPARE(finished.size(), 1);
}

void TestSessionReplayScan::scanProbesASilentBusAndNothingBesideAMaster()
{
    // Two scans at once (one real listen window for both): beside a bank that only answers the
    // address range is probed; beside an inverter polling the bank nothing is probed and the
    // addresses it named are what is left to report.
    PtyPair quietPty;
    QuietBank bank(quietPty);
    PtyPair busyPty;
    CapturePeer inverter(busyPty);
    inverter.play(CapturePeer::capture(-1));

    BusScanner::Settings settings;
    settings.attempts = 1;
    settings.timeoutMs = 300;
    SessionClock clock;
    BankSession probing(clock);
    BankSession beside(clock);
    // What each scan ended with (results, stopped by a master), once.
    QList<std::pair<QList<BusScanner::Result>, bool>> probed;
    QList<std::pair<QList<BusScanner::Result>, bool>> heard;
    connect(&probing, &BankSession::scanFinished, this, [&](const QString &, const QList<BusScanner::Result> &r, bool stopped) {
        probed.append({r, stopped});
    });
    connect(&beside, &BankSession::scanFinished, this, [&](const QString &, const QList<BusScanner::Result> &r, bool stopped) {
        heard.append({r, stopped});
    });
    QVERIFY(probing.startScan(planOf(serial(quietPty.slavePath(), RoleRequest::Auto)), settings));
    QVERIFY(beside.startScan(planOf(serial(busyPty.slavePath(), RoleRequest::Auto)), settings));
    QVERIFY(probing.isScanning());
    QCOMPARE(probing.status(0).phase, LinkStatus::Phase::Listening);

    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 20000); // at the end of the window: another master, no probe
    QCOMPARE(heard.at(0).first.size(), 0);
    QCOMPARE(beside.guard(0)->decision()->code, RoleDecision::Code::MasterPolls);
    QVERIFY(!beside.guard(0)->heard().of(ProtocolId::PylontechRs485)->polled().isEmpty());
    QCOMPARE(beside.status(0).bytesSent, quint64(0));

    QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 1, 30000);
    const QList<BusScanner::Result> results = probed.at(0).first;
    QCOMPARE(results.size(), 8);
    QCOMPARE(results[0].address, 2);
    QCOMPARE(results[0].verdict, BusScanner::Verdict::Answering);
    QCOMPARE(results[1].verdict, BusScanner::Verdict::Answering);
    QCOMPARE(results[2].verdict, BusScanner::Verdict::Silent);
    QCOMPARE(probed.at(0).second, false);
    QCOMPARE(probing.guard(0)->decision()->code, RoleDecision::Code::SilentWindow);
    QVERIFY(probing.status(0).bytesSent > 0);
    QVERIFY(!bank.device.units.isEmpty()); // the probes reached the bank
    // What the probes brought back went through the session's pipeline (counted on its status).
    QVERIFY(probing.status(0).frames >= 2);

    QCOMPARE(heard.size(), 1); // once
    beside.stop();
    probing.stop();
    inverter.stop();
    QVERIFY(busyPty.read(300).isEmpty()); // not one byte beside the master
}

void TestSessionReplayScan::scanNeedsASerialLinkWithAddresses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("CAN plugin") << int(SessionSource::Kind::CanPlugin) << "pylon-can";
    QTest::newRow("recording") << int(SessionSource::Kind::Recording) << "pylontech-rs485";
    QTest::newRow("serial without a protocol") << int(SessionSource::Kind::Serial) << QString();
}

void TestSessionReplayScan::scanNeedsASerialLinkWithAddresses()
{
    QFETCH(int, kind);
    QFETCH(QString, protocol);
    SessionSource s;
    s.kind = SessionSource::Kind(kind);
    s.device = QStringLiteral("/dev/null");
    if (!protocol.isEmpty())
        s.protocol = ProtocolNames::fromName(protocol);
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy errors(&session, &BankSession::error);
    QVERIFY(!session.startScan(planOf(s), {}));
    QCOMPARE(errors.size(), 1);
    const QString said = errors.first().first().toString();
    QVERIFY2(said.contains(QLatin1String("a scan needs a serial link")), qPrintable(said));
    QVERIFY(!session.isRunning());
    QVERIFY(!session.isScanning());
}

QTEST_MAIN(TestSessionReplayScan)
#include "tst_sessionreplayscan.moc"
