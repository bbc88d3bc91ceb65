// Runs the real bankscope-cli binary: every architecture and policy on the reference bank,
// file and stdin input, and bad input (exit 2, one line on stderr naming the field, nothing
// on stdout).

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString referencePath()
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/aggregate/reference-bank.json");
}

QJsonObject reference()
{
    QFile f(referencePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

double value(const QJsonObject &view, const char *key)
{
    return view[QLatin1String(key)].toObject()[QStringLiteral("value")].toDouble();
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

class TestCliAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFile();
    void architecturesAndPolicies_data();
    void architecturesAndPolicies();
    void lostMaster_data();
    void lostMaster();
    void badInput_data();
    void badInput();
    void usage();
    void endlessInputEndsInAClearError_data();
    void endlessInputEndsInAClearError();
};

void TestCliAggregate::readsFile()
{
    const Run r = cli({QStringLiteral("aggregate"), referencePath()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    const QJsonObject truth = out[QStringLiteral("bank_truth")].toObject();
    QCOMPARE(value(truth, "soc_pct"), 66.0); // (100*80 + 50*50 + 100*60) / 250
    const QJsonObject cellMin = truth[QStringLiteral("cell_min_mV")].toObject();
    QCOMPARE(cellMin[QStringLiteral("pack")].toString(), QStringLiteral("P2"));
    QCOMPARE(cellMin[QStringLiteral("cell")].toInt(), 2);
    QCOMPARE(strings(truth[QStringLiteral("faults")]), QStringList{QStringLiteral("cell-undervoltage")});
}

void TestCliAggregate::architecturesAndPolicies_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("currentLimits"); // empty: leave the policy out
    QTest::addColumn<QString>("faults");
    QTest::addColumn<double>("truthCcl");
    QTest::addColumn<double>("seenSoc");
    QTest::addColumn<double>("seenCcl");
    QTest::addColumn<QStringList>("truthFaults");
    QTest::addColumn<QStringList>("truthWarnings");
    QTest::addColumn<QStringList>("hiddenFaults");
    QTest::addColumn<double>("socError");

    const QStringList cuv{QStringLiteral("cell-undervoltage")};
    const QStringList none;
    // Bank CCL: weakest (P2, 25 A) x 3 = 75; sum 50 + 25 + 50 = 125; min 25.
    // Aggregating architectures see the truth; single-master sees P1 alone (80 %, 50 A) and
    // misses P2's fault: SOC error 80 - 66 = 14.
    for (const QString &arch : {QStringLiteral("master-slave"), QStringLiteral("peer-to-peer")}) {
        QTest::addRow("%s default policy", qPrintable(arch)) << arch << "" << "" << 75.0 << 66.0 << 75.0 << cuv << none << none << 0.0;
        QTest::addRow("%s sum/any", qPrintable(arch)) << arch << "sum" << "any" << 125.0 << 66.0 << 125.0 << cuv << none << none << 0.0;
        QTest::addRow("%s min/all", qPrintable(arch)) << arch << "min" << "all" << 25.0 << 66.0 << 25.0 << none << cuv << none << 0.0;
    }
    QTest::newRow("single-master default") << "single-master" << "" << "" << 75.0 << 80.0 << 50.0 << cuv << none << cuv << 14.0;
    QTest::newRow("single-master sum/all") << "single-master" << "sum" << "all" << 125.0 << 80.0 << 50.0 << none << cuv << cuv << 14.0;
}

void TestCliAggregate::architecturesAndPolicies()
{
    QFETCH(QString, architecture);
    QFETCH(QString, currentLimits);
    QFETCH(QString, faults);
    QFETCH(double, truthCcl);
    QFETCH(double, seenSoc);
    QFETCH(double, seenCcl);
    QFETCH(QStringList, truthFaults);
    QFETCH(QStringList, truthWarnings);
    QFETCH(QStringList, hiddenFaults);
    QFETCH(double, socError);

    QJsonObject bank = reference();
    bank[QStringLiteral("architecture")] = architecture;
    if (!currentLimits.isEmpty()) {
        bank[QStringLiteral("policy")] = QJsonObject{{QStringLiteral("current_limits"), currentLimits},
                                                     {QStringLiteral("faults"), faults}};
    }
    const Run r = cli({QStringLiteral("aggregate"), QStringLiteral("-")}, QJsonDocument(bank).toJson());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    const QJsonObject truth = out[QStringLiteral("bank_truth")].toObject();
    const QJsonObject seen = out[QStringLiteral("inverter_sees")].toObject();
    QCOMPARE(value(truth, "ccl_A"), truthCcl);
    QCOMPARE(value(seen, "soc_pct"), seenSoc);
    QCOMPARE(value(seen, "ccl_A"), seenCcl);
    QCOMPARE(strings(truth[QStringLiteral("faults")]), truthFaults);
    QCOMPARE(strings(truth[QStringLiteral("warnings")]), truthWarnings);
    const QJsonObject gaps = out[QStringLiteral("gaps")].toObject();
    QCOMPARE(strings(gaps[QStringLiteral("hidden_faults")]), hiddenFaults);
    QCOMPARE(gaps[QStringLiteral("soc_error_pct")].toDouble(), socError);
    // 52.0 V over 16 cells = 3.25 V = 40 % on the OCV table
    QCOMPARE(out[QStringLiteral("voltage_soc_estimate_pct")].toDouble(), 40.0);
}

void TestCliAggregate::lostMaster_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<bool>("seesNothing");
    QTest::addColumn<QString>("finding");

    QTest::newRow("master-slave") << "master-slave" << true << "master-lost";
    QTest::newRow("single-master") << "single-master" << true << "master-lost";
    QTest::newRow("peer-to-peer") << "peer-to-peer" << false << "pack-dropped";
}

void TestCliAggregate::lostMaster()
{
    QFETCH(QString, architecture);
    QFETCH(bool, seesNothing);
    QFETCH(QString, finding);

    QJsonObject bank = reference();
    bank[QStringLiteral("architecture")] = architecture;
    QJsonArray packs = bank[QStringLiteral("packs")].toArray();
    QJsonObject p1 = packs[0].toObject();
    p1[QStringLiteral("age_s")] = 12.5; // older than the default 10 s
    packs[0] = p1;
    bank[QStringLiteral("packs")] = packs;
    const Run r = cli({QStringLiteral("aggregate")}, QJsonDocument(bank).toJson());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out[QStringLiteral("inverter_sees")].isNull(), seesNothing);
    QStringList codes;
    for (const QJsonValue &f : out[QStringLiteral("findings")].toArray())
        codes.append(f.toObject()[QStringLiteral("code")].toString());
    QVERIFY2(codes.contains(finding), qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(out[QStringLiteral("packs")].toArray()[0].toObject()[QStringLiteral("state")].toString(), QStringLiteral("stale"));
}

void TestCliAggregate::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");

    const QStringList stdinArgs{QStringLiteral("aggregate"), QStringLiteral("-")};
    QTest::newRow("bad JSON") << stdinArgs << QByteArray("{\"architecture\": \"master-slave\", ") << "invalid JSON";
    QTest::newRow("empty input") << stdinArgs << QByteArray() << "invalid JSON";
    QTest::newRow("unknown fault") << stdinArgs
                                   << QByteArray(R"({"architecture":"peer-to-peer","packs":[{"id":"A","capacity_Ah":50,"faults":["hot"]}]})")
                                   << "packs[0].faults[0]: unknown fault name 'hot'";
    QTest::newRow("missing capacity") << stdinArgs << QByteArray(R"({"architecture":"peer-to-peer","packs":[{"id":"A"}]})")
                                      << "packs[0].capacity_Ah: required field is missing";
    QTest::newRow("missing architecture") << stdinArgs << QByteArray(R"({"packs":[{"id":"A","capacity_Ah":5}]})")
                                          << "architecture: required field is missing";
    QTest::newRow("file not found") << QStringList{QStringLiteral("aggregate"), QStringLiteral("/nonexistent/bank.json")}
                                    << QByteArray() << "cannot read /nonexistent/bank.json";
    QTest::newRow("two files") << QStringList{QStringLiteral("aggregate"), QStringLiteral("a"), QStringLiteral("b")}
                               << QByteArray() << "expected one FILE";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("agregate")} << QByteArray() << "unknown command 'agregate'";
}

void TestCliAggregate::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);

    const Run r = cli(args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestCliAggregate::usage()
{
    const Run help = cli({QStringLiteral("help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("aggregate"));
    const Run none = cli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
}

void TestCliAggregate::endlessInputEndsInAClearError_data()
{
    // Issue 9 section 2: `yes | bankscope-cli aggregate -` and /dev/zero read until std::bad_alloc
    // (exit 134). One JSON document is read up to a cap; past it, a clear error. The same for
    // bankscope-sim's scenario. The pipe stays open: the command must stop by itself.
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("chunk"); // written to stdin for as long as it runs; empty: none
    QTest::addColumn<QString>("mentions");
    const QString cliPath = QStringLiteral(BANKSCOPE_CLI);
    const QString simPath = QStringLiteral(BANKSCOPE_SIM);
    QTest::newRow("aggregate - < yes") << cliPath << QStringList{QStringLiteral("aggregate"), QStringLiteral("-")}
                                       << QByteArray(65536, 'y').replace("yy", "y\n") << "more than 16 MiB";
    QTest::newRow("aggregate - < zeros") << cliPath << QStringList{QStringLiteral("aggregate"), QStringLiteral("-")} << QByteArray(65536, '\0')
                                         << "more than 16 MiB";
    QTest::newRow("aggregate /dev/zero") << cliPath << QStringList{QStringLiteral("aggregate"), QStringLiteral("/dev/zero")} << QByteArray()
                                         << "more than 16 MiB";
    QTest::newRow("bankscope-sim --scenario /dev/zero") << simPath
                                                        << QStringList{QStringLiteral("--scenario"), QStringLiteral("/dev/zero"), QStringLiteral("--pty")}
                                                        << QByteArray() << "more than 4 MiB";
}

void TestCliAggregate::endlessInputEndsInAClearError()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, chunk);
    QFETCH(QString, mentions);
    QProcess p;
    p.start(program, args);
    QVERIFY(p.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && t.elapsed() < 30000) {
        if (!chunk.isEmpty()) {
            p.write(chunk);
            p.waitForBytesWritten(100);
        }
        p.waitForFinished(10);
    }
    QVERIFY2(p.state() == QProcess::NotRunning, "still reading endless input after 30 s");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAggregate)
#include "tst_cli_aggregate.moc"
