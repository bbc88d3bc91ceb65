// bankscope-cli drill end to end: against bankscope-sim broadcasting Pylon CAN on Qt's virtualcan
// (master dies -> the stand-in promoted -> one master again, then the restore), the drill passes and
// writes the timeline and the facts it proved into the plan; aborted (on standard input or by SIGINT)
// it gives the restore and ends only once one master is heard, keeping the plan's backup; on a real
// port (a pseudo-terminal counts as one) without --confirm-live-site it says what would happen and
// exits 2, and the peer side of the port reads zero bytes. The same, passed and aborted, for a
// Pylontech bank on RS485 (bank, inverter and drill on one wire: not one byte from the drill), a
// JK-PB bank on CAN (the stand-in set to DIP 0000), and a Victron GX bank (one CAN interface per
// BMS, the simulated GX on them: one BMS off, the other carries on, the capacity and limits before
// and after).

#include "ptybus.h"
#include "ptypair.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

namespace {

QString writePlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile::copy(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString writeScenario(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"name": "drill", "baud": 115200, "packs": [{"id": "P1", "address": 2}, {"id": "P2", "address": 3},
               {"id": "P3", "address": 4}], "load": [[0, -30]]})");
    return path;
}

// The GX example (two CAN-bus BMSs, each on its own GX port) with this site's orders.
QString writeGxPlan(const QTemporaryDir &dir)
{
    QFile in(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/victron-gx-2bms.json"));
    in.open(QIODevice::ReadOnly);
    QJsonObject plan = QJsonDocument::fromJson(in.readAll()).object();
    auto order = [](const char *a, const char *b) {
        return QJsonObject{{QStringLiteral("confidence"), QStringLiteral("documented")},
                           {QStringLiteral("origin"), QStringLiteral("installer")},
                           {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("breaker"), QStringLiteral("Q1")}, {QStringLiteral("text"), QString::fromLatin1(a)}},
                                                                QJsonObject{{QStringLiteral("breaker"), QStringLiteral("Q2")}, {QStringLiteral("text"), QString::fromLatin1(b)}}}}};
    };
    plan.insert(QStringLiteral("isolation_order"), order("Switch the Multi off", "Open the battery DC breaker"));
    plan.insert(QStringLiteral("power_up_order"), order("Switch the Multi on", "Close the battery DC breaker"));
    const QString path = dir.filePath(QStringLiteral("gx.json"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(plan).toJson());
    return path;
}

// Two Victron-dialect CAN-bus BMSs of 200 and 100 Ah, each on its own interface, no fault.
QString writeGxScenario(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("gx-s.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"name": "gx drill", "protocol": "victron-can", "packs": [{"id": "P1", "capacity_Ah": 200, "soc_pct": 72},
               {"id": "P2", "capacity_Ah": 100, "soc_pct": 65}], "load": [[0, -30]]})");
    return path;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList drillEvents(const QJsonObject &result)
{
    QStringList out;
    for (const QJsonValue &v : result[QStringLiteral("timeline")].toArray())
        out.append(v[QStringLiteral("event")].toString());
    return out;
}

// Plays the installer and the bank: answers each instruction the drill prints the way a person on
// site would, and the simulator does what that person did. Returns the result line.
struct Site
{
    QProcess *drill;
    QProcess *sim;
    bool abortAtFirstStep = false;
    bool bySignal = false;
    QStringList instructions;
    // Another bank: what the person and the simulator do for each instruction (code, step), in place
    // of the Pylontech chain's below; abortAt: the instruction at which the person aborts.
    std::function<void(Site &, const QString &, const QString &)> play;
    QString abortAt;

    void sim_(const char *command)
    {
        sim->write(command);
        sim->waitForBytesWritten(5000);
    }
    void answer(const char *line)
    {
        drill->write(line);
        drill->waitForBytesWritten(5000);
    }

    QJsonObject run(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        bool aborted = false;
        while (!deadline.hasExpired()) {
            if (!drill->canReadLine()) {
                if (drill->state() == QProcess::NotRunning && !drill->canReadLine())
                    return {};
                QTest::qWait(50); // the event loop also carries a PtyBus's bytes
                sim->readAll();
                continue;
            }
            const QJsonObject o = QJsonDocument::fromJson(drill->readLine()).object();
            const QString event = o[QStringLiteral("event")].toString();
            if (event == QLatin1String("result"))
                return o;
            if (event != QLatin1String("instruction"))
                continue;
            const QString code = o[QStringLiteral("code")].toString();
            const QString step = o[QStringLiteral("step")].toString();
            instructions.append(step.isEmpty() ? code : step);
            if (!abortAt.isEmpty() && code == abortAt && !aborted) {
                aborted = true;
                answer("abort\n");
                continue;
            }
            if (play) {
                play(*this, code, step);
                if (o[QStringLiteral("needs_done")].toBool())
                    answer("done\n");
                continue;
            }
            if (code == QLatin1String("switch-off-master"))
                sim_("fault master-dies\n");
            if (!o[QStringLiteral("needs_done")].toBool())
                continue;
            if (abortAtFirstStep && !aborted) {
                aborted = true;
                if (bySignal)
                    ::kill(pid_t(drill->processId()), SIGINT);
                else
                    answer("abort\n");
                continue;
            }
            if (step == QLatin1String("plug-standin-inverter"))
                sim_("promote P2\n");
            else if (step == QLatin1String("unplug-standin-inverter"))
                sim_("fault master-dies P2\n");
            else if (step == QLatin1String("plug-repaired-inverter"))
                sim_("clear promote\nclear master-dies P2\nclear master-dies\n");
            else if (step == QLatin1String("restore-master"))
                sim_("clear master-dies\n");
            answer("done\n");
        }
        return {};
    }
};

} // namespace

class TestCliDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedOnLivePortWithoutConfirmation_data();
    void refusedOnLivePortWithoutConfirmation();
    void passesAgainstSimulator();
    void abortEndsWithOneMaster_data();
    void abortEndsWithOneMaster();
    void rs485Drill_data();
    void rs485Drill();
    void jkPbDrill_data();
    void jkPbDrill();
    void gxDrill_data();
    void gxDrill();
    void badInput_data();
    void badInput();
};

void TestCliDrill::refusedOnLivePortWithoutConfirmation_data()
{
    QTest::addColumn<QStringList>("link");
    QTest::newRow("RS485 on a pty") << QStringList{QStringLiteral("--serial"), QStringLiteral("PTY"), QStringLiteral("--protocol"),
                                                   QStringLiteral("pylontech-rs485")};
    // An SLCAN adapter would be sent its set-up commands on opening: it is never opened.
    QTest::newRow("SLCAN adapter on a pty") << QStringList{QStringLiteral("--slcan"), QStringLiteral("PTY")};
}

void TestCliDrill::refusedOnLivePortWithoutConfirmation()
{
    QFETCH(QStringList, link);
    QTemporaryDir dir;
    const QString plan = writePlan(dir);
    QFile original(plan);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    PtyPair pty;
    QVERIFY(pty.ok());
    link.replaceInStrings(QStringLiteral("PTY"), pty.path());

    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("drill"), QStringLiteral("--plan"), plan} + link);
    QVERIFY(p.waitForStarted());
    // The peer side of the port while the command runs and after: nothing.
    const QByteArray sent = pty.read(1500);
    QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(30000));
    const QByteArray after = pty.read(200);
    QCOMPARE(sent + after, QByteArray());
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("--confirm-live-site")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("nothing was transmitted")), qPrintable(err));
    // The consequence for this site, from the catalogue: a Deye with BMS_Err_Stop off keeps running.
    QVERIFY2(err.contains(QLatin1String("lose battery data for up to 10 minutes")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("With BMS_Err_Stop off (as set here) it keeps running")), qPrintable(err));
    bool notConfirmed = false;
    for (const QByteArray &l : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o[QStringLiteral("event")].toString() == QLatin1String("consequence"))
            QVERIFY(o[QStringLiteral("live")].toBool());
        if (o[QStringLiteral("event")].toString() == QLatin1String("not-confirmed")) {
            notConfirmed = true;
            QCOMPARE(o[QStringLiteral("transmitted")].toInt(-1), 0);
        }
    }
    QVERIFY(notConfirmed);
    // The plan is untouched and no backup was made.
    QFile again(plan);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), before);
    QVERIFY(!QFile::exists(plan + QStringLiteral(".bak")));
}

void TestCliDrill::passesAgainstSimulator()
{
    QTemporaryDir dir;
    const QString plan = writePlan(dir);
    const QString out = dir.filePath(QStringLiteral("drilled.json"));
    QProcess sim;
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), writeScenario(dir), QStringLiteral("--can"), QStringLiteral("virtualcan:can0")});
    QVERIFY(sim.waitForStarted());
    QProcess drill;
    drill.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("drill"), QStringLiteral("--plan"), plan, QStringLiteral("--can"),
                                                QStringLiteral("virtualcan:can0"), QStringLiteral("--output"), out});
    QVERIFY(drill.waitForStarted());
    Site site{&drill, &sim, false, false, {}, {}, {}};
    const QJsonObject result = site.run(120000);
    QVERIFY2(!result.isEmpty(), qPrintable(site.instructions.join(QLatin1Char(' ')) + QString::fromUtf8(drill.readAllStandardError())));
    QVERIFY(drill.state() == QProcess::NotRunning || drill.waitForFinished(10000)); // Site::run's event loop may have seen it end
    sim.write("quit\n");
    sim.waitForFinished(5000);

    const QStringList events = drillEvents(result);
    QCOMPARE(result[QStringLiteral("result")].toString(), QStringLiteral("passed"));
    QCOMPARE(drill.exitCode(), 0);
    // BankScope never transmitted.
    QCOMPARE(result[QStringLiteral("frames_sent")].toDouble(-1), 0.0);
    // Master dies -> silence -> the stand-in heard alone -> the restore -> the master alone again.
    for (const char *e : {"baseline", "broadcast-silent", "master-heard", "one-master", "restore-started", "restored", "drill-passed"})
        QVERIFY2(events.contains(QLatin1String(e)), e);
    QVERIFY(!events.contains(QLatin1String("two-masters")));
    QVERIFY(events.indexOf(QLatin1String("one-master")) < events.indexOf(QLatin1String("restored")));
    QVERIFY(site.instructions.indexOf(QLatin1String("unplug-failed-inverter")) < site.instructions.indexOf(QLatin1String("plug-standin-inverter")));
    QVERIFY(result[QStringLiteral("restored_after_s")].toDouble() > 0.0);
    const QStringList proved = result[QStringLiteral("proved")].toVariant().toStringList();
    QVERIFY(proved.contains(QLatin1String("master-by-cable")));
    QVERIFY(proved.contains(QLatin1String("stand-in-takes-over")));

    // The plan written to --output carries the drill; the plan given stays as it was.
    const QJsonObject written = readJson(out);
    const QJsonObject record = written[QStringLiteral("failover")][QStringLiteral("drill")].toObject();
    QCOMPARE(record[QStringLiteral("result")].toString(), QStringLiteral("passed"));
    QCOMPARE(record[QStringLiteral("timeline")].toArray(), result[QStringLiteral("timeline")].toArray());
    QVERIFY(!readJson(plan).contains(QStringLiteral("failover")) || readJson(plan)[QStringLiteral("failover")].toObject().isEmpty());
    QProcess check;
    check.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("plan"), QStringLiteral("--check"), out});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
}

void TestCliDrill::abortEndsWithOneMaster_data()
{
    QTest::addColumn<bool>("bySignal");
    QTest::newRow("abort on standard input") << false;
    QTest::newRow("SIGINT") << true;
}

void TestCliDrill::abortEndsWithOneMaster()
{
    QFETCH(bool, bySignal);
    QTemporaryDir dir;
    const QString plan = writePlan(dir);
    QFile original(plan);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    QProcess sim;
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), writeScenario(dir), QStringLiteral("--can"), QStringLiteral("virtualcan:can0")});
    QVERIFY(sim.waitForStarted());
    QProcess drill;
    drill.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("drill"), QStringLiteral("--plan"), plan, QStringLiteral("--can"),
                                                QStringLiteral("virtualcan:can0")});
    QVERIFY(drill.waitForStarted());
    Site site{&drill, &sim, false, false, {}, {}, {}};
    site.abortAtFirstStep = true;
    site.bySignal = bySignal;
    const QJsonObject result = site.run(120000);
    QVERIFY2(!result.isEmpty(), qPrintable(site.instructions.join(QLatin1Char(' ')) + QString::fromUtf8(drill.readAllStandardError())));
    QVERIFY(drill.state() == QProcess::NotRunning || drill.waitForFinished(10000)); // Site::run's event loop may have seen it end
    sim.write("quit\n");
    sim.waitForFinished(5000);

    QCOMPARE(result[QStringLiteral("result")].toString(), QStringLiteral("aborted"));
    QCOMPARE(drill.exitCode(), 1);
    QVERIFY(result[QStringLiteral("finished")].toBool());
    const QStringList events = drillEvents(result);
    // Aborted after the master went silent: the restore brings it back, and the drill ends only
    // once it is heard alone.
    for (const char *e : {"broadcast-silent", "aborted", "restore-started", "master-heard", "restored", "drill-aborted"})
        QVERIFY2(events.contains(QLatin1String(e)), e);
    QVERIFY(events.indexOf(QLatin1String("aborted")) < events.indexOf(QLatin1String("restored")));
    QVERIFY(site.instructions.contains(QLatin1String("restore-master")));
    QVERIFY(!site.instructions.contains(QLatin1String("plug-standin-inverter")));
    QVERIFY(result[QStringLiteral("proved")].toArray().isEmpty());
    // Written back to the plan, the original kept beside it.
    QFile backup(plan + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), before);
    QCOMPARE(readJson(plan)[QStringLiteral("failover")][QStringLiteral("drill")][QStringLiteral("result")].toString(), QStringLiteral("aborted"));
}

void TestCliDrill::rs485Drill_data()
{
    QTest::addColumn<bool>("abort");
    QTest::newRow("passes: master dies, P2 promoted, one master again, restore") << false;
    QTest::newRow("aborted at the first step: the master back, one master") << true;
}

// A Pylontech bank on an Easun SMX-II over RS485 (the inverter polls the master at 0x12, group 1):
// bank, inverter and the drill on one RS485 wire (PtyBus), the drill listening only.
void TestCliDrill::rs485Drill()
{
    QFETCH(bool, abort);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("easun.json"));
    QProcess make;
    make.start(QStringLiteral(BANKSCOPE_CLI),
               {QStringLiteral("plan"), QStringLiteral("--battery"), QStringLiteral("pylontech-us3000c:3"), QStringLiteral("--inverter"),
                QStringLiteral("easun-smx-ii"), QStringLiteral("--site"), QStringLiteral("Abuja bakery"), QStringLiteral("--installer"),
                QStringLiteral("Ngozi Eze"), QStringLiteral("--phone"), QStringLiteral("+234 809 555 0111"), QStringLiteral("--isolation-order"),
                QStringLiteral("Switch the inverter off [INV-1]; Open the battery DC breaker [Q2]"), QStringLiteral("--power-up-order"),
                QStringLiteral("Close the battery DC breaker [Q2]; Start P1; Switch the inverter on [INV-1]"), QStringLiteral("-o"), plan});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    const QString scenario = dir.filePath(QStringLiteral("rs485.json"));
    {
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "rs485 drill", "protocol": "pylontech-rs485", "baud": 115200, "packs": [{"id": "P1", "address": 18},
                   {"id": "P2", "address": 19}, {"id": "P3", "address": 20}], "load": [[0, -30]]})");
    }
    PtyBus bus(3); // 0 the bank, 1 the inverter, 2 the drill
    QProcess bank;
    bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--serial"), bus.path(0)});
    QProcess inverter;
    inverter.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--inverter"), QStringLiteral("--serial"), bus.path(1), QStringLiteral("--baud"),
                                                   QStringLiteral("115200"), QStringLiteral("--adr"), QStringLiteral("0x12")});
    QVERIFY(bank.waitForStarted() && inverter.waitForStarted());
    const QString out = dir.filePath(QStringLiteral("drilled.json"));
    QProcess drill;
    // A pseudo-terminal counts as a live port: the drill runs only when confirmed.
    drill.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("drill"), QStringLiteral("--plan"), plan, QStringLiteral("--serial"), bus.path(2),
                                                QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("--baud"),
                                                QStringLiteral("115200"), QStringLiteral("--confirm-live-site"), QStringLiteral("--output"), out});
    QVERIFY(drill.waitForStarted());
    Site site{&drill, &bank, abort, false, {}, {}, {}};
    const QJsonObject r = site.run(150000);
    QVERIFY2(!r.isEmpty(), qPrintable(site.instructions.join(QLatin1Char(' ')) + QString::fromUtf8(drill.readAllStandardError())));
    QTRY_VERIFY_WITH_TIMEOUT(drill.state() == QProcess::NotRunning, 10000); // the event loop carries the bus meanwhile
    const qint64 drillWrote = bus.written(2);
    for (QProcess *p : {&bank, &inverter}) {
        p->write("quit\n");
        if (!p->waitForFinished(5000))
            p->kill();
    }

    const QStringList events = drillEvents(r);
    QVERIFY2(r[QStringLiteral("result")].toString() == (abort ? QStringLiteral("aborted") : QStringLiteral("passed")),
             qPrintable(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(3000)));
    QVERIFY(r[QStringLiteral("finished")].toBool());
    // Not one byte from the drill on the wire.
    QCOMPARE(drillWrote, 0);
    QCOMPARE(r[QStringLiteral("bytes_sent")].toDouble(-1), 0.0);
    QVERIFY2(!events.contains(QLatin1String("two-masters")), qPrintable(events.join(QLatin1Char(' '))));
    // The master answered at 0x12 (the inverter's polls heard as its keep-alive), then fell silent.
    bool heard12 = false;
    for (const QJsonValue &v : r[QStringLiteral("timeline")].toArray())
        heard12 = heard12 || v[QStringLiteral("heard")].toArray().contains(QStringLiteral("0x12"));
    QVERIFY(heard12);
    if (abort) {
        for (const char *e : {"baseline", "broadcast-silent", "aborted", "restore-started", "master-heard", "restored", "drill-aborted"})
            QVERIFY2(events.contains(QLatin1String(e)), e);
        QVERIFY(site.instructions.contains(QLatin1String("restore-master")));
        QVERIFY(!site.instructions.contains(QLatin1String("plug-standin-inverter")));
        QVERIFY(r[QStringLiteral("proved")].toArray().isEmpty());
    } else {
        for (const char *e : {"baseline", "broadcast-silent", "master-heard", "one-master", "restore-started", "restored", "drill-passed"})
            QVERIFY2(events.contains(QLatin1String(e)), e);
        QVERIFY(events.indexOf(QLatin1String("one-master")) < events.indexOf(QLatin1String("restored")));
        // The RS485 procedure's own step: switch 1 on the stand-in (the site's rate).
        QVERIFY(site.instructions.contains(QLatin1String("set-switch-1")));
        QVERIFY(site.instructions.indexOf(QLatin1String("unplug-failed-inverter")) < site.instructions.indexOf(QLatin1String("plug-standin-inverter")));
        QVERIFY(r[QStringLiteral("proved")].toVariant().toStringList().contains(QLatin1String("stand-in-takes-over")));
    }
    QCOMPARE(readJson(out)[QStringLiteral("failover")][QStringLiteral("drill")][QStringLiteral("result")].toString(), r[QStringLiteral("result")].toString());
}

void TestCliDrill::jkPbDrill_data()
{
    QTest::addColumn<bool>("abort");
    QTest::newRow("passes: DIP-0000 master dies, P2 set to 0000 and promoted, restore") << false;
    QTest::newRow("aborted at the first step: the master back, one master") << true;
}

// Three JK-PB packs on a Deye over CAN (the plan made by bankscope-cli plan): the master (DIP 0000)
// broadcasts Pylon CAN; the stand-in P2 (DIP 1000) is set to 0000 and takes the inverter cable.
void TestCliDrill::jkPbDrill()
{
    QFETCH(bool, abort);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("jk.json"));
    QProcess make;
    make.start(QStringLiteral(BANKSCOPE_CLI),
               {QStringLiteral("plan"), QStringLiteral("--battery"), QStringLiteral("jk-pb:3"), QStringLiteral("--inverter"), QStringLiteral("deye-sun-sg"),
                QStringLiteral("--site"), QStringLiteral("Kumasi clinic"), QStringLiteral("--installer"), QStringLiteral("Ama Owusu"), QStringLiteral("--phone"),
                QStringLiteral("+233 20 555 0199"), QStringLiteral("--isolation-order"), QStringLiteral("Switch the inverter off [INV-1]; Open the battery DC breaker [Q2]"),
                QStringLiteral("--power-up-order"), QStringLiteral("Close the battery DC breaker [Q2]; Switch the inverter on [INV-1]"), QStringLiteral("-o"), plan});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    const QString scenario = dir.filePath(QStringLiteral("jk.scenario.json"));
    {
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "jk-pb drill", "protocol": "jk-pb", "baud": 115200, "packs": [{"id": "P1", "address": 0},
                   {"id": "P2", "address": 1}, {"id": "P3", "address": 2}], "load": [[0, -30]]})");
    }
    QProcess sim;
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenario, QStringLiteral("--can"), QStringLiteral("virtualcan:can0")});
    QVERIFY(sim.waitForStarted());
    const QString out = dir.filePath(QStringLiteral("drilled.json"));
    QProcess drill;
    drill.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("drill"), QStringLiteral("--plan"), plan, QStringLiteral("--can"),
                                                QStringLiteral("virtualcan:can0"), QStringLiteral("--output"), out});
    QVERIFY(drill.waitForStarted());
    Site site{&drill, &sim, false, false, {}, {}, abort ? QStringLiteral("step") : QString()};
    site.play = [](Site &s, const QString &code, const QString &step) {
        if (code == QLatin1String("switch-off-master"))
            s.sim_("fault master-dies\n");
        else if (step == QLatin1String("plug-standin-inverter-jk"))
            s.sim_("promote P2\n"); // P2 at DIP 0000, restarted, on the inverter cable
        else if (step == QLatin1String("unplug-standin-inverter"))
            s.sim_("fault master-dies P2\n");
        else if (step == QLatin1String("plug-repaired-inverter"))
            s.sim_("clear promote\nclear master-dies P2\nclear master-dies\n");
        else if (step == QLatin1String("restore-master"))
            s.sim_("clear master-dies\n");
    };
    const QJsonObject r = site.run(150000);
    QVERIFY2(!r.isEmpty(), qPrintable(site.instructions.join(QLatin1Char(' ')) + QString::fromUtf8(drill.readAllStandardError())));
    QVERIFY(drill.state() == QProcess::NotRunning || drill.waitForFinished(10000)); // Site::run's event loop may have seen it end
    sim.write("quit\n");
    if (!sim.waitForFinished(5000))
        sim.kill();

    const QStringList events = drillEvents(r);
    QVERIFY2(r[QStringLiteral("result")].toString() == (abort ? QStringLiteral("aborted") : QStringLiteral("passed")),
             qPrintable(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(3000)));
    QVERIFY(r[QStringLiteral("finished")].toBool());
    QCOMPARE(r[QStringLiteral("frames_sent")].toDouble(-1), 0.0);
    QVERIFY2(!events.contains(QLatin1String("two-masters")), qPrintable(events.join(QLatin1Char(' '))));
    if (abort) {
        for (const char *e : {"baseline", "broadcast-silent", "aborted", "restore-started", "master-heard", "restored", "drill-aborted"})
            QVERIFY2(events.contains(QLatin1String(e)), e);
        QVERIFY(!site.instructions.contains(QLatin1String("set-dip-master")) || site.instructions.indexOf(QLatin1String("set-dip-master")) > site.instructions.indexOf(QLatin1String("restore-master")));
        QVERIFY(r[QStringLiteral("proved")].toArray().isEmpty());
    } else {
        for (const char *e : {"baseline", "broadcast-silent", "one-master", "restore-started", "restored", "drill-passed"})
            QVERIFY2(events.contains(QLatin1String(e)), e);
        // The failed master leaves the pack bus and the inverter before the stand-in becomes master.
        const QStringList &in = site.instructions;
        QVERIFY(in.indexOf(QLatin1String("unlink-failed-jk")) < in.indexOf(QLatin1String("set-dip-master")));
        QVERIFY(in.indexOf(QLatin1String("unplug-failed-inverter")) < in.indexOf(QLatin1String("plug-standin-inverter-jk")));
        // The restore demotes the stand-in before the repaired master takes the cable back.
        QVERIFY(in.lastIndexOf(QLatin1String("unplug-standin-inverter")) < in.lastIndexOf(QLatin1String("plug-repaired-inverter")));
        const QStringList proved = r[QStringLiteral("proved")].toVariant().toStringList();
        QVERIFY(proved.contains(QLatin1String("jk-dip-master")));
        QVERIFY(proved.contains(QLatin1String("stand-in-takes-over")));
    }
}

void TestCliDrill::gxDrill_data()
{
    QTest::addColumn<QString>("abortAt"); // empty: the drill runs to its end
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("passes: P1 off, P2 carries on, P1 back")
        << QString() << "passed"
        << QStringList{QStringLiteral("gx-baseline"), QStringLiteral("bank-before"), QStringLiteral("bms-silent"), QStringLiteral("bank-after"),
                       QStringLiteral("carries-on"), QStringLiteral("restore-started"), QStringLiteral("all-bms-heard"), QStringLiteral("drill-passed")};
    QTest::newRow("aborted while P1 is off: P1 back, every BMS heard")
        << "gx-listen" << "aborted"
        << QStringList{QStringLiteral("gx-baseline"), QStringLiteral("bms-silent"), QStringLiteral("aborted"), QStringLiteral("restore-started"),
                       QStringLiteral("all-bms-heard"), QStringLiteral("drill-aborted")};
}

void TestCliDrill::gxDrill()
{
    QFETCH(QString, abortAt);
    QFETCH(QString, result);
    QFETCH(QStringList, events);
    QTemporaryDir dir;
    const QString plan = writeGxPlan(dir);
    const QString out = dir.filePath(QStringLiteral("drilled.json"));
    QProcess bank;
    bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), writeGxScenario(dir), QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    QVERIFY(bank.waitForStarted());
    // The GX on the same two ports: its keep-alive on each, as on site.
    QProcess gx;
    gx.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--gx"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    QVERIFY(gx.waitForStarted());
    QProcess drill;
    drill.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("drill"), QStringLiteral("--plan"), plan, QStringLiteral("--can"),
                                                QStringLiteral("virtualcan:can0,can1"), QStringLiteral("--output"), out});
    QVERIFY(drill.waitForStarted());
    Site site{&drill, &bank, false, false, {}, {}, abortAt};
    site.play = [](Site &s, const QString &code, const QString &step) {
        if (code == QLatin1String("gx-switch-off"))
            s.sim_("fault slave-offline P1\n"); // the installer switches P1's BMS off
        else if (step == QLatin1String("restore-bms"))
            s.sim_("clear slave-offline P1\n");
    };
    const QJsonObject r = site.run(150000);
    QVERIFY2(!r.isEmpty(), qPrintable(site.instructions.join(QLatin1Char(' ')) + QString::fromUtf8(drill.readAllStandardError())));
    QVERIFY(drill.state() == QProcess::NotRunning || drill.waitForFinished(10000)); // Site::run's event loop may have seen it end
    for (QProcess *p : {&bank, &gx}) {
        p->write("quit\n");
        if (!p->waitForFinished(5000))
            p->kill();
    }

    const QStringList have = drillEvents(r);
    QCOMPARE(r[QStringLiteral("result")].toString(), result);
    QCOMPARE(drill.exitCode(), result == QLatin1String("passed") ? 0 : 1);
    QVERIFY(r[QStringLiteral("finished")].toBool());
    QCOMPARE(r[QStringLiteral("frames_sent")].toDouble(-1), 0.0); // BankScope never transmitted
    int at = 0;
    for (const QString &e : events) {
        const int found = int(have.indexOf(e, at));
        QVERIFY2(found >= 0, qPrintable(e + QStringLiteral(" in order in ") + have.join(QLatin1Char(' '))));
        at = found;
    }
    QVERIFY(!have.contains(QLatin1String("two-senders")));
    QVERIFY(!have.contains(QLatin1String("bms-lost")));
    // Never a master step on a GX bank: nobody to promote.
    for (const QString &i : site.instructions)
        QVERIFY2(!i.contains(QLatin1String("master")), qPrintable(i));
    // The GX's keep-alive was heard on the ports and went on while P1 was off.
    QVERIFY(!have.contains(QLatin1String("keep-alive-gone")));

    // Before: both BMSs, 300 Ah. While P1 was off (passed): P2 alone, 100 Ah, its limits.
    const QJsonObject b = r[QStringLiteral("bank")].toObject();
    QCOMPARE(b[QStringLiteral("failed")].toString(), QStringLiteral("P1"));
    QCOMPARE(b[QStringLiteral("before")][QStringLiteral("online")].toInt(), 2);
    QCOMPARE(b[QStringLiteral("before")][QStringLiteral("capacity_ah")].toDouble(), 300.0);
    QVERIFY(b[QStringLiteral("before")][QStringLiteral("ccl_a")].toDouble() > 0.0);
    const QStringList proved = r[QStringLiteral("proved")].toVariant().toStringList();
    if (result == QLatin1String("passed")) {
        QCOMPARE(b[QStringLiteral("after")][QStringLiteral("online")].toInt(), 1);
        QCOMPARE(b[QStringLiteral("after")][QStringLiteral("capacity_ah")].toDouble(), 100.0);
        QVERIFY(b[QStringLiteral("after")][QStringLiteral("ccl_a")].toDouble() > 0.0);
        QVERIFY(b[QStringLiteral("after")][QStringLiteral("ccl_a")].toDouble() < b[QStringLiteral("before")][QStringLiteral("ccl_a")].toDouble());
        QCOMPARE(b[QStringLiteral("after")][QStringLiteral("ccl_from")].toString(), QStringLiteral("P2"));
        QVERIFY(b.contains(QStringLiteral("failed_set_limits")));
        QCOMPARE(proved, QStringList{QStringLiteral("carries-on")});
    } else {
        QVERIFY(!b.contains(QStringLiteral("after")));
        QVERIFY(proved.isEmpty());
    }
    // The plan written carries the drill and its bank view, and reads back.
    const QJsonObject record = readJson(out)[QStringLiteral("failover")][QStringLiteral("drill")].toObject();
    QCOMPARE(record[QStringLiteral("result")].toString(), result);
    QCOMPARE(record[QStringLiteral("bank")][QStringLiteral("before")][QStringLiteral("capacity_ah")].toDouble(), 300.0);
    QProcess check;
    check.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("plan"), QStringLiteral("--check"), out});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
}

void TestCliDrill::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString plan = QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json");
    QTest::newRow("no link") << QStringList{QStringLiteral("--plan"), plan} << "usage: drill --plan PLAN";
    QTest::newRow("poll refused") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--serial"), QStringLiteral("/dev/null"), QStringLiteral("--poll")}
                                  << "the drill only listens";
    QTest::newRow("limit too short") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--can"), QStringLiteral("virtualcan:can0"),
                                                    QStringLiteral("--limit"), QStringLiteral("5")}
                                     << "--limit needs seconds from 30 to 86400";
    QTest::newRow("CAN protocol on a serial port") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--serial"), QStringLiteral("/dev/null")}
                                                   << "pylon-can is a CAN protocol";
    // The GX example has no isolation order: the planner's error, naming the field.
    QTest::newRow("a plan without an isolation order") << QStringList{QStringLiteral("--plan"), QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/victron-gx-2bms.json"),
                                                        QStringLiteral("--can"), QStringLiteral("virtualcan:can0")}
                                         << "no failover procedure to drill: isolation_order";
    QTest::newRow("missing plan") << QStringList{QStringLiteral("--plan"), QStringLiteral("/nonexistent/plan.json"), QStringLiteral("--can"),
                                                 QStringLiteral("virtualcan:can0")}
                                  << "cannot read /nonexistent/plan.json";
}

void TestCliDrill::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("drill")} + args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliDrill)
#include "tst_cli_drill.moc"
