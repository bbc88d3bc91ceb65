// DecodePipeline with the traffic of a real bus: other devices' frames and undocumented ids are
// decoded and counted but never reach the bank picture; a sniff that starts or stops inside a
// JK record yields fragments, counted apart from corrupt frames, and the records around them
// still decode.

#include "decodepipeline.h"
#include "jkpb.h"

#include <QSignalSpy>
#include <QTest>

#include "testdata.h"

class TestDecodePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignAndUndocumentedStayOutOfTheBank();
    void jkFragmentsAreCountedApart();
    void pylontechFragmentsAreCountedApart();
};

void TestDecodePipeline::foreignAndUndocumentedStayOutOfTheBank()
{
    DecodePipeline pipeline(ProtocolId::PylonCan, BankConfig{}, QStringLiteral("can0"));
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QSignalSpy failed(&pipeline, &DecodePipeline::failed);
    // Another device's frames first (a J1939 node, a Pytes native-protocol frame, a remote
    // request, an id of the Victron range nobody documents): decoded, flagged, not the bank.
    pipeline.feedCan(CanFrameData{0x18FF50E5, QByteArray::fromHex("0102"), true, false}, 1000);
    pipeline.feedCan(CanFrameData{0x400, QByteArray::fromHex("3802E803E803C701")}, 2000);
    pipeline.feedCan(CanFrameData{0x305, QByteArray(8, '\0'), false, true}, 3000);
    pipeline.feedCan(CanFrameData{0x37A, QByteArray::fromHex("01")}, 4000);
    QCOMPARE(decoded.size(), 4);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!pipeline.observer().hasObserved());
    StreamDecoder::Stats s = pipeline.stats();
    QCOMPARE(s.foreign, quint64(3));
    QCOMPARE(s.undocumented, quint64(1));
    QCOMPARE(s.failed, quint64(0));
    // Then the BMS: its values are what the inverter is told.
    pipeline.feedCan(CanFrameData{0x355, QByteArray::fromHex("58005E00")}, 5000);
    QVERIFY(pipeline.observer().hasObserved());
    QCOMPARE(pipeline.observer().observed().value(ViewFieldId::SocPct), 88.0);
    // A known id with a wrong length is still an error.
    pipeline.feedCan(CanFrameData{0x351, QByteArray::fromHex("1402C0")}, 6000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(3).value<CodecError::Kind>(), CodecError::Kind::Truncated);
    QCOMPARE(pipeline.stats().failed, quint64(1));
}

void TestDecodePipeline::jkFragmentsAreCountedApart()
{
    // A sniff of a JK-PB master bus that starts 120 bytes into pack 3's status record and stops
    // 200 bytes into the next one (mr-manuel's capture, fact sheet a.7, tests/data/jk).
    const QByteArray reply = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    QCOMPARE(reply.size(), 310);
    const QByteArray wire = reply.mid(120) + reply + reply.first(200);
    DecodePipeline pipeline(ProtocolId::JkPb, BankConfig{}, QStringLiteral("ttyUSB1"));
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    QSignalSpy failed(&pipeline, &DecodePipeline::failed);
    for (qsizetype i = 0; i < wire.size(); i += 64)
        pipeline.feedSerial(wire.mid(i, 64), 1000 + i);
    pipeline.flush(100000);
    // The tail of the first record is a fragment (its ACK still decodes), the whole reply
    // decodes with its sender, the cut record at the end is a fragment.
    QList<CodecError::Kind> kinds;
    QStringList errors;
    for (const QList<QVariant> &f : std::as_const(failed)) {
        kinds.append(f.at(3).value<CodecError::Kind>());
        errors.append(f.at(0).toString());
    }
    QCOMPARE(kinds, (QList<CodecError::Kind>{CodecError::Kind::Fragment, CodecError::Kind::Fragment}));
    QCOMPARE(errors.first(), QStringLiteral("fragment: no record header (capture started or stopped mid-frame)"));
    QVERIFY2(errors.last().contains(QStringLiteral("cut short after 200 of its 300 bytes")), qPrintable(errors.last()));
    bool status = false;
    for (const QList<QVariant> &d : std::as_const(decoded)) {
        const DecodedMessage m = d.first().value<DecodedMessage>();
        status |= m.message == QLatin1String("status-record") && m.address == 3;
    }
    QVERIFY(status);
    const StreamDecoder::Stats s = pipeline.stats();
    QCOMPARE(s.fragments, quint64(2));
    QCOMPARE(s.failed, quint64(0));
}

void TestDecodePipeline::pylontechFragmentsAreCountedApart()
{
    // A capture that starts in the middle of an answer and cuts another with the next '~'.
    const QByteArray answer = "~20024600B01402D002B79800FAFF06C0F92D\r";
    const QByteArray wire = answer.mid(17) + answer + answer.first(20) + answer;
    DecodePipeline pipeline(ProtocolId::PylontechRs485, BankConfig{}, QStringLiteral("ttyUSB0"));
    QSignalSpy decoded(&pipeline, &DecodePipeline::decoded);
    pipeline.feedSerial(wire, 1000);
    QCOMPARE(decoded.size(), 2);
    const StreamDecoder::Stats s = pipeline.stats();
    QCOMPARE(s.fragments, quint64(2));
    QCOMPARE(s.failed, quint64(0));
}

QTEST_GUILESS_MAIN(TestDecodePipeline)
#include "tst_decodepipeline.moc"
