// The direct JSON writer (DecodedJson::write) against the document path it replaces
// (QJsonDocument(toJson(m)).toJson(Compact)): the same text, byte for byte, for every frame the
// fact sheets give, and the same meaning for the awkward cases (escapes, other scripts,
// non-finite numbers, the keys a front end adds).

#include "decodedmessage.h"
#include "jkpb.h"
#include "linedecoder.h"
#include "pyloncan.h"
#include "streamdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "testdata.h"

namespace {

QByteArray documentText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray written(const DecodedMessage &m, const DecodedJson::Extra &extra = {})
{
    QByteArray out = "prefix:"; // the writer appends: what is there stays
    DecodedJson::write(out, m, extra);
    if (!out.startsWith("prefix:"))
        return {};
    return out.mid(7);
}

} // namespace

class TestDecodedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsTheDocument_data();
    void sameTextAsTheDocument();
    void awkwardValues();
    void extrasAndErrors();
    void renderCacheGivesTheSameText();
};

void TestDecodedJson::sameTextAsTheDocument_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("line");
    for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylontech-rs485/factsheet-examples.txt")))
        QTest::addRow("pylontech %s %s", qPrintable(label), text.left(16).constData()) << int(ProtocolId::PylontechRs485) << text;
    for (const char *file : {"pylon-can/factsheet-examples.txt", "pylon-can/pytes-v5-venus-frames.txt"})
        for (const auto &[label, text] : TestData::labelledLines(QString::fromLatin1(file)))
            QTest::addRow("can %s %s", qPrintable(label), text.constData()) << int(ProtocolId::PylonCan) << text;
    QTest::newRow("can foreign 29-bit") << int(ProtocolId::PylonCan) << QByteArray("18FF50E5#0102");
    QTest::newRow("can undocumented") << int(ProtocolId::PylonCan) << QByteArray("37A#01");
    QTest::newRow("jk-pb status reply") << int(ProtocolId::JkPb) << TestData::hexText(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    QTest::newRow("jk-legacy read-all") << int(ProtocolId::JkLegacy) << TestData::hexText(QStringLiteral("jk/jkb-b4-read-all.hex"));
    QTest::newRow("jk-modbus request") << int(ProtocolId::JkModbus) << QByteArray("01 03 12 00 00 0A C0 B5");
}

void TestDecodedJson::sameTextAsTheDocument()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, line);
    for (PylonCan::Dialect dialect : {PylonCan::Dialect::Unknown, PylonCan::Dialect::PylontechV13, PylonCan::Dialect::SmaVictron}) {
        LineDecoder decoder(LineDecoder::Options{ProtocolId(protocol), std::nullopt, dialect, std::nullopt});
        const auto d = decoder.decode(line);
        if (!d) {
            // A frame the fact sheet lists as failing (the console wake-up): the error text.
            QByteArray out;
            DecodedJson::writeError(out, ProtocolId(protocol), d.error().message);
            QCOMPARE(out, documentText(DecodedJson::error(ProtocolId(protocol), d.error().message)));
            continue;
        }
        QCOMPARE(written(*d), documentText(DecodedJson::toJson(*d)));
    }
}

void TestDecodedJson::awkwardValues()
{
    DecodedMessage m;
    m.protocol = ProtocolId::PylonCan;
    m.message = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 end");
    m.info.model = QStringLiteral("Ünïcødé ✓ 電池 \U0001F50B"); // other scripts and a surrogate pair
    m.bank.voltageV = 1e21;
    m.bank.currentA = -0.0001;
    m.bank.tempC = qInf();
    m.limits.cvlV = 53.2;
    m.fields.insert(QStringLiteral("nested"), QVariantMap{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QVariantList{1.5, QStringLiteral("x"), true}}});
    m.fields.insert(QStringLiteral("list"), QStringList{QStringLiteral("a\"b"), QString()});
    m.fields.insert(QStringLiteral("big"), qint64(1) << 40);
    m.fields.insert(QStringLiteral("null"), QVariant());
    m.fields.insert(QStringLiteral("bytes"), QByteArray("raw"));
    m.alarms = {QStringLiteral("cell-overvoltage")};
    m.carriesAlarms = true;
    m.packs.append(DecodedPack{});
    m.packs.first().cellsMv = {3300, 3301};
    m.packs.first().socPct = 50.0;
    const QByteArray mine = written(m);
    const QJsonParseError check = [&] {
        QJsonParseError e;
        QJsonDocument::fromJson(mine, &e);
        return e;
    }();
    QCOMPARE(check.error, QJsonParseError::NoError);
    // As the document path reads back (it writes an infinite number as null too).
    QCOMPARE(QJsonDocument::fromJson(mine).object(), QJsonDocument::fromJson(documentText(DecodedJson::toJson(m))).object());
    QVERIFY(mine.contains("\"temp_C\":null"));
    const QByteArray model = QByteArray("\"model\":\"") + QStringLiteral("Ünïcødé ✓ 電池 \U0001F50B").toUtf8() + '"';
    QVERIFY(mine.contains(model)); // other scripts as UTF-8, a surrogate pair as one character
}

void TestDecodedJson::extrasAndErrors()
{
    LineDecoder decoder(LineDecoder::Options{ProtocolId::PylonCan, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
    const auto d = decoder.decode("356#7A13F2FE6B01");
    QVERIFY(d.ok());
    QJsonObject expected = DecodedJson::toJson(*d);
    expected.insert(QStringLiteral("line"), 12);
    expected.insert(QStringLiteral("link"), QStringLiteral("can0"));
    expected.insert(QStringLiteral("time"), 1732440000.123456);
    const QByteArray mine = written(*d, DecodedJson::Extra{12, u"can0", 1732440000123456});
    QCOMPARE(mine, documentText(expected));
    // An error, a fragment.
    QByteArray out;
    DecodedJson::writeError(out, ProtocolId::JkPb, QStringLiteral("fragment: no record header"), DecodedJson::Extra{3, {}, -1}, true);
    QJsonObject error = DecodedJson::error(ProtocolId::JkPb, QStringLiteral("fragment: no record header"));
    error.insert(QStringLiteral("line"), 3);
    error.insert(QStringLiteral("fragment"), true);
    QCOMPARE(out, documentText(error));
}

void TestDecodedJson::renderCacheGivesTheSameText()
{
    // A frame repeated unchanged is described once (StreamDecoder's memo, renderKey) and written
    // from the cache after that: the same text as writing it afresh, whatever the extras.
    StreamDecoder decoder(ProtocolId::PylonCan);
    DecodedJson::RenderCache cache;
    QSet<quint64> keys;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylon-can/factsheet-examples.txt"))) {
            const auto frame = PylonCan::parseText(text);
            QVERIFY(frame.ok());
            decoder.setDialect(round == 2 ? PylonCan::Dialect::SmaVictron : PylonCan::Dialect::Unknown);
            const auto item = decoder.decodeCan(*frame);
            QVERIFY(item.result.ok());
            QVERIFY(item.result->renderKey != 0);
            keys.insert(item.result->renderKey);
            const DecodedJson::Extra extras[] = {{}, {7, u"can0", -1}, {0, {}, 1732440000123456}, {12, u"can\"1", 5}};
            for (const DecodedJson::Extra &extra : extras) {
                QByteArray fresh;
                DecodedJson::write(fresh, *item.result, extra);
                QByteArray cached = "x";
                DecodedJson::write(cached, *item.result, extra, &cache);
                QCOMPARE(cached, "x" + fresh);
            }
        }
    }
    QVERIFY(keys.size() < 3 * 21); // descriptions were taken again
    // The same frame twice in a row: the same description; under another dialect: another.
    const CanFrameData limits{0x35A, QByteArray(8, '\0')};
    decoder.setDialect(PylonCan::Dialect::PylontechV13);
    const quint64 first = decoder.decodeCan(limits).result->renderKey;
    QCOMPARE(decoder.decodeCan(limits).result->renderKey, first);
    decoder.setDialect(PylonCan::Dialect::SmaVictron);
    QVERIFY(decoder.decodeCan(limits).result->renderKey != first);
}

QTEST_GUILESS_MAIN(TestDecodedJson)
#include "tst_decodedjson.moc"
