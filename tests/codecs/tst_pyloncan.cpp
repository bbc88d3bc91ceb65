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

QTEST_GUILESS_MAIN(TestPylonCan)
#include "tst_pyloncan.moc"
