// Runs the real bankscope-cli: `catalogue` (one JSON object per model), `plan` with every option
// (and -o, --packs, other:NAME, the firmware rule), `plan --check`, and bad input: exit 2, one line
// on stderr naming what is wrong, nothing written.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/") + QLatin1String(name);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QStringList noteCodes(const QJsonObject &plan)
{
    QStringList codes;
    for (const QJsonValue &n : plan[QStringLiteral("notes")].toArray())
        codes.append(n.toObject()[QStringLiteral("code")].toString());
    return codes;
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue();
    void plans_data();
    void plans();
    void packsIsModelTimesN();
    void planToStandardOutput();
    void badInput_data();
    void badInput();
    void check_data();
    void check();
};

void TestCliPlan::catalogue()
{
    const Run r = cli({QStringLiteral("catalogue")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // every entry of the built-in catalogue loads
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 17);
    int batteries = 0;
    QStringList ids;
    for (const QByteArray &line : lines) {
        QVERIFY(line.startsWith("{\"kind\":\"")); // kind, id and name first, for a reader
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        const QString kind = o[QStringLiteral("kind")].toString();
        QVERIFY(kind == QLatin1String("battery") || kind == QLatin1String("inverter"));
        batteries += kind == QLatin1String("battery");
        QVERIFY(!o[QStringLiteral("name")].toString().isEmpty());
        ids.append(o[QStringLiteral("id")].toString());
    }
    QCOMPARE(batteries, 9);
    QVERIFY(ids.contains(QStringLiteral("pylontech-us3000c")) && ids.contains(QStringLiteral("victron-gx")));
    // A fact as printed: value, mark, confidence and its sources written out.
    const QJsonObject us3000c = QJsonDocument::fromJson(lines[1]).object();
    const QJsonObject deadline = us3000c[QStringLiteral("after_undervoltage")].toObject();
    QCOMPARE(deadline[QStringLiteral("confidence")].toString(), QStringLiteral("documented"));
    QVERIFY(deadline[QStringLiteral("sources")].toArray().first().toObject()[QStringLiteral("title")].toString().contains(QStringLiteral("US3000C")));

    QCOMPARE(cli({QStringLiteral("catalogue"), QStringLiteral("--all")}).exitCode, 2);
}

void TestCliPlan::plans_data()
{
    QTest::addColumn<QString>("arguments"); // '|' separated; OUT is the output file
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("topology");
    QTest::addColumn<int>("packs");
    QTest::addColumn<QString>("firstDip");
    QTest::addColumn<QString>("note"); // a note code the plan must carry ("" for none)

    QTest::newRow("3-pack Pylontech on a Deye, every option")
        << "--battery|pylontech-us3000c:3|--inverter|deye-sun-sg|--inverter-firmware|MAIN 1.9|--site|Ikeja clinic|--installer|A. Okafor|--phone|+234 803 555 0101|--isolation-order|Inverter off [INV-1]; Battery breaker off [Q2]|--power-up-order|Battery breaker on [Q2]; Inverter on [INV-1]|--output|OUT"
        << "master-slave" << "master-cable" << 3 << "0000" << "pylontech-switch1-conflict";
    QTest::newRow("-o alias") << "--battery|pylontech-us3000c:2|--inverter|victron-gx|-o|OUT" << "master-slave" << "master-cable" << 2 << "0000" << "";
    QTest::newRow("--output=FILE form") << "--battery=jk-pb:3|--inverter=victron-gx|--output=OUT" << "master-slave" << "master-cable" << 3 << "0000" << "jk-dip";
    QTest::newRow("mixed bank") << "--battery|pylontech-us2000c:1|--battery|pylontech-us3000c:2|--inverter|growatt-spf|-o|OUT"
                                << "master-slave" << "master-cable" << 3 << "0000" << "mixed-head";
    QTest::newRow("JK-B on a Deye without firmware: safe topology") << "--battery|jk-b:2|--inverter|deye-sun-sg|-o|OUT"
                                                                   << "single-master" << "master-cable" << 2 << "" << "safe-topology-firmware";
    QTest::newRow("JK-B on a Deye, firmware and release notes confirmed")
        << "--battery|jk-b:2|--inverter|deye-sun-sg|--inverter-firmware|MAIN 2.0|--release-notes-checked|-o|OUT"
        << "peer-to-peer" << "multi-drop" << 2 << "" << "multi-drop-confirmed";
    QTest::newRow("2 CAN BMSs on a GX") << "--battery|can-bms-victron:2|--inverter|victron-gx|-o|OUT" << "peer-to-peer" << "aggregator-ports" << 2 << "" << "";
    QTest::newRow("Easun polls 0x12") << "--battery|pylontech-us2000c:2|--inverter|easun-smx-ii|-o|OUT" << "master-slave" << "master-cable" << 2 << "?100"
                                      << "inverter-polls-group-1";
    QTest::newRow("an inverter outside the catalogue") << "--battery|pylontech-us3000c:2|--inverter|other:Must PV1800|-o|OUT"
                                                       << "master-slave" << "master-cable" << 2 << "?000" << "inverter-not-in-catalogue";
    QTest::newRow("a battery outside the catalogue") << "--battery|other:Felicity LPBF48100:3|--inverter|deye-sun-sg|-o|OUT"
                                                     << "single-master" << "master-cable" << 3 << "" << "battery-not-in-catalogue";
}

void TestCliPlan::plans()
{
    QFETCH(QString, arguments);
    QFETCH(QString, architecture);
    QFETCH(QString, topology);
    QFETCH(int, packs);
    QFETCH(QString, firstDip);
    QFETCH(QString, note);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan.json"));
    QStringList a{QStringLiteral("plan")};
    for (QString s : arguments.split(QLatin1Char('|'))) {
        s.replace(QLatin1String("OUT"), out);
        a.append(s);
    }
    const Run r = cli(a);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary[QStringLiteral("written")].toString(), out);
    QCOMPARE(summary[QStringLiteral("architecture")].toString(), architecture);
    QVERIFY(!summary[QStringLiteral("summary")].toString().isEmpty());
    const QJsonObject plan = readJson(out);
    QCOMPARE(plan[QStringLiteral("format")].toString(), QStringLiteral("bankscope-commissioning-plan"));
    QCOMPARE(plan[QStringLiteral("version")].toInt(), 1);
    QCOMPARE(plan[QStringLiteral("architecture")].toString(), architecture);
    QCOMPARE(plan[QStringLiteral("topology")].toString(), topology);
    const QJsonArray packList = plan[QStringLiteral("packs")].toArray();
    QCOMPARE(packList.size(), packs);
    QCOMPARE(packList.first().toObject()[QStringLiteral("dip")].toString(), firstDip);
    if (!note.isEmpty())
        QVERIFY2(noteCodes(plan).contains(note), qPrintable(noteCodes(plan).join(QLatin1Char(','))));
    // What the plan writes, plan --check reads.
    const Run check = cli({QStringLiteral("plan"), QStringLiteral("--check"), out});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    if (arguments.contains(QLatin1String("--isolation-order"))) {
        const QJsonObject iso = plan[QStringLiteral("isolation_order")].toObject();
        QCOMPARE(iso[QStringLiteral("origin")].toString(), QStringLiteral("installer"));
        QCOMPARE(iso[QStringLiteral("steps")].toArray()[1].toObject()[QStringLiteral("breaker")].toString(), QStringLiteral("Q2"));
        QCOMPARE(plan[QStringLiteral("site")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Ikeja clinic"));
        QCOMPARE(plan[QStringLiteral("installer")].toObject()[QStringLiteral("phone")].toString(), QStringLiteral("+234 803 555 0101"));
        QCOMPARE(plan[QStringLiteral("inverter")].toObject()[QStringLiteral("firmware")].toString(), QStringLiteral("MAIN 1.9"));
    }
}

void TestCliPlan::packsIsModelTimesN()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QCOMPARE(cli(args("plan|--battery|pylontech-us3000c:4|--inverter|deye-sun-sg|-o|") << a).exitCode, 0);
    QCOMPARE(cli(args("plan|--battery|pylontech-us3000c|--packs|4|--inverter|deye-sun-sg|-o|") << b).exitCode, 0);
    QJsonObject pa = readJson(a);
    QJsonObject pb = readJson(b);
    pa.remove(QStringLiteral("created"));
    pb.remove(QStringLiteral("created"));
    QVERIFY(!pa.isEmpty());
    QCOMPARE(pa, pb);
}

void TestCliPlan::planToStandardOutput()
{
    const Run r = cli(args("plan|--battery|jk-pb:2|--inverter|victron-gx|-o|-"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(plan[QStringLiteral("packs")].toArray().size(), 2);
}

void TestCliPlan::badInput_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no inverter") << "plan|--battery|jk-b:2|-o|OUT" << "--inverter MODEL is required";
    QTest::newRow("no output") << "plan|--battery|jk-b:2|--inverter|deye-sun-sg" << "--output PLAN.json (or -o) is required";
    QTest::newRow("no battery") << "plan|--inverter|deye-sun-sg|-o|OUT" << "--battery MODEL:COUNT is required";
    QTest::newRow("typo in a battery id") << "plan|--battery|pylontech-us300c:3|--inverter|deye-sun-sg|-o|OUT" << "did you mean pylontech-us3000c?";
    QTest::newRow("typo in an inverter id") << "plan|--battery|jk-b:2|--inverter|deye|-o|OUT" << "unknown inverter 'deye'";
    QTest::newRow("battery without count") << "plan|--battery|jk-b|--inverter|deye-sun-sg|-o|OUT" << "write MODEL:COUNT";
    QTest::newRow("count zero") << "plan|--battery|jk-b:0|--inverter|deye-sun-sg|-o|OUT" << "at least 1";
    QTest::newRow("--packs with two models") << "plan|--battery|pylontech-us3000c|--battery|pylontech-us2000c|--packs|2|--inverter|deye-sun-sg|-o|OUT"
                                              << "--packs N goes with a single --battery";
    QTest::newRow("release notes without firmware") << "plan|--battery|jk-b:2|--inverter|deye-sun-sg|--release-notes-checked|-o|OUT"
                                                    << "give --inverter-firmware V too";
    QTest::newRow("families mixed") << "plan|--battery|pylontech-us3000c:2|--battery|jk-pb:1|--inverter|deye-sun-sg|-o|OUT" << "different families";
    QTest::newRow("too many JK-PB") << "plan|--battery|jk-pb:17|--inverter|deye-sun-sg|-o|OUT" << "addresses 0 to 15";
    QTest::newRow("unknown option") << "plan|--battery|jk-b:2|--inverter|deye-sun-sg|--colour|red|-o|OUT" << "unknown option '--colour'";
    QTest::newRow("empty isolation order") << "plan|--battery|jk-b:2|--inverter|deye-sun-sg|--isolation-order| ; |-o|OUT" << "steps separated by ';'";
    QTest::newRow("output folder missing") << "plan|--battery|jk-b:2|--inverter|deye-sun-sg|-o|/nonexistent/dir/plan.json" << "cannot write";
}

void TestCliPlan::badInput()
{
    QFETCH(QString, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan.json"));
    QStringList a;
    for (QString s : arguments.split(QLatin1Char('|'))) {
        s.replace(QLatin1String("OUT"), out);
        a.append(s);
    }
    const Run r = cli(a);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("bankscope-cli plan: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCliPlan::check_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: use the named example
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a verified plan") << QByteArray() << "pylontech-3pack-deye.json" << 0 << "";
    QTest::newRow("a plan made today") << QByteArray() << "victron-gx-2bms.json" << 0 << "";
    QFile f(data("jk-b-2pack-deye.json"));
    f.open(QIODevice::ReadOnly);
    const QByteArray good = f.readAll();
    QTest::newRow("truncated") << good.left(good.size() / 3) << "" << 2 << "is the file truncated?";
    QByteArray wrongType = good;
    wrongType.replace("\"release_notes_checked\": false", "\"release_notes_checked\": \"no\"");
    QTest::newRow("wrong type") << wrongType << "" << 2 << "inverter.release_notes_checked: expected true or false";
    QByteArray unknownModel = good;
    unknownModel.replace("\"model\": \"jk-b\"", "\"model\": \"jk-c\"");
    QTest::newRow("unknown model") << unknownModel << "" << 2 << "batteries[0].model: unknown battery model 'jk-c'";
    QByteArray duplicate = good;
    duplicate.replace("\"address\": 2", "\"address\": 1");
    QTest::newRow("duplicate address") << duplicate << "" << 2 << "packs[1].address: address 1 is also P1's";
}

void TestCliPlan::check()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, example);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = data(example.toUtf8().constData());
    if (!content.isEmpty()) {
        path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = cli({QStringLiteral("plan"), QStringLiteral("--check"), path});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("valid")].toBool(), true);
        QVERIFY(r.err.isEmpty());
        return;
    }
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral("bankscope-cli plan: ") + path + QStringLiteral(": ")), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());

    const Run missing = cli({QStringLiteral("plan"), QStringLiteral("--check"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("cannot read"));
}

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
