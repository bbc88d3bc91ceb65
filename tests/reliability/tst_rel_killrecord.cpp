// kill -9 during a recording, then reopen: `bankscope-cli record` listens on a pseudo-terminal
// while the test plays a Pylontech bus on the other side (the real capture's frames, one every
// few milliseconds), and is killed with SIGKILL at a moment of the test's choosing. The file
// must parse to the end (no half line: replay reads it without one bad line), hold exactly the
// bytes that were sent, in order, with nothing foreign, and lack at most the last second of
// them (the recorder flushes twice a second). The same for a CAN recording on Qt's virtualcan,
// the test sending numbered frames: none missing before the cut, none out of order.

#include "logreader.h"
#include "measuredrun.h"
#include "ptypair.h"
#include "sessionformat.h"
#include "testdata.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QElapsedTimer>
#include <QtEndian>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <limits>
#include <memory>
#include <optional>

class TestKillRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidRecording_data();
    void killedMidRecording();
    void killedMidCanRecording();
};

void TestKillRecord::killedMidRecording_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTest::addColumn<int>("frameEveryMs");
    // Kills at different points of the flush cycle (500 ms), at a calm and a busy rate.
    QTest::newRow("after 1.2 s, a frame every 5 ms") << 1200 << 5;
    QTest::newRow("after 2.35 s, a frame every 5 ms") << 2350 << 5;
    QTest::newRow("after 3.1 s, back to back") << 3100 << 0;
}

void TestKillRecord::killedMidRecording()
{
    QFETCH(int, killAfterMs);
    QFETCH(int, frameEveryMs);
    // The bus: the real capture's frames, as they were on the wire (with their CR).
    QList<QByteArray> frames;
    {
        QFile f(TestData::pylontechCapture());
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (line.startsWith('#') || cols.size() < 3)
                continue;
            frames.append(cols[2] + '\r');
        }
    }
    QVERIFY(frames.size() > 1000);

    PtyPair pty;
    QVERIFY(pty.ok());
    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("site.log"));
    QProcess record;
    const auto stop = qScopeGuard([&record] {
        record.kill();
        record.waitForFinished(3000);
    });
    record.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("record"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--baud"),
                                                 QStringLiteral("9600"), QStringLiteral("--output"), recording});
    QVERIFY(record.waitForStarted());
    // The recorder has the port open once its header is in the file.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(recording).size() > 0, 10000);

    // Play the bus; note when each byte left.
    QByteArray sent;
    QList<std::pair<qint64, qsizetype>> sentAt; // (ms since start, bytes sent by then)
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer lastFrame;
    lastFrame.start();
    qsizetype next = 0;
    while (clock.elapsed() < killAfterMs) {
        if (frameEveryMs == 0 || lastFrame.elapsed() >= frameEveryMs) {
            lastFrame.restart();
            const QByteArray &frame = frames[next++ % frames.size()];
            QVERIFY(pty.write(frame));
            sent += frame;
            sentAt.append({clock.elapsed(), sent.size()});
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    const qint64 killedAtMs = clock.elapsed();
    ::kill(pid_t(record.processId()), SIGKILL);
    QVERIFY(record.waitForFinished(5000));
    QCOMPARE(record.exitStatus(), QProcess::CrashExit);

    // Reopen: every line a whole event (BankScope's own reader, the one replay uses) ...
    QFile f(recording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    LogReader reader(&f);
    QVERIFY(reader.detect());
    QCOMPARE(reader.format(), SessionFormat::LogFormat::CandumpLog);
    QByteArray recorded;
    SessionFormat::Event e;
    LogReader::Status s;
    while ((s = reader.next(e)) == LogReader::Status::Event) {
        QCOMPARE(e.kind, SessionFormat::Kind::SerialRx);
        recorded += e.data;
    }
    QVERIFY2(s == LogReader::Status::End, qPrintable(QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.lineError())));
    QVERIFY2(!reader.lastLineUnterminated(), "the file ends inside a line");
    QVERIFY(reader.finishError().isEmpty());
    // ... and bankscope-cli replays it to the end without one bad line.
    const MeasuredRun replay = Measured::run({QStringLiteral(BANKSCOPE_CLI), QStringLiteral("replay"), recording, QStringLiteral("--fast"),
                                              QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485")});
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.describe()));
    QVERIFY2(replay.outTail.contains("\"bad_lines\":0"), replay.outTail.right(400).constData());

    // Exactly what was sent, in order, lacking at most the last second.
    QVERIFY2(sent.startsWith(recorded), "the recording holds bytes that were never sent, or out of order");
    qsizetype sentBeforeLastSecond = 0;
    for (const auto &[ms, bytes] : sentAt)
        if (ms <= killedAtMs - 1000)
            sentBeforeLastSecond = bytes;
    QVERIFY2(recorded.size() >= sentBeforeLastSecond,
             qPrintable(QStringLiteral("%1 bytes recorded, %2 sent up to a second before the kill (%3 in all)")
                            .arg(recorded.size())
                            .arg(sentBeforeLastSecond)
                            .arg(sent.size())));
    QVERIFY(sentBeforeLastSecond > 0);
}

void TestKillRecord::killedMidCanRecording()
{
    QString error;
    // The bus and its other node: this process (it hosts the virtual bus, so it keeps the event
    // loop turning while it sends).
    std::unique_ptr<QCanBusDevice> peer(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0"), &error));
    if (!peer)
        QSKIP(qPrintable(QStringLiteral("no virtualcan plugin: ") + error));
    QVERIFY(peer->connectDevice());
    QTRY_COMPARE(peer->state(), QCanBusDevice::ConnectedState);
    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("can.log"));
    QProcess record;
    const auto stop = qScopeGuard([&record] {
        record.kill();
        record.waitForFinished(3000);
    });
    record.start(QStringLiteral(BANKSCOPE_CLI),
                 {QStringLiteral("record"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0"), QStringLiteral("--output"), recording});
    QVERIFY(record.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(recording).size() > 0, 10000);
    // The recorder is listening once a frame sent now reaches the file (flushed twice a second).
    const auto lastRecorded = [&recording](quint64 &count) {
        QFile f(recording);
        count = 0;
        std::optional<quint64> last;
        bool ordered = true;
        if (!f.open(QIODevice::ReadOnly))
            return last;
        LogReader reader(&f);
        reader.detect();
        SessionFormat::Event e;
        while (reader.next(e) == LogReader::Status::Event) {
            const quint64 n = qFromBigEndian<quint64>(e.data.constData());
            ordered = ordered && (!last || n == *last + 1);
            last = n;
            ++count;
        }
        return ordered ? last : std::optional<quint64>(std::numeric_limits<quint64>::max());
    };
    quint64 sent = 0;
    const auto send = [&] {
        QByteArray d(8, '\0');
        qToBigEndian<quint64>(sent++, d.data());
        peer->writeFrame(QCanBusFrame(0x351, d));
    };
    quint64 count = 0;
    QTRY_VERIFY_WITH_TIMEOUT((send(), lastRecorded(count).has_value()), 10000);
    const std::optional<quint64> first = lastRecorded(count);
    QVERIFY(first);
    // Numbered frames in bursts of eight, as fast as the virtual bus takes them (~150,000 a
    // second here, far beyond a real bus), then SIGKILL.
    QList<std::pair<qint64, quint64>> sentAt;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2300) {
        for (int i = 0; i < 8; ++i)
            send();
        sentAt.append({clock.elapsed(), sent});
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    const qint64 killedAtMs = clock.elapsed();
    ::kill(pid_t(record.processId()), SIGKILL);
    QVERIFY(record.waitForFinished(5000));

    QFile f(recording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    LogReader reader(&f);
    QVERIFY(reader.detect());
    SessionFormat::Event e;
    LogReader::Status st;
    while ((st = reader.next(e)) == LogReader::Status::Event)
        QCOMPARE(e.kind, SessionFormat::Kind::Can);
    QVERIFY2(st == LogReader::Status::End, qPrintable(QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.lineError())));
    QVERIFY2(!reader.lastLineUnterminated(), "the file ends inside a line");
    const std::optional<quint64> last = lastRecorded(count);
    QVERIFY(last);
    QVERIFY2(*last != std::numeric_limits<quint64>::max(), "a frame is missing or out of order in the recording");
    quint64 sentBeforeLastSecond = 0;
    for (const auto &[ms, n] : sentAt)
        if (ms <= killedAtMs - 1000)
            sentBeforeLastSecond = n;
    QVERIFY2(*last + 1 >= sentBeforeLastSecond, qPrintable(QStringLiteral("recorded up to frame %1; %2 were sent up to a second before the kill (%3 in all)")
                                                               .arg(*last)
                                                               .arg(sentBeforeLastSecond)
                                                               .arg(sent)));
    QVERIFY(sentBeforeLastSecond > *first + 1000);
    qInfo("CAN: %llu frames sent, the recording ends at frame %llu, %llu were sent up to a second before the kill",
          sent, *last, sentBeforeLastSecond);
    peer->disconnectDevice();
}

QTEST_GUILESS_MAIN(TestKillRecord)
#include "tst_rel_killrecord.moc"
