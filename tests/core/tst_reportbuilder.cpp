// The commissioning report built headless: golden HTML for the example plans (a change to the
// report shows up here; see tests/data/commissioning/README.md to regenerate), every string through
// the translator, unknown values said to be unknown, user text escaped.

#include "planner.h"
#include "reportbuilder.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/") + name;
}

CommissioningPlan readPlan(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const auto p = PlanJson::parse(f.readAll(), catalogue());
    if (!p)
        qFatal("%s: %s", qPrintable(name), qPrintable(p.error().toString()));
    return *p;
}

ReportBuilder::Options fixedOptions()
{
    ReportBuilder::Options o;
    o.generatedAt = QStringLiteral("2026-11-30T12:30:00Z");
    o.generator = QStringLiteral("BankScope (golden test)");
    return o;
}

// Marks every string of the report's contexts, so a string that bypasses the translator shows.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "CommissioningReport" || c == "CommissioningChecks" || c == "Planner" || c == "Confidence" || c == "CheckStatus")
            return QStringLiteral("\u00ab") + QString::fromUtf8(sourceText) + QStringLiteral("\u00bb");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }
    void golden_data();
    void golden();
    void everyStringIsTranslated();
    void unknownsAndMissingOrders();
    void userTextIsEscaped();
};

void TestReportBuilder::golden_data()
{
    QTest::addColumn<QString>("plan");
    QTest::newRow("3-pack Pylontech on a Deye, verified") << "pylontech-3pack-deye";
    QTest::newRow("2-pack JK-B single master, not verified") << "jk-b-2pack-deye";
    QTest::newRow("Victron GX with 2 CAN BMSs") << "victron-gx-2bms";
    QTest::newRow("mixed US3000C + US2000C on a Growatt SPF") << "mixed-us3000c-us2000c";
    // The failover drill's section, from drills run by bankscope-cli drill against bankscope-sim.
    QTest::newRow("3-pack Pylontech, drill passed") << "pylontech-3pack-deye-drilled";
    QTest::newRow("Victron GX with 2 CAN BMSs, drill passed") << "victron-gx-2bms-drilled";
}

void TestReportBuilder::golden()
{
    QFETCH(QString, plan);
    const QString html = ReportBuilder::html(readPlan(plan + QStringLiteral(".json")), fixedOptions());
    const QString goldenPath = dataPath(plan + QStringLiteral(".report.html"));
    if (qEnvironmentVariableIsSet("BANKSCOPE_REGENERATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(html.toUtf8());
        qInfo("regenerated %s", qPrintable(goldenPath));
        return;
    }
    QFile f(goldenPath);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath + QStringLiteral(" is missing (see tests/data/commissioning/README.md)")));
    const QString golden = QString::fromUtf8(f.readAll());
    if (html != golden) {
        // Name the first line that differs, so the change can be judged.
        const QStringList a = html.split(QLatin1Char('\n'));
        const QStringList b = golden.split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i)) {
                QFAIL(qPrintable(QStringLiteral("the report changed at line %1:\n  golden: %2\n  now:    %3\n"
                                                "If the change is meant, regenerate the golden files (tests/data/commissioning/README.md).")
                                     .arg(i + 1)
                                     .arg(b.value(i).left(300), a.value(i).left(300))));
            }
        }
    }
}

void TestReportBuilder::everyStringIsTranslated()
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    ReportBuilder::Options options = fixedOptions();
    options.language = QStringLiteral("xx");
    const QString html = ReportBuilder::html(readPlan(QStringLiteral("pylontech-3pack-deye.json")), options);
    QCoreApplication::removeTranslator(&marker);
    QVERIFY(html.contains(QStringLiteral("<html lang=\"xx\">")));
    for (const char *s : {"\u00abBattery bank commissioning report\u00bb", "\u00abBank map\u00bb", "\u00abReadings at hand-over\u00bb",
                          "\u00abChecks and results\u00bb", "\u00abSignature\u00bb", "\u00abPASS\u00bb", "\u00abdocumented\u00bb",
                          "\u00ab%1 answers at %2.\u00bb", "\u00abThe inverter talks to the master (%1) only"}) {
        // Translated strings keep their placeholders in the marker; the arguments are filled in.
        QString needle = QString::fromUtf8(s);
        needle.replace(QStringLiteral("%1 answers at %2."), QStringLiteral("P1 answers at 0x02."));
        needle.replace(QStringLiteral("(%1)"), QStringLiteral("(P1)"));
        QVERIFY2(html.contains(needle), s);
    }
    // The English texts are gone: nothing bypassed the translator.
    QVERIFY(!html.contains(QStringLiteral(">Bank map<")));
    QVERIFY(!html.contains(QStringLiteral(">Sources and confidence<")));
}

void TestReportBuilder::unknownsAndMissingOrders()
{
    PlanRequest r;
    r.batteries = {{*Planner::batteryRef(QStringLiteral("other:Felicity LPBF48100"), catalogue()), 2}};
    r.inverter = {QStringLiteral("other"), QStringLiteral("Must PV1800")};
    const CommissioningPlan p = *Planner::plan(r, catalogue());
    const QString html = ReportBuilder::html(p, fixedOptions());
    QVERIFY(html.contains(QStringLiteral("unknown \u2014 see its manual")));
    QVERIFY(html.contains(QStringLiteral("Must PV1800 <i>(not in the catalogue)</i>")));
    QVERIFY(html.contains(QStringLiteral("NOT ENTERED")));
    QVERIFY(html.contains(QStringLiteral("not verified with BankScope")));
    QVERIFY(html.contains(QStringLiteral("No readings were recorded at hand-over.")));
    // No invented value: an unknown fact never shows a confidence badge of its own.
    QVERIFY(!html.contains(QStringLiteral("unknown \u2014 see its manual</i> <span")));
}

void TestReportBuilder::userTextIsEscaped()
{
    CommissioningPlan p = readPlan(QStringLiteral("jk-b-2pack-deye.json"));
    p.site = QStringLiteral("<b>Shop</b> & \"Co\"");
    p.packs[0].serial = QStringLiteral("<script>");
    const QString html = ReportBuilder::html(p, fixedOptions());
    QVERIFY(!html.contains(QStringLiteral("<b>Shop</b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Shop&lt;/b&gt; &amp; &quot;Co&quot;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
