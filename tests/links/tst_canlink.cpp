// CAN links with real parts: Qt's virtualcan plugin, SLCAN over pseudo-terminals, and two
// third-party clients from Debian: python3-can's slcan interface and Qt's canbusutil.

#include "canlink.h"
#include "clock.h"
#include "ptybridge.h"
#include "ptydevice.h"
#include "ptypair.h"
#include "socketcaninterface.h"

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

// An SLCAN adapter played on the master side of a pty: every command line the link sends is
// recorded, and answered as `answers` says (CR accepts, BEL refuses, no entry: no answer).
struct FakeSlcanAdapter
{
    explicit FakeSlcanAdapter(PtyPair &pty, QMap<QByteArray, QByteArray> answers)
        : device(pty, &PtyDevice::untilCr, [this](const QByteArray &unit) -> QList<QByteArray> {
            const QByteArray command = unit.chopped(1);
            commands.append(command);
            if (!m_answers.contains(command))
                return {};
            return {m_answers.value(command)};
        })
        , m_answers(std::move(answers))
    {
    }
    PtyDevice device;
    QList<QByteArray> commands;

private:
    QMap<QByteArray, QByteArray> m_answers;
};

// A CANable-style adapter that takes 'L' (Lawicel listen-only).
QMap<QByteArray, QByteArray> lawicelAnswers()
{
    return {{"C", "\a"}, {"V", "V1013\r"}, {"S6", "\r"}, {"S5", "\r"}, {"L", "\r"}, {"O", "\r"}};
}

QList<QByteArray> words(const char *text)
{
    QList<QByteArray> out;
    for (const QByteArray &w : QByteArray(text).split(' '))
        if (!w.isEmpty())
            out.append(w);
    return out;
}

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
    void slcanSilentModeDialogue_data();
    void slcanSilentModeDialogue();
    void slcanEmulateLinkTransmits();
    void slcanAdapterUnpluggedAndBack();
    void slcanLineParsing_data();
    void slcanLineParsing();
    void slcanUnsupportedBitrate();
    void pythonCanSlcanBothWays();
    void canbusutilReceivesOurFrames();
    void socketcanStateFromIp_data();
    void socketcanStateFromIp();
    void socketcanMissingInterfaceIsSaid();
};

void TestCanLink::virtualCanListenAndSend()
{
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("virtualcan");
    s.interface = QStringLiteral("can0");
    CanListenLink listen(s, clock);
    CanEmulateLink poll(s, clock);
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
    FakeSlcanAdapter adapter(pty, lawicelAnswers());
    adapter.device.delayMs = 200; // a slow adapter: the link is not open before it has said yes
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    CanListenLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QSignalSpy notices(&link, &Link::noticed);
    QVERIFY(link.open());
    QCOMPARE(link.state(), LinkState::Opening);
    // Close, version, 500 kbit/s, then listen-only; each answer waited for.
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 5000);
    QCOMPARE(adapter.commands, words("C V S6 L"));
    QCOMPARE(notices.count(), 1);
    const auto version = notices.first().at(0).value<LinkNotice>();
    QCOMPARE(version.code, LinkNotice::Code::SlcanVersion);
    QCOMPARE(version.args.value(QStringLiteral("version")).toString(), QStringLiteral("V1013"));
    // Traffic, an adapter error (BEL), an ack, a garbled frame, a frame with a time stamp.
    QVERIFY(pty.write("t35181402C012C012C201\r\a\rt3554580\rt3554"));
    QVERIFY(pty.write("58005E001234\rT18FF50E520102\r"));
    QTRY_COMPARE(frames(rx).size(), 3);
    QCOMPARE(frames(rx).at(0), kLimits);
    QCOMPARE(frames(rx).at(1), kSoc);
    QVERIFY(frames(rx).at(2).extended);
    QCOMPARE(link.stats().errorFrames, quint64(1));
    QCOMPARE(link.stats().malformed, quint64(1));
    // Nothing but the set-up ever reaches the adapter from a listen link, not even on close.
    QTest::qWait(300);
    link.close();
    QTest::qWait(100);
    QCOMPARE(adapter.commands, words("C V S6 L"));
}

void TestCanLink::slcanSilentModeDialogue_data()
{
    QTest::addColumn<QByteArray>("answerL");
    QTest::addColumn<QByteArray>("answerM1");
    QTest::addColumn<QByteArray>("answerO");
    QTest::addColumn<QByteArray>("answerS6");
    QTest::addColumn<QByteArray>("expected"); // the commands the adapter receives, in order
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("why");         // part of the error when it does not open
    // Lawicel firmware: 'L' is listen-only, nothing else is sent.
    QTest::newRow("L accepted") << QByteArray("\r") << QByteArray("\r") << QByteArray("\r") << QByteArray("\r")
                                << QByteArray("C V S6 L") << true << QString();
    // CANable 2.0 firmware refuses 'L': silent mode 'M1', then open 'O'.
    QTest::newRow("L refused, M1 taken") << QByteArray("\a") << QByteArray("\r") << QByteArray("\r") << QByteArray("\r")
                                         << QByteArray("C V S6 L M1 O") << true << QString();
    // Neither: an error, and never a plain 'O'.
    QTest::newRow("L and M1 refused") << QByteArray("\a") << QByteArray("\a") << QByteArray("\r") << QByteArray("\r")
                                      << QByteArray("C V S6 L M1") << false << QStringLiteral("cannot be made silent");
    QTest::newRow("L unanswered") << QByteArray() << QByteArray("\r") << QByteArray("\r") << QByteArray("\r")
                                  << QByteArray("C V S6 L") << false << QStringLiteral("did not answer 'L'");
    QTest::newRow("M1 unanswered") << QByteArray("\a") << QByteArray() << QByteArray("\r") << QByteArray("\r")
                                   << QByteArray("C V S6 L M1") << false << QStringLiteral("did not answer 'M1'");
    QTest::newRow("O refused after M1") << QByteArray("\a") << QByteArray("\r") << QByteArray("\a") << QByteArray("\r")
                                        << QByteArray("C V S6 L M1 O") << false << QStringLiteral("refused 'O'");
    QTest::newRow("bit rate refused") << QByteArray("\r") << QByteArray("\r") << QByteArray("\r") << QByteArray("\a")
                                      << QByteArray("C V S6") << false << QStringLiteral("refused 'S6'");
}

void TestCanLink::slcanSilentModeDialogue()
{
    QFETCH(QByteArray, answerL);
    QFETCH(QByteArray, answerM1);
    QFETCH(QByteArray, answerO);
    QFETCH(QByteArray, answerS6);
    QFETCH(QByteArray, expected);
    QFETCH(bool, opens);
    QFETCH(QString, why);
    QMap<QByteArray, QByteArray> answers{{"C", "\a"}, {"V", "V1013\r"}};
    for (const auto &[command, answer] : {std::pair{QByteArray("L"), answerL}, {QByteArray("M1"), answerM1},
                                          {QByteArray("O"), answerO}, {QByteArray("S6"), answerS6}})
        if (!answer.isEmpty())
            answers.insert(command, answer);
    PtyPair pty;
    FakeSlcanAdapter adapter(pty, answers);
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    CanListenLink link(s, clock);
    QSignalSpy errors(&link, &Link::errorOccurred);
    QSignalSpy notices(&link, &Link::noticed);
    QVERIFY(link.open());
    QTRY_VERIFY_WITH_TIMEOUT(link.state() == LinkState::Open || link.state() == LinkState::Closed, 8000);
    QCOMPARE(link.state(), opens ? LinkState::Open : LinkState::Closed);
    QTest::qWait(200); // anything more the link would send
    QCOMPARE(adapter.commands, words(expected.constData()));
    if (opens) {
        QVERIFY(errors.isEmpty());
        const bool m1 = expected.contains("M1");
        QCOMPARE(notices.count(), m1 ? 2 : 1);
        if (m1)
            QCOMPARE(notices.last().at(0).value<LinkNotice>().code, LinkNotice::Code::SlcanSilentByM1);
    } else {
        QCOMPARE(link.error(), LinkError::ProtocolError);
        QVERIFY2(link.errorString().contains(why), qPrintable(link.errorString()));
    }
}


void TestCanLink::slcanEmulateLinkTransmits()
{
    // Emulation talks to an adapter or, over an SLCAN cable, to another program: it opens the
    // channel normally ('O') and sends.
    PtyPair pty;
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    s.bitrate = 250000;
    CanEmulateLink link(s, clock);
    QVERIFY(link.open());
    QCOMPARE(pty.read(2000, 9), QByteArray("C\rS5\rO\r"));
    QTRY_COMPARE(link.state(), LinkState::Open);
    QVERIFY(link.write(kLimits));
    QCOMPARE(pty.read(2000, 22), QByteArray("t35181402C012C012C201\r"));
}


void TestCanLink::slcanAdapterUnpluggedAndBack()
{
    PtyPair pty;
    FakeSlcanAdapter adapter(pty, lawicelAnswers());
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("slcan");
    s.interface = pty.path();
    s.reconnectFirstMs = 50;
    s.reconnectMaxMs = 200;
    CanListenLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QVERIFY(link.open());
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 5000);
    QCOMPARE(adapter.commands, words("C V S6 L"));
    pty.unplug();
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Reconnecting, 5000);
    QCOMPARE(link.error(), LinkError::Unplugged);
    QVERIFY(pty.replug());
    adapter.device.attach();
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 5000);
    QCOMPARE(link.reconnects(), 1);
    // The adapter came back unconfigured: it is set up again, silent.
    QCOMPARE(adapter.commands, words("C V S6 L C V S6 L"));
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
    CanEmulateLink link(s, clock);
    QSignalSpy rx(&link, &CanLink::framesReceived);
    QVERIFY(link.open());

    // python-can: receive our two frames, then answer with an inverter heartbeat 0x305.
    const QString script = QStringLiteral(R"(
import can, sys
bus = can.interface.Bus(interface='slcan', channel=sys.argv[1], bitrate=500000, sleep_after_open=0)
print('ready', flush=True)
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
    // python-can opens the port (dropping what was there before) and sets the adapter up: send
    // once it says it is ready.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += p.readAll()).contains("ready"), 20000);
    QVERIFY(link.write(kLimits));
    QVERIFY(link.write(kSoc));
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    const QString out = QString::fromUtf8(said + p.readAll());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
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
    CanEmulateLink link(s, clock);
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

void TestCanLink::socketcanStateFromIp_data()
{
    // The shape of iproute2's `ip -details -json link show IFACE` (ip/iplink_can.c prints
    // "ctrlmode" only when a mode is set).
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<bool>("listenOnly");
    QTest::addColumn<int>("bitrate");
    QTest::addColumn<bool>("isVirtual");
    const QByteArray head = R"([{"ifindex":5,"ifname":"can0","flags":["NOARP","UP","LOWER_UP","ECHO"],"mtu":16,"link_type":"can",)";
    QTest::newRow("listen-only") << head + R"("linkinfo":{"info_kind":"can","info_data":{"ctrlmode":["LISTEN-ONLY"],"state":"ERROR-ACTIVE","bittiming":{"bitrate":500000,"sample_point":"0.875"}}}}])"
                                 << true << true << 500000 << false;
    QTest::newRow("normal mode") << head + R"("linkinfo":{"info_kind":"can","info_data":{"state":"ERROR-ACTIVE","bittiming":{"bitrate":250000}}}}])"
                                 << true << false << 250000 << false;
    QTest::newRow("other modes only") << head + R"("linkinfo":{"info_kind":"can","info_data":{"ctrlmode":["LOOPBACK","ONE-SHOT"],"bittiming":{"bitrate":500000}}}}])"
                                      << true << false << 500000 << false;
    QTest::newRow("vcan") << QByteArray(R"([{"ifname":"vcan0","flags":["NOARP","UP"],"link_type":"can","linkinfo":{"info_kind":"vcan"}}])")
                          << true << false << 0 << true;
    QTest::newRow("nothing printed") << QByteArray() << false << false << 0 << false;
    QTest::newRow("not json") << QByteArray("Device \"can9\" does not exist.") << false << false << 0 << false;
    QTest::newRow("empty list") << QByteArray("[]") << false << false << 0 << false;
}

void TestCanLink::socketcanStateFromIp()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, parses);
    QFETCH(bool, listenOnly);
    QFETCH(int, bitrate);
    QFETCH(bool, isVirtual);
    QString error;
    const auto state = SocketCanInterface::parseIpJson(json, error);
    QCOMPARE(state.has_value(), parses);
    if (!state) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(state->listenOnly, listenOnly);
    QCOMPARE(state->bitrate.value_or(0), bitrate);
    QCOMPARE(state->isVirtual(), isVirtual);
    QVERIFY(state->up);
    QCOMPARE(SocketCanInterface::listenOnlyCommand(QStringLiteral("can0"), 500000),
             QStringLiteral("ip link set can0 down; ip link set can0 type can bitrate 500000 listen-only on; ip link set can0 up"));
}

void TestCanLink::socketcanMissingInterfaceIsSaid()
{
    // A listen link on socketcan reads the interface's mode first; when it cannot, it says so.
    SessionClock clock;
    CanSettings s;
    s.plugin = QStringLiteral("socketcan");
    s.interface = QStringLiteral("bscan9");
    CanListenLink link(s, clock);
    QSignalSpy notices(&link, &Link::noticed);
    link.open(); // this machine may or may not have the socketcan plugin working
    QVERIFY(!notices.isEmpty());
    const auto n = notices.first().at(0).value<LinkNotice>();
    QCOMPARE(n.code, LinkNotice::Code::SocketCanStateUnknown);
    QCOMPARE(n.args.value(QStringLiteral("interface")).toString(), QStringLiteral("bscan9"));
    QVERIFY(n.text().contains(QLatin1String("bscan9")));
}

QTEST_GUILESS_MAIN(TestCanLink)
#include "tst_canlink.moc"
