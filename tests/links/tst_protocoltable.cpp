// The protocol table (what every command used to switch on by hand) and the rule that nothing
// BankScope sends writes a BMS setting.

#include "jklegacy.h"
#include "jkpb.h"
#include "protocoltable.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"
#include "requestsafety.h"

#include <QTest>

class TestProtocolTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProtocolHasARow();
    void listenWindowFromTheFactSheets();
    void everyPlanAndProbeOnlyReads_data();
    void everyPlanAndProbeOnlyReads();
    void writesAreRefused_data();
    void writesAreRefused();
};

void TestProtocolTable::everyProtocolHasARow()
{
    for (ProtocolId id : ProtocolNames::all()) {
        const ProtocolSpec &s = ProtocolTable::spec(id);
        QCOMPARE(s.id, id);
        QVERIFY(s.sniffable);
        QVERIFY(!s.speeds.isEmpty());
        QCOMPARE(s.speeds.first(), s.defaultSpeed);
        QVERIFY(qstrlen(s.masterPeriodSource) > 0);
        if (s.medium == Medium::Serial) {
            // Every RS485 protocol can be polled, scanned and framed.
            QVERIFY(s.pollable() && s.scannable() && s.answerFramer && s.readOnlyCheck);
            QCOMPARE(ProtocolTable::answerFramer(id)->protocol(), id);
            QVERIFY(!s.defaultAddresses.isEmpty());
        } else {
            QVERIFY(!s.pollable() && !s.scannable() && !s.answerFramer && !s.readOnlyCheck); // CAN: nobody polls
        }
    }
    QCOMPARE(ProtocolTable::spec(ProtocolId::PylontechRs485).speeds, (QList<qint32>{115200, 9600}));
    QCOMPARE(ProtocolTable::spec(ProtocolId::PylonCan).defaultSpeed, 500000);
    QCOMPARE(ProtocolTable::spec(ProtocolId::JkLegacy).architecture, Architecture::SingleMaster);
    QCOMPARE(ProtocolTable::onMedium(Medium::Can), QList<ProtocolId>{ProtocolId::PylonCan});
    QCOMPARE(ProtocolTable::candidateSpeeds(Medium::Serial), (QList<qint32>{115200, 9600}));
    QCOMPARE(ProtocolTable::candidateSpeeds(Medium::Can).first(), 500000);
}

void TestProtocolTable::listenWindowFromTheFactSheets()
{
    // A JK-PB master cycles about every 4.4 s and a Pylontech host polls every 1-3 s: twice the
    // longest is 8.8 s, so the 10 s minimum rules on RS485.
    QCOMPARE(ProtocolTable::spec(ProtocolId::JkPb).masterPeriodMs, 4400);
    QCOMPARE(ProtocolTable::spec(ProtocolId::PylontechRs485).masterPeriodMs, 3000);
    QCOMPARE(ProtocolTable::listenWindowMs(Medium::Serial), 10000);
    QVERIFY(ProtocolTable::listenWindowMs(Medium::Can) >= ProtocolTable::kMinimumListenWindowMs);
    QCOMPARE(ProtocolTable::hearingWindowMs(Medium::Serial), 8800);
    QCOMPARE(ProtocolTable::hearingWindowMs(Medium::Can), 4000);
}

void TestProtocolTable::everyPlanAndProbeOnlyReads_data()
{
    QTest::addColumn<int>("protocol");
    for (ProtocolId id : ProtocolTable::onMedium(Medium::Serial))
        QTest::newRow(qPrintable(ProtocolNames::name(id))) << int(id);
}

void TestProtocolTable::everyPlanAndProbeOnlyReads()
{
    QFETCH(int, protocol);
    const ProtocolId id = ProtocolId(protocol);
    const ProtocolSpec &s = ProtocolTable::spec(id);
    const QList<int> addresses = s.scanRange(2);
    const PollPlans::Plan plan = s.plan(addresses);
    QVERIFY(!plan.cyclic.isEmpty());
    QList<PollRequest> all = plan.once + plan.cyclic;
    for (int a : addresses)
        all.append(s.probe(a));
    for (const PollRequest &r : std::as_const(all)) {
        const auto why = RequestSafety::whyNotReadOnly(id, r.bytes);
        QVERIFY2(!why, qPrintable(r.label + QStringLiteral(": ") + why.value_or(QString())));
    }
}

void TestProtocolTable::writesAreRefused_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("refused");
    auto fc16 = [](quint16 reg, QByteArray data) {
        return JkPb::encodeRtu(JkPb::WriteRequest{1, reg, quint16(data.size() / 2), data});
    };
    const int modbus = int(ProtocolId::JkModbus);
    const int jkpb = int(ProtocolId::JkPb);
    // The JK registers the issue names: the device address and the inverter protocol numbers.
    QTest::newRow("JK 0x1108 device address") << modbus << fc16(0x1108, QByteArray::fromHex("00000002")) << true;
    QTest::newRow("JK 0x14B2 protocol numbers") << jkpb << fc16(0x14B2, QByteArray::fromHex("0502")) << true;
    QTest::newRow("JK 0x1604 shut down") << jkpb << fc16(0x1604, QByteArray::fromHex("0001")) << true;
    QTest::newRow("JK 0x1070 charge enable") << modbus << fc16(0x1070, QByteArray::fromHex("00000000")) << true;
    QTest::newRow("JK trigger with a value") << jkpb << fc16(0x1620, QByteArray::fromHex("0001")) << true;
    // FC06 write single register 0x1108 = 2, CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF) low byte first.
    QByteArray fc06 = QByteArray::fromHex("010611080002");
    {
        quint16 crc = 0xFFFF;
        for (char c : fc06) {
            crc ^= quint8(c);
            for (int i = 0; i < 8; ++i)
                crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
        }
        fc06.append(char(crc & 0xFF)).append(char(crc >> 8));
    }
    QTest::newRow("JK FC06 0x1108") << modbus << fc06 << true;
    QTest::newRow("JK status trigger") << jkpb << JkPb::encodeRtu(JkPb::trigger(1, JkPb::kTriggerStatus)) << false;
    QTest::newRow("JK FC03 read") << modbus << JkPb::encodeRtu(JkPb::ReadRequest{1, 0x1108, 2}) << false;
    const int pylon = int(ProtocolId::PylontechRs485);
    QTest::newRow("Pylontech 0x94 set limits")
        << pylon << PylontechFrameCodec::encode(Pylontech::setManagementRequest(2, Pylontech::Management{2, 53250, 47000, 250, -250, 0})) << true;
    QTest::newRow("Pylontech 0x95 turn off") << pylon << PylontechFrameCodec::encode(Pylontech::request(Pylontech::Cid2::TurnOff, 2)) << true;
    QTest::newRow("Pylontech 0x42 read") << pylon << QByteArray("~20024642E002FFFD09\r") << false;
    QTest::newRow("Pylontech garbage") << pylon << QByteArray("~2002\r") << true;
    JkLegacy::Frame write = JkLegacy::readAllRequest();
    write.command = 0x02;
    write.info = QByteArray::fromHex("AB00");
    QTest::newRow("JK-B write") << int(ProtocolId::JkLegacy) << JkLegacy::encode(write) << true;
    JkLegacy::Frame password = JkLegacy::readAllRequest();
    password.command = 0x05;
    QTest::newRow("JK-B password") << int(ProtocolId::JkLegacy) << JkLegacy::encode(password) << true;
    QTest::newRow("JK-B read all") << int(ProtocolId::JkLegacy) << JkLegacy::encode(JkLegacy::readAllRequest()) << false;
    QTest::newRow("anything on CAN") << int(ProtocolId::PylonCan) << QByteArray("t3050") << true;
}

void TestProtocolTable::writesAreRefused()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, request);
    QFETCH(bool, refused);
    const auto why = RequestSafety::whyNotReadOnly(ProtocolId(protocol), request);
    QCOMPARE(why.has_value(), refused);
    if (why)
        QVERIFY(!why->isEmpty());
}

QTEST_GUILESS_MAIN(TestProtocolTable)
#include "tst_protocoltable.moc"
