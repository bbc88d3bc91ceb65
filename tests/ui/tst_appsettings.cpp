// AppSettings: values survive a round trip; a corrupt or hostile settings file never stops
// the program and is set aside with a one-line notice, the defaults taking its place.

#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingFileIsDefaults();
    void hostileFileIsSetAside_data();
    void hostileFileIsSetAside();
    void writesAreBounded();
    void reset();
};

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

QStringList asideFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("BankScope.conf.bad-*")}, QDir::Files);
}

} // namespace

void TestAppSettings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    // An inverter link and a pack bus: the connection dialog's plan, with every field set.
    SessionPlan c;
    SessionSource serial;
    serial.kind = SessionSource::Kind::Serial;
    serial.device = QStringLiteral("/dev/ttyUSB0");
    serial.identity = QStringLiteral("/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0");
    serial.label = QStringLiteral("CH340, \"bank\" = [1]"); // commas, quotes and brackets survive INI
    serial.protocol = ProtocolId::PylontechRs485;
    serial.speed = 9600;
    serial.role = RoleRequest::Listen;
    SessionSource can;
    can.kind = SessionSource::Kind::CanPlugin;
    can.device = QStringLiteral("socketcan:can0");
    can.protocol = ProtocolId::PylonCan;
    can.speed = 500000;
    c.sources = {serial, can};
    c.recordTo = QStringLiteral("/home/tech/site.log");
    {
        AppSettings s(path);
        QVERIFY(s.notice().isEmpty());
        s.setWindowGeometry(QByteArray("\x01\x02\x00geometry", 11));
        s.setWindowState(QByteArray("state"));
        s.setWidgetState(QStringLiteral("mainSplitter"), QByteArray("split"));
        s.setWindowLanguage(QStringLiteral("fr"));
        s.setPrintLanguage(QStringLiteral("ha"));
        s.setPlanFolder(QStringLiteral("/home/tech/plans"));
        s.addRecentFile(QStringLiteral("/tmp/a.log"));
        s.addRecentFile(QStringLiteral("/tmp/b.log"));
        s.addRecentFile(QStringLiteral("/tmp/a.log"));
        s.setLastConnection(c);
        s.setCurrentPage(4);
        s.setDarkPalette(true);
        s.sync();
    }
    AppSettings s(path);
    QVERIFY2(s.notice().isEmpty(), qPrintable(s.notice()));
    QCOMPARE(s.currentPage(), 4);
    QVERIFY(s.darkPalette());
    QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02\x00geometry", 11));
    QCOMPARE(s.windowState(), QByteArray("state"));
    QCOMPARE(s.widgetState(QStringLiteral("mainSplitter")), QByteArray("split"));
    QCOMPARE(s.windowLanguage(), QStringLiteral("fr"));
    QCOMPARE(s.printLanguage(), QStringLiteral("ha"));
    QCOMPARE(s.planFolder(), QStringLiteral("/home/tech/plans"));
    QCOMPARE(s.recentFiles(), (QStringList{QStringLiteral("/tmp/a.log"), QStringLiteral("/tmp/b.log")}));
    QCOMPARE(s.lastConnection(), c);
    QVERIFY(asideFiles(dir).isEmpty());
}

void TestAppSettings::missingFileIsDefaults()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("BankScope.conf")));
    QVERIFY(s.notice().isEmpty());
    QVERIFY(s.windowGeometry().isEmpty());
    QVERIFY(s.windowLanguage().isEmpty()); // the system's
    QCOMPARE(s.printLanguage(), QStringLiteral("en"));
    QVERIFY(!s.lastConnection());
    QCOMPARE(s.currentPage(), 0);
    QVERIFY(!s.darkPalette());
}

void TestAppSettings::hostileFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason"); // a word of the notice

    QTest::newRow("geometry as text") << QByteArray("[window]\ngeometry=hello\n") << QStringLiteral("window state");
    QTest::newRow("language not a code") << QByteArray("[language]\nwindow=\"../../etc\"\n") << QStringLiteral("language");
    // The last connection is read through SessionPlan::fromJson, strictly.
    QTest::newRow("connection not JSON") << QByteArray("[connection]\nplan=fast\n") << QStringLiteral("not a connection");
    QTest::newRow("connection not an object") << QByteArray("[connection]\nplan=\"[1, 2]\"\n") << QStringLiteral("not a connection");
    QTest::newRow("connection without sources")
        << QByteArray("[connection]\nplan=\"{\\\"sources\\\":3}\"\n") << QStringLiteral("sources");
    QTest::newRow("connection unknown kind")
        << QByteArray("[connection]\nplan=\"{\\\"sources\\\":[{\\\"kind\\\":\\\"telnet\\\",\\\"device\\\":\\\"x\\\"}]}\"\n")
        << QStringLiteral("unknown kind");
    QTest::newRow("connection emulate role")
        << QByteArray("[connection]\nplan=\"{\\\"sources\\\":[{\\\"kind\\\":\\\"serial\\\",\\\"device\\\":\\\"/dev/ttyUSB0\\\",\\\"role\\\":\\\"emulate\\\"}]}\"\n")
        << QStringLiteral("unknown role");
    QTest::newRow("connection huge speed")
        << QByteArray("[connection]\nplan=\"{\\\"sources\\\":[{\\\"kind\\\":\\\"serial\\\",\\\"device\\\":\\\"/dev/ttyUSB0\\\",\\\"speed\\\":1e12}]}\"\n")
        << QStringLiteral("speed");
    QTest::newRow("connection as a number") << QByteArray("[connection]\nplan=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n")
                                            << QStringLiteral("not a connection");
    QTest::newRow("page out of range") << QByteArray("[window]\npage=9\n") << QStringLiteral("page");
    QTest::newRow("dark not a bool") << QByteArray("[window]\ndark=maybe\n") << QStringLiteral("true or false");
    QTest::newRow("unknown entry") << QByteArray("[evil]\nkey=1\n") << QStringLiteral("does not write");
    QTest::newRow("widget state as number") << QByteArray("[widgets]\nsplit=12\n") << QStringLiteral("widget state");
    QByteArray longPath = "[files]\nplanFolder=" + QByteArray(AppSettings::maxTextLength + 10, 'a') + "\n";
    QTest::newRow("path too long") << longPath << QStringLiteral("path");
    QByteArray manyRecent = "[files]\nrecent=";
    for (int i = 0; i < 50; ++i)
        manyRecent += "f" + QByteArray::number(i) + ", ";
    QTest::newRow("recent list too long") << (manyRecent + "x\n") << QStringLiteral("list of files");
    QByteArray hugeState = "[window]\ngeometry=@ByteArray(" + QByteArray(AppSettings::maxStateBytes + 1, 'x') + ")\n";
    QTest::newRow("state too large") << hugeState << QStringLiteral("window state");
    QTest::newRow("file too large") << QByteArray(int(AppSettings::maxFileBytes) + 1, '#') << QStringLiteral("bytes");
    QByteArray binary(4096, '\0');
    QRandomGenerator rng(42);
    for (char &b : binary)
        b = char(rng.bounded(256));
    binary[17] = '\0';
    QTest::newRow("binary") << binary << QStringLiteral("text file");
}

void TestAppSettings::hostileFileIsSetAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);
    QVERIFY(!path.isEmpty());
    AppSettings s(path);
    QVERIFY2(s.notice().contains(reason), qPrintable(s.notice()));
    QVERIFY2(!s.notice().contains(QLatin1Char('\n')), "the notice is one line");
    // The bad file is kept for the user, under another name; nothing of it is used.
    const QStringList aside = asideFiles(dir);
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QVERIFY(s.windowGeometry().isEmpty());
    QVERIFY(!s.lastConnection());
    // The program carries on: it can save and read back.
    s.setWindowLanguage(QStringLiteral("fr"));
    s.sync();
    AppSettings again(path);
    QVERIFY2(again.notice().isEmpty(), qPrintable(again.notice()));
    QCOMPARE(again.windowLanguage(), QStringLiteral("fr"));
}

void TestAppSettings::writesAreBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    {
        AppSettings s(path);
        for (int i = 0; i < 20; ++i)
            s.addRecentFile(QStringLiteral("/tmp/%1.log").arg(i));
        s.setWindowLanguage(QStringLiteral("not a language!"));
        SessionPlan huge; // longer than a connection can be: not written
        SessionSource source;
        source.device = QString(AppSettings::maxPlanLength, QLatin1Char('x'));
        huge.sources = {source};
        s.setLastConnection(huge);
        s.setCurrentPage(99);
        s.sync();
        QCOMPARE(s.recentFiles().size(), AppSettings::maxRecentFiles);
        QCOMPARE(s.recentFiles().first(), QStringLiteral("/tmp/19.log"));
    }
    // What was written is what the reader accepts: no set-aside on the next start.
    AppSettings s(path);
    QVERIFY2(s.notice().isEmpty(), qPrintable(s.notice()));
    QVERIFY(s.windowLanguage().isEmpty());
    QVERIFY(!s.lastConnection());
    QCOMPARE(s.currentPage(), AppSettings::pageCount - 1);
}

void TestAppSettings::reset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BankScope.conf"));
    {
        AppSettings s(path);
        s.setPlanFolder(QStringLiteral("/plans"));
        s.sync();
    }
    AppSettings s(path);
    QCOMPARE(s.planFolder(), QStringLiteral("/plans"));
    s.reset();
    QVERIFY(s.planFolder().isEmpty());
    AppSettings again(path);
    QVERIFY(again.planFolder().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
