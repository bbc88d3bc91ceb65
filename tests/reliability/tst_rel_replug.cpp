// A USB-RS485 stick pulled out and plugged back again and again: the pseudo-terminal behind a
// stable path (as /dev/serial/by-id/...) is closed and made anew, BANKSCOPE_REL_CYCLES times
// (20 unless told; the "long" variant runs 100 under valgrind's leak checker). Each time the
// link must report the unplug, come back on its own, and carry traffic again: a listen link
// receives a marker sent after the replug, a poll link's request reaches the device. No file
// descriptor is left behind and resident memory does not climb. The same through the program a
// technician runs: `bankscope-cli record` across every replug records each cycle's marker and
// counts the reconnects.

#include "clock.h"
#include "logreader.h"
#include "ptypair.h"
#include "seriallink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

int cycles()
{
    const int n = qEnvironmentVariableIntValue("BANKSCOPE_REL_CYCLES");
    return n > 0 ? n : 20;
}

// Under valgrind everything runs ~20x slower: deadlines stretch with it.
int slow(int ms)
{
    return qEnvironmentVariableIsSet("BANKSCOPE_REL_SLOW") ? ms * 20 : ms;
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
}

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

QByteArray marker(int cycle)
{
    return QStringLiteral("~MARK%1\r").arg(cycle, 3, 10, QLatin1Char('0')).toLatin1();
}

} // namespace

class TestReplug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkComesBackEveryTime_data();
    void linkComesBackEveryTime();
    void recordAcrossReplugs();
};

void TestReplug::linkComesBackEveryTime_data()
{
    QTest::addColumn<bool>("poll");
    QTest::newRow("listen link") << false;
    QTest::newRow("poll link") << true;
}

void TestReplug::linkComesBackEveryTime()
{
    QFETCH(bool, poll);
    const int n = cycles();
    PtyPair pty;
    QVERIFY(pty.ok());
    ManualClock clock;
    SerialSettings s{pty.path(), 9600};
    s.reconnectFirstMs = 50;
    s.reconnectMaxMs = 400;
    std::unique_ptr<SerialLink> link;
    if (poll)
        link = std::make_unique<SerialPollLink>(s, clock);
    else
        link = std::make_unique<SerialListenLink>(s, clock);
    QByteArray received;
    connect(link.get(), &SerialLink::received, this, [&received](const QByteArray &b, qint64) { received += b; });
    QSignalSpy errors(link.get(), &SerialLink::errorOccurred);
    QVERIFY(link->open());
    QCOMPARE(link->state(), LinkState::Open);

    // Warm-up cycle: Qt's and the C library's one-time allocations happen here, not in the count.
    const auto cycle = [&](int i) {
        pty.unplug(); // pulled out
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkState::Reconnecting, slow(5000));
        QCOMPARE(link->error(), LinkError::Unplugged);
        QVERIFY(pty.replug()); // and back in, same path, a new device
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkState::Open, slow(5000));
        // Traffic again, both ways the role allows.
        QVERIFY(pty.write(marker(i)));
        QTRY_VERIFY_WITH_TIMEOUT(received.contains(marker(i)), slow(5000));
        if (poll) {
            auto *p = static_cast<SerialPollLink *>(link.get());
            QCOMPARE(p->write("~20024642E00202FD33\r"), qint64(20));
            QCOMPARE(pty.read(slow(3000), 20), QByteArray("~20024642E00202FD33\r"));
        } else {
            QCOMPARE(pty.read(50), QByteArray()); // a listen link sends nothing, replugged or not
        }
    };
    cycle(0);
    if (QTest::currentTestFailed())
        return;
    const int fdsBefore = openFds();
    const double rssBefore = residentMb();
    for (int i = 1; i <= n; ++i) {
        cycle(i);
        if (QTest::currentTestFailed()) {
            qWarning("failed in cycle %d of %d", i, n);
            return;
        }
    }
    QCOMPARE(link->reconnects(), n + 1);
    QCOMPARE(errors.count(), n + 1); // one unplug reported per cycle; silent retries while it is out
    QCOMPARE(openFds(), fdsBefore);  // no descriptor left behind
    const double growthMb = residentMb() - rssBefore;
    qInfo("%d cycles: resident memory %+.2f MB, %d descriptors", n, growthMb, openFds());
    if (!qEnvironmentVariableIsSet("BANKSCOPE_REL_SLOW")) // valgrind's own bookkeeping grows; it checks leaks itself
        QVERIFY2(growthMb < 2.0, qPrintable(QStringLiteral("resident memory grew %1 MB over %2 replugs").arg(growthMb).arg(n)));
    link->close();
}

// The program: one `bankscope-cli record` through every replug.
void TestReplug::recordAcrossReplugs()
{
    const int n = cycles();
    PtyPair pty;
    QVERIFY(pty.ok());
    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("replug.log"));
    QProcess record;
    const auto stop = qScopeGuard([&record] {
        record.kill();
        record.waitForFinished(3000);
    });
    record.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("record"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--output"), recording});
    QVERIFY(record.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(recording).size() > 0, 10000);
    const auto recorded = [&recording] {
        QFile f(recording);
        QByteArray rx;
        if (!f.open(QIODevice::ReadOnly))
            return rx;
        LogReader reader(&f);
        reader.detect();
        SessionFormat::Event e;
        while (reader.next(e) == LogReader::Status::Event)
            rx += e.data;
        return rx;
    };
    QByteArray out;
    for (int i = 0; i <= n; ++i) {
        if (i > 0) {
            pty.unplug();
            QTRY_VERIFY_WITH_TIMEOUT((out += record.readAllStandardOutput()).count("\"event\":\"link-error\"") >= i, 5000);
            QVERIFY(pty.replug());
        }
        // Until the recorder is back, the marker falls on the floor (as bytes on a bus with no
        // listener): send it again until it is in the file (flushed twice a second).
        QTRY_VERIFY_WITH_TIMEOUT((pty.write(marker(i)), recorded().contains(marker(i))), 10000);
    }
    ::kill(pid_t(record.processId()), SIGTERM); // Ctrl-C: the command ends cleanly with its statistics
    QVERIFY(record.waitForFinished(10000));
    QCOMPARE(record.exitStatus(), QProcess::NormalExit);
    out += record.readAllStandardOutput();
    QJsonObject stats;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("{\"stats\""))
            stats = QJsonDocument::fromJson(line).object().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("reconnects")).toInt(), n);
    QCOMPARE(stats.value(QStringLiteral("bytes_sent")).toDouble(), 0.0);
    QCOMPARE(out.count("\"error\":\"unplugged\""), n);
}

QTEST_GUILESS_MAIN(TestReplug)
#include "tst_rel_replug.moc"
