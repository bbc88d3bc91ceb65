// Runs the real `bankscope-cli decode` on the fact sheets' frames, the capture, and bad input.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include "testdata.h"

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> objects;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("decode")} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &l : lines) {
        if (!l.isEmpty())
            r.objects.append(QJsonDocument::fromJson(l).object());
    }
    r.err = p.readAllStandardError();
    return r;
}

QString data(const char *path)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/") + QString::fromLatin1(path);
}


double num(const QJsonObject &o, const char *group, const char *key)
{
    return o[QLatin1String(group)].toObject()[QLatin1String(key)].toDouble();
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pylontechExamplesFile();
    void pylontechSingleFrameSchema();
    void captureDecodesCompletely();
    void canExamplesFileAndDialect();
    void canWithCanId();
    void jkPbStatusReply();
    void jkModbusPairing();
    void jkLegacyReadAll();
    void badFramesExitTwoAfterTheLast();
    void usageErrors_data();
    void usageErrors();
};

void TestCliDecode::pylontechExamplesFile()
{
    // Every frame of the fact sheet; the console wake-up's CID2 0x82 is undocumented and the
    // only one expected to fail, as a typed error.
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("--file"),
                       data("pylontech-rs485/factsheet-examples.txt")});
    QCOMPARE(r.objects.size(), 22);
    int failed = 0;
    for (const QJsonObject &o : r.objects) {
        if (!o[QStringLiteral("ok")].toBool()) {
            ++failed;
            QVERIFY(o[QStringLiteral("error")].toString().contains(QLatin1String("0x82")));
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(r.exitCode, 2);
    // Answers are paired with their requests: E1's 0x44 answer is alarm-info by the request.
    const QJsonObject alarm = r.objects[7];
    QCOMPARE(alarm[QStringLiteral("message")].toString(), QStringLiteral("alarm-info"));
    QVERIFY(!alarm[QStringLiteral("fields")].toObject().contains(QStringLiteral("command_guessed")));
    const QJsonObject group = r.objects[11];
    QCOMPARE(group[QStringLiteral("packs")].toArray().size(), 3);
    QCOMPARE(num(group, "bank", "soc_pct"), 67.0);
}

void TestCliDecode::pylontechSingleFrameSchema()
{
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"),
                       QStringLiteral("~20024600B01402D002B79800FAFF06C0F92D")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.objects.size(), 1);
    const QJsonObject o = r.objects[0];
    QCOMPARE(o[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(o[QStringLiteral("protocol")].toString(), QStringLiteral("pylontech-rs485"));
    QCOMPARE(o[QStringLiteral("address")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("return_code")].toInt(), 0);
    QCOMPARE(num(o, "limits", "cvl_V"), 53.25);
    QCOMPARE(num(o, "limits", "dcl_A"), 25.0); // a magnitude although the wire says -25.0
    QCOMPARE(o[QStringLiteral("status")].toObject()[QStringLiteral("charge_enabled")].toBool(), true);
    QVERIFY(!o.contains(QStringLiteral("packs"))); // keys a message does not carry are omitted
    QVERIFY(!o.contains(QStringLiteral("bank")));
    // The analog answer: the schema of a pack.
    const Run a = cli({QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"),
                       QStringLiteral("20024600C06E00020F0D1F0D200D200D200D200D200D210D200D200D210D220D200D220D220D21050BCD0BAF0BAF0BAF0BAF0015C4E88AAC02C350004FE594")});
    QCOMPARE(a.exitCode, 0);
    const QJsonObject pack = a.objects[0][QStringLiteral("packs")].toArray()[0].toObject();
    for (const char *key : {"address", "cells_mV", "temps_C", "current_A", "voltage_V", "remaining_Ah", "full_Ah",
                            "cycles", "soc_pct", "soh_pct"})
        QVERIFY2(pack.contains(QLatin1String(key)), key);
    QCOMPARE(pack[QStringLiteral("soc_pct")].toDouble(), 71.0);
    QVERIFY(pack[QStringLiteral("soh_pct")].isNull());
}

void TestCliDecode::captureDecodesCompletely()
{
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("--file"),
                       TestData::pylontechCapture()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.objects.size(), 1568);
    int responses = 0;
    for (const QJsonObject &o : r.objects) {
        QVERIFY(o[QStringLiteral("ok")].toBool());
        if (o[QStringLiteral("direction")].toString() == QLatin1String("response")) {
            ++responses;
            QCOMPARE(o[QStringLiteral("packs")].toArray().size(), 2);
        }
    }
    QCOMPARE(responses, 784);
}

void TestCliDecode::canExamplesFileAndDialect()
{
    // The C2 frames alone: detected as Pylontech V1.3, so 0x35A's zeros read "ok".
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write("351#1002C012C012C201\n355#540060000000\n356#7B13E9FE6B01\n35A#0000000000000000\n"
            "35F#4C4901033C02AA00\n35E#50594C4F4E202020\n");
    f.close();
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--file"), f.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.objects.size(), 6);
    QCOMPARE(r.objects[3][QStringLiteral("fields")].toObject()[QStringLiteral("dialect")].toString(),
             QStringLiteral("pylontech-v1.3"));
    QCOMPARE(num(r.objects[2], "bank", "current_A"), -27.9);
    QCOMPARE(r.objects[4][QStringLiteral("info")].toObject()[QStringLiteral("firmware")].toString(), QStringLiteral("1.3"));
}

void TestCliDecode::canWithCanId()
{
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--can-id"),
                       QStringLiteral("0x355"), QStringLiteral("58 00 5E 00")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(num(r.objects[0], "bank", "soc_pct"), 88.0);
    QCOMPARE(num(r.objects[0], "bank", "soh_pct"), 94.0);
}

void TestCliDecode::jkPbStatusReply()
{
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QString::fromLatin1(TestData::hexText(QStringLiteral("jk/jkpb-a7-status-reply.hex")))});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.objects[0];
    QCOMPARE(o[QStringLiteral("message")].toString(), QStringLiteral("status-record"));
    QCOMPARE(o[QStringLiteral("address")].toInt(), 3);
    const QJsonObject pack = o[QStringLiteral("packs")].toArray()[0].toObject();
    QCOMPARE(pack[QStringLiteral("voltage_V")].toDouble(), 52.695);
    QCOMPARE(pack[QStringLiteral("soc_pct")].toDouble(), 55.0);
    QCOMPARE(pack[QStringLiteral("remaining_Ah")].toDouble(), 155.219);
    QCOMPARE(pack[QStringLiteral("cells_mV")].toArray().size(), 16);
}

void TestCliDecode::jkModbusPairing()
{
    QByteArray input = "01 03 12 90 00 02 C1 5E\n";
    // The reply to it: 4 bytes, the pack voltage 52.695 V (0x0000CDD7), CRC computed by hand below.
    const QByteArray body = QByteArray::fromHex("01030400 00CDD7");
    quint16 crc = 0xFFFF;
    for (char c : body) {
        crc ^= quint8(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    const QByteArray reply = body + QByteArray(1, char(crc & 0xFF)) + QByteArray(1, char(crc >> 8));
    input += reply.toHex(' ') + "\n";
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("jk-modbus"), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.objects.size(), 2);
    QCOMPARE(r.objects[1][QStringLiteral("packs")].toArray()[0].toObject()[QStringLiteral("voltage_V")].toDouble(), 52.695);
}

void TestCliDecode::jkLegacyReadAll()
{
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("jk-legacy"), QString::fromLatin1(TestData::hexText(QStringLiteral("jk/jkb-b4-read-all.hex")))});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject pack = r.objects[0][QStringLiteral("packs")].toArray()[0].toObject();
    QCOMPARE(pack[QStringLiteral("voltage_V")].toDouble(), 53.13);
    QCOMPARE(pack[QStringLiteral("soc_pct")].toDouble(), 94.0);
    QCOMPARE(pack[QStringLiteral("cells_mV")].toArray().size(), 13);
}

void TestCliDecode::badFramesExitTwoAfterTheLast()
{
    const QByteArray input = "~20024642E00202FD33\n~20024642E00202FD34\n# a comment\n\n~20024642E002FFFD09\n";
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylontech-rs485"), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.objects.size(), 3); // every frame printed, the bad one included
    QCOMPARE(r.objects[1][QStringLiteral("ok")].toBool(), false);
    QCOMPARE(r.objects[1][QStringLiteral("error")].toString(), QStringLiteral("checksum mismatch: frame says FD34, computed FD33"));
    QCOMPARE(r.objects[1][QStringLiteral("line")].toInt(), 2);
    QCOMPARE(r.objects[2][QStringLiteral("line")].toInt(), 5);
    // One closing line on stderr names what went wrong and where.
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("failed to decode (the first on line 2)"), r.err.constData());
}

void TestCliDecode::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no protocol") << QStringList{QStringLiteral("~20024642E00202FD33")} << "--protocol is required";
    QTest::newRow("unknown protocol") << QStringList{QStringLiteral("--protocol"), QStringLiteral("modbus"), QStringLiteral("00")}
                                      << "unknown protocol 'modbus'";
    QTest::newRow("no data") << QStringList{QStringLiteral("--protocol"), QStringLiteral("jk-pb")} << "give the frame";
    QTest::newRow("file missing") << QStringList{QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QStringLiteral("--file"),
                                                 QStringLiteral("/nonexistent")} << "cannot read /nonexistent";
    QTest::newRow("bad dialect") << QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--dialect"),
                                                QStringLiteral("v9"), QStringLiteral("351#00")} << "--dialect";
    QTest::newRow("bad can id") << QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--can-id"),
                                               QStringLiteral("FFFF"), QStringLiteral("00")} << "11-bit";
}

void TestCliDecode::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.objects.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
