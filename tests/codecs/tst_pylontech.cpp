// Pylontech RS485 codec against the real frames of the fact sheet and the capture.

#include "hex.h"
#include "pylontechframe.h"
#include "pylontechmessages.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "testdata.h"

using namespace Pylontech;

namespace {

QMap<QString, QByteArray> examples()
{
    QMap<QString, QByteArray> map;
    for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylontech-rs485/factsheet-examples.txt")))
        map.insert(label, text + '\r');
    return map;
}

DecodedMessage decodeOk(const QByteArray &text, std::optional<quint8> command = std::nullopt,
                        std::optional<quint8> commandValue = std::nullopt)
{
    const auto frame = PylontechFrameCodec::decode(text);
    if (!frame) {
        qWarning() << frame.error().message;
        return {};
    }
    const auto d = describe(*frame, command, commandValue);
    if (!d) {
        qWarning() << d.error().message;
        return {};
    }
    return *d;
}

QByteArray withChecksums(quint8 adr, quint8 cid2, const QByteArray &info)
{
    PylontechFrame f;
    f.adr = adr;
    f.cid2 = cid2;
    f.info = info;
    return PylontechFrameCodec::encode(f);
}

QString capturePath()
{
    return TestData::pylontechCapture();
}

} // namespace

class TestPylontech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyExampleFrameVerifiesAndRoundTrips();
    void e1AnalogValues();
    void e1ManufacturerInfo();
    void e1Management();
    void e1AlarmInfo();
    void e1SystemParameters();
    void e2WholeGroup();
    void e3SerialsThroughMaster();
    void e4LargeCapacityManagement();
    void e5V35Requests();
    void protocolVersionAnswer();
    void unknownCommandIsTypedError();
    void requestsAreBuiltAsDocumented();
    void extendedCapacityAndTrailingAlarmByte();
    void payloadRoundTrips();
    void encoderSaturates_data();
    void encoderSaturates();
    void frameLengthSaturates();
    void lowerCaseFrames();
    void malformed_data();
    void malformed();
    void returnCodes();
    void captureByteByByte();
    void captureRandomChunks();
    void framerResynchronises();
    void framerCapsItsBuffer();

private:
    QMap<QString, QByteArray> m_examples;
};

void TestPylontech::initTestCase()
{
    m_examples = examples();
    QCOMPARE(m_examples.size(), 22);
}

void TestPylontech::everyExampleFrameVerifiesAndRoundTrips()
{
    for (auto it = m_examples.cbegin(); it != m_examples.cend(); ++it) {
        const auto frame = PylontechFrameCodec::decode(it.value());
        QVERIFY2(frame.ok(), qPrintable(it.key() + QStringLiteral(": ") + (frame.ok() ? QString() : frame.error().message)));
        QCOMPARE(PylontechFrameCodec::encode(*frame), it.value());
    }
}

void TestPylontech::e1AnalogValues()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E1-analog-response")));
    QCOMPARE(d.message, QStringLiteral("analog-values"));
    QCOMPARE(*d.returnCode, 0);
    QCOMPARE(d.packs.size(), 1);
    const DecodedPack &p = d.packs[0];
    QCOMPARE(*p.address, 2);
    QCOMPARE(p.cellsMv, (QList<int>{3359, 3360, 3360, 3360, 3360, 3360, 3361, 3360, 3360, 3361, 3362, 3360, 3362, 3362, 3361}));
    QCOMPARE(p.tempsC, (QList<double>{29.0, 26.0, 26.0, 26.0, 26.0}));
    QCOMPARE(*p.currentA, 2.1);
    QCOMPARE(*p.voltageV, 50.408);
    QCOMPARE(*p.remainingAh, 35.5);
    QCOMPARE(*p.fullAh, 50.0);
    QCOMPARE(*p.cycles, 79);
    QCOMPARE(*p.socPct, 71.0);
    // The request carries the extra byte this firmware tolerates.
    const DecodedMessage req = decodeOk(m_examples.value(QStringLiteral("E1-analog-request")));
    QCOMPARE(req.direction, QStringLiteral("request"));
    QCOMPARE(req.fields.value(QStringLiteral("command_value")).toInt(), 2);
    QCOMPARE(req.fields.value(QStringLiteral("extra_info_hex")).toString(), QStringLiteral("02"));
}

void TestPylontech::e1ManufacturerInfo()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E1-manufacturer-response")));
    QCOMPARE(d.message, QStringLiteral("manufacturer-info"));
    QCOMPARE(d.info.model, QStringLiteral("US2KBPL"));
    QCOMPARE(d.info.firmware, QStringLiteral("2.3"));
    QCOMPARE(d.info.manufacturer, QStringLiteral("Pylon"));
}

void TestPylontech::e1Management()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E1-management-response")));
    QCOMPARE(d.message, QStringLiteral("charge-discharge-management"));
    QCOMPARE(*d.limits.cvlV, 53.25);
    QCOMPARE(*d.limits.dvlV, 47.0);
    QCOMPARE(*d.limits.cclA, 25.0);
    QCOMPARE(*d.limits.dclA, 25.0); // sent as -25.0 A
    QCOMPARE(d.fields.value(QStringLiteral("dcl_wire_A")).toDouble(), -25.0);
    QCOMPARE(*d.status.chargeEnabled, true);
    QCOMPARE(*d.status.dischargeEnabled, true);
    QCOMPARE(*d.status.forceCharge, false);
}

void TestPylontech::e1AlarmInfo()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E1-alarm-response")));
    QCOMPARE(d.message, QStringLiteral("alarm-info"));
    QCOMPARE(d.packs.size(), 1);
    QVERIFY(d.alarms.isEmpty());
    QVERIFY(d.warnings.isEmpty());
    const QVariantMap module = d.fields.value(QStringLiteral("modules")).toList().at(0).toMap();
    QCOMPARE(module.value(QStringLiteral("cell_states")).toList().size(), 15);
    QCOMPARE(module.value(QStringLiteral("temperature_states")).toList().size(), 5);
    QCOMPARE(module.value(QStringLiteral("status2")).toInt(), 0x0E);
    QCOMPARE(module.value(QStringLiteral("status3")).toInt(), 0x80);
    QCOMPARE(module.value(QStringLiteral("charge_mosfet_on")).toBool(), true);
    QCOMPARE(module.value(QStringLiteral("discharge_mosfet_on")).toBool(), true);
    QCOMPARE(module.value(QStringLiteral("effective_charge_current")).toBool(), true);
    QCOMPARE(*d.status.chargeEnabled, true);
    // Without the request the 32-byte INFO must not be mistaken for 0x51's 32 bytes.
    QCOMPARE(d.fields.value(QStringLiteral("command_guessed")).toBool(), true);
}

void TestPylontech::e1SystemParameters()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E1-parameters-response")));
    QCOMPARE(d.message, QStringLiteral("system-parameters"));
    const QVariantMap &f = d.fields;
    QCOMPARE(f.value(QStringLiteral("info_flag")).toInt(), 0x11);
    QCOMPARE(f.value(QStringLiteral("cell_high_V")).toDouble(), 3.65);
    QCOMPARE(f.value(QStringLiteral("cell_low_V")).toDouble(), 3.05);
    QCOMPARE(f.value(QStringLiteral("cell_under_V")).toDouble(), 2.9);
    QCOMPARE(f.value(QStringLiteral("charge_high_temp_C")).toDouble(), 61.0);
    QCOMPARE(f.value(QStringLiteral("charge_low_temp_C")).toDouble(), -11.0);
    QCOMPARE(f.value(QStringLiteral("charge_current_limit_A")).toDouble(), 102.0);
    QCOMPARE(f.value(QStringLiteral("module_high_V")).toDouble(), 54.0);
    QCOMPARE(f.value(QStringLiteral("module_low_V")).toDouble(), 46.0);
    QCOMPARE(f.value(QStringLiteral("module_under_V")).toDouble(), 44.5);
    QCOMPARE(f.value(QStringLiteral("discharge_high_temp_C")).toDouble(), 61.0);
    QCOMPARE(f.value(QStringLiteral("discharge_low_temp_C")).toDouble(), -11.0);
    QCOMPARE(f.value(QStringLiteral("discharge_current_limit_A")).toDouble(), -100.0);
    QCOMPARE(f.value(QStringLiteral("current_limit_scale_unverified")).toBool(), true);
}

void TestPylontech::e2WholeGroup()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E2-group-response")), Cid2::AnalogValues,
                                      kGroupCommandValue);
    QCOMPARE(d.packs.size(), 3);
    QCOMPARE(d.fields.value(QStringLiteral("info_flag")).toInt(), 0x11);
    QCOMPARE(d.packs[0].cellsMv,
             (QList<int>{3303, 3304, 3302, 3303, 3304, 3304, 3304, 3302, 3301, 3302, 3304, 3303, 3306, 3301, 3302}));
    QCOMPARE(d.packs[0].tempsC, (QList<double>{23.0, 22.0, 22.0, 22.0, 22.0}));
    QCOMPARE(*d.packs[0].currentA, -2.6);
    QCOMPARE(*d.packs[0].voltageV, 49.545);
    QCOMPARE(*d.packs[0].remainingAh, 33.5);
    QCOMPARE(*d.packs[0].fullAh, 50.0);
    QCOMPARE(*d.packs[0].cycles, 31);
    QCOMPARE(*d.packs[1].currentA, -2.5);
    QCOMPARE(*d.packs[1].voltageV, 49.52);
    QCOMPARE(*d.packs[2].currentA, -2.7);
    QCOMPARE(*d.packs[2].voltageV, 49.504);
    QCOMPARE(d.packs[2].tempsC.at(1), 21.0);
    QCOMPARE(*d.packs[0].address, 2);
    QCOMPARE(*d.packs[2].address, 4);
    QCOMPARE(*d.bank.modules, 3);
    QCOMPARE(*d.bank.socPct, 67.0); // 100.5 / 150 Ah
    // The layout alone also finds the group answer.
    QCOMPARE(decodeOk(m_examples.value(QStringLiteral("E2-group-response"))).packs.size(), 3);
}

void TestPylontech::e3SerialsThroughMaster()
{
    const DecodedMessage a = decodeOk(m_examples.value(QStringLiteral("E3-serial-response-2")));
    QCOMPARE(a.info.serial, QStringLiteral("HPTCR03171112590"));
    QCOMPARE(*a.address, 2);
    const DecodedMessage b = decodeOk(m_examples.value(QStringLiteral("E3-serial-response-3")));
    QCOMPARE(b.info.serial, QStringLiteral("HPTBH02240A01235"));
    QCOMPARE(*b.address, 3);
}

void TestPylontech::e4LargeCapacityManagement()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("E4-up2500-management")), Cid2::Management);
    QCOMPARE(*d.limits.cvlV, 28.4);
    QCOMPARE(*d.limits.dvlV, 23.2);
    QCOMPARE(*d.limits.cclA, 55.5);
    QCOMPARE(*d.limits.dclA, 55.5);
    QCOMPARE(*d.status.chargeEnabled, true);
    QCOMPARE(*d.status.dischargeEnabled, true);
    QCOMPARE(*d.status.forceCharge, false);
}

void TestPylontech::e5V35Requests()
{
    const char *names[] = {"E5-system-analog-request", "E5-system-alarm-request", "E5-system-mgmt-request"};
    const char *messages[] = {"system-analog", "system-alarm", "system-management"};
    for (int i = 0; i < 3; ++i) {
        const DecodedMessage d = decodeOk(m_examples.value(QString::fromLatin1(names[i])));
        QCOMPARE(d.direction, QStringLiteral("request"));
        QCOMPARE(d.message, QString::fromLatin1(messages[i]));
        QCOMPARE(*d.address, 0x12); // group 1 master
        QVERIFY(d.unverified);     // 0x60-0x63 are reconstructed [2nd]
    }
}

void TestPylontech::protocolVersionAnswer()
{
    const DecodedMessage d = decodeOk(m_examples.value(QStringLiteral("protocol-version-response")), Cid2::ProtocolVersion);
    QCOMPARE(d.message, QStringLiteral("protocol-version"));
    QCOMPARE(d.fields.value(QStringLiteral("protocol_version")).toString(), QStringLiteral("2.0"));
}

void TestPylontech::unknownCommandIsTypedError()
{
    // The console wake-up frame verifies but CID2 0x82 has no documented meaning.
    const auto frame = PylontechFrameCodec::decode(m_examples.value(QStringLiteral("console-wakeup")));
    QVERIFY(frame.ok());
    QCOMPARE(frame->cid2, quint8(0x82));
    QCOMPARE(frame->info, QByteArray::fromHex("8520"));
    const auto d = describe(*frame);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().kind, CodecError::Kind::Unsupported);
    QVERIFY(d.error().message.contains(QLatin1String("0x82")));
    // A different CID1 (Shoto BMS 0x4A) is refused rather than decoded with wrong scales.
    PylontechFrame shoto = *frame;
    shoto.cid1 = 0x4A;
    shoto.cid2 = 0x00;
    QCOMPARE(describe(shoto).error().kind, CodecError::Kind::Unsupported);
}

void TestPylontech::requestsAreBuiltAsDocumented()
{
    QCOMPARE(PylontechFrameCodec::encode(request(Cid2::AnalogValues, 0x02)), QByteArray("~20024642E00202FD33\r"));
    QCOMPARE(PylontechFrameCodec::encode(request(Cid2::AnalogValues, 0x02, kGroupCommandValue)),
             QByteArray("~20024642E002FFFD09\r"));
    QCOMPARE(PylontechFrameCodec::encode(request(Cid2::SerialNumber, 0x03)), QByteArray("~20034693E00203FD2B\r"));
    QCOMPARE(PylontechFrameCodec::encode(request(Cid2::SystemAnalog, 0x12)), QByteArray("~201246610000FDAA\r"));
    Management m;
    m.commandValue = 2;
    m.cvlMv = 53250;
    m.dvlMv = 47000;
    m.cclRaw = 250;
    m.dclRaw = -250;
    const auto f = PylontechFrameCodec::decode(PylontechFrameCodec::encode(setManagementRequest(2, m)));
    QVERIFY(f.ok());
    QCOMPARE(f->info.size(), 9); // LENID 0x12
    const auto d = describe(*f);
    QVERIFY(d.ok());
    QCOMPARE(d->message, QStringLiteral("set-charge-discharge-management"));
    QCOMPARE(*d->limits.cvlV, 53.25);
}

void TestPylontech::extendedCapacityAndTrailingAlarmByte()
{
    // A US3000-style module: item count 4, FFFF placeholders, 24-bit capacities (74 Ah).
    AnalogModule m;
    m.cellsMv = QList<quint16>(15, 3310);
    m.tempsRaw = {2986, 2981, 2981, 2981, 2981};
    m.currentRaw = -68;
    m.voltageMv = 49586;
    m.remaining16 = 0xFFFF;
    m.userItems = 4;
    m.total16 = 0xFFFF;
    m.cycles = 40;
    m.remaining24 = 62160;
    m.total24 = 74000;
    Analog a;
    a.commandValue = 2;
    a.modules = {m};
    const QByteArray frame = withChecksums(2, 0x00, encodeResponseInfo(a));
    const DecodedMessage d = decodeOk(frame, Cid2::AnalogValues, 2);
    QCOMPARE(*d.packs[0].remainingAh, 62.16);
    QCOMPARE(*d.packs[0].fullAh, 74.0);
    QCOMPARE(*d.packs[0].socPct, 84.0);
    QCOMPARE(*d.packs[0].currentA, -6.8);
    QCOMPARE(d.packs[0].tempsC.first(), 25.5);

    // 0x44 with the one extra trailing byte (US2000C/US3000C): tolerated and kept.
    const QByteArray e1Info = PylontechFrameCodec::decode(m_examples.value(QStringLiteral("E1-alarm-response")))->info;
    QCOMPARE(e1Info.size(), 32);
    QByteArray info = e1Info + QByteArray::fromHex("42");
    const DecodedMessage alarm = decodeOk(withChecksums(2, 0x00, info));
    QCOMPARE(alarm.message, QStringLiteral("alarm-info"));
    QCOMPARE(alarm.fields.value(QStringLiteral("trailing_hex")).toString(), QStringLiteral("42"));
    // Two extra bytes are not a documented quirk.
    info.append('\x01');
    const auto f = PylontechFrameCodec::decode(withChecksums(2, 0x00, info));
    QVERIFY(!describe(*f, Cid2::AlarmInfo).ok());

    // A cell-undervoltage protection bit shows as an alarm, a low cell state as a warning.
    QByteArray bad = e1Info;
    bad[3 + 2] = '\x01';  // cell 3 below its lower limit
    bad[3 + 15 + 1 + 5 + 3] = '\x02'; // status 1 bit 1: cell under-voltage protection
    const DecodedMessage faulted = decodeOk(withChecksums(2, 0x00, bad), Cid2::AlarmInfo, 2);
    QCOMPARE(faulted.alarms, QStringList{QStringLiteral("cell-undervoltage")});
    QCOMPARE(faulted.warnings, QStringList{QStringLiteral("cell-undervoltage")});
}

void TestPylontech::payloadRoundTrips()
{
    const struct
    {
        const char *name;
        quint8 command;
    } responses[] = {{"E1-analog-response", Cid2::AnalogValues},        {"E1-manufacturer-response", Cid2::ManufacturerInfo},
                     {"E1-management-response", Cid2::Management},       {"E1-alarm-response", Cid2::AlarmInfo},
                     {"E1-parameters-response", Cid2::SystemParameters}, {"E2-group-response", Cid2::AnalogValues},
                     {"E3-serial-response-2", Cid2::SerialNumber},       {"E4-up2500-management", Cid2::Management}};
    for (const auto &r : responses) {
        const auto frame = PylontechFrameCodec::decode(m_examples.value(QString::fromLatin1(r.name)));
        QVERIFY(frame.ok());
        const auto payload = decodeResponseInfo(r.command, frame->info);
        QVERIFY2(payload.ok(), r.name);
        QCOMPARE(encodeResponseInfo(*payload), frame->info);
        QVERIFY(*decodeResponseInfo(r.command, encodeResponseInfo(*payload)) == *payload);
    }
    // The reconstructed V3.5 layouts round-trip too.
    SystemAnalogInfo sa;
    sa.voltageMv = 52000;
    sa.currentRaw = -1234;
    sa.socPct = 81;
    sa.maxCellLocation = 0x0207;
    sa.cell.average = 2981;
    const QByteArray saInfo = encodeResponseInfo(sa);
    QCOMPARE(saInfo.size(), 49);
    QVERIFY(std::get<SystemAnalogInfo>(*decodeResponseInfo(Cid2::SystemAnalog, saInfo)) == sa);
    const DecodedMessage d = decodeOk(withChecksums(0x12, 0x00, saInfo), Cid2::SystemAnalog);
    QCOMPARE(*d.bank.currentA, -12.34); // 0.01 A in 0x61
    QCOMPARE(*d.bank.tempC, 25.0);
    QVERIFY(d.unverified);
    SystemBasicInfo sb;
    sb.deviceName = "US3000C";
    sb.manufacturer = "Pylon";
    sb.softwareVersion = QByteArray::fromHex("0203");
    sb.serials = {QByteArray("HPTCR03171112590"), QByteArray("HPTBH02240A01235")};
    const QByteArray sbInfo = encodeResponseInfo(sb);
    QCOMPARE(guessResponseCommand(sbInfo), std::optional<quint8>(Cid2::SystemBasicInfo));
    const DecodedMessage basic = decodeOk(withChecksums(0x12, 0x00, sbInfo));
    QCOMPARE(*basic.bank.modules, 2);
    QCOMPARE(basic.info.model, QStringLiteral("US3000C"));
}

void TestPylontech::encoderSaturates_data()
{
    // A value that does not fit its field goes out as the field's limit, never wrapped:
    // decode(encode(x)) == clamp(x), the rest of the block unchanged.
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("decoded");
    QTest::newRow("remaining (u24) at its top") << "remaining24" << qint64(0xFFFFFF) << qint64(0xFFFFFF);
    QTest::newRow("remaining (u24) just past") << "remaining24" << qint64(0x1000000) << qint64(0xFFFFFF);
    QTest::newRow("total (u24) far past") << "total24" << qint64(0xFFFFFFFF) << qint64(0xFFFFFF);
    QTest::newRow("32 cells") << "cells" << qint64(32) << qint64(32);
    QTest::newRow("33 cells: a module has at most 32") << "cells" << qint64(33) << qint64(32);
    QTest::newRow("256 cells: past the count byte") << "cells" << qint64(256) << qint64(32);
    QTest::newRow("16 temperatures") << "temps" << qint64(16) << qint64(16);
    QTest::newRow("17 temperatures: at most 16") << "temps" << qint64(17) << qint64(16);
    QTest::newRow("33 cell states (0x44)") << "cellStates" << qint64(33) << qint64(32);
    QTest::newRow("17 temperature states (0x44)") << "tempStates" << qint64(17) << qint64(16);
}

void TestPylontech::encoderSaturates()
{
    QFETCH(QString, field);
    QFETCH(qint64, value);
    QFETCH(qint64, decoded);
    AnalogModule m;
    m.cellsMv = QList<quint16>(15, 3300);
    m.tempsRaw = QList<quint16>(5, 2981);
    m.currentRaw = -27;
    m.voltageMv = 49500;
    m.userItems = 4;
    m.remaining16 = m.total16 = 0xFFFF;
    m.remaining24 = 50000;
    m.total24 = 100000;
    AnalogModule want = m;
    AlarmModule a;
    a.cellStates = QByteArray(15, '\0');
    a.tempStates = QByteArray(5, '\0');
    a.status2 = 0x0E;
    AlarmModule wantAlarm = a;
    if (field == QLatin1String("remaining24")) {
        m.remaining24 = quint32(value);
        want.remaining24 = quint32(decoded);
    } else if (field == QLatin1String("total24")) {
        m.total24 = quint32(value);
        want.total24 = quint32(decoded);
    } else if (field == QLatin1String("cells")) {
        m.cellsMv = QList<quint16>(value, 3300);
        want.cellsMv = QList<quint16>(decoded, 3300);
    } else if (field == QLatin1String("temps")) {
        m.tempsRaw = QList<quint16>(value, 2981);
        want.tempsRaw = QList<quint16>(decoded, 2981);
    } else if (field == QLatin1String("cellStates")) {
        a.cellStates = QByteArray(value, '\x01');
        wantAlarm.cellStates = QByteArray(decoded, '\x01');
    } else {
        a.tempStates = QByteArray(value, '\x02');
        wantAlarm.tempStates = QByteArray(decoded, '\x02');
    }
    Analog analog;
    analog.infoFlag = 0x11;
    analog.commandValue = 2;
    analog.modules = {m};
    const auto back = decodeResponseInfo(Cid2::AnalogValues, encodeResponseInfo(analog), 2);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(std::get<Analog>(*back).modules.size(), 1);
    QVERIFY(std::get<Analog>(*back).modules.first() == want);
    Alarm alarm;
    alarm.commandValue = 2;
    alarm.modules = {a};
    const auto alarmBack = decodeResponseInfo(Cid2::AlarmInfo, encodeResponseInfo(alarm), 2);
    QVERIFY2(alarmBack.ok(), qPrintable(alarmBack.ok() ? QString() : alarmBack.error().message));
    QVERIFY(std::get<Alarm>(*alarmBack).modules.first() == wantAlarm);
}

void TestPylontech::frameLengthSaturates()
{
    // LENID counts INFO characters in 12 bits: 2047 bytes is the most a frame carries. More is
    // cut at that limit (before, 2048 bytes wrapped LENID to 0 and the frame did not verify).
    for (const qsizetype size : {qsizetype(2047), qsizetype(2048), qsizetype(5000)}) {
        PylontechFrame f;
        f.cid2 = 0x00;
        f.info = QByteArray(size, '\x5A');
        const auto back = PylontechFrameCodec::decode(PylontechFrameCodec::encode(f));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->info, QByteArray(2047, '\x5A'));
    }
}

void TestPylontech::lowerCaseFrames()
{
    const QByteArray upper = m_examples.value(QStringLiteral("E1-management-response"));
    // Lower-case hex needs its own checksum: the ASCII sum differs.
    PylontechFrame f = *PylontechFrameCodec::decode(upper);
    f.lowerCase = true;
    const QByteArray lower = PylontechFrameCodec::encode(f);
    QCOMPARE(lower.toUpper().chopped(5), upper.chopped(5));
    const auto back = PylontechFrameCodec::decode(lower);
    QVERIFY(back.ok());
    QVERIFY(back->lowerCase);
    QCOMPARE(PylontechFrameCodec::encode(*back), lower);
    QCOMPARE(*decodeOk(lower).limits.cvlV, 53.25);
}

void TestPylontech::malformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << int(CodecError::Kind::Empty) << "empty";
    QTest::newRow("no start marker") << QByteArray("20024642E00202FD33\r") << int(CodecError::Kind::BadStart) << "'~'";
    QTest::newRow("bad CHKSUM") << QByteArray("~20024642E00202FD34\r") << int(CodecError::Kind::BadChecksum)
                                << "checksum mismatch: frame says FD34, computed FD33";
    QTest::newRow("bad LCHKSUM") << QByteArray("~20024642F00202FD33\r") << int(CodecError::Kind::BadLengthChecksum)
                                 << "length checksum mismatch: frame says F, computed E";
    QTest::newRow("truncated") << QByteArray("~20024600B01402D002B79800FAFF06C0\r") << int(CodecError::Kind::Truncated)
                               << "LENID says 20 INFO characters, frame has 16";
    QTest::newRow("too long for LENID") << QByteArray("~20024642E0020202FD01\r") << int(CodecError::Kind::BadLength)
                                        << "LENID says 2 INFO characters, frame has 4";
    QTest::newRow("odd length") << QByteArray("~20024642E00202FD3\r") << int(CodecError::Kind::OddLength) << "odd number";
    QTest::newRow("non-hex") << QByteArray("~2002464GE00202FD33\r") << int(CodecError::Kind::NotHex) << "position 8";
    QTest::newRow("shorter than a header") << QByteArray("~2002\r") << int(CodecError::Kind::Truncated) << "too short";
    // Found by fuzz_pylontech_decoder: checksum valid, but 'f' beside 'D' cannot round-trip.
    QTest::newRow("mixed case") << QByteArray("~29246003E00202fD2D\r") << int(CodecError::Kind::NotHex) << "mixed upper- and lower-case";
    QTest::newRow("two frames glued") << QByteArray("~20024642E00202FD33~20024642E00202FD33\r")
                                      << int(CodecError::Kind::NotHex) << "position 19";
}

void TestPylontech::malformed()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto r = PylontechFrameCodec::decode(frame);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestPylontech::returnCodes()
{
    // A record cut short inside INFO with valid checksums: the layout check catches it.
    const QByteArray cut = withChecksums(2, 0x00, QByteArray::fromHex("00020F0D1F0D20"));
    const auto f = PylontechFrameCodec::decode(cut);
    QVERIFY(f.ok());
    const auto d = describe(*f, Cid2::AnalogValues, 2);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().kind, CodecError::Kind::BadLayout);
    QVERIFY2(d.error().message.contains(QLatin1String("module 1")), qPrintable(d.error().message));
    // RTN 0x91: the master could not reach the slave.
    const DecodedMessage lost = decodeOk(withChecksums(3, 0x91, {}), Cid2::AnalogValues);
    QCOMPARE(*lost.returnCode, 0x91);
    QCOMPARE(lost.fields.value(QStringLiteral("return_code_name")).toString(), QStringLiteral("internal-communication-error"));
    QCOMPARE(lost.message, QStringLiteral("analog-values"));
}

namespace {

struct CaptureCount
{
    int requests = 0;
    int responses = 0;
    int failed = 0;
    DecodedMessage first;
};

CaptureCount decodeCapture(const QList<QByteArray> &frames)
{
    CaptureCount c;
    std::optional<PylontechFrame> pending;
    for (const QByteArray &text : frames) {
        const auto frame = PylontechFrameCodec::decode(text);
        if (!frame) {
            ++c.failed;
            continue;
        }
        if (isRequest(*frame)) {
            ++c.requests;
            pending = *frame;
            continue;
        }
        const auto d = describe(*frame, pending ? std::optional<quint8>(pending->cid2) : std::nullopt,
                                pending && !pending->info.isEmpty() ? std::optional<quint8>(quint8(pending->info[0]))
                                                                    : std::nullopt);
        if (!d || d->packs.size() != 2) {
            ++c.failed;
            continue;
        }
        if (c.responses == 0)
            c.first = *d;
        ++c.responses;
    }
    return c;
}

QByteArray captureStream(int *expectedFrames)
{
    QFile f(capturePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray stream;
    int frames = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const qsizetype tilde = line.indexOf('~');
        if (line.startsWith('#') || tilde < 0)
            continue;
        stream += line.mid(tilde) + '\r';
        ++frames;
    }
    *expectedFrames = frames;
    return stream;
}

} // namespace

void TestPylontech::captureByteByByte()
{
    int expected = 0;
    const QByteArray stream = captureStream(&expected);
    QVERIFY2(!stream.isEmpty(), qPrintable(QStringLiteral("capture not found at ") + capturePath()));
    QCOMPARE(expected, 1568);
    PylontechFramer framer;
    QList<QByteArray> frames;
    for (char c : stream)
        frames += framer.feed(QByteArrayView(&c, 1));
    QCOMPARE(frames.size(), 1568);
    QCOMPARE(framer.discardedBytes(), quint64(0));
    const CaptureCount c = decodeCapture(frames);
    QCOMPARE(c.failed, 0);
    QCOMPARE(c.requests, 784);
    QCOMPARE(c.responses, 784);
    // First response: 1.2 A / 49.729 V / 23.5 Ah / 99 cycles and 1.1 A / 49.726 V / 23.0 Ah / 147 cycles.
    QCOMPARE(*c.first.packs[0].currentA, 1.2);
    QCOMPARE(*c.first.packs[0].voltageV, 49.729);
    QCOMPARE(*c.first.packs[0].remainingAh, 23.5);
    QCOMPARE(*c.first.packs[0].cycles, 99);
    QCOMPARE(*c.first.packs[1].currentA, 1.1);
    QCOMPARE(*c.first.packs[1].voltageV, 49.726);
    QCOMPARE(*c.first.packs[1].remainingAh, 23.0);
    QCOMPARE(*c.first.packs[1].cycles, 147);
    QCOMPARE(c.first.fields.value(QStringLiteral("info_flag")).toInt(), 0x11);
    QCOMPARE(c.first.packs[0].cellsMv.size(), 15);
    QCOMPARE(*c.first.packs[0].fullAh, 50.0);
}

void TestPylontech::captureRandomChunks()
{
    int expected = 0;
    const QByteArray stream = captureStream(&expected);
    QVERIFY(!stream.isEmpty());
    QRandomGenerator rng(20261124);
    for (int round = 0; round < 3; ++round) {
        PylontechFramer framer;
        QList<QByteArray> frames;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype n = std::min<qsizetype>(stream.size() - pos, rng.bounded(1, 700));
            frames += framer.feed(QByteArrayView(stream).sliced(pos, n));
            pos += n;
        }
        QCOMPARE(frames.size(), expected);
        QCOMPARE(decodeCapture(frames).failed, 0);
    }
}

void TestPylontech::framerResynchronises()
{
    PylontechFramer framer;
    const QByteArray a = "~20024642E00202FD33\r";
    const QByteArray b = "~20024642E002FFFD09\r";
    // Noise, a frame, a frame cut short by the next start, line noise, a good frame.
    const QByteArray stream = QByteArray("\x00\xFFxx", 4) + a + "~2002464" + b + "\n\n" + a;
    const QList<QByteArray> frames = framer.feed(stream);
    QCOMPARE(frames, (QList<QByteArray>{a, b, a}));
    QCOMPARE(framer.discardedBytes(), quint64(4 + 8 + 2));
    QCOMPARE(framer.framesOut(), quint64(3));
}

void TestPylontech::framerCapsItsBuffer()
{
    PylontechFramer framer(64);
    QByteArray junk = "~" + QByteArray(200, 'A');
    QVERIFY(framer.feed(junk).isEmpty());
    QCOMPARE(framer.overflows(), quint64(1));      // the over-long frame
    QCOMPARE(framer.discardedBytes(), quint64(201)); // it, then garbage until the next '~' 
    QVERIFY(framer.buffered() < 64);
    QCOMPARE(framer.feed(QByteArray("\r~20024642E00202FD33\r")).size(), 1);
}

QTEST_GUILESS_MAIN(TestPylontech)
#include "tst_pylontech.moc"
