// The simulated Pylontech bank: each scenario fault shows on the wire as the real fault would.

#include "bankobserver.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechmessages.h"
#include "simbank.h"

#include <QTest>

#include <cmath>

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
    void protectionStopsThePacksCurrentOnTheWire();
    void canBroadcastCarriesTheAverageCellTemperature();
    void pylontechModuleSaturates_data();
    void pylontechModuleSaturates();
    void pylonCanMasterSaturates_data();
    void pylonCanMasterSaturates();
    void victronFramesSaturate_data();
    void victronFramesSaturate();
    void jkLegacySaturates_data();
    void jkLegacySaturates();
    void jkRegisterImageSaturates_data();
    void jkRegisterImageSaturates();
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

void TestSimBank::protectionStopsThePacksCurrentOnTheWire()
{
    // P1 overheats until its BMS protects: from then on its current on the wire is zero and
    // its MOSFET bits are off, while P2 and P3 carry the whole load.
    SimBank sim(bank());
    sim.tick(0);
    ScenarioFault hot = fault(ScenarioFault::Type::OverTemperature, "P1");
    hot.degrees = 60;
    sim.apply(hot, true);
    qint64 t = 0;
    while (!sim.readings()[0].faults->testFlag(Fault::Overtemperature) && t < 300'000)
        sim.tick(t += 1000);
    QVERIFY(sim.readings()[0].faults->testFlag(Fault::Overtemperature));
    sim.tick(t + 1000);
    const auto group = answer(sim, Cid2::AnalogValues, 2, kGroupCommandValue);
    QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().message));
    QCOMPARE(group->packs.size(), 3);
    QCOMPARE(*group->packs[0].currentA, 0.0);
    QVERIFY(std::abs(*group->packs[1].currentA + *group->packs[2].currentA + 30.0) <= 0.2);
    const auto alarm = answer(sim, Cid2::AlarmInfo, 2);
    QVERIFY(alarm.ok());
    QCOMPARE(*alarm->status.chargeEnabled, false);
    QCOMPARE(*alarm->status.dischargeEnabled, false);
    QCOMPARE(sim.physics().bankCurrentA(), -30.0);
}

void TestSimBank::canBroadcastCarriesTheAverageCellTemperature()
{
    // pylon-can.md 2: 0x356 bytes 4-5 are the average cell temperature, not the highest.
    SimBank sim(bank());
    sim.tick(0);
    ScenarioFault hot = fault(ScenarioFault::Type::OverTemperature, "P1");
    hot.degrees = 20;
    sim.apply(hot, true);
    for (qint64 t = 1000; t <= 60'000; t += 1000)
        sim.tick(t);
    double sum = 0.0;
    int n = 0;
    double hottest = -100.0;
    for (const PackReading &r : sim.readings()) {
        for (qsizetype i = 1; i < r.tempsC->size(); ++i) { // sensor 0 is the BMS board
            sum += r.tempsC->at(i);
            ++n;
        }
        hottest = std::max(hottest, *std::max_element(r.tempsC->cbegin(), r.tempsC->cend()));
    }
    const double average = sum / n;
    QVERIFY(hottest - average > 5.0); // one hot pack: the two differ clearly
    for (const auto dialect : {PylonCan::Dialect::PylonV12, PylonCan::Dialect::PylontechV13}) {
        std::optional<double> told;
        for (const CanFrameData &f : sim.canBroadcast(60'000, dialect))
            if (f.id == 0x356)
                told = PylonCan::describe(f, dialect)->bank.tempC;
        QVERIFY(told);
        QVERIFY2(std::abs(*told - average) <= 0.051, qPrintable(QStringLiteral("0x356 says %1, average %2, hottest %3").arg(*told).arg(average).arg(hottest)));
    }
    // A lost slave's sensors leave the average with it.
    sim.apply(fault(ScenarioFault::Type::SlaveOffline, "P3"), true);
    sim.tick(61'000);
    sum = 0.0;
    n = 0;
    for (int k = 0; k < 2; ++k)
        for (qsizetype i = 1; i < sim.readings()[k].tempsC->size(); ++i, ++n)
            sum += sim.readings()[k].tempsC->at(i);
    std::optional<double> told;
    for (const CanFrameData &f : sim.canBroadcast(61'000, PylonCan::Dialect::PylonV12))
        if (f.id == 0x356)
            told = PylonCan::describe(f)->bank.tempC;
    QVERIFY(told && std::abs(*told - sum / n) <= 0.051);
}

namespace {

const ReadingSource kTest{QStringLiteral("test"), QStringLiteral("test")};

// A reading inside every field's range; one value at a time is pushed past its field.
PackReading plainReading()
{
    PackReading r;
    r.packId = QStringLiteral("P1");
    r.socPct.set(50.0, 0, kTest);
    r.sohPct.set(100.0, 0, kTest);
    r.voltageV.set(52.0, 0, kTest);
    r.currentA.set(-10.0, 0, kTest);
    r.remainingAh.set(37.0, 0, kTest);
    r.fullAh.set(74.0, 0, kTest);
    r.cellsMv.set(QList<int>(16, 3300), 0, kTest);
    r.tempsC.set({25.0, 25.0, 25.0, 25.0, 25.0}, 0, kTest);
    r.cvlV.set(53.2, 0, kTest);
    r.dvlV.set(45.0, 0, kTest);
    r.cclA.set(37.0, 0, kTest);
    r.dclA.set(74.0, 0, kTest);
    return r;
}

void setValue(PackReading &r, const QString &field, double value)
{
    if (field == QLatin1String("current"))
        r.currentA.set(value, 0, kTest);
    else if (field == QLatin1String("voltage"))
        r.voltageV.set(value, 0, kTest);
    else if (field == QLatin1String("cell"))
        r.cellsMv.set(QList<int>(16, int(value)), 0, kTest);
    else if (field == QLatin1String("temperature"))
        r.tempsC.set(QList<double>(5, value), 0, kTest);
    else if (field == QLatin1String("cvl"))
        r.cvlV.set(value, 0, kTest);
    else if (field == QLatin1String("dvl"))
        r.dvlV.set(value, 0, kTest);
    else if (field == QLatin1String("ccl"))
        r.cclA.set(value, 0, kTest);
    else if (field == QLatin1String("dcl"))
        r.dclA.set(value, 0, kTest);
    else if (field == QLatin1String("soc"))
        r.socPct.set(value, 0, kTest);
    else if (field == QLatin1String("remaining"))
        r.remainingAh.set(value, 0, kTest);
    else
        qFatal("unknown field %s", qPrintable(field));
}

void addColumns()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("decoded");
}

} // namespace

void TestSimBank::pylontechModuleSaturates_data()
{
    // What the emulated master answers (0x42 analog values, 0x92 management): a value just
    // beyond its field (pylontech-rs485.md 5.3, 5.6) goes out as the field's limit, never
    // wrapped; within the range it round-trips.
    addColumns();
    QTest::newRow("current in range") << "current" << -27.9 << -27.9;
    QTest::newRow("current 3276.8 A (s16 0.1 A)") << "current" << 3276.8 << 3276.7;
    QTest::newRow("current -3276.9 A") << "current" << -3276.9 << -3276.8;
    QTest::newRow("current -7000 A (was -446.4 A)") << "current" << -7000.0 << -3276.8;
    QTest::newRow("voltage 65.536 V (u16 mV)") << "voltage" << 65.536 << 65.535;
    QTest::newRow("voltage -0.001 V") << "voltage" << -0.001 << 0.0;
    QTest::newRow("cell 65536 mV") << "cell" << 65536.0 << 65535.0;
    QTest::newRow("cell -1 mV") << "cell" << -1.0 << 0.0;
    QTest::newRow("temperature in range") << "temperature" << -12.4 << -12.4;
    QTest::newRow("temperature 3003.7 C (s16 0.1 K)") << "temperature" << 3003.7 << 3003.6;
    QTest::newRow("temperature 2346.7 C stays") << "temperature" << 2346.7 << 2346.7;
    QTest::newRow("temperature below 0 K") << "temperature" << -273.2 << -273.1;
    QTest::newRow("CVL 65.536 V (0x92 u16 mV)") << "cvl" << 65.536 << 65.535;
    QTest::newRow("DVL -1 V") << "dvl" << -1.0 << 0.0;
    QTest::newRow("CCL 3276.8 A (0x92 s16 0.1 A)") << "ccl" << 3276.8 << 3276.7;
    QTest::newRow("DCL 3276.9 A (sent negative)") << "dcl" << 3276.9 << 3276.8;
    QTest::newRow("remaining 16777.216 Ah (u24 mAh)") << "remaining" << 16777.216 << 16777.215;
}

void TestSimBank::pylontechModuleSaturates()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    PhysicsPack pack;
    pack.capacityAh = field == QLatin1String("remaining") ? 20000.0 : 74.0; // > 65 Ah: the 24-bit fields
    PackReading r = plainReading();
    setValue(r, field, value);
    const EmulatedModule m = SimBank::moduleFrom(pack, r);
    Analog analog;
    analog.commandValue = 2;
    analog.modules = {m.analog};
    const auto a = decodeResponseInfo(Cid2::AnalogValues, encodeResponseInfo(analog), 2);
    QVERIFY(a.ok());
    const AnalogModule &back = std::get<Analog>(*a).modules.first();
    const auto mg = decodeResponseInfo(Cid2::Management, encodeResponseInfo(m.management));
    QVERIFY(mg.ok());
    const Management &limits = std::get<Management>(*mg);
    const QMap<QString, double> got{{QStringLiteral("current"), back.currentA()},
                                    {QStringLiteral("voltage"), back.voltageV()},
                                    {QStringLiteral("cell"), double(back.cellsMv.first())},
                                    {QStringLiteral("temperature"), back.tempsC().first()},
                                    {QStringLiteral("cvl"), limits.cvlMv / 1000.0},
                                    {QStringLiteral("dvl"), limits.dvlMv / 1000.0},
                                    {QStringLiteral("ccl"), limits.cclRaw / 10.0},
                                    {QStringLiteral("dcl"), -limits.dclRaw / 10.0},
                                    {QStringLiteral("remaining"), back.remainingAh()}};
    QVERIFY2(std::abs(got.value(field) - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(got.value(field), 0, 'f', 4)));
    // The rest of the module is untouched by one field's saturation.
    if (field != QLatin1String("current"))
        QCOMPARE(back.currentA(), -10.0);
    if (field != QLatin1String("voltage"))
        QCOMPARE(back.voltageV(), 52.0);
}

void TestSimBank::pylonCanMasterSaturates_data()
{
    // The master's broadcast (pylon-can.md 2): every field saturates, one step short of the
    // SMA "invalid" markers 0xFFFF and 0x8000 (section 1), which mean "no value".
    addColumns();
    QTest::newRow("CVL in range") << "cvl" << 53.2 << 53.2;
    QTest::newRow("CVL 6553.5 V (u16 0.1 V, FFFF is invalid)") << "cvl" << 6553.5 << 6553.4;
    QTest::newRow("CCL 3276.8 A (s16 0.1 A)") << "ccl" << 3276.8 << 3276.7;
    QTest::newRow("CCL of 8 x 500 A packs") << "ccl" << 4000.0 << 3276.7;
    QTest::newRow("DCL 3276.8 A") << "dcl" << 3276.8 << 3276.7;
    QTest::newRow("DVL 6553.5 V") << "dvl" << 6553.5 << 6553.4;
    QTest::newRow("voltage 327.68 V (s16 0.01 V)") << "voltage" << 327.68 << 327.67;
    QTest::newRow("voltage -327.68 V (8000 is invalid)") << "voltage" << -327.68 << -327.67;
    QTest::newRow("current -3276.8 A (s16 0.1 A)") << "current" << -3276.8 << -3276.7;
    QTest::newRow("current -7000 A (was -446.4 A)") << "current" << -7000.0 << -3276.7;
    QTest::newRow("current 3276.8 A") << "current" << 3276.8 << 3276.7;
    QTest::newRow("temperature 3276.8 C (s16 0.1 C)") << "temperature" << 3276.8 << 3276.7;
    QTest::newRow("temperature -3276.8 C") << "temperature" << -3276.8 << -3276.7;
    QTest::newRow("SOC 65535 % (u16)") << "soc" << 65535.0 << 65534.0;
    QTest::newRow("SOC -1 %") << "soc" << -1.0 << 0.0;
    QTest::newRow("modules 256 (u8)") << "modules" << 256.0 << 255.0;
    QTest::newRow("capacity 65535 Ah (0x35F u16)") << "capacity" << 65535.0 << 65534.0;
}

void TestSimBank::pylonCanMasterSaturates()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    InverterView v;
    v[ViewFieldId::CvlV].value = field == QLatin1String("cvl") ? value : 53.2;
    v[ViewFieldId::CclA].value = field == QLatin1String("ccl") ? value : 100.0;
    v[ViewFieldId::DclA].value = field == QLatin1String("dcl") ? value : 100.0;
    v[ViewFieldId::VoltageV].value = field == QLatin1String("voltage") ? value : 52.0;
    v[ViewFieldId::CurrentA].value = field == QLatin1String("current") ? value : -20.0;
    v[ViewFieldId::SocPct].value = field == QLatin1String("soc") ? value : 60.0;
    v[ViewFieldId::SohPct].value = 100.0;
    v[ViewFieldId::OnlinePacks].value = field == QLatin1String("modules") ? value : 3.0;
    v[ViewFieldId::CapacityAh].value = field == QLatin1String("capacity") ? value : 222.0;
    const double temperature = field == QLatin1String("temperature") ? value : 25.0;
    const double dvl = field == QLatin1String("dvl") ? value : 45.0;
    QMap<QString, double> got;
    for (const auto dialect : {PylonCan::Dialect::PylonV12, PylonCan::Dialect::PylontechV13}) {
        for (const CanFrameData &f : SimBank::masterFrames(v, temperature, dvl, dialect)) {
            const auto d = PylonCan::describe(f, dialect);
            QVERIFY(d.ok());
            if (d->limits.cvlV)
                got.insert(QStringLiteral("cvl"), *d->limits.cvlV);
            if (d->limits.cclA)
                got.insert(QStringLiteral("ccl"), *d->limits.cclA);
            if (d->limits.dclA)
                got.insert(QStringLiteral("dcl"), *d->limits.dclA);
            if (d->limits.dvlV)
                got.insert(QStringLiteral("dvl"), *d->limits.dvlV);
            if (d->bank.voltageV)
                got.insert(QStringLiteral("voltage"), *d->bank.voltageV);
            if (d->bank.currentA)
                got.insert(QStringLiteral("current"), *d->bank.currentA);
            if (d->bank.tempC)
                got.insert(QStringLiteral("temperature"), *d->bank.tempC);
            if (d->bank.socPct)
                got.insert(QStringLiteral("soc"), *d->bank.socPct);
            if (d->bank.modules)
                got.insert(QStringLiteral("modules"), *d->bank.modules);
            if (d->fields.contains(QStringLiteral("capacity_Ah")))
                got.insert(QStringLiteral("capacity"), d->fields.value(QStringLiteral("capacity_Ah")).toDouble());
        }
        // Capacity travels in V1.3's 0x35F only, the module count in V1.2's 0x359 only.
        const bool carried = !(field == QLatin1String("capacity") && dialect == PylonCan::Dialect::PylonV12)
            && !(field == QLatin1String("modules") && dialect == PylonCan::Dialect::PylontechV13);
        QCOMPARE(got.contains(field), carried);
        if (carried)
            QVERIFY2(std::abs(got.value(field) - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(got.value(field), 0, 'f', 4)));
        got.clear();
    }
}

void TestSimBank::victronFramesSaturate_data()
{
    // A Victron-dialect BMS's own frames (pylon-can.md 2, 4), short of the invalid markers.
    addColumns();
    QTest::newRow("current -3276.8 A") << "current" << -3276.8 << -3276.7;
    QTest::newRow("voltage 327.68 V") << "voltage" << 327.68 << 327.67;
    QTest::newRow("CCL 3276.8 A") << "ccl" << 3276.8 << 3276.7;
    QTest::newRow("CVL 6553.5 V") << "cvl" << 6553.5 << 6553.4;
    QTest::newRow("SOC 655.35 % (0.01 % in 0x355)") << "soc" << 655.35 << 655.34;
    QTest::newRow("cell 65535 mV (0x373)") << "cell" << 65535.0 << 65534.0;
    QTest::newRow("temperature below 0 K (0x373 u16 K)") << "temperature" << -300.0 << -273.15;
    QTest::newRow("temperature 65262.0 C (0x373 u16 K)") << "temperature" << 65262.0 << 65534.0 - 273.15;
}

void TestSimBank::victronFramesSaturate()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    PhysicsPack pack;
    pack.id = QStringLiteral("P1");
    pack.model = QStringLiteral("LFP16S-CAN");
    PackReading r = plainReading();
    setValue(r, field, value);
    QMap<QString, double> got;
    for (const CanFrameData &f : SimBank::victronFrames(pack, r, QStringLiteral("2.1"))) {
        const auto d = PylonCan::describe(f, PylonCan::Dialect::SmaVictron);
        QVERIFY(d.ok());
        if (d->bank.currentA)
            got.insert(QStringLiteral("current"), *d->bank.currentA);
        if (d->bank.voltageV)
            got.insert(QStringLiteral("voltage"), *d->bank.voltageV);
        if (d->limits.cclA)
            got.insert(QStringLiteral("ccl"), *d->limits.cclA);
        if (d->limits.cvlV)
            got.insert(QStringLiteral("cvl"), *d->limits.cvlV);
        if (d->fields.contains(QStringLiteral("soc_hires_pct")))
            got.insert(QStringLiteral("soc"), d->fields.value(QStringLiteral("soc_hires_pct")).toDouble());
        if (d->bank.cellMaxMv)
            got.insert(QStringLiteral("cell"), *d->bank.cellMaxMv);
        if (d->fields.contains(QStringLiteral("cell_temp_max_C")))
            got.insert(QStringLiteral("temperature"), d->fields.value(QStringLiteral("cell_temp_max_C")).toDouble());
    }
    QVERIFY(got.contains(field));
    QVERIFY2(std::abs(got.value(field) - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(got.value(field), 0, 'f', 4)));
}

void TestSimBank::jkLegacySaturates_data()
{
    // A JK-B read-all answer (jk-bms.md b.2-b.3).
    addColumns();
    QTest::newRow("temperature 100 C") << "temperature" << 100.0 << 100.0;
    QTest::newRow("temperature 101 C (0..140 covers -40..100)") << "temperature" << 101.0 << 100.0;
    QTest::newRow("temperature 150 C (read -50 C before)") << "temperature" << 150.0 << 100.0;
    QTest::newRow("temperature -40 C") << "temperature" << -40.0 << -40.0;
    QTest::newRow("temperature -41 C") << "temperature" << -41.0 << -40.0;
    QTest::newRow("voltage 655.36 V (u16 0.01 V)") << "voltage" << 655.36 << 655.35;
    QTest::newRow("voltage -1 V") << "voltage" << -1.0 << 0.0;
    QTest::newRow("current 327.68 A (15 bits of 10 mA)") << "current" << 327.68 << 327.67;
    QTest::newRow("current -327.68 A") << "current" << -327.68 << -327.67;
    QTest::newRow("cell 65536 mV") << "cell" << 65536.0 << 65535.0;
    QTest::newRow("SOC 256 % (u8)") << "soc" << 256.0 << 255.0;
}

void TestSimBank::jkLegacySaturates()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    PhysicsPack pack;
    pack.id = QStringLiteral("B1");
    pack.model = QStringLiteral("JK-B2A24S15P");
    PackReading r = plainReading();
    setValue(r, field, value);
    const auto d = JkLegacy::describe(SimBank::legacyReadAll(pack, r, QStringLiteral("11.XW_S11.26___")));
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    const DecodedPack &p = d->packs.first();
    const QMap<QString, double> got{{QStringLiteral("temperature"), p.tempsC.value(0)}, {QStringLiteral("voltage"), p.voltageV.value_or(-1)},
                                    {QStringLiteral("current"), p.currentA.value_or(-1)}, {QStringLiteral("cell"), double(p.cellsMv.value(0))},
                                    {QStringLiteral("soc"), p.socPct.value_or(-1)}};
    QVERIFY2(std::abs(got.value(field) - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(got.value(field), 0, 'f', 4)));
}

void TestSimBank::jkRegisterImageSaturates_data()
{
    // The JK-PB register image, read over Modbus (big-endian) and sent in 0x55AA records
    // (little-endian): jk-bms.md a.4, a.6.
    addColumns();
    QTest::newRow("current in range") << "current" << -27.9 << -27.9;
    QTest::newRow("current 2147483.648 A (s32 mA)") << "current" << 2147483.648 << 2147483.647;
    QTest::newRow("voltage -1 V (u32 mV)") << "voltage" << -1.0 << 0.0;
    QTest::newRow("cell 65536 mV (u16 mV)") << "cell" << 65536.0 << 65535.0;
    QTest::newRow("temperature 3276.8 C (s16 0.1 C)") << "temperature" << 3276.8 << 3276.7;
    QTest::newRow("temperature -3276.9 C") << "temperature" << -3276.9 << -3276.8;
    QTest::newRow("SOC 256 % (u8)") << "soc" << 256.0 << 255.0;
}

void TestSimBank::jkRegisterImageSaturates()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    PhysicsPack pack;
    pack.id = QStringLiteral("J1");
    pack.address = 1;
    pack.cells = 16;
    PackReading r = plainReading();
    setValue(r, field, value);
    for (const auto order : {JkRegisters::ByteOrder::Big, JkRegisters::ByteOrder::Little}) {
        DecodedMessage d;
        JkRegisters::describe(JkRegisters::decode(0x1000, SimBank::jkRegisterImage(pack, r, QStringLiteral("19.20"), order), order), d);
        const DecodedPack &p = d.packs.first();
        const QMap<QString, double> got{{QStringLiteral("current"), p.currentA.value_or(-1)}, {QStringLiteral("voltage"), p.voltageV.value_or(-1)},
                                        {QStringLiteral("cell"), double(p.cellsMv.value(0))},
                                        {QStringLiteral("temperature"), d.fields.value(QStringLiteral("mos_temp_C")).toDouble()},
                                        {QStringLiteral("soc"), p.socPct.value_or(-1)}};
        QVERIFY2(std::abs(got.value(field) - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(got.value(field), 0, 'f', 4)));
    }
}

QTEST_GUILESS_MAIN(TestSimBank)
#include "tst_simbank.moc"
