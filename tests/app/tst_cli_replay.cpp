// `bankscope-cli replay` and `export-asc` run as real processes on the captures under
// tests/data: the streamed replay ends in the same aggregation as the whole-file path it
// replaced (computed here in-process: parse the whole file, decode, re-apply every message to
// an observer of the packs seen); corrupt lines are named, empty files and non-finite speeds
// refused, long silences announced and skipped; export-asc writes what can-utils' log2asc writes.

#include "aggregator.h"
#include "bankjson.h"
#include "bankobserver.h"
#include "decodepipeline.h"
#include "sessionformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> objects;
    QByteArray err;
};

Run cli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    for (const QByteArray &l : p.readAllStandardOutput().split('\n'))
        if (!l.isEmpty())
            r.objects.append(QJsonDocument::fromJson(l).object());
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QByteArray timeText(qint64 us)
{
    return QByteArray::number(us / 1000000) + '.' + QByteArray::number(us % 1000000).rightJustified(6, '0');
}

// The Pylontech capture (text: "seconds REQ|RSP ~frame") as the recording BankScope's sniffer
// would have made of it: each frame one serial line, CR restored, TX for requests.
QByteArray pylontechSession()
{
    QByteArray out = "# tests/data/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log as a BankScope recording\n";
    const qint64 t0 = 1732440000000000LL;
    for (const QByteArray &raw : readFile(TestData::pylontechCapture()).split('\n')) {
        const QList<QByteArray> t = raw.simplified().split(' ');
        if (t.size() != 3 || t[0].startsWith('#'))
            continue;
        const qint64 us = t0 + qint64(t[0].toDouble() * 1e6 + 0.5);
        out += '(' + timeText(us) + ") ttyUSB0 " + (t[1] == "REQ" ? "TX " : "RX ") + QByteArray(t[2] + '\r').toHex().toUpper() + '\n';
    }
    return out;
}

// Fact sheet example group `label` (pylon-can/factsheet-examples.txt or a labelled frame list)
// as a candump log, 10 ms apart.
QByteArray candumpLog(const QString &file, const QString &label)
{
    QByteArray out;
    qint64 us = 1732440000000000LL;
    for (const auto &[l, frame] : TestData::labelledLines(file)) {
        if (l != label)
            continue;
        const QByteArray id = frame.left(frame.indexOf('#'));
        out += '(' + timeText(us) + ") can0 " + id.rightJustified(3, '0') + frame.mid(frame.indexOf('#')) + '\n';
        us += 10000;
    }
    return out;
}

// A JK-PB master's trigger and pack 3's reply (fact sheet a.7), and a JK-B read-all with its
// answer (b.4), as recordings.
QByteArray jkPbSession()
{
    return "(1732440000.000000) ttyUSB1 TX 031016200001020000CF91\n"
           "(1732440000.038000) ttyUSB1 RX "
        + TestData::hexText(QStringLiteral("jk/jkpb-a7-status-reply.hex")) + '\n';
}

QByteArray jkLegacySession()
{
    return "(1732440000.000000) ttyUSB0 TX 4E5700130000000006030000000000006800000129\n"
           "(1732440000.120000) ttyUSB0 RX "
        + TestData::hexText(QStringLiteral("jk/jkb-b4-read-all.hex")) + '\n';
}

BankConfig autoBank(ProtocolId protocol, QList<int> addresses)
{
    // As replay has always built the bank without a bank file: every address seen is a pack.
    std::sort(addresses.begin(), addresses.end());
    BankConfig c;
    c.architecture = protocol == ProtocolId::JkLegacy ? Architecture::SingleMaster : Architecture::MasterSlave;
    for (int a : addresses) {
        PackConfig p;
        p.id = QStringLiteral("A%1").arg(a);
        p.address = a;
        p.role = c.packs.isEmpty() ? PackRole::Master : PackRole::Slave;
        c.packs.append(p);
    }
    return c;
}

// The whole-file path replay had before it streamed: the whole log parsed, every message kept,
// the packs seen made a bank, every message applied again to one observer.
QJsonObject wholeFileAggregation(const QByteArray &text, ProtocolId protocol)
{
    const auto events = SessionFormat::parseAny(text);
    if (!events)
        return {};
    QMap<QString, std::shared_ptr<DecodePipeline>> pipelines;
    QList<QPair<DecodedMessage, qint64>> messages;
    QList<int> seen;
    qint64 lastUs = 0;
    for (const SessionFormat::Event &e : *events) {
        auto &p = pipelines[e.link];
        if (!p) {
            p = std::make_shared<DecodePipeline>(e.kind == SessionFormat::Kind::Can ? ProtocolId::PylonCan : protocol, BankConfig{}, e.link);
            QObject::connect(p.get(), &DecodePipeline::decoded, [&](const DecodedMessage &m, qint64 at) {
                if (m.foreign || m.undocumented)
                    return; // were failures then: never applied
                messages.append({m, at});
                for (const DecodedPack &pk : m.packs)
                    if (pk.address && !seen.contains(*pk.address))
                        seen.append(*pk.address);
            });
        }
        lastUs = e.timeUs;
        if (e.kind == SessionFormat::Kind::Can)
            p->feedCan(CanFrameData{e.canId, e.data, e.extended, e.remote}, e.timeUs);
        else
            p->feedSerial(e.data, e.timeUs);
    }
    for (const auto &p : std::as_const(pipelines))
        p->flush(lastUs);
    const BankConfig config = autoBank(protocol, seen);
    BankObserver observer(config, QStringLiteral("replay"));
    for (const auto &[m, at] : std::as_const(messages))
        observer.apply(m, at / 1000);
    BankSnapshot snapshot;
    snapshot.config = config;
    for (const PackReading &r : observer.readings())
        snapshot.readings.insert(r.packId, r);
    QJsonObject result = BankJson::toJson(Aggregator::aggregate(snapshot, lastUs / 1000));
    if (observer.hasObserved())
        result.insert(QStringLiteral("observed"), BankJson::viewToJson(observer.observed()));
    // Through text, as the command prints it.
    return QJsonDocument::fromJson(QJsonDocument(result).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestCliReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAggregationAsTheWholeFilePath_data();
    void sameAggregationAsTheWholeFilePath();
    void corruptLinesAreNamedEachOne();
    void emptyFileSaysSo_data();
    void emptyFileSaysSo();
    void speedMustBeAFiniteNumber_data();
    void speedMustBeAFiniteNumber();
    void longSilenceIsAnnounced();
    void longSilenceIsSkippedWhenAsked();
    void exportAscFromEveryFormat_data();
    void exportAscFromEveryFormat();
    void exportAscWritesWhatLog2ascWrites();
    void exportAscRefusals();
};

void TestCliReplay::sameAggregationAsTheWholeFilePath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("inferred"); // what replay infers without --protocol
    const QString examples = QStringLiteral("pylon-can/factsheet-examples.txt");
    QTest::newRow("Pylontech capture (1568 frames)") << pylontechSession() << "pylontech-rs485" << "pylontech-rs485";
    for (const char *label : {"C1", "C2", "C3", "C4"})
        QTest::addRow("fact sheet %s", label) << candumpLog(examples, QString::fromLatin1(label)) << "pylon-can" << "pylon-can";
    QTest::newRow("Pytes V5 on Venus OS") << candumpLog(QStringLiteral("pylon-can/pytes-v5-venus-frames.txt"), QStringLiteral("PY"))
                                          << "pylon-can" << "pylon-can";
    QTest::newRow("REC Q paste") << readFile(TestData::path(QStringLiteral("pylon-can/rec-q-candump-screen.log"))) << "pylon-can" << "pylon-can";
    QTest::newRow("JK-PB master bus") << jkPbSession() << "jk-pb" << "jk-pb";
    QTest::newRow("JK-B read-all") << jkLegacySession() << "jk-legacy" << "jk-legacy";
    for (const char *f : {"logs/candump-screen-ta-x-a.log", "logs/candump-screen-td.log", "logs/savvycan-gvret.csv", "logs/log2asc-c1.asc"})
        QTest::addRow("%s", f) << readFile(TestData::path(QString::fromLatin1(f))) << "pylon-can" << "pylon-can";
}

void TestCliReplay::sameAggregationAsTheWholeFilePath()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, protocol);
    QFETCH(QString, inferred);
    const QJsonObject expected = wholeFileAggregation(text, *ProtocolNames::fromName(protocol));
    QVERIFY(!expected.isEmpty());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("capture.log"), text);
    const Run told = cli({QStringLiteral("replay"), path, QStringLiteral("--protocol"), protocol, QStringLiteral("--fast")});
    QCOMPARE(told.exitCode, 0);
    QCOMPARE(told.objects.last()[QStringLiteral("aggregation")].toObject(), expected);
    // Without --protocol: the same, after a first line saying what was inferred.
    const Run guessed = cli({QStringLiteral("replay"), path, QStringLiteral("--fast")});
    QCOMPARE(guessed.exitCode, 0);
    QCOMPARE(guessed.objects.first()[QStringLiteral("inferred")].toObject()[QStringLiteral("protocol")].toString(), inferred);
    QCOMPARE(guessed.objects.last()[QStringLiteral("aggregation")].toObject(), expected);
    // The statistics line before it adds up.
    const QJsonObject stats = told.objects[told.objects.size() - 2][QStringLiteral("statistics")].toObject();
    QCOMPARE(stats[QStringLiteral("bad_lines")].toInt(), 0);
    QCOMPARE(stats[QStringLiteral("failed")].toInt(), 0);
    QVERIFY(stats[QStringLiteral("decoded")].toInt() > 0);
}

void TestCliReplay::corruptLinesAreNamedEachOne()
{
    // Issue 20: a file with corrupt lines scattered through it names each; the rest plays.
    // Odd hex on lines 3 and 251, no frame at all on 250, a bad id on 777, and the file ends
    // inside a byte on line 1000.
    QByteArray log;
    const QList<int> corrupt{3, 250, 251, 777, 1000};
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray t = '(' + timeText(1732440000000000LL + i * 1000) + ") can0 ";
        if (i == 250)
            log += "this is not a frame\n";
        else if (i == 777)
            log += t + "35G#00\n";
        else if (i == 1000)
            log += t + "355#580";
        else if (corrupt.contains(i))
            log += t + "355#58005E0\n";
        else
            log += t + "355#58005E00\n";
    }
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("replay"), write(dir, QStringLiteral("bad.log"), log), QStringLiteral("--fast")});
    QCOMPARE(r.exitCode, 2);
    QList<int> named;
    int decoded = 0;
    for (const QJsonObject &o : r.objects) {
        if (o.contains(QStringLiteral("error")) && !o.contains(QStringLiteral("protocol")))
            named.append(o[QStringLiteral("line")].toInt());
        decoded += o[QStringLiteral("message")].toString() == QLatin1String("soc-soh") ? 1 : 0;
    }
    QCOMPARE(named, corrupt);
    QCOMPARE(decoded, 995);
    for (int line : corrupt)
        QVERIFY2(r.err.contains(QByteArray(QByteArray("line ") + QByteArray::number(line) + ':')), r.err.constData());
    QVERIFY2(r.err.contains("cut short?"), r.err.constData());
    const QJsonObject stats = r.objects[r.objects.size() - 2][QStringLiteral("statistics")].toObject();
    QCOMPARE(stats[QStringLiteral("bad_lines")].toInt(), 5);
    QCOMPARE(stats[QStringLiteral("events")].toInt(), 995);
    // The picture is still made of what was read.
    QCOMPARE(r.objects.last()[QStringLiteral("aggregation")].toObject()[QStringLiteral("observed")].toObject()[QStringLiteral("soc_pct")]
                 .toObject()[QStringLiteral("value")].toDouble(),
             88.0);
}

void TestCliReplay::emptyFileSaysSo_data()
{
    // Issue 9 section 3: an empty file replayed exited 0 with an aggregation of nulls.
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a header") << QByteArray("# BankScope recording\n");
}

void TestCliReplay::emptyFileSaysSo()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("empty.log"), text);
    for (const QStringList &args : {QStringList{QStringLiteral("replay"), path}, QStringList{QStringLiteral("replay"), path, QStringLiteral("--fast")},
                                    QStringList{QStringLiteral("export-asc"), path, dir.filePath(QStringLiteral("out.asc"))}}) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.objects.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("no frames in ") + path), r.err.constData());
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.asc"))));
}

void TestCliReplay::speedMustBeAFiniteNumber_data()
{
    // Issue 9 section 3: --speed nan passed validation and hung.
    QTest::addColumn<QString>("speed");
    QTest::newRow("nan") << "nan";
    QTest::newRow("inf") << "inf";
    QTest::newRow("-inf") << "-inf";
    QTest::newRow("zero") << "0";
    QTest::newRow("negative") << "-2";
    QTest::newRow("words") << "fast";
}

void TestCliReplay::speedMustBeAFiniteNumber()
{
    QFETCH(QString, speed);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("c1.log"), candumpLog(QStringLiteral("pylon-can/factsheet-examples.txt"), QStringLiteral("C1")));
    const Run r = cli({QStringLiteral("replay"), path, QStringLiteral("--speed"), speed}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.objects.isEmpty());
    QVERIFY2(r.err.contains("--speed needs a number"), r.err.constData());
}

void TestCliReplay::longSilenceIsAnnounced()
{
    // Issue 9 section 3: real-time replay of a log with a 10^6 s gap slept silently. It says so
    // (stderr and a JSON line) before waiting.
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("gap.log"),
                               "(1700000000.000000) can0 351#1402C012C012C201\n"
                               "(1700000000.100000) can0 355#58005E00\n"
                               "(1701000000.100000) can0 356#7A13F2FE6B01\n");
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), {QStringLiteral("replay"), path});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (!err.contains("silent") && t.elapsed() < 15000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    p.kill();
    p.waitForFinished();
    QVERIFY2(err.contains("the recording is silent for 11 d 13 h before line 3"), err.constData());
    QVERIFY2(err.contains("--skip-gaps"), err.constData());
}

void TestCliReplay::longSilenceIsSkippedWhenAsked()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("gap.log"),
                               "(1700000000.000000) can0 351#1402C012C012C201\n"
                               "(1700000000.100000) can0 355#58005E00\n"
                               "(1701000000.100000) can0 356#7A13F2FE6B01\n");
    const Run r = cli({QStringLiteral("replay"), path, QStringLiteral("--skip-gaps"), QStringLiteral("5")}, 15000);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("skipped (--skip-gaps 5)"), r.err.constData());
    bool gapLine = false;
    for (const QJsonObject &o : r.objects)
        gapLine |= o[QStringLiteral("event")].toString() == QLatin1String("gap") && o[QStringLiteral("skipped")].toBool()
            && o[QStringLiteral("line")].toInt() == 3;
    QVERIFY(gapLine);
    const QJsonObject stats = r.objects[r.objects.size() - 2][QStringLiteral("statistics")].toObject();
    QCOMPARE(stats[QStringLiteral("gaps_skipped")].toInt(), 1);
    QCOMPARE(stats[QStringLiteral("events")].toInt(), 3);
    const Run bad = cli({QStringLiteral("replay"), path, QStringLiteral("--skip-gaps"), QStringLiteral("nan")}, 15000);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--skip-gaps needs a number"));
}

void TestCliReplay::exportAscFromEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"logs/candump-screen.log", "logs/candump-screen-tA.log", "logs/candump-screen-ta-x-a.log", "logs/candump-screen-tz.log",
                          "logs/savvycan-gvret.csv", "logs/savvycan-gvret-v1.csv", "logs/log2asc-c1.asc",
                          "pylon-can/shenergy-venus-gx-candump-screen.log"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestCliReplay::exportAscFromEveryFormat()
{
    // Every format in, Vector ASC out, read back to the same frames at the same times.
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString asc = dir.filePath(QStringLiteral("out.asc"));
    const Run r = cli({QStringLiteral("export-asc"), TestData::path(file), asc});
    QCOMPARE(r.exitCode, 0);
    const auto source = SessionFormat::parseAny(readFile(TestData::path(file)));
    QVERIFY(source.ok());
    const auto back = SessionFormat::parseAsc(readFile(asc));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->size(), source->size());
    for (qsizetype i = 0; i < back->size(); ++i) {
        QCOMPARE(back->at(i).canId, source->at(i).canId);
        QCOMPARE(back->at(i).extended, source->at(i).extended);
        QCOMPARE(back->at(i).remote, source->at(i).remote);
        if (!source->at(i).remote)
            QCOMPARE(back->at(i).data, source->at(i).data);
        QCOMPARE(back->at(i).timeUs, source->at(i).timeUs);
    }
}

void TestCliReplay::exportAscWritesWhatLog2ascWrites()
{
    // can-utils' log2asc is the reference converter (DESIGN.md section 6): on the same candump
    // log (2,000 frames of fact sheet traffic and a 29-bit frame), export-asc writes the same
    // frame lines.
    const QString log2asc = QStandardPaths::findExecutable(QStringLiteral("log2asc"));
    QVERIFY2(!log2asc.isEmpty(), "log2asc not found: install can-utils (./dev.sh test does)");
    QByteArray log;
    const auto examples = TestData::labelledLines(QStringLiteral("pylon-can/factsheet-examples.txt"));
    for (int i = 0; i < 2000; ++i) {
        const QByteArray frame = examples[i % examples.size()].second;
        log += '(' + timeText(1700000000000000LL + qint64(i) * 1234) + ") can0 " + frame + '\n';
        if (i % 500 == 0)
            log += '(' + timeText(1700000000000000LL + qint64(i) * 1234 + 1) + ") can0 18FF50E5#0102\n";
    }
    QTemporaryDir dir;
    const QString in = write(dir, QStringLiteral("in.log"), log);
    const QString ours = dir.filePath(QStringLiteral("ours.asc"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.asc"));
    QCOMPARE(cli({QStringLiteral("export-asc"), in, ours}).exitCode, 0);
    QProcess p;
    p.start(log2asc, {QStringLiteral("-I"), in, QStringLiteral("-O"), theirs, QStringLiteral("can0")});
    QVERIFY(p.waitForFinished(30000));
    auto frameLines = [](const QByteArray &text) {
        QList<QByteArray> out;
        for (const QByteArray &l : text.split('\n'))
            if (l.contains(" Rx "))
                out.append(l.trimmed());
        return out;
    };
    const QList<QByteArray> a = frameLines(readFile(ours));
    const QList<QByteArray> b = frameLines(readFile(theirs));
    QCOMPARE(a.size(), 2004);
    QCOMPARE(a, b);
}

void TestCliReplay::exportAscRefusals()
{
    QTemporaryDir dir;
    // Serial traffic only: ASC holds CAN frames.
    const QString serial = write(dir, QStringLiteral("serial.log"), "(1.000000) ttyUSB0 RX 7E3230\n");
    Run r = cli({QStringLiteral("export-asc"), serial, dir.filePath(QStringLiteral("s.asc"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("serial traffic only"), r.err.constData());
    // Mixed: the CAN frames written, the serial events said to be left out.
    const QString mixed = write(dir, QStringLiteral("mixed.log"), "(1.000000) ttyUSB0 RX 7E3230\n(1.100000) can0 355#58005E00\n");
    r = cli({QStringLiteral("export-asc"), mixed, dir.filePath(QStringLiteral("m.asc"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("1 serial event(s) left out"), r.err.constData());
    // Not a log.
    const QString pdf = write(dir, QStringLiteral("x.pdf"), "%PDF-1.4\n1 0 obj\n");
    r = cli({QStringLiteral("export-asc"), pdf, dir.filePath(QStringLiteral("x.asc"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not a log BankScope reads"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_cli_replay.moc"
