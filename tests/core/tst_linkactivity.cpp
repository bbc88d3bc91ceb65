// Link health as data: the bounded raw-traffic log that counts what a slow reader missed, and
// per-address statistics merged into a pack's evidence.

#include "linkactivity.h"

#include <QTest>

class TestLinkActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerGetsEverythingWhenItKeepsUp();
    void missedRecordsAreCounted_data();
    void missedRecordsAreCounted();
    void latencyStatistics();
    void packEvidenceMergesItsEndpoints();
    void namesAndLabels();
};

namespace {

TrafficRecord record(qint64 n)
{
    TrafficRecord r;
    r.atUs = n;
    r.link = QStringLiteral("can0");
    r.direction = TrafficDirection::Broadcast;
    r.canId = 0x351;
    r.bytes = QByteArray::number(n);
    return r;
}

} // namespace

void TestLinkActivity::readerGetsEverythingWhenItKeepsUp()
{
    TrafficLog log(100);
    quint64 seen = 0;
    qint64 expected = 0;
    for (int tick = 0; tick < 10; ++tick) {
        for (int i = 0; i < 50; ++i)
            log.append(record(expected + i));
        const TrafficLog::Batch b = log.since(seen, 1000);
        QCOMPARE(b.missed, quint64(0));
        QCOMPARE(b.records.size(), 50);
        QCOMPARE(b.records.first().atUs, expected);
        seen = b.lastSequence;
        expected += 50;
    }
    QCOMPARE(log.since(seen, 10).records.size(), 0); // nothing new
    QCOMPARE(log.size(), 100);
}

void TestLinkActivity::missedRecordsAreCounted_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addColumn<int>("readerMax");
    QTest::addColumn<int>("got");
    QTest::addColumn<int>("missed");
    QTest::newRow("paused past the ring") << 100 << 250 << 1000 << 100 << 150;
    QTest::newRow("flood beyond what a tick shows") << 1000 << 800 << 200 << 200 << 600;
    QTest::newRow("both") << 100 << 300 << 40 << 40 << 260;
    QTest::newRow("exactly the ring") << 100 << 100 << 100 << 100 << 0;
}

void TestLinkActivity::missedRecordsAreCounted()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    QFETCH(int, readerMax);
    QFETCH(int, got);
    QFETCH(int, missed);
    TrafficLog log(capacity);
    for (int i = 0; i < appended; ++i)
        log.append(record(i));
    const TrafficLog::Batch b = log.since(0, readerMax);
    QCOMPARE(b.records.size(), got);
    QCOMPARE(b.missed, quint64(missed));
    QCOMPARE(quint64(b.records.size()) + b.missed, quint64(appended)); // every record accounted for
    QCOMPARE(b.records.last().atUs, qint64(appended - 1));                // the newest are shown
    QCOMPARE(b.lastSequence, quint64(appended));
}

void TestLinkActivity::latencyStatistics()
{
    EndpointStats s;
    QVERIFY(!s.latencyMedianUs());
    for (qint64 us : {900, 100, 500, 300, 700})
        s.latencyUs.push(us);
    QCOMPARE(*s.latencyMinUs(), 100);
    QCOMPARE(*s.latencyMedianUs(), 500);
    QCOMPARE(*s.latencyMaxUs(), 900);
    QCOMPARE(s.latency()->medianUs, 500);
    for (int i = 0; i < 300; ++i) // the ring keeps the last 256
        s.latencyUs.push(2000);
    QCOMPARE(*s.latencyMinUs(), 2000);
}

void TestLinkActivity::packEvidenceMergesItsEndpoints()
{
    LinkActivity a;
    EndpointStats &adr = a.endpoint(QStringLiteral("ttyUSB0"), EndpointKind::Address, 3);
    adr.pack = QStringLiteral("P2");
    adr.requests = 10;
    adr.answers = 7;
    adr.timeouts = 1;
    adr.checksumErrors = 2;
    adr.lastSeenUs = 5'000'000;
    adr.lastErrorUs = 6'000'000;
    EndpointStats &can = a.endpoint(QStringLiteral("can0"), EndpointKind::CanId, 0x351);
    can.pack = QStringLiteral("P2");
    can.answers = 100;
    can.lastSeenUs = 9'000'000;
    a.endpoint(QStringLiteral("ttyUSB0"), EndpointKind::Address, 2).pack = QStringLiteral("P1");
    QCOMPARE(&a.endpoint(QStringLiteral("ttyUSB0"), EndpointKind::Address, 3), &adr); // found again, not added
    QCOMPARE(a.endpoints().size(), 3);
    QCOMPARE(a.endpoints().first().link, QStringLiteral("can0")); // ordered by link, kind, id
    QCOMPARE(a.endpoints().last().id, quint32(3));
    QVERIFY(!a.find(QStringLiteral("ttyUSB0"), EndpointKind::CanId, 3));
    a.noteForeignRequest(QStringLiteral("ttyUSB0"), 8'000'000);
    a.noteForeignRequest(QStringLiteral("ttyUSB0"), 8'500'000);
    a.noteForeignRequest(QStringLiteral("ttyUSB1"), 8'600'000);

    const PackLinkInfo p2 = a.packInfo(QStringLiteral("P2"));
    QCOMPARE(p2.requests, quint64(10));
    QCOMPARE(p2.answers, quint64(107));
    QCOMPARE(p2.checksumErrors, quint64(2));
    QCOMPARE(*p2.lastAnswerMs, 9000);
    QCOMPARE(*p2.lastChecksumErrorMs, 6000);
    QCOMPARE(p2.otherMasterFrames, quint64(2)); // only its own links
    QCOMPARE(*p2.lastOtherMasterMs, 8500);
    QCOMPARE(p2.link, QStringLiteral("can0, ttyUSB0"));
    QCOMPARE(a.packInfo(QStringLiteral("P9")).requests, quint64(0));
}

void TestLinkActivity::namesAndLabels()
{
    for (TrafficStatus s : {TrafficStatus::Ok, TrafficStatus::ChecksumError, TrafficStatus::FramingError,
                            TrafficStatus::NoAnswer, TrafficStatus::NotAnswering, TrafficStatus::Undecoded}) {
        QVERIFY(!TrafficNames::name(s).isEmpty());
        QVERIFY(!TrafficNames::label(s).isEmpty());
    }
    QCOMPARE(TrafficNames::name(TrafficStatus::ChecksumError), QStringLiteral("checksum-error"));
    QCOMPARE(TrafficNames::label(TrafficDirection::Foreign), QStringLiteral("Other master"));
}

QTEST_GUILESS_MAIN(TestLinkActivity)
#include "tst_linkactivity.moc"
