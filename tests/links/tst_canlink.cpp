// CAN links with real parts: Qt's virtualcan plugin, SLCAN over pseudo-terminals, and two
// third-party clients from Debian: python3-can's slcan interface and Qt's canbusutil.

#include "canlink.h"
#include "clock.h"
#include "ptybridge.h"
#include "ptypair.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

template <typename L>
concept CanWrite = requires(L link, CanFrameData f) { link.write(f); };
static_assert(!CanWrite<CanListenLink>, "a listen link must not be able to transmit");
static_assert(CanWrite<CanPollLink>);
static_assert(CanWrite<CanEmulateLink>);

namespace {

QList<CanFrameData> frames(const QSignalSpy &spy)
{
    QList<CanFrameData> out;
    for (const auto &args : spy)
        for (const TimedCanFrame &t : args.at(0).value<QList<TimedCanFrame>>())
            out.append(t.frame);
    return out;
}

const CanFrameData kLimits{0x351, QByteArray::fromHex("1402C012C012C201")};
const CanFrameData kSoc{0x355, QByteArray::fromHex("58005E00")};

QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QString();
}

} // namespace

class TestCanLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtualCanListenAndSend();
    void missingPluginIsAnOpenError();
    void slcanListenOnlyOverPty();
    void slcanPollLinkTransmits();
    void slcanAdapterUnpluggedAndBack();
    void slcanLineParsing_data();
    void slcanLineParsing();
    void slcanUnsupportedBitrate();
    void pythonCanSlcanBothWays();
    void canbusutilReceivesOurFrames();
};

void TestCanLink::virtualCanListenAndSend()
{
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("virtualcan");
    s.interface = QStringLiteral("can0");
    CanListenLink listen(s, clock);
    CanPollLink poll(s, clock);
    QSignalSpy rx(&listen, &CanLink::framesReceived);
    QVERIFY(listen.open());
    QVERIFY(poll.open());
    QTRY_COMPARE(listen.state(), LinkState::Open);
    QTRY_COMPARE(poll.state(), LinkState::Open);
    QTest::qWait(200);
    QVERIFY(poll.write(kLimits));
    QVERIFY(poll.write(kSoc));
    QTRY_COMPARE(frames(rx).size(), 2);
    QCOMPARE(frames(rx).at(0), kLimits);
    QCOMPARE(frames(rx).at(1), kSoc);
    QCOMPARE(listen.stats().frames, quint64(2));
    QCOMPARE(poll.stats().sent, quint64(2));

    // A plain Qt device on the same bus also sees the poll link's frames, never the listen link's.
    std::unique_ptr<QCanBusDevice> peer(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0")));
    QVERIFY(peer && peer->connectDevice());
    QTRY_COMPARE(peer->state(), QCanBusDevice::ConnectedState);
    QTest::qWait(200);
    QVERIFY(peer->writeFrame(QCanBusFrame(0x305, QByteArray(8, '\0'))));
    QTRY_COMPARE(frames(rx).size(), 3);
    QCOMPARE(frames(rx).at(2).id, quint32(0x305));
}

void TestCanLink::missingPluginIsAnOpenError()
{
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("no-such-plugin");
    CanListenLink link(s, clock);
    QVERIFY(!link.open());
    QCOMPARE(link.error(), LinkError::OpenError);
    QCOMPARE(link.state(), LinkState::Closed);
}

void TestCanLink::slcanListenOnlyOverPty()
{
    PtyPair pty;
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    CanListenLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QVERIFY(link.open());
    // The adapter is told to close, take 500 kbit/s and open listen-only.
    QCOMPARE(pty.read(2000, 9), QByteArray("C\rS6\rL\r"));
    // Traffic, an adapter error (BEL), an ack, a garbled frame, a frame with a time stamp.
    QVERIFY(pty.write("t35181402C012C012C201\r\a\rt3554580\rt3554"));
    QVERIFY(pty.write("58005E001234\rT18FF50E520102\r"));
    QTRY_COMPARE(frames(rx).size(), 3);
    QCOMPARE(frames(rx).at(0), kLimits);
    QCOMPARE(frames(rx).at(1), kSoc);
    QVERIFY(frames(rx).at(2).extended);
    QCOMPARE(link.stats().errorFrames, quint64(1));
    QCOMPARE(link.stats().malformed, quint64(1));
    // Nothing but the set-up ever reaches the adapter from a listen link.
    QCOMPARE(pty.read(500), QByteArray());
}

void TestCanLink::slcanPollLinkTransmits()
{
    PtyPair pty;
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    s.bitrate = 250000;
    CanPollLink link(s, clock);
    QVERIFY(link.open());
    QCOMPARE(pty.read(2000, 9), QByteArray("C\rS5\rO\r"));
    QVERIFY(link.write(kLimits));
    QCOMPARE(pty.read(2000, 22), QByteArray("t35181402C012C012C201\r"));
}

void TestCanLink::slcanAdapterUnpluggedAndBack()
{
    PtyPair pty;
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    s.reconnectFirstMs = 50;
    s.reconnectMaxMs = 200;
    CanListenLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QVERIFY(link.open());
    QCOMPARE(pty.read(2000, 9), QByteArray("C\rS6\rL\r"));
    pty.unplug();
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Reconnecting, 5000);
    QCOMPARE(link.error(), LinkError::Unplugged);
    QVERIFY(pty.replug());
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 5000);
    // The adapter came back unconfigured: it is set up again, listen-only.
    QCOMPARE(pty.read(2000, 9), QByteArray("C\rS6\rL\r"));
    QVERIFY(pty.write("t35181402C012C012C201\r"));
    QTRY_COMPARE(frames(rx).size(), 1);
}

void TestCanLink::slcanLineParsing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("frame");
    QTest::newRow("standard") << QByteArray("t35181402C012C012C201") << true;
    QTest::newRow("empty data") << QByteArray("t3050") << true;
    QTest::newRow("remote") << QByteArray("r3518") << true;
    QTest::newRow("extended") << QByteArray("T18FF50E520102") << true;
    QTest::newRow("time stamp") << QByteArray("t35545800 5E00ABCD").replace(" ", "") << true;
    QTest::newRow("dlc 9") << QByteArray("t3519") << false;
    QTest::newRow("short data") << QByteArray("t351814") << false;
    QTest::newRow("non-hex") << QByteArray("t3G10") << false;
    QTest::newRow("id too big") << QByteArray("tFFF0") << true; // 0xFFF > 0x7FF
    QTest::newRow("version reply") << QByteArray("V1013") << false;
}

void TestCanLink::slcanLineParsing()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, frame);
    const auto f = CanLink::parseSlcan(line);
    if (line == "tFFF0") {
        QVERIFY(!f); // standard IDs are 11-bit
        return;
    }
    QCOMPARE(f.has_value(), frame);
    if (f)
        QCOMPARE(CanLink::formatSlcan(*f), line.left(line.size() - (line.endsWith("ABCD") ? 4 : 0)) + '\r');
}

void TestCanLink::slcanUnsupportedBitrate()
{
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.bitrate = 333333;
    CanListenLink link(s, clock);
    QVERIFY(!link.open());
    QCOMPARE(link.error(), LinkError::ConfigurationError);
}

void TestCanLink::pythonCanSlcanBothWays()
{
    const QString py = python();
    QProcess probe;
    probe.start(py.isEmpty() ? QStringLiteral("python3") : py, {QStringLiteral("-c"), QStringLiteral("import can, serial")});
    probe.waitForFinished(20000);
    if (py.isEmpty() || probe.exitCode() != 0)
        QSKIP("python3-can / python3-serial are not installed for /usr/bin/python3 (./dev.sh test installs them)");

    PtyBridge bridge;
    QVERIFY(bridge.ok());
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = bridge.pathB();
    CanPollLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QVERIFY(link.open());

    // python-can: receive our two frames, then answer with an inverter heartbeat 0x305.
    const QString script = QStringLiteral(R"(
import can, sys
bus = can.interface.Bus(interface='slcan', channel=sys.argv[1], bitrate=500000, sleep_after_open=0)
got = []
while len(got) < 2:
    m = bus.recv(timeout=10)
    if m is None:
        print('timeout'); sys.exit(1)
    got.append('%03X#%s' % (m.arbitration_id, m.data.hex().upper()))
print(' '.join(got), flush=True)
bus.send(can.Message(arbitration_id=0x305, data=bytes(8), is_extended_id=False))
bus.shutdown()
)");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(py, {QStringLiteral("-c"), script, bridge.pathA()});
    QVERIFY(p.waitForStarted());
    // python-can opens the port and sets the adapter up; give it a moment, then send.
    QTest::qWait(800);
    QVERIFY(link.write(kLimits));
    QVERIFY(link.write(kSoc));
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    const QString out = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("351#1402C012C012C201 355#58005E00")), qPrintable(out));
    QTRY_VERIFY(!frames(rx).isEmpty());
    QCOMPARE(frames(rx).last(), (CanFrameData{0x305, QByteArray(8, '\0')}));
}

void TestCanLink::canbusutilReceivesOurFrames()
{
    QString tool = QStandardPaths::findExecutable(QStringLiteral("canbusutil"), {QStringLiteral("/usr/lib/qt6/bin")});
    if (tool.isEmpty())
        tool = QStandardPaths::findExecutable(QStringLiteral("canbusutil"));
    if (tool.isEmpty())
        QSKIP("canbusutil (Debian package libqt6serialbus6-bin) is not installed");
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("virtualcan");
    s.interface = QStringLiteral("can1");
    CanPollLink link(s, clock);
    QVERIFY(link.open()); // first on can1: this process hosts the virtualcan server
    QTRY_COMPARE(link.state(), LinkState::Open);
    QProcess util;
    util.start(tool, {QStringLiteral("-l"), QStringLiteral("virtualcan"), QStringLiteral("can1")});
    QVERIFY(util.waitForStarted());
    // canbusutil connects in its own time; send until it has printed our frame.
    QByteArray seen;
    for (int i = 0; i < 50 && !seen.contains("351"); ++i) {
        QVERIFY(link.write(kLimits));
        QTest::qWait(100);
        seen += util.readAllStandardOutput();
    }
    util.kill();
    util.waitForFinished();
    QVERIFY2(seen.contains("351") && seen.toUpper().contains("14 02 C0 12 C0 12 C2 01"), seen.constData());
}

QTEST_GUILESS_MAIN(TestCanLink)
#include "tst_canlink.moc"
