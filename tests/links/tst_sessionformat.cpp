#include "linereader.h"
#include "logreader.h"
#include "sessionformat.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include "testdata.h"

using namespace SessionFormat;

class TestSessionFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesRoundTrip_data();
    void linesRoundTrip();
    void candumpLogOfCanUtils();
    void strictLog_data();
    void strictLog();
    void ascRoundTrip();
    void ascRefusesSerial();
    void ascRefusesWhatItCannotReadBack();
    void strictAsc_data();
    void strictAsc();
    void logFormats_data();
    void logFormats();
    void screenOutputExtras();
    void deltaAndZeroStamps();
    void strictFormats_data();
    void strictFormats();
    void ascWriterWritesWhatLog2ascWrites();
    void lineReader_data();
    void lineReader();
    void endlessInputStaysBounded_data();
    void endlessInputStaysBounded();
    void logReaderNamesEveryBadLine();
    void pastedPromptsArePassedOverAndCounted();
};

namespace {

// The C1 frames (fact sheet, setfirelabs.com) every log fixture under tests/data/logs/ carries.
const QList<QPair<quint32, QByteArray>> kC1{{0x351, QByteArray::fromHex("1402C012C012C201")}, {0x355, QByteArray::fromHex("58005E00")},
                                            {0x356, QByteArray::fromHex("7A13F2FE6B01")},     {0x359, QByteArray::fromHex("0000000006504E")},
                                            {0x35C, QByteArray::fromHex("C000")},             {0x35E, QByteArray::fromHex("50594C4F4E202020")}};

QByteArray fixture(const QString &relativePath)
{
    QFile f(TestData::path(relativePath));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A device that never ends: `yes` or /dev/zero on standard input.
class EndlessDevice : public QIODevice
{
public:
    explicit EndlessDevice(QByteArray pattern) : m_pattern(std::move(pattern)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 served() const { return m_served; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (qint64 i = 0; i < maxSize; ++i)
            data[i] = m_pattern[(m_served + i) % m_pattern.size()];
        m_served += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pattern;
    qint64 m_served = 0;
};

} // namespace

void TestSessionFormat::linesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("can") << QByteArray("(1732440000.123456) can0 351#1402C012C012C201");
    QTest::newRow("can empty") << QByteArray("(1732440000.000001) can0 305#");
    QTest::newRow("can extended") << QByteArray("(1732440000.500000) vcan0 18FF50E5#0102");
    QTest::newRow("can remote") << QByteArray("(1732440001.000000) can0 351#R");
    QTest::newRow("serial rx") << QByteArray("(1732440000.000100) ttyUSB0 RX 7E3230303234363432453030324646464430390D");
    QTest::newRow("serial tx") << QByteArray("(1732440000.000200) ttyUSB0 TX 0D");
}

void TestSessionFormat::linesRoundTrip()
{
    QFETCH(QByteArray, line);
    const auto e = parseLine(line);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error()));
    QCOMPARE(formatLine(*e), line);
}

void TestSessionFormat::candumpLogOfCanUtils()
{
    // `candump -l` writes exactly this; lower-case hex is accepted.
    const QByteArray log = "(1700000000.100000) can0 351#1402C012C012C201\n(1700000000.200000) can0 355#58005e00\n";
    const auto events = parseLog(log);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(1).canId, quint32(0x355));
    QCOMPARE(events->at(1).data, QByteArray::fromHex("58005E00"));
    QCOMPARE(events->at(1).timeUs, 1700000000200000);
}

void TestSessionFormat::strictLog_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray good = "(1.000000) can0 351#00\n";
    QTest::newRow("bad time") << good + "(1,5) can0 351#00\n" << 2 << "bad time stamp";
    QTest::newRow("time beyond 64 bits") << QByteArray("(17324400000000.3) can0 351#00\n") << 1 << "bad time stamp"; // fuzz finding: overflow
    QTest::newRow("time backwards") << "(2.0) can0 351#00\n" + good << 2 << "backwards";
    QTest::newRow("bad hex") << "# header\n" + good + "(2.0) can0 351#0G\n" << 3 << "hex bytes";
    QTest::newRow("nine bytes") << QByteArray("(2.0) can0 351#000000000000000000\n") << 1 << "0 to 8";
    QTest::newRow("bad id width") << QByteArray("(2.0) can0 51#00\n") << 1 << "3 (standard) or 8";
    QTest::newRow("standard id too big") << QByteArray("(2.0) can0 FFF#00\n") << 1 << "out of range";
    QTest::newRow("fd") << QByteArray("(2.0) can0 351##100\n") << 1 << "FD";
    QTest::newRow("bad direction") << QByteArray("(2.0) ttyUSB0 IN 00\n") << 1 << "RX or TX";
    QTest::newRow("cut line") << good + "(3.0) can0\n" << 2 << "fields";
}

void TestSessionFormat::strictLog()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto r = parseLog(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, line);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(QStringLiteral("line %1: ").arg(line)));
}

void TestSessionFormat::ascRoundTrip()
{
    QList<Event> events;
    events.append(*parseLine("(1732440000.000000) can0 351#1402C012C012C201"));
    events.append(*parseLine("(1732440000.012345) can0 355#58005E00"));
    events.append(*parseLine("(1732440001.500000) can1 18FF50E5#0102"));
    const auto asc = toAsc(events);
    QVERIFY(asc.ok());
    QVERIFY(asc->contains("Begin Triggerblock"));
    QVERIFY(asc->contains("   0.012345 1  355             Rx   d 4 58 00 5E 00"));
    const auto back = parseAsc(*asc);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back, events);
}

void TestSessionFormat::ascRefusesSerial()
{
    QList<Event> events{*parseLine("(1.0) ttyUSB0 RX 00")};
    QVERIFY(!toAsc(events).ok());
}

void TestSessionFormat::ascRefusesWhatItCannotReadBack()
{
    // Found by fuzz_logreader (tests/fuzz/regressions/logreader/asc-time-beyond-reader.log): a
    // candump time ~1.7e12 s after the first frame was written as ASC and could not be read back.
    AscWriter writer;
    QByteArray out;
    QString error;
    QVERIFY(writer.append(*parseLine("(1100000000.100000) can0 351#1402C012C012C201"), out, error));
    QVERIFY(!writer.append(*parseLine("(1700000000000.000000) can0 351#1402C012C012C201"), out, error));
    QVERIFY(error.contains(QLatin1String("Vector ASC")));
    QVERIFY(writer.append(*parseLine("(1100000001.000000) can0 355#58005E00"), out, error));
    writer.finish(out);
    const auto back = parseAsc(out);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->size(), 2);
}

void TestSessionFormat::strictAsc_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head = "date Sun Nov 24 09:40:00.000 am 2024\nbase hex  timestamps absolute\nBegin Triggerblock\n";
    QTest::newRow("no end") << head + "   0.1 1  351 Rx d 1 00\n" << 5 << "End TriggerBlock";
    QTest::newRow("dlc mismatch") << head + "   0.1 1  351 Rx d 4 00 01\nEnd TriggerBlock\n" << 4 << "DLC 4 but 2";
    QTest::newRow("time beyond 64 bits") << head + "   5.5e33 1  351 Rx d 0\nEnd TriggerBlock\n" << 4 << "bad time"; // fuzz finding: overflow
    QTest::newRow("bad byte") << head + "   0.1 1  351 Rx d 1 0G\nEnd TriggerBlock\n" << 4 << "bad data byte";
    QTest::newRow("bad id") << head + "   0.1 1  ZZZ Rx d 0\nEnd TriggerBlock\n" << 4 << "bad CAN ID";
    // A file with a trigger block keeps its events inside (log2asc's files have none: readAsc).
    QTest::newRow("after the block") << head + "End TriggerBlock\n   0.1 1  351 Rx d 0\n" << 5 << "outside";
    QTest::newRow("bad base") << QByteArray("base oct\n") << 1 << "hex or dec";
}

void TestSessionFormat::strictAsc()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto r = parseAsc(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, line);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestSessionFormat::logFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("time");
    QTest::addColumn<qint64>("firstUs");
    QTest::addColumn<qint64>("lastUs");
    using F = LogFormat;
    using T = TimeBase;
    QTest::newRow("candump screen") << "logs/candump-screen.log" << int(F::CandumpScreen) << int(T::None) << qint64(0) << qint64(0);
    QTest::newRow("candump -t a") << "logs/candump-screen-ta.log" << int(F::CandumpScreen) << int(T::Absolute)
                                  << qint64(1700000000100000) << qint64(1700000000600000);
    QTest::newRow("candump -t A (UTC)") << "logs/candump-screen-tA.log" << int(F::CandumpScreen) << int(T::Date)
                                        << qint64(1700000000100000) << qint64(1700000000600000);
    QTest::newRow("candump -t d") << "logs/candump-screen-td.log" << int(F::CandumpScreen) << int(T::Delta) << qint64(0) << qint64(1000230);
    QTest::newRow("candump -t z") << "logs/candump-screen-tz.log" << int(F::CandumpScreen) << int(T::Zero) << qint64(0) << qint64(1000230);
    QTest::newRow("candump -t a -x -a") << "logs/candump-screen-ta-x-a.log" << int(F::CandumpScreen) << int(T::Absolute)
                                        << qint64(1700000000100000) << qint64(1700000000600000);
    QTest::newRow("SavvyCAN GVRET") << "logs/savvycan-gvret.csv" << int(F::SavvyCsv) << int(T::Absolute) << qint64(1700000000100000)
                                    << qint64(1700000000600000);
    QTest::newRow("SavvyCAN GVRET v1") << "logs/savvycan-gvret-v1.csv" << int(F::SavvyCsv) << int(T::Absolute) << qint64(166064000)
                                       << qint64(166564000);
    QTest::newRow("log2asc, no trigger block") << "logs/log2asc-c1.asc" << int(F::VectorAsc) << int(T::Absolute)
                                               << qint64(1700000000000000) << qint64(1700000000500000);
}

void TestSessionFormat::logFormats()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, time);
    QFETCH(qint64, firstUs);
    QFETCH(qint64, lastUs);
    const QByteArray text = fixture(file);
    QVERIFY(!text.isEmpty());
    const Detection d = detect(text.split('\n'));
    QCOMPARE(int(d.format), format);
    QCOMPARE(int(d.time), time);
    const auto events = parseAny(text);
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().toString()));
    // Every C1 frame, in order, with its bytes; other devices' frames (the -x fixture) besides.
    QList<Event> c1;
    for (const Event &e : *events)
        if (!e.extended && !e.remote)
            c1.append(e);
    QCOMPARE(c1.size() >= kC1.size(), true);
    for (qsizetype i = 0; i < kC1.size(); ++i) {
        QCOMPARE(c1[i].canId, kC1[i].first);
        QCOMPARE(c1[i].data, kC1[i].second);
        QCOMPARE(c1[i].kind, Kind::Can);
        QCOMPARE(c1[i].link, QStringLiteral("can0"));
    }
    QCOMPARE(events->first().timeUs, firstUs);
    QCOMPARE(events->last().timeUs, lastUs);
}

void TestSessionFormat::screenOutputExtras()
{
    // -x, -a, a 29-bit frame (11-bit ids indented after it), an RTR, an error frame (-e) and its
    // explanation line: every data frame read, the error frame counted and not an event.
    LineParser parser(LogFormat::CandumpScreen, TimeBase::Absolute);
    QList<Event> events;
    Event e;
    QString error;
    for (const QByteArray &line : fixture(QStringLiteral("logs/candump-screen-ta-x-a.log")).split('\n')) {
        const auto r = parser.parse(line, e, error);
        QVERIFY2(r != LineParser::Result::Error, qPrintable(error + QStringLiteral(": ") + QString::fromLatin1(line)));
        if (r == LineParser::Result::Event)
            events.append(e);
    }
    QCOMPARE(events.size(), 8);
    QCOMPARE(parser.errorFrames(), quint64(1));
    QCOMPARE(events[2].canId, quint32(0x18FF50E5));
    QVERIFY(events[2].extended);
    QCOMPARE(events[2].data, QByteArray::fromHex("0102"));
    QCOMPARE(events[5].canId, quint32(0x305));
    QVERIFY(events[5].remote);
    QCOMPARE(events[7].data, QByteArray("PYLON   ")); // the ASCII column is not data
}

void TestSessionFormat::deltaAndZeroStamps()
{
    // -t d adds up the gaps; -t z is the time since the first frame. Both files hold the same
    // two bursts a second apart, so they read to the same clock.
    const auto delta = parseAny(fixture(QStringLiteral("logs/candump-screen-td.log")));
    const auto zero = parseAny(fixture(QStringLiteral("logs/candump-screen-tz.log")));
    QVERIFY(delta.ok() && zero.ok());
    QCOMPARE(delta->size(), zero->size());
    for (qsizetype i = 0; i < delta->size(); ++i)
        QCOMPARE(delta->at(i).timeUs, zero->at(i).timeUs);
}

void TestSessionFormat::strictFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("time");
    const int screen = int(LogFormat::CandumpScreen);
    const int csv = int(LogFormat::SavvyCsv);
    const QByteArray header = "Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8\n";
    QTest::newRow("screen: length 9") << screen << QByteArray("  can0  351   [9]  14\n") << 1 << "[0] to [8]" << int(TimeBase::None);
    QTest::newRow("screen: bytes missing") << screen << QByteArray("  can0  351   [8]  14 02 C0\n") << 1 << "length [8] but 3 data bytes" << int(TimeBase::None);
    QTest::newRow("screen: bad byte") << screen << QByteArray("  can0  351   [2]  14 0G\n") << 1 << "bad data byte '0G'" << int(TimeBase::None);
    QTest::newRow("screen: id of 4 digits") << screen << QByteArray("  can0  3510   [1]  14\n") << 1 << "3 (standard) or 8" << int(TimeBase::None);
    QTest::newRow("screen: extra bytes") << screen << QByteArray("  can0  351   [1]  14 02\n") << 1 << "more after the 1 data bytes" << int(TimeBase::None);
    // Fuzz finding (fuzz_logreader): an 8-digit id beyond 29 bits was read, then written as ASC that did not read back.
    QTest::newRow("screen: id beyond 29 bits") << screen << QByteArray("  can0  305F4186   [0]  remote request\n") << 1
                                               << "out of range" << int(TimeBase::None);
    QTest::newRow("screen: CAN FD") << screen << QByteArray("  can0  351  [12]  14\n") << 1 << "CAN FD" << int(TimeBase::None);
    QTest::newRow("csv: no header") << csv << QByteArray("1,00000351,false,Rx,0,1,14\n") << 1 << "SavvyCAN's header" << int(TimeBase::None);
    QTest::newRow("csv: LEN beyond the columns") << csv << header + "1,00000351,false,Rx,0,8,14,02\n" << 2 << "LEN 8 but 2" << int(TimeBase::None);
    QTest::newRow("csv: LEN 12") << csv << header + "1,00000351,false,Rx,0,12,14\n" << 2 << "LEN must be 0 to 8" << int(TimeBase::None);
    QTest::newRow("csv: bad id") << csv << header + "1,0000035G,false,Rx,0,1,14\n" << 2 << "bad CAN ID" << int(TimeBase::None);
    QTest::newRow("csv: bad flag") << csv << header + "1,00000351,maybe,Rx,0,1,14\n" << 2 << "true or false" << int(TimeBase::None);
    QTest::newRow("csv: negative time") << csv << header + "-5,00000351,false,Rx,0,1,14\n" << 2 << "bad time stamp" << int(TimeBase::None);
    // Fuzz findings: a -t A date before 1970 made a negative time; -t d stamps summed past 64 bits.
    QTest::newRow("screen: -t A before 1970") << screen << QByteArray(" (1960-01-01 00:00:00.000000)  can0  351   [1]  14\n") << 1
                                              << "bad time stamp" << int(TimeBase::Date);
    QTest::newRow("screen: -t d beyond 64 bits") << screen
                                                 << QByteArray(" (3000000000000.000000)  can0  351   [1]  14\n"
                                                               " (3000000000000.000000)  can0  351   [1]  14\n")
                                                 << 2 << "bad time stamp" << int(TimeBase::Delta);
    QTest::newRow("csv: bad byte") << csv << header + "1,00000351,false,Rx,0,1,1G\n" << 2 << "bad data byte" << int(TimeBase::None);
}

void TestSessionFormat::strictFormats()
{
    QFETCH(int, format);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, time);
    LineParser parser(static_cast<LogFormat>(format), static_cast<TimeBase>(time));
    Event e;
    QString error;
    int n = 0;
    for (const QByteArray &l : text.split('\n')) {
        ++n;
        if (parser.parse(l, e, error) == LineParser::Result::Error)
            break;
    }
    QCOMPARE(n, line);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSessionFormat::ascWriterWritesWhatLog2ascWrites()
{
    // can-utils' log2asc output for the C1 log (tests/data/logs/log2asc-c1.asc): BankScope's ASC
    // writer gives the same frame lines for the same frames.
    const auto events = parseAny(fixture(QStringLiteral("logs/log2asc-c1.asc")));
    QVERIFY(events.ok());
    AscWriter writer;
    QByteArray ours;
    QString error;
    for (const Event &e : *events)
        QVERIFY(writer.append(e, ours, error));
    writer.finish(ours);
    QList<QByteArray> theirs;
    for (const QByteArray &l : fixture(QStringLiteral("logs/log2asc-c1.asc")).split('\n'))
        if (l.contains(" Rx "))
            theirs.append(l);
    QList<QByteArray> mine;
    for (const QByteArray &l : ours.split('\n'))
        if (l.contains(" Rx "))
            mine.append(l);
    QCOMPARE(mine, theirs);
    QCOMPARE(writer.frames(), quint64(6));
    // Read back: the same events (ASC keeps milliseconds in its date, the fixture's are whole).
    const auto back = parseAsc(ours);
    QVERIFY(back.ok());
    QCOMPARE(*back, *events);
}

void TestSessionFormat::lineReader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("cap");
    QTest::addColumn<QList<QByteArray>>("expected"); // a line, or "TOO LONG n"
    QTest::addColumn<bool>("unterminated");
    QTest::newRow("lines") << QByteArray("a\nbb\n\nccc\n") << qsizetype(64) << QList<QByteArray>{"a", "bb", "", "ccc"} << false;
    QTest::newRow("CRLF") << QByteArray("a\r\nbb\r\n") << qsizetype(64) << QList<QByteArray>{"a", "bb"} << false;
    QTest::newRow("no final newline") << QByteArray("a\nbb") << qsizetype(64) << QList<QByteArray>{"a", "bb"} << true;
    QTest::newRow("a line beyond the cap") << QByteArray("a\n") + QByteArray(100, 'x') + "\nb\n" << qsizetype(32)
                                           << QList<QByteArray>{"a", "TOO LONG 2", "b"} << false;
    QTest::newRow("cut inside a long line") << QByteArray("a\n") + QByteArray(100, 'x') << qsizetype(32) << QList<QByteArray>{"a", "TOO LONG 2"}
                                            << false;
    QTest::newRow("empty") << QByteArray() << qsizetype(64) << QList<QByteArray>{} << false;
}

void TestSessionFormat::lineReader()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, cap);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(bool, unterminated);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    LineReader reader(&buffer, cap);
    QList<QByteArray> got;
    bool lastUnterminated = false;
    for (;;) {
        const auto s = reader.next();
        if (s == LineReader::Status::End)
            break;
        QVERIFY(s != LineReader::Status::ReadError);
        if (s == LineReader::Status::TooLong)
            got.append("TOO LONG " + QByteArray::number(reader.lineNumber()));
        else
            got.append(reader.line().toByteArray());
        lastUnterminated = reader.lastLineUnterminated();
    }
    QCOMPARE(got, expected);
    QCOMPARE(lastUnterminated, unterminated);
    QCOMPARE(reader.position(), qint64(input.size()));
}

void TestSessionFormat::endlessInputStaysBounded_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<bool>("lines");
    QTest::newRow("/dev/zero") << QByteArray(1, '\0') << false;
    QTest::newRow("yes") << QByteArray("y\n") << true;
}

void TestSessionFormat::endlessInputStaysBounded()
{
    // Endless input comes through the one buffer: a line without end is reported as soon as it
    // passes the cap (having read at most a buffer more), endless short lines one by one.
    QFETCH(QByteArray, pattern);
    QFETCH(bool, lines);
    EndlessDevice device(pattern);
    LogReader reader(&device);
    QVERIFY(!reader.detect()); // neither is a log
    if (!lines) {
        QVERIFY(reader.sampleTooLong());
        QVERIFY(reader.sample().isEmpty());
        QVERIFY(device.served() < 1024 * 1024);
        return;
    }
    QCOMPARE(reader.sample().size(), 400); // bounded sample
    QByteArrayView line;
    for (int i = 0; i < 100000; ++i) {
        QCOMPARE(reader.nextRawLine(line), LineReader::Status::Line);
        QCOMPARE(line, QByteArrayView("y"));
    }
    QCOMPARE(reader.lineNumber(), qint64(100000));
}

void TestSessionFormat::logReaderNamesEveryBadLine()
{
    // Corrupt lines scattered through a log: each is named by its number and reading goes on.
    QByteArray log;
    QList<qint64> bad;
    for (int i = 1; i <= 120; ++i) {
        if (i == 3 || i == 50 || i == 99) {
            log += "(1700000000." + QByteArray::number(100000 + i) + ") can0 351#14ZZ\n";
            bad.append(i);
        } else if (i == 77) {
            log += "(1700000000." + QByteArray::number(100000 + i) + ") can0 355\n";
            bad.append(i);
        } else {
            log += "(1700000000." + QByteArray::number(100000 + i) + ") can0 355#58005E00\n";
        }
    }
    log += "(1700000001.000000) can0 351#1402C"; // cut short at the end, inside a byte
    bad.append(121);
    QBuffer buffer(&log);
    buffer.open(QIODevice::ReadOnly);
    LogReader reader(&buffer);
    QVERIFY(reader.detect());
    QCOMPARE(reader.format(), LogFormat::CandumpLog);
    QList<qint64> named;
    QStringList messages;
    Event e;
    int events = 0;
    for (bool done = false; !done;) {
        switch (reader.next(e)) {
        case LogReader::Status::Event:
            ++events;
            break;
        case LogReader::Status::BadLine:
            named.append(reader.lineNumber());
            messages.append(reader.lineError());
            break;
        case LogReader::Status::End:
            done = true;
            break;
        case LogReader::Status::Failed:
            QFAIL("read error");
        }
    }
    QCOMPARE(events, 116);
    QCOMPARE(named, bad);
    QCOMPARE(reader.badLines(), quint64(5));
    QVERIFY2(messages[0].contains(QStringLiteral("hex")), qPrintable(messages[0]));
    QVERIFY2(messages[2].contains(QStringLiteral("without '#'")), qPrintable(messages[2]));
    QVERIFY2(messages.last().contains(QStringLiteral("cut short?")), qPrintable(messages.last()));
}

void TestSessionFormat::pastedPromptsArePassedOverAndCounted()
{
    // The Seplos/Venus GX paste (tests/data/pylon-can): two shell prompt lines among the frames.
    QByteArray text = fixture(QStringLiteral("pylon-can/shenergy-venus-gx-candump-screen.log"));
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    LogReader reader(&buffer);
    QVERIFY(reader.detect());
    QCOMPARE(reader.format(), LogFormat::CandumpScreen);
    Event e;
    int events = 0;
    LogReader::Status s;
    while ((s = reader.next(e)) == LogReader::Status::Event)
        ++events;
    QCOMPARE(s, LogReader::Status::End);
    QCOMPARE(events, 28);
    QCOMPARE(reader.badLines(), quint64(0));
    QCOMPARE(reader.otherLines(), quint64(2));
    QCOMPARE(reader.otherLineNumbers(), (QList<qint64>{7, 21}));
}

QTEST_GUILESS_MAIN(TestSessionFormat)
#include "tst_sessionformat.moc"
