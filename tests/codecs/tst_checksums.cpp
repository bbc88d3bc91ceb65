#include "bytes.h"
#include "checksums.h"
#include "hex.h"

#include <cmath>

#include <QTest>

class TestChecksums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pylontechLength_data();
    void pylontechLength();
    void pylontech_data();
    void pylontech();
    void crc16Modbus_data();
    void crc16Modbus();
    void sums();
    void hexParse_data();
    void hexParse();
    void saturatingRaw_data();
    void saturatingRaw();
    void byteWriterSaturates();
};

void TestChecksums::pylontechLength_data()
{
    QTest::addColumn<int>("lenid");
    QTest::addColumn<int>("length");
    // Fact sheet pylontech-rs485.md 2.1, table "LENGTH on wire".
    QTest::newRow("0 bytes") << 0x000 << 0x0000;
    QTest::newRow("1 byte") << 0x002 << 0xE002;
    QTest::newRow("2 bytes") << 0x004 << 0xC004;
    QTest::newRow("9 bytes") << 0x012 << 0xD012;
    QTest::newRow("10 bytes") << 0x014 << 0xB014;
    QTest::newRow("25 bytes") << 0x032 << 0xB032;
    QTest::newRow("32 bytes") << 0x040 << 0xC040;
    QTest::newRow("55 bytes") << 0x06E << 0xC06E;
    QTest::newRow("61 bytes") << 0x07A << 0xF07A;
    QTest::newRow("161 bytes") << 0x142 << 0x9142;
}

void TestChecksums::pylontechLength()
{
    QFETCH(int, lenid);
    QFETCH(int, length);
    QCOMPARE(int(Checksums::pylontechLength(quint16(lenid))) << 12 | lenid, length);
}

void TestChecksums::pylontech_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("checksum");
    // Worked example E1: ASCII sum 0x02CD -> FD33.
    QTest::newRow("E1 request") << QByteArray("20024642E00202") << 0xFD33;
    // The V3.3 document's own example is off by one: the sum is 0x038F, so FC71, not FC72.
    QTest::newRow("document errata") << QByteArray("1203400456ABCEFE") << 0xFC71;
    QTest::newRow("0x4F answer") << QByteArray("200246000000") << 0xFDB2;
}

void TestChecksums::pylontech()
{
    QFETCH(QByteArray, body);
    QFETCH(int, checksum);
    QCOMPARE(int(Checksums::pylontech(body)), checksum);
}

void TestChecksums::crc16Modbus_data()
{
    QTest::addColumn<QByteArray>("frame"); // last two bytes are the CRC, low byte first
    QTest::newRow("check value") << QByteArray("123456789") + QByteArray::fromHex("374B");
    // jk-bms.md a.5 practical requests and the a.7 trigger
    QTest::newRow("cells 1-10") << QByteArray::fromHex("0103120000 0AC0B5");
    QTest::newRow("pack voltage") << QByteArray::fromHex("01031290 0002C15E");
    QTest::newRow("model block") << QByteArray::fromHex("01031400000AC03D");
    QTest::newRow("settings start") << QByteArray::fromHex("0103100000 0440C9");
    QTest::newRow("status trigger addr 3") << QByteArray::fromHex("031016200001020000CF91");
    QTest::newRow("status trigger ack addr 3") << QByteArray::fromHex("0310162000 0105A9");
}

void TestChecksums::crc16Modbus()
{
    QFETCH(QByteArray, frame);
    const quint16 crc = Checksums::crc16Modbus(frame.first(frame.size() - 2));
    QCOMPARE(quint8(frame[frame.size() - 2]), quint8(crc & 0xFF));
    QCOMPARE(quint8(frame[frame.size() - 1]), quint8(crc >> 8));
}

void TestChecksums::sums()
{
    // jk-bms.md b.1: the read-all request sums to 0x0129 from 4E through 68.
    const QByteArray readAll = QByteArray::fromHex("4E57001300000000060300000000000068");
    QCOMPARE(Checksums::sum16(readAll), quint16(0x0129));
    QCOMPARE(Checksums::sum8(QByteArray::fromHex("FF02")), quint8(0x01));
}

void TestChecksums::hexParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QByteArray("0103ab") << true << QByteArray::fromHex("0103AB");
    QTest::newRow("spaced") << QByteArray("01 03 AB") << true << QByteArray::fromHex("0103AB");
    QTest::newRow("odd") << QByteArray("010") << false << QByteArray();
    QTest::newRow("split byte") << QByteArray("0 103") << false << QByteArray();
    QTest::newRow("not hex") << QByteArray("01 0G") << false << QByteArray();
}

void TestChecksums::hexParse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    const auto r = Hex::parse(text);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, bytes);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestChecksums::saturatingRaw_data()
{
    // The shared helper behind every encoder: a physical value to a field's raw integer,
    // rounded, saturated at the field's limits, never wrapped.
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("offset");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("raw");
    QTest::newRow("in range, rounded") << -27.94 << 0.1 << 0.0 << qint64(-32768) << qint64(32767) << qint64(-279);
    QTest::newRow("s16 0.1 A at its top") << 3276.7 << 0.1 << 0.0 << qint64(-32768) << qint64(32767) << qint64(32767);
    QTest::newRow("s16 0.1 A just past its top") << 3276.8 << 0.1 << 0.0 << qint64(-32768) << qint64(32767) << qint64(32767);
    QTest::newRow("s16 0.1 A just past its bottom") << -3276.9 << 0.1 << 0.0 << qint64(-32768) << qint64(32767) << qint64(-32768);
    QTest::newRow("-7000 A (wrapped to -446.4 A before)") << -7000.0 << 0.1 << 0.0 << qint64(-32768) << qint64(32767) << qint64(-32768);
    QTest::newRow("u16 negative") << -0.001 << 0.001 << 0.0 << qint64(0) << qint64(65535) << qint64(0);
    QTest::newRow("u24 just past its top") << 16777.216 << 0.001 << 0.0 << qint64(0) << qint64(0xFFFFFF) << qint64(0xFFFFFF);
    QTest::newRow("0.1 K offset 2731, 25 C") << 25.0 << 0.1 << 2731.0 << qint64(0) << qint64(32767) << qint64(2981);
    QTest::newRow("0.1 K offset 2731, below 0 K") << -300.0 << 0.1 << 2731.0 << qint64(0) << qint64(32767) << qint64(0);
    QTest::newRow("huge") << 1e300 << 1.0 << 0.0 << qint64(0) << qint64(255) << qint64(255);
    QTest::newRow("infinite") << -std::numeric_limits<double>::infinity() << 1.0 << 0.0 << qint64(-128) << qint64(127) << qint64(-128);
    QTest::newRow("NaN is 0") << std::numeric_limits<double>::quiet_NaN() << 1.0 << 0.0 << qint64(-128) << qint64(127) << qint64(0);
    QTest::newRow("NaN in a field above 0") << std::numeric_limits<double>::quiet_NaN() << 1.0 << 0.0 << qint64(5) << qint64(9) << qint64(5);
}

void TestChecksums::saturatingRaw()
{
    QFETCH(double, value);
    QFETCH(double, scale);
    QFETCH(double, offset);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, raw);
    QCOMPARE(::saturatingRaw(value, scale, min, max, offset), raw);
}

void TestChecksums::byteWriterSaturates()
{
    // A value that does not fit a field is written as the field's limit, not its low bytes.
    ByteWriter w;
    w.u8(0x100).u16be(0x10000).u16le(0x12345).u24be(0x1000000).u24be(0xFFFFFF).u16be(0x1234).u32be(0xFFFFFFFF);
    QCOMPARE(w.data(), QByteArray::fromHex("FF" "FFFF" "FFFF" "FFFFFF" "FFFFFF" "1234" "FFFFFFFF"));
    QCOMPARE(::saturatingRaw<qint16>(3276.8, 0.1), qint16(32767));
    QCOMPARE(::saturatingRaw<quint8>(-1.0), quint8(0));
    QCOMPARE(::saturatingRaw<quint32>(4294967296.0), quint32(0xFFFFFFFF));
}

QTEST_GUILESS_MAIN(TestChecksums)
#include "tst_checksums.moc"
