// A listen link sniffing a busy bus writes zero bytes, however long it listens: the test plays
// the bus and reads everything that comes back on the peer side.
//  - RS485 on a pseudo-terminal: BANKSCOPE_REL_FRAMES frames (1 M unless told; the default
//    suite runs 200,000 and the "long" variant 1 M) of a Pylontech master polling its bank, the
//    real capture's requests and answers looped, through a SerialListenLink and the decode
//    pipeline that sniffs both directions; and the same bus through `bankscope-cli monitor
//    --listen` (what a technician runs beside an inverter).
//  - CAN on Qt's virtualcan: the frames of a Pylon CAN bank's broadcast sent by a peer device,
//    received by a CanListenLink; the peer, which would receive every frame anyone else puts
//    on the bus, receives none.
// Every frame must be received and decoded (the listen link is not simply deaf) and nothing
// may come back.

#include "canlink.h"
#include "clock.h"
#include "decodepipeline.h"
#include "ptypair.h"
#include "seriallink.h"
#include "testdata.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 frameCount(qint64 fallback)
{
    const qint64 n = qEnvironmentVariable("BANKSCOPE_REL_FRAMES").toLongLong();
    return n > 0 ? n : fallback;
}

// The capture's frames with their CR, request and answer alternating as on the wire.
QList<QByteArray> captureFrames()
{
    QList<QByteArray> frames;
    QFile f(TestData::pylontechCapture());
    if (!f.open(QIODevice::ReadOnly))
        return frames;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (line.startsWith('#') || cols.size() < 3)
            continue;
        frames.append(cols[2] + '\r');
    }
    return frames;
}

// Plays `frames` frames on the master side of the pty, a few at a time, pumping the event loop
// so the link under test reads as the bytes come; returns everything the peer side received.
QByteArray playBus(PtyPair &pty, const QList<QByteArray> &capture, qint64 frames, qint64 &bytesPlayed)
{
    QByteArray fromLink;
    QByteArray batch;
    bytesPlayed = 0;
    for (qint64 i = 0; i < frames; ++i) {
        batch += capture[qsizetype(i % capture.size())];
        if (batch.size() < 16384 && i + 1 < frames)
            continue;
        // Written as the pty takes it; while its buffer is full the link under test reads (the
        // event loop runs), and whatever the link sent meanwhile is collected (it must be nothing).
        qsizetype done = 0;
        while (done < batch.size()) {
            const ssize_t n = ::write(pty.masterFd(), batch.constData() + done, size_t(batch.size() - done));
            if (n > 0)
                done += n;
            else if (n < 0 && errno != EAGAIN)
                return fromLink;
            else
                fromLink += pty.read(1);
        }
        bytesPlayed += batch.size();
        batch.clear();
        fromLink += pty.read(0);
    }
    return fromLink;
}

} // namespace

class TestListenOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialListenLinkSniffs();
    void monitorListenSniffs();
    void canListenLinkSniffs();
};

void TestListenOnly::serialListenLinkSniffs()
{
    const qint64 frames = frameCount(200000);
    const QList<QByteArray> capture = captureFrames();
    QVERIFY(capture.size() > 1000);
    PtyPair pty;
    QVERIFY(pty.ok());
    SessionClock clock;
    SerialListenLink link(SerialSettings{pty.path(), 9600}, clock);
    BankConfig bank;
    bank.architecture = Architecture::MasterSlave;
    bank.packs.append(PackConfig{QStringLiteral("P1"), QString(), 50.0, PackRole::Master, 2});
    bank.packs.append(PackConfig{QStringLiteral("P2"), QString(), 50.0, PackRole::Slave, 3});
    DecodePipeline pipeline(ProtocolId::PylontechRs485, bank, QStringLiteral("ttyBS0"));
    pipeline.attach(&link);
    quint64 decoded = 0;
    connect(&pipeline, &DecodePipeline::decoded, this, [&decoded](const DecodedMessage &, qint64) { ++decoded; });
    QVERIFY(link.open());
    QElapsedTimer t;
    t.start();
    qint64 played = 0;
    QByteArray fromLink = playBus(pty, capture, frames, played);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(link.bytesReceived()), played, 60000);
    pipeline.flush(clock.nowUs());
    fromLink += pty.read(300); // and a moment after the bus went quiet
    qInfo("%lld frames (%.1f MB) sniffed in %.1f s", frames, double(played) / 1e6, double(t.elapsed()) / 1000.0);
    QCOMPARE(fromLink.size(), 0);
    QCOMPARE(link.bytesSent(), quint64(0));
    QCOMPARE(decoded, quint64(frames)); // every request and answer of the capture decodes
    QCOMPARE(pipeline.stats().failed, quint64(0));
}

void TestListenOnly::monitorListenSniffs()
{
    const qint64 frames = frameCount(200000);
    const QList<QByteArray> capture = captureFrames();
    PtyPair pty;
    QVERIFY(pty.ok());
    QTemporaryDir dir;
    QProcess monitor;
    const auto stop = qScopeGuard([&monitor] {
        monitor.kill();
        monitor.waitForFinished(3000);
    });
    // One JSON line per message: to a file, read at the end.
    monitor.setStandardOutputFile(dir.filePath(QStringLiteral("out.jsonl")));
    monitor.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                                                  QStringLiteral("pylontech-rs485"), QStringLiteral("--baud"), QStringLiteral("9600"),
                                                  QStringLiteral("--listen")});
    QVERIFY(monitor.waitForStarted());
    // The port is open once the role is said (on stderr: "listening only").
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dir.filePath(QStringLiteral("out.jsonl"))).size() > 0, 10000);
    qint64 played = 0;
    QByteArray fromLink = playBus(pty, capture, frames, played);
    // The monitor has read everything once its output stops growing; then it is stopped (Ctrl-C).
    qint64 lastSize = -1;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const qint64 size = QFileInfo(dir.filePath(QStringLiteral("out.jsonl"))).size();
        const bool still = size == lastSize;
        lastSize = size;
        fromLink += pty.read(200);
        return still;
    }(), 120000);
    monitor.terminate();
    QVERIFY(monitor.waitForFinished(20000));
    QFile out(dir.filePath(QStringLiteral("out.jsonl")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    out.seek(std::max<qint64>(0, out.size() - 8192));
    const QList<QByteArray> tail = out.readAll().split('\n');
    QJsonObject stats;
    for (const QByteArray &line : tail)
        if (line.startsWith("{\"stats\""))
            stats = QJsonDocument::fromJson(line).object().value(QStringLiteral("stats")).toObject();
    QVERIFY2(!stats.isEmpty(), "no statistics line");
    QCOMPARE(fromLink.size(), 0);
    QCOMPARE(stats.value(QStringLiteral("bytes_sent")).toDouble(), 0.0);
    QCOMPARE(stats.value(QStringLiteral("role")).toString(), QStringLiteral("listen"));
    QCOMPARE(stats.value(QStringLiteral("bytes_received")).toDouble(), double(played));
    QCOMPARE(stats.value(QStringLiteral("decoded")).toDouble(), double(frames));
    QCOMPARE(stats.value(QStringLiteral("failed")).toDouble(), 0.0);
}

void TestListenOnly::canListenLinkSniffs()
{
    const qint64 frames = frameCount(200000);
    QString error;
    // The peer: a plain Qt device on the same virtual bus (it receives what others send).
    std::unique_ptr<QCanBusDevice> peer(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0"), &error));
    if (!peer)
        QSKIP(qPrintable(QStringLiteral("no virtualcan plugin: ") + error));
    QVERIFY(peer->connectDevice());
    QTRY_COMPARE(peer->state(), QCanBusDevice::ConnectedState);
    SessionClock clock;
    CanSettings cs;
    cs.plugin = QStringLiteral("virtualcan");
    cs.interface = QStringLiteral("can0");
    CanListenLink link(cs, clock);
    quint64 received = 0;
    connect(&link, &CanLink::framesReceived, this, [&received](const QList<TimedCanFrame> &f) { received += quint64(f.size()); });
    QVERIFY(link.open());
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 10000);
    // A Pylon CAN bank's broadcast (V1.2 frame set), changing data.
    const QList<QPair<quint32, QByteArray>> set{{0x351, QByteArray::fromHex("1402C012C012C201")}, {0x355, QByteArray::fromHex("5800620000")},
                                                 {0x356, QByteArray::fromHex("4E13000019010000")}, {0x359, QByteArray::fromHex("0000000004504E")},
                                                 {0x35C, QByteArray::fromHex("C0")}, {0x35E, QByteArray::fromHex("50594C4F4E202020")}};
    quint64 peerReceived = 0;
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < frames; ++i) {
        const auto &[id, data] = set[qsizetype(i % set.size())];
        QByteArray d = data;
        d[0] = char(i); // every frame differs
        peer->writeFrame(QCanBusFrame(id, d));
        if (i % 2000 == 1999) {
            QCoreApplication::processEvents();
            peerReceived += quint64(peer->readAllFrames().size());
            // Keep the virtual bus from queueing without end: wait for the link to catch up.
            QTRY_VERIFY_WITH_TIMEOUT(received + 4000 >= quint64(i), 30000);
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, quint64(frames), 60000);
    QTest::qWait(300);
    peerReceived += quint64(peer->readAllFrames().size());
    qInfo("%lld CAN frames sniffed in %.1f s", frames, double(t.elapsed()) / 1000.0);
    QCOMPARE(peerReceived, quint64(0));
    QCOMPARE(link.stats().sent, quint64(0));
    link.close();
    peer->disconnectDevice();
}

QTEST_GUILESS_MAIN(TestListenOnly)
#include "tst_rel_listen.moc"
