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
    AppSettings::Connection c;
    c.kind = QStringLiteral("serial");
    c.port = QStringLiteral("/dev/ttyUSB0");
    c.identity = QStringLiteral("/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0");
    c.protocol = QStringLiteral("pylontech-rs485");
    c.baud = 9600;
    c.role = QStringLiteral("auto");
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
        s.sync();
    }
    AppSettings s(path);
    QVERIFY2(s.notice().isEmpty(), qPrintable(s.notice()));
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
    QCOMPARE(s.lastConnection(), AppSettings::Connection{});
}

void TestAppSettings::hostileFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason"); // a word of the notice

    QTest::newRow("geometry as text") << QByteArray("[window]\ngeometry=hello\n") << QStringLiteral("window state");
    QTest::newRow("language not a code") << QByteArray("[language]\nwindow=\"../../etc\"\n") << QStringLiteral("language");
    QTest::newRow("baud not a number") << QByteArray("[connection]\nbaud=fast\n") << QStringLiteral("baud");
    QTest::newRow("baud huge") << QByteArray("[connection]\nbaud=99999999999999999999\n") << QStringLiteral("baud");
    QTest::newRow("baud negative") << QByteArray("[connection]\nbaud=-9600\n") << QStringLiteral("baud");
    QTest::newRow("bitrate huge") << QByteArray("[connection]\nbitrate=2000000000\n") << QStringLiteral("bit rate");
    QTest::newRow("unknown role") << QByteArray("[connection]\nrole=emulate\n") << QStringLiteral("role");
    QTest::newRow("unknown kind") << QByteArray("[connection]\nkind=telnet\n") << QStringLiteral("kind");
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
    QCOMPARE(s.lastConnection(), AppSettings::Connection{});
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
        AppSettings::Connection c;
        c.kind = QStringLiteral("telnet");
        c.baud = 1 << 30;
        s.setLastConnection(c);
        s.sync();
        QCOMPARE(s.recentFiles().size(), AppSettings::maxRecentFiles);
        QCOMPARE(s.recentFiles().first(), QStringLiteral("/tmp/19.log"));
    }
    // What was written is what the reader accepts: no set-aside on the next start.
    AppSettings s(path);
    QVERIFY2(s.notice().isEmpty(), qPrintable(s.notice()));
    QVERIFY(s.windowLanguage().isEmpty());
    QVERIFY(s.lastConnection().kind.isEmpty());
    QCOMPARE(s.lastConnection().baud, 4000000);
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
