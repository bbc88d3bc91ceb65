// The failover card's content, built headless: everything the issue lists is on it for each
// architecture, nothing unverified is printed as a step, no text is smaller than 12 pt and the STOP
// box is 20 pt, every string goes through the card's two translation contexts, an unreviewed
// language carries the English under each step, user text is escaped; the translation review list.

#include "failovercard.h"
#include "planner.h"
#include "translationreviews.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {

const Catalogue &catalogue()
{
    static const Catalogue c = Catalogue::builtIn();
    return c;
}

CommissioningPlan planned(const QString &battery, int count, const QString &inverter)
{
    PlanRequest r;
    r.batteries = {{*Planner::batteryRef(battery, catalogue()), count}};
    r.inverter = *Planner::inverterRef(inverter, catalogue());
    r.site = QStringLiteral("Kano clinic");
    r.installer = QStringLiteral("Musa Bello");
    r.phone = QStringLiteral("+234 806 555 0147");
    r.isolationOrder = Planner::parseOrder(QStringLiteral("Switch the inverter off [INV-1]; Open the battery DC breaker [Q2]"));
    r.powerUpOrder = Planner::parseOrder(QStringLiteral("Close the battery DC breaker [Q2]; Switch the inverter on [INV-1]"));
    r.created = QStringLiteral("2026-12-01T10:00:00Z");
    const auto p = Planner::plan(r, catalogue());
    if (!p)
        qFatal("%s", qPrintable(p.error().toString()));
    return *p;
}

void confirm(CommissioningPlan &plan, const QStringList &facts)
{
    QJsonArray list;
    for (const QString &f : facts)
        list.append(QJsonObject{{QStringLiteral("fact"), f}});
    plan.failover.insert(QStringLiteral("confirmed"), list);
}

QString card(const CommissioningPlan &plan, const FailoverCardBuilder::Options &options = {})
{
    const auto r = FailoverPlanner::plan(plan, catalogue());
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return FailoverCardBuilder::html(plan, *r, options);
}

// Marks every string of the card's contexts; anything else it leaves alone.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "FailoverCard" || c == "FailoverSteps")
            return QStringLiteral("\u00ab") + QString::fromUtf8(sourceText) + QStringLiteral("\u00bb");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString visibleText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<head>.*</head>"), QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return html.simplified();
}

} // namespace

class TestFailoverCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }
    void content_data();
    void content();
    void fontSizes();
    void unverifiedIsNoStep();
    void everyStringIsTranslated();
    void unreviewedCarriesEnglish();
    void userTextIsEscaped();
    void reviews_data();
    void reviews();
};

void TestFailoverCard::content_data()
{
    QTest::addColumn<QString>("battery");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("inverter");
    QTest::addColumn<QStringList>("facts");
    QTest::addColumn<QStringList>("must");
    const QStringList common{QStringLiteral("Musa Bello"), QStringLiteral("+234 806 555 0147"), QStringLiteral("Kano clinic"), QStringLiteral("STOP"),
                             QStringLiteral("Switching the inverter off does NOT make the battery safe"), QStringLiteral("Isolation order"),
                             QStringLiteral("Open the battery DC breaker"), QStringLiteral("[Q2]"), QStringLiteral("Bank map"),
                             QStringLiteral("What you see → what to do"), QStringLiteral("Power-up order"), QStringLiteral("Have ready when you call"),
                             QStringLiteral("the inverter's alarm code"), QStringLiteral("when you first noticed it"),
                             QStringLiteral("Stop and call your installer when")};
    QTest::newRow("Pylontech on a Growatt SPF, confirmed")
        << "pylontech-us3000c" << 3 << "growatt-spf" << QStringList{QLatin1String(FailoverFacts::kMasterByCable)}
        << common + QStringList{QStringLiteral("If the master P1 fails: make P2 the master"), QStringLiteral("MASTER"), QStringLiteral("STAND-IN"),
                                QStringLiteral("Plug that inverter cable into P2's CAN socket"), QStringLiteral("→ Looks different? Stop, change nothing more"),
                                QStringLiteral("The inverter cuts its output"), QStringLiteral("Battery type LI; protocol L52"),
                                QStringLiteral("recharge within 12 h"), QStringLiteral("No switch makes a master: change no other switch."), QStringLiteral("The red ALM light")};
    QTest::newRow("JK-PB on a Deye, nothing confirmed")
        << "jk-pb" << 2 << "deye-sun-sg" << QStringList{}
        << common + QStringList{QStringLiteral("Unplug both pack-bus cables from P1"), QStringLiteral("Ask your installer about making P2 the master"),
                                QStringLiteral("BMS_Err_Stop"), QStringLiteral("JK packs have no fault light"),
                                QStringLiteral("no maker gives a time limit")};
    QTest::newRow("Force-H2: call the installer") << "pylontech-force-h2" << 2 << "deye-sun-sg" << QStringList{}
                                                  << common + QStringList{QStringLiteral("Call Musa Bello now on +234 806 555 0147"),
                                                                          QStringLiteral("Never use the black start")};
    QTest::newRow("Victron GX") << "can-bms-victron" << 2 << "victron-gx" << QStringList{}
                                << common + QStringList{QStringLiteral("If a battery fails"), QStringLiteral("On the GX screen"),
                                                        QStringLiteral("Ask your installer about whether the system carries on"),
                                                        QStringLiteral("shuts down after about 5 minutes"), QStringLiteral("(second-hand)")};
}

void TestFailoverCard::content()
{
    QFETCH(QString, battery);
    QFETCH(int, count);
    QFETCH(QString, inverter);
    QFETCH(QStringList, facts);
    QFETCH(QStringList, must);
    CommissioningPlan plan = planned(battery, count, inverter);
    confirm(plan, facts);
    const QString text = visibleText(card(plan));
    for (const QString &m : std::as_const(must))
        QVERIFY2(text.contains(m.toHtmlEscaped()) || text.contains(m), qPrintable(m + QStringLiteral("\n---\n") + text));
}

void TestFailoverCard::fontSizes()
{
    CommissioningPlan plan = planned(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("deye-sun-sg"));
    confirm(plan, {QLatin1String(FailoverFacts::kMasterByCable)});
    FailoverCardBuilder::Options o;
    o.language = QStringLiteral("ha");
    o.reviewed = false;
    const QString html = card(plan, o);
    // With a translator, the unreviewed card carries its English lines too.
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    const QString glossed = card(plan, o);
    QCoreApplication::removeTranslator(&marker);
    QVERIFY(glossed.contains(QStringLiteral("<span lang=\"en\"")));
    // Every size the card asks for is at least the body size, but for the English under an
    // unreviewed translation (lang="en", at least kGlossPt); nothing is sized in other units.
    QRegularExpression size(QStringLiteral("(<span lang=\"en\" style=\")?font-size:\\s*([0-9.]+)(pt|px|em|%)"));
    int sizes = 0;
    for (auto it = size.globalMatch(html + glossed); it.hasNext();) {
        const auto m = it.next();
        QCOMPARE(m.captured(3), QStringLiteral("pt"));
        const bool gloss = !m.captured(1).isEmpty();
        QVERIFY2(m.captured(2).toDouble() >= (gloss ? FailoverCardBuilder::kGlossPt : FailoverCardBuilder::kBodyPt), qPrintable(m.captured(0)));
        ++sizes;
    }
    QVERIFY(sizes > 20);
    QVERIFY(!html.contains(QStringLiteral("<small")));
    QVERIFY(!html.contains(QStringLiteral("<sup")));
    // The STOP box: 20 pt.
    const QRegularExpression stop(QStringLiteral("<td style=\"font-size: ([0-9.]+)pt; font-weight: bold;\"><span style=\"background-color: #000000; color: #ffffff;\">&nbsp;STOP&nbsp;</span> Switching"));
    const auto m = stop.match(html);
    QVERIFY(m.hasMatch());
    QVERIFY(m.captured(1).toDouble() >= FailoverCardBuilder::kStopPt);
}

void TestFailoverCard::unverifiedIsNoStep()
{
    // Not confirmed: the step that moves the master onto P2 is not printed, "ask your installer" is.
    CommissioningPlan plan = planned(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("deye-sun-sg"));
    QString text = visibleText(card(plan));
    QVERIFY(!text.contains(QStringLiteral("Plug that inverter cable into P2")));
    QVERIFY(!text.contains(QStringLiteral("switches 2, 3, 4")));
    QVERIFY(text.contains(QStringLiteral("Ask your installer about which unit becomes master when the inverter cable moves")));
    QVERIFY(text.contains(QStringLiteral("Stop here and call Musa Bello on +234 806 555 0147")));
    // The Deye's "Lithium Mode 00" is second-hand: not printed as the setting to make.
    QVERIFY(!text.contains(QStringLiteral("Lithium Mode 00")));
    QVERIFY(text.contains(QStringLiteral("Inverter battery setting: ask your installer")));
    // Confirmed: printed.
    confirm(plan, {QLatin1String(FailoverFacts::kMasterByCable), QLatin1String(FailoverFacts::kInverterSetting)});
    text = visibleText(card(plan));
    QVERIFY(text.contains(QStringLiteral("Plug that inverter cable into P2's CAN socket")));
    QVERIFY(text.contains(QStringLiteral("On P2 set switches 2, 3, 4 to OFF OFF OFF (group 0), as on P1.")));
    QVERIFY(text.contains(QStringLiteral("Lithium Mode 00")));
    QVERIFY(!text.contains(QStringLiteral("Ask your installer about")));
}

void TestFailoverCard::everyStringIsTranslated()
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    CommissioningPlan plan = planned(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("growatt-spf"));
    confirm(plan, {QLatin1String(FailoverFacts::kMasterByCable)});
    FailoverCardBuilder::Options o;
    o.language = QStringLiteral("xx");
    const QString text = visibleText(card(plan, o));
    QCoreApplication::removeTranslator(&marker);
    // Every sentence of the card's own is marked; only data (ids, names, the site's orders, numbers,
    // the catalogue's values) stands outside the marks.
    // A translated sentence may carry another translated word as its argument ("what the lights mean:
    // «second-hand»"): the innermost marks go first, until none are left.
    QString outside = text;
    const QRegularExpression innermost(QStringLiteral("\u00ab[^\u00ab\u00bb]*\u00bb"));
    for (qsizetype before = -1; before != outside.size();) {
        before = outside.size();
        outside.remove(innermost);
    }
    for (const QString &data : {QStringLiteral("Kano clinic"), QStringLiteral("Musa Bello"), QStringLiteral("+234 806 555 0147"),
                                QStringLiteral("Switch the inverter off"), QStringLiteral("[INV-1]"), QStringLiteral("Open the battery DC breaker"),
                                QStringLiteral("[Q2]"), QStringLiteral("Close the battery DC breaker"), QStringLiteral("Switch the inverter on"),
                                QStringLiteral("2026")})
        outside.remove(data);
    outside.remove(QRegularExpression(QStringLiteral("\\b(P\\d|\\d+|—|✘|•|______)\\b")));
    outside.remove(QStringLiteral("&nbsp;"));
    outside.remove(QRegularExpression(QStringLiteral("[\\d.—✘•→()_□\\s]")));
    QVERIFY2(outside.isEmpty(), qPrintable(outside + QStringLiteral("\n") + text));
}

void TestFailoverCard::unreviewedCarriesEnglish()
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    CommissioningPlan plan = planned(QStringLiteral("pylontech-us3000c"), 3, QStringLiteral("growatt-spf"));
    confirm(plan, {QLatin1String(FailoverFacts::kMasterByCable)});
    FailoverCardBuilder::Options o;
    o.language = QStringLiteral("xx");
    o.reviewed = false;
    const QString unreviewed = card(plan, o);
    o.reviewed = true;
    const QString reviewed = card(plan, o);
    QCoreApplication::removeTranslator(&marker);
    const QString english = QStringLiteral("Switch P1 off at its power switch. Leave it off.");
    QVERIFY(unreviewed.contains(QStringLiteral("\u00abSwitch %1 off at its power switch. Leave it off.\u00bb").arg(QStringLiteral("P1"))));
    // The English is the second, smaller line of the step's own block, marked as English.
    QVERIFY(unreviewed.contains(QStringLiteral("<span lang=\"en\" style=\"font-size: %1pt; font-style: italic;\">").arg(FailoverCardBuilder::kGlossPt) + english));
    QVERIFY(unreviewed.contains(QStringLiteral("This translation has not been reviewed")));
    QVERIFY(unreviewed.contains(QStringLiteral("Switching the inverter off does NOT make the battery safe")));
    QVERIFY(!reviewed.contains(QStringLiteral("font-style: italic;\">") + english));
    QVERIFY(!reviewed.contains(QStringLiteral("This translation has not been reviewed")));
    // English is its own source: never glossed.
    o.language = QStringLiteral("en");
    o.reviewed = false;
    const QString en = card(plan, o);
    QCOMPARE(en.count(english), 1);
}

void TestFailoverCard::userTextIsEscaped()
{
    CommissioningPlan plan = planned(QStringLiteral("jk-pb"), 2, QStringLiteral("deye-sun-sg"));
    plan.site = QStringLiteral("<b>Shop & Co</b>");
    plan.isolationOrder.steps.append({QStringLiteral("Pull <fuse>"), QStringLiteral("F&1")});
    const QString html = card(plan);
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Shop &amp; Co&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("Pull &lt;fuse&gt;")));
    QVERIFY(html.contains(QStringLiteral("[F&amp;1]")));
    QVERIFY(!html.contains(QStringLiteral("<fuse>")));
}

void TestFailoverCard::reviews_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("reviewed");
    QTest::addColumn<QString>("error"); // part of the first problem, empty: none
    const QByteArray header = "# language | reviewer | date | contexts\n\n";
    QTest::newRow("empty: nothing reviewed") << header << "ha" << false << "";
    QTest::newRow("English needs no review") << header << "en" << true << "";
    QTest::newRow("card contexts reviewed") << header + "ha | Aisha Sani <aisha@example.org> | 2027-01-15 | FailoverCard, FailoverSteps\n" << "ha" << true << "";
    QTest::newRow("only one card context") << header + "yo | Bola Ade | 2027-01-15 | FailoverSteps\n" << "yo" << false << "";
    QTest::newRow("another language") << header + "ig | Chidi Eze | 2027-01-15 | FailoverCard, FailoverSteps\n" << "yo" << false << "";
    QTest::newRow("no reviewer") << header + "ha |  | 2027-01-15 | FailoverCard, FailoverSteps\n" << "ha" << false << "line 3: a review names its reviewer";
    QTest::newRow("bad date") << header + "ha | Aisha Sani | 15/01/2027 | FailoverCard, FailoverSteps\n" << "ha" << false << "line 3: the date";
    QTest::newRow("too few columns") << header + "ha | Aisha Sani\n" << "ha" << false << "line 3: expected";
}

void TestFailoverCard::reviews()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, language);
    QFETCH(bool, reviewed);
    QFETCH(QString, error);
    const TranslationReviews r = TranslationReviews::parse(file);
    QCOMPARE(r.covers(language, TranslationReviews::cardContexts()), reviewed);
    if (error.isEmpty())
        QVERIFY2(r.problems().isEmpty(), qPrintable(r.problems().join(QLatin1Char('\n'))));
    else
        QVERIFY2(!r.problems().isEmpty() && r.problems().first().contains(error), qPrintable(r.problems().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFailoverCard)
#include "tst_failovercard.moc"
