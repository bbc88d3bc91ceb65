// A clone of this repository must build and pass its tests with nothing beside it: no build
// file, script or test may reach outside the repository (the fact sheets the project was
// written from live in a folder beside the developers' checkout, which a user's clone lacks;
// every frame and capture a test uses is copied under tests/data/ with its public origin).

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestSelfContained : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingReachesOutside_data();
    void nothingReachesOutside();
    void testDataNamesItsOrigin();
};

namespace {

const QString root = QStringLiteral(BANKSCOPE_SOURCE_DIR);

bool isBuildFile(const QString &relative)
{
    static const QStringList suffixes = {QStringLiteral(".txt"), QStringLiteral(".cmake"), QStringLiteral(".sh"),
                                         QStringLiteral(".cpp"), QStringLiteral(".h"), QStringLiteral(".py"),
                                         QStringLiteral(".json")};
    if (relative == QLatin1String("dev.sh") || relative == QLatin1String(".ci/run"))
        return true;
    for (const QString &s : suffixes)
        if (relative.endsWith(s))
            return true;
    return false;
}

} // namespace

void TestSelfContained::nothingReachesOutside_data()
{
    QTest::addColumn<QString>("relative");
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int rows = 0;
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (relative.startsWith(QLatin1String(".git/")) || relative.startsWith(QLatin1String("build"))
            || relative.startsWith(QLatin1String("tests/data/")) || !isBuildFile(relative))
            continue;
        QTest::newRow(qPrintable(relative)) << relative;
        ++rows;
    }
    QVERIFY2(rows > 50, "the source tree was not found");
}

void TestSelfContained::nothingReachesOutside()
{
    QFETCH(QString, relative);
    QFile f(root + QLatin1Char('/') + relative);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    // Spelled in pieces so that this file does not match itself.
    const QList<QByteArray> outside = {QByteArray("../") + "shared", QByteArray("SHARED_") + "PROTOCOLS",
                                       QByteArray("/work/") + "shared", QByteArray("PROJECT_SOURCE_DIR}/") + ".."};
    for (const QByteArray &needle : outside) {
        const qsizetype at = text.indexOf(needle);
        if (at >= 0) {
            const int line = int(text.left(at).count('\n')) + 1;
            QFAIL(qPrintable(QStringLiteral("%1:%2 refers to '%3', outside the repository")
                                 .arg(relative)
                                 .arg(line)
                                 .arg(QString::fromLatin1(needle))));
        }
    }
}

void TestSelfContained::testDataNamesItsOrigin()
{
    // Every frame file says where it comes from in its first lines (a '#' comment), or a README
    // in its folder does.
    QDirIterator it(root + QStringLiteral("/tests/data"), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!(path.endsWith(QLatin1String(".txt")) || path.endsWith(QLatin1String(".hex")) || path.endsWith(QLatin1String(".log"))))
            continue;
        ++files;
        if (QFile::exists(QFileInfo(path).absolutePath() + QStringLiteral("/README.md")))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(2048);
        QVERIFY2(head.startsWith('#'), qPrintable(path + QStringLiteral(": no header naming its origin")));
        QVERIFY2(head.contains('/') || head.contains("http"), qPrintable(path + QStringLiteral(": the header names no public source")));
    }
    QVERIFY(files >= 4);
}

QTEST_GUILESS_MAIN(TestSelfContained)
#include "tst_selfcontained.moc"
