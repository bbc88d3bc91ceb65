// Emulation on a real port: which ports are real, and the listen window that must stay free of
// other masters and keep-alives before the simulator may transmit there. The gate is exercised
// on ptys and virtualcan (treated as the wires it would check); windows shortened.

#include "capturepeer.h"
#include "clock.h"
#include "emulationgate.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QSignalSpy>
#include <QTest>

class TestEmulationGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSerialPorts_data();
    void realSerialPorts();
    void realCan_data();
    void realCan();
    void rs485MustStaySilent();
    void canFramesThatRefuse_data();
    void canFramesThatRefuse();
};

void TestEmulationGate::realSerialPorts_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("real");
    static PtyPair pty; // lives for the whole test
    QTest::newRow("pty behind a symlink") << pty.path() << false;
    QTest::newRow("pty slave") << pty.slavePath() << false;
    QTest::newRow("USB-RS485 stick") << QStringLiteral("/dev/ttyUSB0") << true;
    QTest::newRow("by-id name") << QStringLiteral("/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0") << true;
    QTest::newRow("CDC adapter") << QStringLiteral("/dev/ttyACM0") << true;
    QTest::newRow("Windows port") << QStringLiteral("COM5") << true;
    QTest::newRow("another device") << QStringLiteral("/dev/null") << true;
}

void TestEmulationGate::realSerialPorts()
{
    QFETCH(QString, port);
    QFETCH(bool, real);
    QCOMPARE(EmulationTarget::isRealSerialPort(port), real);
    QCOMPARE(EmulationTarget::isPseudoTerminal(port), !real);
}

void TestEmulationGate::realCan_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<bool>("real");
    static PtyPair pty;
    QTest::newRow("virtualcan") << QStringLiteral("virtualcan") << QStringLiteral("can0") << false;
    QTest::newRow("socketcan") << QStringLiteral("socketcan") << QStringLiteral("can0") << true;
    QTest::newRow("socketcan vcan") << QStringLiteral("socketcan") << QStringLiteral("vcan0") << true;
    QTest::newRow("peakcan") << QStringLiteral("peakcan") << QStringLiteral("usb0") << true;
    QTest::newRow("slcan on a pty") << QStringLiteral("slcan") << pty.path() << false;
    QTest::newRow("slcan adapter") << QStringLiteral("slcan") << QStringLiteral("/dev/ttyACM0") << true;
}

void TestEmulationGate::realCan()
{
    QFETCH(QString, plugin);
    QFETCH(QString, interface);
    QFETCH(bool, real);
    QCOMPARE(EmulationTarget::isRealCan(plugin, interface), real);
}

void TestEmulationGate::rs485MustStaySilent()
{
    SessionClock clock;
    {
        PtyPair pty;
        EmulationGate::Settings s;
        s.serial = SerialSettings{pty.path()};
        s.windowMs = 800;
        EmulationGate gate(s, clock);
        QSignalSpy done(&gate, &EmulationGate::finished);
        gate.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QVERIFY(done.first().at(0).value<EmulationGate::Verdict>().allowed);
    }
    PtyPair pty;
    CapturePeer inverter(pty);
    EmulationGate::Settings s;
    s.serial = SerialSettings{pty.path()};
    s.windowMs = 2500;
    EmulationGate gate(s, clock);
    QSignalSpy done(&gate, &EmulationGate::finished);
    inverter.play(CapturePeer::capture(10, true));
    gate.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 6000);
    const auto v = done.first().at(0).value<EmulationGate::Verdict>();
    QVERIFY(!v.allowed);
    QVERIFY2(v.reason.contains(QLatin1String("is not silent: another master polls 0x02")), qPrintable(v.reason));
    inverter.stop();
    QCOMPARE(pty.read(200), QByteArray()); // the gate only listened
}

void TestEmulationGate::canFramesThatRefuse_data()
{
    QTest::addColumn<int>("plays");
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("allowed");
    const int bank = int(EmulationGate::Plays::Bank);
    const int inverter = int(EmulationGate::Plays::Inverter);
    const int gx = int(EmulationGate::Plays::Gx);
    QTest::newRow("bank, nothing heard") << bank << 0 << true;
    QTest::newRow("bank beside another BMS master") << bank << 0x351 << false;
    QTest::newRow("bank beside an inverter keep-alive") << bank << 0x305 << false;
    QTest::newRow("inverter hearing the bank") << inverter << 0x351 << true;
    QTest::newRow("inverter beside another inverter") << inverter << 0x305 << false;
    QTest::newRow("GX beside a GX") << gx << 0x307 << false;
}

void TestEmulationGate::canFramesThatRefuse()
{
    QFETCH(int, plays);
    QFETCH(int, id);
    QFETCH(bool, allowed);
    SessionClock clock;
    std::unique_ptr<QCanBusDevice> other(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0")));
    QVERIFY(other && other->connectDevice());
    QTRY_COMPARE(other->state(), QCanBusDevice::ConnectedState);
    EmulationGate::Settings s;
    s.plays = EmulationGate::Plays(plays);
    CanSettings cs;
    cs.plugin = QStringLiteral("virtualcan");
    cs.interface = QStringLiteral("can0");
    s.can = {cs};
    s.windowMs = 1500;
    EmulationGate gate(s, clock);
    QSignalSpy done(&gate, &EmulationGate::finished);
    gate.start();
    QTimer sender;
    QObject::connect(&sender, &QTimer::timeout, [&] {
        if (id)
            other->writeFrame(QCanBusFrame(quint32(id), QByteArray(8, '\0')));
    });
    sender.start(200);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
    const auto v = done.first().at(0).value<EmulationGate::Verdict>();
    QVERIFY2(v.allowed == allowed, qPrintable(v.reason));
    if (!allowed)
        QCOMPARE(v.link, QStringLiteral("virtualcan:can0"));
}

QTEST_GUILESS_MAIN(TestEmulationGate)
#include "tst_emulationgate.moc"
