// The simulator plays the stand-in taking over (issue 22, for the failover drill): master dies ->
// stand-in promoted -> one master again, on every kind of bank that has a master, as the wire shows
// it; a stand-in promoted beside a master that is still alive makes two masters (RS485 answers
// collide, two CAN frame sets); demoted, the planned master is back; a GX bank has nobody to promote;
// the scenario event fires on time.

#include "jkpb.h"
#include "pylontechmessages.h"
#include "simbank.h"

#include <QTest>

using namespace Pylontech;

namespace {

Scenario parse(const QByteArray &json)
{
    const auto s = Scenario::parse(json);
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return *s;
}

Scenario pylontech(const QByteArray &extra = {})
{
    return parse(R"({"name": "drill", "baud": 115200, "packs": [
        {"id": "P1", "address": 2, "capacity_Ah": 74, "soc_pct": 60},
        {"id": "P2", "address": 3, "capacity_Ah": 74, "soc_pct": 60},
        {"id": "P3", "address": 4, "capacity_Ah": 50, "soc_pct": 60}], "load": [[0, -30]])" + extra + "}");
}

ScenarioFault simEvent(ScenarioFault::Type t, const char *pack = "")
{
    ScenarioFault f;
    f.type = t;
    f.pack = QString::fromLatin1(pack);
    return f;
}

// The whole-group analog answer at the master's address, as the inverter polls it.
CodecResult<DecodedMessage> groupAnswer(const SimBank &sim)
{
    const QByteArray bytes = sim.respond(sim.receive(PylontechFrameCodec::encode(request(Cid2::AnalogValues, 0x02, kGroupCommandValue))));
    if (bytes.isEmpty())
        return CodecError{CodecError::Kind::Empty, QStringLiteral("silence")};
    const auto f = PylontechFrameCodec::decode(bytes);
    if (!f)
        return f.error();
    return describe(*f, Cid2::AnalogValues, kGroupCommandValue);
}

// How many sets of the master's frames a second of CAN carries (one 0x351 each).
int masterFrameSets(const SimBank &sim, qint64 nowMs)
{
    int sets = 0;
    for (const CanFrameData &f : sim.canBroadcast(nowMs, PylonCan::Dialect::PylonV12))
        sets += f.id == 0x351 ? 1 : 0;
    return sets;
}

} // namespace

class TestSimPromote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pylontechMasterDiesStandInTakesOver();
    void twoMastersWhenTheOldOneIsAlive();
    void scenarioEvent();
    void jkPbStandInAtDipZero();
    void jkModbusStandInTakesTheAddress();
    void gxHasNobodyToPromote();
    void badPromotions();
};

void TestSimPromote::pylontechMasterDiesStandInTakesOver()
{
    SimBank sim(pylontech());
    sim.tick(0);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P1")});
    QCOMPARE(groupAnswer(sim)->packs.size(), 3);
    QCOMPARE(masterFrameSets(sim, 0), 1);

    // The master dies: nobody answers at 0x02, nothing on CAN.
    QVERIFY(sim.apply(simEvent(ScenarioFault::Type::MasterDies), true));
    sim.tick(1000);
    QVERIFY(sim.masters().isEmpty());
    QVERIFY(!groupAnswer(sim).ok());
    QCOMPARE(masterFrameSets(sim, 1000), 0);

    // The stand-in takes over: P2 answers at 0x02 for itself and P3, and broadcasts for them.
    QVERIFY(sim.apply(simEvent(ScenarioFault::Type::Promote, "P2"), true));
    sim.tick(2000);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P2")});
    QCOMPARE(sim.promoted().value_or(QString()), QStringLiteral("P2"));
    const auto group = groupAnswer(sim);
    QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().message));
    QCOMPARE(group->packs.size(), 2);
    QCOMPARE(*group->packs[1].fullAh, 50.0); // P3, now the first slave behind P2
    QCOMPARE(masterFrameSets(sim, 2000), 1);
    const auto view = sim.masterView(2000);
    QVERIFY(view && view->inverterSees);
    QCOMPARE(view->inverterSees->value(ViewFieldId::OnlinePacks).value_or(0), 2.0);
    QVERIFY(sim.activeFaults().contains(QStringLiteral("promote:P2")));
    // P3 is now the unit at 0x03 behind P2 (renumbered in chain order).
    const QByteArray p3 = sim.respond(PylontechFrameCodec::encode(request(Cid2::Management, 0x03, quint8(0x03))));
    QVERIFY(PylontechFrameCodec::decode(p3).ok());
}

void TestSimPromote::twoMastersWhenTheOldOneIsAlive()
{
    // The repaired master comes back while the stand-in is still master: two masters.
    SimBank sim(pylontech());
    sim.tick(0);
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), true);
    sim.apply(simEvent(ScenarioFault::Type::Promote, "P2"), true);
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), false);
    sim.tick(1000);
    QCOMPARE(sim.masters(), (QStringList{QStringLiteral("P1"), QStringLiteral("P2")}));
    const auto collided = groupAnswer(sim);
    QVERIFY(!collided.ok());
    QVERIFY(collided.error().kind != CodecError::Kind::Empty); // an answer, but a broken one
    QCOMPARE(masterFrameSets(sim, 1000), 2);
    // Demoted: one master again, the planned one.
    QVERIFY(sim.apply(simEvent(ScenarioFault::Type::Promote), false));
    sim.tick(2000);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P1")});
    QVERIFY(!sim.promoted());
    QCOMPARE(groupAnswer(sim)->packs.size(), 3);
    QCOMPARE(masterFrameSets(sim, 2000), 1);
}

void TestSimPromote::scenarioEvent()
{
    SimBank sim(pylontech(R"(, "faults": [{"at_s": 10, "type": "master-dies"}, {"at_s": 25, "type": "promote", "pack": "P2"}])"));
    sim.tick(0);
    sim.tick(5000);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P1")});
    const QList<ScenarioFault> died = sim.tick(11000);
    QCOMPARE(died.size(), 1);
    QVERIFY(sim.masters().isEmpty());
    QVERIFY(!groupAnswer(sim).ok());
    const QList<ScenarioFault> promoted = sim.tick(26000);
    QCOMPARE(promoted.size(), 1);
    QCOMPARE(promoted.first().type, ScenarioFault::Type::Promote);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P2")});
    QCOMPARE(groupAnswer(sim)->packs.size(), 2);
}

void TestSimPromote::jkPbStandInAtDipZero()
{
    SimBank sim(parse(R"({"name": "jk", "protocol": "jk-pb", "baud": 115200, "packs": [
        {"id": "P1", "address": 0}, {"id": "P2", "address": 1}, {"id": "P3", "address": 2}]})"));
    sim.tick(0);
    auto ownRecords = [&sim] {
        int n = 0;
        for (const QByteArray &unit : sim.jkMasterCycle())
            n += unit.size() == JkPb::kRecordSize ? 1 : 0; // unsolicited: the master's own
        return n;
    };
    QCOMPARE(ownRecords(), 2); // status and settings of the DIP-0 master
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), true);
    QCOMPARE(ownRecords(), 0);
    sim.apply(simEvent(ScenarioFault::Type::Promote, "P2"), true);
    QCOMPARE(sim.masters(), QStringList{QStringLiteral("P2")});
    QCOMPARE(ownRecords(), 2);
    // P2 is no longer polled as a slave at 1; P3 still is, at 2.
    bool pollsOne = false, pollsTwo = false;
    for (const QByteArray &unit : sim.jkMasterCycle()) {
        pollsOne = pollsOne || unit.startsWith(JkPb::encodeRtu(JkPb::trigger(1, JkPb::kTriggerStatus)));
        pollsTwo = pollsTwo || unit.startsWith(JkPb::encodeRtu(JkPb::trigger(2, JkPb::kTriggerStatus)));
    }
    QVERIFY(!pollsOne);
    QVERIFY(pollsTwo);
    // Two DIP-0 packs alive: two masters' records on the pack bus.
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), false);
    QCOMPARE(ownRecords(), 4);
    QCOMPARE(sim.masters().size(), 2);
}

void TestSimPromote::jkModbusStandInTakesTheAddress()
{
    // JK-B style: the stand-in set to the address the inverter polls (the failed pack's).
    SimBank sim(parse(R"({"name": "jk", "protocol": "jk-modbus", "baud": 115200, "architecture": "single-master", "packs": [
        {"id": "P1", "address": 1}, {"id": "P2", "address": 2}]})"));
    sim.tick(0);
    const QByteArray read = JkPb::encodeRtu(JkPb::ReadRequest{1, 0x1200, 0x40});
    QVERIFY(JkPb::decodeRtu(sim.respondModbus(read)).ok());
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), true);
    QVERIFY(sim.respondModbus(read).isEmpty());
    sim.apply(simEvent(ScenarioFault::Type::Promote, "P2"), true);
    QVERIFY(JkPb::decodeRtu(sim.respondModbus(read)).ok()); // P2 answers at 1
    QVERIFY(sim.respondModbus(JkPb::encodeRtu(JkPb::ReadRequest{2, 0x1200, 0x40})).isEmpty());
    // The failed pack back at 1 beside it: two packs at one address, the replies collide.
    sim.apply(simEvent(ScenarioFault::Type::MasterDies), false);
    QVERIFY(!JkPb::decodeRtu(sim.respondModbus(read)).ok());
}

void TestSimPromote::gxHasNobodyToPromote()
{
    SimBank sim(parse(R"({"name": "gx", "protocol": "victron-can", "packs": [{"id": "P1"}, {"id": "P2"}]})"));
    QVERIFY(!sim.apply(simEvent(ScenarioFault::Type::Promote, "P2"), true));
    QVERIFY(sim.masters().isEmpty());
    const auto s = Scenario::parse(R"({"name": "gx", "protocol": "victron-can", "packs": [{"id": "P1"}, {"id": "P2"}],
        "faults": [{"at_s": 5, "type": "promote", "pack": "P2"}]})");
    QVERIFY(!s);
    QCOMPARE(s.error().field, QStringLiteral("faults[0].type"));
}

void TestSimPromote::badPromotions()
{
    SimBank sim(pylontech());
    QVERIFY(!sim.apply(simEvent(ScenarioFault::Type::Promote, "P9"), true));
    QVERIFY(!sim.promoted());
    // Promoting the planned master is no promotion: it clears one.
    QVERIFY(sim.apply(simEvent(ScenarioFault::Type::Promote, "P3"), true));
    QVERIFY(sim.apply(simEvent(ScenarioFault::Type::Promote, "P1"), true));
    QVERIFY(!sim.promoted());
    const auto missing = Scenario::parse(R"({"name": "x", "packs": [{"id": "P1"}, {"id": "P2", "address": 3}], "faults": [{"at_s": 1, "type": "promote"}]})");
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, QStringLiteral("faults[0].pack"));
}

QTEST_GUILESS_MAIN(TestSimPromote)
#include "tst_simpromote.moc"
