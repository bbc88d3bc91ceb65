// BankSession with real parts: serial links on pseudo-terminals beside the simulator's Pylontech
// emulator (a bank that only answers) or the real Pylontech capture played by a peer thread (an
// inverter polling the bank), Qt's virtualcan plugin for CAN, a by-id directory of our own for
// the replugged adapter, recordings written and read back. What the session transmits is read
// from the peer's side of the pty. The real listen window applies (the session never shortens it).

#include "banksession.h"
#include "busguard.h"
#include "canlink.h"
#include "capturepeer.h"
#include "clock.h"
#include "logreader.h"
#include "loopbackbank.h"
#include "demobank.h"
#include "replaylink.h"
#include "ptydevice.h"
#include "pylontechemulator.h"
#include "serialports.h"
#include "sessionrecorder.h"

#include <QCanBus>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

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

SessionSource serial(const QString &device, RoleRequest role, std::optional<ProtocolId> protocol = ProtocolId::PylontechRs485)
{
    SessionSource s;
    s.kind = SessionSource::Kind::Serial;
    s.device = device;
    s.role = role;
    s.protocol = protocol;
    return s;
}

SessionSource virtualCan()
{
    SessionSource s;
    s.kind = SessionSource::Kind::CanPlugin;
    s.device = QStringLiteral("virtualcan:can0");
    s.protocol = ProtocolId::PylonCan;
    return s;
}

SessionPlan planOf(const QList<SessionSource> &sources, const QString &recordTo = {})
{
    SessionPlan p;
    p.sources = sources;
    p.recordTo = recordTo;
    return p;
}

const CanFrameData kLimits{0x351, QByteArray::fromHex("1402C012C012C201")};
const CanFrameData kSoc{0x355, QByteArray::fromHex("58005E00")};

} // namespace

class TestBankSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsASilentBusAndListensBesideAMaster();
    void listenRecordsAndTheRecordingReplays();
    void canOnVirtualCanAndTwoSourcesAtOnce();
    void replugUnderAnotherNameIsFoundByIdentity();
    void identityLookupInAByIdDirectory();
    void missingPortSaysWhatToDo();
    void programsHoldingAPortAreNamed();
    void lockFilesNameTheirProgram_data();
    void lockFilesNameTheirProgram();
    void bytesWithoutFramesAreSaid();
    void corruptRecordingLineIsNamed();
    void restartWithANewPlan();
    void replayControls();
    void recordingStartsAndStopsWhileRunning();
    void simulatedBankHandedIn();
};

void TestBankSession::pollsASilentBusAndListensBesideAMaster()
{
    // Two sessions at once (one real window of 10 s for both): a silent bus with a bank that
    // only answers is polled; beside an inverter polling the bank the session sends nothing.
    PtyPair quietPty;
    QuietBank bank(quietPty);
    PtyPair busyPty;
    CapturePeer inverter(busyPty);
    inverter.play(CapturePeer::capture(-1));

    SessionClock clock;
    BankSession polling(clock);
    BankSession beside(clock);
    QSignalSpy decidedPoll(&polling, &BankSession::roleDecided);
    QSignalSpy decidedBeside(&beside, &BankSession::roleDecided);
    QVERIFY(polling.start(planOf({serial(quietPty.slavePath(), RoleRequest::Poll)})));
    QVERIFY(beside.start(planOf({serial(busyPty.slavePath(), RoleRequest::Auto)})));

    // The listen window counts down, and says what it has heard.
    LinkStatus st = polling.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::Listening);
    QVERIFY2(st.listenRemainingMs > 5000 && st.listenRemainingMs <= 10000, qPrintable(QString::number(st.listenRemainingMs)));
    QCOMPARE(st.role, LinkRole::Listen);
    QCOMPARE(st.heard, QStringLiteral("nothing yet"));
    QTRY_VERIFY_WITH_TIMEOUT(beside.status(0).heard.contains(QLatin1String("another master polls")), 8000);
    QCOMPARE(beside.status(0).phase, LinkStatus::Phase::Listening);

    QTRY_COMPARE_WITH_TIMEOUT(decidedPoll.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(decidedBeside.size(), 1, 5000);
    QCOMPARE(decidedPoll.at(0).at(1).value<RoleDecision>().code, RoleDecision::Code::SilentWindow);
    QCOMPARE(decidedBeside.at(0).at(1).value<RoleDecision>().code, RoleDecision::Code::MasterPolls);

    // Polled: both modules reach the monitor (packs found as they answer).
    QTRY_VERIFY_WITH_TIMEOUT(polling.monitor().config().packs.size() == 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(polling.monitor().reading(QStringLiteral("A2")) && polling.monitor().reading(QStringLiteral("A3")), 5000);
    QCOMPARE(polling.monitor().reading(QStringLiteral("A2"))->socPct.value_or(-1), 81.0);
    st = polling.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::Polling);
    QCOMPARE(st.role, LinkRole::Poll);
    QVERIFY(st.bytesSent > 0);
    QVERIFY(st.frames > 0);
    QVERIFY(!bank.device.units.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(polling.status(0).framesPerSecond > 0.0, 5000);
    QCOMPARE(st.toJson()[QStringLiteral("phase")].toString(), QStringLiteral("polling"));
    QVERIFY(polling.activity().endpointCount() >= 1);

    // Beside the master: listening only, its traffic decoded into the monitor, not one byte sent.
    st = beside.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::ListeningOnly);
    QCOMPARE(st.role, LinkRole::Listen);
    QCOMPARE(st.bytesSent, quint64(0));
    QVERIFY(st.heard.contains(QLatin1String("another master polls 0x02")));
    QTRY_VERIFY_WITH_TIMEOUT(beside.monitor().reading(QStringLiteral("A2")) != nullptr, 5000);
    QVERIFY(beside.activity().foreignRequests(beside.linkName(0)) > 0);
    beside.stop();
    polling.stop();
    inverter.stop();
    QVERIFY(busyPty.read(300).isEmpty());
}

void TestBankSession::listenRecordsAndTheRecordingReplays()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("session.log"));
    PtyPair pty;
    CapturePeer inverter(pty);
    SessionClock clock;
    BankSession session(clock);
    session.setFeedIntervalMs(50);
    QSignalSpy recording(&session, &BankSession::recordingChanged);
    QVERIFY(session.start(planOf({serial(pty.slavePath(), RoleRequest::Listen)}, file)));
    QCOMPARE(recording.size(), 1);
    QCOMPARE(recording.at(0).at(0).toBool(), true);
    QVERIFY(session.isRecording());
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::ListeningOnly);
    QCOMPARE(session.status(0).decision->code, RoleDecision::Code::AskedToListen);

    inverter.play(CapturePeer::capture(6)); // three polls and their answers, ~4 s
    QTRY_VERIFY_WITH_TIMEOUT(session.status(0).frames >= 6, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor().reading(QStringLiteral("A3")) != nullptr, 3000);
    const quint64 bytes = session.status(0).bytes;
    const QString recordedLink = session.linkName(0);
    session.stopRecording();
    QCOMPARE(recording.size(), 2);
    QCOMPARE(recording.at(1).at(0).toBool(), false);
    QCOMPARE(recording.at(1).at(1).toString(), file);
    QCOMPARE(session.status(0).bytesSent, quint64(0));
    QVERIFY(pty.read(200).isEmpty());

    // The file parses and holds every byte received, under the link's name.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    LogReader reader(&f);
    QVERIFY(reader.detect());
    SessionFormat::Event e;
    quint64 recorded = 0;
    int bad = 0;
    for (bool done = false; !done;) {
        switch (reader.next(e)) {
        case LogReader::Status::Event:
            QCOMPARE(e.link, session.linkName(0));
            QCOMPARE(e.kind, SessionFormat::Kind::SerialRx);
            recorded += quint64(e.data.size());
            break;
        case LogReader::Status::BadLine:
            ++bad;
            break;
        default:
            done = true;
        }
    }
    QCOMPARE(bad, 0);
    QCOMPARE(recorded, bytes);
    session.stop();
    inverter.stop();

    // Replayed through a session as fast as possible: the same packs, on the file's time.
    BankSession replay(clock);
    QSignalSpy finished(&replay, &BankSession::replayFinished);
    SessionSource r;
    r.kind = SessionSource::Kind::Recording;
    r.device = file;
    r.replaySpeed = 0;
    QVERIFY(replay.start(planOf({r})));
    QVERIFY(finished.wait(10000));
    const LinkStatus st = replay.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::ReplayEnded);
    QCOMPARE(st.progress, 1.0);
    QVERIFY(st.fileTimeUs > 0);
    QCOMPARE(st.protocol, std::optional<ProtocolId>(ProtocolId::PylontechRs485));
    QCOMPARE(replay.monitor().config().packs.size(), 2);
    QVERIFY(replay.monitor().reading(QStringLiteral("A2")));
    QCOMPARE(replay.timeline().nowUs(), st.fileTimeUs);
    // The requests were received (another master's): foreign in the replay as they were live.
    QVERIFY(replay.activity().foreignRequests(recordedLink) > 0);
}

void TestBankSession::canOnVirtualCanAndTwoSourcesAtOnce()
{
    // An RS485 pack bus (listened to beside its master) and the CAN link to the inverter at once.
    PtyPair pty;
    CapturePeer inverter(pty);
    SessionClock clock;
    BankSession session(clock);
    session.setFeedIntervalMs(50);
    QSignalSpy decided(&session, &BankSession::roleDecided);
    QVERIFY(session.start(planOf({serial(pty.slavePath(), RoleRequest::Listen), virtualCan()})));
    QCOMPARE(session.linkCount(), 2);
    QTRY_COMPARE(session.status(1).phase, LinkStatus::Phase::ListeningOnly);
    QCOMPARE(session.status(1).role, LinkRole::Listen);
    QCOMPARE(session.status(1).decision->code, RoleDecision::Code::CanListens);
    QTRY_COMPARE(decided.size(), 2);

    CanSettings cs;
    cs.plugin = QStringLiteral("virtualcan");
    cs.interface = QStringLiteral("can0");
    CanEmulateLink bms(cs, clock);
    QVERIFY(bms.open());
    QTRY_COMPARE(bms.state(), LinkState::Open);
    QTest::qWait(200);
    inverter.play(CapturePeer::capture(4));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(bms.write(kLimits));
        QVERIFY(bms.write(kSoc));
        QTest::qWait(100);
    }
    QTRY_VERIFY(session.status(1).frames >= 6);
    QCOMPARE(session.status(1).bytes, quint64(6));
    QTRY_VERIFY(session.monitor().observed().has_value());
    QCOMPARE(*session.monitor().observed()->value(ViewFieldId::SocPct), 88.0);
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor().reading(QStringLiteral("A2")) != nullptr, 8000);
    QCOMPARE(session.status(0).bytesSent, quint64(0));
    QCOMPARE(session.status(1).bytesSent, quint64(0));
    QVERIFY(session.activity().find(session.linkName(1), EndpointKind::CanId, 0x351));
    const QList<LinkStatus> all = session.statuses();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].kind, SessionSource::Kind::Serial);
    QCOMPARE(all[1].kind, SessionSource::Kind::CanPlugin);
    session.stop();
    inverter.stop();
    QVERIFY(pty.read(200).isEmpty());
}

void TestBankSession::replugUnderAnotherNameIsFoundByIdentity()
{
    // A by-id directory of our own, its link pointing at the adapter's device, as udev keeps it.
    QTemporaryDir byId;
    const QString name = QStringLiteral("usb-FTDI_FT232R_USB_UART_A10K4XYZ-if00-port0");
    auto first = std::make_unique<PtyPair>();
    QVERIFY(QFile::link(first->slavePath(), byId.filePath(name)));

    SessionClock clock;
    BankSession session(clock);
    session.setByIdDirectory(byId.path());
    session.setFeedIntervalMs(50);
    QVERIFY(session.start(planOf({serial(first->slavePath(), RoleRequest::Listen)})));
    LinkStatus st = session.status(0);
    QCOMPARE(st.identity, name);
    QCOMPARE(st.device, first->slavePath());
    QCOMPARE(st.phase, LinkStatus::Phase::ListeningOnly);
    const QList<CapturePeer::Line> lines = CapturePeer::capture(2);
    QVERIFY(first->write(lines[0].frame + lines[1].frame));
    QTRY_COMPARE(session.status(0).frames, quint64(2));

    // Pulled out: the next adapter comes back under another device name (the old one is held
    // meanwhile so that the pty numbers cannot coincide).
    auto second = std::make_unique<PtyPair>();
    QVERIFY(second->slavePath() != first->slavePath());
    first->unplug();
    QTRY_COMPARE(session.status(0).phase, LinkStatus::Phase::Reconnecting);
    st = session.status(0);
    QCOMPARE(st.error, LinkError::Unplugged);
    QVERIFY2(st.errorText.contains(QLatin1String("reconnecting")), qPrintable(st.errorText));
    QVERIFY(st.nextStep.contains(QLatin1String("another device name")));
    QTRY_VERIFY(session.status(0).retryInMs > 0);
    QTest::qWait(600); // a few retries while it is away
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::Reconnecting);

    // Back: udev points the by-id name at the new device.
    QVERIFY(QFile::remove(byId.filePath(name)));
    QVERIFY(QFile::link(second->slavePath(), byId.filePath(name)));
    QTRY_VERIFY_WITH_TIMEOUT(session.status(0).phase == LinkStatus::Phase::ListeningOnly, 8000);
    st = session.status(0);
    QCOMPARE(st.device, second->slavePath());
    QCOMPARE(st.error, LinkError::NoError);
    QVERIFY(st.errorText.isEmpty());
    QVERIFY(second->write(lines[0].frame + lines[1].frame));
    QTRY_COMPARE(session.status(0).frames, quint64(4));
    QCOMPARE(session.guard(0)->reconnects(), 1);
    session.stop();
    QVERIFY(second->read(200).isEmpty());
}

void TestBankSession::identityLookupInAByIdDirectory()
{
    QTemporaryDir byId;
    PtyPair a;
    PtyPair b;
    QVERIFY(QFile::link(a.slavePath(), byId.filePath(QStringLiteral("usb-1a86_USB_Serial_AB12-if00-port0"))));
    QVERIFY(QFile::link(b.slavePath(), byId.filePath(QStringLiteral("usb-FTDI_FT232R_XY99-if00-port0"))));
    QCOMPARE(SerialPorts::identityOf(a.slavePath(), byId.path()), QStringLiteral("usb-1a86_USB_Serial_AB12-if00-port0"));
    QCOMPARE(SerialPorts::identityOf(b.slavePath(), byId.path()), QStringLiteral("usb-FTDI_FT232R_XY99-if00-port0"));
    const PortLookup found = SerialPorts::findByIdentity(QStringLiteral("usb-FTDI_FT232R_XY99-if00-port0"), byId.path());
    QCOMPARE(found.result, PortLookup::Result::Found);
    QCOMPARE(found.port, b.slavePath());
    QCOMPARE(SerialPorts::findByIdentity(QStringLiteral("usb-gone-if00-port0"), byId.path()).result, PortLookup::Result::NotFound);
    // A port with no by-id link and no USB facts has no identity.
    PtyPair c;
    QCOMPARE(SerialPorts::identityOf(c.slavePath(), byId.path()), QString());
    // A dangling link (the adapter pulled out) finds nothing.
    a.unplug();
    QCOMPARE(SerialPorts::findByIdentity(QStringLiteral("usb-1a86_USB_Serial_AB12-if00-port0"), byId.path()).result,
             PortLookup::Result::NotFound);
    // A USB identity no adapter here has.
    QCOMPARE(SerialPorts::findByIdentity(QStringLiteral("usb:1a86:7523:"), byId.path()).result, PortLookup::Result::NotFound);
}

void TestBankSession::missingPortSaysWhatToDo()
{
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy failed(&session, &BankSession::linkFailed);
    QVERIFY(session.start(planOf({serial(QStringLiteral("/dev/ttyNONE9"), RoleRequest::Auto)})));
    QCOMPARE(failed.size(), 1);
    const LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::Failed);
    QCOMPARE(st.error, LinkError::OpenError);
    QCOMPARE(st.errorText, QStringLiteral("/dev/ttyNONE9 is not there"));
    QVERIFY(st.nextStep.contains(QLatin1String("Check the cable")));
    QVERIFY(st.detail.contains(QLatin1String("cannot open /dev/ttyNONE9")));
    QCOMPARE(st.toJson()[QStringLiteral("phase")].toString(), QStringLiteral("failed"));
    QCOMPARE(st.toJson()[QStringLiteral("errorText")].toString(), st.errorText);

    // The classification the texts come from.
    QCOMPARE(SerialPorts::diagnose(QStringLiteral("/dev/ttyNONE9")).code, PortProblem::Code::Missing);
}

void TestBankSession::programsHoldingAPortAreNamed()
{
    // Another program holds the port open (here `sleep` with the port as its standard input):
    // /proc names it, as "busy" names ModemManager or a terminal program on a site.
    PtyPair pty;
    QVERIFY(SerialPorts::holdersOf(pty.slavePath()).isEmpty());
    QProcess holder;
    holder.setStandardInputFile(pty.slavePath());
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    const QStringList holders = SerialPorts::holdersOf(pty.slavePath());
    QCOMPARE(holders, QStringList{QStringLiteral("sleep (pid %1)").arg(holder.processId())});
    holder.kill();
    holder.waitForFinished();
    QVERIFY(SerialPorts::holdersOf(pty.slavePath()).isEmpty());
}

void TestBankSession::lockFilesNameTheirProgram_data()
{
    // The lock file's text; %1 the pid of a running `sleep` (which does not hold the port), %2 a
    // pid that is gone.
    QTest::addColumn<QByteArray>("lock");
    QTest::addColumn<bool>("named");
    QTest::newRow("QSerialPort's (QLockFile)") << QByteArray("%1\nsleep\nhost\n") << true;
    QTest::newRow("minicom / lockdev (padded pid)") << QByteArray("      %1\n") << true;
    QTest::newRow("pid, program and user on one line") << QByteArray("%1 sleep root\n") << true;
    QTest::newRow("left by a killed program, its pid reused") << QByteArray("%1\nminicom\nhost\n") << false;
    QTest::newRow("left by a program that is gone") << QByteArray("%2\nsleep\nhost\n") << false;
    QTest::newRow("not a lock file") << QByteArray("garbage\n") << false;
}

void TestBankSession::lockFilesNameTheirProgram()
{
    // A program of another user holds a port: its open files cannot be read, its lock file in
    // /var/lock can (written here as the program would).
    QFETCH(QByteArray, lock);
    QFETCH(bool, named);
    const QString lockDir = QStringLiteral("/run/lock");
    if (!QFileInfo(lockDir).isWritable())
        QSKIP("/run/lock is not writable here");
    PtyPair pty;
    QProcess holder; // runs, but does not have the port open
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    const qint64 holderId = holder.processId();
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList{});
    QVERIFY(gone.waitForFinished());
    const QString goneId = QString::number(gone.processId());
    QString name = pty.slavePath().mid(5); // "/dev/pts/7" -> "pts_7"
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    QFile file(QStringLiteral("%1/LCK..%2").arg(lockDir, name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lock.replace("%1", QByteArray::number(holderId)).replace("%2", goneId.toLatin1()));
    file.close();
    const QStringList holders = SerialPorts::holdersOf(pty.slavePath());
    file.remove();
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(holders, named ? QStringList{QStringLiteral("sleep (pid %1)").arg(holderId)} : QStringList{});
}

void TestBankSession::bytesWithoutFramesAreSaid()
{
    // A master at 9600 baud heard at 115200: bytes arrive, nothing decodes.
    PtyPair pty;
    CapturePeer noise(pty);
    SessionClock clock;
    BankSession session(clock);
    session.setBytesWithoutFramesAfterMs(1000);
    QVERIFY(session.start(planOf({serial(pty.slavePath(), RoleRequest::Listen)})));
    QVERIFY(!session.status(0).bytesWithoutFrames);
    noise.play([] {
        QList<CapturePeer::Line> lines;
        const QList<QByteArray> chunks = {CapturePeer::wrongBaudNoise(24)};
        for (int i = 0; i < 30; ++i)
            lines.append(CapturePeer::Line{i * 200, false, chunks[0]});
        return lines;
    }());
    QTRY_VERIFY_WITH_TIMEOUT(session.status(0).bytesWithoutFrames, 6000);
    const LinkStatus st = session.status(0);
    QVERIFY(st.bytes > 0);
    QCOMPARE(st.frames, quint64(0));
    QCOMPARE(st.errorText, QStringLiteral("bytes arrive but no valid frames: wrong baud or protocol?"));
    QVERIFY(st.nextStep.contains(QLatin1String("115200 baud")));
    QCOMPARE(st.toJson()[QStringLiteral("bytesWithoutFrames")].toBool(), true);
    session.stop();
    noise.stop();
}

void TestBankSession::corruptRecordingLineIsNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cut.log"));
    int badLine = 0;
    {
        // A BankScope recording of a few frames, written by the recorder, then one line cut.
        SessionRecorder recorder;
        QVERIFY(recorder.open(file));
        qint64 at = 1'700'000'000'000'000;
        for (const CapturePeer::Line &l : CapturePeer::capture(8))
            recorder.recordSerial(QStringLiteral("rs485"), false, l.frame, at + l.atMs * 1000 + (l.request ? 0 : 100'000));
        recorder.close();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        // The fifth event line (after the header comments) loses its second half.
        int events = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].isEmpty() && !lines[i].startsWith('#') && ++events == 5) {
                lines[i] = lines[i].left(lines[i].size() / 2) + " \xff\xfe";
                badLine = i + 1;
                break;
            }
        }
        QVERIFY(badLine > 0);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
    }
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy finished(&session, &BankSession::replayFinished);
    QSignalSpy lineErrors(&session, &BankSession::replayLineError);
    SessionSource r;
    r.kind = SessionSource::Kind::Recording;
    r.device = file;
    r.protocol = ProtocolId::PylontechRs485;
    r.replaySpeed = 0;
    QVERIFY(session.start(planOf({r})));
    QVERIFY(finished.wait(10000));
    const LinkStatus st = session.status(0);
    QVERIFY2(st.badLines >= 1, qPrintable(QString::number(st.badLines)));
    QCOMPARE(st.firstBadLine, qint64(badLine));
    QVERIFY2(st.errorText.startsWith(QStringLiteral("line %1 ").arg(badLine)), qPrintable(st.errorText));
    QCOMPARE(lineErrors.at(0).at(1).toLongLong(), qint64(badLine));
    QCOMPARE(st.toJson()[QStringLiteral("firstBadLine")].toInt(), badLine);
    // The rest played.
    QVERIFY(st.frames > 0);
}

void TestBankSession::restartWithANewPlan()
{
    PtyPair a;
    PtyPair b;
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy stopped(&session, &BankSession::stopped);
    QVERIFY(session.start(planOf({serial(a.slavePath(), RoleRequest::Listen)})));
    QCOMPARE(session.status(0).device, a.slavePath());
    QVERIFY(session.start(planOf({serial(b.slavePath(), RoleRequest::Listen)})));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(session.linkCount(), 1);
    QCOMPARE(session.status(0).device, b.slavePath());
    session.stop();
    QCOMPARE(stopped.size(), 2);
    QCOMPARE(session.linkCount(), 0);
    QVERIFY(!session.isRunning());
    // Nothing to run: said, and nothing started.
    QSignalSpy error(&session, &BankSession::error);
    QVERIFY(!session.start(SessionPlan{}));
    QCOMPARE(error.size(), 1);
}

namespace {

// The first `n` lines of the real capture as a BankScope recording (about two seconds apart).
QString captureRecording(const QTemporaryDir &dir, int n)
{
    const QString file = dir.filePath(QStringLiteral("capture.log"));
    SessionRecorder recorder;
    if (!recorder.open(file))
        return {};
    const qint64 at = 1'700'000'000'000'000;
    for (const CapturePeer::Line &l : CapturePeer::capture(n))
        recorder.recordSerial(QStringLiteral("rs485"), l.request, l.frame, at + l.atMs * 1000 + (l.request ? 0 : 50'000));
    recorder.close();
    return file;
}

} // namespace

void TestBankSession::replayControls()
{
    QTemporaryDir dir;
    const QString file = captureRecording(dir, 12); // ~10 s of recording: six polls and answers
    QVERIFY(!file.isEmpty());
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy finished(&session, &BankSession::replayFinished);
    SessionSource r;
    r.kind = SessionSource::Kind::Recording;
    r.device = file;
    r.replaySpeed = 1.0;
    QVERIFY(session.start(planOf({r})));
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::Replaying);
    QTRY_VERIFY(session.status(0).frames >= 2); // the first poll and answer play at once

    // Paused: nothing more plays, the file time stands still.
    session.pauseReplay();
    QCOMPARE(session.status(0).phase, LinkStatus::Phase::ReplayPaused);
    const quint64 frames = session.status(0).frames;
    const qint64 at = session.status(0).fileTimeUs;
    QTest::qWait(2500);
    QCOMPARE(session.status(0).frames, frames);
    QCOMPARE(session.status(0).fileTimeUs, at);
    QVERIFY(session.status(0).progress < 1.0);

    // Resumed as fast as possible: to the end at once.
    session.resumeReplay();
    QVERIFY(session.setReplaySpeed(0));
    QVERIFY(finished.wait(5000));
    LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::ReplayEnded);
    QCOMPARE(st.frames, quint64(12));
    QCOMPARE(st.progress, 1.0);
    QCOMPARE(session.monitor().nowMs(), st.fileTimeUs / 1000);
    QVERIFY(!session.setReplaySpeed(-1)); // refused
    // The requests of this recording were sent (TX) by the recorder's own poll: not another master.
    QCOMPARE(session.activity().foreignRequests(QStringLiteral("rs485")), quint64(0));
    QVERIFY(session.activity().find(QStringLiteral("rs485"), EndpointKind::Address, 2));

    // Restarted: the picture starts over and plays to the end again.
    QVERIFY(session.restartReplay());
    QVERIFY(session.status(0).phase == LinkStatus::Phase::Replaying);
    QVERIFY(finished.wait(5000));
    QCOMPARE(session.status(0).frames, quint64(24));
    QVERIFY(session.monitor().reading(QStringLiteral("A2")));

    // Seek from the end: from the top, only what follows the position is played.
    ReplayLink probe;
    QVERIFY(probe.open(file));
    const qint64 middle = probe.firstTimeUs() + 6'000'000;
    QVERIFY(session.seekReplay(middle));
    QVERIFY(finished.wait(5000));
    st = session.status(0);
    QVERIFY2(st.frames > 24 && st.frames < 36, qPrintable(QString::number(st.frames)));
    QCOMPARE(st.phase, LinkStatus::Phase::ReplayEnded);
}

void TestBankSession::recordingStartsAndStopsWhileRunning()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("later.log"));
    PtyPair pty;
    SessionClock clock;
    BankSession session(clock);
    QSignalSpy recording(&session, &BankSession::recordingChanged);
    QVERIFY(session.start(planOf({serial(pty.slavePath(), RoleRequest::Listen)})));
    QVERIFY(!session.isRecording());
    const QList<CapturePeer::Line> lines = CapturePeer::capture(4);
    QVERIFY(pty.write(lines[0].frame + lines[1].frame)); // before the recording: not in the file
    QTRY_COMPARE(session.status(0).frames, quint64(2));
    QVERIFY(session.startRecording(file));
    QCOMPARE(recording.size(), 1);
    QCOMPARE(session.recordingPath(), file);
    QVERIFY(pty.write(lines[2].frame + lines[3].frame));
    QTRY_COMPARE(session.status(0).frames, quint64(4));
    session.stopRecording();
    QCOMPARE(recording.size(), 2);
    QVERIFY(!session.isRecording());
    QVERIFY(pty.write(lines[0].frame)); // after: not in the file either
    QTRY_COMPARE(session.status(0).frames, quint64(5));

    ReplayLink replay;
    QVERIFY(replay.open(file));
    QByteArray played;
    connect(&replay, &ReplayLink::serialBytes, this, [&](const QString &, bool, const QByteArray &b, qint64) { played += b; });
    QSignalSpy done(&replay, &ReplayLink::finished);
    QVERIFY(replay.start(0));
    QVERIFY(done.wait(5000));
    QCOMPARE(played, lines[2].frame + lines[3].frame);

    // A file that cannot be written: said, and nothing records.
    QSignalSpy error(&session, &BankSession::error);
    QVERIFY(!session.startRecording(QStringLiteral("/nonexistent/dir/x.log")));
    QCOMPARE(error.size(), 1);
    QVERIFY(error.at(0).at(0).toString().startsWith(QLatin1String("cannot write /nonexistent/dir/x.log")));
    QVERIFY(!session.isRecording());
}

void TestBankSession::simulatedBankHandedIn()
{
    // The demo, built as app/ builds it and handed to the session as a loopback.
    SessionClock clock;
    Scenario demo;
    demo.name = QStringLiteral("demo");
    demo.physics = DemoBank::preset(1);
    LoopbackBank bank(demo, clock);
    BankSession session(clock);
    SessionSource s;
    s.kind = SessionSource::Kind::Simulated;
    s.device = QStringLiteral("demo");
    QSignalSpy error(&session, &BankSession::error);
    QVERIFY(!session.start(planOf({s}))); // nothing handed in yet
    QCOMPARE(error.size(), 1);
    session.setLoopback(&bank);
    QVERIFY(session.start(planOf({s})));
    session.flush();
    QCOMPARE(session.monitor().config().packs.size(), 4);
    QTRY_COMPARE(session.monitor().readings().size(), 4);
    QTRY_VERIFY(session.monitor().observed().has_value());
    QCOMPARE(&session.activity(), &bank.activity());
    const LinkStatus st = session.status(0);
    QCOMPARE(st.phase, LinkStatus::Phase::Simulated);
    QVERIFY(st.frames > 0);
    QCOMPARE(st.toJson()[QStringLiteral("phase")].toString(), QStringLiteral("simulated"));
    session.stop();
    QVERIFY(&session.activity() != &bank.activity()); // the session's own again once the simulated bank is gone
}

QTEST_GUILESS_MAIN(TestBankSession)
#include "tst_banksession.moc"
