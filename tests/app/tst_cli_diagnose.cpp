// bankscope-cli diagnose as a real process (issue 22 item 4): live against bankscope-sim on a
// pty (the default role: it listens 10 s, finds the bus silent and polls), beside another master
// on a pty (it never polls, even with --poll, and reports that master), a recording with
// --replay, and bad input (exit 2 with a sentence).

#include "simonpty.h"
#include "clirun.h"
#include "testdata.h"

#include <QTemporaryDir>

namespace {

using Sim = SimOnPty;

// Waits for the command and parses its one JSON object.
bool finish(QProcess &p, int ms, QJsonObject &out, QByteArray &err)
{
    QDeadlineTimer deadline(ms);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    err = p.readAllStandardError();
    out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return p.state() == QProcess::NotRunning;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

QStringList codes(const QJsonObject &j)
{
    QStringList out;
    for (const QJsonValue &c : j.value(QStringLiteral("causes")).toArray())
        out.append(c[QStringLiteral("code")].toString() + QLatin1Char('/') + c[QStringLiteral("confidence")].toString());
    return out;
}

} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveAgainstTheSimulator();
    void besideAnotherMasterItNeverPolls();
    void replayOfARecording();
    void healthyWithAPlanPointsToTheInverter();
    void badInput_data();
    void badInput();
};

void TestCliDiagnose::liveAgainstTheSimulator()
{
    // A bank whose second pack runs other firmware, polled at the plan's pack addresses.
    Sim sim;
    QVERIFY(sim.start(TestData::path(QStringLiteral("diagnosis/scenarios/firmware-mismatch.json"))));
    QProcess cli;
    cli.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("diagnose"), QStringLiteral("--serial"), sim.path, QStringLiteral("--plan"),
                                              TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json")), QStringLiteral("--duration"),
                                              QStringLiteral("4")});
    QJsonObject j;
    QByteArray err;
    QVERIFY(finish(cli, 40000, j, err));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(err.contains("listening for 10 s first"), err.constData());
    const QJsonArray links = j.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 1);
    QVERIFY(links.first()[QStringLiteral("polled")].toBool());
    QVERIFY(links.first()[QStringLiteral("frames")].toDouble() > 5);
    const QJsonArray causes = j.value(QStringLiteral("causes")).toArray();
    QVERIFY2(!causes.isEmpty(), qPrintable(codes(j).join(QLatin1Char(' '))));
    const QJsonObject first = causes.first().toObject();
    QCOMPARE(first[QStringLiteral("code")].toString(), QStringLiteral("firmware-mismatch"));
    QCOMPARE(first[QStringLiteral("confidence")].toString(), QStringLiteral("high"));
    bool named = false;
    for (const QJsonValue &e : first[QStringLiteral("evidence")].toArray())
        named |= e[QStringLiteral("args")].toArray().first().toString() == QLatin1String("9.9.9");
    QVERIFY(named);
    QVERIFY(!first[QStringLiteral("next_step")].toString().isEmpty());
    QVERIFY(!j.value(QStringLiteral("summary")).toString().isEmpty());
}

void TestCliDiagnose::besideAnotherMasterItNeverPolls()
{
    // The real capture: a host polling 0x02 every ~2 s, the bank answering. Asked to poll, it
    // listens, reports that master, and sends nothing.
    BesideMaster b({QStringLiteral("diagnose"), QStringLiteral("--poll"), QStringLiteral("--duration"), QStringLiteral("3")}, CapturePeer::capture(40));
    QJsonObject j;
    QByteArray err;
    QVERIFY(finish(b.cli.process, 40000, j, err));
    b.peer.stop();
    QVERIFY2(b.pty.read(300).isEmpty(), "diagnose transmitted beside another master");
    QCOMPARE(b.cli.process.exitCode(), 0);
    const QJsonArray heard = j.value(QStringLiteral("other_master_heard")).toArray();
    QCOMPARE(heard.size(), 1);
    QVERIFY2(heard.first().toString().contains(QLatin1String("0x02")), qPrintable(heard.first().toString()));
    QCOMPARE(j.value(QStringLiteral("links")).toArray().first()[QStringLiteral("polled")].toBool(), false);
    for (const QJsonValue &c : j.value(QStringLiteral("causes")).toArray())
        QVERIFY2(c[QStringLiteral("confidence")].toString() != QLatin1String("high"), qPrintable(codes(j).join(QLatin1Char(' '))));
}

void TestCliDiagnose::replayOfARecording()
{
    QProcess cli;
    cli.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("diagnose"), QStringLiteral("--replay"), TestData::path(QStringLiteral("diagnosis/no-bytes.log"))});
    QJsonObject j;
    QByteArray err;
    QVERIFY(finish(cli, 20000, j, err));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray causes = j.value(QStringLiteral("causes")).toArray();
    QVERIFY(causes.size() >= 2);
    for (const QJsonValue &c : causes) {
        QVERIFY(c[QStringLiteral("confidence")].toString() != QLatin1String("high"));
        QVERIFY(!c[QStringLiteral("cannot_tell_from")].toArray().isEmpty());
        QVERIFY(c[QStringLiteral("manual_check")].isObject());
        QVERIFY(!c[QStringLiteral("manual_check")][QStringLiteral("question")].toString().isEmpty());
    }
    QCOMPARE(j.value(QStringLiteral("no_fault_seen")).toBool(), false);
}

void TestCliDiagnose::healthyWithAPlanPointsToTheInverter()
{
    // The bank answers cleanly: no fault seen, and what is left is the inverter's setting, from
    // the plan with its source mark.
    QProcess cli;
    cli.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("diagnose"), QStringLiteral("--replay"), TestData::path(QStringLiteral("diagnosis/healthy.log")),
                                              QStringLiteral("--plan"), TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json"))});
    QJsonObject j;
    QByteArray err;
    QVERIFY(finish(cli, 20000, j, err));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(j.value(QStringLiteral("causes")).toArray().isEmpty());
    QVERIFY(j.value(QStringLiteral("no_fault_seen")).toBool());
    QVERIFY(j.value(QStringLiteral("summary")).toString().startsWith(QLatin1String("No fault seen")));
    const QJsonObject inverter = j.value(QStringLiteral("if_inverter_still_faults")).toObject();
    QVERIFY2(inverter.value(QStringLiteral("inverter")).toString().contains(QLatin1String("Deye")), qPrintable(inverter.value(QStringLiteral("inverter")).toString()));
    QCOMPARE(inverter.value(QStringLiteral("battery_type")).toString(), QStringLiteral("Batt Mode: Lithium; Lithium Mode 00 (CAN) [2nd]"));
    QVERIFY(!inverter.contains(QStringLiteral("needs")));
}

void TestCliDiagnose::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no source") << QStringList{} << "usage: diagnose";
    QTest::newRow("two sources") << list({"--replay", "a.log", "--serial", "/dev/null"}) << "usage: diagnose";
    QTest::newRow("unknown option") << list({"--replay", "a.log", "--frobnicate"}) << "unknown option '--frobnicate'";
    QTest::newRow("--replay without a file") << list({"--replay"}) << "--replay needs a value";
    QTest::newRow("missing recording") << list({"--replay", "/nonexistent/x.log"}) << "cannot read /nonexistent/x.log";
    QTest::newRow("not a recording") << QStringList{QStringLiteral("--replay"), TestData::path(QStringLiteral("diagnosis/bank-3pack.json"))} << "not a recording";
    QTest::newRow("CAN cannot poll") << list({"--can", "virtualcan:can0", "--poll"}) << "CAN links only listen";
    QTest::newRow("CAN protocol on serial") << list({"--serial", "/dev/null", "--protocol", "pylon-can"}) << "is a CAN protocol";
    QTest::newRow("missing plan") << list({"--replay", "a.log", "--plan", "/nonexistent/plan.json"}) << "/nonexistent/plan.json";
}

void TestCliDiagnose::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QProcess cli;
    cli.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("diagnose")} + args);
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(cli.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
