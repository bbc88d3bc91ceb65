// Runs the real bankscope-cli report without a display: HTML and PDF (A4 and Letter), the PDF
// rendered with poppler's pdftoppm and checked not blank page by page and of the right paper size,
// its fonts embedded (pdffonts) and its text extractable (pdftotext); the language option; readings
// at hand-over from a recording made of the real Pylontech capture; and bad input.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the report needs no display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(BANKSCOPE_CLI), args);
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString example(const char *name)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/") + QLatin1String(name);
}

// Share of pixels that are not near-white.
double inked(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return double(dark) / double(image.width() * image.height());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void html();
    void pdf_data();
    void pdf();
    void language();
    void readingsFromARecording();
    void badInput_data();
    void badInput();
};

void TestCliReport::initTestCase()
{
    for (const char *t : {"pdftoppm", "pdffonts", "pdftotext"})
        QVERIFY2(!tool(t).isEmpty(), "poppler-utils is missing: ./dev.sh test installs it (apt-get install poppler-utils)");
}

void TestCliReport::html()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.html"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("--plan"), example("pylontech-3pack-deye.json"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(done[QStringLiteral("format")].toString(), QStringLiteral("html"));
    QCOMPARE(done[QStringLiteral("checks")].toInt(), 20);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(html.contains(QLatin1String("Ikeja Medical Clinic")));
    QVERIFY(html.contains(QLatin1String("HPTCR03171112590")));
}

void TestCliReport::pdf_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QSize>("pageAt60dpi");
    QTest::addColumn<QString>("text"); // must be extractable from the PDF
    QTest::newRow("verified Pylontech bank, A4") << "pylontech-3pack-deye.json" << "a4" << QSize(496, 702) << "HPTCR03171112590";
    QTest::newRow("verified Pylontech bank, Letter") << "pylontech-3pack-deye.json" << "letter" << QSize(510, 660) << "Ikeja Medical Clinic";
    QTest::newRow("JK-B single master, A4") << "jk-b-2pack-deye.json" << "a4" << QSize(496, 702) << "not verified with BankScope";
    QTest::newRow("Victron GX, Letter") << "victron-gx-2bms.json" << "letter" << QSize(510, 660) << "Accra guest house";
}

void TestCliReport::pdf()
{
    QFETCH(QString, plan);
    QFETCH(QString, paper);
    QFETCH(QSize, pageAt60dpi);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("--plan"), example(plan.toUtf8().constData()), QStringLiteral("--paper"), paper,
                       QStringLiteral("--output"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(done[QStringLiteral("paper")].toString(), paper);
    const int pages = done[QStringLiteral("pages")].toInt();
    QVERIFY(pages >= 2 && pages <= 8);

    // Every page rendered, of the paper asked for, and not blank.
    const Run render = run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), out, dir.filePath(QStringLiteral("page"))});
    QVERIFY2(render.exitCode == 0, render.err.constData());
    for (int page = 1; page <= pages; ++page) {
        const QString png = dir.filePath(QStringLiteral("page-%1.png").arg(page));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(qAbs(image.width() - pageAt60dpi.width()) <= 2 && qAbs(image.height() - pageAt60dpi.height()) <= 2);
        QVERIFY2(inked(image) > 0.005, qPrintable(QStringLiteral("page %1 is blank").arg(page)));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("page-%1.png").arg(pages + 1))));
    // Keep the first page for a person to look at.
    QFile::remove(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/report-%1-%2.png").arg(QFileInfo(plan).baseName(), paper));
    QFile::copy(dir.filePath(QStringLiteral("page-1.png")), QStringLiteral(BANKSCOPE_TEST_OUTPUT "/report-%1-%2.png").arg(QFileInfo(plan).baseName(), paper));

    // Fonts embedded: the PDF prints the same on any machine.
    const Run fonts = run(tool("pdffonts"), {out});
    QCOMPARE(fonts.exitCode, 0);
    const QList<QByteArray> rows = fonts.out.split('\n').mid(2);
    int fontRows = 0;
    for (const QByteArray &row : rows) {
        if (row.trimmed().isEmpty())
            continue;
        ++fontRows;
        const QList<QByteArray> cols = row.simplified().split(' ');
        // name type [type...] encoding emb sub uni object ID: "emb" is the 5th from the end.
        QVERIFY2(cols.size() >= 7 && cols[cols.size() - 5] == "yes", row.constData());
    }
    QVERIFY(fontRows >= 1);
    const Run textRun = run(tool("pdftotext"), {out, QStringLiteral("-")});
    QCOMPARE(textRun.exitCode, 0);
    QVERIFY2(QString::fromUtf8(textRun.out).contains(text), qPrintable(text));
    QVERIFY(QString::fromUtf8(textRun.out).contains(QStringLiteral("page 1 of %1").arg(pages)));
}

void TestCliReport::language()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.html"));
    // The shipped French translation is loaded for the report alone.
    const Run fr = cli({QStringLiteral("report"), QStringLiteral("--plan"), example("victron-gx-2bms.json"), QStringLiteral("--lang"), QStringLiteral("fr"),
                        QStringLiteral("-o"), out});
    QVERIFY2(fr.exitCode == 0, fr.err.constData());
    QCOMPARE(QJsonDocument::fromJson(fr.out).object()[QStringLiteral("language")].toString(), QStringLiteral("fr"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<html lang=\"fr\">"));
    // A language without a translation is refused, naming the ones there are.
    const Run xx = cli({QStringLiteral("report"), QStringLiteral("--plan"), example("victron-gx-2bms.json"), QStringLiteral("--lang"), QStringLiteral("xx"),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("xx.html"))});
    QCOMPARE(xx.exitCode, 2);
    QVERIFY2(xx.err.contains("no translation for 'xx' (available: en, fr"), xx.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("xx.html"))));
}

void TestCliReport::readingsFromARecording()
{
    // The real 2-module Pylontech capture (tests/data/pylontech-rs485, origin in its header) as a
    // BankScope recording: the host's requests sent, the stack's answers received.
    QFile capture(QStringLiteral(BANKSCOPE_TEST_DATA "/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log"));
    QVERIFY(capture.open(QIODevice::ReadOnly));
    QByteArray session = "# made from tests/data/pylontech-rs485/pylontech_rs485_2pack_0x42_FF_poll.log\n";
    int frames = 0;
    while (!capture.atEnd()) {
        const QList<QByteArray> cols = capture.readLine().simplified().split(' ');
        if (cols.size() != 3 || cols[0].startsWith('#') || frames > 200)
            continue;
        const double t = 1764590000.0 + cols[0].toDouble();
        session += '(' + QByteArray::number(t, 'f', 6) + ") ttyUSB0 " + (cols[1] == "REQ" ? "TX " : "RX ") + QByteArray(cols[2] + '\r').toHex().toUpper() + '\n';
        ++frames;
    }
    QTemporaryDir dir;
    const QString sessionPath = dir.filePath(QStringLiteral("site.log"));
    QFile s(sessionPath);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(session);
    s.close();
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("--battery"), QStringLiteral("pylontech-us2000c:2"), QStringLiteral("--inverter"),
                  QStringLiteral("deye-sun-sg"), QStringLiteral("-o"), plan})
                 .exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("report.html"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("--plan"), plan, QStringLiteral("--session"), sessionPath, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("handover_packs")].toInt(), 2);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("from site.log")));
    QVERIFY(html.contains(QStringLiteral("address*"))); // a recording carries no serial numbers: said so
    QVERIFY(html.contains(QStringLiteral("<td>49.6")));  // the capture's modules, 49.6-49.7 V

    // A recording with nothing of the plan in it is refused.
    const QString empty = dir.filePath(QStringLiteral("empty.log"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("(1764590000.000000) can0 123#00\n");
    e.close();
    const Run none = cli({QStringLiteral("report"), QStringLiteral("--plan"), plan, QStringLiteral("--session"), empty, QStringLiteral("-o"), out});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains("no reading of any planned pack"));
}

void TestCliReport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString plan = example("jk-b-2pack-deye.json");
    QTest::newRow("no plan") << QStringList{QStringLiteral("-o"), QStringLiteral("OUT.pdf")} << "--plan PLAN.json is required";
    QTest::newRow("no output") << QStringList{QStringLiteral("--plan"), plan} << "--output FILE.pdf or FILE.html";
    QTest::newRow("output of another kind") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("-o"), QStringLiteral("OUT.txt")} << "--output names a .pdf or an .html file";
    QTest::newRow("paper size") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}
                                << "--paper is a4 or letter";
    QTest::newRow("plan missing") << QStringList{QStringLiteral("--plan"), QStringLiteral("/nonexistent/plan.json"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}
                                  << "cannot read /nonexistent/plan.json";
    QTest::newRow("session missing") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--session"), QStringLiteral("/nonexistent/s.log"),
                                                    QStringLiteral("-o"), QStringLiteral("OUT.pdf")}
                                     << "cannot read /nonexistent/s.log";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--colour"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}
                                    << "unknown option '--colour'";
}

void TestCliReport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QStringList a{QStringLiteral("report")};
    for (QString s : arguments)
        a.append(s.replace(QLatin1String("OUT"), dir.filePath(QStringLiteral("report"))));
    const Run r = cli(a);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("bankscope-cli report: ") + message), r.err.constData());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    // A broken plan names the file and the field.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "bankscope-commissioning-plan", "version": 1, "site": []})");
    f.close();
    const Run broken = cli({QStringLiteral("report"), QStringLiteral("--plan"), bad, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains("bad.json: installer: required field is missing"), broken.err.constData());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
