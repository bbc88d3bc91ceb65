// Pylon / SMA / Victron CAN codec against the frames of the fact sheet (pylon-can.md section 7).

#include "pyloncan.h"

#include <QTest>

#include "testdata.h"

using namespace PylonCan;

namespace {

QMap<QString, QList<CanFrameData>> examples()
{
    QMap<QString, QList<CanFrameData>> map;
    for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylon-can/factsheet-examples.txt"))) {
        const auto frame = parseText(text);
        if (!frame) // a broken fixture line must not vanish from the tests
            qFatal("pylon-can/factsheet-examples.txt: %s: %s", qPrintable(label), qPrintable(frame.error().message));
        map[label].append(*frame);
    }
    return map;
}

DecodedMessage describeOk(const QList<CanFrameData> &frames, quint32 id, Dialect dialect = Dialect::Unknown)
{
    for (const CanFrameData &f : frames) {
        if (f.id == id) {
            const auto d = describe(f, dialect);
            if (d)
                return *d;
            qWarning() << d.error().message;
        }
    }
    return {};
}

} // namespace

class TestPylonCan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripEveryExample();
    void c1PylonV12();
    void c2PylontechV13();
    void c3BydVictron();
    void c4GxFrames();
    void dialectDetection();
    void pairStates();
    void shortAndPaddedFrames_data();
    void shortAndPaddedFrames();
    void malformed_data();
    void malformed();
    void parseTextForms();
    void encoderKeepsToEightBytes_data();
    void encoderKeepsToEightBytes();
    void standing_data();
    void standing();
    void pytesOnVenus();
    void serialNumberAndChargeRequest();

private:
    QMap<QString, QList<CanFrameData>> m_ex;
};

void TestPylonCan::initTestCase()
{
    m_ex = examples();
    QCOMPARE(m_ex.value(QStringLiteral("C1")).size(), 6);
    QCOMPARE(m_ex.value(QStringLiteral("C2")).size(), 6);
    QCOMPARE(m_ex.value(QStringLiteral("C3")).size(), 6);
    QCOMPARE(m_ex.value(QStringLiteral("C4")).size(), 3);
}

void TestPylonCan::roundTripEveryExample()
{
    for (const auto &frames : std::as_const(m_ex)) {
        for (const CanFrameData &f : frames) {
            const auto m = decode(f);
            QVERIFY2(m.ok(), qPrintable(QString::number(f.id, 16)));
            QCOMPARE(encode(*m), f);
            QVERIFY(*decode(encode(*m)) == *m);
        }
    }
}

void TestPylonCan::c1PylonV12()
{
    const auto &c1 = m_ex.value(QStringLiteral("C1"));
    const DecodedMessage limits = describeOk(c1, 0x351);
    QCOMPARE(limits.message, QStringLiteral("limits"));
    QCOMPARE(*limits.limits.cvlV, 53.2);
    QCOMPARE(*limits.limits.cclA, 480.0);
    QCOMPARE(*limits.limits.dclA, 480.0);
    QCOMPARE(*limits.limits.dvlV, 45.0);
    const DecodedMessage soc = describeOk(c1, 0x355);
    QCOMPARE(*soc.bank.socPct, 88.0);
    QCOMPARE(*soc.bank.sohPct, 94.0);
    const DecodedMessage meas = describeOk(c1, 0x356);
    QCOMPARE(*meas.bank.voltageV, 49.86);
    QCOMPARE(*meas.bank.currentA, -27.0);
    QCOMPARE(*meas.bank.tempC, 36.3);
    const DecodedMessage flags = describeOk(c1, 0x359);
    QVERIFY(flags.carriesAlarms);
    QVERIFY(flags.alarms.isEmpty());
    QVERIFY(flags.warnings.isEmpty());
    QCOMPARE(*flags.bank.modules, 6);
    QCOMPARE(flags.fields.value(QStringLiteral("tag")).toString(), QStringLiteral("PN"));
    const DecodedMessage req = describeOk(c1, 0x35C);
    QCOMPARE(*req.status.chargeEnabled, true);
    QCOMPARE(*req.status.dischargeEnabled, true);
    QCOMPARE(*req.status.forceCharge, false);
    QCOMPARE(describeOk(c1, 0x35E).info.manufacturer, QStringLiteral("PYLON"));
}

void TestPylonCan::c2PylontechV13()
{
    const auto &c2 = m_ex.value(QStringLiteral("C2"));
    QCOMPARE(*describeOk(c2, 0x351).limits.cvlV, 52.8);
    const DecodedMessage soc = describeOk(c2, 0x355);
    QCOMPARE(*soc.bank.socPct, 84.0);
    QCOMPARE(*soc.bank.sohPct, 96.0);
    QVERIFY(!soc.fields.contains(QStringLiteral("soc_hires_pct"))); // 0 = not used
    const DecodedMessage meas = describeOk(c2, 0x356);
    QCOMPARE(*meas.bank.voltageV, 49.87);
    QCOMPARE(*meas.bank.currentA, -27.9);
    const DecodedMessage alarms = describeOk(c2, 0x35A, Dialect::PylontechV13);
    QVERIFY(alarms.alarms.isEmpty());
    QCOMPARE(alarms.fields.value(QStringLiteral("alarm_states")).toMap().value(QStringLiteral("high-voltage")).toString(),
             QStringLiteral("ok"));
    const DecodedMessage info = describeOk(c2, 0x35F);
    QCOMPARE(info.fields.value(QStringLiteral("chemistry")).toString(), QStringLiteral("LI"));
    QCOMPARE(info.info.firmware, QStringLiteral("1.3"));
    QCOMPARE(info.fields.value(QStringLiteral("capacity_Ah")).toInt(), 572);
    QCOMPARE(info.fields.value(QStringLiteral("reserved_hex")).toString(), QStringLiteral("AA00"));
}

void TestPylonCan::c3BydVictron()
{
    const auto &c3 = m_ex.value(QStringLiteral("C3"));
    const DecodedMessage limits = describeOk(c3, 0x351);
    QCOMPARE(*limits.limits.cvlV, 58.4);
    QCOMPARE(*limits.limits.cclA, 128.0);
    QCOMPARE(*limits.limits.dclA, 128.0);
    QCOMPARE(*limits.limits.dvlV, 43.0);
    const DecodedMessage soc = describeOk(c3, 0x355);
    QCOMPARE(*soc.bank.socPct, 67.0);
    QCOMPARE(*soc.bank.sohPct, 100.0);
    const DecodedMessage meas = describeOk(c3, 0x356);
    QCOMPARE(*meas.bank.voltageV, 53.1);
    QCOMPARE(*meas.bank.currentA, -0.7);
    QCOMPARE(*meas.bank.tempC, 14.0);
    const DecodedMessage alarms = describeOk(c3, 0x35A, Dialect::SmaVictron);
    QVERIFY(alarms.alarms.isEmpty());
    QVERIFY(alarms.warnings.isEmpty());
    QCOMPARE(alarms.fields.value(QStringLiteral("warning_states")).toMap().value(QStringLiteral("cell-imbalance")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(describeOk(c3, 0x35E).info.manufacturer, QStringLiteral("BYD"));
    const DecodedMessage info = describeOk(c3, 0x35F);
    QCOMPARE(info.fields.value(QStringLiteral("chemistry")).toString(), QStringLiteral("Li"));
    QCOMPARE(info.info.firmware, QStringLiteral("1.23")); // bytes 01 17, read byte-wise (the README says "1.17") [?]
    QCOMPARE(info.fields.value(QStringLiteral("capacity_Ah")).toInt(), 105);
}

void TestPylonCan::c4GxFrames()
{
    const auto &c4 = m_ex.value(QStringLiteral("C4"));
    const DecodedMessage hb = describeOk(c4, 0x305);
    QCOMPARE(hb.direction, QStringLiteral("heartbeat"));
    QCOMPARE(hb.fields.value(QStringLiteral("pylon_style")).toBool(), true);
    const DecodedMessage relay = describeOk(c4, 0x307);
    QCOMPARE(relay.fields.value(QStringLiteral("victron_gx")).toBool(), true);
    QVERIFY(relay.bank.isEmpty()); // never battery data
}

void TestPylonCan::dialectDetection()
{
    QCOMPARE(detect(m_ex.value(QStringLiteral("C1"))), Dialect::PylonV12);
    QCOMPARE(detect(m_ex.value(QStringLiteral("C2"))), Dialect::PylontechV13);
    QCOMPARE(detect(m_ex.value(QStringLiteral("C3"))), Dialect::SmaVictron);
    QCOMPARE(detect({}), Dialect::Unknown);
    // Pytes tags 0x359 "PY": still the Pylon V1.2 set.
    QList<CanFrameData> pytes = m_ex.value(QStringLiteral("C1"));
    pytes[3].data[6] = 'Y';
    QCOMPARE(detect(pytes), Dialect::PylonV12);
    // A Victron extension ID alone marks the SMA/Victron dialect.
    QCOMPARE(detect({CanFrameData{0x372, QByteArray::fromHex("0200")}}), Dialect::SmaVictron);
}

void TestPylonCan::pairStates()
{
    // High-voltage alarm (byte 0 bits 2-3 = 01), low-voltage warning (byte 4 bits 4-5 = 01),
    // and the byte-0 "10" pairs for the rest, as a BYD would send.
    const CanFrameData f{0x35A, QByteArray::fromHex("A6AAAAAA9AAAAAAA")};
    const DecodedMessage d = *describe(f, Dialect::SmaVictron);
    QCOMPARE(d.alarms, QStringList{QStringLiteral("pack-overvoltage")});
    QCOMPARE(d.warnings, QStringList{QStringLiteral("pack-undervoltage")});
    // In the SMA dialect "00" means not reported, not OK.
    const DecodedMessage zero = *describe(CanFrameData{0x35A, QByteArray(8, '\0')}, Dialect::SmaVictron);
    QCOMPARE(zero.fields.value(QStringLiteral("alarm_states")).toMap().value(QStringLiteral("general")).toString(),
             QStringLiteral("not-reported"));
    // 0x359 protection bits.
    const DecodedMessage p = *describe(CanFrameData{0x359, QByteArray::fromHex("840100080450 4E")});
    QCOMPARE(p.alarms, (QStringList{QStringLiteral("discharge-overcurrent"), QStringLiteral("cell-undervoltage"),
                                     QStringLiteral("charge-overcurrent")}));
    QCOMPARE(p.warnings, QStringList{QStringLiteral("communication")});
}

void TestPylonCan::shortAndPaddedFrames_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("351 without DVL") << QByteArray("351#1402C012C012");
    QTest::newRow("351 with 7 bytes") << QByteArray("351#1402C012C012C2");
    QTest::newRow("355 3 bytes") << QByteArray("355#580000");
    QTest::newRow("356 two bytes") << QByteArray("356#7A13");
    QTest::newRow("359 four bytes") << QByteArray("359#00000000");
    QTest::newRow("35E Pytes 5 bytes") << QByteArray("35E#5059544553");
    QTest::newRow("372 two bytes (diyBMS)") << QByteArray("372#0400");
    QTest::newRow("373 padded") << QByteArray("373#E40CF00C2001260100");
    QTest::newRow("35F 5 bytes") << QByteArray("35F#4C49010300");
}

void TestPylonCan::shortAndPaddedFrames()
{
    QFETCH(QByteArray, line);
    const auto f = parseText(line);
    QVERIFY(f.ok() || f.error().kind == CodecError::Kind::BadLength);
    if (!f.ok())
        return;
    const auto m = decode(*f);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(encode(*m), *f);
    QVERIFY(describe(*f).ok());
}

void TestPylonCan::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("351 cut short") << QByteArray("351#1402C0") << int(CodecError::Kind::Truncated)
                                   << "0x351 needs at least 6 data bytes, got 3";
    QTest::newRow("356 one byte") << QByteArray("356#7A") << int(CodecError::Kind::Truncated) << "at least 2";
    QTest::newRow("nine bytes") << QByteArray("351#1402C012C012C20100") << int(CodecError::Kind::BadLength) << "at most 8";
    QTest::newRow("extended ID beyond 29 bits") << QByteArray("3FFFFFFF#00") << int(CodecError::Kind::BadValue) << "beyond 29 bits";
    QTest::newRow("remote with a bad DLC") << QByteArray("351#R9") << int(CodecError::Kind::BadValue) << "ID#R0 to ID#R8";
    QTest::newRow("0x360 empty") << QByteArray("360#") << int(CodecError::Kind::Truncated) << "0x360 needs at least 1";
    QTest::newRow("non-hex data") << QByteArray("351#14G2") << int(CodecError::Kind::NotHex) << "not a hex digit";
    QTest::newRow("odd data") << QByteArray("351#140") << int(CodecError::Kind::OddLength) << "odd";
    QTest::newRow("bad ID") << QByteArray("xyz#00") << int(CodecError::Kind::BadValue) << "not a hex CAN ID";
    QTest::newRow("no ID") << QByteArray("1402C012") << int(CodecError::Kind::BadValue) << "no CAN ID";
}

void TestPylonCan::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto f = parseText(line);
    CodecError error;
    if (!f.ok()) {
        error = f.error();
    } else {
        const auto d = describe(*f);
        QVERIFY(!d.ok());
        error = d.error();
    }
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestPylonCan::parseTextForms()
{
    const CanFrameData expected{0x351, QByteArray::fromHex("1402C012C012C201")};
    QCOMPARE(*parseText("351#1402C012C012C201"), expected);
    QCOMPARE(*parseText("(1700000000.123456) can0 351#1402C012C012C201"), expected);
    QCOMPARE(*parseText("14 02 C0 12 C0 12 C2 01", 0x351), expected);
}

void TestPylonCan::encoderKeepsToEightBytes_data()
{
    // A classic CAN frame carries 8 data bytes: longer text or tails are cut there (the
    // decoder refuses a longer frame), decode(encode(x)) == x cut to 8 bytes.
    QTest::addColumn<int>("id");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("name of 8") << 0x35E << QByteArray("PYLON   ");
    QTest::newRow("name of 9") << 0x35E << QByteArray("PYLONTECH");
    QTest::newRow("BMS name half of 16") << 0x370 << QByteArray("P1 LFP16S-CAN\0\0\0", 16);
    QTest::newRow("alarm pairs of 9") << 0x35A << QByteArray(9, '\xAA');
    QTest::newRow("limits with a long tail") << 0x351 << QByteArray::fromHex("1402C012C012C2010102");
}

void TestPylonCan::encoderKeepsToEightBytes()
{
    QFETCH(int, id);
    QFETCH(QByteArray, data);
    Message m;
    if (id == 0x35A) {
        m = AlarmsWarnings{data};
    } else if (id == 0x351) {
        Limits l = std::get<Limits>(*decode(CanFrameData{0x351, data.left(8)}));
        l.tail = data.mid(8);
        m = l;
    } else {
        m = Name{quint32(id), data};
    }
    const CanFrameData f = encode(m);
    QCOMPARE(f.id, quint32(id));
    QCOMPARE(f.data, data.left(8));
    QVERIFY(decode(f).ok());
}

void TestPylonCan::standing_data()
{
    // Issue 16: a clean capture of a working REC or Pytes system has ids besides the documented
    // set; only a documented id with a wrong length or content is an error.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("standing");
    QTest::addColumn<QString>("message");
    const int defined = int(IdClass::Defined);
    const int undocumented = int(IdClass::Undocumented);
    const int foreign = int(IdClass::Foreign);
    QTest::newRow("0x351 documented") << QByteArray("351#1402C012C012C201") << defined << "limits";
    QTest::newRow("0x380 serial (Pytes, REC)") << QByteArray("380#31512D3138343500") << defined << "serial-number";
    QTest::newRow("0x360 charge request (Pytes)") << QByteArray("360#00") << defined << "charge-request";
    QTest::newRow("0x35B SMA events, layout unpublished") << QByteArray("35B#0000000000000000") << defined << "events";
    QTest::newRow("0x37A in the Victron range") << QByteArray("37A#0102") << undocumented << "undocumented";
    QTest::newRow("0x352 in the SMA range") << QByteArray("352#00") << undocumented << "undocumented";
    QTest::newRow("0x35D in the SMA range") << QByteArray("35D#") << undocumented << "undocumented";
    QTest::newRow("0x383 past the Victron set") << QByteArray("383#00") << foreign << "foreign";
    QTest::newRow("0x361 never published") << QByteArray("361#00") << foreign << "foreign";
    QTest::newRow("0x400 Pytes native protocol") << QByteArray("400#3802E803E803C701") << foreign << "foreign";
    QTest::newRow("0x123 another device") << QByteArray("123#00") << foreign << "foreign";
    QTest::newRow("29-bit J1939 id") << QByteArray("18FF50E5#0102") << foreign << "foreign";
    QTest::newRow("remote request") << QByteArray("351#R") << foreign << "foreign";
}

void TestPylonCan::standing()
{
    QFETCH(QByteArray, line);
    QFETCH(int, standing);
    QFETCH(QString, message);
    const auto f = parseText(line);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(int(classify(*f)), standing);
    const auto d = describe(*f, Dialect::SmaVictron);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->message, message);
    QCOMPARE(d->foreign, standing == int(IdClass::Foreign));
    QCOMPARE(d->undocumented, standing == int(IdClass::Undocumented) || f->id == 0x35B);
    if (standing != int(IdClass::Defined)) {
        // The raw bytes are kept and the id named, whatever its width.
        QCOMPARE(d->fields.value(QStringLiteral("can_id")).toString().toUpper(),
                 QStringLiteral("0X") + QString::fromLatin1(line.left(line.indexOf('#'))).toUpper());
        if (!f->remote)
            QCOMPARE(d->fields.value(QStringLiteral("raw_hex")).toString(), QString::fromLatin1(f->data.toHex().toUpper()));
        QVERIFY(d->bank.isEmpty() && d->limits.isEmpty());
    }
}

void TestPylonCan::pytesOnVenus()
{
    // Pytes V5alpha on Victron Venus OS (AndreasBoehm/PytesCANProtocol README): every frame the
    // source publishes decodes, to the values the source states.
    QMap<quint32, DecodedMessage> byId;
    for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylon-can/pytes-v5-venus-frames.txt"))) {
        const auto f = parseText(text);
        QVERIFY(f.ok());
        QCOMPARE(classify(*f), IdClass::Defined);
        const auto d = describe(*f, Dialect::SmaVictron);
        QVERIFY2(d.ok(), qPrintable(QString::fromLatin1(text) + QStringLiteral(": ") + (d.ok() ? QString() : d.error().message)));
        byId.insert(f->id, *d);
    }
    QCOMPARE(byId.size(), 15);
    QCOMPARE(*byId[0x351].limits.cvlV, 56.8);
    QCOMPARE(*byId[0x351].limits.cclA, 100.0);
    QCOMPARE(*byId[0x351].limits.dclA, 100.0);
    QCOMPARE(*byId[0x351].limits.dvlV, 45.5);
    QCOMPARE(*byId[0x355].bank.socPct, 51.0);
    QCOMPARE(*byId[0x355].bank.sohPct, 100.0);
    QCOMPARE(*byId[0x356].bank.currentA, -0.7);
    QCOMPARE(*byId[0x356].bank.tempC, 18.0);
    QCOMPARE(byId[0x35E].info.manufacturer, QStringLiteral("PYTES"));
    QCOMPARE(byId[0x35F].fields.value(QStringLiteral("capacity_Ah")).toInt(), 50);
    QCOMPARE(byId[0x372].fields.value(QStringLiteral("modules_ok")).toInt(), 2);
    QCOMPARE(*byId[0x373].bank.cellMinMv, 3288.0);
    QCOMPARE(*byId[0x373].bank.cellMaxMv, 3290.0);
    QCOMPARE(byId[0x374].fields.value(QStringLiteral("id")).toString(), QStringLiteral("0800"));
    QCOMPARE(byId[0x378].fields.value(QStringLiteral("charged_kWh")).toDouble(), 211.2);
    QCOMPARE(byId[0x378].fields.value(QStringLiteral("discharged_kWh")).toDouble(), 183.5);
    QCOMPARE(byId[0x379].fields.value(QStringLiteral("capacity_Ah")).toInt(), 100);
    QCOMPARE(byId[0x360].message, QStringLiteral("charge-request"));
    QCOMPARE(byId[0x360].fields.value(QStringLiteral("charge_requested")).toBool(), false);
}

void TestPylonCan::serialNumberAndChargeRequest()
{
    // REC Q (greenstello.com): 0x380 = "1Q-1845", NUL-terminated.
    const auto rec = describe(*parseText("380#31512D3138343500"));
    QVERIFY(rec.ok());
    QCOMPARE(rec->info.serial, QStringLiteral("1Q-1845"));
    QCOMPARE(rec->fields.value(QStringLiteral("part")).toInt(), 1);
    const auto part2 = describe(*parseText("381#4142434400000000"));
    QCOMPARE(part2->fields.value(QStringLiteral("part")).toInt(), 2);
    QCOMPARE(part2->info.serial, QStringLiteral("ABCD"));
    // Unprintable: kept as hex, never shown as text.
    const auto binary = describe(*parseText("380#01FF"));
    QVERIFY(binary->info.serial.isEmpty());
    QCOMPARE(binary->fields.value(QStringLiteral("raw_hex")).toString(), QStringLiteral("01FF"));
    // 0x360 0xFF: a charge request per OpenDTU-OnBattery, from one implementation: unverified.
    const auto request = describe(*parseText("360#FF"));
    QVERIFY(request->unverified);
    QCOMPARE(request->fields.value(QStringLiteral("charge_requested")).toBool(), true);
    // Round trip for the decoded ids.
    for (const char *text : {"380#31512D3138343500", "381#41", "360#FF", "360#0001"}) {
        const CanFrameData f = *parseText(text);
        QCOMPARE(encode(*decode(f), f.id), f);
    }
    // REC's 0x35F has no chemistry letters (00 00): kept as hex, not as control characters.
    const auto info = describe(*parseText("35F#0000020664000000"));
    QVERIFY(!info->fields.contains(QStringLiteral("chemistry")));
    QCOMPARE(info->fields.value(QStringLiteral("chemistry_hex")).toString(), QStringLiteral("0000"));
    QCOMPARE(info->info.firmware, QStringLiteral("2.6"));
}

QTEST_GUILESS_MAIN(TestPylonCan)
#include "tst_pyloncan.moc"
