// The event log: alarms and communication losses raised and cleared with their duration, a
// freeze-frame of the bank just before and at the moment each first appears, fixed memory, and
// the CSV a service desk gets.

#include "bankmonitor.h"
#include "demobank.h"
#include "eventcsv.h"

#include <QTest>

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overTemperatureRaisesAndClearsWithAFreezeFrame();
    void communicationLossAndTheInverterLosingData();
    void alarmsOfASilentPackStayOpen();
    void flappingTakesOneFreezeFramePerHoldOff();
    void memoryIsBounded();
    void everyTypeHasANameAndALabel();
    void csvOfEvents();
    void csvOfAFreezeFrame();
    void csvFieldsAreQuotedAndDefused_data();
    void csvFieldsAreQuotedAndDefused();
};

namespace {

// The demo bank on an injected clock with a hook to change the readings before they arrive.
struct Rig
{
    ManualClock clock{1'700'000'000'000};
    DemoBank bank;
    BankMonitor monitor{clock, bank.config()};

    bool started = false;

    // Refreshes every stepMs from the next step up to toMs (the first run from the start).
    void run(qint64 toMs, const std::function<void(qint64, QList<PackReading> &)> &edit = {}, qint64 stepMs = 500)
    {
        const qint64 from = started ? clock.nowMs() + stepMs : clock.nowMs();
        started = true;
        for (qint64 t = from; t <= toMs; t += stepMs) {
            clock.setNowMs(t);
            QList<PackReading> r = bank.step(t);
            if (edit)
                edit(t, r);
            monitor.updateReadings(r);
            monitor.refresh();
        }
    }
    qint64 at(double seconds) const { return 1'700'000'000'000 + qint64(seconds * 1000); }
};

void setFault(QList<PackReading> &r, int pack, Faults faults, qint64 t)
{
    r[pack].faults.set(faults, t, r[pack].voltageV.source);
}

} // namespace

void TestEventLog::overTemperatureRaisesAndClearsWithAFreezeFrame()
{
    Rig rig;
    rig.run(rig.at(10), [&](qint64 t, QList<PackReading> &r) {
        if (t >= rig.at(5)) {
            setFault(r, 1, Fault::Overtemperature, t);
            r[1].tempsC.set({61.0, 58.5}, t, r[1].voltageV.source);
        }
    });
    rig.run(rig.at(20)); // cleared at 10.5 s
    const EventLog &log = rig.monitor.events();
    QCOMPARE(log.events().size(), 1);
    const BankEvent &e = log.events().first();
    QCOMPARE(e.type, EventType::PackProtection);
    QCOMPARE(e.subject, QStringLiteral("P2"));
    QCOMPARE(*e.fault, Fault::Overtemperature);
    QCOMPARE(e.severity, Severity::Error);
    QCOMPARE(e.raisedMs, rig.at(5));
    QCOMPARE(*e.clearedMs, rig.at(10.5));
    QCOMPARE(e.durationS(rig.at(99)), 5.5);
    QCOMPARE(e.description(), QStringLiteral("Over-temperature (protection)"));
    QCOMPARE(log.activeCount(), 0);

    const FreezeFrame *f = log.freezeFrame(e.freezeFrameId);
    QVERIFY(f);
    QVERIFY(f->before);
    QCOMPARE(f->before->atMs, rig.at(4.5)); // the last refresh without it
    QCOMPARE(f->at.atMs, rig.at(5));
    QCOMPARE(f->at.readings.size(), 4);     // every pack, not only the one that alarmed
    QVERIFY(!f->before->readings[1].faults->testFlag(Fault::Overtemperature));
    QVERIFY(f->at.readings[1].faults->testFlag(Fault::Overtemperature));
    QCOMPARE(f->at.readings[1].tempsC->first(), 61.0);
    QVERIFY(f->at.truth.faults.testFlag(Fault::Overtemperature)); // and the inverter's view
    QVERIFY(f->at.sees);

    // Flattened for the window: the temperature row shows before and at.
    const QList<FreezeRow> rows = EventCsv::rows(*f, false);
    const auto row = [&](const QString &subject, const QString &quantity) -> const FreezeRow * {
        for (const FreezeRow &r : rows)
            if (r.subject == subject && r.quantity == quantity)
                return &r;
        return nullptr;
    };
    const FreezeRow *temp = row(QStringLiteral("P2"), QStringLiteral("temp_1_C"));
    QVERIFY(temp);
    QCOMPARE(temp->at.toDouble(), 61.0);
    QVERIFY(temp->before.toDouble() < 40.0);
    QVERIFY(temp->changed());
    QCOMPARE(row(QStringLiteral("P2"), QStringLiteral("faults"))->at.toString(), QStringLiteral("Over-temperature"));
    QCOMPARE(row(QStringLiteral("P2"), QStringLiteral("faults"))->before.toString(), QString());
    QVERIFY(row(QStringLiteral("P4"), QStringLiteral("cell_15_mV")));
    QVERIFY(row(QStringLiteral("Inverter should see"), QStringLiteral("soc_pct")));
}

void TestEventLog::communicationLossAndTheInverterLosingData()
{
    Rig rig;
    rig.run(rig.at(5));
    // The master falls silent: stale after 10 s, and in a master-slave bank the inverter then
    // receives nothing.
    rig.run(rig.at(30), [](qint64, QList<PackReading> &r) { r.removeFirst(); });
    const EventLog &log = rig.monitor.events();
    QList<EventType> types;
    for (const BankEvent &e : log.events())
        types.append(e.type);
    QVERIFY(types.contains(EventType::PackCommunicationLost));
    QVERIFY(types.contains(EventType::InverterNoData));
    const BankEvent *lost = nullptr;
    for (const BankEvent &e : log.events())
        if (e.type == EventType::PackCommunicationLost)
            lost = &e;
    QCOMPARE(lost->subject, QStringLiteral("P1"));
    QCOMPARE(lost->severity, Severity::Error);
    QCOMPARE(lost->raisedMs, rig.at(15.5)); // last reading at 5 s, stale once older than 10 s
    // No link evidence given: the condition is only "stale", with how long.
    QVERIFY2(lost->detail.startsWith(QStringLiteral("Stale: Nothing fresh for 1")), qPrintable(lost->detail));
    const FreezeFrame *f = log.freezeFrame(lost->freezeFrameId);
    QVERIFY(f && f->before);
    QCOMPARE(f->before->statuses[0].state, PackState::Online);
    QCOMPARE(f->at.statuses[0].state, PackState::Stale);
    QVERIFY(f->before->sees);
    QVERIFY(!f->at.sees);
    QVERIFY(f->at.voltageSocPct); // what the inverter guesses from now on
    // The master comes back: both clear.
    rig.run(rig.at(40));
    QCOMPARE(log.activeCount(), 0);
}

void TestEventLog::alarmsOfASilentPackStayOpen()
{
    Rig rig;
    rig.run(rig.at(5), [](qint64 t, QList<PackReading> &r) { setFault(r, 2, Fault::CellUndervoltage, t); });
    rig.run(rig.at(30), [](qint64, QList<PackReading> &r) { r.removeAt(2); });
    // P3 went quiet with its alarm raised: nobody knows whether it cleared, so it stays open.
    const EventLog &log = rig.monitor.events();
    bool open = false;
    for (const BankEvent &e : log.events())
        if (e.fault == Fault::CellUndervoltage)
            open = e.active();
    QVERIFY(open);
}

void TestEventLog::flappingTakesOneFreezeFramePerHoldOff()
{
    Rig rig;
    // A warning that comes and goes every second for a minute.
    rig.run(rig.at(59), [](qint64 t, QList<PackReading> &r) {
        if ((t / 1000) % 2 == 0)
            r[0].warnings.set(Fault::CellImbalance, t, r[0].voltageV.source);
    });
    const EventLog &log = rig.monitor.events();
    QCOMPARE(log.events().size(), 30); // raised at every even second, 0 to 58
    QCOMPARE(log.freezeFrameCount(), 1);
    QVERIFY(log.events().first().freezeFrameId != 0);
    QCOMPARE(log.events()[1].freezeFrameId, quint64(0));
    QCOMPARE(log.events().first().severity, Severity::Warning);
}

void TestEventLog::memoryIsBounded()
{
    Rig rig;
    EventLog::Limits limits;
    limits.maxEvents = 10;
    limits.maxFreezeFrames = 3;
    limits.holdOffMs = 0;
    rig.monitor.setEventLimits(limits);
    rig.run(rig.at(30), [](qint64 t, QList<PackReading> &r) {
        if ((t / 500) % 2 == 0)
            setFault(r, 3, Fault::ShortCircuit, t);
    });
    const EventLog &log = rig.monitor.events();
    QCOMPARE(log.events().size(), 10);
    QCOMPARE(log.droppedEvents(), quint64(31 - 10));
    QCOMPARE(log.freezeFrameCount(), 3);
    QCOMPARE(log.droppedFreezeFrames(), quint64(31 - 3));
    QVERIFY(!log.freezeFrame(log.events().first().freezeFrameId)); // discarded: the oldest go first
    QVERIFY(log.freezeFrame(log.events().last().freezeFrameId));
}

void TestEventLog::everyTypeHasANameAndALabel()
{
    QStringList names;
    for (EventType t : EventTypeNames::all()) {
        QVERIFY(!EventTypeNames::label(t).isEmpty());
        QVERIFY(!names.contains(EventTypeNames::name(t)));
        names.append(EventTypeNames::name(t));
    }
    QCOMPARE(names.size(), 7);
}

void TestEventLog::csvOfEvents()
{
    BankEvent a;
    a.id = 1;
    a.type = EventType::PackProtection;
    a.severity = Severity::Error;
    a.subject = QStringLiteral("P2");
    a.fault = Fault::Overtemperature;
    a.raisedMs = 1'700'000'005'000; // 2023-11-14T22:13:25Z
    a.clearedMs = 1'700'000'010'500;
    a.freezeFrameId = 4;
    BankEvent b;
    b.id = 2;
    b.type = EventType::InverterNoData;
    b.severity = Severity::Error;
    b.detail = QStringLiteral("It falls back to a voltage-only SOC of about 62 %.");
    b.raisedMs = 1'700'000'020'000;
    const QByteArray csv = EventCsv::events({a, b}, 1'700'000'050'000);
    const QByteArray expected =
        "id,raised_utc,cleared_utc,duration_s,subject,severity,event,fault,description,detail,freeze_frame\r\n"
        "1,2023-11-14T22:13:25.000Z,2023-11-14T22:13:30.500Z,5.5,P2,error,pack-protection,overtemperature,"
        "Over-temperature (protection),,4\r\n"
        "2,2023-11-14T22:13:40.000Z,,30.0,bank,error,inverter-no-data,,Inverter receives no BMS data,"
        "It falls back to a voltage-only SOC of about 62 %.,\r\n";
    QCOMPARE(csv, expected);
}

void TestEventLog::csvOfAFreezeFrame()
{
    Rig rig;
    rig.run(rig.at(3), [&](qint64 t, QList<PackReading> &r) {
        if (t >= rig.at(2))
            setFault(r, 0, Fault::PackOvervoltage, t);
    });
    const BankEvent &e = rig.monitor.events().events().first();
    const FreezeFrame *f = rig.monitor.events().freezeFrame(e.freezeFrameId);
    QVERIFY(f);
    const QByteArray csv = EventCsv::freezeFrames({{e, f}});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("event_id,moment,time_utc,subject,quantity,value,unit,source\r"));
    QVERIFY(csv.contains("1,before,2023-11-14T22:13:21.500Z,P1,faults,,"));
    QVERIFY(csv.contains("1,at,2023-11-14T22:13:22.000Z,P1,faults,pack-overvoltage,,"));
    QVERIFY(csv.contains("1,at,2023-11-14T22:13:22.000Z,P3,cell_7_mV,"));
    QVERIFY(csv.contains(",inverter-should-see,ccl_A,148,A,weakest-times-count\r\n"));
    QVERIFY(csv.contains(",P1,condition,online,,"));
    // Every pack and every cell, both moments: 4 packs x 15 cells x 2 moments at least.
    QVERIFY(csv.count("_mV,") >= 4 * 15 * 2);
}

void TestEventLog::csvFieldsAreQuotedAndDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("P1") << QStringLiteral("P1");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula from the wire") << QStringLiteral("=HYPERLINK(\"x\")")
                                           << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at sign") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("empty") << QString() << QString();
}

void TestEventLog::csvFieldsAreQuotedAndDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(EventCsv::field(text), field);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
