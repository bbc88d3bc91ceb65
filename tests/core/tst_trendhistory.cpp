// The bounded trend history: a ring of recent samples and a whole-session tier that merges
// pairs when full, in fixed memory over any session length.

#include "bankmonitor.h"
#include "demobank.h"
#include "ringbuffer.h"
#include "trendhistory.h"

#include <QTest>

class TestTrendHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsTheNewest();
    void recentTierHoldsEverySample();
    void sessionTierMergesPairsAndKeepsExtremes_data();
    void sessionTierMergesPairsAndKeepsExtremes();
    void longWindowsComeFromTheSessionTier();
    void pointsAreMergedDownToWhatAChartDraws();
    void samplingIsRateLimitedAndSkipsSilentPacks();
    void memoryStaysFlatOverADayOfTheDemoBank();
};

void TestTrendHistory::ringKeepsTheNewest()
{
    RingBuffer<int> ring(3);
    QCOMPARE(ring.capacity(), 3);
    QVERIFY(!ring.push(1));
    QVERIFY(!ring.push(2));
    QVERIFY(!ring.push(3));
    QVERIFY(ring.push(4)); // overwrote 1
    QCOMPARE(ring.size(), 3);
    QCOMPARE(ring.first(), 2);
    QCOMPARE(ring.last(), 4);
    QCOMPARE(ring.at(1), 3);
    const qsizetype bytes = ring.storageBytes();
    for (int i = 0; i < 1000; ++i)
        ring.push(i);
    QCOMPARE(ring.storageBytes(), bytes);
    QCOMPARE(ring.last(), 999);
    RingBuffer<int> none(0);
    QVERIFY(none.push(1)); // nothing can be held: the push is lost, and says so
    QCOMPARE(none.size(), 0);
}

void TestTrendHistory::recentTierHoldsEverySample()
{
    TrendSeries s(10, 8);
    for (int i = 0; i < 10; ++i)
        s.add(i * 1000, i);
    const QList<TrendPoint> p = s.points(0, 9000, 0);
    QCOMPARE(p.size(), 10);
    QCOMPARE(p.first().tMs, 0);
    QCOMPARE(p.last().value, 9.0);
    QCOMPARE(p[4].min, 4.0);
    QCOMPARE(p[4].max, 4.0);
    // A non-finite value (a decoder bug, a division by zero upstream) is not a point.
    s.add(10000, std::nan(""));
    QCOMPARE(s.samples(), quint64(10));
}

void TestTrendHistory::sessionTierMergesPairsAndKeepsExtremes_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("span"); // samples per bucket afterwards
    // Capacity 8 buckets. 8 samples fill it at span 1; the 9th merges them into 4 buckets of 2;
    // 16 fill it again and the 18th (a second full bucket of 2 waiting) merges to 4 of 4.
    QTest::newRow("fills exactly") << 8 << 1;
    QTest::newRow("one more merges") << 9 << 2;
    QTest::newRow("16 at span 2") << 16 << 2;
    QTest::newRow("17 fills the pending bucket") << 17 << 2;
    QTest::newRow("18 merges again") << 18 << 4;
    QTest::newRow("a thousand") << 1000 << 128; // 1000 / 128 = 7.8 buckets <= 8
}

void TestTrendHistory::sessionTierMergesPairsAndKeepsExtremes()
{
    QFETCH(int, samples);
    QFETCH(int, span);
    TrendSeries s(4, 8);
    const qsizetype bytes = s.storageBytes();
    // A triangle wave with one spike: the spike must survive every merge.
    for (int i = 0; i < samples; ++i)
        s.add(qint64(i) * 1000, i == samples / 2 ? 500.0 : double(i % 7));
    QCOMPARE(s.bucketSpan(), span);
    QCOMPARE(s.storageBytes(), bytes);
    // The whole session (from 0): the recent tier (4 samples) does not reach back, so buckets.
    const QList<TrendPoint> p = s.points(0, qint64(samples) * 1000, 0);
    QVERIFY(p.size() <= 8 + 1); // the buckets and the one being filled
    double max = 0.0;
    double min = 1e9;
    for (const TrendPoint &t : p) {
        max = std::max(max, t.max);
        min = std::min(min, t.min);
        QVERIFY(t.min <= t.value && t.value <= t.max);
    }
    QCOMPARE(max, 500.0);
    QCOMPARE(min, 0.0);
    QCOMPARE(p.first().tMs <= qint64(span - 1) * 1000, true); // the first bucket starts at the first sample
}

void TestTrendHistory::longWindowsComeFromTheSessionTier()
{
    TrendSeries s(300, 64); // five minutes at 1 s in the ring
    for (int i = 0; i < 3600; ++i)
        s.add(qint64(i) * 1000, i < 1800 ? 10.0 : 20.0);
    // Last 5 minutes: every sample, from the ring.
    const QList<TrendPoint> recent = s.points(3300 * 1000, 3599 * 1000, 0);
    QCOMPARE(recent.size(), 300);
    QCOMPARE(recent.first().tMs, 3300 * 1000);
    // The whole hour: buckets, the first half 10 and the second 20.
    const QList<TrendPoint> hour = s.points(0, 3599 * 1000, 0);
    QVERIFY(hour.size() <= 65);
    QVERIFY(hour.size() >= 32);
    QCOMPARE(hour.first().value, 10.0);
    QCOMPARE(hour.last().value, 20.0);
    QVERIFY(hour.first().tMs < 120 * 1000);
}

void TestTrendHistory::pointsAreMergedDownToWhatAChartDraws()
{
    TrendSeries s(3600, 64);
    for (int i = 0; i < 3600; ++i)
        s.add(qint64(i) * 1000, i == 1234 ? -50.0 : 1.0);
    const QList<TrendPoint> p = s.points(0, 3600 * 1000, 500);
    QVERIFY(p.size() <= 500);
    QVERIFY(p.size() >= 450);
    double min = 0.0;
    for (const TrendPoint &t : p)
        min = std::min(min, t.min);
    QCOMPARE(min, -50.0); // the dip is still drawn
}

void TestTrendHistory::samplingIsRateLimitedAndSkipsSilentPacks()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    for (qint64 t = 0; t <= 10'000; t += 250) { // four refreshes a second
        clock.setNowMs(t);
        QList<PackReading> r = bank.step(t);
        if (t > 0)
            r.removeAt(3); // P4 silent from the start
        monitor.updateReadings(r);
        monitor.refresh();
    }
    const TrendHistory &h = monitor.trends();
    QCOMPARE(h.series({}, TrendQuantity::SocPct)->samples(), quint64(11)); // 0, 1, ..., 10 s
    QCOMPARE(h.series(QStringLiteral("P1"), TrendQuantity::CellSpreadMv)->samples(), quint64(11));
    // P4's only reading is from t = 0: online while not older than the 10 s stale limit, so it
    // is sampled at 0..10 s, and never once it is stale.
    for (qint64 t = 10'250; t <= 20'000; t += 250) {
        clock.setNowMs(t);
        QList<PackReading> r = bank.step(t);
        r.removeAt(3);
        monitor.updateReadings(r);
        monitor.refresh();
    }
    QCOMPARE(h.series(QStringLiteral("P1"), TrendQuantity::VoltageV)->samples(), quint64(21));
    QCOMPARE(h.series(QStringLiteral("P4"), TrendQuantity::VoltageV)->samples(), quint64(11));
    QCOMPARE(*h.startMs(), 0);
    QCOMPARE(*h.lastSampleMs(), 20'000);
}

void TestTrendHistory::memoryStaysFlatOverADayOfTheDemoBank()
{
    // 24 hours of the demo bank on an injected clock, refreshed once a second (DESIGN.md section
    // 6: memory flat over a 24-hour session). The history's memory once every series exists
    // must not move, and the whole-session view still starts at the first sample.
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    qsizetype afterFirstHour = 0;
    int eventsAfterFirstHour = 0;
    for (qint64 t = 0; t <= 24 * 3600 * 1000; t += 1000) {
        clock.setNowMs(t);
        monitor.updateReadings(bank.step(t));
        monitor.refresh();
        if (t == 3600 * 1000) {
            afterFirstHour = monitor.trends().memoryBytes();
            eventsAfterFirstHour = int(monitor.events().events().size());
        }
    }
    const TrendHistory &h = monitor.trends();
    QCOMPARE(h.seriesCount(), 3 + 4 * 4);
    QCOMPARE(h.memoryBytes(), afterFirstHour);
    QVERIFY2(afterFirstHour < 4 * 1024 * 1024, qPrintable(QString::number(afterFirstHour)));
    const QList<TrendPoint> day = h.points({}, TrendQuantity::SocPct, 0, 24 * 3600 * 1000, 0);
    QVERIFY(day.size() <= h.limits().sessionBuckets + 1);
    QVERIFY(day.first().tMs < 60 * 1000);
    QVERIFY(day.last().tMs > 23 * 3600 * 1000);
    // The last hour is still there sample by sample.
    const QList<TrendPoint> hour = h.points({}, TrendQuantity::SocPct, 23 * 3600 * 1000, 24 * 3600 * 1000, 0);
    QCOMPARE(hour.size(), 3601);
    QVERIFY(monitor.events().events().size() <= monitor.events().limits().maxEvents);
    QVERIFY(monitor.events().events().size() >= eventsAfterFirstHour);
}

QTEST_GUILESS_MAIN(TestTrendHistory)
#include "tst_trendhistory.moc"
