// JK-PB over Modbus RTU with QModbusRtuSerialClient; the device on the pty serves the
// registers of the real a.7 status record.

#include "bankobserver.h"
#include "clock.h"
#include "hex.h"
#include "jkmodbuspoller.h"
#include "jkpb.h"
#include "ptydevice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "testdata.h"

namespace {


// Register bytes from 0x1200 (status) and 0x1400 (info), big-endian as Modbus carries them.
struct RegisterImage
{
    QByteArray status;
    QByteArray info;

    RegisterImage()
    {
        const auto record = JkPb::decodeRecord(TestData::hexFile(QStringLiteral("jk/jkpb-a7-status-reply.hex")).first(300));
        for (const JkRegisters::Value &v : JkPb::recordValues(*record))
            if (v.field->type != JkRegisters::Type::Ascii)
                JkRegisters::encode(*v.field, 0x1200, status, JkRegisters::ByteOrder::Big, v.value.toDouble());
        status.resize(0x100, '\0');
        info = QByteArray("JK_PB2A16S20P\0\0\0" "19A\0\0\0\0\0" "19.20\0\0\0", 32);
    }

    QByteArray read(quint16 start, quint16 words) const
    {
        const QByteArray &block = start >= 0x1400 ? info : status;
        const int offset = start - (start >= 0x1400 ? 0x1400 : 0x1200);
        return block.mid(offset, 2 * words).leftJustified(2 * words, '\0');
    }
};

} // namespace

class TestJkModbusPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsPacksAndCountsSilence();
    void stopCancelsTheRequestInFlight();
};

void TestJkModbusPoller::pollsPacksAndCountsSilence()
{
    PtyPair pty;
    SessionClock clock;
    const RegisterImage image;
    PtyDevice device(pty, [](const QByteArray &b) -> qsizetype { return b.size() >= 8 ? 8 : 0; },
                     [&image](const QByteArray &unit) -> QList<QByteArray> {
                         const auto rtu = JkPb::decodeRtu(unit);
                         if (!rtu || !std::holds_alternative<JkPb::ReadRequest>(*rtu))
                             return {};
                         const auto &q = std::get<JkPb::ReadRequest>(*rtu);
                         if (q.address != 3)
                             return {}; // only pack 3 is on the bus
                         return {JkPb::encodeRtu(JkPb::ReadResponse{q.address, image.read(q.start, q.quantity)})};
                     });
    PollSettings s;
    s.timeoutMs = 300;
    s.retries = 0;
    JkModbusPoller poller(SerialSettings{pty.path()}, clock, {3, 4}, s);
    QSignalSpy answered(&poller, &JkModbusPoller::answered);
    QSignalSpy failed(&poller, &JkModbusPoller::failed);
    QSignalSpy cycles(&poller, &JkModbusPoller::cycleFinished);
    QVERIFY2(poller.start(), qPrintable(poller.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 20000);
    poller.stop();

    // Every request on the wire was an FC03 read at a JK byte-offset address.
    QVERIFY(device.units.size() >= 8);
    QCOMPARE(device.units.first(), JkPb::encodeRtu(JkPb::ReadRequest{3, 0x1400, 16}));
    QCOMPARE(device.overlaps, 0);

    BankConfig config;
    config.packs = {{QStringLiteral("J3"), QStringLiteral("JK-PB"), 280, PackRole::Slave, 3}};
    BankObserver observer(config, QStringLiteral("ttyUSB1"));
    for (const auto &args : std::as_const(answered))
        observer.apply(args.at(1).value<DecodedMessage>(), 1);
    const PackReading *r = observer.reading(QStringLiteral("J3"));
    QVERIFY(r);
    QCOMPARE(r->cellsMv->size(), 16);
    QCOMPARE(*r->voltageV, 52.695);
    QCOMPARE(*r->socPct, 55.0);
    QCOMPARE(*r->fullAh, 280.0);
    bool sawModel = false;
    for (const auto &args : std::as_const(answered))
        sawModel |= args.at(1).value<DecodedMessage>().info.model == QLatin1String("JK_PB2A16S20P");
    QVERIFY(sawModel);

    // Every answer decoded is counted (bankscope-cli monitor reports it as "decoded").
    QCOMPARE(poller.decoded(), quint64(answered.count()));
    QCOMPARE(poller.decoded(), poller.stats().value(3).answers);
    QCOMPARE(poller.decodeFailures(), quint64(0));
    QCOMPARE(poller.stats().value(3).timeouts, quint64(0));
    QCOMPARE(poller.stats().value(4).answers, quint64(0));
    QVERIFY(poller.stats().value(4).timeouts >= 4);
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("timeout"));
}

void TestJkModbusPoller::stopCancelsTheRequestInFlight()
{
    // Issue 9: every "monitor --protocol jk-modbus --duration S" ended with a false "framing
    // Reply aborted due to connection closure" error: stopping the poller closes the port with
    // a request in flight. That request was cancelled, not failed.
    PtyPair pty;
    SessionClock clock;
    const RegisterImage image;
    PtyDevice device(pty, [](const QByteArray &b) -> qsizetype { return b.size() >= 8 ? 8 : 0; },
                     [&image](const QByteArray &unit) -> QList<QByteArray> {
                         const auto rtu = JkPb::decodeRtu(unit);
                         if (!rtu || !std::holds_alternative<JkPb::ReadRequest>(*rtu))
                             return {};
                         const auto &q = std::get<JkPb::ReadRequest>(*rtu);
                         return {JkPb::encodeRtu(JkPb::ReadResponse{q.address, image.read(q.start, q.quantity)})};
                     });
    device.delayMs = 1000; // a slow pack: the poller is stopped while it waits for the answer
    PollSettings s;
    s.timeoutMs = 2000;
    s.retries = 0;
    JkModbusPoller poller(SerialSettings{pty.path()}, clock, {3}, s);
    QSignalSpy answered(&poller, &JkModbusPoller::answered);
    QSignalSpy failed(&poller, &JkModbusPoller::failed);
    QVERIFY2(poller.start(), qPrintable(poller.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000); // one answer, the next request sent ...
    QTRY_COMPARE_WITH_TIMEOUT(device.units.size(), 2, 5000);
    poller.stop(); // ... and stopped before its answer
    QVERIFY(!failed.wait(1500)); // not now, nor when the late answer would have come
    QVERIFY(failed.isEmpty());
    const AddressStats st = poller.stats().value(3);
    QCOMPARE(st.framingErrors, quint64(0));
    QCOMPARE(st.timeouts, quint64(0));
    QCOMPARE(st.answers, quint64(1));
    QCOMPARE(st.requests, quint64(1)); // the cancelled one is not a request that went unanswered
    QCOMPARE(poller.decoded(), quint64(1));
    QCOMPARE(answered.count(), 1);
}

QTEST_GUILESS_MAIN(TestJkModbusPoller)
#include "tst_jkmodbuspoller.moc"
