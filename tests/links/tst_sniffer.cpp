// Passive sniffing of a shared RS485 pair: both directions of conversations BankScope does not
// drive, paired, decoded and mapped; the listen link writes nothing.

#include "clock.h"
#include "decodepipeline.h"
#include "hex.h"
#include "ptypair.h"
#include "pylontechmessages.h"
#include "seriallink.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "testdata.h"

namespace {

QList<QByteArray> captureLines(int count)
{
    QList<QByteArray> out;
    QFile f(TestData::pylontechCapture());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd() && out.size() < count) {
        const QByteArray line = f.readLine().trimmed();
        const qsizetype t = line.indexOf('~');
        if (!line.startsWith('#') && t >= 0)
            out.append(line.mid(t) + '\r');
    }
    return out;
}


} // namespace

class TestSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inverterPollingAPylontechMaster();
    void inverterAskingV35SystemValues();
    void jkMasterPollingItsSlaves();
};

void TestSniffer::inverterPollingAPylontechMaster()
{
    PtyPair pty;
    SessionClock clock;
    BankConfig config;
    config.architecture = Architecture::MasterSlave;
    config.packs = {{QStringLiteral("P1"), QStringLiteral("US2000"), 50, PackRole::Master, 2},
                    {QStringLiteral("P2"), QStringLiteral("US2000"), 50, PackRole::Slave, 3}};
    SerialListenLink link(SerialSettings{pty.path()}, clock);
    DecodePipeline pipeline(ProtocolId::PylontechRs485, config, QStringLiteral("ttyUSB0"));
    pipeline.attach(&link);
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QSignalSpy failed(&pipeline, &DecodePipeline::failed);
    QVERIFY(link.open());

    const QList<QByteArray> lines = captureLines(40);
    QCOMPARE(lines.size(), 40);
    for (const QByteArray &l : lines) // both directions, as the pair carries them
        QVERIFY(pty.write(l));
    QTRY_COMPARE(decoded.count(), 40);
    QCOMPARE(failed.count(), 0);
    int responses = 0;
    for (const auto &args : std::as_const(decoded)) {
        const auto m = args.at(0).value<DecodedMessage>();
        if (m.direction == QLatin1String("response")) {
            ++responses;
            QVERIFY(!m.fields.contains(QStringLiteral("command_guessed"))); // paired with the request
            QCOMPARE(m.packs.size(), 2);
        }
    }
    QCOMPARE(responses, 20);
    // The last answer's values are in the readings, stamped on the session clock.
    const auto last = decoded.last().at(0).value<DecodedMessage>();
    const PackReading *p2 = pipeline.observer().reading(QStringLiteral("P2"));
    QVERIFY(p2);
    QCOMPARE(*p2->voltageV, *last.packs[1].voltageV);
    QCOMPARE(p2->cellsMv->size(), 15);
    QVERIFY(p2->voltageV.atMs > 0);
    // The sniffer never spoke.
    QCOMPARE(pty.read(300), QByteArray());
    QCOMPARE(link.bytesSent(), quint64(0));
}

void TestSniffer::inverterAskingV35SystemValues()
{
    PtyPair pty;
    SessionClock clock;
    SerialListenLink link(SerialSettings{pty.path()}, clock);
    DecodePipeline pipeline(ProtocolId::PylontechRs485, BankConfig{}, QStringLiteral("ttyUSB0"));
    pipeline.attach(&link);
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QVERIFY(link.open());
    // An Easun inverter asking 0x61 and 0x63 at ADR 0x12 (fact sheet E5), answered by a master.
    Pylontech::SystemAnalogInfo analog;
    analog.voltageMv = 52100;
    analog.currentRaw = -2050;
    analog.socPct = 81;
    analog.averageSohPct = 98;
    analog.maxCellMv = 3320;
    analog.minCellMv = 3290;
    Pylontech::SystemManagementInfo mgmt{56400, 44800, 1480, 2960, 0xC0};
    auto answer = [](const QByteArray &info) {
        PylontechFrame f;
        f.adr = 0x12;
        f.cid2 = 0x00;
        f.info = info;
        return PylontechFrameCodec::encode(f);
    };
    QVERIFY(pty.write("~201246610000FDAA\r" + answer(Pylontech::encodeResponseInfo(analog)) + "~201246630000FDA8\r"
                      + answer(Pylontech::encodeResponseInfo(mgmt))));
    QTRY_COMPARE(decoded.count(), 4);
    QVERIFY(pipeline.observer().hasObserved());
    const InverterView &seen = pipeline.observer().observed();
    QCOMPARE(*seen.value(ViewFieldId::SocPct), 81.0);
    QCOMPARE(*seen.value(ViewFieldId::CurrentA), -20.5);
    QCOMPARE(*seen.value(ViewFieldId::CellMinMv), 3290.0);
    QCOMPARE(*seen.value(ViewFieldId::CvlV), 56.4);
    QCOMPARE(*seen.value(ViewFieldId::DclA), 296.0);
}

void TestSniffer::jkMasterPollingItsSlaves()
{
    PtyPair pty;
    SessionClock clock;
    BankConfig config;
    config.packs = {{QStringLiteral("J0"), QStringLiteral("JK-PB"), 280, PackRole::Master, 0},
                    {QStringLiteral("J3"), QStringLiteral("JK-PB"), 280, PackRole::Slave, 3}};
    SerialListenLink link(SerialSettings{pty.path()}, clock);
    DecodePipeline pipeline(ProtocolId::JkPb, config, QStringLiteral("ttyUSB1"));
    pipeline.attach(&link, 30);
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QSignalSpy updated(&pipeline, &DecodePipeline::packsUpdated);
    QVERIFY(link.open());
    const QByteArray trigger = *Hex::parse(QByteArrayView("03 10 16 20 00 01 02 00 00 CF 91"));
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    // The master polls pack 3, then broadcasts its own record unsolicited (no ACK follows).
    QVERIFY(pty.write(trigger + reply));
    QTRY_COMPARE(decoded.count(), 2);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.first().at(0).toStringList(), QStringList{QStringLiteral("J3")});
    QCOMPARE(*pipeline.observer().reading(QStringLiteral("J3"))->socPct, 55.0);
    QVERIFY(pty.write(reply.first(300)));
    QTRY_COMPARE(decoded.count(), 3); // flushed when the line went quiet
    const auto own = decoded.last().at(0).value<DecodedMessage>();
    QCOMPARE(own.fields.value(QStringLiteral("responder_unknown")).toBool(), true);
    QCOMPARE(pty.read(200), QByteArray());
}

QTEST_GUILESS_MAIN(TestSniffer)
#include "tst_sniffer.moc"
