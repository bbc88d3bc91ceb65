// Runs the real bankscope-cli bundle on a recording made of the real 2-module Pylontech capture
// (tests/data/pylontech-rs485, origin in its header) with the stack's answers cut out for 100 s,
// and the 3-pack Pylontech plan of tests/data/commissioning. The ZIP is tested with python3's
// zipfile and Info-ZIP's unzip, unpacked, and each file checked: the manifest against the files,
// the plan and recording byte for byte, the firmware table against the plan, the cell snapshot
// against the last answer `bankscope-cli replay` decodes (another path through the decoders), the
// communication loss as events with freeze-frames. Bad input as rows.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {-1, {}, "cannot start " + program.toUtf8()};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(BANKSCOPE_CLI), args);
}

QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString plan3()
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// CSV without quoted commas (what these tables hold): rows of fields, the header first.
QList<QStringList> csv(const QByteArray &text)
{
    QList<QStringList> rows;
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty())
            rows.append(l.split(QLatin1Char(',')));
    }
    return rows;
}

} // namespace

class TestCliBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromARecordingAndAPlan();
    void planOnly();
    void checksByHandFromThePlan();
    void neverOverwritesWithoutForce();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_recording;
};

void TestCliBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!python().isEmpty(), "python3 is needed to read the bundles back");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(), "Info-ZIP unzip is needed (./dev.sh test installs it)");
    // The capture as a BankScope recording (the host's requests sent, the stack's answers
    // received), with every answer between 600 s and 700 s left out: the stack goes silent while
    // the host keeps asking.
    QFile capture(QStringLiteral(BANKSCOPE_TEST_DATA "/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log"));
    QVERIFY(capture.open(QIODevice::ReadOnly));
    QByteArray session = "# made from tests/data/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log, answers from 600 s to 700 s left out\n";
    while (!capture.atEnd()) {
        const QList<QByteArray> cols = capture.readLine().simplified().split(' ');
        if (cols.size() != 3 || cols[0].startsWith('#'))
            continue;
        const double offset = cols[0].toDouble();
        const bool answer = cols[1] != "REQ";
        if (answer && offset >= 600.0 && offset < 700.0)
            continue;
        session += '(' + QByteArray::number(1764590000.0 + offset, 'f', 6) + ") ttyUSB0 " + (answer ? "RX " : "TX ")
            + QByteArray(cols[2] + '\r').toHex().toUpper() + '\n';
    }
    m_recording = m_dir.filePath(QStringLiteral("site.log"));
    QFile s(m_recording);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(session);
}

void TestCliBundle::fromARecordingAndAPlan()
{
    const QString zip = m_dir.filePath(QStringLiteral("support.zip"));
    const Run r = cli({QStringLiteral("bundle"), QStringLiteral("--plan"), plan3(), QStringLiteral("--session"), m_recording, QStringLiteral("--output"), zip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Nothing was sent anywhere."), r.err.constData());

    // Both readers accept it.
    const Run t = run(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), zip});
    QVERIFY2(t.exitCode == 0, QByteArray(t.out + t.err).constData());
    const Run u = run(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-t"), zip});
    QVERIFY2(u.exitCode == 0 && u.out.contains("No errors detected"), u.out.constData());
    const QString out = m_dir.filePath(QStringLiteral("unpacked"));
    const Run e = run(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, out});
    QVERIFY2(e.exitCode == 0, e.err.constData());

    // What it printed, what the manifest lists and what the ZIP holds are the same files.
    const QJsonArray printed = QJsonDocument::fromJson(r.out).object()[QStringLiteral("files")].toArray();
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(out + QStringLiteral("/manifest.json"))).object();
    const QJsonArray listed = manifest[QStringLiteral("files")].toArray();
    QCOMPARE(printed, listed);
    const QStringList expected{QStringLiteral("MANIFEST.txt"), QStringLiteral("manifest.json"), QStringLiteral("plan.json"),
                               QStringLiteral("recordings/site.log"), QStringLiteral("findings.json"), QStringLiteral("events.csv"),
                               QStringLiteral("freeze-frames.csv"), QStringLiteral("firmware.csv"), QStringLiteral("cells.csv"),
                               QStringLiteral("bank.json")};
    QStringList names;
    for (const QJsonValue &v : listed) {
        const QJsonObject f = v.toObject();
        names.append(f[QStringLiteral("name")].toString());
        QVERIFY(!f[QStringLiteral("description")].toString().isEmpty());
        const QFileInfo info(out + QLatin1Char('/') + names.last());
        QVERIFY2(info.isFile(), qPrintable(names.last()));
        if (f.contains(QStringLiteral("size")))
            QCOMPARE(qint64(f[QStringLiteral("size")].toDouble()), info.size());
    }
    QCOMPARE(names, expected);
    QStringList inZip;
    QDir unpacked(out);
    for (const QString &n : unpacked.entryList(QDir::Files))
        inZip.append(n);
    for (const QString &n : QDir(out + QStringLiteral("/recordings")).entryList(QDir::Files))
        inZip.append(QStringLiteral("recordings/") + n);
    QCOMPARE(inZip.size(), expected.size());
    QCOMPARE(manifest[QStringLiteral("format")].toString(), QStringLiteral("bankscope-support-bundle"));
    QVERIFY(manifest[QStringLiteral("generator")].toString().startsWith(QLatin1String("BankScope ")));
    QVERIFY(!manifest[QStringLiteral("machine")].toObject()[QStringLiteral("os")].toString().isEmpty());
    // No user or host name: only what the plan holds identifies anyone.
    const QByteArray words = readAll(out + QStringLiteral("/MANIFEST.txt")) + readAll(out + QStringLiteral("/manifest.json"));
    const QString user = qEnvironmentVariable("USER");
    if (user.size() > 2)
        QVERIFY(!words.contains(user.toUtf8()));
    QVERIFY(!words.contains(QSysInfo::machineHostName().toUtf8()) || QSysInfo::machineHostName().size() < 3);

    // The plan and the recording, byte for byte.
    QCOMPARE(readAll(out + QStringLiteral("/plan.json")), readAll(plan3()));
    QCOMPARE(QCryptographicHash::hash(readAll(out + QStringLiteral("/recordings/site.log")), QCryptographicHash::Sha256),
             QCryptographicHash::hash(readAll(m_recording), QCryptographicHash::Sha256));

    // The firmware table: the recording's packs by address, matched to the plan's with its serial
    // numbers and firmware; the plan's third pack, never heard, after them.
    const QList<QStringList> fw = csv(readAll(out + QStringLiteral("/firmware.csv")));
    QCOMPARE(fw.value(0), (QStringList{QStringLiteral("pack"), QStringLiteral("model"), QStringLiteral("address"), QStringLiteral("role"),
                                       QStringLiteral("plan_pack"), QStringLiteral("matched_by"), QStringLiteral("serial"),
                                       QStringLiteral("firmware_reported"), QStringLiteral("firmware_in_plan"), QStringLiteral("link")}));
    QCOMPARE(fw.size(), 4);
    const QJsonArray planPacks = QJsonDocument::fromJson(readAll(plan3())).object()[QStringLiteral("packs")].toArray();
    for (int i = 0; i < 3; ++i) {
        const QJsonObject p = planPacks[i].toObject();
        const QStringList row = fw[i + 1];
        QCOMPARE(row[2], QString::number(p[QStringLiteral("address")].toInt()));
        QCOMPARE(row[4], p[QStringLiteral("id")].toString());
        QCOMPARE(row[6], p[QStringLiteral("serial")].toString());
        QCOMPARE(row[8], p[QStringLiteral("firmware")].toString());
        QCOMPARE(row[7], QString()); // the capture reads no firmware: nothing is invented
    }
    QCOMPARE(fw[1][0], QStringLiteral("A2"));
    QCOMPARE(fw[1][5], QStringLiteral("address"));
    QCOMPARE(fw[3][0], QStringLiteral("P3"));
    QCOMPARE(fw[3][5], QString()); // not heard in the recording

    // The cell snapshot: the last answer of the recording, as `bankscope-cli replay` decodes it.
    const Run replay = cli({QStringLiteral("replay"), m_recording, QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("--fast")});
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QHash<int, QList<int>> last;
    for (const QByteArray &line : replay.out.split('\n')) {
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        for (const QJsonValue &pv : m[QStringLiteral("packs")].toArray()) {
            const QJsonObject p = pv.toObject();
            if (!p.contains(QStringLiteral("cells_mV")))
                continue;
            QList<int> cells;
            for (const QJsonValue &c : p[QStringLiteral("cells_mV")].toArray())
                cells.append(c.toInt());
            last[p[QStringLiteral("address")].toInt()] = cells;
        }
    }
    QCOMPARE(last.size(), 2);
    QHash<int, QList<int>> snapshot;
    const QList<QStringList> cells = csv(readAll(out + QStringLiteral("/cells.csv")));
    QCOMPARE(cells.value(0), (QStringList{QStringLiteral("pack"), QStringLiteral("address"), QStringLiteral("time_utc"), QStringLiteral("link"),
                                          QStringLiteral("protocol"), QStringLiteral("cell"), QStringLiteral("mV")}));
    for (qsizetype i = 1; i < cells.size(); ++i) {
        QList<int> &list = snapshot[cells[i][1].toInt()];
        QCOMPARE(cells[i][5].toInt(), int(list.size()) + 1);
        list.append(cells[i][6].toInt());
        QCOMPARE(cells[i][4], QStringLiteral("pylontech-rs485"));
        QVERIFY(cells[i][2].startsWith(QLatin1String("2025-12-01T12:"))); // the recording's time, not today's
    }
    QCOMPARE(snapshot[2], last[2]);
    QCOMPARE(snapshot[3], last[3]);
    QCOMPARE(snapshot[2].size(), 15);

    // The 100 s without answers: each pack's communication loss, raised and cleared in the
    // recording's time, with a freeze-frame of the moment before and the moment it appeared.
    const QJsonObject findings = QJsonDocument::fromJson(readAll(out + QStringLiteral("/findings.json"))).object();
    const QJsonArray events = findings[QStringLiteral("events")].toArray();
    QStringList lost;
    for (const QJsonValue &v : events) {
        const QJsonObject ev = v.toObject();
        if (ev[QStringLiteral("type")].toString() != QLatin1String("communication-lost"))
            continue;
        lost.append(ev[QStringLiteral("subject")].toString());
        const QDateTime raised = QDateTime::fromString(ev[QStringLiteral("raised_utc")].toString(), Qt::ISODateWithMs);
        const QDateTime cleared = QDateTime::fromString(ev[QStringLiteral("cleared_utc")].toString(), Qt::ISODateWithMs);
        const double from = double(raised.toMSecsSinceEpoch()) / 1000.0 - 1764590000.0;
        const double to = double(cleared.toMSecsSinceEpoch()) / 1000.0 - 1764590000.0;
        QVERIFY2(from > 600.0 && from < 620.0, qPrintable(QString::number(from)));
        QVERIFY2(to >= 700.0 && to < 705.0, qPrintable(QString::number(to)));
        QVERIFY(ev[QStringLiteral("freeze_frame")].isDouble());
        bool found = false;
        for (const QJsonValue &fv : findings[QStringLiteral("freeze_frames")].toArray()) {
            const QJsonObject frame = fv.toObject();
            if (frame[QStringLiteral("id")] != ev[QStringLiteral("freeze_frame")])
                continue;
            found = true;
            bool conditionChanged = false;
            for (const QJsonValue &row : frame[QStringLiteral("rows")].toArray()) {
                const QJsonObject ro = row.toObject();
                if (ro[QStringLiteral("subject")] == ev[QStringLiteral("subject")] && ro[QStringLiteral("quantity")].toString() == QLatin1String("condition"))
                    conditionChanged = ro[QStringLiteral("before")].toString() == QLatin1String("online") && ro[QStringLiteral("at")].toString() != QLatin1String("online");
            }
            QVERIFY(conditionChanged);
        }
        QVERIFY(found);
    }
    lost.sort();
    QCOMPARE(lost, (QStringList{QStringLiteral("A2"), QStringLiteral("A3")}));
    const QByteArray eventsCsv = readAll(out + QStringLiteral("/events.csv"));
    QCOMPARE(eventsCsv.count("communication-lost"), 2);
    QVERIFY(readAll(out + QStringLiteral("/freeze-frames.csv")).contains(",A2,cell_1_mV,"));

    // The bank: what the inverter should see, from the last readings.
    const QJsonObject bank = QJsonDocument::fromJson(readAll(out + QStringLiteral("/bank.json"))).object();
    QCOMPARE(bank[QStringLiteral("architecture")].toString(), QStringLiteral("master-slave"));
    QCOMPARE(bank[QStringLiteral("packs")].toArray().size(), 2);
    QVERIFY(bank[QStringLiteral("aggregation")].toObject().contains(QStringLiteral("findings")));
}

void TestCliBundle::planOnly()
{
    // A plan alone: the plan and its firmware table, and the manifest saying there are no readings.
    const QString zip = m_dir.filePath(QStringLiteral("plan-only.zip"));
    const Run r = cli({QStringLiteral("bundle"), QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), zip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("files")].toArray())
        names.append(v.toObject()[QStringLiteral("name")].toString());
    QCOMPARE(names, (QStringList{QStringLiteral("MANIFEST.txt"), QStringLiteral("manifest.json"), QStringLiteral("plan.json"), QStringLiteral("firmware.csv")}));
    const Run l = run(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-p"), zip, QStringLiteral("MANIFEST.txt")});
    QVERIFY(l.out.contains("No readings"));
    const Run fw = run(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-p"), zip, QStringLiteral("firmware.csv")});
    QCOMPARE(csv(fw.out).size(), 4);
    QVERIFY(fw.out.contains("P1,Pylontech"));
    QVERIFY(fw.out.contains(",HPTCR03171112590,,V1.7,"));
}

void TestCliBundle::checksByHandFromThePlan()
{
    // The diagnosis assistant saved its checks by hand into the plan: the bundle lists them as a
    // file of their own (what was found, the note, the time), and says so in its manifest.
    QJsonObject plan = QJsonDocument::fromJson(readAll(plan3())).object();
    plan.insert(QStringLiteral("version"), 2);
    plan.insert(QStringLiteral("diagnosis_checks"),
                QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("leds")}, {QStringLiteral("done"), true},
                                       {QStringLiteral("outcome"), QStringLiteral("off")}, {QStringLiteral("note"), QStringLiteral("P1 dark, P2 and P3 RUN")},
                                       {QStringLiteral("at"), QStringLiteral("2026-12-01T02:10:00Z")}},
                           QJsonObject{{QStringLiteral("check"), QStringLiteral("wake"), }, {QStringLiteral("done"), false},
                                       {QStringLiteral("note"), QStringLiteral("button out of reach")}, {QStringLiteral("at"), QStringLiteral("2026-12-01T02:12:00Z")}}});
    const QString planPath = m_dir.filePath(QStringLiteral("plan-with-checks.json"));
    QFile f(planPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(plan).toJson());
    f.close();
    const QString zip = m_dir.filePath(QStringLiteral("checks.zip"));
    const Run r = cli({QStringLiteral("bundle"), QStringLiteral("--plan"), planPath, QStringLiteral("-o"), zip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("files")].toArray())
        names.append(v.toObject()[QStringLiteral("name")].toString());
    QVERIFY2(names.contains(QStringLiteral("checks-by-hand.json")), qPrintable(names.join(QLatin1Char(' '))));
    const Run manifest = run(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-p"), zip, QStringLiteral("MANIFEST.txt")});
    QVERIFY2(manifest.out.contains("checks-by-hand.json"), manifest.out.constData());
    const Run checks = run(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-p"), zip, QStringLiteral("checks-by-hand.json")});
    QCOMPARE(checks.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(checks.out).object()[QStringLiteral("found_by_hand")].toArray();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0][QStringLiteral("check")].toString(), QStringLiteral("leds"));
    QCOMPARE(found[0][QStringLiteral("outcome")].toString(), QStringLiteral("off"));
    QCOMPARE(found[0][QStringLiteral("note")].toString(), QStringLiteral("P1 dark, P2 and P3 RUN"));
    QCOMPARE(found[0][QStringLiteral("at")].toString(), QStringLiteral("2026-12-01T02:10:00Z"));
    QCOMPARE(found[1][QStringLiteral("done")].toBool(), false);
    QCOMPARE(found[1][QStringLiteral("note")].toString(), QStringLiteral("button out of reach"));
    // A plan without checks by hand gives no such file (planOnly lists the files exactly).
}

void TestCliBundle::neverOverwritesWithoutForce()
{
    const QString zip = m_dir.filePath(QStringLiteral("kept.zip"));
    QFile f(zip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("someone's file");
    f.close();
    const Run refused = cli({QStringLiteral("bundle"), QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), zip});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("already exists; --force replaces it"), refused.err.constData());
    QCOMPARE(readAll(zip), QByteArray("someone's file"));
    const Run forced = cli({QStringLiteral("bundle"), QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), zip, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(readAll(zip).startsWith("PK\x03\x04"));
}

void TestCliBundle::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QDir::temp().filePath(QStringLiteral("bankscope-bundle-never-written.zip"));
    QFile::remove(out);
    // Files of bad content, in the test's own directory (made in the test function).
    QTest::newRow("nothing") << QStringList{} << "--output FILE.zip (or -o) is required";
    QTest::newRow("no output") << QStringList{QStringLiteral("--plan"), plan3()} << "--output FILE.zip (or -o) is required";
    QTest::newRow("not a zip") << QStringList{QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), QStringLiteral("out.tar")} << "--output names a .zip file";
    QTest::newRow("no plan, no recording") << QStringList{QStringLiteral("-o"), out} << "give a plan (--plan PLAN.json), a recording (--session FILE) or both";
    QTest::newRow("plan missing") << QStringList{QStringLiteral("--plan"), QStringLiteral("/nonexistent/plan.json"), QStringLiteral("-o"), out}
                                  << "cannot read /nonexistent/plan.json";
    QTest::newRow("recording missing") << QStringList{QStringLiteral("--session"), QStringLiteral("/nonexistent/site.log"), QStringLiteral("-o"), out}
                                       << "cannot read /nonexistent/site.log: no such file";
    QTest::newRow("recording is a folder") << QStringList{QStringLiteral("--session"), QDir::tempPath(), QStringLiteral("-o"), out}
                                           << "not a readable file";
    QTest::newRow("plan is not a plan") << QStringList{QStringLiteral("--plan"), QStringLiteral("@garbage"), QStringLiteral("-o"), out} << "garbage.json";
    QTest::newRow("recording is not a recording") << QStringList{QStringLiteral("--session"), QStringLiteral("@binary"), QStringLiteral("-o"), out}
                                                  << "binary.log";
    QTest::newRow("empty recording") << QStringList{QStringLiteral("--session"), QStringLiteral("@empty"), QStringLiteral("-o"), out} << "empty.log";
    QTest::newRow("folder of the output missing") << QStringList{QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/b.zip")}
                                                  << "cannot write /nonexistent/dir/b.zip";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--plan"), plan3(), QStringLiteral("--send-to"), QStringLiteral("vendor"), QStringLiteral("-o"), out}
                                    << "unknown option '--send-to'";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra"), QStringLiteral("--plan"), plan3(), QStringLiteral("-o"), out}
                                    << "unexpected argument 'extra'";
}

void TestCliBundle::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // "@name": a bad file made here.
    for (QString &a : arguments) {
        if (!a.startsWith(QLatin1Char('@')))
            continue;
        const QString kind = a.mid(1);
        a = m_dir.filePath(kind == QLatin1String("garbage") ? QStringLiteral("garbage.json") : kind + QStringLiteral(".log"));
        QFile f(a);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("garbage"))
            f.write("{\"version\": 1, \"packs\": \"not a list\"");
        else if (kind == QLatin1String("binary"))
            f.write(QByteArray(70000, '\0'));
    }
    const Run r = cli(QStringList{QStringLiteral("bundle")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY2(r.err.startsWith("bankscope-cli bundle: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one sentence
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("bankscope-bundle-never-written.zip"))));
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"
