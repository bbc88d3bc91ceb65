// Every file reader and every decoder of the programs given empty, truncated, huge (one 100 MB
// line), binary and hostile input, through the programs a user runs (bankscope-cli,
// bankscope-sim, bankscope): each ends with exit status 2 and a plain sentence on stderr (no
// crash, no abort text), within the deadline (no hang), in bounded memory (peak resident set
// under kMaxRssMb whatever the input's size: nothing reads a 100 MB line whole). The settings
// file and the catalogue, which no command line reads, are checked in-process: the settings file
// is set aside with a notice, the catalogue reports problems.

#include "appsettings.h"
#include "catalogue.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "measuredrun.h"
#include "pylontechframe.h"
#include "sessionformat.h"
#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr double kMaxRssMb = 96.0;    // bankscope-cli and -sim run in ~15-25 MB; a 100 MB line read whole would not fit
constexpr double kMaxGuiRssMb = 160.0; // the window with its fonts and pages
constexpr qint64 kHugeBytes = 100LL * 1024 * 1024;
constexpr int kTimeoutMs = 120000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A file of `prefix`, then `size` bytes of 'A' on one line, then `suffix`, written in 1 MB pieces.
bool writeHuge(const QString &path, const QByteArray &prefix, qint64 size, const QByteArray &suffix)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(prefix);
    const QByteArray chunk(1 << 20, 'A');
    for (qint64 done = 0; done < size; done += chunk.size())
        if (f.write(chunk.constData(), std::min<qint64>(chunk.size(), size - done)) < 0)
            return false;
    f.write(suffix);
    return true;
}

// Cut inside a line, a few bytes after its start: within the time stamp or the first field,
// where no reader can take the rest for a shorter valid line (a recording's line cut in its
// data is still a valid line with fewer bytes).
QByteArray cut(const QByteArray &bytes, double fraction)
{
    const qsizetype nl = bytes.lastIndexOf('\n', qsizetype(double(bytes.size()) * fraction));
    return bytes.left(nl + 1 + 5);
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programs_data();
    void programs();
    void settingsFile_data();
    void settingsFile();
    void catalogue_data();
    void catalogue();

private:
    QString in(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_validLog;
    QString m_validPlan;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(in(QStringLiteral("empty")), {}));
    // One line of 100 MB, no line end; and the same inside a JSON string.
    QVERIFY(writeHuge(in(QStringLiteral("huge-line")), {}, kHugeBytes, {}));
    QVERIFY(writeHuge(in(QStringLiteral("huge-json")), R"({"name": ")", kHugeBytes, "\"}\n"));
    QVERIFY(writeHuge(in(QStringLiteral("huge-frame")), "(1732440000.000000) can0 351#", kHugeBytes, "\n"));
    // 1 MB of random bytes (NULs, CRs, invalid UTF-8), the same every run.
    QRandomGenerator rng(15);
    QByteArray binary(1 << 20, '\0');
    for (char &c : binary)
        c = char(rng.bounded(256));
    QVERIFY(writeFile(in(QStringLiteral("binary")), binary));

    // A valid recording: Pylontech RS485 both ways and Pylon CAN, as the recorder writes it.
    QByteArray log = "# bankscope recording\n";
    SessionFormat::Event e;
    const QList<QByteArray> serial = TestData::pylontechCapture().isEmpty() ? QList<QByteArray>() : readFile(TestData::pylontechCapture()).split('\n');
    qint64 t = 1732440000000000LL;
    for (int i = 0; i < 400; ++i) {
        e.timeUs = (t += 1700);
        if (i % 2) {
            e.kind = SessionFormat::Kind::Can;
            e.link = QStringLiteral("can0");
            e.canId = 0x351 + quint32(i % 6);
            e.data = QByteArray::fromHex("1402C012C012C201");
        } else {
            e.kind = i % 4 ? SessionFormat::Kind::SerialRx : SessionFormat::Kind::SerialTx;
            e.link = QStringLiteral("ttyUSB0");
            e.data = "~20024642E00202FD33\r";
        }
        SessionFormat::appendLine(log, e);
    }
    m_validLog = in(QStringLiteral("valid.log"));
    QVERIFY(writeFile(m_validLog, log));
    QVERIFY(writeFile(in(QStringLiteral("truncated-session")), cut(log, 0.6)));
    const QByteArray asc = readFile(TestData::path(QStringLiteral("logs/log2asc-c1.asc")));
    QVERIFY(!asc.isEmpty());
    QVERIFY(writeFile(in(QStringLiteral("truncated-asc")), cut(asc, 0.7)));
    QVERIFY(writeFile(in(QStringLiteral("truncated-screen")), cut(readFile(TestData::path(QStringLiteral("logs/candump-screen-ta.log"))), 0.5)));
    QVERIFY(writeFile(in(QStringLiteral("truncated-csv")), cut(readFile(TestData::path(QStringLiteral("logs/savvycan-gvret.csv"))), 0.5)));

    // Hostile logs: each line wrong in another way a corrupted or crafted file can be.
    const QByteArray bad = "(1732440000.000001) can0 351#1402C012C012C201\n"
                           "(1e400) can0 351#00\n"
                           "(-1.000000) can0 351#00\n"
                           "(99999999999999999999.000000) can0 351#00\n"
                           "(1732440000.000002) can0 FFFFFFFFFFFFFFFF#00\n"
                           "(1732440000.000003) can0 351#" + QByteArray(4096, 'F') + "\n"
                           "(1732440000.000004) can0 351#R99\n"
                           "(1732440000.000005) can0 351#0\n"
                           "(1732440000.000006) ttyUSB0 RX ABC\n"
                           "(1732440000.000007) ttyUSB0 TX ZZ\n"
                           "(1732440000.000008) " + QByteArray(60000, 'x') + " RX 00\n"
                           "(1732440000.000009) \xff\xfe\x00\x01 351#00\n"
                           "(1732440000.000010) can0 351#00\r\r\r\n"
                           "(1732440000.000011)\n"
                           "(1.000000) can0 351#00\n"
                           "\x00\x00\x00\x00\n";
    QVERIFY(writeFile(in(QStringLiteral("hostile-candump")), bad));
    QVERIFY(writeFile(in(QStringLiteral("hostile-asc")), "date Tue Nov 24 09:40:00.000 am 2026\nbase hex  timestamps absolute\n"
                                                         "Begin Triggerblock Tue Nov 24 09:40:00.000 am 2026\n"
                                                         "   0.001000 1  351             Rx   d 15 14 02 C0 12 C0 12 C2 01\n"
                                                         "   0.002000 1  351             Rx   d -1\n"
                                                         "   1e308 1  351             Rx   d 8 14 02 C0 12 C0 12 C2 01\n"
                                                         "   0.003000 1  FFFFFFFFFF      Rx   d 1 00\n"
                                                         "   0.004000 99999999999 351 Rx d 1 GG\n"
                                                         "   nan 1  351             Rx   d 1 00\n"));
    QVERIFY(writeFile(in(QStringLiteral("hostile-screen")), "  can0  351   [8]  14 02 C0 12\n"
                                                            "  can0  351   [99]  14\n"
                                                            "(2023-13-45 25:61:61.100000)  can0  351   [1]  00\n"
                                                            "  can0  FFFFFFFFF   [1]  00\n"));
    QVERIFY(writeFile(in(QStringLiteral("hostile-csv")), "Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8\n"
                                                         "39747828,000005EB,false,Rx,0,99,E8,03,00,00,00,00,00,00,\n"
                                                         "-1,000005EB,maybe,Rx,0,8,E8,03,00,00,00,00,00,00,\n"
                                                         "99999999999999999999999,FFFFFFFFFF,true,Rx,0,1,00,\n" + QByteArray(20000, ',') + "\n"));

    // JSON readers: truncated valid documents, and hostile ones.
    const QByteArray bank = readFile(TestData::path(QStringLiteral("aggregate/reference-bank.json")));
    QVERIFY(!bank.isEmpty());
    QVERIFY(writeFile(in(QStringLiteral("truncated-bank")), bank.left(bank.size() / 2)));
    m_validPlan = TestData::path(QStringLiteral("commissioning/pylontech-3pack-deye.json"));
    const QByteArray plan = readFile(m_validPlan);
    QVERIFY(!plan.isEmpty());
    QVERIFY(writeFile(in(QStringLiteral("truncated-plan")), plan.left(plan.size() * 2 / 3)));
    const QByteArray scenario = readFile(QStringLiteral(BANKSCOPE_SOURCE_DIR "/resources/scenarios/pylontech-4pack-healthy.json"));
    QVERIFY(!scenario.isEmpty());
    QVERIFY(writeFile(in(QStringLiteral("truncated-scenario")), scenario.left(scenario.size() / 2)));
    QVERIFY(writeFile(in(QStringLiteral("hostile-deep")), QByteArray(200000, '[') + QByteArray(200000, ']')));
    QVERIFY(writeFile(in(QStringLiteral("hostile-values")),
                      R"({"name": "x\u0000y", "packs": [{"id": "P1", "address": 1e999, "capacity_Ah": -1e308, "soc_pct": "NaN",
                          "cells": 4294967296, "readings": {"soc_pct": 1e999}}], "architecture": 7, "load": [[1e308, 1e308]],
                          "faults": [{"at_s": -1, "type": "master-dies"}], "format": "bankscope-plan", "version": 99999999999})"));
    QByteArray many = R"({"name": "many", "packs": [)";
    for (int i = 0; i < 100000; ++i)
        many += i ? R"(, {"id": "P", "address": 2})" : R"({"id": "P", "address": 2})";
    many += "]}";
    QVERIFY(writeFile(in(QStringLiteral("hostile-many")), many));
    QVERIFY(writeFile(in(QStringLiteral("hostile-types")), R"([1, "two", null, true, {"packs": {"P1": []}}])"));

    // Decoders: frames that pass the framing (right checksums, right CRCs) with contents no BMS
    // sends, and lines that are not frames.
    PylontechFrame pf;
    pf.cid2 = 0x00;
    pf.info = QByteArray(2000, '\xFF'); // LENID near its 4095-character maximum, all 0xFF
    QByteArray pylontech = PylontechFrameCodec::encode(pf) + "\n";
    pf.info = QByteArray::fromHex("1102"); // an analog-values answer cut after two bytes
    pylontech += PylontechFrameCodec::encode(pf) + "\n";
    pf.cid2 = 0x90;
    pf.info.clear();
    pylontech += PylontechFrameCodec::encode(pf) + "\n~" + QByteArray(70000, '2') + "\r\n~20024642E00202FD3\n~\n\r\n";
    QVERIFY(writeFile(in(QStringLiteral("hostile-pylontech-rs485")), pylontech));
    JkPb::ReadResponse rr;
    rr.data = QByteArray(250, '\xFF');
    QByteArray jk = JkPb::encodeRtu(rr).toHex() + "\n" + JkPb::encodeRtu(JkPb::Exception{1, 0x03, 0xFF}).toHex() + "\n";
    jk += "01 03\n" + QByteArray(70000, 'F') + "\nzz\n55AA" + QByteArray(600, '0') + "\n";
    QVERIFY(writeFile(in(QStringLiteral("hostile-jk-modbus")), jk));
    QVERIFY(writeFile(in(QStringLiteral("hostile-jk-pb")), jk));
    JkLegacy::Frame lf;
    lf.type = 1;
    lf.info = QByteArray(1000, '\x79');
    QVERIFY(writeFile(in(QStringLiteral("hostile-jk-legacy")), JkLegacy::encode(lf).toHex() + "\n4E57FFFF\n" + jk));
    QVERIFY(writeFile(in(QStringLiteral("hostile-pylon-can")), "351#" + QByteArray(64, 'F') + "\nFFFFFFFF#00\n351#R\n#\n351#1\n"
                                                               "35E#" + QByteArray(16, '0') + "\n" + QByteArray(70000, '#') + "\n"));
}

void TestHostileInput::programs_data()
{
    QTest::addColumn<QStringList>("argv");   // %IN the input, %OUT an output file
    QTest::addColumn<QString>("input");      // file name in the temporary folder
    QTest::addColumn<bool>("asStdin");
    QTest::addColumn<double>("maxRssMb");

    const QString cli = QStringLiteral(BANKSCOPE_CLI);
    const QString sim = QStringLiteral(BANKSCOPE_SIM);
    const QString gui = QStringLiteral(BANKSCOPE_GUI);
    const QStringList logInputs{QStringLiteral("empty"), QStringLiteral("huge-line"), QStringLiteral("huge-frame"), QStringLiteral("binary"),
                                QStringLiteral("truncated-session"), QStringLiteral("truncated-asc"), QStringLiteral("truncated-screen"),
                                QStringLiteral("truncated-csv"), QStringLiteral("hostile-candump"), QStringLiteral("hostile-asc"),
                                QStringLiteral("hostile-screen"), QStringLiteral("hostile-csv")};
    // The log readers: decode, replay and export-asc (candump logs, recordings, screen output,
    // SavvyCAN CSV, Vector ASC, told apart by content), and the recording a report reads.
    const QList<std::pair<const char *, QStringList>> logReaders{
        {"decode --file", {cli, QStringLiteral("decode"), QStringLiteral("--file"), QStringLiteral("%IN")}},
        {"replay --fast", {cli, QStringLiteral("replay"), QStringLiteral("%IN"), QStringLiteral("--fast")}},
        {"replay --protocol", {cli, QStringLiteral("replay"), QStringLiteral("%IN"), QStringLiteral("--fast"), QStringLiteral("--protocol"),
                               QStringLiteral("pylontech-rs485")}},
        {"export-asc", {cli, QStringLiteral("export-asc"), QStringLiteral("%IN"), QStringLiteral("%OUT")}},
        {"report --session", {cli, QStringLiteral("report"), QStringLiteral("--plan"), m_validPlan, QStringLiteral("--session"),
                              QStringLiteral("%IN"), QStringLiteral("-o"), QStringLiteral("%OUT.html")}},
    };
    for (const auto &[name, argv] : logReaders)
        for (const QString &input : logInputs)
            QTest::addRow("%s: %s", name, qPrintable(input)) << argv << input << false << kMaxRssMb;

    // The JSON readers: bank (aggregate, --bank of the link commands), plan, scenario.
    QStringList jsonInputs{QStringLiteral("empty"),        QStringLiteral("huge-line"),    QStringLiteral("huge-json"),
                           QStringLiteral("binary"),       QStringLiteral("hostile-deep"), QStringLiteral("hostile-values"),
                           QStringLiteral("hostile-many"), QStringLiteral("hostile-types")};
    const QList<std::tuple<const char *, QStringList, const char *, double>> jsonReaders{
        {"aggregate", {cli, QStringLiteral("aggregate"), QStringLiteral("%IN")}, "truncated-bank", kMaxRssMb},
        {"replay --bank", {cli, QStringLiteral("replay"), m_validLog, QStringLiteral("--fast"), QStringLiteral("--bank"), QStringLiteral("%IN")},
         "truncated-bank", kMaxRssMb},
        {"monitor --bank", {cli, QStringLiteral("monitor"), QStringLiteral("--serial"), QStringLiteral("/dev/null-bankscope"), QStringLiteral("--protocol"),
                            QStringLiteral("pylontech-rs485"), QStringLiteral("--bank"), QStringLiteral("%IN")},
         "truncated-bank", kMaxRssMb},
        {"plan --check", {cli, QStringLiteral("plan"), QStringLiteral("--check"), QStringLiteral("%IN")}, "truncated-plan", kMaxRssMb},
        {"report --plan", {cli, QStringLiteral("report"), QStringLiteral("--plan"), QStringLiteral("%IN"), QStringLiteral("-o"), QStringLiteral("%OUT.pdf")},
         "truncated-plan", kMaxRssMb},
        {"bankscope-sim --scenario", {sim, QStringLiteral("--scenario"), QStringLiteral("%IN"), QStringLiteral("--pty")}, "truncated-scenario", kMaxRssMb},
        {"bankscope --scenario", {gui, QStringLiteral("--scenario"), QStringLiteral("%IN"), QStringLiteral("--screenshot"), QStringLiteral("%OUT.png")},
         "truncated-scenario", kMaxGuiRssMb},
    };
    for (const auto &[name, argv, truncated, rss] : jsonReaders)
        for (const QString &input : jsonInputs + QStringList{QString::fromLatin1(truncated)})
            QTest::addRow("%s: %s", name, qPrintable(input)) << argv << input << false << rss;
    // Standard input read as one document (aggregate -): the same cap.
    for (const QString &input : {QStringLiteral("huge-json"), QStringLiteral("binary")})
        QTest::addRow("aggregate -: %s", qPrintable(input)) << QStringList{cli, QStringLiteral("aggregate"), QStringLiteral("-")} << input << true
                                                           << kMaxRssMb;

    // Every decoder, on standard input as a pipe of lines would give it.
    for (const char *protocol : {"pylontech-rs485", "pylon-can", "jk-modbus", "jk-pb", "jk-legacy"})
        for (const QString &input : {QStringLiteral("empty"), QStringLiteral("huge-line"), QStringLiteral("binary"),
                                     QString(QStringLiteral("hostile-") + QLatin1String(protocol))})
            QTest::addRow("decode --protocol %s: %s", protocol, qPrintable(input))
                << QStringList{cli, QStringLiteral("decode"), QStringLiteral("--protocol"), QLatin1String(protocol), QStringLiteral("-")} << input
                << true << kMaxRssMb;
}

void TestHostileInput::programs()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, input);
    QFETCH(bool, asStdin);
    QFETCH(double, maxRssMb);
    const QString path = in(input);
    const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"))));
    for (QString &a : argv) {
        a.replace(QLatin1String("%IN"), path);
        a.replace(QLatin1String("%OUT"), out);
    }
    const MeasuredRun r = Measured::run(argv, asStdin ? path : QString(), kTimeoutMs);
    QVERIFY2(r.started, qPrintable(argv.first()));
    QVERIFY2(!r.timedOut, qPrintable(QStringLiteral("hung: ") + r.describe()));
    QVERIFY2(!r.crashed(), qPrintable(QStringLiteral("crashed: ") + r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("expected exit 2 (bad input): ") + r.describe()));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(!err.trimmed().isEmpty(), "no error said on stderr");
    for (const char *never : {"terminate called", "bad_alloc", "Segmentation", "ASSERT", "Aborted"})
        QVERIFY2(!err.contains(QLatin1String(never)), qPrintable(r.describe()));
    QVERIFY2(r.maxRssMb() < maxRssMb, qPrintable(QStringLiteral("memory not bounded: ") + r.describe()));
}

// The window's settings file: anything that is not a settings file BankScope wrote is set aside
// with one sentence, and defaults are used; nothing of it is trusted piecemeal.
void TestHostileInput::settingsFile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("setAside");
    QTest::newRow("empty") << QStringLiteral("empty") << false; // no settings yet: defaults, nothing to say
    QTest::newRow("huge-line") << QStringLiteral("huge-line") << true;
    QTest::newRow("binary") << QStringLiteral("binary") << true;
    QTest::newRow("hostile-values") << QStringLiteral("settings-hostile") << true;
    QTest::newRow("truncated") << QStringLiteral("settings-truncated") << true;
}

void TestHostileInput::settingsFile()
{
    QFETCH(QString, input);
    QFETCH(bool, setAside);
    if (input.startsWith(QLatin1String("settings-"))) {
        // Written by AppSettings itself, then broken the way a crash or a hand edit breaks it.
        const QString valid = m_dir.filePath(QStringLiteral("settings-valid.conf"));
        {
            AppSettings s(valid);
            s.setWindowLanguage(QStringLiteral("fr"));
            s.setPlanFolder(QStringLiteral("/home/tech/plans"));
            s.addRecentFile(QStringLiteral("/home/tech/site.log"));
            SessionSource stick;
            stick.kind = SessionSource::Kind::Serial;
            stick.device = QStringLiteral("/dev/ttyUSB0");
            stick.identity = QStringLiteral("usb-1a86");
            stick.protocol = ProtocolId::PylontechRs485;
            stick.speed = 9600;
            SessionPlan plan;
            plan.sources.append(stick);
            s.setLastConnection(plan);
            s.sync();
        }
        const QByteArray text = readFile(valid);
        QVERIFY(text.contains("fr"));
        if (input == QLatin1String("settings-truncated")) {
            QVERIFY(writeFile(in(input), text.left(text.indexOf("planFolder") + 5) + "\n[General\nwindowLanguage=@ByteArray(\n"));
        } else {
            QVERIFY(writeFile(in(input), "[General]\nwindowLanguage=" + QByteArray(100000, 'x') + "\nrecentFiles=" + QByteArray(50000, ',')
                                             + "\nlastConnection=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\xff\\xff\\xff\\xff)\nwindowGeometry=@ByteArray("
                                             + QByteArray(200000, 'G') + ")\n"));
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    QVERIFY(QFile::copy(in(input), path));
    QElapsedTimer t;
    t.start();
    AppSettings s(path);
    QVERIFY2(t.elapsed() < 10000, "reading the settings took more than 10 s");
    if (setAside) {
        QVERIFY2(!s.notice().isEmpty(), "a broken settings file must be set aside with a notice");
        QVERIFY(!QFile::exists(path) || QFileInfo(path).size() < 4096);
    }
    // Defaults, whatever was in the file.
    QVERIFY(s.windowLanguage().size() <= AppSettings::maxTextLength);
    QVERIFY(s.recentFiles().size() <= AppSettings::maxRecentFiles);
    QVERIFY(s.windowGeometry().size() <= AppSettings::maxStateBytes);
    if (setAside)
        QVERIFY(!s.lastConnection().has_value());
}

// The catalogue is compiled in (no command reads a catalogue file), so its reader is checked
// here on bytes: each of its three documents broken in turn gives problems, never a crash, and
// whatever loads is complete.
void TestHostileInput::catalogue_data()
{
    QTest::addColumn<int>("document"); // 0 sources, 1 batteries, 2 inverters
    QTest::addColumn<QString>("input");
    for (int d = 0; d < 3; ++d)
        for (const char *input : {"empty", "binary", "hostile-deep", "hostile-values", "hostile-many", "hostile-types", "truncated"})
            QTest::addRow("%s: %s", d == 0 ? "sources" : d == 1 ? "batteries" : "inverters", input) << d << QString::fromLatin1(input);
}

void TestHostileInput::catalogue()
{
    QFETCH(int, document);
    QFETCH(QString, input);
    QList<QByteArray> docs;
    for (const char *name : {":/catalogue/sources.json", ":/catalogue/batteries.json", ":/catalogue/inverters.json"}) {
        QFile f(QString::fromLatin1(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        docs.append(f.readAll());
    }
    docs[document] = input == QLatin1String("truncated") ? docs[document].left(docs[document].size() / 2) : readFile(in(input));
    QElapsedTimer t;
    t.start();
    const Catalogue c = Catalogue::fromJson(docs[0], docs[1], docs[2]);
    QVERIFY(t.elapsed() < 10000);
    QVERIFY2(!c.problems().isEmpty(), "a broken catalogue document must be reported");
    for (const BatteryModel &b : c.batteries()) {
        QVERIFY(!b.id.isEmpty());
        QVERIFY(!b.cells.sources.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_rel_hostile.moc"
