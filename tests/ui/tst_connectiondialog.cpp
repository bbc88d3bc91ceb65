// The connection dialog with real parts: Qt's virtualcan plugin lists its interfaces in the CAN
// list and carries a Pylon CAN bank's broadcast for the listen-only auto-detect; a pseudo-terminal
// behind a by-id style symlink stands for a USB stick (QSerialPortInfo does not list ptys, so the
// port list is the one thing handed in); a plan is built with the keyboard alone; the last
// connection comes back from the settings, and a hostile one is set aside.

#include "ptydevice.h"
#include "ptypair.h"
#include "testdata.h"

#include "appsettings.h"
#include "connectiondialog.h"
#include "protocoltable.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCanBus>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canPluginInterfacesAreListed();
    void portNamedWithItsStableIdentity();
    void identicalAdaptersAsk();
    void aStickPluggedInWhileOpenIsListed();
    void planFromTheKeyboardAlone();
    void rolesAreSaidInOneSentence();
    void lastConnectionIsOfferedAgain();
    void hostileLastConnectionIsIgnored();
    void autoDetectListensOnlyAndFillsIn();
    void autoDetectOnASilentSerialBusSendsNothing();
    void tabOrderFollowsTheReadingOrder();

private:
    static int indexOfData(QComboBox *combo, const QString &data);
    static void chooseByKeyboard(QComboBox *combo, int index);
    static void save(QWidget &w, const QString &name);
};

namespace {

SerialPortEntry port(const QString &name, const QString &location, std::optional<quint16> vid, std::optional<quint16> pid,
                     const QString &serial, const QString &description)
{
    SerialPortEntry e;
    e.portName = name;
    e.systemLocation = location;
    e.vendorId = vid;
    e.productId = pid;
    e.serialNumber = serial;
    e.description = description;
    if (vid && pid)
        e.adapter = SerialPorts::adapterName(*vid, *pid);
    return e;
}

} // namespace

void TestConnectionDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY2(QCanBus::instance()->plugins().contains(QStringLiteral("virtualcan")), "Qt's virtualcan plugin is needed");
}

int TestConnectionDialog::indexOfData(QComboBox *combo, const QString &data)
{
    return combo->findData(data);
}

// Up and Down move an editable combo's choice (Home and End move the text cursor).
void TestConnectionDialog::chooseByKeyboard(QComboBox *combo, int index)
{
    for (int guard = 0; combo->currentIndex() != index && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

void TestConnectionDialog::save(QWidget &w, const QString &name)
{
    QCoreApplication::processEvents();
    QString suffix;
    if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
        suffix = QStringLiteral("-200");
    const QString path = TestData::outputPath(name + suffix + QStringLiteral(".png"));
    QVERIFY2(w.grab().save(path), qPrintable(path));
}

void TestConnectionDialog::canPluginInterfacesAreListed()
{
    ConnectionDialog dialog(std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(SessionSource::Kind::CanPlugin)));
    // What QCanBus says this machine has: virtualcan's interfaces, by name.
    for (const QCanBusDeviceInfo &info : QCanBus::instance()->availableDevices(QStringLiteral("virtualcan")))
        QVERIFY2(indexOfData(dialog.deviceCombo(), QStringLiteral("virtualcan:") + info.name()) >= 0, qPrintable(info.name()));
    QVERIFY(indexOfData(dialog.deviceCombo(), QStringLiteral("virtualcan:can0")) >= 0);
    // The CAN protocols only, with their default bit rate; the role is listen and says why.
    QCOMPARE(dialog.protocolCombo()->currentData().toString(), QStringLiteral("pylon-can"));
    QCOMPARE(dialog.plan().sources.first().speed, ProtocolTable::spec(ProtocolId::PylonCan).defaultSpeed);
    QVERIFY(!dialog.roleButton(RoleRequest::Poll)->isEnabled());
    QVERIFY(dialog.roleButton(RoleRequest::Listen)->isChecked());
    QVERIFY(dialog.roleText()->text().contains(QStringLiteral("only listen")));
    QCOMPARE(dialog.plan().sources.first().role, RoleRequest::Listen);
}

void TestConnectionDialog::portNamedWithItsStableIdentity()
{
    PtyPair pty;
    QVERIFY(pty.ok());
    ConnectionDialog::Environment env;
    const QString byId = QFileInfo(pty.path()).absolutePath();
    env.byIdDir = byId;
    env.serialPorts = [&] {
        return QList<SerialPortEntry>{port(QFileInfo(pty.slavePath()).fileName(), pty.slavePath(), 0x1A86, 0x7523, {},
                                           QStringLiteral("USB Serial"))};
    };
    ConnectionDialog dialog(std::nullopt, env);
    const SessionSource s = dialog.plan().sources.first();
    QCOMPARE(s.kind, SessionSource::Kind::Serial);
    QCOMPARE(s.device, pty.slavePath());
    // The symlink that resolves to the port is its identity (a replug under another name is found by it).
    QCOMPARE(s.identity, pty.path());
    QVERIFY2(s.label.startsWith(QStringLiteral("CH340 \u2014 ")), qPrintable(s.label));
    QVERIFY(dialog.identityLabel()->text().contains(pty.path()));
    QCOMPARE(s.protocol, std::optional(ProtocolId::PylontechRs485));
    QCOMPARE(s.role, RoleRequest::Auto);
}

void TestConnectionDialog::identicalAdaptersAsk()
{
    QTemporaryDir noById;
    ConnectionDialog::Environment env;
    env.byIdDir = noById.path();
    env.serialPorts = [] {
        return QList<SerialPortEntry>{
            port(QStringLiteral("ttyUSB0"), QStringLiteral("/dev/ttyUSB0"), 0x1A86, 0x7523, {}, QStringLiteral("USB Serial")),
            port(QStringLiteral("ttyUSB1"), QStringLiteral("/dev/ttyUSB1"), 0x1A86, 0x7523, {}, QStringLiteral("USB Serial")),
            port(QStringLiteral("ttyUSB2"), QStringLiteral("/dev/ttyUSB2"), 0x0403, 0x6001, QStringLiteral("A10K3XQ"),
                 QStringLiteral("FT232R USB UART")),
            port(QStringLiteral("ttyACM0"), QStringLiteral("/dev/ttyACM0"), 0xAD50, 0x60C4, QStringLiteral("0039001F"),
                 QStringLiteral("CANable")),
        };
    };
    ConnectionDialog dialog(std::nullopt, env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *device = dialog.deviceCombo();
    QCOMPARE(device->count(), 4);
    for (int i : {0, 1}) {
        QVERIFY2(device->itemText(i).startsWith(QStringLiteral("CH340 \u2014 ttyUSB")), qPrintable(device->itemText(i)));
        QVERIFY2(device->itemText(i).endsWith(QStringLiteral("identical adapter: check which port")), qPrintable(device->itemText(i)));
    }
    QCOMPARE(device->itemText(2), QStringLiteral("FTDI FT232R \u2014 ttyUSB2"));
    // The first twin is chosen: no identity (a replug is looked for under its name only), and it says so.
    const SessionSource twin = dialog.plan().sources.first();
    QCOMPARE(twin.device, QStringLiteral("/dev/ttyUSB0"));
    QVERIFY(twin.identity.isEmpty());
    QVERIFY2(dialog.identityLabel()->text().contains(QStringLiteral("check which port")), qPrintable(dialog.identityLabel()->text()));
    save(dialog, QStringLiteral("connection-dialog"));
    // The FTDI stick has a serial number: USB vendor, product and serial.
    device->setCurrentIndex(2);
    QCOMPARE(dialog.plan().sources.first().identity, QStringLiteral("usb:0403:6001:A10K3XQ"));
    // SLCAN: the CANable first.
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(SessionSource::Kind::Slcan)));
    QVERIFY2(device->itemText(0).startsWith(QStringLiteral("CANable (SLCAN)")), qPrintable(device->itemText(0)));
    QCOMPARE(dialog.plan().sources.first().device, QStringLiteral("/dev/ttyACM0"));
}

void TestConnectionDialog::aStickPluggedInWhileOpenIsListed()
{
    QList<SerialPortEntry> ports{port(QStringLiteral("ttyUSB0"), QStringLiteral("/dev/ttyUSB0"), 0x10C4, 0xEA60,
                                      QStringLiteral("0001"), QStringLiteral("CP2102 USB to UART"))};
    ConnectionDialog::Environment env;
    env.serialPorts = [&ports] { return ports; };
    ConnectionDialog dialog(std::nullopt, env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.deviceCombo()->count(), 1);
    QCOMPARE(dialog.deviceCombo()->itemText(0), QStringLiteral("CP210x \u2014 ttyUSB0"));
    // Plugged in while the dialog is open: listed by the dialog's own refresh, choice kept.
    ports.append(port(QStringLiteral("ttyUSB1"), QStringLiteral("/dev/ttyUSB1"), 0x067B, 0x2303, {}, QStringLiteral("USB-Serial")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.deviceCombo()->count(), 2, 6000);
    QCOMPARE(dialog.deviceCombo()->itemText(1), QStringLiteral("PL2303 \u2014 ttyUSB1"));
    QCOMPARE(dialog.plan().sources.first().device, QStringLiteral("/dev/ttyUSB0"));
    // Pulled out: the Refresh button lists what is there now.
    ports.removeFirst();
    dialog.findChild<QPushButton *>(QStringLiteral("refreshDevices"))->click();
    QCOMPARE(dialog.deviceCombo()->count(), 1);
    QCOMPARE(dialog.deviceCombo()->itemData(0).toString(), QStringLiteral("/dev/ttyUSB1"));
    // The source still names the stick it was given (a session looks for it by its identity).
    QCOMPARE(dialog.plan().sources.first().identity, QStringLiteral("usb:10c4:ea60:0001"));
}

void TestConnectionDialog::planFromTheKeyboardAlone()
{
    PtyPair pty;
    QVERIFY(pty.ok());
    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; };
    ConnectionDialog dialog(std::nullopt, env);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    // Kind: serial (already); the device typed (a stick's by-id name, here a pty's symlink).
    dialog.kindCombo()->setFocus();
    QTRY_VERIFY(dialog.kindCombo()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(dialog.deviceCombo()->hasFocus() || dialog.deviceCombo()->lineEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), pty.path());
    // Protocol: Alt+P, then down to JK Modbus... and back up to Pylontech RS485; speed Alt+S: 9600.
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(dialog.protocolCombo()->hasFocus());
    QTest::keyClick(dialog.protocolCombo(), Qt::Key_Home);
    QCOMPARE(dialog.protocolCombo()->currentData().toString(), QStringLiteral("pylontech-rs485"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog.speedCombo()->hasFocus() || dialog.speedCombo()->lineEdit()->hasFocus());
    QTest::keyClick(dialog.speedCombo()->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog.speedCombo()->lineEdit(), QStringLiteral("9600"));
    // Role: listen only (Alt+L).
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(dialog.roleButton(RoleRequest::Listen)->isChecked());
    QVERIFY(dialog.roleText()->text().startsWith(QStringLiteral("Listen only: never transmits")));

    // A second source (Alt+A): the CAN link beside it, on virtualcan:can0 chosen from the list.
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog.sourceList()->count(), 2);
    QCOMPARE(dialog.currentSource(), 1);
    QTRY_VERIFY(dialog.kindCombo()->hasFocus());
    QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(SessionSource::Kind::CanPlugin));
    const int can0 = indexOfData(dialog.deviceCombo(), QStringLiteral("virtualcan:can0"));
    QVERIFY(can0 >= 0);
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(dialog.deviceCombo()->hasFocus() || dialog.deviceCombo()->lineEdit()->hasFocus());
    chooseByKeyboard(dialog.deviceCombo(), can0);
    QCOMPARE(dialog.deviceCombo()->currentData().toString(), QStringLiteral("virtualcan:can0"));

    // Record everything (Alt+C), then Connect with Enter.
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("recordPath"))->isEnabled());
    const QString recordTo = dialog.findChild<QLineEdit *>(QStringLiteral("recordPath"))->text();
    QVERIFY(recordTo.endsWith(QStringLiteral(".log")));
    QVERIFY(dialog.connectButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(accepted.size(), 1);

    SessionPlan expected;
    SessionSource serial;
    serial.kind = SessionSource::Kind::Serial;
    serial.device = pty.path();
    serial.protocol = ProtocolId::PylontechRs485;
    serial.speed = 9600;
    serial.role = RoleRequest::Listen;
    SessionSource can;
    can.kind = SessionSource::Kind::CanPlugin;
    can.device = QStringLiteral("virtualcan:can0");
    can.label = dialog.deviceCombo()->itemText(can0);
    can.protocol = ProtocolId::PylonCan;
    can.speed = ProtocolTable::spec(ProtocolId::PylonCan).defaultSpeed;
    can.role = RoleRequest::Listen;
    expected.sources = {serial, can};
    expected.recordTo = recordTo;
    const SessionPlan plan = dialog.plan();
    QCOMPARE(plan.sources.size(), 2);
    QCOMPARE(plan.sources[0], expected.sources[0]);
    QCOMPARE(plan.sources[1], expected.sources[1]);
    QCOMPARE(plan, expected);
    // What the window stores and the session reads: the same plan through JSON.
    QCOMPARE(SessionPlan::fromJson(plan.toJson()), std::optional(plan));
}

void TestConnectionDialog::rolesAreSaidInOneSentence()
{
    const int n = ProtocolTable::listenWindowMs(Medium::Serial) / 1000;
    QVERIFY(n >= 10);
    const QString autoText = ConnectionDialog::roleSentence(RoleRequest::Auto);
    QVERIFY2(autoText.contains(QStringLiteral("listens first for %1 s").arg(n)), qPrintable(autoText));
    QVERIFY(autoText.contains(QStringLiteral("stops the moment another master is heard")));
    QVERIFY(ConnectionDialog::roleSentence(RoleRequest::Listen).contains(QStringLiteral("never transmits")));
    QVERIFY(ConnectionDialog::roleSentence(RoleRequest::Poll).contains(QStringLiteral("refuses to transmit if another master is heard")));

    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; };
    ConnectionDialog dialog(std::nullopt, env);
    QVERIFY(dialog.roleButton(RoleRequest::Auto)->isChecked());
    QCOMPARE(dialog.roleText()->text(), autoText);
    dialog.roleButton(RoleRequest::Poll)->click();
    QCOMPARE(dialog.roleText()->text(), ConnectionDialog::roleSentence(RoleRequest::Poll));
    QCOMPARE(dialog.plan().sources.first().role, RoleRequest::Poll);
    // Nothing chosen yet: Connect waits for a device.
    QVERIFY(!dialog.connectButton()->isEnabled());
}

void TestConnectionDialog::lastConnectionIsOfferedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    SessionPlan last;
    SessionSource serial;
    serial.kind = SessionSource::Kind::Serial;
    serial.device = QStringLiteral("/dev/ttyUSB3");
    serial.identity = QStringLiteral("/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A10K3XQ-if00-port0");
    serial.label = QStringLiteral("FTDI FT232R \u2014 ttyUSB3");
    serial.protocol = ProtocolId::JkModbus;
    serial.speed = 115200;
    serial.role = RoleRequest::Poll;
    SessionSource replay;
    replay.kind = SessionSource::Kind::Recording;
    replay.device = dir.filePath(QStringLiteral("site.log"));
    replay.replaySpeed = 10.0;
    last.sources = {serial, replay};
    {
        AppSettings settings(path);
        settings.setLastConnection(last);
        settings.sync();
    }
    AppSettings settings(path);
    QVERIFY2(settings.notice().isEmpty(), qPrintable(settings.notice()));
    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; }; // the stick is not plugged in today
    ConnectionDialog dialog(settings.lastConnection(), env);
    QCOMPARE(dialog.plan(), last);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("lastConnectionNote"))->text().contains(QStringLiteral("used last")));
    QCOMPARE(dialog.deviceCombo()->currentText(), QStringLiteral("/dev/ttyUSB3"));
    QCOMPARE(dialog.protocolCombo()->currentData().toString(), QStringLiteral("jk-modbus"));
    QVERIFY(dialog.roleButton(RoleRequest::Poll)->isChecked());
    dialog.selectSource(1);
    QCOMPARE(dialog.speedCombo()->currentData().toDouble(), 10.0);
    QCOMPARE(dialog.protocolCombo()->currentData().toString(), QString()); // from the file
}

void TestConnectionDialog::hostileLastConnectionIsIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[connection]\nplan=\"{\\\"sources\\\":[{\\\"kind\\\":\\\"serial\\\",\\\"device\\\":\\\"/dev/ttyUSB0\\\",\\\"role\\\":\\\"emulate\\\"}]}\"\n");
    f.close();
    AppSettings settings(path);
    QVERIFY2(settings.notice().contains(QStringLiteral("set aside")), qPrintable(settings.notice()));
    QVERIFY(!settings.lastConnection());
    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; };
    ConnectionDialog dialog(settings.lastConnection(), env);
    // The default, never the hostile value: one serial source, Pylontech RS485, auto.
    const SessionPlan plan = dialog.plan();
    QCOMPARE(plan.sources.size(), 1);
    QCOMPARE(plan.sources.first().role, RoleRequest::Auto);
    QCOMPARE(plan.sources.first().protocol, std::optional(ProtocolId::PylontechRs485));
    QVERIFY(plan.sources.first().device.isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("lastConnectionNote"))->isVisibleTo(&dialog));
}

void TestConnectionDialog::autoDetectListensOnlyAndFillsIn()
{
    // A Pylon CAN bank's broadcast on virtualcan:can0, from the public frames in tests/data.
    QList<QCanBusFrame> broadcast;
    for (const auto &[label, text] : TestData::labelledLines(QStringLiteral("pylon-can/factsheet-examples.txt"))) {
        if (label != QLatin1String("C2"))
            continue;
        const QList<QByteArray> parts = text.split('#');
        broadcast.append(QCanBusFrame(parts[0].toUInt(nullptr, 16), QByteArray::fromHex(parts[1])));
    }
    QVERIFY(broadcast.size() >= 5);
    std::unique_ptr<QCanBusDevice> bank(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), QStringLiteral("can0")));
    QVERIFY(bank && bank->connectDevice());
    QTRY_COMPARE(bank->state(), QCanBusDevice::ConnectedState);
    int received = 0; // what the bank hears from anyone: the dialog must send nothing
    connect(bank.get(), &QCanBusDevice::framesReceived, this, [&] { received += int(bank->readAllFrames().size()); });
    QTimer send;
    int next = 0;
    connect(&send, &QTimer::timeout, this, [&] { bank->writeFrame(broadcast[next++ % broadcast.size()]); });
    send.start(20);

    SessionPlan plan;
    SessionSource s;
    s.kind = SessionSource::Kind::CanPlugin;
    s.device = QStringLiteral("virtualcan:can0");
    s.protocol = ProtocolId::PylonCan;
    s.speed = 250000; // wrong on purpose: auto-detect says what it heard at the adapter's rate
    plan.sources = {s};
    ConnectionDialog dialog(plan);
    dialog.setDetectWindowMs(1500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ConnectionDialog::detectFinished);
    dialog.detectButton()->click();
    QVERIFY(dialog.isDetecting());
    QVERIFY(!dialog.connectButton()->isEnabled()); // not while listening
    QTRY_VERIFY(dialog.detectProgress()->value() > 0);
    QVERIFY(dialog.detectText().contains(QStringLiteral("Listening at")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!dialog.isDetecting());
    QCOMPARE(dialog.detectProgress()->value(), dialog.detectProgress()->maximum());
    QVERIFY2(dialog.detectText().contains(QStringLiteral("decodes as")), qPrintable(dialog.detectText()));
    QCOMPARE(dialog.protocolCombo()->currentData().toString(), QStringLiteral("pylon-can"));
    QCOMPARE(dialog.plan().sources.first().speed, 250000); // the one rate a non-SLCAN plugin listens at
    QVERIFY(dialog.connectButton()->isEnabled());
    save(dialog, QStringLiteral("connection-dialog-detected"));
    send.stop();
    QCOMPARE(received, 0);
}

void TestConnectionDialog::autoDetectOnASilentSerialBusSendsNothing()
{
    // A stick on a silent RS485 bus (a pty whose device end records every byte): auto-detect
    // listens at every speed the serial protocols use, says the bus is silent, and never probes.
    PtyPair pty;
    QVERIFY(pty.ok());
    PtyDevice device(pty, &PtyDevice::untilCr, [](const QByteArray &) { return QList<QByteArray>{}; });
    SessionPlan plan;
    SessionSource s;
    s.kind = SessionSource::Kind::Serial;
    s.device = pty.path();
    s.protocol = ProtocolId::PylontechRs485;
    plan.sources = {s};
    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; };
    ConnectionDialog dialog(plan, env);
    dialog.setDetectWindowMs(250);
    QSignalSpy finished(&dialog, &ConnectionDialog::detectFinished);
    dialog.startDetect();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QList<qint32> speeds = ProtocolTable::candidateSpeeds(Medium::Serial);
    QVERIFY(speeds.size() >= 2);
    for (qint32 speed : speeds)
        QVERIFY2(dialog.detectText().contains(QStringLiteral("%1 baud: silent").arg(speed)), qPrintable(dialog.detectText()));
    QVERIFY2(dialog.detectText().contains(QStringLiteral("nothing heard and nothing sent")), qPrintable(dialog.detectText()));
    // Nothing filled in from silence, and not a byte on the wire.
    QCOMPARE(dialog.plan().sources.first().protocol, std::optional(ProtocolId::PylontechRs485));
    QCoreApplication::processEvents();
    QVERIFY2(device.raw.isEmpty(), device.raw.toHex().constData());
}

void TestConnectionDialog::tabOrderFollowsTheReadingOrder()
{
    ConnectionDialog::Environment env;
    env.serialPorts = [] { return QList<SerialPortEntry>{}; };
    ConnectionDialog dialog(std::nullopt, env);
    const QList<QWidget *> expected{dialog.sourceList(),
                                    dialog.findChild<QPushButton *>(QStringLiteral("addSource")),
                                    dialog.kindCombo(),
                                    dialog.deviceCombo(),
                                    dialog.findChild<QPushButton *>(QStringLiteral("refreshDevices")),
                                    dialog.protocolCombo(),
                                    dialog.speedCombo(),
                                    dialog.roleButton(RoleRequest::Auto),
                                    dialog.detectButton(),
                                    dialog.findChild<QWidget *>(QStringLiteral("recordEnabled")),
                                    dialog.connectButton()};
    int last = -1;
    QWidget *w = dialog.sourceList();
    QList<QWidget *> chain;
    do {
        chain << w;
        w = w->nextInFocusChain();
    } while (w != dialog.sourceList() && chain.size() < 500);
    for (QWidget *e : expected) {
        QVERIFY(e);
        const int at = int(chain.indexOf(e));
        QVERIFY2(at > last, qPrintable(e->objectName()));
        last = at;
    }
    // Every control has an accessible name or a label that names it.
    for (QWidget *e : {static_cast<QWidget *>(dialog.sourceList()), static_cast<QWidget *>(dialog.kindCombo()),
                       static_cast<QWidget *>(dialog.deviceCombo()), static_cast<QWidget *>(dialog.protocolCombo()),
                       static_cast<QWidget *>(dialog.speedCombo()), static_cast<QWidget *>(dialog.detectProgress())})
        QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(e->objectName()));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
