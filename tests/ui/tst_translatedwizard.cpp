// The commissioning wizard in every language it is shipped in (French, Nigerian Pidgin, Hausa,
// Yoruba, Igbo: the wizard is what each of them covers, translations/COVERAGE), walked page by
// page on the three-pack Pylontech scenario as an installer walks it, through the .qm files the
// build compiles. Pictures into the build tree (test-output/wizard-<code>-*.png, and -200 at
// 200 % under tst_translatedwizard_200). The checks: the page titles and the wizard's buttons are
// in the language, and no label, button, group title, combo box or column header is narrower than
// its translated text.

#include "cutshort.h"
#include "testdata.h"
#include "wizardwalk.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>

using namespace WizardWalk;

class TestTranslatedWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();

private:
    Catalogue m_catalogue;
};

void TestTranslatedWizard::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    m_catalogue = Catalogue::builtIn();
}

void TestTranslatedWizard::pages_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"fr", "pcm", "ha", "yo", "ig"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestTranslatedWizard::pages()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(BANKSCOPE_QM_DIR "/bankscope_%1.qm").arg(code)),
             qPrintable(QStringLiteral("bankscope_%1.qm is not built (target bankscope_lrelease)").arg(code)));
    QTranslator qtTranslator; // Qt's own words (Next, Back, Cancel) where Qt has them
    QVERIFY(QApplication::installTranslator(&translator));
    if (qtTranslator.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    const auto cleanup = qScopeGuard([&] {
        QApplication::removeTranslator(&translator);
        QApplication::removeTranslator(&qtTranslator);
    });
    const QString suffix = qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? QStringLiteral("-200") : QString();

    WizardRig rig(ScenarioRig::file(QStringLiteral("commissioning-pylontech-3pack.json")), m_catalogue);
    rig.scanOnce();
    CommissioningWizard &w = rig.wizard;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};

    QStringList problems;
    QStringList titles;
    const auto look = [&](const QString &name) {
        // Twice: a page lays itself out, then fits its scroll area to what it laid out.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString path = TestData::outputPath(QStringLiteral("wizard-%1-%2%3.png").arg(code, name, suffix));
        if (!w.grab().save(path))
            problems << QStringLiteral("cannot save ") + path;
        titles << w.currentPage()->title();
        for (const QString &p : CutShort::find(&w))
            problems << name + QStringLiteral(": ") + p;
    };

    SitePage *sitePage = w.sitePage();
    type(sitePage->siteEdit(), in.site);
    type(sitePage->addressEdit(), QStringLiteral("14 Ring Road, Ibadan"));
    type(sitePage->installerEdit(), in.installer);
    type(sitePage->phoneEdit(), in.phone);
    choose(sitePage->inverterBox(), in.inverter);
    sitePage->isolationEditor()->setSteps(in.isolation);
    sitePage->powerUpEditor()->setSteps(in.powerUp);
    look(QStringLiteral("1-site"));
    next(w, CommissioningWizard::FirmwareId);
    type(w.firmwarePage()->versionEdit(), in.firmware);
    look(QStringLiteral("2-firmware"));
    next(w, CommissioningWizard::BatteryId);
    choose(w.batteryPage()->modelBox(0), QStringLiteral("pylontech-us3000c"));
    w.batteryPage()->countBox(0)->setValue(3);
    look(QStringLiteral("3-batteries"));
    next(w, CommissioningWizard::ArchitectureId);
    look(QStringLiteral("4-architecture"));
    next(w, CommissioningWizard::AddressId);
    AddressPage *a = w.addressPage();
    for (const PackIdentity &id : rig.identities)
        for (const PlanPack &p : w.plan().packs)
            if (p.address == id.address && a->selectPack(p.id))
                type(a->serialEdit(), id.serial);
    QVERIFY(a->selectPack(QStringLiteral("P1")));
    QTest::mouseClick(a->masterConfirmedBox(), Qt::LeftButton, {}, QPoint(4, a->masterConfirmedBox()->height() / 2));
    look(QStringLiteral("5-addresses"));
    next(w, CommissioningWizard::CablingId);
    for (const PlanPack &p : w.plan().packs)
        if (QDoubleSpinBox *box = w.cablingPage()->lengthBox(p.id))
            box->setValue(p.id == QLatin1String("P3") ? 2.5 : 1.0);
    look(QStringLiteral("6-cabling"));
    next(w, CommissioningWizard::InverterSettingsId);
    choose(w.inverterSettingsPage()->commLossValueBox(), QStringLiteral("on"));
    look(QStringLiteral("7-inverter"));
    next(w, CommissioningWizard::VerificationId);
    rig.bank.runFor(2);
    verify(rig, 30);
    look(QStringLiteral("8-verification"));
    next(w, CommissioningWizard::DrillId);
    look(QStringLiteral("9-drill"));
    next(w, CommissioningWizard::SummaryId);
    type(w.summaryPage()->customerEdit(), QStringLiteral("Mrs. F. Adeyemi"));
    look(QStringLiteral("10-summary"));
    QVERIFY(!QTest::currentTestFailed());

    // Each page's title is the language's, not the English.
    const QStringList english{QStringLiteral("Site and inverter"), QStringLiteral("Inverter firmware"),
                              QStringLiteral("Battery models and number of units"), QStringLiteral("The architecture"),
                              QStringLiteral("Master and addresses"), QStringLiteral("Cabling"), QStringLiteral("Inverter settings"),
                              QStringLiteral("Live verification"), QStringLiteral("Failover drill"), QStringLiteral("Summary and sign-off")};
    QCOMPARE(titles.size(), english.size());
    // And its buttons (Qt has no words for them in the Nigerian languages: the wizard's own).
    for (const auto &[which, text] : {std::pair{QWizard::BackButton, "< &Back"}, std::pair{QWizard::NextButton, "&Next >"},
                                      std::pair{QWizard::FinishButton, "&Finish"}, std::pair{QWizard::CancelButton, "Cancel"}})
        QVERIFY2(w.button(which)->text() != QLatin1String(text), text);
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(!titles[i].isEmpty() && !titles[i].contains(english[i]), qPrintable(titles[i]));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 text(s) cut short:\n  ").arg(code).arg(problems.size())
                                            + problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestTranslatedWizard)
#include "tst_translatedwizard.moc"
