// bankscope-cli scan / monitor / record / replay / export-asc, run as a real process against
// devices on pseudo-terminals and Qt's virtualcan bus.

#include "clirun.h"
#include "jkpb.h"
#include "ptydevice.h"
#include "pylontechemulator.h"
#include "simbank.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>

namespace {

PylontechEmulator twoPackBank()
{
    PylontechEmulator e;
    e.setModules({PylontechEmulator::module(2, 81, -6.8), PylontechEmulator::module(3, 64, -4.1)});
    return e;
}

QString writeBankFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bank.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"architecture": "master-slave", "packs": [
        {"id": "P1", "role": "master", "address": 2, "capacity_Ah": 74},
        {"id": "P2", "role": "slave", "address": 3, "capacity_Ah": 74}]})");
    return path;
}

} // namespace

class TestCliLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanReportsEveryAddress();
    void monitorPollsRecordsAndReplaysToTheSamePicture();
    void monitorListenNeverTransmits();
    void monitorJkModbusCountsAndEndsCleanly();
    void killedRecorderKeepsWhatArrived();
    void monitorCanAndExportAsc();
    void badRecordingIsRefusedWithItsLine();
    void unpluggedPortIsAPlainError();
    void portsListsAdaptersAndCanInterfaces();
};

void TestCliLinks::portsListsAdaptersAndCanInterfaces()
{
    Cli ports;
    ports.start({QStringLiteral("ports")});
    QVERIFY(ports.finish(10000));
    QCOMPARE(ports.process.exitCode(), 0);
    bool virtualCan = false;
    for (const QJsonObject &o : std::as_const(ports.objects)) {
        // An adapter, a CAN interface, or a CAN plugin whose vendor library is missing (with why).
        const bool unavailablePlugin = o.contains(QStringLiteral("can_plugin")) && !o.value(QStringLiteral("unavailable")).toString().isEmpty();
        QVERIFY(o.contains(QStringLiteral("port")) || o.contains(QStringLiteral("can")) || unavailablePlugin);
        virtualCan |= o.value(QStringLiteral("can")).toString() == QLatin1String("virtualcan:can0");
    }
    QVERIFY(virtualCan);
    QVERIFY2(!ports.err.contains("qt.canbus"), ports.err.constData()); // said on stdout, not as Qt warnings
}

void TestCliLinks::scanReportsEveryAddress()
{
    PtyPair pty;
    const PylontechEmulator emu = twoPackBank();
    PtyDevice device(pty, &PtyDevice::untilCr, [&](const QByteArray &u) {
        const QByteArray a = emu.respond(u);
        return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
    });
    Cli cli;
    cli.start({QStringLiteral("scan"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
               QStringLiteral("pylontech-rs485"), QStringLiteral("--attempts"), QStringLiteral("1"), QStringLiteral("--timeout"),
               QStringLiteral("300")});
    QVERIFY(cli.finish(40000));
    QCOMPARE(cli.process.exitCode(), 0);
    const QList<QJsonObject> results = cli.with("address");
    QCOMPARE(results.size(), 8);
    QCOMPARE(results[0][QStringLiteral("address")].toInt(), 2);
    QCOMPARE(results[0][QStringLiteral("verdict")].toString(), QStringLiteral("answering"));
    QCOMPARE(results[0][QStringLiteral("answer")].toObject()[QStringLiteral("info")].toObject()[QStringLiteral("serial")].toString(),
             QStringLiteral("HPTBS00000000002"));
    QCOMPARE(results[1][QStringLiteral("verdict")].toString(), QStringLiteral("answering"));
    QCOMPARE(results[2][QStringLiteral("verdict")].toString(), QStringLiteral("silent"));
    QVERIFY(results[2][QStringLiteral("note")].toString().contains(QLatin1String("0x90")));
    QVERIFY(results[0][QStringLiteral("stats")].toObject()[QStringLiteral("latency_ms")].toObject()[QStringLiteral("min")].toDouble() > 0);
    // It listened first (a silent bus), said so, and then probed every address.
    QCOMPARE(cli.roles().size(), 1);
    QCOMPARE(cli.roles().first()[QStringLiteral("code")].toString(), QStringLiteral("silent"));
    const QJsonObject summary = cli.objects.last()[QStringLiteral("scan")].toObject();
    QCOMPARE(summary[QStringLiteral("probed")].toInt(), 8);
}

void TestCliLinks::monitorPollsRecordsAndReplaysToTheSamePicture()
{
    QTemporaryDir dir;
    PtyPair pty;
    AnsweringBank bank(pty);
    const QString bankFile = writeBankFile(dir);
    const QString session = dir.filePath(QStringLiteral("session.log"));
    Cli monitor;
    const SteadyClock::time_point started = SteadyClock::now();
    // No role option: auto. The bus is silent (the bank only answers), so it polls, but only
    // once the listen window is over; --duration counts from then.
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                   QStringLiteral("pylontech-rs485"), QStringLiteral("--bank"), bankFile, QStringLiteral("--duration"),
                   QStringLiteral("2"), QStringLiteral("--record"), session});
    QVERIFY(monitor.finish(30000));
    QCOMPARE(monitor.process.exitCode(), 0);
    QVERIFY(!bank.times.isEmpty());
    const auto firstRequestMs = std::chrono::duration_cast<std::chrono::milliseconds>(bank.times.first() - started).count();
    QVERIFY2(firstRequestMs >= 10000, qPrintable(QString::number(firstRequestMs)));
    QCOMPARE(monitor.roles().size(), 1);
    QCOMPARE(monitor.roles().first()[QStringLiteral("code")].toString(), QStringLiteral("silent"));
    QCOMPARE(monitor.roles().first()[QStringLiteral("text")].toString(), QStringLiteral("silent for 10 s: polling"));
    QVERIFY2(monitor.err.contains("silent for 10 s: polling"), monitor.err.constData());
    const QList<QJsonObject> analog = monitor.messages("analog-values");
    QVERIFY(analog.size() >= 2); // request and answer at least once
    QJsonObject answer;
    for (const QJsonObject &a : analog)
        if (a[QStringLiteral("direction")].toString() == QLatin1String("response"))
            answer = a;
    QCOMPARE(answer[QStringLiteral("packs")].toArray().size(), 2);
    QCOMPARE(answer[QStringLiteral("packs")].toArray()[0].toObject()[QStringLiteral("soc_pct")].toDouble(), 81.0);
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("poll"));
    QVERIFY(stats[QStringLiteral("bytes_sent")].toDouble() > 0);
    QVERIFY(stats[QStringLiteral("addresses")].toObject()[QStringLiteral("2")].toObject()[QStringLiteral("answers")].toDouble() > 0);
    QCOMPARE(stats[QStringLiteral("failed")].toDouble(), 0.0);

    // The recording replays to the same decoded picture.
    Cli replay;
    replay.start({QStringLiteral("replay"), session, QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"),
                  QStringLiteral("--fast"), QStringLiteral("--bank"), bankFile});
    QVERIFY(replay.finish(30000));
    QCOMPARE(replay.process.exitCode(), 0);
    QList<QJsonObject> live;
    QList<QJsonObject> played;
    for (QJsonObject o : std::as_const(monitor.objects)) {
        if (!o.contains(QStringLiteral("message")))
            continue;
        o.remove(QStringLiteral("time"));
        live.append(o);
    }
    for (QJsonObject o : std::as_const(replay.objects)) {
        if (!o.contains(QStringLiteral("message")))
            continue;
        o.remove(QStringLiteral("time"));
        played.append(o);
    }
    QVERIFY(!live.isEmpty());
    QCOMPARE(played, live);
    const QJsonObject aggregation = replay.objects.last()[QStringLiteral("aggregation")].toObject();
    const double soc = aggregation[QStringLiteral("bank_truth")].toObject()[QStringLiteral("soc_pct")].toObject()[QStringLiteral("value")].toDouble();
    QCOMPARE(soc, (81.0 + 64.0) / 2.0); // two 74 Ah packs
}

void TestCliLinks::monitorJkModbusCountsAndEndsCleanly()
{
    // Issue 9: every "monitor --protocol jk-modbus --duration S" ended with a false "framing
    // Reply aborted due to connection closure" error (framing_errors 1) for the request the
    // shutdown cancelled, and reported "decoded": 0 after some 190 decoded messages.
    const auto scenario = Scenario::parse(R"({"name": "jk", "protocol": "jk-modbus", "baud": 115200,
        "packs": [{"id": "J1", "address": 1, "capacity_Ah": 280, "soc_pct": 55}], "load": [[0, -30]]})");
    QVERIFY(scenario.ok());
    SimBank bank(*scenario);
    bank.tick(0);
    PtyPair pty;
    PtyDevice device(pty, [](const QByteArray &b) -> qsizetype { return b.size() >= 8 ? 8 : 0; },
                     [&bank](const QByteArray &unit) {
                         const QByteArray a = bank.respondModbus(unit);
                         return a.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{a};
                     });
    device.delayMs = 20; // a pack's turnaround: the run ends with a request waiting for its answer
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                   QStringLiteral("jk-modbus"), QStringLiteral("--duration"), QStringLiteral("2")});
    QVERIFY(monitor.finish(30000));
    QCOMPARE(monitor.process.exitCode(), 0);
    int messages = 0;
    int answers = 0; // the monitor prints both directions: its requests and the pack's answers
    for (const QJsonObject &o : std::as_const(monitor.objects)) {
        QVERIFY2(!o.contains(QStringLiteral("error")), qPrintable(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
        if (o.contains(QStringLiteral("message"))) {
            ++messages;
            answers += o[QStringLiteral("direction")].toString() == QLatin1String("response") ? 1 : 0;
        }
    }
    QVERIFY(answers >= 10);
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("decoded")].toInt(), messages);
    QCOMPARE(stats[QStringLiteral("failed")].toInt(), 0);
    const QJsonObject pack = stats[QStringLiteral("addresses")].toObject()[QStringLiteral("1")].toObject();
    QCOMPARE(pack[QStringLiteral("framing_errors")].toInt(), 0);
    QCOMPARE(pack[QStringLiteral("timeouts")].toInt(), 0);
    // The request in flight when the run ended was sent, and is counted as cancelled, not as an
    // error: every request is accounted for.
    QVERIFY(pack[QStringLiteral("cancelled")].toInt() <= 1);
    QCOMPARE(pack[QStringLiteral("requests")].toInt(), pack[QStringLiteral("answers")].toInt() + pack[QStringLiteral("cancelled")].toInt());
    QCOMPARE(pack[QStringLiteral("answers")].toInt(), answers);
}

void TestCliLinks::monitorListenNeverTransmits()
{
    PtyPair pty;
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                   QStringLiteral("pylontech-rs485"), QStringLiteral("--listen"), QStringLiteral("--duration"), QStringLiteral("2")});
    QTest::qWait(700);
    QVERIFY(pty.write("~20024642E002FFFD09\r"
                      "~20024600914211030F0CE70CE80CE60CE70CE80CE80CE80CE60CE50CE60CE80CE70CEA0CE50CE6050B910B870B870B870B87FFE6C18982DC02C350001F0F0CE20CE60CE60CE10CE50CE70CE60CE30CE20CE50CE30CE90CE70CE90CE9050B910B870B870B870B87FFE7C17082DC02C350001F0F0CE20CE50CE50CE20CE30CE30CE40CE50CE60CE60CE30CE40CE40CE60CE6050B910B7D0B7D0B7D0B7DFFE5C16082DC02C350001FB476\r"));
    QCOMPARE(pty.read(1800), QByteArray()); // while it listens, not one byte comes back
    QVERIFY(monitor.finish(10000));
    QCOMPARE(monitor.process.exitCode(), 0);
    QCOMPARE(monitor.messages("analog-values").size(), 2);
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(stats[QStringLiteral("bytes_sent")].toDouble(), 0.0);
    QVERIFY(stats[QStringLiteral("bytes_received")].toDouble() > 300);
}

void TestCliLinks::killedRecorderKeepsWhatArrived()
{
    QTemporaryDir dir;
    PtyPair pty;
    const QString file = dir.filePath(QStringLiteral("killed.log"));
    Cli record;
    record.start({QStringLiteral("record"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--output"), file});
    QTest::qWait(700);
    QByteArray sent;
    for (int i = 0; i < 10; ++i) {
        const QByteArray frame = "~20024642E002FFFD09\r";
        QVERIFY(pty.write(frame));
        sent += frame;
        QTest::qWait(50);
    }
    QTest::qWait(1100); // more than a second before the kill
    ::kill(pid_t(record.process.processId()), SIGKILL);
    QVERIFY(record.finish(5000));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray received;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> t = line.split(' ');
        if (t.size() == 4 && t[2] == "RX")
            received += QByteArray::fromHex(t[3]);
    }
    QCOMPARE(received, sent);
}

void TestCliLinks::monitorCanAndExportAsc()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("can.log"));
    std::unique_ptr<QCanBusDevice> bms(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0")));
    QVERIFY(bms && bms->connectDevice());
    QTRY_COMPARE(bms->state(), QCanBusDevice::ConnectedState);
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0"), QStringLiteral("--protocol"),
                   QStringLiteral("pylon-can"), QStringLiteral("--listen"), QStringLiteral("--duration"), QStringLiteral("2.5"),
                   QStringLiteral("--record"), session});
    // A Pylontech V1.2 master broadcasting (fact sheet C1), a few times a second.
    const QList<QCanBusFrame> c1{QCanBusFrame(0x351, QByteArray::fromHex("1402C012C012C201")), QCanBusFrame(0x355, QByteArray::fromHex("58005E00")),
                                 QCanBusFrame(0x356, QByteArray::fromHex("7A13F2FE6B01")),     QCanBusFrame(0x359, QByteArray::fromHex("0000000006504E")),
                                 QCanBusFrame(0x35C, QByteArray::fromHex("C000")),             QCanBusFrame(0x35E, QByteArray::fromHex("50594C4F4E202020"))};
    // Another device on the same bus (issue 16: counted as foreign, never a failure).
    const QCanBusFrame other(0x123, QByteArray::fromHex("0102"));
    int others = 0;
    for (int i = 0; i < 15 && monitor.process.state() == QProcess::Running; ++i) {
        for (const QCanBusFrame &f : c1)
            bms->writeFrame(f);
        others += bms->writeFrame(other) ? 1 : 0;
        QTest::qWait(100);
    }
    QVERIFY(monitor.finish(10000));
    QCOMPARE(monitor.process.exitCode(), 0);
    const QList<QJsonObject> limits = monitor.messages("limits");
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.first()[QStringLiteral("limits")].toObject()[QStringLiteral("cvl_V")].toDouble(), 53.2);
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QVERIFY(stats[QStringLiteral("frames")].toDouble() >= 6);
    QCOMPARE(stats[QStringLiteral("dialect")].toString(), QStringLiteral("pylon-v1.2"));
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(stats[QStringLiteral("failed")].toInt(), 0);
    QVERIFY(stats[QStringLiteral("foreign")].toInt() >= 1);
    QVERIFY(stats[QStringLiteral("foreign")].toInt() <= others);
    QCOMPARE(stats[QStringLiteral("fragments")].toInt(), 0);

    // Export to Vector ASC and replay that: the same frames decode the same way.
    const QString asc = dir.filePath(QStringLiteral("can.asc"));
    Cli exporter;
    exporter.start({QStringLiteral("export-asc"), session, asc});
    QVERIFY(exporter.finish(10000));
    QCOMPARE(exporter.process.exitCode(), 0);
    Cli replay;
    replay.start({QStringLiteral("replay"), asc, QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--fast")});
    QVERIFY(replay.finish(10000));
    QCOMPARE(replay.process.exitCode(), 0);
    QCOMPARE(replay.messages("limits").size(), limits.size());
    const QJsonObject observed = replay.objects.last()[QStringLiteral("aggregation")].toObject()[QStringLiteral("observed")].toObject();
    QCOMPARE(observed[QStringLiteral("soc_pct")].toObject()[QStringLiteral("value")].toDouble(), 88.0);
}

void TestCliLinks::badRecordingIsRefusedWithItsLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.log"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("(1.000000) can0 351#1402C012C012C201\n(1.5) can0 355#5800ZZ00\n");
    f.close();
    Cli replay;
    replay.start({QStringLiteral("replay"), path, QStringLiteral("--protocol"), QStringLiteral("pylon-can")});
    QVERIFY(replay.finish(10000));
    // The log streams: line 1 plays, line 2 is named (on stderr and as a JSON line) and counted,
    // and the exit status says the file was not clean.
    QCOMPARE(replay.process.exitCode(), 2);
    QVERIFY2(replay.err.contains("line 2:"), replay.err.constData());
    QCOMPARE(replay.messages("limits").size(), 1);
    bool named = false;
    for (const QJsonObject &o : std::as_const(replay.objects))
        named |= o.value(QStringLiteral("line")).toInt() == 2 && !o.value(QStringLiteral("ok")).toBool(true);
    QVERIFY(named);
}

void TestCliLinks::unpluggedPortIsAPlainError()
{
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), QStringLiteral("/dev/ttyNONE9"), QStringLiteral("--protocol"),
                   QStringLiteral("jk-legacy"), QStringLiteral("--listen")});
    QVERIFY(monitor.finish(10000));
    QCOMPARE(monitor.process.exitCode(), 2);
    QVERIFY2(monitor.err.contains("cannot open /dev/ttyNONE9"), monitor.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
