// Serial links on real pseudo-terminals: the test plays the device on the master side.

#include "clock.h"
#include "ptypair.h"
#include "seriallink.h"
#include "serialports.h"

#include <QSignalSpy>
#include <QTest>

// A listen link has no way to write: not a flag, the method does not exist on the type.
template <typename L>
concept CanWrite = requires(L link, QByteArray bytes) { link.write(bytes); };
static_assert(!CanWrite<SerialListenLink>, "a listen link must not be able to write");
static_assert(CanWrite<SerialPollLink>);
static_assert(CanWrite<SerialEmulateLink>);

class TestSerialLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receivesWithTimestamps();
    void pollLinkWrites();
    void listenLinkNeverTransmits();
    void missingPortIsAnOpenError();
    void survivesUnplugAndReplug();
    void recognisesAdapters_data();
    void recognisesAdapters();
};

void TestSerialLink::receivesWithTimestamps()
{
    PtyPair pty;
    QVERIFY(pty.ok());
    ManualClock clock(1000);
    clock.setNowUs(1'234'567);
    SerialListenLink link(SerialSettings{pty.path()}, clock);
    QSignalSpy spy(&link, &SerialLink::received);
    QVERIFY(link.open());
    QCOMPARE(link.state(), LinkState::Open);
    QCOMPARE(link.role(), LinkRole::Listen);
    QVERIFY(pty.write("~20024642E00202FD33\r"));
    QByteArray got;
    QTRY_VERIFY((got = [&] {
                    QByteArray all;
                    for (const auto &args : std::as_const(spy))
                        all += args.at(0).toByteArray();
                    return all;
                }()) == QByteArray("~20024642E00202FD33\r"));
    QCOMPARE(spy.first().at(1).toLongLong(), 1'234'567);
    QCOMPARE(link.bytesReceived(), quint64(20));
}

void TestSerialLink::pollLinkWrites()
{
    PtyPair pty;
    ManualClock clock;
    SerialPollLink link(SerialSettings{pty.path(), 9600}, clock);
    QSignalSpy sent(&link, &SerialLink::sent);
    QVERIFY(link.open());
    QCOMPARE(link.write("~20024642E002FFFD09\r"), qint64(20));
    QCOMPARE(pty.read(2000, 20), QByteArray("~20024642E002FFFD09\r"));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(link.bytesSent(), quint64(20));
}

void TestSerialLink::listenLinkNeverTransmits()
{
    PtyPair pty;
    ManualClock clock;
    SerialListenLink link(SerialSettings{pty.path()}, clock);
    QSignalSpy spy(&link, &SerialLink::received);
    QVERIFY(link.open());
    // A long sniff of a busy bus: the device side must never see a byte from us.
    QByteArray traffic;
    for (int i = 0; i < 200; ++i)
        traffic += "~20024642E002FFFD09\r";
    QVERIFY(pty.write(traffic));
    QByteArray fromLink = pty.read(1500);
    QCOMPARE(fromLink.size(), 0);
    QTRY_COMPARE(link.bytesReceived(), quint64(traffic.size()));
    QCOMPARE(link.bytesSent(), quint64(0));
}

void TestSerialLink::missingPortIsAnOpenError()
{
    ManualClock clock;
    SerialPollLink link(SerialSettings{QStringLiteral("/dev/does-not-exist-bankscope")}, clock);
    QSignalSpy errors(&link, &SerialLink::errorOccurred);
    QVERIFY(!link.open());
    QCOMPARE(link.state(), LinkState::Closed);
    QCOMPARE(link.error(), LinkError::OpenError);
    QCOMPARE(errors.count(), 1);
    QVERIFY(link.errorString().contains(QLatin1String("does-not-exist")));
}

void TestSerialLink::survivesUnplugAndReplug()
{
    PtyPair pty;
    ManualClock clock;
    SerialSettings s{pty.path()};
    s.reconnectFirstMs = 50;
    s.reconnectMaxMs = 200;
    SerialPollLink link(s, clock);
    QSignalSpy states(&link, &SerialLink::stateChanged);
    QSignalSpy errors(&link, &SerialLink::errorOccurred);
    QSignalSpy rx(&link, &SerialLink::received);
    QVERIFY(link.open());

    pty.unplug(); // pull the adapter
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Reconnecting, 5000);
    QCOMPARE(link.error(), LinkError::Unplugged);
    QVERIFY(!errors.isEmpty());

    QTest::qWait(400); // a few failed retries while it is out
    QCOMPARE(link.state(), LinkState::Reconnecting);

    QVERIFY(pty.replug()); // and back in: same path, new device
    QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Open, 5000);
    QCOMPARE(link.reconnects(), 1);
    QVERIFY(pty.write("~200246000000FDB2\r"));
    QTRY_VERIFY(!rx.isEmpty());
    QCOMPARE(link.write("~20024642E00202FD33\r"), qint64(20));
    QCOMPARE(pty.read(2000, 20), QByteArray("~20024642E00202FD33\r"));
}

void TestSerialLink::recognisesAdapters_data()
{
    QTest::addColumn<int>("vid");
    QTest::addColumn<int>("pid");
    QTest::addColumn<QString>("name");
    QTest::newRow("CH340") << 0x1A86 << 0x7523 << "CH340";
    QTest::newRow("FTDI FT232R") << 0x0403 << 0x6001 << "FTDI FT232R";
    QTest::newRow("CP2102") << 0x10C4 << 0xEA60 << "CP210x";
    QTest::newRow("PL2303") << 0x067B << 0x2303 << "PL2303";
    QTest::newRow("unknown") << 0x1234 << 0x5678 << "";
}

void TestSerialLink::recognisesAdapters()
{
    QFETCH(int, vid);
    QFETCH(int, pid);
    QFETCH(QString, name);
    QCOMPARE(SerialPorts::adapterName(quint16(vid), quint16(pid)), name);
}


QTEST_GUILESS_MAIN(TestSerialLink)
#include "tst_seriallink.moc"
