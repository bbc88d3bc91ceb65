// The simulated Pylontech bank: each scenario fault shows on the wire as the real fault would.

#include "bankobserver.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechmessages.h"
#include "simbank.h"

#include <QTest>

using namespace Pylontech;

namespace {

Scenario bank()
{
    const auto s = Scenario::parse(R"({"name": "test", "packs": [
        {"id": "P1", "address": 2, "capacity_Ah": 74, "soc_pct": 60},
        {"id": "P2", "address": 3, "capacity_Ah": 74, "soc_pct": 60},
        {"id": "P3", "address": 4, "capacity_Ah": 50, "soc_pct": 60}], "load": [[0, -30]]})");
    return *s;
}

QByteArray ask(quint8 command, int adr, std::optional<quint8> value = std::nullopt)
{
    return PylontechFrameCodec::encode(request(command, quint8(adr), value));
}

CodecResult<DecodedMessage> answer(const SimBank &sim, quint8 command, int adr, std::optional<quint8> value = std::nullopt)
{
    const QByteArray bytes = sim.respond(sim.receive(ask(command, adr, value)));
    if (bytes.isEmpty())
        return CodecError{CodecError::Kind::Empty, QStringLiteral("silence")};
    const auto f = PylontechFrameCodec::decode(bytes);
    if (!f)
        return f.error();
    return describe(*f, command, value ? value : std::optional<quint8>(quint8(adr)));
}

ScenarioFault fault(ScenarioFault::Type t, const char *pack = "")
{
    ScenarioFault f;
    f.type = t;
    f.pack = QString::fromLatin1(pack);
    return f;
}

bool silent(const CodecResult<DecodedMessage> &r)
{
    return !r.ok() && r.error().kind == CodecError::Kind::Empty;
}

} // namespace

class TestSimBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyBankAnswersFromPhysics();
    void slaveOfflineAndCableBreak();
    void masterDiesIsSilence();
    void bmsAsleep();
    void duplicateAddressCollides();
    void wiringFaultsGarbleRequests();
    void cellSagAndOverTemperatureReachTheWire();
    void firmwareMismatch();
    void scheduledFaultsFireOnTime();
    void canBroadcastFromTheMastersAggregate();
    void jkModbusPacks();
    void jkLegacySingleMasterBank();
    void victronBmssPeerToPeer();
    void victronFaultsOnTheWire();
};

namespace {

Scenario victronBank()
{
    const auto s = Scenario::parse(R"({"name": "gx", "protocol": "victron-can", "packs": [
        {"id": "P1", "capacity_Ah": 100, "soc_pct": 60, "cable_mOhm": 4},
        {"id": "P2", "capacity_Ah": 100, "soc_pct": 60, "cable_mOhm": 8},
        {"id": "P3", "capacity_Ah": 50, "soc_pct": 40}], "load": [[0, -30]]})");
    return *s;
}

// What a GX makes of one BMS's frame set: one observer per CAN interface, mapped to its pack.
void observe(BankObserver &observer, const QList<CanFrameData> &frames, qint64 atMs)
{
    for (const CanFrameData &f : frames) {
        const auto d = PylonCan::describe(f, PylonCan::Dialect::SmaVictron);
        QVERIFY2(d.ok(), qPrintable(QString::number(f.id, 16)));
        observer.apply(*d, atMs);
    }
}

QString bmsName(const QList<CanFrameData> &frames)
{
    QByteArray name;
    for (const CanFrameData &f : frames)
        if (f.id == 0x370 || f.id == 0x371)
            name += f.data;
    return QString::fromLatin1(name).remove(QChar(0));
}

} // namespace

void TestSimBank::victronBmssPeerToPeer()
{
    SimBank sim(victronBank());
    sim.tick(0);
    sim.tick(1000);
    const BankConfig config = sim.physics().bankConfig();
    QCOMPARE(config.architecture, Architecture::PeerToPeer);
    BankSnapshot observed;
    observed.config = config;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const QList<CanFrameData> frames = sim.victronBroadcast(i);
        // 351 355 356 35A 35E 35F 370 371 372 373 374 375 376 377 379
        QCOMPARE(frames.size(), 15);
        QCOMPARE(PylonCan::detect(frames), PylonCan::Dialect::SmaVictron);
        names.append(bmsName(frames));
        for (const CanFrameData &f : frames) {
            if (f.id == 0x374) // the min-cell id names the pack: "P2C05"
                QVERIFY(f.data.startsWith(QByteArray(config.packs[i].id.toLatin1() + 'C')));
            if (f.id == 0x351) // never CVL 0 towards a GX
                QVERIFY(PylonCan::describe(f)->limits.cvlV.value_or(0) > 50.0);
        }
        BankObserver gx(config, QStringLiteral("can%1").arg(i));
        gx.setBroadcastPack(config.packs[i].id);
        observe(gx, frames, 1000);
        QVERIFY(!gx.hasObserved()); // a BMS's own values, not what an inverter is told
        observed.readings.insert(config.packs[i].id, *gx.reading(config.packs[i].id));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("P1 LFP16S-CAN"), QStringLiteral("P2 LFP16S-CAN"), QStringLiteral("P3 LFP16S-CAN")}));

    // The GX's aggregate over the wire equals the aggregate over the simulated truth, within
    // the wire's resolution (SOC 0.01 %, V 0.01 V, I 0.1 A, temperatures whole kelvins).
    BankSnapshot truth;
    truth.config = config;
    for (const PackReading &r : sim.readings())
        truth.readings.insert(r.packId, r);
    const AggregationResult want = Aggregator::aggregate(truth, 1000);
    const AggregationResult got = Aggregator::aggregate(observed, 1000);
    QVERIFY(got.inverterSees);
    auto near = [&](ViewFieldId id, double tolerance) {
        const double a = *got.inverterSees->value(id);
        const double b = *want.inverterSees->value(id);
        QVERIFY2(std::abs(a - b) <= tolerance, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    };
    near(ViewFieldId::SocPct, 0.01);
    near(ViewFieldId::VoltageV, 0.01);
    near(ViewFieldId::CurrentA, 0.15);
    near(ViewFieldId::CclA, 0.15);
    near(ViewFieldId::DclA, 0.15);
    near(ViewFieldId::TempMaxC, 0.66);
    QCOMPARE(*got.inverterSees->value(ViewFieldId::CapacityAh), 250.0);
    QCOMPARE(*got.inverterSees->value(ViewFieldId::OnlinePacks), 3.0);
    QCOMPARE(*got.inverterSees->value(ViewFieldId::CellMinMv), *want.inverterSees->value(ViewFieldId::CellMinMv));
    QCOMPARE((*got.inverterSees)[ViewFieldId::CellMinMv].provenance.pack, (*want.inverterSees)[ViewFieldId::CellMinMv].provenance.pack);
    // The unequal cables split the current unequally, and the GX sees each pack's share.
    QVERIFY(std::abs(*observed.readings[QStringLiteral("P1")].currentA) > std::abs(*observed.readings[QStringLiteral("P2")].currentA));

    // P2's BMS switches off: its interface goes quiet; once stale the GX drops it and carries on.
    sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P2"), true);
    sim.tick(2000);
    QVERIFY(sim.victronBroadcast(1).isEmpty());
    QVERIFY(!sim.victronBroadcast(0).isEmpty());
    const qint64 later = 1000 + qint64(observed.policy.staleAfterS * 1000) + 1000;
    for (int i : {0, 2}) {
        BankObserver gx(config, QStringLiteral("can%1").arg(i));
        gx.setBroadcastPack(config.packs[i].id);
        observe(gx, sim.victronBroadcast(i), later);
        observed.readings.insert(config.packs[i].id, *gx.reading(config.packs[i].id));
    }
    const AggregationResult dropped = Aggregator::aggregate(observed, later);
    QCOMPARE(*dropped.inverterSees->value(ViewFieldId::CapacityAh), 150.0);
    QCOMPARE(*dropped.inverterSees->value(ViewFieldId::OnlinePacks), 2.0);
    bool found = false;
    for (const Finding &f : dropped.findings)
        found |= f.code == QLatin1String("pack-dropped") && f.subject == QLatin1String("P2");
    QVERIFY(found);
}

void TestSimBank::victronFaultsOnTheWire()
{
    SimBank sim(victronBank());
    sim.tick(0);
    sim.tick(1000);
    auto frame = [&sim](int pack, quint32 id) {
        for (const CanFrameData &f : sim.victronBroadcast(pack))
            if (f.id == id)
                return *PylonCan::describe(f, PylonCan::Dialect::SmaVictron);
        return DecodedMessage{};
    };
    // Healthy: every alarm and warning pair reads "OK" (10), as BYD sends AA.
    QCOMPARE(frame(0, 0x35A).alarms, QStringList());
    QCOMPARE(frame(0, 0x35A).fields.value(QStringLiteral("alarm_states")).toMap().value(QStringLiteral("high-temperature")).toString(),
             QStringLiteral("ok"));
    // 0x35A pairs: general + high temperature active -> 01 10 10 01 = 0x69 in byte 0.
    QCOMPARE(quint8(SimBank::alarmPairs(Fault::Overtemperature, {}, true)[0]), quint8(0x69));
    QCOMPARE(quint8(SimBank::alarmPairs(Fault::Overtemperature, {}, false)[0]), quint8(0x40));
    // A cable cut, CAN-H/CAN-L swapped or a wrong bit rate: that BMS's frames never arrive,
    // while the pack still carries current.
    for (auto type : {ScenarioFault::Type::CableBreak, ScenarioFault::Type::AbSwapped, ScenarioFault::Type::WrongBaud,
                      ScenarioFault::Type::BmsAsleep}) {
        sim.apply(fault(type, "P3"), true);
        sim.tick(1500);
        QVERIFY(sim.victronBroadcast(2).isEmpty());
        QVERIFY(!sim.victronBroadcast(1).isEmpty());
        sim.apply(fault(type, "P3"), false);
    }
    sim.apply(fault(ScenarioFault::Type::CableBreak, "P3"), true);
    sim.tick(2000);
    QVERIFY(std::abs(*sim.readings()[2].currentA) > 1.0);
    // master-dies has no master to kill here: it silences the first BMS.
    sim.apply(fault(ScenarioFault::Type::MasterDies), true);
    QVERIFY(sim.victronBroadcast(0).isEmpty());
    sim.apply(fault(ScenarioFault::Type::MasterDies), false);
    // Two BMSs on one interface: two frame sets with the same IDs, two names, jumping SOCs.
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "P1"), true);
    const QList<CanFrameData> both = sim.victronBroadcast(0);
    QCOMPARE(both.size(), 30);
    QStringList socs;
    for (const CanFrameData &f : both)
        if (f.id == 0x355)
            socs.append(QString::number(*PylonCan::describe(f)->bank.socPct));
    QCOMPARE(socs.size(), 2);
    QVERIFY(socs[0] != socs[1]);
    QStringList firstHalves;
    for (const CanFrameData &f : both)
        if (f.id == 0x370)
            firstHalves.append(QString::fromLatin1(f.data));
    QCOMPARE(firstHalves, (QStringList{QStringLiteral("P1 LFP16"), QStringLiteral("P1b LFP1")}));
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "P1"), false);
    // Another firmware: 0x35F carries major.minor.
    ScenarioFault fw = fault(ScenarioFault::Type::FirmwareMismatch, "P2");
    fw.firmware = QStringLiteral("3.4.0");
    sim.apply(fw, true);
    QCOMPARE(frame(1, 0x35F).info.firmware, QStringLiteral("3.4"));
    QCOMPARE(frame(0, 0x35F).info.firmware, QStringLiteral("2.1"));
    // Over-temperature reaches the wire as 0x35A pairs and 0x373 extremes.
    sim.apply(fault(ScenarioFault::Type::OverTemperature, "P1"), true);
    for (qint64 t = 2500; t <= 600000; t += 500)
        sim.tick(t);
    const DecodedMessage hot = frame(0, 0x35A);
    QVERIFY2((hot.alarms + hot.warnings).contains(QStringLiteral("overtemperature")), qPrintable((hot.alarms + hot.warnings).join(u',')));
    QVERIFY(frame(0, 0x373).fields.value(QStringLiteral("cell_temp_max_C")).toDouble() > 50.0);
}

void TestSimBank::jkLegacySingleMasterBank()
{
    const auto scenario = Scenario::parse(R"({"name": "jkb", "protocol": "jk-legacy", "architecture": "single-master", "packs": [
        {"id": "B1", "address": 1, "capacity_Ah": 230, "soc_pct": 70, "cable_mOhm": 3},
        {"id": "B2", "address": 2, "capacity_Ah": 230, "soc_pct": 40, "cable_mOhm": 9}], "load": [[0, -30]]})");
    QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().toString()));
    SimBank sim(*scenario);
    sim.tick(0);
    sim.tick(1000);
    auto readAll = [&sim](int adr) {
        JkLegacy::Frame f = JkLegacy::readAllRequest();
        f.terminal = quint32(adr);
        return sim.respondLegacy(JkLegacy::encode(f));
    };
    const auto b2 = JkLegacy::describe(readAll(2));
    QVERIFY2(b2.ok(), qPrintable(b2.ok() ? QString() : b2.error().message));
    QCOMPARE(b2->packs[0].cellsMv.size(), 16);
    QCOMPARE(*b2->packs[0].socPct, std::round(*sim.readings()[1].socPct));
    QVERIFY(std::abs(*b2->packs[0].currentA - *sim.readings()[1].currentA) < 0.02); // version-1 current encoding
    QVERIFY(std::abs(*b2->packs[0].voltageV - *sim.readings()[1].voltageV) < 0.006);
    QCOMPARE(b2->fields.value(QStringLiteral("protocol_version")).toInt(), 1);
    QVERIFY(readAll(3).isEmpty()); // nobody at 3
    sim.apply(fault(ScenarioFault::Type::BmsAsleep, "B2"), true);
    QVERIFY(readAll(2).isEmpty());
    // With no inter-BMS link, the inverter is told the master pack's own values.
    const QList<CanFrameData> frames = sim.canBroadcast(1000, PylonCan::Dialect::PylonV12);
    BankObserver told(BankConfig{}, QStringLiteral("can0"));
    for (const CanFrameData &f : frames)
        told.apply(*PylonCan::describe(f), 1);
    QCOMPARE(*told.observed().value(ViewFieldId::OnlinePacks), 1.0);
    QCOMPARE(*told.observed().value(ViewFieldId::SocPct), std::round(*sim.readings()[0].socPct));
}

void TestSimBank::jkModbusPacks()
{
    const auto scenario = Scenario::parse(R"({"name": "jk", "protocol": "jk-modbus", "packs": [
        {"id": "J1", "address": 1, "capacity_Ah": 280, "soc_pct": 55}, {"id": "J2", "address": 2, "capacity_Ah": 280, "soc_pct": 50}],
        "load": [[0, -20]]})");
    QVERIFY(scenario.ok());
    SimBank sim(*scenario);
    sim.tick(0);
    sim.tick(1000);
    auto read = [&sim](quint8 adr, quint16 start, quint16 words) {
        return sim.respondModbus(JkPb::encodeRtu(JkPb::ReadRequest{adr, start, words}));
    };
    // Status through the one register table: 16 cells, the pack voltage, SOC, capacity.
    const auto status = JkPb::describe(read(1, 0x1280, 40), 0x1280);
    QVERIFY(status.ok());
    QVERIFY(std::abs(*status->packs[0].voltageV - *sim.readings()[0].voltageV) < 0.002);
    QCOMPARE(*status->packs[0].fullAh, 280.0);
    QCOMPARE(*status->packs[0].socPct, std::round(*sim.readings()[0].socPct));
    const auto cells = JkPb::describe(read(2, 0x1200, 32), 0x1200);
    QCOMPARE(cells->packs[0].cellsMv.size(), 16);
    QCOMPARE(JkPb::describe(read(1, 0x1400, 16), 0x1400)->info.model, QStringLiteral("JK_PB2A16S20P"));
    // Outside the map: exception 2; a write: exception 1; another address or a bad CRC: silence.
    QCOMPARE(JkPb::describe(read(1, 0x2000, 4))->fields.value(QStringLiteral("exception_code")).toInt(), 2);
    QCOMPARE(JkPb::describe(sim.respondModbus(JkPb::encodeRtu(JkPb::WriteRequest{1, 0x1004, 2, QByteArray(4, '\0')})))
                 ->fields.value(QStringLiteral("exception_code")).toInt(), 1);
    QVERIFY(read(7, 0x1200, 2).isEmpty());
    QByteArray badCrc = JkPb::encodeRtu(JkPb::ReadRequest{1, 0x1200, 2});
    badCrc[7] = char(badCrc[7] ^ 0x55);
    QVERIFY(sim.respondModbus(badCrc).isEmpty());
    // Faults.
    sim.apply(fault(ScenarioFault::Type::SlaveOffline, "J2"), true);
    QVERIFY(read(2, 0x1200, 2).isEmpty());
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "J1"), true);
    QVERIFY(!JkPb::decodeRtu(read(1, 0x1290, 2)).ok()); // garbled: bad CRC, or even the function byte
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "J1"), false);
    ScenarioFault fw = fault(ScenarioFault::Type::FirmwareMismatch, "J1");
    fw.firmware = QStringLiteral("19.05");
    sim.apply(fw, true);
    QCOMPARE(JkPb::describe(read(1, 0x1400, 16), 0x1400)->info.firmware, QStringLiteral("19.05"));
}

void TestSimBank::canBroadcastFromTheMastersAggregate()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.tick(1000);
    const QList<CanFrameData> v12 = sim.canBroadcast(1000, PylonCan::Dialect::PylonV12);
    QCOMPARE(v12.size(), 6);
    QCOMPARE(PylonCan::detect(v12), PylonCan::Dialect::PylonV12);
    const QList<CanFrameData> v13 = sim.canBroadcast(1000, PylonCan::Dialect::PylontechV13);
    QCOMPARE(PylonCan::detect(v13), PylonCan::Dialect::PylontechV13);
    // What the frames say is what the aggregation core computed for the master.
    const AggregationResult view = *sim.masterView(1000);
    BankObserver observer(BankConfig{}, QStringLiteral("can0"));
    for (const CanFrameData &f : v12)
        observer.apply(*PylonCan::describe(f, PylonCan::Dialect::PylonV12), 1);
    const InverterView &told = observer.observed();
    QCOMPARE(*told.value(ViewFieldId::OnlinePacks), 3.0);
    QCOMPARE(*told.value(ViewFieldId::SocPct), std::round(*view.inverterSees->value(ViewFieldId::SocPct)));
    QVERIFY(std::abs(*told.value(ViewFieldId::CurrentA) - *view.inverterSees->value(ViewFieldId::CurrentA)) < 0.06);
    QCOMPARE(*told.value(ViewFieldId::CclA), *view.inverterSees->value(ViewFieldId::CclA));
    QCOMPARE(told.faults, Faults());
    // A lost slave: fewer modules and a communication warning-level alarm from the master.
    sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P3"), true);
    sim.tick(2000);
    BankObserver after(BankConfig{}, QStringLiteral("can0"));
    for (const CanFrameData &f : sim.canBroadcast(2000, PylonCan::Dialect::PylonV12))
        after.apply(*PylonCan::describe(f, PylonCan::Dialect::PylonV12), 2);
    QCOMPARE(*after.observed().value(ViewFieldId::OnlinePacks), 2.0);
    QVERIFY(after.observed().faults.testFlag(Fault::Communication) || after.observed().warnings.testFlag(Fault::Communication));
    // Two packs at P2's address: the master's polls of it collide, so it drops out as well.
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "P2"), true);
    BankObserver collided(BankConfig{}, QStringLiteral("can0"));
    for (const CanFrameData &f : sim.canBroadcast(2000, PylonCan::Dialect::PylonV12))
        collided.apply(*PylonCan::describe(f, PylonCan::Dialect::PylonV12), 2);
    QCOMPARE(*collided.observed().value(ViewFieldId::OnlinePacks), 1.0);
    // The wiring faults of an RS485 scenario leave the master's CAN alone ...
    sim.apply(fault(ScenarioFault::Type::AbSwapped), true);
    QVERIFY(!sim.canBroadcast(3000, PylonCan::Dialect::PylonV12).isEmpty());
    // ... while in a pylon-can scenario they are on the CAN cable: nothing arrives.
    Scenario can = bank();
    can.protocol = QStringLiteral("pylon-can");
    for (auto type : {ScenarioFault::Type::AbSwapped, ScenarioFault::Type::WrongBaud}) {
        SimBank canSim(can);
        canSim.tick(0);
        QVERIFY(!canSim.canBroadcast(0, PylonCan::Dialect::PylonV12).isEmpty());
        canSim.apply(fault(type), true);
        QVERIFY(canSim.canBroadcast(0, PylonCan::Dialect::PylonV12).isEmpty());
    }
    // A dead master broadcasts nothing.
    sim.apply(fault(ScenarioFault::Type::MasterDies), true);
    QVERIFY(sim.canBroadcast(3000, PylonCan::Dialect::PylonV12).isEmpty());
}

void TestSimBank::healthyBankAnswersFromPhysics()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.tick(1000);
    const auto group = answer(sim, Cid2::AnalogValues, 2, kGroupCommandValue);
    QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().message));
    QCOMPARE(group->packs.size(), 3);
    QVERIFY(std::abs(*group->packs[0].socPct - 60.0) < 0.5);
    // The currents the physics computed add up to the load.
    double sum = 0.0;
    for (const DecodedPack &p : group->packs)
        sum += *p.currentA;
    QVERIFY(std::abs(sum + 30.0) < 0.5);
    QCOMPARE(*group->packs[0].fullAh, 74.0); // > 65 Ah: the 24-bit fields
    QCOMPARE(*group->packs[2].fullAh, 50.0);
    const auto limits = answer(sim, Cid2::Management, 3);
    QVERIFY(limits.ok());
    QCOMPARE(*limits->limits.cvlV, 53.2);
    QCOMPARE(*limits->limits.dclA, 74.0);
}

void TestSimBank::slaveOfflineAndCableBreak()
{
    SimBank sim(bank());
    sim.tick(0);
    QVERIFY(sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P2"), true));
    QVERIFY(sim.apply(fault(ScenarioFault::Type::CableBreak, "P3"), true));
    sim.tick(1000);
    QCOMPARE(*answer(sim, Cid2::Management, 3)->returnCode, 0x91);
    QCOMPARE(*answer(sim, Cid2::Management, 4)->returnCode, 0x91);
    const auto group = answer(sim, Cid2::AnalogValues, 2, kGroupCommandValue);
    QCOMPARE(group->packs.size(), 1);
    // P2 left the bus; P3's pack still carries current behind its broken link cable.
    QCOMPARE(*sim.readings()[1].currentA, 0.0);
    QVERIFY(std::abs(*sim.readings()[2].currentA) > 1.0);
    QVERIFY(sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P2"), false));
    QCOMPARE(*answer(sim, Cid2::Management, 3)->returnCode, 0x00);
    QVERIFY(!sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P9"), true));
}

void TestSimBank::masterDiesIsSilence()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.apply(fault(ScenarioFault::Type::MasterDies), true);
    sim.tick(1000);
    QVERIFY(silent(answer(sim, Cid2::AnalogValues, 2)));
    QVERIFY(silent(answer(sim, Cid2::Management, 3)));
    QCOMPARE(*sim.readings()[0].currentA, 0.0);
}

void TestSimBank::bmsAsleep()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.apply(fault(ScenarioFault::Type::BmsAsleep, "P3"), true);
    QCOMPARE(*answer(sim, Cid2::AnalogValues, 4)->returnCode, 0x91);
    sim.apply(fault(ScenarioFault::Type::BmsAsleep, "P1"), true);
    QVERIFY(silent(answer(sim, Cid2::AnalogValues, 2)));
}

void TestSimBank::duplicateAddressCollides()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.apply(fault(ScenarioFault::Type::DuplicateAddress, "P2"), true);
    int checksumErrors = 0;
    for (quint8 c : {Cid2::AnalogValues, Cid2::Management, Cid2::SerialNumber}) {
        const auto a = answer(sim, c, 3);
        checksumErrors += !a.ok() && (a.error().kind == CodecError::Kind::BadChecksum || a.error().kind == CodecError::Kind::NotHex
                                      || a.error().kind == CodecError::Kind::BadLengthChecksum);
    }
    QCOMPARE(checksumErrors, 3);
    QVERIFY(answer(sim, Cid2::Management, 4).ok()); // other addresses unaffected
}

void TestSimBank::wiringFaultsGarbleRequests()
{
    SimBank sim(bank());
    sim.tick(0);
    sim.apply(fault(ScenarioFault::Type::AbSwapped), true);
    QVERIFY(!sim.receive(ask(Cid2::AnalogValues, 2)).contains('~'));
    QCOMPARE(sim.lineNoise(), QByteArray(4, '\0'));
    sim.apply(fault(ScenarioFault::Type::AbSwapped), false);
    sim.apply(fault(ScenarioFault::Type::WrongBaud), true);
    const QByteArray seen = sim.receive(ask(Cid2::AnalogValues, 2));
    QVERIFY(!seen.contains('~') && !seen.contains('\r'));
    QVERIFY(sim.lineNoise().isEmpty());
}

void TestSimBank::cellSagAndOverTemperatureReachTheWire()
{
    SimBank sim(bank());
    sim.tick(0);
    ScenarioFault sag = fault(ScenarioFault::Type::CellSag, "P2");
    sag.cell = 9;
    sag.ohm = 0.02;
    sim.apply(sag, true);
    ScenarioFault hot = fault(ScenarioFault::Type::OverTemperature, "P1");
    hot.degrees = 45;
    sim.apply(hot, true);
    for (qint64 t = 1000; t <= 120'000; t += 1000)
        sim.tick(t);
    const auto p2 = answer(sim, Cid2::AnalogValues, 3);
    const QList<int> &cells = p2->packs[0].cellsMv;
    QCOMPARE(int(std::min_element(cells.cbegin(), cells.cend()) - cells.cbegin()), 8);
    const auto alarm = answer(sim, Cid2::AlarmInfo, 2);
    QVERIFY(alarm->alarms.contains(QStringLiteral("overtemperature")));
    const auto limits = answer(sim, Cid2::Management, 2);
    QCOMPARE(*limits->limits.dclA, 0.0);
    QCOMPARE(*limits->status.dischargeEnabled, false);
}

void TestSimBank::firmwareMismatch()
{
    SimBank sim(bank());
    sim.tick(0);
    ScenarioFault f = fault(ScenarioFault::Type::FirmwareMismatch, "P3");
    f.firmware = QStringLiteral("0.6.1");
    sim.apply(f, true);
    QCOMPARE(answer(sim, Cid2::SoftwareVersion, 4)->info.firmware, QStringLiteral("0.6.1"));
    QCOMPARE(answer(sim, Cid2::SoftwareVersion, 3)->info.firmware, QStringLiteral("0.6.5"));
}

void TestSimBank::scheduledFaultsFireOnTime()
{
    Scenario s = bank();
    ScenarioFault f = fault(ScenarioFault::Type::SlaveOffline, "P3");
    f.atS = 5.0;
    s.faults = {f};
    SimBank sim(s);
    QVERIFY(sim.tick(10'000).isEmpty()); // the first tick starts the clock
    QVERIFY(sim.tick(14'000).isEmpty());
    const QList<ScenarioFault> fired = sim.tick(15'000);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(sim.activeFaults(), QStringList{QStringLiteral("slave-offline:P3")});
    QVERIFY(sim.tick(20'000).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimBank)
#include "tst_simbank.moc"
