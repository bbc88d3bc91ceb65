// bankscope-cli verify end to end, as real processes: the bank played by bankscope-sim on a
// pseudo-terminal (RS485) or on virtualcan (a Victron GX-style CAN bank, with bankscope-sim --gx as
// the GX), the plan made by bankscope-cli plan, and verify's JSON lines read back and checked
// finding by finding (check, code, subject, status, and the measured values where they decide).
// Beside a polling inverter (bankscope-sim --inverter on the same RS485 wire, joined through a
// PtyBus) the scan must be passive whatever the role asked for: not one byte from verify, and the
// addresses the inverter does not poll are "not polled", never "missing". Bad plan files and bad
// options: exit 2 with one sentence naming the field. Every run starts in initTestCase, at once,
// so the real 10 s listen window is waited through once; the rows then judge what each run said.

#include "clirun.h"
#include "ptybus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char *const kHealthy = R"({"name": "three healthy US3000C", "protocol": "pylontech-rs485", "baud": 115200, "seed": 3,
  "packs": [{"id": "P1", "address": 2, "model": "US3000C", "soc_pct": 80}, {"id": "P2", "address": 3, "model": "US3000C", "soc_pct": 80},
            {"id": "P3", "address": 4, "model": "US3000C", "soc_pct": 80}], "load": [[0, -20]]})";

QByteArray withFault(const char *fault)
{
    QByteArray s(kHealthy);
    s.chop(1);
    return s + R"(, "faults": [)" + fault + "]}";
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &l : bytes.split('\n'))
        if (!l.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(l).object());
    return out;
}

// "check|code|subject|status[,status]" ("*" matches anything).
bool matches(const QJsonObject &f, const QString &spec)
{
    const QStringList p = spec.split(QLatin1Char('|'));
    auto ok = [](const QString &want, const QString &have) { return want == QLatin1String("*") || want == have; };
    const QStringList statuses = p.value(3).split(QLatin1Char(','));
    return ok(p.value(0), f[QStringLiteral("check")].toString()) && ok(p.value(1), f[QStringLiteral("code")].toString())
           && ok(p.value(2), f[QStringLiteral("subject")].toString())
           && (p.value(3) == QLatin1String("*") || statuses.contains(f[QStringLiteral("status")].toString()));
}

const QJsonObject *find(const QList<QJsonObject> &findings, const QString &spec)
{
    for (const QJsonObject &f : findings)
        if (matches(f, spec))
            return &f;
    return nullptr;
}

QString dump(const QList<QJsonObject> &findings)
{
    QStringList lines;
    for (const QJsonObject &f : findings)
        lines.append(QStringLiteral("%1|%2|%3|%4  %5").arg(f[QStringLiteral("check")].toString(), f[QStringLiteral("code")].toString(),
                                                         f[QStringLiteral("subject")].toString(), f[QStringLiteral("status")].toString(),
                                                         f[QStringLiteral("text")].toString()));
    return lines.join(QLatin1Char('\n'));
}

struct Run
{
    QString name;
    std::unique_ptr<PtyBus> bus; // beside an inverter: 0 bank, 1 inverter, 2 verify
    QProcess bank;
    QProcess peer; // the inverter or the GX
    QProcess verify;
    QByteArray out;
    QByteArray err;
    qint64 sentByVerify = -1;
};

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findings_data();
    void findings();
    void besideAPollingInverterNothingIsSent_data();
    void besideAPollingInverterNothingIsSent();
    void badPlanOrOptions_data();
    void badPlanOrOptions();

private:
    QString plan(bool serials) const { return m_dir.filePath(serials ? QStringLiteral("p3.json") : QStringLiteral("p3-no-serials.json")); }
    QString scenario(const QString &name, const QByteArray &json);
    Run *startSerial(const QString &name, const QByteArray &scenarioJson, const QString &planPath, bool inverter, const QStringList &extra);
    Run *startCan(const QString &name, const QString &scenarioPath, int interfaceIndex);
    Run *run(const QString &name) const;

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Run>> m_runs;
};

QString TestCliVerify::scenario(const QString &name, const QByteArray &json)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".scenario.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(json);
    return path;
}

Run *TestCliVerify::startSerial(const QString &name, const QByteArray &scenarioJson, const QString &planPath, bool inverter, const QStringList &extra)
{
    auto r = std::make_unique<Run>();
    r->name = name;
    const QString file = scenarioJson.startsWith('{') ? scenario(QString(name).replace(QLatin1Char(' '), QLatin1Char('-')), scenarioJson)
                                                      : QString::fromUtf8(scenarioJson);
    QString port;
    if (inverter) {
        // Bank, inverter and verify on one wire.
        r->bus = std::make_unique<PtyBus>(3);
        r->bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), file, QStringLiteral("--serial"), r->bus->path(0)});
        r->peer.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--inverter"), QStringLiteral("--serial"), r->bus->path(1),
                                                      QStringLiteral("--baud"), QStringLiteral("115200")});
        port = r->bus->path(2);
    } else {
        r->bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), file, QStringLiteral("--pty")});
        r->bank.waitForStarted();
        QDeadlineTimer deadline(10000);
        while (!r->bank.canReadLine() && !deadline.hasExpired())
            r->bank.waitForReadyRead(100);
        port = QString::fromUtf8(r->bank.readLine()).trimmed();
    }
    r->verify.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("verify"), QStringLiteral("--plan"), planPath,
                                                               QStringLiteral("--serial"), port, QStringLiteral("--duration"), QStringLiteral("8")}
                                                       + extra);
    m_runs.push_back(std::move(r));
    return m_runs.back().get();
}

Run *TestCliVerify::startCan(const QString &name, const QString &scenarioPath, int interfaceIndex)
{
    auto r = std::make_unique<Run>();
    r->name = name;
    r->bank.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    r->bank.waitForStarted();
    QTest::qWait(500);
    r->peer.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--gx"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    r->verify.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("verify"), QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("gx.json")),
                                                    QStringLiteral("--can"), QStringLiteral("virtualcan:can%1").arg(interfaceIndex),
                                                    QStringLiteral("--duration"), QStringLiteral("12")});
    m_runs.push_back(std::move(r));
    return m_runs.back().get();
}

Run *TestCliVerify::run(const QString &name) const
{
    for (const auto &r : m_runs)
        if (r->name == name)
            return r.get();
    return nullptr;
}

void TestCliVerify::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The plans, as an installer makes them; the Pylontech one then with the serial numbers the
    // simulated modules report (what the installer copies from each unit's label).
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("plan"), QStringLiteral("--battery"), QStringLiteral("pylontech-us3000c:3"),
                                            QStringLiteral("--inverter"), QStringLiteral("deye-sun-sg"), QStringLiteral("--inverter-firmware"),
                                            QStringLiteral("MAIN 1.0.2"), QStringLiteral("--release-notes-checked"), QStringLiteral("-o"),
                                            plan(false)});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(plan(false));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray packs = json[QStringLiteral("packs")].toArray();
    QCOMPARE(packs.size(), 3);
    for (int i = 0; i < packs.size(); ++i) {
        QJsonObject pack = packs[i].toObject();
        QCOMPARE(pack[QStringLiteral("address")].toInt(), 2 + i);
        pack[QStringLiteral("serial")] = QStringLiteral("HPTBS0%1").arg(2 + i, 10, 10, QLatin1Char('0'));
        packs[i] = pack;
    }
    json[QStringLiteral("packs")] = packs;
    QFile w(plan(true));
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write(QJsonDocument(json).toJson());
    w.close();
    p.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("plan"), QStringLiteral("--battery"), QStringLiteral("can-bms-victron:2"),
                                            QStringLiteral("--inverter"), QStringLiteral("victron-gx"), QStringLiteral("-o"),
                                            m_dir.filePath(QStringLiteral("gx.json"))});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);

    const QString scenarios = QStringLiteral(BANKSCOPE_SCENARIOS);
    startSerial(QStringLiteral("healthy 3-pack"), kHealthy, plan(true), false, {});
    startSerial(QStringLiteral("packs at different SOC, firmware mismatch"), (scenarios + QStringLiteral("/commissioning-pylontech-3pack.json")).toUtf8(),
                plan(true), false, {});
    startSerial(QStringLiteral("duplicate address"), withFault(R"({"at_s": 0, "type": "duplicate-address", "pack": "P2"})"), plan(true), false, {});
    startSerial(QStringLiteral("missing pack"), withFault(R"({"at_s": 0, "type": "slave-offline", "pack": "P3"})"), plan(true), false, {});
    startSerial(QStringLiteral("no serial numbers in the plan"), kHealthy, plan(false), false, {});
    startSerial(QStringLiteral("beside a polling inverter, auto"), kHealthy, plan(true), true, {});
    startSerial(QStringLiteral("beside a polling inverter, --poll"), kHealthy, plan(true), true, {QStringLiteral("--poll")});
    // The listen window (10 s) and 8 s of evidence, all runs at once.
    for (const auto &r : m_runs) {
        QDeadlineTimer deadline(90000);
        while (r->verify.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        r->out = r->verify.readAllStandardOutput();
        r->err = r->verify.readAllStandardError();
        if (r->bus)
            r->sentByVerify = r->bus->written(2);
    }
    for (const auto &r : m_runs) {
        r->peer.kill();
        r->bank.kill();
        r->peer.waitForFinished();
        r->bank.waitForFinished();
    }
    // The CAN runs, one after the other on the machine-wide virtualcan buses.
    for (const auto &[name, file, index] : {std::tuple{"Victron GX bank, listen only", "victron-gx-2pack.json", 0},
                                            std::tuple{"Victron GX bank, a second BMS on P2's port", "commissioning-victron-gx-two-bms-on-one-port.json", 1}}) {
        Run *r = startCan(QString::fromLatin1(name), scenarios + QLatin1Char('/') + QLatin1String(file), index);
        QDeadlineTimer deadline(60000);
        while (r->verify.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        r->out = r->verify.readAllStandardOutput();
        r->err = r->verify.readAllStandardError();
        r->peer.kill();
        r->bank.kill();
        r->peer.waitForFinished();
        r->bank.waitForFinished();
    }
}

void TestCliVerify::cleanupTestCase()
{
    for (const auto &r : m_runs)
        for (QProcess *p : {&r->verify, &r->peer, &r->bank}) {
            p->kill();
            p->waitForFinished();
        }
}

void TestCliVerify::findings_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // findings that must be there
    QTest::addColumn<QStringList>("absent");   // findings that must not

    // No pre-parallel result ever passes or fails here: no US3000C figure is documented.
    const QString noVerdict = QStringLiteral("pre-parallel-*");
    QTest::newRow("healthy 3-pack") << 0
        << QStringList{QStringLiteral("bus-scan|present|P1|pass"), QStringLiteral("bus-scan|present|P2|pass"), QStringLiteral("bus-scan|present|P3|pass"),
                       QStringLiteral("two-masters|no-other-master|*|pass"), QStringLiteral("protocol-speed|protocol-speed-ok|*|pass"),
                       QStringLiteral("firmware-match|firmware-same|Pylontech US3000C|pass"),
                       QStringLiteral("pre-parallel-soc|spread-no-maker-figure|bank|info"),
                       QStringLiteral("pre-parallel-voltage|spread-no-maker-figure|bank|info")}
        << QStringList{QStringLiteral("*|*|*|fail"), noVerdict};
    QTest::newRow("packs at different SOC, firmware mismatch") << 0
        << QStringList{QStringLiteral("bus-scan|present|P3|pass"), QStringLiteral("firmware-match|firmware-differs|Pylontech US3000C|warning"),
                       QStringLiteral("pre-parallel-soc|spread-no-maker-figure|bank|info")}
        << QStringList{QStringLiteral("*|*|*|fail"), QStringLiteral("firmware-match|firmware-same|*|*"), noVerdict};
    QTest::newRow("duplicate address") << 1
        << QStringList{QStringLiteral("bus-scan|present|P1|pass"), QStringLiteral("bus-scan|garbled-only|P2|fail"),
                       QStringLiteral("bus-scan|present|P3|pass")}
        << QStringList{QStringLiteral("bus-scan|present|P2|*"), QStringLiteral("bus-scan|missing|P2|*"), noVerdict};
    QTest::newRow("missing pack") << 1
        << QStringList{QStringLiteral("bus-scan|present|P1|pass"), QStringLiteral("bus-scan|missing|P3|fail"),
                       QStringLiteral("pre-parallel-soc|reading-unmatched|P3|not-measured")}
        << QStringList{QStringLiteral("bus-scan|present|P3|*"), noVerdict};
    QTest::newRow("no serial numbers in the plan") << 0
        << QStringList{QStringLiteral("bus-scan|present|P1|pass"), QStringLiteral("pre-parallel-soc|serial-not-recorded|P1|not-measured"),
                       QStringLiteral("pre-parallel-soc|spread-not-measured|bank|not-measured")}
        << QStringList{QStringLiteral("*|*|*|fail"), QStringLiteral("pre-parallel-soc|spread-*|bank|info")};
    // The inverter polls the master at 0x02 only: the modules behind it cannot be judged from a
    // passive scan, and are never called missing.
    for (const char *name : {"beside a polling inverter, auto", "beside a polling inverter, --poll"})
        QTest::newRow(name) << 0
            << QStringList{QStringLiteral("bus-scan|present|P1|pass"), QStringLiteral("bus-scan|not-polled|P2|not-measured"),
                           QStringLiteral("bus-scan|not-polled|P3|not-measured"), QStringLiteral("two-masters|one-master|*|pass")}
            << QStringList{QStringLiteral("bus-scan|missing*|*|*"), QStringLiteral("*|*|*|fail"), QStringLiteral("two-masters|no-other-master|*|*")};
    QTest::newRow("Victron GX bank, listen only") << 0
        << QStringList{QStringLiteral("protocol-speed|protocol-speed-ok|*|pass"), QStringLiteral("two-masters|one-master|*|pass"),
                       QStringLiteral("inverter-acceptance|frame-ok|0x351|pass"), QStringLiteral("inverter-acceptance|keepalive-ok|0x305|pass")}
        << QStringList{QStringLiteral("*|*|*|fail"), QStringLiteral("bus-scan|*|*|*")};
    QTest::newRow("Victron GX bank, a second BMS on P2's port") << 1
        << QStringList{QStringLiteral("two-masters|two-masters|*|fail")}
        << QStringList{QStringLiteral("two-masters|one-master|*|*")};
}

void TestCliVerify::findings()
{
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const Run *r = run(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(r);
    QVERIFY2(r->verify.state() == QProcess::NotRunning, "verify did not finish");
    const QList<QJsonObject> findings = jsonLines(r->out);
    const QString said = dump(findings) + QStringLiteral("\n--- stderr:\n") + QString::fromUtf8(r->err);
    QVERIFY2(!findings.isEmpty(), qPrintable(said));
    QCOMPARE(r->verify.exitCode(), exitCode);

    // Every line is one finding with its words and its verdict.
    for (const QJsonObject &f : findings) {
        for (const char *key : {"check", "code", "status", "severity", "confidence", "subject", "text", "next_step"})
            QVERIFY2(!f[QLatin1String(key)].toString().isEmpty(), qPrintable(QStringLiteral("no %1 in %2").arg(QLatin1String(key), dump({f}))));
        QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warning"), QStringLiteral("not-measured"),
                             QStringLiteral("info")})
                    .contains(f[QStringLiteral("status")].toString()));
        QVERIFY(f[QStringLiteral("args")].isArray());
    }
    for (const QString &spec : expected)
        QVERIFY2(find(findings, spec), qPrintable(QStringLiteral("missing %1 in\n%2").arg(spec, said)));
    for (const QString &spec : absent) {
        QString pattern = spec;
        // "pre-parallel-*": any pre-parallel result that passes or fails.
        if (spec == QLatin1String("pre-parallel-*")) {
            for (const QJsonObject &f : findings)
                if (f[QStringLiteral("check")].toString().startsWith(QLatin1String("pre-parallel")))
                    QVERIFY2(f[QStringLiteral("status")].toString() != QLatin1String("pass") && f[QStringLiteral("status")].toString() != QLatin1String("fail"),
                             qPrintable(dump({f})));
            continue;
        }
        for (const QJsonObject &f : findings) {
            QStringList p = spec.split(QLatin1Char('|'));
            // A trailing '*' in a code matches its prefix ("missing*": missing, missing-polled-by-master).
            if (p.value(1).endsWith(QLatin1Char('*')) && p.value(1).size() > 1
                && f[QStringLiteral("code")].toString().startsWith(p.value(1).chopped(1))) {
                p[1] = QStringLiteral("*");
            }
            QVERIFY2(!matches(f, p.join(QLatin1Char('|'))), qPrintable(QStringLiteral("unexpected %1:\n%2").arg(spec, dump({f}))));
        }
    }

    // What the numbers say, where a row is about them.
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("healthy 3-pack") || tag == QLatin1String("packs at different SOC, firmware mismatch")) {
        const QJsonObject soc = *find(findings, QStringLiteral("pre-parallel-soc|spread-no-maker-figure|bank|info"));
        const double spread = soc[QStringLiteral("measured")].toDouble();
        // 80/80/80 % against 82/80/64 % (the scenario's): measured and shown, never judged.
        QVERIFY2(tag.startsWith(QLatin1String("healthy")) ? spread < 2.0 : spread > 10.0, qPrintable(dump({soc})));
        QVERIFY(!soc.contains(QStringLiteral("limit")));
        QCOMPARE(soc[QStringLiteral("unit")].toString(), QStringLiteral("%"));
        QCOMPARE(soc[QStringLiteral("confidence")].toString(), QStringLiteral("uncertain"));
        // The second-hand 2 % is shown beside the measurement, marked as not a maker figure.
        QVERIFY2(soc[QStringLiteral("text")].toString().contains(QLatin1String("not a maker figure")), qPrintable(dump({soc})));
        // The voltage: no source gives any figure for these modules, and the line says so.
        const QJsonObject volts = *find(findings, QStringLiteral("pre-parallel-voltage|spread-no-maker-figure|bank|info"));
        QVERIFY2(volts[QStringLiteral("text")].toString().contains(QLatin1String("no maker figure"), Qt::CaseInsensitive), qPrintable(dump({volts})));
        QVERIFY(!volts.contains(QStringLiteral("limit")));
    }
    if (tag.startsWith(QLatin1String("beside"))) {
        QCOMPARE(r->sentByVerify, 0); // not one byte on the inverter's bus
        QVERIFY2(r->err.contains("another master polls"), r->err.constData());
    }
    if (tag == QLatin1String("beside a polling inverter, --poll"))
        QVERIFY2(r->err.contains("the scan is passive"), r->err.constData());
    if (tag.startsWith(QLatin1String("Victron"))) {
        QVERIFY2(r->err.contains("CAN links only listen"), r->err.constData());
        const QJsonObject *masters = find(findings, QStringLiteral("two-masters|*|*|*"));
        QVERIFY(masters);
        // The BMS names as they are on the wire (0x370).
        QVERIFY2(masters->value(QStringLiteral("text")).toString().contains(QLatin1String("LFP")), qPrintable(dump({*masters})));
    }
    // Progress on stderr while it gathers.
    QVERIFY2(r->err.contains("gathering evidence for"), r->err.constData());
}

void TestCliVerify::besideAPollingInverterNothingIsSent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("auto") << QStringLiteral("beside a polling inverter, auto");
    QTest::newRow("--poll") << QStringLiteral("beside a polling inverter, --poll");
}

void TestCliVerify::besideAPollingInverterNothingIsSent()
{
    QFETCH(QString, name);
    const Run *r = run(name);
    QVERIFY(r);
    // The inverter's requests reached verify (it decoded them), and verify wrote nothing back.
    QVERIFY2(r->err.contains("polls 0x02"), r->err.constData());
    QCOMPARE(r->sentByVerify, 0);
}

void TestCliVerify::badPlanOrOptions_data()
{
    QTest::addColumn<QByteArray>("planContent"); // empty: no file at that path
    QTest::addColumn<QStringList>("args");       // PLAN stands for the plan's path
    QTest::addColumn<QString>("message");

    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/jk-b-2pack-deye.json"));
    f.open(QIODevice::ReadOnly);
    const QByteArray good = f.readAll();
    const QStringList link{QStringLiteral("--plan"), QStringLiteral("PLAN"), QStringLiteral("--serial"), QStringLiteral("/dev/null-no-such-port")};
    QTest::newRow("missing plan file") << QByteArray() << link << "cannot read";
    QTest::newRow("truncated plan") << good.left(good.size() / 3) << link << "is the file truncated?";
    QByteArray wrongType = good;
    wrongType.replace("\"release_notes_checked\": false", "\"release_notes_checked\": \"no\"");
    QTest::newRow("wrong type") << wrongType << link << "inverter.release_notes_checked: expected true or false";
    QByteArray unknownModel = good;
    unknownModel.replace("\"model\": \"jk-b\"", "\"model\": \"jk-c\"");
    QTest::newRow("unknown model") << unknownModel << link << "batteries[0].model: unknown battery model 'jk-c'";
    QTest::newRow("no link") << good << QStringList{QStringLiteral("--plan"), QStringLiteral("PLAN")} << "usage: verify --plan";
    QTest::newRow("no plan") << good << QStringList{QStringLiteral("--serial"), QStringLiteral("/dev/null")} << "usage: verify --plan";
    QTest::newRow("two links") << good << link + QStringList{QStringLiteral("--can"), QStringLiteral("virtualcan:can0")} << "usage: verify --plan";
    QTest::newRow("--poll on CAN") << good
                                   << QStringList{QStringLiteral("--plan"), QStringLiteral("PLAN"), QStringLiteral("--can"), QStringLiteral("virtualcan:can0"),
                                                  QStringLiteral("--poll")}
                                   << "CAN links only listen";
    QTest::newRow("a CAN protocol on RS485") << good << link + QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can")}
                                             << "pylon-can is a CAN protocol";
    QTest::newRow("unknown option") << good << link + QStringList{QStringLiteral("--fix-it")} << "unknown option '--fix-it'";
    QTest::newRow("bad duration") << good << link + QStringList{QStringLiteral("--duration"), QStringLiteral("soon")} << "--duration needs a number";
    QTest::newRow("a port that is not there") << good << link << "null-no-such-port";
}

void TestCliVerify::badPlanOrOptions()
{
    QFETCH(QByteArray, planContent);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    if (!planContent.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(planContent);
    }
    args.replaceInStrings(QStringLiteral("PLAN"), path);
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("verify")} + args);
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardOutput().isEmpty(), "a finding printed for bad input");
    QVERIFY2(err.startsWith("bankscope-cli verify: "), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
