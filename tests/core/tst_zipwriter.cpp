// ZipWriter against the readers people will open its archives with: Python's zipfile (which checks
// every CRC-32 and size as it reads) and Info-ZIP's unzip -t. Names, sizes, CRCs and the bytes of
// every entry are compared with what was written: text and binary, stored and deflated, an empty
// file, files over 4 MB, UTF-8 names; refused names and outputs as rows too.

#include "zipwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {-1, {}, "cannot start " + program.toUtf8()};
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Debian's python3 (not a virtualenv's first on PATH): zipfile reads every entry, checking its CRC.
const char *kReadBack = R"(
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    out = []
    for i in z.infolist():
        data = z.read(i)  # raises BadZipFile on a CRC or size mismatch
        out.append({"name": i.filename, "size": i.file_size, "crc": i.CRC, "method": i.compress_type,
                    "utf8": bool(i.flag_bits & 0x800), "sha256": hashlib.sha256(data).hexdigest(),
                    "mode": (i.external_attr >> 16) & 0o777})
    print(json.dumps(out))
)";

QByteArray sample(const QByteArray &kind)
{
    if (kind == "empty")
        return {};
    if (kind == "text")
        return QByteArray("(1764590000.000000) ttyUSB0 RX 7E32303032343630303730\n").repeated(40);
    if (kind == "binary-5MB") {
        QByteArray b(5 * 1024 * 1024 + 7, Qt::Uninitialized);
        QRandomGenerator rng(22);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
        return b;
    }
    if (kind == "text-6MB") {
        QByteArray b;
        for (int i = 0; b.size() < 6 * 1024 * 1024; ++i)
            b += "(" + QByteArray::number(1764590000.0 + i * 0.01, 'f', 6) + ") can0 351#" + QByteArray::number(i % 9999).rightJustified(4, '0')
                + "1E0E1D8201D8\n";
        return b;
    }
    return kind;
}

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crc32_data();
    void crc32();
    void readBack_data();
    void readBack();
    void streamedFromAFile();
    void badNames_data();
    void badNames();
    void outputNotWritable();

private:
    QString m_python;
    QString m_unzip;
};

void TestZipWriter::initTestCase()
{
    m_python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    QVERIFY2(!m_python.isEmpty(), "python3 is needed to read the archives back (./dev.sh test installs it)");
    QVERIFY2(!m_unzip.isEmpty(), "Info-ZIP unzip is needed to test the archives (./dev.sh test installs it)");
}

void TestZipWriter::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // CRC-32/ISO-HDLC check value (the catalogue of parametrised CRC algorithms), and two known ones.
    QTest::newRow("check value 123456789") << QByteArray("123456789") << quint32(0xCBF43926);
    QTest::newRow("empty") << QByteArray() << quint32(0);
    QTest::newRow("one zero byte") << QByteArray(1, '\0') << quint32(0xD202EF8D);
}

void TestZipWriter::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(ZipWriter::crc32(data.constData(), data.size()), crc);
    // Continued over two halves, the same value.
    const qsizetype half = data.size() / 2;
    QCOMPARE(ZipWriter::crc32(data.constData() + half, data.size() - half, ZipWriter::crc32(data.constData(), half)), crc);
}

void TestZipWriter::readBack_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");
    QTest::addColumn<int>("method");
    const int deflated = int(ZipWriter::Method::Deflated);
    const int stored = int(ZipWriter::Method::Stored);
    QTest::newRow("text, deflated") << QStringList{QStringLiteral("MANIFEST.txt")} << QList<QByteArray>{sample("text")} << deflated;
    QTest::newRow("text, stored") << QStringList{QStringLiteral("MANIFEST.txt")} << QList<QByteArray>{sample("text")} << stored;
    QTest::newRow("empty file, deflated") << QStringList{QStringLiteral("events.csv")} << QList<QByteArray>{sample("empty")} << deflated;
    QTest::newRow("empty file, stored") << QStringList{QStringLiteral("events.csv")} << QList<QByteArray>{sample("empty")} << stored;
    QTest::newRow("binary over 4 MB, deflated") << QStringList{QStringLiteral("recordings/noise.bin")} << QList<QByteArray>{sample("binary-5MB")} << deflated;
    QTest::newRow("binary over 4 MB, stored") << QStringList{QStringLiteral("recordings/noise.bin")} << QList<QByteArray>{sample("binary-5MB")} << stored;
    QTest::newRow("recording over 4 MB, deflated") << QStringList{QStringLiteral("recordings/site.log")} << QList<QByteArray>{sample("text-6MB")} << deflated;
    QTest::newRow("UTF-8 names") << QStringList{QStringLiteral("recordings/ɗakin batir ẹ̀rọ.log"), QStringLiteral("plan-Ọ̀yọ́ ṣ ị ụ.json"), QStringLiteral("é.txt")}
                                 << QList<QByteArray>{sample("text"), "{}", "x"} << deflated;
    QTest::newRow("several files and folders") << QStringList{QStringLiteral("MANIFEST.txt"), QStringLiteral("manifest.json"), QStringLiteral("a/b/c.csv"),
                                                              QStringLiteral("empty"), QStringLiteral("z.bin")}
                                               << QList<QByteArray>{sample("text"), "{\"files\": []}\n", "pack,cell,mV\r\nP1,1,3301\r\n", {}, QByteArray(1000, '\xff')}
                                               << deflated;
}

void TestZipWriter::readBack()
{
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);
    QFETCH(int, method);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    const QDateTime when(QDate(2026, 12, 1), QTime(13, 40, 10));
    for (int i = 0; i < names.size(); ++i)
        QVERIFY2(zip.add(names[i], contents[i], when, ZipWriter::Method(method)), qPrintable(zip.errorString()));
    QVERIFY(zip.finish());
    QCOMPARE(zip.error(), ZipWriter::Error::NoError);
    file.close();

    const Run py = run(m_python, {QStringLiteral("-c"), QString::fromUtf8(kReadBack), path});
    QVERIFY2(py.exitCode == 0, py.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(py.out).array();
    QCOMPARE(entries.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        QCOMPARE(e[QStringLiteral("name")].toString(), names[i]);
        QCOMPARE(qint64(e[QStringLiteral("size")].toDouble()), qint64(contents[i].size()));
        QCOMPARE(quint32(e[QStringLiteral("crc")].toDouble()), ZipWriter::crc32(contents[i].constData(), contents[i].size()));
        QCOMPARE(e[QStringLiteral("sha256")].toString().toLatin1(), QCryptographicHash::hash(contents[i], QCryptographicHash::Sha256).toHex());
        QVERIFY(e[QStringLiteral("utf8")].toBool());
        QCOMPARE(e[QStringLiteral("mode")].toInt(), 0644);
        const int expected = method == int(ZipWriter::Method::Deflated) && ZipWriter::deflateAvailable() ? 8 : 0;
        QCOMPARE(e[QStringLiteral("method")].toInt(), expected);
        QCOMPARE(zip.entries()[i].size, quint64(contents[i].size()));
    }
    if (method == int(ZipWriter::Method::Deflated) && ZipWriter::deflateAvailable() && contents.first().size() > 1000
        && !QByteArray(QTest::currentDataTag()).startsWith("binary"))
        QVERIFY(zip.entries().first().compressedSize < zip.entries().first().size / 2); // text compresses

    // Python's own test of the archive, and Info-ZIP's.
    const Run t = run(m_python, {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path});
    QVERIFY2(t.exitCode == 0, QByteArray(t.out + t.err).constData());
    const Run u = run(m_unzip, {QStringLiteral("-t"), path});
    QVERIFY2(u.exitCode == 0, QByteArray(u.out + u.err).constData());
    QVERIFY2(u.out.contains("No errors detected"), u.out.constData());
    // unzip -l lists the date and time the entries were given (DOS time, 2 s resolution).
    const Run l = run(m_unzip, {QStringLiteral("-l"), path});
    QVERIFY2(l.out.contains("2026-12-01 13:40") || l.out.contains("12-01-2026 13:40"), l.out.constData());
}

void TestZipWriter::streamedFromAFile()
{
    // A recording copied from its file, up to the size it had when the bundle began.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("site.log"));
    const QByteArray text = sample("text-6MB");
    QFile s(source);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(text);
    s.close();
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    const qint64 cut = 4 * 1024 * 1024 + 3;
    QVERIFY(zip.add(QStringLiteral("recordings/site.log"), &s, cut));
    QVERIFY(zip.finish());
    file.close();
    const Run py = run(m_python, {QStringLiteral("-c"), QString::fromUtf8(kReadBack), path});
    QVERIFY2(py.exitCode == 0, py.err.constData());
    const QJsonObject e = QJsonDocument::fromJson(py.out).array().first().toObject();
    QCOMPARE(qint64(e[QStringLiteral("size")].toDouble()), cut);
    QCOMPARE(e[QStringLiteral("sha256")].toString().toLatin1(), QCryptographicHash::hash(text.left(cut), QCryptographicHash::Sha256).toHex());
}

void TestZipWriter::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ZipWriter::Error>("error");
    QTest::newRow("empty") << QString() << ZipWriter::Error::BadName;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << ZipWriter::Error::BadName;
    QTest::newRow("climbs out") << QStringLiteral("recordings/../../x") << ZipWriter::Error::BadName;
    QTest::newRow("backslash") << QStringLiteral("recordings\\site.log") << ZipWriter::Error::BadName;
    QTest::newRow("control character") << QStringLiteral("a\nb") << ZipWriter::Error::BadName;
    QTest::newRow("twice") << QStringLiteral("cells.csv") << ZipWriter::Error::Duplicate;
}

void TestZipWriter::badNames()
{
    QFETCH(QString, name);
    QFETCH(ZipWriter::Error, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    QVERIFY(zip.add(QStringLiteral("cells.csv"), "pack,cell,mV\r\n"));
    QVERIFY(!zip.add(name, "x"));
    QCOMPARE(zip.error(), error);
    QVERIFY(!zip.errorString().isEmpty());
    // The refused name left the archive whole: it goes on and reads back with one entry more.
    QVERIFY(zip.add(QStringLiteral("bank.json"), "{}"));
    QVERIFY(zip.finish());
    file.close();
    const Run t = run(m_python, {QStringLiteral("-c"), QString::fromUtf8(kReadBack), path});
    QVERIFY2(t.exitCode == 0, t.err.constData());
    QCOMPARE(QJsonDocument::fromJson(t.out).array().size(), 2);
}

void TestZipWriter::outputNotWritable()
{
    QBuffer closed;
    ZipWriter zip(&closed);
    QVERIFY(!zip.add(QStringLiteral("a.txt"), "a"));
    QCOMPARE(zip.error(), ZipWriter::Error::NotWritable);
    QVERIFY(!zip.finish());

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter done(&buffer);
    QVERIFY(done.finish());
    QVERIFY(!done.add(QStringLiteral("late.txt"), "late"));
    QCOMPARE(done.error(), ZipWriter::Error::Finished);
    // An archive with no entries is the 22-byte end record alone.
    QCOMPARE(buffer.data().size(), 22);
    QVERIFY(buffer.data().startsWith("PK\x05\x06"));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
