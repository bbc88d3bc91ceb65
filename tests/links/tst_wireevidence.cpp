// What a listen window makes of what it heard, and the decision (code, arguments, sentence)
// that follows: real frames from tests/data fed as they would arrive.

#include "capturepeer.h"
#include "hex.h"
#include "roledecision.h"
#include "protocoltable.h"
#include "wireevidence.h"

#include <QTest>

#include "testdata.h"

class TestWireEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionFromWhatWasHeard_data();
    void decisionFromWhatWasHeard();
    void canKeepAliveIsNoticed();
};

void TestWireEvidence::decisionFromWhatWasHeard_data()
{
    QTest::addColumn<int>("chosen");
    QTest::addColumn<QList<QByteArray>>("units"); // one every 2 s
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QList<QByteArray> capture; // each request with its answer
    const QList<CapturePeer::Line> lines = CapturePeer::capture(8);
    for (qsizetype i = 0; i + 1 < lines.size(); i += 2)
        capture.append(lines[i].frame + lines[i + 1].frame);
    QList<QByteArray> requests;
    for (const CapturePeer::Line &l : CapturePeer::capture(4, true))
        requests.append(l.frame);
    QList<QByteArray> answers;
    for (const CapturePeer::Line &l : lines)
        if (!l.request)
            answers.append(l.frame);
    const QByteArray trigger = *Hex::parse(QByteArrayView("03 10 16 20 00 01 02 00 00 CF 91"));
    const QByteArray record = TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex"));
    const int pylon = int(ProtocolId::PylontechRs485);
    QTest::newRow("nothing") << pylon << QList<QByteArray>{} << "silent" << "silent for 10 s: polling";
    QTest::newRow("an inverter polling, answered")
        << pylon << capture << "master-polls" << "another master polls 0x02 every 2.0 s (analog-values): listening only";
    QTest::newRow("an inverter polling, unanswered")
        << pylon << requests << "master-polls" << "another master polls 0x02 every 2.0 s (analog-values): listening only";
    QTest::newRow("answers only") << pylon << answers << "answers-only"
                                  << "answers from 0x02, 0x03 heard in pylontech-rs485 without their requests: listening only";
    QTest::newRow("a JK master, Pylontech chosen")
        << pylon << QList<QByteArray>{trigger + record, trigger + record} << "other-protocol-polls"
        << "another master polls 0x03 every 2.0 s (status-trigger) in jk-pb, not the protocol chosen: listening only";
    QTest::newRow("a JK master, JK-PB chosen") << int(ProtocolId::JkPb) << QList<QByteArray>{trigger + record, trigger + record}
                                               << "master-polls" << "another master polls 0x03 every 2.0 s (status-trigger): listening only";
    QTest::newRow("noise") << pylon << QList<QByteArray>{CapturePeer::wrongBaudNoise(30), CapturePeer::wrongBaudNoise(30)}
                           << "undecoded-bytes"
                           << "bytes heard (60) that decode as no known protocol (another baud rate, A and B swapped, or another "
                              "device talking): listening only";
}

void TestWireEvidence::decisionFromWhatWasHeard()
{
    QFETCH(int, chosen);
    QFETCH(QList<QByteArray>, units);
    QFETCH(QString, code);
    QFETCH(QString, text);
    WireEvidence evidence(ProtocolTable::onMedium(Medium::Serial));
    qint64 at = 1'000'000;
    for (const QByteArray &u : std::as_const(units)) {
        evidence.feedSerial(u, at);
        evidence.flush(at + 50'000); // the line goes quiet after each unit
        at += 2'000'000;
    }
    const RoleDecision d = RoleDecision::fromHeard(evidence.heard(), ProtocolId(chosen), RoleRequest::Auto, 10000);
    QCOMPARE(d.codeName(), code);
    QCOMPARE(d.text(), text);
    QCOMPARE(d.role, units.isEmpty() ? LinkRole::Poll : LinkRole::Listen);
    QCOMPARE(d.toJson().value(QStringLiteral("code")).toString(), code);
    // Asked to poll: the same evidence refuses instead.
    const RoleDecision p = RoleDecision::fromHeard(evidence.heard(), ProtocolId(chosen), RoleRequest::Poll, 10000);
    QCOMPARE(p.refused(), !units.isEmpty());
}

void TestWireEvidence::canKeepAliveIsNoticed()
{
    WireEvidence evidence(ProtocolTable::onMedium(Medium::Can));
    evidence.feedCan(CanFrameData{0x351, QByteArray::fromHex("1402C012C012C201")}, 1000);
    QVERIFY(!evidence.heard().keepAlive);
    evidence.feedCan(CanFrameData{0x305, QByteArray(8, '\0')}, 2000);
    QVERIFY(evidence.heard().keepAlive);
    QCOMPARE(evidence.heard().frames, quint64(2));
    QCOMPARE(evidence.heard().canIds, (QList<quint32>{0x351, 0x305}));
    QCOMPARE(evidence.heard().of(ProtocolId::PylonCan)->decoded, quint64(2));
}

QTEST_GUILESS_MAIN(TestWireEvidence)
#include "tst_wireevidence.moc"
