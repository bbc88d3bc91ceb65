// The role of bankscope-cli's link commands on RS485, run as a real process on pseudo-terminals
// beside another master: the real Pylontech capture (an inverter-like host polling 0x02 every
// ~2 s, with the bank's answers) played by a peer thread at its own cadence, or a bank that only
// answers. What the command transmits is read back from the peer's side of the pty: beside a
// master it must be nothing. The real 10 s listen window applies (the CLI never shortens it).

#include "clirun.h"

#include <QTemporaryDir>

class TestCliRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingIsSentBesideAnotherMaster();
    void foreignMasterWhilePollingStopsBeforeTheNextRequest();
    void reconnectStartsAgainInAuto();
    void detectListensBeforeItProbes();
    void monitorOpensSlcanSilent_data();
    void monitorOpensSlcanSilent();
    void roleOptionsThatAreRefused_data();
    void roleOptionsThatAreRefused();
};

void TestCliRoles::nothingIsSentBesideAnotherMaster()
{
    // Five commands at once, each on its own pty beside a peer thread playing another master.
    // The real capture: an inverter-like host polling 0x02 every ~2 s, and the bank answering.
    const QList<CapturePeer::Line> capture = CapturePeer::capture(40);
    const QStringList pylontech{QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485")};
    BesideMaster monitorAuto(QStringList{QStringLiteral("monitor")} + pylontech + QStringList{QStringLiteral("--duration"), QStringLiteral("3")},
                             capture);
    BesideMaster monitorPoll(QStringList{QStringLiteral("monitor")} + pylontech + QStringList{QStringLiteral("--poll")}, capture);
    // A master at 9600 baud heard at 115200: bytes that decode as nothing.
    BesideMaster monitorNoise(QStringList{QStringLiteral("monitor")} + pylontech + QStringList{QStringLiteral("--duration"), QStringLiteral("2")},
                              CapturePeer::wrongBaudNoise(24), 800);
    BesideMaster scanAuto(QStringList{QStringLiteral("scan")} + pylontech, capture);
    BesideMaster scanPoll(QStringList{QStringLiteral("scan")} + pylontech + QStringList{QStringLiteral("--poll")}, capture);
    for (BesideMaster *b : {&monitorAuto, &monitorPoll, &monitorNoise, &scanAuto, &scanPoll})
        QVERIFY(b->cli.finish(40000));
    for (BesideMaster *b : {&monitorAuto, &monitorPoll, &monitorNoise, &scanAuto, &scanPoll})
        b->peer.stop();

    // First of all: not one byte reached the other master's side, whatever the command.
    for (BesideMaster *b : {&monitorAuto, &monitorPoll, &monitorNoise, &scanAuto, &scanPoll})
        QVERIFY2(b->pty.read(300).isEmpty(), qPrintable(b->cli.process.arguments().join(QLatin1Char(' '))));

    // The default role decodes the inverter's traffic, says who polls, and sends nothing.
    QCOMPARE(monitorAuto.cli.process.exitCode(), 0);
    QCOMPARE(monitorAuto.cli.roles().size(), 1);
    const QJsonObject role = monitorAuto.cli.roles().first();
    QCOMPARE(role[QStringLiteral("code")].toString(), QStringLiteral("master-polls"));
    QCOMPARE(role[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(role[QStringLiteral("addresses")].toArray(), QJsonArray{2});
    QCOMPARE(role[QStringLiteral("text")].toString(), QStringLiteral("another master polls 0x02 every 2.0 s (analog-values): listening only"));
    QVERIFY2(monitorAuto.cli.err.contains("another master polls 0x02 every 2.0 s"), monitorAuto.cli.err.constData());
    int answers = 0;
    for (const QJsonObject &m : monitorAuto.cli.messages("analog-values"))
        answers += m[QStringLiteral("direction")].toString() == QLatin1String("response") && m[QStringLiteral("packs")].toArray().size() == 2;
    QVERIFY(answers >= 5);
    QJsonObject stats = monitorAuto.cli.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(stats[QStringLiteral("bytes_sent")].toDouble(), 0.0);

    // --poll keeps the window and refuses beside the master: exit 2, nothing sent.
    QCOMPARE(monitorPoll.cli.process.exitCode(), 2);
    QCOMPARE(monitorPoll.cli.roles().size(), 1);
    QCOMPARE(monitorPoll.cli.roles().first()[QStringLiteral("refused")].toBool(), true);
    QVERIFY2(monitorPoll.cli.err.contains("not polling (another master owns this bus)"), monitorPoll.cli.err.constData());

    // Bytes at a wrong baud rate are someone talking: still listening.
    QCOMPARE(monitorNoise.cli.process.exitCode(), 0);
    QCOMPARE(monitorNoise.cli.roles().first()[QStringLiteral("code")].toString(), QStringLiteral("undecoded-bytes"));
    stats = monitorNoise.cli.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(stats[QStringLiteral("cycles")].toInt(), 0);

    // scan beside the master probes nothing; it reports the addresses it heard instead.
    QCOMPARE(scanAuto.cli.process.exitCode(), 0);
    const QList<QJsonObject> heard = scanAuto.cli.with("address");
    QCOMPARE(heard.size(), 2);
    QCOMPARE(heard[0][QStringLiteral("address")].toInt(), 2);
    QCOMPARE(heard[0][QStringLiteral("verdict")].toString(), QStringLiteral("heard"));
    QCOMPARE(heard[0][QStringLiteral("polled_by_master")].toBool(), true);
    QCOMPARE(heard[1][QStringLiteral("address")].toInt(), 3);
    QCOMPARE(heard[1][QStringLiteral("answering")].toBool(), true);
    const QJsonObject summary = scanAuto.cli.objects.last()[QStringLiteral("scan")].toObject();
    QCOMPARE(summary[QStringLiteral("probed")].toInt(), 0);
    QCOMPARE(summary[QStringLiteral("bytes_sent")].toDouble(), 0.0);
    QCOMPARE(scanPoll.cli.process.exitCode(), 2);
}


void TestCliRoles::foreignMasterWhilePollingStopsBeforeTheNextRequest()
{
    PtyPair pty;
    AnsweringBank bank(pty);
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                   QStringLiteral("pylontech-rs485"), QStringLiteral("--duration"), QStringLiteral("5")});
    // The bus is silent: after the window BankScope polls.
    QTRY_VERIFY_WITH_TIMEOUT(bank.times.size() >= 10, 20000);
    // Then an inverter is plugged in and polls at its own cadence.
    CapturePeer inverter(pty);
    inverter.play(CapturePeer::capture(6, true));
    QVERIFY(monitor.finish(20000));
    inverter.stop();
    QCOMPARE(monitor.process.exitCode(), 0); // auto: it goes on listening
    const QList<QJsonObject> roles = monitor.roles();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles[0][QStringLiteral("code")].toString(), QStringLiteral("silent"));
    const QString code = roles[1][QStringLiteral("code")].toString();
    QVERIFY2(code == QLatin1String("foreign-request") || code == QLatin1String("foreign-bytes"), qPrintable(code));
    QVERIFY(roles[1][QStringLiteral("text")].toString().contains(QLatin1String("stopped polling, listening only")));
    // At most the request already on its way when the inverter spoke.
    QVERIFY(inverter.firstWrite());
    const int after = bank.requestsAfter(*inverter.firstWrite());
    QVERIFY2(after <= 1, qPrintable(QString::number(after)));
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("role")].toString(), QStringLiteral("listen"));
    QCOMPARE(stats[QStringLiteral("role_reason")].toObject()[QStringLiteral("code")].toString(), code);
}


void TestCliRoles::reconnectStartsAgainInAuto()
{
    PtyPair pty;
    AnsweringBank bank(pty);
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--serial"), pty.path(), QStringLiteral("--protocol"),
                   QStringLiteral("pylontech-rs485"), QStringLiteral("--duration"), QStringLiteral("14")});
    QTRY_VERIFY_WITH_TIMEOUT(bank.times.size() >= 5, 20000);
    pty.unplug(); // the adapter is pulled out while BankScope polls ...
    QTest::qWait(500);
    QVERIFY(pty.replug()); // ... and comes back
    bank.device.attach();
    const SteadyClock::time_point back = SteadyClock::now();
    // Back in auto: it listens the whole window again before its first request.
    QTRY_VERIFY_WITH_TIMEOUT(bank.requestsAfter(back) > 0, 20000);
    SteadyClock::time_point first{};
    for (const auto &t : std::as_const(bank.times))
        if (t > back) {
            first = t;
            break;
        }
    const auto quietMs = std::chrono::duration_cast<std::chrono::milliseconds>(first - back).count();
    QVERIFY2(quietMs >= 9500, qPrintable(QString::number(quietMs)));
    QVERIFY(monitor.finish(20000));
    QCOMPARE(monitor.process.exitCode(), 0);
    const QList<QJsonObject> roles = monitor.roles();
    QCOMPARE(roles.size(), 2); // silent: polling; (unplugged); silent again: polling
    QCOMPARE(roles[1][QStringLiteral("code")].toString(), QStringLiteral("silent"));
    const QJsonObject stats = monitor.objects.last()[QStringLiteral("stats")].toObject();
    QCOMPARE(stats[QStringLiteral("reconnects")].toInt(), 1);
    bool unplugged = false;
    for (const QJsonObject &o : std::as_const(monitor.objects))
        unplugged |= o[QStringLiteral("error")].toString() == QLatin1String("unplugged");
    QVERIFY(unplugged);
}


void TestCliRoles::detectListensBeforeItProbes()
{
    // Three at once: beside a master with --probe, a silent bank with --probe, and without.
    BesideMaster beside({QStringLiteral("detect"), QStringLiteral("--probe")}, CapturePeer::capture(40));
    PtyPair quietPty;
    AnsweringBank bank(quietPty);
    Cli probing;
    probing.start({QStringLiteral("detect"), QStringLiteral("--serial"), quietPty.path(), QStringLiteral("--probe")});
    PtyPair silentPty;
    Cli listening;
    listening.start({QStringLiteral("detect"), QStringLiteral("--serial"), silentPty.path()});
    QVERIFY(beside.cli.finish(60000));
    QVERIFY(probing.finish(60000));
    QVERIFY(listening.finish(60000));
    beside.peer.stop();
    QVERIFY(beside.pty.read(300).isEmpty()); // heard a master: nothing sent, --probe or not
    QCOMPARE(silentPty.read(300), QByteArray()); // silent, but not asked to probe
    for (Cli *c : {&beside.cli, &probing, &listening})
        QCOMPARE(c->process.exitCode(), 0);

    // Beside the master: every candidate baud reported with what decoded there.
    QCOMPARE(beside.cli.with("candidate").size(), 2);
    const QJsonObject heard = beside.cli.objects.last()[QStringLiteral("detect")].toObject();
    QCOMPARE(heard[QStringLiteral("silent")].toBool(), false);
    QCOMPARE(heard[QStringLiteral("probed")].toBool(), false);
    QCOMPARE(heard[QStringLiteral("protocol")].toString(), QStringLiteral("pylontech-rs485"));
    QVERIFY(beside.cli.with("candidate").first()[QStringLiteral("candidate")].toObject()[QStringLiteral("heard")].toObject()[QStringLiteral("bytes")].toDouble() > 0);

    // Silent and asked: the plan is printed, then exactly that is sent until something answers.
    const QList<QJsonObject> plans = probing.with("sends");
    QCOMPARE(plans.size(), 1);
    const QJsonArray sends = plans.first()[QStringLiteral("sends")].toArray();
    QVERIFY(!bank.device.units.isEmpty());
    QCOMPARE(sends.first().toObject()[QStringLiteral("hex")].toString(),
             QString::fromLatin1(bank.device.units.first().toHex(' ').toUpper()));
    QCOMPARE(bank.device.units.size(), 1); // the first probe found the bank
    const QJsonObject found = probing.objects.last()[QStringLiteral("detect")].toObject();
    QCOMPARE(found[QStringLiteral("probed")].toBool(), true);
    QCOMPARE(found[QStringLiteral("protocol")].toString(), QStringLiteral("pylontech-rs485"));
    QVERIFY2(probing.err.contains("will send at 115200 baud"), probing.err.constData());

    const QJsonObject quiet = listening.objects.last()[QStringLiteral("detect")].toObject();
    QCOMPARE(quiet[QStringLiteral("silent")].toBool(), true);
    QCOMPARE(quiet[QStringLiteral("probed")].toBool(), false);
}

void TestCliRoles::monitorOpensSlcanSilent_data()
{
    // A fake SLCAN adapter on a pty: how it answers 'L' and 'M1', and what it must receive.
    QTest::addColumn<QByteArray>("answerL");
    QTest::addColumn<QByteArray>("answerM1");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("takes L") << QByteArray("\r") << QByteArray("\r") << QByteArray("C V S6 L") << 0;
    QTest::newRow("refuses L, takes M1") << QByteArray("\a") << QByteArray("\r") << QByteArray("C V S6 L M1 O") << 0;
    QTest::newRow("refuses both") << QByteArray("\a") << QByteArray("\a") << QByteArray("C V S6 L M1") << 2;
}

void TestCliRoles::monitorOpensSlcanSilent()
{
    QFETCH(QByteArray, answerL);
    QFETCH(QByteArray, answerM1);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    PtyPair pty;
    QList<QByteArray> commands;
    PtyDevice adapter(pty, &PtyDevice::untilCr, [&](const QByteArray &unit) -> QList<QByteArray> {
        const QByteArray c = unit.chopped(1);
        commands.append(c);
        if (c == "C")
            return {QByteArray("\a")};
        if (c == "V")
            return {QByteArray("V1013\r")};
        if (c == "L")
            return {answerL};
        if (c == "M1")
            return {answerM1};
        return {QByteArray("\r")};
    });
    Cli monitor;
    monitor.start({QStringLiteral("monitor"), QStringLiteral("--slcan"), pty.path(), QStringLiteral("--protocol"), QStringLiteral("pylon-can"),
                   QStringLiteral("--duration"), QStringLiteral("1")});
    QVERIFY(monitor.finish(15000));
    QCOMPARE(monitor.process.exitCode(), exitCode);
    QList<QByteArray> want = expected.split(' ');
    QCOMPARE(commands, want); // never a plain 'O' without silent mode
    if (exitCode == 0) {
        QCOMPARE(monitor.roles().size(), 1);
        QCOMPARE(monitor.roles().first()[QStringLiteral("code")].toString(), QStringLiteral("can-listens"));
        bool version = false;
        for (const QJsonObject &o : std::as_const(monitor.objects))
            version |= o[QStringLiteral("code")].toString() == QLatin1String("slcan-version")
                && o[QStringLiteral("args")].toObject()[QStringLiteral("version")].toString() == QLatin1String("V1013");
        QVERIFY(version); // the adapter's version is logged
    } else {
        QVERIFY2(monitor.err.contains("cannot be made silent"), monitor.err.constData());
        // The typed error as JSON too, and nothing else: no role, no traffic, no statistics.
        QCOMPARE(monitor.objects.size(), 1);
        QCOMPARE(monitor.objects.first()[QStringLiteral("event")].toString(), QStringLiteral("link-error"));
        QCOMPARE(monitor.objects.first()[QStringLiteral("error")].toString(), QStringLiteral("protocol-error"));
    }
}

void TestCliRoles::roleOptionsThatAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("why");
    QTest::newRow("record --poll") << QStringList{QStringLiteral("record"), QStringLiteral("--serial"), QStringLiteral("/dev/null"),
                                                  QStringLiteral("--output"), QStringLiteral("x.log"), QStringLiteral("--poll")}
                                   << "record only listens";
    QTest::newRow("CAN --poll") << QStringList{QStringLiteral("monitor"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0"),
                                               QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--poll")}
                                << "CAN links only listen";
    QTest::newRow("--listen --poll") << QStringList{QStringLiteral("monitor"), QStringLiteral("--serial"), QStringLiteral("/dev/null"),
                                                    QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QStringLiteral("--listen"),
                                                    QStringLiteral("--poll")}
                                     << "exclude each other";
    QTest::newRow("a shorter window") << QStringList{QStringLiteral("monitor"), QStringLiteral("--serial"), QStringLiteral("/dev/null"),
                                                     QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QStringLiteral("--window"),
                                                     QStringLiteral("3")}
                                      << "cannot be shorter than 10 s";
    QTest::newRow("a CAN protocol on RS485") << QStringList{QStringLiteral("monitor"), QStringLiteral("--serial"), QStringLiteral("/dev/null"),
                                                            QStringLiteral("--protocol"), QStringLiteral("pylon-can")}
                                             << "is a CAN protocol";
}


void TestCliRoles::roleOptionsThatAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, why);
    Cli cli;
    cli.start(args);
    QVERIFY(cli.finish(10000));
    QCOMPARE(cli.process.exitCode(), 2);
    QVERIFY2(cli.err.contains(why.toUtf8()), cli.err.constData());
    QVERIFY(cli.objects.isEmpty());
}


QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
