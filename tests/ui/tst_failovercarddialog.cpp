// The failover card in the window (FailoverCardDialog, Workflows > Print a failover card...):
// the commissioning example plan with the installer's confirmation gives a card that fits one
// sheet, is exported as a PDF of at most two pages that poppler reads back (Hausa letters
// included, the English under each step of the unreviewed translation), and is drawn for the
// README; a plan without its stand-in gives no card, the missing field named and nothing to
// print; the window's menu opens the dialog on the plan chosen.

#include "appsettings.h"
#include "catalogue.h"
#include "failovercarddialog.h"
#include "mainwindow.h"
#include "clock.h"
#include "bankmonitor.h"
#include "commissioningplan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject examplePlan(bool confirmed = true)
{
    QFile f(QStringLiteral(BANKSCOPE_TEST_DATA "/commissioning/pylontech-3pack-deye.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject plan = QJsonDocument::fromJson(f.readAll()).object();
    if (!confirmed)
        return plan;
    // The installer confirmed on site that the master is the unit carrying the inverter cable, and
    // the inverter's battery setting: every step of the card prints.
    plan.insert(QStringLiteral("failover"),
                QJsonObject{{QStringLiteral("confirmed"), QJsonArray{QJsonObject{{QStringLiteral("fact"), QStringLiteral("master-by-cable")},
                                                                                 {QStringLiteral("by"), QStringLiteral("A. Okafor")},
                                                                                 {QStringLiteral("at"), QStringLiteral("2026-11-30")}},
                                                                     QJsonObject{{QStringLiteral("fact"), QStringLiteral("inverter-setting")},
                                                                                 {QStringLiteral("by"), QStringLiteral("A. Okafor")},
                                                                                 {QStringLiteral("at"), QStringLiteral("2026-11-30")}}}}});
    return plan;
}

std::optional<CommissioningPlan> parse(const QJsonObject &json, const Catalogue &catalogue)
{
    const auto plan = PlanJson::parse(QJsonDocument(json).toJson(), catalogue);
    if (!plan)
        return std::nullopt;
    return *plan;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        return -1;
    QProcess p;
    p.start(tool, {pdf});
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestFailoverCardDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cardPreviewedExportedAndDrawn_data();
    void cardPreviewedExportedAndDrawn();
    void cardThatDoesNotFitIsNeitherPrintedNorExported();
    void planWithoutStandInGivesNoCard();
    void menuOpensTheDialogOnTheChosenPlan();

private:
    Catalogue m_catalogue = Catalogue::builtIn();
    QTemporaryDir m_dir;
};

void TestFailoverCardDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!examplePlan().isEmpty());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils (pdftotext, pdfinfo) is needed");
}

void TestFailoverCardDialog::cardPreviewedExportedAndDrawn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("confirmed");        // the master-by-cable fact confirmed on site: the chain steps print
    QTest::addColumn<QStringList>("letters");   // in the PDF's text
    QTest::addColumn<bool>("englishBeside");    // an unreviewed translation prints the English too
    QTest::newRow("English, confirmed") << QStringLiteral("en") << true << QStringList{QStringLiteral("STOP"), QStringLiteral("+234 803 555 0101")}
                                        << false;
    QTest::newRow("Hausa") << QStringLiteral("ha") << false
                           << QStringList{QStringLiteral("ƙ"), QStringLiteral("ɗ"), QStringLiteral("+234 803 555 0101")} << true;
    QTest::newRow("Nigerian Pidgin") << QStringLiteral("pcm") << false << QStringList{QStringLiteral("+234 803 555 0101")} << true;
    // The confirmed nine-step card in an unreviewed translation: the English under each step, one sheet.
    QTest::newRow("Hausa, confirmed") << QStringLiteral("ha") << true << QStringList{QStringLiteral("ƙ"), QStringLiteral("ɗ")} << true;
    QTest::newRow("Yoruba, confirmed") << QStringLiteral("yo") << true << QStringList{QStringLiteral("ẹ"), QStringLiteral("ọ")} << true;
}

void TestFailoverCardDialog::cardPreviewedExportedAndDrawn()
{
    QFETCH(QString, language);
    QFETCH(bool, confirmed);
    QFETCH(QStringList, letters);
    QFETCH(bool, englishBeside);
    const auto plan = parse(examplePlan(confirmed), m_catalogue);
    QVERIFY(plan);
    AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
    FailoverCardDialog dialog(*plan, m_catalogue, &settings);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    dialog.setLanguage(language);
    QCOMPARE(settings.printLanguage(), language); // remembered, apart from the window's language
    dialog.resize(1200, 820);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.preview()->updatePreview();
    QTRY_VERIFY(dialog.layout().sides > 0);
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    QVERIFY(dialog.grab().save(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/failover-card-dialog-%1.png").arg(language)));
    QVERIFY2(dialog.layout().fits(), qPrintable(QString::number(dialog.layout().sides)));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("cardNote"))->text();
    QCOMPARE(note.contains(QLatin1String("not reviewed")), englishBeside);
    QCOMPARE(note.contains(QLatin1String("ask your installer")), !confirmed);

    const QString pdf = m_dir.filePath(QStringLiteral("card-%1.pdf").arg(language));
    QString error;
    QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf).simplified(); // pdftotext breaks lines where the card does
    for (const QString &l : letters)
        QVERIFY2(text.contains(l), qPrintable(l));
    // The step in English: the card's own language in English, or under an unreviewed translation's step.
    QVERIFY(text.contains(QLatin1String("Switch P1 off at its power switch")));
    QCOMPARE(text.contains(QLatin1String("Isolation order")), language == QLatin1String("en"));
}

void TestFailoverCardDialog::cardThatDoesNotFitIsNeitherPrintedNorExported()
{
    // A site whose isolation order runs to forty steps: the order is never cut or shrunk, so the
    // card needs more than one sheet. The dialog shows it with what overflows, says so, and offers
    // neither Print nor Export (bankscope-cli refuses it too).
    QJsonObject json = examplePlan(true);
    QJsonObject order = json.value(QStringLiteral("isolation_order")).toObject();
    QJsonArray steps;
    for (int i = 1; i <= 40; ++i)
        steps.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("Open the string breaker of array %1 at the combiner box").arg(i)},
                                 {QStringLiteral("breaker"), QStringLiteral("F%1").arg(i)}});
    order.insert(QStringLiteral("steps"), steps);
    json.insert(QStringLiteral("isolation_order"), order);
    const auto plan = parse(json, m_catalogue);
    QVERIFY(plan);
    FailoverCardDialog dialog(*plan, m_catalogue, nullptr);
    dialog.setLanguage(QStringLiteral("ha"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.preview()->updatePreview();
    QTRY_VERIFY(dialog.layout().sides > 0);
    QVERIFY(!dialog.layout().fits());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cardStatus"))->text().contains(QLatin1String("Does not fit")));
    QString error;
    QVERIFY(!dialog.exportPdf(m_dir.filePath(QStringLiteral("overflow.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void TestFailoverCardDialog::planWithoutStandInGivesNoCard()
{
    QJsonObject json = examplePlan();
    json.remove(QStringLiteral("stand_ins"));
    const auto plan = parse(json, m_catalogue);
    QVERIFY(plan);
    FailoverCardDialog dialog(*plan, m_catalogue, nullptr);
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY2(dialog.problem().contains(QLatin1String("stand")), qPrintable(dialog.problem()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cardNote"))->text().contains(QLatin1String("No card for this plan")));
    QVERIFY(dialog.html().isEmpty());
    QString error;
    QVERIFY(!dialog.exportPdf(m_dir.filePath(QStringLiteral("none.pdf")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}

void TestFailoverCardDialog::menuOpensTheDialogOnTheChosenPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("site.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(examplePlan()).toJson());
    }
    ManualClock clock;
    BankMonitor monitor(clock, BankConfig());
    MainWindow window(monitor, QStringLiteral("test"));
    AppSettings settings(m_dir.filePath(QStringLiteral("settings-menu.ini")));
    window.setWorkflowServices(&m_catalogue, &settings);
    window.setFileChooser([path](MainWindow::FileChoice, const QString &) { return path; });
    window.show();
    QVERIFY(window.failoverCardAction()->isEnabled());
    QCOMPARE(window.failoverCardAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    window.failoverCardAction()->trigger();
    QTRY_VERIFY(window.findChild<FailoverCardDialog *>() != nullptr);
    auto *dialog = window.findChild<FailoverCardDialog *>();
    QVERIFY(dialog->problem().isEmpty());
    dialog->close();
}

QTEST_MAIN(TestFailoverCardDialog)
#include "tst_failovercarddialog.moc"
