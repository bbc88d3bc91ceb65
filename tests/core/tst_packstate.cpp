// The overview's pack conditions: each decided from the aggregation's status, the reading and
// the link evidence given as data, one row per case a technician must tell apart.

#include "bankmonitor.h"
#include "demobank.h"
#include "packstate.h"

#include <QTest>

Q_DECLARE_METATYPE(PackCondition)
Q_DECLARE_METATYPE(PackState)

class TestPackState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void everyConditionHasANameAndALabel();
    void cellExtremes();
    void monitorClassifiesFromTheEvidenceItIsGiven();
};

namespace {

constexpr qint64 kNow = 100'000;

} // namespace

void TestPackState::classify_data()
{
    // Status as the aggregation decided it; the reading's last current; whether a link marked it
    // offline; the evidence (times in seconds before now, -1 = never); whether the master answers.
    QTest::addColumn<PackState>("state");
    QTest::addColumn<double>("ageS");       // -1: never reported
    QTest::addColumn<double>("currentA");
    QTest::addColumn<bool>("markedOffline");
    QTest::addColumn<double>("answerAgo");
    QTest::addColumn<double>("timeoutAgo");
    QTest::addColumn<double>("checksumAgo");
    QTest::addColumn<double>("rtn91Ago");
    QTest::addColumn<double>("otherMasterAgo");
    QTest::addColumn<bool>("masterAnswers");
    QTest::addColumn<PackCondition>("expected");

    QTest::newRow("online") << PackState::Online << 0.5 << -20.0 << false << 0.5 << -1.0 << -1.0 << -1.0 << -1.0
                            << true << PackCondition::Online;
    QTest::newRow("online with a recent checksum error")
        << PackState::Online << 0.5 << -20.0 << false << 0.5 << -1.0 << 3.0 << -1.0 << -1.0 << true
        << PackCondition::ChecksumErrors;
    QTest::newRow("online, checksum error long ago")
        << PackState::Online << 0.5 << -20.0 << false << 0.5 << -1.0 << 45.0 << -1.0 << -1.0 << true
        << PackCondition::Online;
    QTest::newRow("never reported") << PackState::NoData << -1.0 << 0.0 << false << -1.0 << 2.0 << -1.0 << -1.0
                                    << -1.0 << true << PackCondition::NoData;
    QTest::newRow("RTN 0x91 behind a live master")
        << PackState::MarkedOffline << 12.0 << -15.0 << true << 12.0 << -1.0 << -1.0 << 0.5 << -1.0 << true
        << PackCondition::NotAnswering;
    QTest::newRow("RTN 0x91 but the master is gone too")
        << PackState::MarkedOffline << 12.0 << -15.0 << true << 12.0 << 0.5 << -1.0 << 11.0 << -1.0 << false
        << PackCondition::NoAnswer;
    QTest::newRow("silent while idle: asleep") << PackState::Stale << 40.0 << 0.2 << false << 40.0 << 0.5 << -1.0
                                               << -1.0 << -1.0 << true << PackCondition::Asleep;
    QTest::newRow("silent under load: no answer") << PackState::Stale << 40.0 << -30.0 << false << 40.0 << 0.5
                                                  << -1.0 << -1.0 << -1.0 << true << PackCondition::NoAnswer;
    QTest::newRow("stale, nothing polled (listening)")
        << PackState::Stale << 15.0 << -30.0 << false << 15.0 << -1.0 << -1.0 << -1.0 << -1.0 << true
        << PackCondition::Stale;
    QTest::newRow("stale with corrupt answers: duplicate address")
        << PackState::Stale << 15.0 << -30.0 << false << 15.0 << -1.0 << 0.5 << -1.0 << -1.0 << true
        << PackCondition::ChecksumErrors;
    QTest::newRow("another master heard, data fine")
        << PackState::Online << 0.5 << -20.0 << false << 0.5 << -1.0 << -1.0 << -1.0 << 2.0 << true
        << PackCondition::AnotherMaster;
    QTest::newRow("another master heard long ago") << PackState::Online << 0.5 << -20.0 << false << 0.5 << -1.0
                                                   << -1.0 << -1.0 << 300.0 << true << PackCondition::Online;
}

void TestPackState::classify()
{
    QFETCH(PackState, state);
    QFETCH(double, ageS);
    QFETCH(double, currentA);
    QFETCH(bool, markedOffline);
    QFETCH(double, answerAgo);
    QFETCH(double, timeoutAgo);
    QFETCH(double, checksumAgo);
    QFETCH(double, rtn91Ago);
    QFETCH(double, otherMasterAgo);
    QFETCH(bool, masterAnswers);
    QFETCH(PackCondition, expected);

    const auto at = [](double ago) -> std::optional<qint64> {
        return ago < 0 ? std::nullopt : std::optional<qint64>(kNow - qint64(ago * 1000));
    };
    PackStatus status;
    status.id = QStringLiteral("P2");
    status.state = state;
    if (ageS >= 0)
        status.ageS = ageS;
    PackReading reading;
    reading.packId = status.id;
    reading.markedOffline = markedOffline;
    if (ageS >= 0)
        reading.currentA.set(currentA, *at(ageS), ReadingSource{QStringLiteral("rs485"), QStringLiteral("p")});
    PackLinkInfo info;
    info.link = QStringLiteral("ttyUSB0");
    info.requests = 100;
    info.answers = answerAgo >= 0 ? 90 : 0;
    info.timeouts = timeoutAgo >= 0 ? 10 : 0;
    info.checksumErrors = checksumAgo >= 0 ? 3 : 0;
    info.notAnswering = rtn91Ago >= 0 ? 5 : 0;
    info.otherMasterFrames = otherMasterAgo >= 0 ? 7 : 0;
    info.lastAnswerMs = at(answerAgo);
    info.lastTimeoutMs = at(timeoutAgo);
    info.lastChecksumErrorMs = at(checksumAgo);
    info.lastNotAnsweringMs = at(rtn91Ago);
    info.lastOtherMasterMs = at(otherMasterAgo);

    const PackStateInfo result = PackStateClassifier::classify(status, ageS >= 0 ? &reading : nullptr, &info,
                                                               masterAnswers, 10.0, kNow, {});
    QCOMPARE(PackConditionNames::name(result.condition), PackConditionNames::name(expected));
    QCOMPARE(result.id, QStringLiteral("P2"));
    // The evidence always names the link and the counters behind the verdict.
    QVERIFY(result.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("ttyUSB0")));
    QVERIFY(result.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("Requests 100")));
    if (expected == PackCondition::NotAnswering)
        QVERIFY(result.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("RTN 0x91")));
    if (expected == PackCondition::AnotherMaster)
        QVERIFY(result.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("7 requests BankScope did not send")));
    if (expected == PackCondition::Asleep)
        QVERIFY(result.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("0.2 A")));
}

void TestPackState::everyConditionHasANameAndALabel()
{
    QStringList names;
    for (PackCondition c : PackConditionNames::all()) {
        QVERIFY(!PackConditionNames::label(c).isEmpty());
        QVERIFY(!names.contains(PackConditionNames::name(c)));
        names.append(PackConditionNames::name(c));
    }
    QCOMPARE(names.size(), 8);
}

void TestPackState::cellExtremes()
{
    PackReading r;
    const ReadingSource src{QStringLiteral("l"), QStringLiteral("p")};
    QVERIFY(!PackCells::extremes(r));
    r.cellsMv.set({3300, 3290, 3310, 3290, 3310}, 0, src);
    const auto e = PackCells::extremes(r);
    QVERIFY(e);
    QCOMPARE(e->minMv, 3290.0);
    QCOMPARE(e->minIndex, 2); // the first of equal cells
    QCOMPARE(e->maxMv, 3310.0);
    QCOMPARE(e->maxIndex, 3);
    PackReading only; // a Victron-style BMS: extremes, no list
    only.cellMinMv.set(3201, 0, src);
    only.cellMaxMv.set(3344, 0, src);
    const auto o = PackCells::extremes(only);
    QCOMPARE(o->maxMv - o->minMv, 143.0);
    QCOMPARE(o->minIndex, 0);
    only.tempMaxC.set(41.5, 0, src);
    QCOMPARE(*PackCells::maxTemperatureC(only), 41.5);
}

void TestPackState::monitorClassifiesFromTheEvidenceItIsGiven()
{
    ManualClock clock(0);
    DemoBank bank;
    BankMonitor monitor(clock, bank.config());
    monitor.updateReadings(bank.step(0));
    monitor.refresh();
    QCOMPARE(monitor.packStates().size(), 4);
    QCOMPARE(monitor.packStates()[0].condition, PackCondition::Online);
    // The session reports RTN 0x91 for P3's address and the link marks it offline.
    clock.setNowMs(1000);
    monitor.updateReadings(bank.step(1000));
    monitor.markOffline(QStringLiteral("P3"));
    PackLinkInfo p3;
    p3.link = QStringLiteral("rs485");
    p3.requests = 2;
    p3.answers = 1;
    p3.notAnswering = 1;
    p3.lastAnswerMs = 0;
    p3.lastNotAnsweringMs = 1000;
    p3.firmware = QStringLiteral("2.8");
    monitor.setLinkInfo({{QStringLiteral("P3"), p3}});
    monitor.refresh();
    QCOMPARE(monitor.packStates()[2].condition, PackCondition::NotAnswering);
    QCOMPARE(monitor.linkInfo(QStringLiteral("P3"))->firmware, QStringLiteral("2.8"));
    QVERIFY(!monitor.linkInfo(QStringLiteral("P1")));
}

QTEST_GUILESS_MAIN(TestPackState)
#include "tst_packstate.moc"
