// JK-PB (Modbus RTU, bus-master triggers, 0x55AA records) and JK-B 4E57 codecs against the
// real frames of jk-bms.md.

#include "hex.h"
#include "jklegacy.h"
#include "checksums.h"
#include "jkregisters.h"
#include "jkpb.h"
#include "streamdecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

#include "testdata.h"

namespace {


QByteArray h(const char *text)
{
    return *Hex::parse(QByteArrayView(text));
}

} // namespace

class TestJk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modbusRequests_data();
    void modbusRequests();
    void byteOffsetRegisters();
    void readReplyWithKnownStart();
    void a7StatusTrigger();
    void a7StatusReply();
    void recordAndReplyRoundTrip();
    void framerSplitsTheBus();
    void fragments_data();
    void fragments();
    void framerNamesFragments();
    void framerLooksPastAWaitingHead();
    void exceptionReply();
    void malformedJkPb_data();
    void malformedJkPb();
    void b4ReadAll();
    void readAllRequest();
    void legacyEncodings_data();
    void legacyEncodings();
    void malformedLegacy_data();
    void malformedLegacy();
    void legacyFramer();
    void legacyAnswerBelongsToThePolledPack();
    void registersSaturate_data();
    void registersSaturate();
    void modbusDataSaturates();
    void legacyLengthsSaturate();
};

void TestJk::modbusRequests_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("quantity");
    // jk-bms.md a.5
    QTest::newRow("cells 1-10") << h("01 03 12 00 00 0A C0 B5") << "0x1200" << 10;
    QTest::newRow("pack voltage u32") << h("01 03 12 90 00 02 C1 5E") << "0x1290" << 2;
    QTest::newRow("model block") << h("01 03 14 00 00 0A C0 3D") << "0x1400" << 10;
    QTest::newRow("settings start") << h("01 03 10 00 00 04 40 C9") << "0x1000" << 4;
}

void TestJk::modbusRequests()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, start);
    QFETCH(int, quantity);
    const auto d = JkPb::describe(frame);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->protocol, ProtocolId::JkModbus);
    QCOMPARE(d->message, QStringLiteral("read-registers"));
    QCOMPARE(d->direction, QStringLiteral("request"));
    QCOMPARE(*d->address, 1);
    QCOMPARE(d->fields.value(QStringLiteral("start_register")).toString(), start);
    QCOMPARE(d->fields.value(QStringLiteral("quantity")).toInt(), quantity);
    const auto rtu = JkPb::decodeRtu(frame);
    QCOMPARE(JkPb::encodeRtu(*rtu), frame);
}

void TestJk::byteOffsetRegisters()
{
    // Reading 0x1290 x 2 returns 4 bytes: the u32 pack voltage, big-endian, high word first.
    const auto values = JkRegisters::decode(0x1290, h("00 00 CD D7"), JkRegisters::ByteOrder::Big);
    QCOMPARE(values.size(), 1);
    QCOMPARE(QString::fromLatin1(values[0].field->name), QStringLiteral("pack_voltage_V"));
    QCOMPARE(values[0].value.toDouble(), 52.695);
    // The u32 after it sits at 0x1294 (byte offsets), not 0x1292.
    QCOMPARE(JkRegisters::field("pack_power_W")->address, quint16(0x1294));
    // A u8 pair: at 0x12A6 the first byte is the balancer state, the second the SOC.
    const auto pair = JkRegisters::decode(0x12A6, h("01 37"), JkRegisters::ByteOrder::Big);
    QCOMPARE(pair.size(), 2);
    QCOMPARE(QString::fromLatin1(pair[1].field->name), QStringLiteral("soc_pct"));
    QCOMPARE(pair[1].value.toDouble(), 55.0);
}

void TestJk::readReplyWithKnownStart()
{
    // 10 cell voltages answer "01 03 12 00 00 0A" (byte count 0x14 = 20).
    QByteArray data;
    for (int i = 0; i < 10; ++i)
        data += h("0C DD");
    const QByteArray reply = JkPb::encodeRtu(JkPb::ReadResponse{1, data});
    QCOMPARE(quint8(reply[2]), quint8(0x14));
    const auto raw = JkPb::describe(reply);
    QVERIFY(raw.ok());
    QCOMPARE(raw->fields.value(QStringLiteral("start_register_unknown")).toBool(), true);
    const auto d = JkPb::describe(reply, 0x1200);
    QVERIFY(d.ok());
    QCOMPARE(d->packs.at(0).cellsMv, QList<int>(10, 3293));
    // The model block: 20 ASCII bytes.
    const QByteArray model = JkPb::encodeRtu(JkPb::ReadResponse{1, QByteArray("JK_PB2A16S20P\0\0\0" "19A\0", 20)});
    QCOMPARE(JkPb::describe(model, 0x1400)->info.model, QStringLiteral("JK_PB2A16S20P"));
}

void TestJk::a7StatusTrigger()
{
    const QByteArray tx = h("03 10 16 20 00 01 02 00 00 CF 91");
    const auto d = JkPb::describe(tx);
    QVERIFY(d.ok());
    QCOMPARE(d->protocol, ProtocolId::JkPb);
    QCOMPARE(d->message, QStringLiteral("status-trigger"));
    QCOMPARE(*d->address, 3);
    QCOMPARE(JkPb::encodeRtu(JkPb::trigger(3, JkPb::kTriggerStatus)), tx);
}

void TestJk::a7StatusReply()
{
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    QCOMPARE(reply.size(), 310);
    const auto d = JkPb::describe(reply);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->message, QStringLiteral("status-record"));
    QCOMPARE(*d->address, 3); // from the trailing ACK: the record carries no address
    const DecodedPack &p = d->packs.at(0);
    QCOMPARE(p.cellsMv.size(), 16);
    QCOMPARE(*std::min_element(p.cellsMv.cbegin(), p.cellsMv.cend()), 3293);
    QCOMPARE(*std::max_element(p.cellsMv.cbegin(), p.cellsMv.cend()), 3294);
    QCOMPARE(p.cellsMv.count(3294), 7);
    QCOMPARE(d->fields.value(QStringLiteral("cell_average_V")).toDouble(), 3.293);
    QCOMPARE(d->fields.value(QStringLiteral("cell_delta_V")).toDouble(), 0.001);
    QCOMPARE(d->fields.value(QStringLiteral("mos_temp_C")).toDouble(), 20.3);
    QCOMPARE(*p.voltageV, 52.695);
    QCOMPARE(*p.currentA, 0.0);
    QCOMPARE(p.tempsC, (QList<double>{19.5, 19.8}));
    QVERIFY(d->carriesAlarms);
    QVERIFY(d->alarms.isEmpty());
    QCOMPARE(*p.socPct, 55.0);
    QCOMPARE(*p.remainingAh, 155.219);
    QCOMPARE(*p.fullAh, 280.0);
    QCOMPARE(*p.cycles, 62);
    QCOMPARE(*p.sohPct, 100.0);
    QCOMPARE(d->fields.value(QStringLiteral("run_time_s")).toDouble(), 48570884.0);
    QCOMPARE(*d->status.chargeEnabled, true);
    QCOMPARE(*d->status.dischargeEnabled, true);
    // Offset 254 equals the MOS temperature in every capture (fact sheet a.6).
    QCOMPARE(d->fields.value(QStringLiteral("temp3_C")).toDouble(), 20.3);
}

void TestJk::recordAndReplyRoundTrip()
{
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const auto r = JkPb::decodeReply(reply);
    QVERIFY(r.ok());
    QCOMPARE(JkPb::encodeReply(*r), reply);
    QCOMPARE(r->ack.start, JkPb::kTriggerStatus);
    const auto rec = JkPb::decodeRecord(reply.first(300));
    QCOMPARE(JkPb::encodeRecord(*rec), reply.first(300));
    // A record alone decodes, but says it does not know who sent it.
    const auto alone = JkPb::describe(reply.first(300));
    QVERIFY(alone.ok());
    QVERIFY(!alone->address);
    QCOMPARE(alone->fields.value(QStringLiteral("responder_unknown")).toBool(), true);
}

void TestJk::framerSplitsTheBus()
{
    // A JK master's cycle: trigger, reply (record 00 ACK 00), noise, trigger again.
    const QByteArray trigger = h("03 10 16 20 00 01 02 00 00 CF 91");
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const QByteArray stream = trigger + reply + h("FF FE") + trigger;
    for (int chunk : {1, 7, 64, 1000}) {
        JkPb::Framer framer;
        QList<QByteArray> units;
        for (qsizetype pos = 0; pos < stream.size(); pos += chunk)
            units += framer.feed(QByteArrayView(stream).sliced(pos, std::min<qsizetype>(chunk, stream.size() - pos)));
        QCOMPARE(units.size(), 4);
        QCOMPARE(units[0], trigger);
        QCOMPARE(units[1], reply.first(300));
        QCOMPARE(units[2], h("03 10 16 20 00 01 05 A9"));
        QCOMPARE(units[3], trigger);
        QCOMPARE(framer.discardedBytes(), quint64(4)); // two 00 fillers and the two noise bytes
    }
    // A record cut off by the line going idle is dropped, and counted, on flush.
    JkPb::Framer framer;
    QVERIFY(framer.feed(reply.first(120)).isEmpty());
    QCOMPARE(framer.flush(), quint64(120));
    QCOMPARE(framer.discardedBytes(), quint64(120));
    QCOMPARE(framer.feed(trigger).size(), 1);
}

void TestJk::fragments_data()
{
    // Issue 16: a sniff pasted from a thread that starts or stops inside a record. These were
    // "Modbus function 0x00 is not used by JK-PB" before; they are fragments, not corrupt frames.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const int fragment = int(CodecError::Kind::Fragment);
    QTest::newRow("record tail") << reply.mid(70, 120) << fragment << "fragment: no record header (capture started or stopped mid-frame)";
    QTest::newRow("record tail, its ACK and a new record") << reply.mid(250) + reply.first(40) << fragment << "no record header";
    QTest::newRow("record head") << reply.first(120) << fragment << "a record cut short after 120 of its 300 bytes";
    QTest::newRow("header only") << reply.first(4) << fragment << "cut short after 4";
    // A real frame of a function JK does not use (its CRC verifies) stays what it was.
    QByteArray fc04 = h("01 04 00 00 00 01");
    const quint16 crc = Checksums::crc16Modbus(fc04);
    fc04.append(char(crc & 0xFF)).append(char(crc >> 8));
    QTest::newRow("function 04 with its CRC") << fc04 << int(CodecError::Kind::Unsupported) << "not used by JK-PB";
    QTest::newRow("FC03 reply with a bad CRC") << h("01 03 04 00 00 CD D7 00 00") << int(CodecError::Kind::BadChecksum) << "CRC mismatch";
}

void TestJk::fragments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto d = JkPb::describe(bytes);
    QVERIFY(!d.ok());
    QCOMPARE(int(d.error().kind), kind);
    QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
}

void TestJk::framerNamesFragments()
{
    // On the wire: the last 100 bytes of one reply (its record's tail, 00, ACK, 00), a whole
    // reply, then the first 150 bytes of another: the framer hands both pieces out as
    // fragments, in wire order, and the whole units between them as before.
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const QByteArray stream = reply.mid(210) + reply + reply.first(150);
    for (int chunk : {1, 64, 1000}) {
        JkPb::Framer framer;
        QList<JkPb::Framer::Unit> units;
        for (qsizetype pos = 0; pos < stream.size(); pos += chunk)
            units += framer.feedUnits(QByteArrayView(stream).sliced(pos, std::min<qsizetype>(chunk, stream.size() - pos)));
        QList<JkPb::Framer::Unit> last;
        framer.flushUnits(last);
        units += last;
        QCOMPARE(units.size(), 5);
        QVERIFY(units[0].fragment);
        // The tail (from its first byte that is not a 00 filler) and the 00 before the ACK.
        QCOMPARE(units[0].bytes, reply.mid(214, 86) + QByteArray(1, '\0'));
        QVERIFY(!units[1].fragment && units[1].bytes == h("03 10 16 20 00 01 05 A9"));
        QVERIFY(!units[2].fragment && units[2].bytes == reply.first(300));
        QVERIFY(!units[3].fragment && units[3].bytes == h("03 10 16 20 00 01 05 A9"));
        QVERIFY(units[4].fragment);
        QCOMPARE(units[4].bytes, reply.first(150));
        QCOMPARE(framer.fragments(), quint64(2));
        QCOMPARE(JkPb::describe(units[0].bytes).error().kind, CodecError::Kind::Fragment);
        QCOMPARE(JkPb::describe(units[4].bytes).error().kind, CodecError::Kind::Fragment);
    }
}

void TestJk::framerLooksPastAWaitingHead()
{
    // "01 03 FF" looks like the start of an FC03 reply of 260 bytes: the framer waits for it,
    // and meanwhile looks further on for a unit that is already whole. Byte by byte, the unit
    // after it is only whole with its last byte; before that its start waits too (a trigger:
    // "03 10" needs 7 bytes to know its length), or is a lone 00 that could be a filler or the
    // address of a frame to address 0. Each is found the moment it is whole, whatever the feed.
    const QByteArray trigger = h("03 10 16 20 00 01 02 00 00 CF 91");
    QByteArray toZero = h("00 03 00 00 00 01");
    const quint16 crc = Checksums::crc16Modbus(toZero);
    toZero.append(char(crc & 0xFF)).append(char(crc >> 8));
    for (const QByteArray &frame : {trigger, toZero}) {
        const QByteArray stream = h("01 03 FF") + frame;
        for (int chunk : {1, 2, 5, 64}) {
            JkPb::Framer framer;
            QList<JkPb::Framer::Unit> units;
            qsizetype fed = 0;
            for (qsizetype pos = 0; pos < stream.size(); pos += chunk) {
                const QByteArrayView piece = QByteArrayView(stream).sliced(pos, std::min<qsizetype>(chunk, stream.size() - pos));
                units += framer.feedUnits(piece);
                fed += piece.size();
                if (fed < stream.size())
                    QVERIFY2(units.isEmpty(), qPrintable(QStringLiteral("a unit out after %1 of %2 bytes").arg(fed).arg(stream.size())));
            }
            QCOMPARE(units.size(), 2);
            QVERIFY(units[0].fragment);
            QCOMPARE(units[0].bytes, h("01 03 FF"));
            QVERIFY(!units[1].fragment);
            QCOMPARE(units[1].bytes, frame);
            QCOMPARE(framer.discardedBytes(), quint64(3));
        }
    }
}

void TestJk::exceptionReply()
{
    // Found by fuzz_jkpb_decoder: a cycle count beyond int range must not overflow.
    QByteArray huge(8, '\0');
    huge[0] = '\xE5';
    huge[1] = '\x03';
    const auto cycles = JkPb::describe(JkPb::encodeRtu(JkPb::ReadResponse{1, huge}), 0x12B0);
    QVERIFY(cycles.ok());
    QVERIFY(!cycles->packs.at(0).cycles);
    QCOMPARE(cycles->fields.value(QStringLiteral("cycles")).toDouble(), 3842179072.0);

    const QByteArray ex = JkPb::encodeRtu(JkPb::Exception{1, 0x03, 0x02});
    const auto d = JkPb::describe(ex);
    QVERIFY(d.ok());
    QCOMPARE(d->message, QStringLiteral("exception"));
    QCOMPARE(d->fields.value(QStringLiteral("exception_name")).toString(), QStringLiteral("illegal-address"));
}

void TestJk::malformedJkPb_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    QByteArray badSum = reply.first(300);
    badSum[299] = '\x22';
    QTest::newRow("record bad checksum") << badSum << int(CodecError::Kind::BadChecksum)
                                         << "checksum mismatch: record says 22, computed 21";
    // A sniff that stops inside a record: a fragment, not a corrupt frame (issue 16 section 3).
    QTest::newRow("record cut short") << reply.first(250) << int(CodecError::Kind::Fragment)
                                      << "fragment: a record cut short after 250 of its 300 bytes";
    QByteArray badType = reply.first(300);
    badType[4] = '\x07';
    badType[299] = char(quint8(badType[299]) + 5);
    QTest::newRow("record type 7") << badType << int(CodecError::Kind::BadValue) << "record type 7";
    QTest::newRow("trigger bad CRC") << h("03 10 16 20 00 01 02 00 00 CF 92") << int(CodecError::Kind::BadChecksum)
                                     << "CRC mismatch: frame says 92CF, computed 91CF";
    QTest::newRow("trigger cut short") << h("03 10 16 20 00 01 02 00 00") << int(CodecError::Kind::Truncated) << "";
    QTest::newRow("function 04") << JkPb::encodeRtu(JkPb::Exception{1, 0x04, 1}).replace(1, 1, "\x04")
                                 << int(CodecError::Kind::Unsupported) << "";
    QTest::newRow("too short") << h("01 03 12") << int(CodecError::Kind::Truncated) << "at least 5";
    QTest::newRow("reply without ACK") << reply.first(305) << int(CodecError::Kind::Truncated) << "310 bytes";
}

void TestJk::malformedJkPb()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto d = JkPb::describe(bytes);
    QVERIFY(!d.ok());
    if (kind != int(CodecError::Kind::Unsupported) || !message.isEmpty())
        QCOMPARE(int(d.error().kind), kind);
    QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
}

void TestJk::b4ReadAll()
{
    const QByteArray frame = TestData::hexFile(QStringLiteral("jk/jkb-b4-read-all.hex"));
    QCOMPARE(frame.size(), 282);
    const auto f = JkLegacy::decode(frame);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(JkLegacy::encode(*f), frame);
    const auto list = JkLegacy::items(f->info);
    QVERIFY(list.ok());
    QCOMPARE(JkLegacy::encodeItems(*list), f->info);
    const auto d = JkLegacy::describe(frame);
    QVERIFY(d.ok());
    QCOMPARE(d->message, QStringLiteral("read-all"));
    QCOMPARE(d->direction, QStringLiteral("response"));
    QCOMPARE(d->fields.value(QStringLiteral("source")).toInt(), 0);
    const DecodedPack &p = d->packs.at(0);
    QCOMPARE(p.cellsMv, (QList<int>{4092, 4047, 4093, 4092, 4092, 4090, 4087, 4094, 4094, 4092, 4087, 4087, 4093}));
    QCOMPARE(d->fields.value(QStringLiteral("mos_temp_C")).toDouble(), 22.0);
    QCOMPARE(p.tempsC, (QList<double>{19.0, 19.0}));
    QCOMPARE(*p.voltageV, 53.13);
    QCOMPARE(*p.currentA, 0.0);
    QCOMPARE(*p.socPct, 94.0);
    QCOMPARE(*p.cycles, 0);
    QCOMPARE(d->fields.value(QStringLiteral("cell_count")).toInt(), 13);
    QVERIFY(d->alarms.isEmpty());
    QCOMPARE(*d->status.chargeEnabled, false);
    QCOMPARE(*d->status.dischargeEnabled, false);
    QCOMPARE(d->fields.value(QStringLiteral("balancer_on")).toBool(), true);
    QCOMPARE(*p.fullAh, 5.0);
    QCOMPARE(d->fields.value(QStringLiteral("id_af")).toDouble(), 1.0); // battery type 1: ternary Li-ion
    QCOMPARE(d->info.firmware, QStringLiteral("10.XW_S10.07___"));
    QCOMPARE(d->info.manufacturer, QStringLiteral("Input UserdaJK-B2A24S15P"));
    QCOMPARE(d->fields.value(QStringLiteral("protocol_version")).toInt(), 1);
    QCOMPARE(d->fields.value(QStringLiteral("id_93")).toDouble(), 2900.0); // cell UVP: the Chinese original's table
}

void TestJk::readAllRequest()
{
    // Found by fuzz_jklegacy_decoder: non-zero "reserved" checksum bytes must survive a round trip.
    const QByteArray reserved = h("4E 57 00 13 00 00 00 00 00 06 00 03 00 00 00 00 68 00 01 01 29");
    const auto r = JkLegacy::decode(reserved);
    QVERIFY(r.ok());
    QCOMPARE(r->checksumReserved, quint16(0x0001));
    QCOMPARE(JkLegacy::encode(*r), reserved);

    const QByteArray expected = h("4E 57 00 13 00 00 00 00 06 03 00 00 00 00 00 00 68 00 00 01 29");
    QCOMPARE(JkLegacy::encode(JkLegacy::readAllRequest()), expected);
    const auto d = JkLegacy::describe(expected);
    QVERIFY(d.ok());
    QCOMPARE(d->direction, QStringLiteral("request"));
    QCOMPARE(d->message, QStringLiteral("read-all"));
}

void TestJk::legacyEncodings_data()
{
    QTest::addColumn<bool>("temperature");
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("version");
    QTest::addColumn<double>("value");
    QTest::newRow("temp 22") << true << 22 << 0 << 22.0;
    QTest::newRow("temp 100") << true << 100 << 0 << 100.0;
    QTest::newRow("temp 101 is -1") << true << 101 << 0 << -1.0;
    QTest::newRow("temp 140 is -40") << true << 140 << 0 << -40.0;
    QTest::newRow("v1 0x80D0 charging") << false << 0x80D0 << 1 << 2.08;
    QTest::newRow("v1 0x0045 discharging") << false << 0x0045 << 1 << -0.69;
    QTest::newRow("v0 10000 is zero") << false << 10000 << 0 << 0.0;
    QTest::newRow("v0 11000 discharging") << false << 11000 << 0 << -10.0;
    QTest::newRow("v0 9500 charging") << false << 9500 << 0 << 5.0;
}

void TestJk::legacyEncodings()
{
    QFETCH(bool, temperature);
    QFETCH(int, raw);
    QFETCH(int, version);
    QFETCH(double, value);
    const double got = temperature ? JkLegacy::temperatureC(quint16(raw)) : JkLegacy::currentA(quint16(raw), version);
    QVERIFY2(qAbs(got - value) < 1e-9, qPrintable(QString::number(got)));
}

void TestJk::malformedLegacy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray good = h("4E 57 00 13 00 00 00 00 06 03 00 00 00 00 00 00 68 00 00 01 29");
    QTest::newRow("bad checksum") << QByteArray(good).replace(20, 1, "\x2A") << int(CodecError::Kind::BadChecksum)
                                  << "checksum mismatch: frame says 012A, computed 0129";
    QTest::newRow("truncated") << good.first(18) << int(CodecError::Kind::Truncated) << "";
    QTest::newRow("bad start") << QByteArray(good).replace(0, 1, "\x4F") << int(CodecError::Kind::BadStart) << "4E 57";
    QTest::newRow("no end mark") << QByteArray(good).replace(16, 1, "\x69") << int(CodecError::Kind::BadEnd) << "0x68";
    JkLegacy::Frame unknown;
    unknown.type = 1;
    unknown.info = h("85 5E 77 00 01");
    QTest::newRow("unknown data ID") << JkLegacy::encode(unknown) << int(CodecError::Kind::Unsupported)
                                     << "unknown data ID 0x77";
    JkLegacy::Frame cut;
    cut.type = 1;
    cut.info = h("83 14");
    QTest::newRow("value cut short") << JkLegacy::encode(cut) << int(CodecError::Kind::Truncated) << "needs 2 bytes";
}

void TestJk::malformedLegacy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto d = JkLegacy::describe(bytes);
    QVERIFY(!d.ok());
    QCOMPARE(int(d.error().kind), kind);
    QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
}

void TestJk::legacyFramer()
{
    const QByteArray a = TestData::hexFile(QStringLiteral("jk/jkb-b4-read-all.hex"));
    const QByteArray b = JkLegacy::encode(JkLegacy::readAllRequest());
    const QByteArray stream = h("00 4E 11") + b + a + h("FF") + b;
    QRandomGenerator rng(7);
    for (int round = 0; round < 5; ++round) {
        JkLegacy::Framer framer;
        QList<QByteArray> frames;
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype n = std::min<qsizetype>(stream.size() - pos, rng.bounded(1, 90));
            frames += framer.feed(QByteArrayView(stream).sliced(pos, n));
            pos += n;
        }
        QCOMPARE(frames, (QList<QByteArray>{b, a, b}));
        QCOMPARE(framer.discardedBytes(), quint64(4));
    }
}

void TestJk::registersSaturate_data()
{
    // The register encoder (Modbus image and 0x55AA records alike): a value just beyond its
    // field's type encodes to the type's limit, never to its low bytes; decode(encode(x)) ==
    // clamp(x), in both byte orders.
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("decoded");
    QTest::newRow("u8 SOC in range") << "soc_pct" << 55.0 << 55.0;
    QTest::newRow("u8 SOC 256") << "soc_pct" << 256.0 << 255.0;
    QTest::newRow("u8 SOC -1") << "soc_pct" << -1.0 << 0.0;
    QTest::newRow("s8 heating start 128") << "heating_start_C" << 128.0 << 127.0;
    QTest::newRow("s8 heating start -129") << "heating_start_C" << -129.0 << -128.0;
    QTest::newRow("u16 cell 65.536 V") << "cell1_V" << 65.536 << 65.535;
    QTest::newRow("u16 cell -1 mV") << "cell1_V" << -0.001 << 0.0;
    QTest::newRow("s16 MOS temperature in range") << "mos_temp_C" << -12.4 << -12.4;
    QTest::newRow("s16 MOS temperature 3276.8") << "mos_temp_C" << 3276.8 << 3276.7;
    QTest::newRow("s16 MOS temperature -3276.9") << "mos_temp_C" << -3276.9 << -3276.8;
    QTest::newRow("u32 pack voltage 4294967.296") << "pack_voltage_V" << 4294967.296 << 4294967.295;
    QTest::newRow("u32 pack voltage -1 V") << "pack_voltage_V" << -1.0 << 0.0;
    QTest::newRow("s32 current in range") << "pack_current_A" << -27.9 << -27.9;
    QTest::newRow("s32 current 2147483.648 A") << "pack_current_A" << 2147483.648 << 2147483.647;
    QTest::newRow("s32 current -2147483.649 A") << "pack_current_A" << -2147483.649 << -2147483.648;
    QTest::newRow("NaN") << "pack_current_A" << std::numeric_limits<double>::quiet_NaN() << 0.0;
}

void TestJk::registersSaturate()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(double, decoded);
    const JkRegisters::Field *f = JkRegisters::field(field.toLatin1().constData());
    QVERIFY(f);
    for (const auto order : {JkRegisters::ByteOrder::Big, JkRegisters::ByteOrder::Little}) {
        QByteArray bytes(8, '\x77'); // neighbours: must stay untouched
        JkRegisters::encode(*f, quint16(f->address - 2), bytes, order, value);
        QCOMPARE(bytes.left(2), QByteArray(2, '\x77'));
        QCOMPARE(bytes.mid(2 + f->size), QByteArray(8 - 2 - f->size, '\x77'));
        const QList<JkRegisters::Value> back = JkRegisters::decode(quint16(f->address - 2), bytes, order);
        bool found = false;
        for (const JkRegisters::Value &v : back) {
            if (v.field != f)
                continue;
            found = true;
            QVERIFY2(std::abs(v.value.toDouble() - decoded) < 1e-6, qPrintable(QStringLiteral("%1 -> %2").arg(value).arg(v.value.toDouble(), 0, 'f', 4)));
        }
        QVERIFY(found);
    }
}

void TestJk::modbusDataSaturates()
{
    // One FC03 reply holds at most 125 registers and one FC16 write 123: the byte count is
    // never wrapped (256 bytes used to go out as a byte count of 0 followed by 256 bytes).
    for (const int size : {250, 252, 256, 600}) {
        const QByteArray data(size, '\x11');
        const auto back = JkPb::decodeRtu(JkPb::encodeRtu(JkPb::ReadResponse{1, data}));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(std::get<JkPb::ReadResponse>(*back).data, data.left(250));
    }
    const auto write = JkPb::decodeRtu(JkPb::encodeRtu(JkPb::WriteRequest{1, 0x1000, 200, QByteArray(400, '\x22')}));
    QVERIFY2(write.ok(), qPrintable(write.ok() ? QString() : write.error().message));
    QCOMPARE(std::get<JkPb::WriteRequest>(*write), (JkPb::WriteRequest{1, 0x1000, 123, QByteArray(246, '\x22')}));
}

void TestJk::legacyLengthsSaturate()
{
    // 0x79's length byte counts at most 255 bytes (85 cells): a longer list is cut there
    // instead of wrapping the length (86 cells = 258 bytes used to say 2).
    QByteArray cells;
    for (int i = 0; i < 90; ++i)
        cells += char(i + 1) + QByteArray::fromHex("0CE4");
    const QByteArray info = JkLegacy::encodeItems({JkLegacy::Item{0x79, cells}, JkLegacy::Item{0x85, QByteArray(1, '\x37')}});
    const auto items = JkLegacy::items(info);
    QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().message));
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).value, cells.left(255));
    QCOMPARE(items->at(1).value, QByteArray(1, '\x37'));
    // LEN is a u16: INFO is cut where it ends, never wrapped to a short frame.
    JkLegacy::Frame f;
    f.type = 0x01;
    f.info = QByteArray(70000, '\x00');
    const QByteArray bytes = JkLegacy::encode(f);
    QCOMPARE(bytes.size(), 0xFFFF + 2);
    const auto back = JkLegacy::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->info.size(), 0xFFFF - 18);
}

QTEST_GUILESS_MAIN(TestJk)
void TestJk::legacyAnswerBelongsToThePolledPack()
{
    // The fact sheet's B4 read-all answer carries no address; in a stream it belongs to the pack
    // the request before it polled (the address BankScope puts in the terminal field [?]).
    JkLegacy::Frame request = JkLegacy::readAllRequest();
    request.terminal = 3;
    const QByteArray answer = TestData::hexFile(QStringLiteral("jk/jkb-b4-read-all.hex"));
    QVERIFY(!answer.isEmpty());
    StreamDecoder stream(ProtocolId::JkLegacy);
    const auto items = stream.feed(QByteArray(JkLegacy::encode(request) + answer));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].result->direction, QStringLiteral("response"));
    QCOMPARE(items[1].result->address, std::optional<int>(3));
    // An answer nobody asked for (a sniffed line joined mid-conversation) stays unaddressed.
    const auto alone = stream.feed(answer);
    QCOMPARE(alone.size(), 1);
    QVERIFY(!alone[0].result->address);
}

#include "tst_jk.moc"
