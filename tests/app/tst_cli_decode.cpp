// Runs the real `bankscope-cli decode` on the fact sheets' frames, the capture, and bad input.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QElapsedTimer>
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
    void logsOfEveryToolAreRead_data();
    void logsOfEveryToolAreRead();
    void fieldTrafficDecodesWithoutFailure_data();
    void fieldTrafficDecodesWithoutFailure();
    void recValuesAsTheSourceStates();
    void seplosOnAGx();
    void emptyInputSaysSo_data();
    void emptyInputSaysSo();
    void corruptLinesAreNamed();
    void fragmentsAreNamedNotFailed();
    void standardInputIsLive();
    void endlessInputEndsInAClearError_data();
    void endlessInputEndsInAClearError();
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

void TestCliDecode::logsOfEveryToolAreRead_data()
{
    // Issue 16 section 2 / issue 20 section 2: each tool's documented output (tests/data/logs),
    // read without --protocol; the first JSON line says what was inferred.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("frames");
    QTest::newRow("candump screen") << "logs/candump-screen.log" << "candump-screen" << "none" << 6;
    QTest::newRow("candump -t a") << "logs/candump-screen-ta.log" << "candump-screen" << "absolute" << 6;
    QTest::newRow("candump -t A") << "logs/candump-screen-tA.log" << "candump-screen" << "date" << 6;
    QTest::newRow("candump -t d") << "logs/candump-screen-td.log" << "candump-screen" << "delta" << 8;
    QTest::newRow("candump -t z") << "logs/candump-screen-tz.log" << "candump-screen" << "zero" << 8;
    QTest::newRow("candump -t a -x -a") << "logs/candump-screen-ta-x-a.log" << "candump-screen" << "absolute" << 8;
    QTest::newRow("SavvyCAN GVRET") << "logs/savvycan-gvret.csv" << "savvycan-csv" << "" << 6;
    QTest::newRow("SavvyCAN GVRET v1") << "logs/savvycan-gvret-v1.csv" << "savvycan-csv" << "" << 6;
    QTest::newRow("log2asc") << "logs/log2asc-c1.asc" << "vector-asc" << "" << 6;
}

void TestCliDecode::logsOfEveryToolAreRead()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, time);
    QFETCH(int, frames);
    const Run r = cli({QStringLiteral("--file"), data(file.toLatin1().constData())});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.objects.isEmpty());
    const QJsonObject inferred = r.objects.first()[QStringLiteral("inferred")].toObject();
    QCOMPARE(inferred[QStringLiteral("format")].toString(), format);
    QCOMPARE(inferred[QStringLiteral("protocol")].toString(), QStringLiteral("pylon-can"));
    QCOMPARE(inferred[QStringLiteral("dialect")].toString(), QStringLiteral("pylon-v1.2"));
    QCOMPARE(inferred[QStringLiteral("time")].toString(), time);
    QVERIFY2(r.err.contains("inferred"), r.err.constData()); // and in words
    QCOMPARE(r.objects.size(), frames + 1);
    // The C1 values, whatever the format; every message names its line and link.
    QCOMPARE(num(r.objects[1], "limits", "cvl_V"), 53.2);
    for (qsizetype i = 1; i < r.objects.size(); ++i) {
        QVERIFY(r.objects[i][QStringLiteral("ok")].toBool());
        QVERIFY(r.objects[i][QStringLiteral("line")].toInt() > 0);
        QCOMPARE(r.objects[i][QStringLiteral("link")].toString(), QStringLiteral("can0"));
    }
    // Given --protocol, nothing is inferred and the same frames come out.
    const Run told = cli({QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--file"), data(file.toLatin1().constData())});
    QCOMPARE(told.exitCode, 0);
    QCOMPARE(told.objects.size(), frames);
    QVERIFY(!told.objects.first().contains(QStringLiteral("inferred")));
}

void TestCliDecode::fieldTrafficDecodesWithoutFailure_data()
{
    // Issue 16: real traffic of Victron-dialect BMSs as users published it decodes with no
    // failure; other devices' and undocumented ids are flagged, not failed.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("format");
    QTest::newRow("REC Q candump paste") << "pylon-can/rec-q-candump-screen.log" << 8 << "candump-screen";
    QTest::newRow("Seplos on a Venus GX, prompts pasted") << "pylon-can/shenergy-venus-gx-candump-screen.log" << 28 << "candump-screen";
    QTest::newRow("Pytes V5 on Venus OS") << "pylon-can/pytes-v5-venus-frames.txt" << 15 << "frame-lines";
}

void TestCliDecode::fieldTrafficDecodesWithoutFailure()
{
    QFETCH(QString, file);
    QFETCH(int, frames);
    QFETCH(QString, format);
    const Run r = cli({QStringLiteral("--file"), data(file.toLatin1().constData())});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.objects.first()[QStringLiteral("inferred")].toObject()[QStringLiteral("format")].toString(), format);
    QCOMPARE(r.objects.first()[QStringLiteral("inferred")].toObject()[QStringLiteral("dialect")].toString(), QStringLiteral("sma-victron"));
    QCOMPARE(r.objects.size(), frames + 1);
    for (qsizetype i = 1; i < r.objects.size(); ++i)
        QVERIFY2(r.objects[i][QStringLiteral("ok")].toBool(), QJsonDocument(r.objects[i]).toJson().constData());
}

void TestCliDecode::recValuesAsTheSourceStates()
{
    // greenstello.com's REC Q dump: 0x351 1F 01 BC 02 E8 03 E7 00, 0x355 32 00 64 00 88 13,
    // 0x356 32 0A 00 00 27 01, 0x35E "REC-BMS", 0x380 "1Q-1845".
    const Run r = cli({QStringLiteral("--file"), data("pylon-can/rec-q-candump-screen.log")});
    QCOMPARE(r.exitCode, 0);
    QMap<QString, QJsonObject> by;
    for (const QJsonObject &o : r.objects)
        by.insert(o[QStringLiteral("message")].toString(), o);
    QCOMPARE(num(by[QStringLiteral("limits")], "limits", "cvl_V"), 28.7);
    QCOMPARE(num(by[QStringLiteral("limits")], "limits", "ccl_A"), 70.0);
    QCOMPARE(num(by[QStringLiteral("limits")], "limits", "dcl_A"), 100.0);
    QCOMPARE(num(by[QStringLiteral("limits")], "limits", "dvl_V"), 23.1);
    QCOMPARE(num(by[QStringLiteral("soc-soh")], "bank", "soc_pct"), 50.0);
    QCOMPARE(by[QStringLiteral("soc-soh")][QStringLiteral("fields")].toObject()[QStringLiteral("soc_hires_pct")].toDouble(), 50.0);
    QCOMPARE(num(by[QStringLiteral("measurements")], "bank", "voltage_V"), 26.1);
    QCOMPARE(num(by[QStringLiteral("measurements")], "bank", "temp_C"), 29.5);
    QCOMPARE(by[QStringLiteral("manufacturer")][QStringLiteral("info")].toObject()[QStringLiteral("manufacturer")].toString(), QStringLiteral("REC-BMS"));
    QCOMPARE(by[QStringLiteral("serial-number")][QStringLiteral("info")].toObject()[QStringLiteral("serial")].toString(), QStringLiteral("1Q-1845"));
    QCOMPARE(by[QStringLiteral("battery-info")][QStringLiteral("fields")].toObject()[QStringLiteral("capacity_Ah")].toInt(), 100);
}

void TestCliDecode::seplosOnAGx()
{
    // The GX's own frames are heartbeats (its "VIC" relay frame named), the BMS's values as
    // pasted: 52.17 V, -30.1 A, 23.5 degC, cells 3257-3266 mV; the two prompt lines are passed
    // over and said (stderr), not failures.
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("--file"),
                       data("pylon-can/shenergy-venus-gx-candump-screen.log")});
    QCOMPARE(r.exitCode, 0);
    QMap<QString, QJsonObject> by;
    for (const QJsonObject &o : r.objects)
        by.insert(o[QStringLiteral("message")].toString(), o);
    QCOMPARE(by[QStringLiteral("inverter-relay")][QStringLiteral("direction")].toString(), QStringLiteral("heartbeat"));
    QCOMPARE(by[QStringLiteral("inverter-relay")][QStringLiteral("fields")].toObject()[QStringLiteral("victron_gx")].toBool(), true);
    QCOMPARE(num(by[QStringLiteral("measurements")], "bank", "voltage_V"), 52.17);
    QCOMPARE(num(by[QStringLiteral("measurements")], "bank", "current_A"), -30.1);
    QCOMPARE(num(by[QStringLiteral("measurements")], "bank", "temp_C"), 23.5);
    QCOMPARE(num(by[QStringLiteral("cell-extremes")], "bank", "cell_min_mV"), 3257.0);
    QCOMPARE(num(by[QStringLiteral("cell-extremes")], "bank", "cell_max_mV"), 3266.0);
    QCOMPARE(by[QStringLiteral("manufacturer")][QStringLiteral("info")].toObject()[QStringLiteral("manufacturer")].toString(), QStringLiteral("SHEnergy"));
    QVERIFY2(r.err.contains("2 line(s) with no frame passed over (7, 21"), r.err.constData());
}

void TestCliDecode::emptyInputSaysSo_data()
{
    // Issue 9 section 3: an empty file exited 0 silently.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("empty, inferred") << QByteArray() << QStringList{};
    QTest::newRow("empty, pylon-can") << QByteArray() << QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can")};
    QTest::newRow("comments only") << QByteArray("# nothing\n\n") << QStringList{QStringLiteral("--protocol"), QStringLiteral("jk-pb")};
}

void TestCliDecode::emptyInputSaysSo()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, args);
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(text);
    f.close();
    const Run r = cli(args + QStringList{QStringLiteral("--file"), f.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.objects.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("no frames in ") + f.fileName()), r.err.constData());
    const Run piped = cli(args + QStringList{QStringLiteral("-")}, text);
    QCOMPARE(piped.exitCode, 2);
    QVERIFY2(piped.err.contains("no frames in -"), piped.err.constData());
}

void TestCliDecode::corruptLinesAreNamed()
{
    // A candump log with corrupt lines here and there, and a last line cut inside a byte: each
    // named by its number, the others decoded, exit 2 at the end.
    QByteArray log;
    for (int i = 1; i <= 40; ++i) {
        const QByteArray t = "(1700000000." + QByteArray::number(100000 + i) + ") can0 ";
        log += t + QByteArray(i == 7 ? "355#58005E0G\n" : i == 23 ? "356\n" : "355#58005E00\n");
    }
    log += "(1700000001.000000) can0 351#1402C";
    QTemporaryFile f;
    QVERIFY(f.open());
    f.write(log);
    f.close();
    const Run r = cli({QStringLiteral("--file"), f.fileName()});
    QCOMPARE(r.exitCode, 2);
    QList<int> bad;
    int good = 0;
    for (const QJsonObject &o : r.objects) {
        if (o.contains(QStringLiteral("inferred")))
            continue;
        if (o[QStringLiteral("ok")].toBool())
            ++good;
        else
            bad.append(o[QStringLiteral("line")].toInt());
    }
    QCOMPARE(good, 38);
    QCOMPARE(bad, (QList<int>{7, 23, 41}));
    QVERIFY(r.objects.last()[QStringLiteral("error")].toString().contains(QStringLiteral("cut short?")));
}

void TestCliDecode::fragmentsAreNamedNotFailed()
{
    // Issue 16 section 3: a JK-PB sniff pasted as hex that starts inside a record (the bytes of
    // mr-manuel's capture from offset 120) and one that stops inside it.
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const QByteArray input = reply.mid(120, 100).toHex(' ') + "\n" + reply.toHex(' ') + "\n" + reply.first(150).toHex(' ') + "\n";
    const Run r = cli({QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 0); // pieces of frames are not broken frames
    QCOMPARE(r.objects.size(), 3);
    QCOMPARE(r.objects[0][QStringLiteral("fragment")].toBool(), true);
    QCOMPARE(r.objects[0][QStringLiteral("error")].toString(), QStringLiteral("fragment: no record header (capture started or stopped mid-frame)"));
    QCOMPARE(r.objects[1][QStringLiteral("message")].toString(), QStringLiteral("status-record"));
    QCOMPARE(r.objects[2][QStringLiteral("fragment")].toBool(), true);
    QVERIFY2(r.err.contains("2 fragment(s)"), r.err.constData());
}

void TestCliDecode::standardInputIsLive()
{
    // Issue 9 section 2: `candump -L can0 | bankscope-cli decode --protocol pylon-can -` printed
    // nothing until the input ended. Each frame comes out while the input is still open.
    for (const QStringList &args : {QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("-")},
                                    QStringList{QStringLiteral("-")}}) {
        QProcess p;
        p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("decode")} + args);
        QVERIFY(p.waitForStarted());
        QByteArray out;
        auto lineWith = [&](const char *text) {
            QElapsedTimer t;
            t.start();
            while (!out.contains(text) && t.elapsed() < 10000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(200);
                out += p.readAllStandardOutput();
            }
            return out.contains(text);
        };
        p.write("(1700000000.100000) can0 351#1402C012C012C201\n");
        QVERIFY2(lineWith("\"limits\""), out.constData());
        p.write("(1700000000.200000) can0 355#58005E00\n");
        QVERIFY2(lineWith("\"soc-soh\""), out.constData());
        QCOMPARE(p.state(), QProcess::Running); // still reading: nothing was held back for the end
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }
}

void TestCliDecode::endlessInputEndsInAClearError_data()
{
    // Issue 9 section 2: `yes |` and /dev/zero ended in std::bad_alloc (exit 134). The pipe stays
    // open here: the command must stop by itself.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("yes, inferred") << QStringList{QStringLiteral("-")} << QByteArray(4096, 'y').replace("yy", "y\n") << "cannot tell what it holds";
    QTest::newRow("yes, pylon-can") << QStringList{QStringLiteral("--protocol"), QStringLiteral("pylon-can"), QStringLiteral("-")}
                                    << QByteArray(4096, 'y').replace("yy", "y\n") << "stopped after 1000 lines";
    QTest::newRow("zeros") << QStringList{QStringLiteral("-")} << QByteArray(4096, '\0') << "longer than 65536 bytes";
    QTest::newRow("zeros, jk-pb") << QStringList{QStringLiteral("--protocol"), QStringLiteral("jk-pb"), QStringLiteral("-")}
                                  << QByteArray(4096, '\0') << "longer than 65536 bytes";
}

void TestCliDecode::endlessInputEndsInAClearError()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, chunk);
    QFETCH(QString, mentions);
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_CLI), QStringList{QStringLiteral("decode")} + args);
    QVERIFY(p.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && t.elapsed() < 20000) {
        p.write(chunk);
        p.waitForBytesWritten(100);
        p.waitForFinished(5);
        p.readAllStandardOutput();
    }
    QVERIFY2(p.state() == QProcess::NotRunning, "still reading endless input after 20 s");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
