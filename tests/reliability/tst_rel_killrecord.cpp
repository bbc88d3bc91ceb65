// kill -9 during a recording, then reopen: `bankscope-cli record` listens on a pseudo-terminal
// while the test plays a Pylontech bus on the other side (the real capture's frames, one every
// few milliseconds), and is killed with SIGKILL at a moment of the test's choosing. The file
// must parse to the end (no half line: replay reads it without one bad line), hold exactly the
// bytes that were sent, in order, with nothing foreign, and lack at most the last second of
// them (the recorder flushes twice a second).

#include "logreader.h"
#include "measuredrun.h"
#include "ptypair.h"
#include "sessionformat.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestKillRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidRecording_data();
    void killedMidRecording();
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

QTEST_GUILESS_MAIN(TestKillRecord)
#include "tst_rel_killrecord.moc"
