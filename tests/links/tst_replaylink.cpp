// ReplayLink streaming a log: what it refuses to open, play as fast as possible and in real
// time, pause, speed, seek, restart, bad lines named as play goes on, and long silences
// announced and skipped (the window's replay bar needs all of it).

#include "replaylink.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

// `n` frames of the C1 set, `stepMs` apart, from t = 1700000000 s.
QByteArray c1Log(int n, int stepMs)
{
    static const char *const frames[] = {"351#1402C012C012C201", "355#58005E00", "356#7A13F2FE6B01",
                                         "359#0000000006504E",   "35C#C000",     "35E#50594C4F4E202020"};
    QByteArray log;
    for (int i = 0; i < n; ++i) {
        const qint64 us = 1700000000000000LL + qint64(i) * stepMs * 1000;
        log += "(" + QByteArray::number(us / 1000000) + "." + QByteArray::number(us % 1000000).rightJustified(6, '0') + ") can0 "
            + frames[i % 6] + "\n";
    }
    return log;
}

} // namespace

class TestReplayLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatItCannotPlay_data();
    void refusesWhatItCannotPlay();
    void playsAsFastAsPossible();
    void readsEveryLogFormat_data();
    void readsEveryLogFormat();
    void namesBadLinesAndPlaysOn();
    void refusesSpeedsThatAreNotNumbers();
    void announcesASilenceAndSkipsIt();
    void skipsSilencesLongerThanAsked();
    void pauseHoldsThePlay();
    void seekAndRestart();
};

void TestReplayLink::refusesWhatItCannotPlay_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << "no frames in";
    QTest::newRow("comments only") << QByteArray("# BankScope recording\n\n# nothing else\n") << "no frames in";
    QTest::newRow("not a log") << QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n") << "is not a log BankScope reads";
    QTest::newRow("one endless line") << QByteArray(300 * 1024, '\0') << "longer than";
}

void TestReplayLink::refusesWhatItCannotPlay()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    ReplayLink link;
    QVERIFY(!link.open(write(dir, QStringLiteral("x.log"), text)));
    QVERIFY2(link.errorString().contains(message), qPrintable(link.errorString()));
    QVERIFY(!link.open(dir.filePath(QStringLiteral("missing.log"))));
    QVERIFY(link.errorString().startsWith(QStringLiteral("cannot read")));
}

void TestReplayLink::playsAsFastAsPossible()
{
    QTemporaryDir dir;
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("c1.log"), c1Log(600, 100))));
    QCOMPARE(link.role(), LinkRole::Listen);
    QCOMPARE(link.format(), SessionFormat::LogFormat::CandumpLog);
    QCOMPARE(link.firstTimeUs(), 1700000000000000LL);
    QSignalSpy frames(&link, &ReplayLink::canFrame);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(0.0));
    QVERIFY(finished.wait(10000));
    QCOMPARE(frames.size(), 600);
    QCOMPARE(frames.first().at(1).value<CanFrameData>().id, quint32(0x351));
    QCOMPARE(frames.last().at(2).toLongLong(), 1700000000000000LL + 599 * 100000);
    QCOMPARE(link.stats().events, quint64(600));
    QCOMPARE(link.progress(), 1.0);
    QCOMPARE(link.state(), LinkState::Closed);
}

void TestReplayLink::readsEveryLogFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames");
    QTest::newRow("candump screen -t a -x -a") << "logs/candump-screen-ta-x-a.log" << 8;
    QTest::newRow("SavvyCAN GVRET") << "logs/savvycan-gvret.csv" << 6;
    QTest::newRow("log2asc") << "logs/log2asc-c1.asc" << 6;
    QTest::newRow("REC Q paste") << "pylon-can/rec-q-candump-screen.log" << 8;
}

void TestReplayLink::readsEveryLogFormat()
{
    QFETCH(QString, file);
    QFETCH(int, frames);
    ReplayLink link;
    QVERIFY2(link.open(TestData::path(file)), qPrintable(link.errorString()));
    QSignalSpy got(&link, &ReplayLink::canFrame);
    QSignalSpy bad(&link, &ReplayLink::lineError);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(0.0));
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.size(), frames);
    QCOMPARE(bad.size(), 0);
}

void TestReplayLink::namesBadLinesAndPlaysOn()
{
    QTemporaryDir dir;
    QByteArray log = c1Log(20, 100);
    QList<QByteArray> lines = log.split('\n');
    lines[4] = "(1700000000.400000) can0 351#ZZ"; // line 5
    lines[11] = "garbage";                        // line 12
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("bad.log"), lines.join('\n'))));
    QSignalSpy got(&link, &ReplayLink::canFrame);
    QSignalSpy bad(&link, &ReplayLink::lineError);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(0.0));
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.size(), 18);
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad[0].at(0).toLongLong(), 5);
    QCOMPARE(bad[1].at(0).toLongLong(), 12);
    QVERIFY(bad[0].at(1).toString().contains(QStringLiteral("hex")));
    QCOMPARE(link.stats().badLines, quint64(2));
}

void TestReplayLink::refusesSpeedsThatAreNotNumbers()
{
    QTemporaryDir dir;
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("c1.log"), c1Log(6, 100))));
    QVERIFY(!link.start(qQNaN()));
    QVERIFY(!link.start(qInf()));
    QVERIFY(!link.start(-1.0));
    QCOMPARE(link.state(), LinkState::Closed);
    QVERIFY(link.start(1.0));
    QVERIFY(!link.setSpeed(qQNaN()));
    QCOMPARE(link.speed(), 1.0);
    link.stop();
}

void TestReplayLink::announcesASilenceAndSkipsIt()
{
    // Two frames, then 11.6 days of silence (10^6 s), then one more: real-time play announces
    // the silence before waiting it out, and skipGap() plays on at once.
    QTemporaryDir dir;
    const QByteArray log = "(1700000000.000000) can0 351#1402C012C012C201\n"
                           "(1700000000.100000) can0 355#58005E00\n"
                           "(1701000000.100000) can0 356#7A13F2FE6B01\n";
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("gap.log"), log)));
    QSignalSpy gap(&link, &ReplayLink::gap);
    QSignalSpy got(&link, &ReplayLink::canFrame);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(1.0));
    QVERIFY(gap.wait(5000));
    QCOMPARE(gap.first().at(0).toLongLong(), 1700000000100000LL);
    QCOMPARE(gap.first().at(1).toLongLong(), 1701000000100000LL);
    QCOMPARE(gap.first().at(2).toLongLong(), 3);     // the line after the silence
    QCOMPARE(gap.first().at(3).toBool(), false);     // waited out unless skipped
    QCOMPARE(got.size(), 2);
    QCOMPARE(link.nextTimeUs(), 1701000000100000LL);
    link.skipGap();
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.size(), 3);
    QCOMPARE(link.stats().gaps, quint64(1));
    QCOMPARE(link.stats().gapsSkipped, quint64(1));
}

void TestReplayLink::skipsSilencesLongerThanAsked()
{
    QTemporaryDir dir;
    const QByteArray log = "(1700000000.000000) can0 351#1402C012C012C201\n"
                           "(1700000000.050000) can0 355#58005E00\n"    // 50 ms: played as recorded
                           "(1700000030.050000) can0 356#7A13F2FE6B01\n" // 30 s: skipped
                           "(1700003630.050000) can0 35C#C000\n";        // 1 h: skipped
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("gaps.log"), log)));
    link.setSkipGapsLongerThan(5.0);
    QSignalSpy gap(&link, &ReplayLink::gap);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(1.0));
    QVERIFY(finished.wait(5000));
    QCOMPARE(gap.size(), 2);
    QCOMPARE(gap[0].at(3).toBool(), true);
    QCOMPARE(gap[1].at(3).toBool(), true);
    QCOMPARE(link.stats().gapsSkipped, quint64(2));
    QCOMPARE(link.fileTimeUs(), 1700003630050000LL);
}

void TestReplayLink::pauseHoldsThePlay()
{
    // Frames a second apart at 10x: paused after the first, nothing comes; resumed, all come.
    QTemporaryDir dir;
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("c1.log"), c1Log(4, 1000))));
    QSignalSpy got(&link, &ReplayLink::canFrame);
    QSignalSpy paused(&link, &ReplayLink::pausedChanged);
    QSignalSpy finished(&link, &ReplayLink::finished);
    QVERIFY(link.start(10.0));
    QVERIFY(got.wait(5000));
    link.pause();
    QVERIFY(link.isPaused());
    QCOMPARE(paused.size(), 1);
    const qsizetype before = got.size();
    QVERIFY(!got.wait(400)); // 400 ms at 10x is four seconds of recording: none of it plays
    QCOMPARE(got.size(), before);
    link.resume();
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.size(), 4);
}

void TestReplayLink::seekAndRestart()
{
    QTemporaryDir dir;
    ReplayLink link;
    QVERIFY(link.open(write(dir, QStringLiteral("c1.log"), c1Log(100, 1000)))); // 100 s of recording
    QSignalSpy got(&link, &ReplayLink::canFrame);
    QSignalSpy finished(&link, &ReplayLink::finished);
    // Forward, before anything plays: the first frame played is the one at +50 s.
    QVERIFY(link.start(0.0));
    link.pause();
    QVERIFY(link.seek(1700000050000000LL));
    link.resume();
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.first().at(2).toLongLong(), 1700000050000000LL);
    QCOMPARE(got.size(), 50);
    // Started again: everything plays from the top.
    got.clear();
    QVERIFY(link.start(0.0));
    QVERIFY(finished.wait(5000));
    QCOMPARE(got.size(), 100);
    // Backwards in the middle of a real-time play (100x: a frame every 10 ms): from the start of
    // the file again, skipping to the target.
    got.clear();
    QVERIFY(link.start(100.0));
    QVERIFY(link.seek(1700000060000000LL));
    QTRY_VERIFY(!got.isEmpty());
    link.pause();
    QVERIFY(link.fileTimeUs() >= 1700000060000000LL);
    got.clear();
    QVERIFY(link.seek(1700000020000000LL));
    link.resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(got.first().at(2).toLongLong(), 1700000020000000LL);
    QCOMPARE(got.size(), 80);
    QCOMPARE(got.last().at(2).toLongLong(), 1700000099000000LL);
}

QTEST_GUILESS_MAIN(TestReplayLink)
#include "tst_replaylink.moc"
