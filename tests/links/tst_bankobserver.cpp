// Decoded frames of every protocol become PackReadings and an observed InverterView that the
// aggregation core consumes.

#include "aggregator.h"
#include "bankobserver.h"
#include "hex.h"
#include "linedecoder.h"
#include "pylontechmessages.h"

#include <QFile>
#include <QTest>

#include <cmath>

#include "testdata.h"

namespace {

BankConfig pylontechBank()
{
    BankConfig c;
    c.architecture = Architecture::MasterSlave;
    c.packs = {{QStringLiteral("P1"), QStringLiteral("US2000"), 50.0, PackRole::Master, 2},
               {QStringLiteral("P2"), QStringLiteral("US2000"), 50.0, PackRole::Slave, 3},
               {QStringLiteral("P3"), QStringLiteral("US2000"), 50.0, PackRole::Slave, 4}};
    return c;
}

DecodedMessage decode(ProtocolId protocol, const QByteArray &line, LineDecoder *decoder = nullptr)
{
    LineDecoder local(LineDecoder::Options{protocol, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    LineDecoder &d = decoder ? *decoder : local;
    const auto m = d.decode(line);
    if (!m)
        qWarning() << m.error().message;
    return m ? *m : DecodedMessage{};
}


} // namespace

class TestBankObserver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pylontechGroupAnswerFeedsTheCore();
    void pylontechModuleLimits();
    void groupAnswerWithAModuleMissing();
    void canBroadcastIsTheObservedView();
    void unknownAlarmsAreKept();
    void peerToPeerBroadcastIsThePacksOwn();
    void twoSendersOnOnePacksLink_data();
    void twoSendersOnOnePacksLink();
    void jkPbRecordByAckAddress();
    void jkLegacyByPolledAddress();
    void unknownAddressesAreReported();
};

void TestBankObserver::pylontechGroupAnswerFeedsTheCore()
{
    const BankConfig config = pylontechBank();
    BankObserver obs(config, QStringLiteral("ttyUSB0"));
    LineDecoder dec(LineDecoder::Options{ProtocolId::PylontechRs485, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    decode(ProtocolId::PylontechRs485, "~20024642E002FFFD09", &dec);
    const DecodedMessage m = decode(ProtocolId::PylontechRs485,
        "~20024600914211030F0CE70CE80CE60CE70CE80CE80CE80CE60CE50CE60CE80CE70CEA0CE50CE6050B910B870B870B870B87FFE6C18982DC02C350001F0F0CE20CE60CE60CE10CE50CE70CE60CE30CE20CE50CE30CE90CE70CE90CE9050B910B870B870B870B87FFE7C17082DC02C350001F0F0CE20CE50CE50CE20CE30CE30CE40CE50CE60CE60CE30CE40CE40CE60CE6050B910B7D0B7D0B7D0B7DFFE5C16082DC02C350001FB476",
        &dec);
    const QStringList updated = obs.apply(m, 5000);
    QCOMPARE(updated, (QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")}));
    const PackReading *p2 = obs.reading(QStringLiteral("P2"));
    QVERIFY(p2);
    QCOMPARE(*p2->currentA, -2.5);
    QCOMPARE(p2->currentA.atMs, 5000);
    QCOMPARE(p2->currentA.source.link, QStringLiteral("ttyUSB0"));
    QCOMPARE(p2->currentA.source.protocol, QStringLiteral("pylontech-rs485"));

    BankSnapshot s;
    s.config = config;
    for (const PackReading &r : obs.readings())
        s.readings.insert(r.packId, r);
    const AggregationResult result = Aggregator::aggregate(s, 5000);
    QCOMPARE(*result.bankTruth.value(ViewFieldId::SocPct), 67.0); // 3 x 33.5 Ah of 3 x 50 Ah
    QVERIFY(qAbs(*result.bankTruth.value(ViewFieldId::CurrentA) - (-7.8)) < 1e-9);
    QCOMPARE(*result.bankTruth.value(ViewFieldId::OnlinePacks), 3.0);
    // The lowest cell of the three modules: module 2 (P2) cell 4, 0x0CE1 = 3297 mV.
    QCOMPARE(result.bankTruth[ViewFieldId::CellMinMv].provenance.pack, QStringLiteral("P2"));
    QCOMPARE(*result.bankTruth.value(ViewFieldId::CellMinMv), 3297.0);
}

void TestBankObserver::groupAnswerWithAModuleMissing()
{
    // Fact sheet E2 (three blocks) read for a bank configured with four packs at 2..5: the
    // answer carries no addresses, so the blocks cannot be placed until the master says which
    // module it cannot reach (RTN 0x91 for address 3, P2).
    BankConfig config = pylontechBank();
    config.packs.append({QStringLiteral("P4"), QStringLiteral("US2000"), 50.0, PackRole::Slave, 5});
    BankObserver obs(config, QStringLiteral("ttyUSB0"));
    LineDecoder dec(LineDecoder::Options{ProtocolId::PylontechRs485, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    const QByteArray request = "~20024642E002FFFD09";
    const QByteArray answer = "~20024600914211030F0CE70CE80CE60CE70CE80CE80CE80CE60CE50CE60CE80CE70CEA0CE50CE6050B910B870B870B870B87FFE6C18982DC02C350001F0F0CE20CE60CE60CE10CE50CE70CE60CE30CE20CE50CE30CE90CE70CE90CE9050B910B870B870B870B87FFE7C17082DC02C350001F0F0CE20CE50CE50CE20CE30CE30CE40CE50CE60CE60CE30CE40CE40CE60CE6050B910B7D0B7D0B7D0B7DFFE5C16082DC02C350001FB476";
    decode(ProtocolId::PylontechRs485, request, &dec);
    QVERIFY(obs.apply(decode(ProtocolId::PylontechRs485, answer, &dec), 1000).isEmpty());
    QCOMPARE(obs.ambiguousGroupAnswers(), 1);
    QVERIFY(obs.readings().isEmpty());
    // 0x92 to address 3 answered RTN 0x91 by the master.
    PylontechFrame rtn;
    rtn.adr = 3;
    rtn.cid1 = 0x46;
    rtn.cid2 = 0x91;
    decode(ProtocolId::PylontechRs485, PylontechFrameCodec::encode(Pylontech::request(Pylontech::Cid2::Management, 3)), &dec);
    QCOMPARE(obs.apply(decode(ProtocolId::PylontechRs485, PylontechFrameCodec::encode(rtn), &dec), 1500), QStringList{QStringLiteral("P2")});
    QVERIFY(obs.reading(QStringLiteral("P2"))->markedOffline);
    // Now the three blocks are P1, P3 and P4.
    decode(ProtocolId::PylontechRs485, request, &dec);
    QCOMPARE(obs.apply(decode(ProtocolId::PylontechRs485, answer, &dec), 2000),
             (QStringList{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4")}));
    QCOMPARE(*obs.reading(QStringLiteral("P3"))->currentA, -2.5); // the second block
    QCOMPARE(*obs.reading(QStringLiteral("P4"))->currentA, -2.7); // the third
    QVERIFY(!obs.reading(QStringLiteral("P2"))->currentA.has());
    QCOMPARE(obs.ambiguousGroupAnswers(), 1);
}

void TestBankObserver::pylontechModuleLimits()
{
    BankObserver obs(pylontechBank(), QStringLiteral("ttyUSB0"));
    LineDecoder dec(LineDecoder::Options{ProtocolId::PylontechRs485, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    decode(ProtocolId::PylontechRs485, "~20024692C0040201FCCD", &dec);
    const DecodedMessage m = decode(ProtocolId::PylontechRs485, "~20024600B01402D002B79800FAFF06C0F92D", &dec);
    QCOMPARE(obs.apply(m, 1), QStringList{QStringLiteral("P1")});
    const PackReading *p1 = obs.reading(QStringLiteral("P1"));
    QCOMPARE(*p1->cvlV, 53.25);
    QCOMPARE(*p1->cclA, 25.0);
    QCOMPARE(*p1->dclA, 25.0);
    QVERIFY(!obs.hasObserved()); // module data, not what the inverter is told
}

void TestBankObserver::canBroadcastIsTheObservedView()
{
    BankObserver obs(pylontechBank(), QStringLiteral("can0"));
    for (const char *line : {"351#1402C012C012C201", "355#58005E00", "356#7A13F2FE6B01", "359#0000000006504E",
                             "35C#C000", "35E#50594C4F4E202020", "305#0000000000000000"})
        QVERIFY(obs.apply(decode(ProtocolId::PylonCan, line), 100).isEmpty());
    QVERIFY(obs.hasObserved());
    const InverterView &v = obs.observed();
    QCOMPARE(*v.value(ViewFieldId::SocPct), 88.0);
    QCOMPARE(*v.value(ViewFieldId::SohPct), 94.0);
    QCOMPARE(*v.value(ViewFieldId::VoltageV), 49.86);
    QCOMPARE(*v.value(ViewFieldId::CurrentA), -27.0);
    QCOMPARE(*v.value(ViewFieldId::CvlV), 53.2);
    QCOMPARE(*v.value(ViewFieldId::CclA), 480.0);
    QCOMPARE(*v.value(ViewFieldId::DclA), 480.0);
    QCOMPARE(*v.value(ViewFieldId::OnlinePacks), 6.0);
    // 0x356's 36.3 C is the average cell temperature (pylon-can.md 2): kept as the average,
    // not passed off as the bank's highest and lowest temperature.
    QCOMPARE(*obs.observedAverageTempC(), 36.3);
    QVERIFY(!v.value(ViewFieldId::TempMaxC));
    QVERIFY(!v.value(ViewFieldId::TempMinC));
    QCOMPARE(v[ViewFieldId::SocPct].provenance.rule, Rule::Reported);
    QCOMPARE(v[ViewFieldId::SocPct].provenance.from, QStringList{QStringLiteral("can0")});
    QCOMPARE(v.faults, Faults());
    QVERIFY(obs.readings().isEmpty());
    // A sender with the extremes (Victron 0x373) fills them in.
    obs.apply(decode(ProtocolId::PylonCan, "373#A60CE40C22012601"), 200); // 290 / 294 K
    QVERIFY(std::abs(*obs.observed().value(ViewFieldId::TempMinC) - 16.85) < 1e-9);
    QVERIFY(std::abs(*obs.observed().value(ViewFieldId::TempMaxC) - 20.85) < 1e-9);
    QCOMPARE(*obs.observedAverageTempC(), 36.3);
}

void TestBankObserver::peerToPeerBroadcastIsThePacksOwn()
{
    // Fact sheet C3: a BYD LVS talking to Venus OS, one BMS on the GX's interface "can1".
    BankConfig gx;
    gx.architecture = Architecture::PeerToPeer;
    gx.packs = {{QStringLiteral("B1"), QStringLiteral("LVS"), 0.0, PackRole::Slave, 1},
                {QStringLiteral("B2"), QStringLiteral("LVS"), 0.0, PackRole::Slave, 2}};
    BankObserver obs(gx, QStringLiteral("can1"));
    obs.setBroadcastPack(QStringLiteral("B2"));
    LineDecoder decoder(LineDecoder::Options{ProtocolId::PylonCan, std::nullopt, PylonCan::Dialect::SmaVictron, std::nullopt});
    QStringList updated;
    for (const char *line : {"351#480200050005AE01", "355#4300640000000000", "356#BE14F9FF8C000000", "35A#AAAAAAAAAAAAAAAA",
                             "35E#4259440000000000", "35F#4C69011769000000", "305#0000000000000000"})
        updated += obs.apply(decode(ProtocolId::PylonCan, line, &decoder), 100);
    QCOMPARE(updated.size(), 6); // every battery frame updated B2; the GX's own 0x305 did not
    QVERIFY(!obs.hasObserved());
    const PackReading *r = obs.reading(QStringLiteral("B2"));
    QVERIFY(r);
    QCOMPARE(*r->socPct, 67.0);
    QCOMPARE(*r->sohPct, 100.0);
    QCOMPARE(*r->voltageV, 53.10);
    QCOMPARE(*r->currentA, -0.7);
    QCOMPARE(*r->tempsC, QList<double>{14.0});
    QCOMPARE(*r->cvlV, 58.4);
    QCOMPARE(*r->cclA, 128.0);
    QCOMPARE(*r->dclA, 128.0);
    QCOMPARE(*r->dvlV, 43.0);
    QCOMPARE(*r->fullAh, 105.0);
    QCOMPARE(*r->faults, Faults());
    QCOMPARE(r->socPct.source.link, QStringLiteral("can1"));
    QVERIFY(!obs.reading(QStringLiteral("B1")));
    // Victron extensions: 0x373 extremes replace the single 0x356 temperature; hi-res SOC wins.
    obs.apply(decode(ProtocolId::PylonCan, "373#A60CE40C22012601", &decoder), 200); // 3238/3300 mV, 290/294 K
    obs.apply(decode(ProtocolId::PylonCan, "356#BE14F9FF8C000000", &decoder), 200);
    obs.apply(decode(ProtocolId::PylonCan, "355#43006400371A", &decoder), 200); // 0x1A37 = 67.11 %
    QCOMPARE(*r->cellMinMv, 3238.0);
    QCOMPARE(*r->cellMaxMv, 3300.0);
    QVERIFY(std::abs(*r->tempMinC - 16.85) < 1e-9);
    QVERIFY(std::abs(*r->tempMaxC - 20.85) < 1e-9);
    QVERIFY(!r->tempsC.has());
    QCOMPARE(*r->socPct, 67.11);
}

void TestBankObserver::twoSendersOnOnePacksLink_data()
{
    // Name frames on B2's own interface, one a second ("ms:id#data"); the names: "P2 LFP16" and
    // "P2b LFP1" in 0x370 (bankscope-sim's twin BMS), "BANKSIM" and "PYLON" in 0x35E.
    const QString p2 = QStringLiteral("370#5032204C46503136");
    const QString p2b = QStringLiteral("370#503262204C465031");
    const QString banksim = QStringLiteral("35E#42414E4B53494D00");
    const QString pylon = QStringLiteral("35E#50594C4F4E202020");
    auto every = [](const QStringList &frames, int fromMs, int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            for (const QString &f : frames)
                out.append(QStringLiteral("%1:%2").arg(fromMs + 1000 * i).arg(f));
        return out;
    };
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<QStringList>("senders"); // empty: no name heard
    QTest::addColumn<bool>("finding");
    QTest::newRow("one BMS") << every({p2, banksim}, 0, 5) << QStringList{QStringLiteral("P2 LFP16")} << false;
    QTest::newRow("a second BMS on the port, same ids") << every({p2, p2b, banksim}, 0, 4)
                                                        << QStringList{QStringLiteral("P2 LFP16"), QStringLiteral("P2b LFP1")} << true;
    QTest::newRow("a Victron-dialect and a Pylon BMS") << every({p2, banksim, pylon}, 0, 3)
                                                       << QStringList{QStringLiteral("BANKSIM"), QStringLiteral("PYLON")} << true;
    // Heard once is not a sender (a corrupted frame that still checked out, a plug-in moment).
    QTest::newRow("one stray name") << every({p2}, 0, 5) + QStringList{QStringLiteral("4500:") + p2b} << QStringList{QStringLiteral("P2 LFP16")}
                                    << false;
    // A BMS renamed (reconfigured in its app): the old name ages out of the window.
    QTest::newRow("a name changed once") << every({p2}, 0, 3) + every({p2b}, 20000, 3) << QStringList{QStringLiteral("P2b LFP1")} << false;
    // Some BMSs put cell extremes in 0x370 (not printable): nothing to tell apart, nothing said.
    QTest::newRow("0x370 without a name") << every({QStringLiteral("370#A60CE40C22012601"), QStringLiteral("370#A00CE40C22012601")}, 0, 4)
                                          << QStringList() << false;
}

void TestBankObserver::twoSendersOnOnePacksLink()
{
    QFETCH(QStringList, frames);
    QFETCH(QStringList, senders);
    QFETCH(bool, finding);
    BankConfig gx;
    gx.architecture = Architecture::PeerToPeer;
    gx.packs = {{QStringLiteral("B1"), QStringLiteral("LFP16"), 200.0, PackRole::Slave, 1},
                {QStringLiteral("B2"), QStringLiteral("LFP16"), 200.0, PackRole::Slave, 2}};
    BankObserver b1(gx, QStringLiteral("can0"));
    b1.setBroadcastPack(QStringLiteral("B1"));
    BankObserver b2(gx, QStringLiteral("can1"));
    b2.setBroadcastPack(QStringLiteral("B2"));
    LineDecoder decoder(LineDecoder::Options{ProtocolId::PylonCan, std::nullopt, PylonCan::Dialect::SmaVictron, std::nullopt});
    qint64 last = 0;
    for (const QString &f : frames) {
        last = f.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QByteArray line = f.section(QLatin1Char(':'), 1).toLatin1();
        // B2's BMS also sends its values (they make it online); B1 one BMS alone.
        b2.apply(decode(ProtocolId::PylonCan, line, &decoder), last);
        b2.apply(decode(ProtocolId::PylonCan, "355#4300640000000000", &decoder), last);
        b1.apply(decode(ProtocolId::PylonCan, "355#4300640000000000", &decoder), last);
        b1.apply(decode(ProtocolId::PylonCan, "370#5031204C46503136", &decoder), last); // "P1 LFP16"
    }
    const PackReading *r = b2.reading(QStringLiteral("B2"));
    QVERIFY(r);
    QCOMPARE(r->senders.value_or({}), senders);
    if (!senders.isEmpty())
        QCOMPARE(r->senders.source.link, QStringLiteral("can1"));

    // What the window and the monitor show: a finding on B2, naming both, and none on B1.
    BankSnapshot snap;
    snap.config = gx;
    for (const PackReading &x : b1.readings() + b2.readings())
        snap.readings.insert(x.packId, x);
    const AggregationResult result = Aggregator::aggregate(snap, last);
    const auto it = std::find_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return f.code == QLatin1String("two-bms-one-link"); });
    QCOMPARE(it != result.findings.end(), finding);
    if (finding) {
        QCOMPARE(it->subject, QStringLiteral("B2"));
        QCOMPARE(it->severity, Severity::Error);
        for (const QString &name : senders)
            QVERIFY2(it->text.contains(name), qPrintable(it->text));
        QVERIFY(it->text.contains(QLatin1String("can1")));
        QVERIFY(!it->nextStep.isEmpty());
        QCOMPARE(std::count_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return f.code == QLatin1String("two-bms-one-link"); }), 1);
    }
}

void TestBankObserver::unknownAlarmsAreKept()
{
    BankObserver obs(pylontechBank(), QStringLiteral("can0"));
    // 0x35A: BMS-internal alarm (byte 2 bits 6-7 = 01) and a cell-imbalance warning (byte 7 bits 0-1).
    obs.apply(decode(ProtocolId::PylonCan, "35A#AAAA6AAAAAAAAAA9"), 1);
    QCOMPARE(obs.observed().warnings, Faults(Fault::CellImbalance));
    QCOMPARE(obs.otherAlarms(), QStringList{QStringLiteral("bms-internal")});
}

void TestBankObserver::jkPbRecordByAckAddress()
{
    BankConfig c;
    c.architecture = Architecture::MasterSlave;
    c.packs = {{QStringLiteral("J0"), QStringLiteral("JK-PB"), 280.0, PackRole::Master, 0},
               {QStringLiteral("J3"), QStringLiteral("JK-PB"), 280.0, PackRole::Slave, 3}};
    BankObserver obs(c, QStringLiteral("ttyUSB1"));
    const DecodedMessage m = decode(ProtocolId::JkPb, TestData::hexText(QStringLiteral("jk/jkpb-a7-status-reply.hex")));
    QCOMPARE(obs.apply(m, 7), QStringList{QStringLiteral("J3")});
    const PackReading *r = obs.reading(QStringLiteral("J3"));
    QCOMPARE(r->cellsMv->size(), 16);
    QCOMPARE(*r->socPct, 55.0);
    QCOMPARE(*r->faults, Faults());
    QCOMPARE(r->voltageV.source.protocol, QStringLiteral("jk-pb"));
}

void TestBankObserver::jkLegacyByPolledAddress()
{
    BankConfig c;
    c.architecture = Architecture::SingleMaster;
    c.packs = {{QStringLiteral("B1"), QStringLiteral("JK-B"), 5.0, PackRole::Master, 1}};
    BankObserver obs(c, QStringLiteral("ttyUSB2"));
    const DecodedMessage m = decode(ProtocolId::JkLegacy, TestData::hexText(QStringLiteral("jk/jkb-b4-read-all.hex")));
    QVERIFY(!m.address); // a 4E57 frame names no address
    QVERIFY(obs.apply(m, 9).isEmpty());
    QCOMPARE(obs.apply(m, 9, 1), QStringList{QStringLiteral("B1")});
    QCOMPARE(*obs.reading(QStringLiteral("B1"))->voltageV, 53.13);
}

void TestBankObserver::unknownAddressesAreReported()
{
    BankObserver obs(pylontechBank(), QStringLiteral("ttyUSB0"));
    obs.apply(decode(ProtocolId::PylontechRs485, "~20034600C0220348505442483032323430413031323335F6D5"), 1);
    DecodedMessage m = decode(ProtocolId::PylontechRs485,
        "~20024600C06E00020F0D1F0D200D200D200D200D200D210D200D200D210D220D200D220D220D21050BCD0BAF0BAF0BAF0BAF0015C4E88AAC02C350004FE594");
    m.packs[0].address = 9;
    QVERIFY(obs.apply(m, 1).isEmpty());
    QCOMPARE(obs.unknownAddresses(), QList<int>{9});
}

QTEST_GUILESS_MAIN(TestBankObserver)
#include "tst_bankobserver.moc"
