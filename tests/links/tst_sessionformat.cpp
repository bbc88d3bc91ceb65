#include "sessionformat.h"

#include <QTest>

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
    void strictAsc_data();
    void strictAsc();
};

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

QTEST_GUILESS_MAIN(TestSessionFormat)
#include "tst_sessionformat.moc"
