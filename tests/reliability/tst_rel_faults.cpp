// Every fault the simulator can inject, while BankScope polls a 4-pack Pylontech bank flat out
// at 115200 baud (cycles back to back, every byte recorded): bankscope-sim on a pseudo-terminal
// is the bank, its faults started and cleared on its standard input as a technician's bench
// would; BankScope's own SerialPollLink, PollScheduler, DecodePipeline, SessionRecorder and
// BankMonitor are the session. For each fault: no crash (the simulator and the session keep
// running), the right finding (the pack condition and, where the aggregation has one, its
// finding, within a deadline), recovery when the fault is cleared, and nothing that arrived
// intact lost from the recording (every byte the link received and sent is in the file, in
// order, and replaying the file decodes every message that decoded live).
// The same for a GX-style peer-to-peer CAN bank (two Victron-dialect BMSs on virtualcan, each
// on its own interface) while another device floods the first bus with ~10,000 frames a second.

#include "bankmonitor.h"
#include "canlink.h"
#include "catalogue.h"
#include "commissioningchecks.h"
#include "commissioningplan.h"
#include "clock.h"
#include "decodepipeline.h"
#include "pollprotocol.h"
#include "pollscheduler.h"
#include "scenario.h"
#include "seriallink.h"
#include "sessionformat.h"
#include "sessionrecorder.h"
#include "simbank.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kBaud = 115200;

// The bank of the commissioning plan tests/data/commissioning/pylontech-3pack-deye.json: a master
// (P1, address 2) and two slaves, US3000C; a load so packs carry current (a BMS that stops
// answering while carrying current is not asleep, and a soft cell sags).
QByteArray scenarioJson()
{
    return R"({"name": "reliability: three packs under faults", "baud": 115200, "turnaround_ms": 2, "tick_ms": 250,
        "packs": [{"id": "P1", "address": 2, "capacity_Ah": 74}, {"id": "P2", "address": 3, "capacity_Ah": 74},
                  {"id": "P3", "address": 4, "capacity_Ah": 74}],
        "load": [[0, -45]]})";
}

// One session against one simulator: what a BankSession does for a polled RS485 link, assembled
// from the same parts, with the monitor refreshed on the window's 10 Hz tick.
class Session : public QObject
{
public:
    Session(const QString &port, const BankConfig &config, const QString &recording)
        : m_config(config)
        , m_link(SerialSettings{port, kBaud}, m_clock)
        , m_pipeline(ProtocolId::PylontechRs485, config, QStringLiteral("ttyBS0"))
        , m_monitor(m_clock, config)
        , m_scheduler(m_link, m_protocol, m_clock, pollSettings())
    {
        AggregationPolicy policy;
        policy.staleAfterS = 3.0; // the default 10 s, shortened so each fault shows within seconds
        m_monitor.setPolicy(policy);
        m_recorder.open(recording, QStringLiteral("tst_rel_faults"));
        m_recorder.attach(&m_link, QStringLiteral("ttyBS0"));
        m_pipeline.attach(&m_link);
        connect(&m_link, &SerialLink::received, this, [this](const QByteArray &b, qint64) { m_rx += b; });
        connect(&m_link, &SerialLink::sent, this, [this](const QByteArray &b, qint64) { m_tx += b; });
        connect(&m_pipeline, &DecodePipeline::decoded, this, [this](const DecodedMessage &m, qint64) {
            ++m_decoded;
            if (m.direction != QLatin1String("response") || !m.address)
                return;
            // The main-line version from 0x96 (0x51 carries another, shorter version number).
            const QString pack = m_pipeline.observer().packForAddress(*m.address);
            if (!m.info.firmware.isEmpty() && !pack.isEmpty() && m.fields.contains(QStringLiteral("manufacturer_version")))
                m_info[pack].firmware = m.info.firmware;
        });
        connect(&m_scheduler, &PollScheduler::answered, this, [this](const PollRequest &r, const DecodedMessage &m, qint64) {
            PackLinkInfo &i = info(r.address);
            ++i.answers;
            i.lastAnswerMs = m_clock.nowMs();
            if (m.returnCode && *m.returnCode == 0x91) {
                ++i.notAnswering;
                i.lastNotAnsweringMs = m_clock.nowMs();
            }
        });
        connect(&m_scheduler, &PollScheduler::failed, this, [this](const PollRequest &r, const QString &reason, const QString &) {
            PackLinkInfo &i = info(r.address);
            if (reason == QLatin1String("timeout")) {
                ++i.timeouts;
                i.lastTimeoutMs = m_clock.nowMs();
            } else if (reason == QLatin1String("checksum") || reason == QLatin1String("framing")
                       || reason == QLatin1String("wrong-address")) {
                reason == QLatin1String("checksum") ? ++i.checksumErrors : ++i.framingErrors;
                i.lastChecksumErrorMs = m_clock.nowMs();
            }
        });
        connect(&m_scheduler, &PollScheduler::foreignTraffic, this, [this](const ForeignTraffic &) { ++m_foreign; });
        connect(&m_scheduler, &PollScheduler::cycleFinished, this, [this](int, qint64) { ++m_cycles; });
        connect(&m_tick, &QTimer::timeout, this, [this] {
            m_monitor.updateReadings(m_pipeline.observer().readings());
            for (auto it = m_scheduler.stats().cbegin(); it != m_scheduler.stats().cend(); ++it)
                info(it.key()).requests = it.value().requests;
            m_monitor.setLinkInfo(m_info);
            m_monitor.refresh();
        });
    }

    bool start()
    {
        if (!m_link.open())
            return false;
        QList<int> addresses;
        for (const PackConfig &p : m_config.packs)
            addresses.append(p.address);
        const PollPlans::Plan plan = PollPlans::pylontech(addresses, false);
        // The module identity (0x96, the main-line version) is read every cycle too, so another
        // firmware shows within a cycle (a session reads it once a minute).
        QList<PollRequest> cyclic = plan.cyclic;
        for (const PollRequest &r : plan.once)
            if (r.command == 0x96)
                cyclic.append(r);
        m_scheduler.setPlan(plan.once, cyclic);
        m_scheduler.start();
        m_tick.start(100);
        return true;
    }
    void stop()
    {
        m_tick.stop();
        m_scheduler.stop();
        m_link.close();
        m_pipeline.flush(m_clock.nowUs());
        m_recorder.close();
    }

    PackCondition condition(const QString &pack) const
    {
        for (const PackStateInfo &s : m_monitor.packStates())
            if (s.id == pack)
                return s.condition;
        return PackCondition::NoData;
    }
    QString conditions() const
    {
        QStringList out;
        for (const PackStateInfo &s : m_monitor.packStates())
            out.append(s.id + QLatin1Char('=') + PackConditionNames::name(s.condition));
        return out.join(QLatin1Char(' '));
    }
    bool hasFinding(const QString &code, const QString &subject = {}) const
    {
        for (const Finding &f : m_monitor.result().findings)
            if (f.code == code && (subject.isEmpty() || f.subject == subject))
                return true;
        return false;
    }
    QString findings() const
    {
        QStringList out;
        for (const Finding &f : m_monitor.result().findings)
            out.append(f.code + QLatin1Char('(') + f.subject + QLatin1Char(')'));
        return out.join(QLatin1Char(' '));
    }
    bool allOnline() const
    {
        for (const PackStateInfo &s : m_monitor.packStates())
            if (s.condition != PackCondition::Online)
                return false;
        return !m_monitor.packStates().isEmpty();
    }
    const BankMonitor &monitor() const { return m_monitor; }
    PackLinkInfo linkInfo(const QString &pack) const { return m_info.value(pack); }
    QByteArray rx() const { return m_rx; }
    QByteArray tx() const { return m_tx; }
    quint64 decoded() const { return m_decoded; }
    int cycles() const { return m_cycles; }
    int foreign() const { return m_foreign; }
    bool polling() const { return m_scheduler.isRunning(); }
    quint64 discardedBytes() const { return m_pipeline.stats().discardedBytes + m_pipeline.stats().fragments; }

private:
    static PollSettings pollSettings()
    {
        PollSettings s;
        s.timeoutMs = 150; // 115200 baud: a 0x42 answer takes ~12 ms on the wire
        s.retries = 0;
        return s;
    }
    PackLinkInfo &info(int address)
    {
        for (const PackConfig &p : m_config.packs)
            if (p.address == address)
                return m_info[p.id];
        return m_info[QStringLiteral("?")];
    }

    BankConfig m_config;
    SessionClock m_clock;
    SerialPollLink m_link;
    PylontechPollProtocol m_protocol;
    DecodePipeline m_pipeline;
    SessionRecorder m_recorder;
    BankMonitor m_monitor;
    PollScheduler m_scheduler;
    QTimer m_tick;
    QHash<QString, PackLinkInfo> m_info;
    QByteArray m_rx;
    QByteArray m_tx;
    quint64 m_decoded = 0;
    int m_cycles = 0;
    int m_foreign = 0;
};

// The same for a GX-style peer-to-peer bank: two Victron-dialect BMSs, each broadcasting on its
// own virtualcan interface (bankscope-sim --can virtualcan:can0,can1), one CanListenLink and
// pipeline per interface, everything recorded. The load: a flood of another device's frames
// (extended ids, thousands a second) on can0 beside the BMS.
class CanSession : public QObject
{
public:
    CanSession(const BankConfig &config, const QString &recording)
        : m_config(config)
        , m_monitor(m_clock, config)
    {
        AggregationPolicy policy;
        policy.staleAfterS = 3.0; // the default 10 s, shortened so each fault shows within seconds
        m_monitor.setPolicy(policy);
        m_recorder.open(recording, QStringLiteral("tst_rel_faults CAN"));
        for (int i = 0; i < 2; ++i) {
            CanSettings cs;
            cs.plugin = QStringLiteral("virtualcan");
            cs.interface = QStringLiteral("can%1").arg(i);
            m_links.push_back(std::make_unique<CanListenLink>(cs, m_clock));
            m_pipelines.push_back(std::make_unique<DecodePipeline>(ProtocolId::PylonCan, config, cs.interface));
            m_pipelines.back()->setBroadcastPack(config.packs[i].id);
            const QString link = cs.interface;
            DecodePipeline *pipeline = m_pipelines.back().get();
            const QString pack = config.packs[i].id;
            connect(m_links.back().get(), &CanLink::framesReceived, this, [=, this](const QList<TimedCanFrame> &frames) {
                for (const TimedCanFrame &f : frames) {
                    m_received.append({link, f.frame});
                    m_recorder.recordCan(link, f.frame, f.atUs, f.frame.extended);
                    pipeline->feedCan(f.frame, f.atUs);
                }
            });
            connect(pipeline, &DecodePipeline::decoded, this, [=, this](const DecodedMessage &m, qint64) {
                ++m_decoded;
                if (!m.foreign) {
                    PackLinkInfo &info = m_info[pack];
                    ++info.answers;
                    info.lastAnswerMs = m_clock.nowMs();
                    if (!m.info.firmware.isEmpty())
                        info.firmware = m.info.firmware;
                }
            });
        }
        connect(&m_tick, &QTimer::timeout, this, [this] {
            QList<PackReading> readings;
            for (const auto &p : m_pipelines)
                readings += p->observer().readings();
            m_monitor.updateReadings(readings);
            m_monitor.setLinkInfo(m_info);
            m_monitor.refresh();
        });
    }
    bool start()
    {
        for (const auto &l : m_links)
            if (!l->open())
                return false;
        m_tick.start(100);
        return true;
    }
    bool open() const
    {
        for (const auto &l : m_links)
            if (l->state() != LinkState::Open)
                return false;
        return true;
    }
    void stop()
    {
        m_tick.stop();
        for (const auto &l : m_links)
            l->close();
        m_recorder.close();
    }
    const BankMonitor &monitor() const { return m_monitor; }
    PackLinkInfo linkInfo(const QString &pack) const { return m_info.value(pack); }
    const QList<std::pair<QString, CanFrameData>> &received() const { return m_received; }
    quint64 decoded() const { return m_decoded; }
    quint64 foreign() const { return m_pipelines[0]->stats().foreign; }
    PackCondition condition(const QString &pack) const
    {
        for (const PackStateInfo &st : m_monitor.packStates())
            if (st.id == pack)
                return st.condition;
        return PackCondition::NoData;
    }
    QString conditions() const
    {
        QStringList out;
        for (const PackStateInfo &st : m_monitor.packStates())
            out.append(st.id + QLatin1Char('=') + PackConditionNames::name(st.condition));
        return out.join(QLatin1Char(' '));
    }
    bool hasFinding(const QString &code, const QString &subject) const
    {
        for (const Finding &f : m_monitor.result().findings)
            if (f.code == code && f.subject == subject)
                return true;
        return false;
    }
    QString findings() const
    {
        QStringList out;
        for (const Finding &f : m_monitor.result().findings)
            out.append(f.code + QLatin1Char('(') + f.subject + QLatin1Char(')'));
        return out.join(QLatin1Char(' '));
    }
    bool allOnline() const
    {
        for (const PackStateInfo &st : m_monitor.packStates())
            if (st.condition != PackCondition::Online)
                return false;
        return !m_monitor.packStates().isEmpty();
    }

private:
    BankConfig m_config;
    SessionClock m_clock;
    std::vector<std::unique_ptr<CanListenLink>> m_links;
    std::vector<std::unique_ptr<DecodePipeline>> m_pipelines;
    SessionRecorder m_recorder;
    BankMonitor m_monitor;
    QTimer m_tick;
    QHash<QString, PackLinkInfo> m_info;
    QList<std::pair<QString, CanFrameData>> m_received;
    quint64 m_decoded = 0;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFaultUnderLoad_data();
    void everyFaultUnderLoad();
    void everyCanFaultUnderLoad_data();
    void everyCanFaultUnderLoad();
};

void TestFaults::everyFaultUnderLoad_data()
{
    QTest::addColumn<QString>("fault");     // as typed on bankscope-sim's standard input
    QTest::addColumn<QString>("pack");      // the pack it is put on (empty: bank-wide, or the master)
    QTest::addColumn<QString>("condition"); // the pack condition the window shows for `subject`
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("finding");   // the finding expected about `subject` (aggregation, or the firmware check)
    // What each fault looks like on a polled Pylontech bus, and what a technician must be told:
    // the master gone, miswired or at another speed: nothing answers, the master is lost.
    QTest::newRow("master-dies") << "master-dies" << "" << "no-answer" << "P1" << "master-lost";
    QTest::newRow("ab-swapped") << "ab-swapped" << "" << "no-answer" << "P1" << "master-lost";
    QTest::newRow("wrong-baud") << "wrong-baud" << "" << "no-answer" << "P1" << "master-lost";
    // A slave the master cannot reach: the master answers RTN 0x91 for it. Carrying current, it is
    // not asleep, whatever the cause (off, cable, sleep): "not answering", slave lost.
    QTest::newRow("slave-offline") << "slave-offline" << "P3" << "not-answering" << "P3" << "slave-lost";
    QTest::newRow("cable-break") << "cable-break" << "P3" << "not-answering" << "P3" << "slave-lost";
    QTest::newRow("bms-asleep") << "bms-asleep" << "P3" << "not-answering" << "P3" << "slave-lost";
    // Two packs on one address: their answers collide.
    QTest::newRow("duplicate-address") << "duplicate-address" << "P3" << "checksum-errors" << "P3" << "";
    // The pack's own alarms, as the aggregation passes them on.
    QTest::newRow("cell-sag") << "cell-sag" << "P3" << "online" << "P3" << ""; // the weakest cell, checked below
    QTest::newRow("over-temperature") << "over-temperature" << "P3" << "online" << "P3" << "pack-fault";
    // Another firmware on one module (0x96, read again as a session does once a minute).
    QTest::newRow("firmware-mismatch") << "firmware-mismatch" << "P3" << "online" << "P3" << "firmware-differs";
}

void TestFaults::everyFaultUnderLoad()
{
    QFETCH(QString, fault);
    QFETCH(QString, pack);
    QFETCH(QString, condition);
    QFETCH(QString, subject);
    QFETCH(QString, finding);
    // Every fault the simulator knows has a row (a new one must get its expectation here).
    QStringList known;
    for (const ScenarioFault::Type t : ScenarioFault::all())
        if (t != ScenarioFault::Type::Promote)
            known.append(ScenarioFault::name(t));
    QVERIFY(known.contains(fault));
    QCOMPARE(known.size(), 10);

    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("bank.json"));
    {
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scenarioJson());
    }
    const auto scenario = Scenario::parse(scenarioJson());
    QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().toString()));
    const BankConfig config = SimBank(*scenario).physics().bankConfig();
    // The plan this bank was commissioned with, for the firmware check (serials and firmware
    // left out: the simulator's modules are known by address, and run their own version).
    QFile planFile(QStringLiteral(BANKSCOPE_SOURCE_DIR "/tests/data/commissioning/pylontech-3pack-deye.json"));
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    QJsonObject planJson = QJsonDocument::fromJson(planFile.readAll()).object();
    QJsonArray planPacks = planJson.value(QStringLiteral("packs")).toArray();
    for (QJsonValueRef p : planPacks) {
        QJsonObject o = p.toObject();
        o.insert(QStringLiteral("serial"), QString());
        o.insert(QStringLiteral("firmware"), QString());
        p = o;
    }
    planJson.insert(QStringLiteral("packs"), planPacks);
    const Catalogue catalogue = Catalogue::builtIn();
    const auto plan = PlanJson::parse(QJsonDocument(planJson).toJson(), catalogue);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));

    QProcess sim;
    // Ended on every way out of this function (a failed check included), never left running.
    const auto stopSim = qScopeGuard([&sim] {
        if (sim.state() != QProcess::NotRunning) {
            sim.kill();
            sim.waitForFinished(3000);
        }
    });
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--pty")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
    const QString port = QString::fromUtf8(sim.readLine()).trimmed();
    QVERIFY2(port.startsWith(QLatin1String("/dev/")), qPrintable(port));

    const QString recording = dir.filePath(QStringLiteral("session.log"));
    Session session(port, config, recording);
    QVERIFY(session.start());
    QTRY_VERIFY2_WITH_TIMEOUT(session.allOnline(), qPrintable(session.conditions()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session.linkInfo(QStringLiteral("P3")).firmware.isEmpty(), 5000);
    const auto firmwareFindings = [&] {
        VerificationEvidence evidence;
        evidence.nowMs = session.monitor().nowMs();
        for (const PackConfig &p : config.packs) {
            PackEvidence e;
            e.address = p.address;
            e.firmware = session.linkInfo(p.id).firmware;
            if (const PackReading *r = session.monitor().reading(p.id))
                e.reading = *r;
            evidence.packs.append(e);
        }
        QStringList codes;
        for (const CheckFinding &f : CommissioningChecks::firmwareMatch(*plan, catalogue, evidence))
            codes.append(f.code);
        return codes;
    };
    QCOMPARE(firmwareFindings(), QStringList{QStringLiteral("firmware-same")});
    QVERIFY2(session.findings().isEmpty(), qPrintable(session.findings())); // a healthy bank first

    // The fault, under load: the scheduler keeps polling flat out meanwhile.
    const int cyclesBefore = session.cycles();
    const quint64 discardedBefore = session.discardedBytes();
    sim.write(QStringLiteral("fault %1%2\n").arg(fault, pack.isEmpty() ? QString() : QLatin1Char(' ') + pack).toUtf8());
    // The simulator says what it did (its event lines; "started" came before).
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += sim.readAll()).contains("\"event\":\"fault\""), said.constData(), 5000);

    if (fault == QLatin1String("cell-sag")) {
        // Pylontech's 0x44 carries no imbalance alarm: what BankScope says is which cell is the
        // bank's weakest (the Cells page marks it) and by how much it sags under the pack's load.
        const auto weakest = [&] {
            const ViewField &min = session.monitor().result().bankTruth[ViewFieldId::CellMinMv];
            return min.value ? QStringLiteral("%1 cell %2").arg(min.provenance.pack).arg(min.provenance.index) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(weakest(), QStringLiteral("%1 cell 1").arg(subject), 10000);
        const PackReading *r = session.monitor().reading(subject);
        QVERIFY(r && r->cellsMv.has());
        QList<int> cells = *r->cellsMv;
        const int sagging = cells.first();
        std::sort(cells.begin(), cells.end());
        QVERIFY2(cells[cells.size() / 2] - sagging >= 80, qPrintable(QStringLiteral("cell 1 %1 mV, median %2 mV").arg(sagging).arg(cells[cells.size() / 2])));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(PackConditionNames::name(session.condition(subject)) == condition,
                              qPrintable(session.conditions() + QStringLiteral(" / ") + session.findings()), 20000);
    if (fault == QLatin1String("firmware-mismatch")) {
        QTRY_VERIFY_WITH_TIMEOUT(session.linkInfo(subject).firmware != session.linkInfo(QStringLiteral("P1")).firmware, 10000);
        QVERIFY2(firmwareFindings().join(QLatin1Char(' ')).contains(finding), qPrintable(firmwareFindings().join(QLatin1Char(' '))));
    } else if (!finding.isEmpty()) {
        QTRY_VERIFY2_WITH_TIMEOUT(session.hasFinding(finding, subject), qPrintable(session.conditions() + QStringLiteral(" / ") + session.findings()),
                                  20000);
    }
    if (fault == QLatin1String("ab-swapped")) // the line carries garbage: bytes that are no frame, counted
        QTRY_VERIFY_WITH_TIMEOUT(session.discardedBytes() > discardedBefore, 5000);
    QVERIFY(session.polling());                 // the session did not give up ...
    QTRY_VERIFY(session.cycles() > cyclesBefore + 2); // ... and went on polling through the fault

    // Cleared: the bank answers intact again.
    sim.write(QStringLiteral("clear %1%2\n").arg(fault, pack.isEmpty() ? QString() : QLatin1Char(' ') + pack).toUtf8());
    const quint64 answersAtClear = session.linkInfo(subject).answers;
    QTRY_VERIFY_WITH_TIMEOUT(session.linkInfo(subject).answers > answersAtClear + 3, 10000);
    if (fault != QLatin1String("duplicate-address") && fault != QLatin1String("over-temperature") && fault != QLatin1String("cell-sag"))
        QTRY_VERIFY2_WITH_TIMEOUT(session.allOnline(), qPrintable(session.conditions()), 10000);
    session.stop();
    QCOMPARE(sim.state(), QProcess::Running); // the simulator survived the session too
    sim.write("quit\n");
    QVERIFY(sim.waitForFinished(5000));

    // Nothing that arrived intact is missing from the recording: every byte received and sent,
    // in order, and every message that decoded live decodes again from the file.
    QFile f(recording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto events = SessionFormat::parseLog(f.readAll());
    QVERIFY2(events, qPrintable(events ? QString() : events.error().toString()));
    QByteArray rx;
    QByteArray tx;
    DecodePipeline replay(ProtocolId::PylontechRs485, config, QStringLiteral("ttyBS0"));
    quint64 replayed = 0;
    connect(&replay, &DecodePipeline::decoded, this, [&replayed](const DecodedMessage &, qint64) { ++replayed; });
    qint64 lastUs = 0;
    for (const SessionFormat::Event &e : *events) {
        QCOMPARE(e.link, QStringLiteral("ttyBS0"));
        (e.kind == SessionFormat::Kind::SerialRx ? rx : tx) += e.data;
        replay.feedSerial(e.data, e.timeUs);
        lastUs = e.timeUs;
    }
    replay.flush(lastUs);
    QVERIFY(!session.rx().isEmpty());
    QCOMPARE(rx.size(), session.rx().size());
    QVERIFY(rx == session.rx());
    QVERIFY(tx == session.tx());
    QCOMPARE(replayed, session.decoded());
}

void TestFaults::everyCanFaultUnderLoad_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("finding"); // about P2
    for (const ScenarioFault::Type t : ScenarioFault::all()) {
        if (t == ScenarioFault::Type::Promote)
            continue; // a peer-to-peer bank has no master to promote
        const QString name = ScenarioFault::name(t);
        QString finding = QStringLiteral("pack-dropped"); // the BMS goes quiet on its interface: the GX drops it
        if (t == ScenarioFault::Type::OverTemperature)
            finding = QStringLiteral("pack-fault");
        else if (t == ScenarioFault::Type::CellSag)
            finding = QStringLiteral("weakest-cell");
        else if (t == ScenarioFault::Type::FirmwareMismatch)
            finding = QStringLiteral("firmware");
        else if (t == ScenarioFault::Type::DuplicateAddress)
            finding = QStringLiteral("two-bms-one-link"); // a second BMS on P2's interface, same ids
        QTest::newRow(qPrintable(name)) << name << finding;
    }
}

void TestFaults::everyCanFaultUnderLoad()
{
    QFETCH(QString, fault);
    QFETCH(QString, finding);
    const QByteArray json = R"({"name": "reliability: two CAN BMSs under faults", "protocol": "victron-can", "tick_ms": 250,
        "packs": [{"id": "P1", "capacity_Ah": 200, "soc_pct": 72}, {"id": "P2", "capacity_Ah": 100, "soc_pct": 65}],
        "load": [[0, -45]]})";
    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("bank.json"));
    {
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    const auto scenario = Scenario::parse(json);
    QVERIFY(scenario);
    const BankConfig config = SimBank(*scenario).physics().bankConfig();

    QProcess sim;
    const auto stopSim = qScopeGuard([&sim] {
        if (sim.state() != QProcess::NotRunning) {
            sim.kill();
            sim.waitForFinished(3000);
        }
    });
    // The simulator first: it hosts the virtual buses.
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--can"), QStringLiteral("virtualcan:can0,can1")});
    QVERIFY(sim.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += sim.readAll()).contains("\"event\":\"started\""), said.constData(), 10000);

    const QString recording = dir.filePath(QStringLiteral("can.log"));
    CanSession session(config, recording);
    QVERIFY(session.start());
    QTRY_VERIFY_WITH_TIMEOUT(session.open(), 10000);
    // The load: another device on can0, 29-bit ids, as fast as the bus takes them.
    QString error;
    std::unique_ptr<QCanBusDevice> other(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0"), &error));
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->connectDevice());
    QTRY_COMPARE(other->state(), QCanBusDevice::ConnectedState);
    quint64 flooded = 0;
    QTimer flood;
    connect(&flood, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 20; ++i) {
            QCanBusFrame f(0x18FF50E5, QByteArray::fromHex("0102030405060708"));
            f.setExtendedFrameFormat(true);
            other->writeFrame(f);
            ++flooded;
        }
    });
    flood.start(2); // ~10,000 frames a second
    QTRY_VERIFY2_WITH_TIMEOUT(session.allOnline(), qPrintable(session.conditions()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session.linkInfo(QStringLiteral("P2")).firmware.isEmpty(), 5000);
    QVERIFY2(session.findings().isEmpty(), qPrintable(session.findings()));
    const QString firmwareBefore = session.linkInfo(QStringLiteral("P2")).firmware;

    sim.write(QStringLiteral("fault %1 P2\n").arg(fault).toUtf8());
    said.clear();
    QTRY_VERIFY2_WITH_TIMEOUT((said += sim.readAll()).contains("\"event\":\"fault\""), said.constData(), 5000);
    if (finding == QLatin1String("weakest-cell")) {
        const auto weakest = [&] {
            const ViewField &min = session.monitor().result().bankTruth[ViewFieldId::CellMinMv];
            return min.value ? min.provenance.pack : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(weakest(), QStringLiteral("P2"), 10000);
    } else if (finding == QLatin1String("firmware")) {
        QTRY_VERIFY_WITH_TIMEOUT(session.linkInfo(QStringLiteral("P2")).firmware != firmwareBefore, 10000);
        QVERIFY(session.linkInfo(QStringLiteral("P2")).firmware != session.linkInfo(QStringLiteral("P1")).firmware);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(session.hasFinding(finding, QStringLiteral("P2")), qPrintable(session.conditions() + QStringLiteral(" / ") + session.findings()),
                                  20000);
    }
    if (finding == QLatin1String("two-bms-one-link")) {
        // The evidence: both senders by the names in their name frames, on P2's interface (can1).
        for (const Finding &f : session.monitor().result().findings)
            if (f.code == finding)
                QVERIFY2(f.text.contains(QLatin1String("P2 ")) && f.text.contains(QLatin1String("P2b")) && f.text.contains(QLatin1String("can1")),
                         qPrintable(f.text));
        QVERIFY2(!session.hasFinding(finding, QStringLiteral("P1")), qPrintable(session.findings()));
    }
    QVERIFY(session.foreign() > 0); // the other device's frames were read and told apart, not taken for a BMS's

    sim.write(QStringLiteral("clear %1 P2\n").arg(fault).toUtf8());
    const quint64 answersAtClear = session.linkInfo(QStringLiteral("P2")).answers;
    QTRY_VERIFY_WITH_TIMEOUT(session.linkInfo(QStringLiteral("P2")).answers > answersAtClear + 10, 10000);
    if (finding == QLatin1String("pack-dropped"))
        QTRY_VERIFY2_WITH_TIMEOUT(session.allOnline(), qPrintable(session.conditions()), 10000);
    flood.stop();
    QTest::qWait(100);
    session.stop();
    other->disconnectDevice();
    QCOMPARE(sim.state(), QProcess::Running);
    sim.write("quit\n");
    QVERIFY(sim.waitForFinished(5000));

    // Every frame received is in the recording, in order, on its interface.
    QFile f(recording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto events = SessionFormat::parseLog(f.readAll());
    QVERIFY2(events, qPrintable(events ? QString() : events.error().toString()));
    QCOMPARE(events->size(), session.received().size());
    for (qsizetype i = 0; i < events->size(); ++i) {
        const SessionFormat::Event &e = events->at(i);
        const auto &[link, frame] = session.received()[i];
        QVERIFY(e.link == link && e.canId == frame.id && e.data == frame.data && e.extended == frame.extended);
    }
    QVERIFY(flooded > 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_rel_faults.moc"
