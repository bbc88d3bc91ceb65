// The commissioning wizard's live verification in the window connected to a live bank, wired as
// bankscope's main() wires them (GuiStart composition, MainWindow, WindowWiring): bankscope-sim
// plays a three-module Pylontech bank on a pseudo-terminal (P3 at a lower charge and on other
// firmware), the window connects to it (auto: it listens first, then polls the silent bus and
// reads each module's serial number and firmware), the installer walks the wizard opened from
// Workflows > Commission a bank… typing each unit's serial number from its label, and runs the
// checks: the evidence is the session's (SessionEvidence), so readings are matched to the plan's
// packs by serial number, not by address. A label typed wrong is caught: that unit answers with
// another serial, and its reading is "not measured". The verification page is photographed.

#include "simonpty.h"
#include "../ui/wizardwalk.h"

#include "banksession.h"
#include "catalogue.h"
#include "guistart.h"
#include "mainwindow.h"
#include "sessionevidence.h"
#include "windowwiring.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTest>

using namespace WizardWalk;

namespace {

// bankscope-sim's Pylontech modules carry "HPTBS0" and their address in ten digits on their label.
QString label(int address)
{
    return QStringLiteral("HPTBS0%1").arg(address, 10, 10, QLatin1Char('0'));
}

bool has(const QList<CheckFinding> &findings, const QString &check, const QString &code, const QString &subject, CheckStatus status)
{
    return std::any_of(findings.begin(), findings.end(), [&](const CheckFinding &f) {
        return f.check == check && f.code == code && f.subject == subject && f.status == status;
    });
}

QString dump(const QList<CheckFinding> &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines.append(QStringLiteral("%1|%2|%3|%4  %5").arg(f.check, f.code, f.subject, PlanNames::status(f.status), CommissioningChecks::text(f)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWindowVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readingsAreMatchedBySerialNumber_data();
    void readingsAreMatchedBySerialNumber();

private:
    Catalogue m_catalogue;
};

void TestWindowVerification::initTestCase()
{
    m_catalogue = Catalogue::builtIn();
    QVERIFY(m_catalogue.problems().isEmpty());
}

void TestWindowVerification::readingsAreMatchedBySerialNumber_data()
{
    QTest::addColumn<bool>("wrongLabel"); // P2's serial typed as another unit's
    QTest::newRow("the labels as they are") << false;
    QTest::newRow("P2's label typed wrong") << true;
}

void TestWindowVerification::readingsAreMatchedBySerialNumber()
{
    QFETCH(bool, wrongLabel);
    const GuiStart::Options o = GuiStart::parse({QStringLiteral("bankscope"), QStringLiteral("--demo")});
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    GuiStart::Composition composition;
    QString error;
    QVERIFY2(composition.start(o, error), qPrintable(error));
    BankSession &session = composition.session();
    MainWindow window(session.monitor(), composition.sourceDescription(), &session.activity());
    window.setWorkflowServices(&m_catalogue, nullptr);
    WindowWiring wiring(window, session);
    wiring.setErrorBoxes(false);
    wiring.showCurrent();
    window.setDrillSession(&session);
    window.show();

    // Connect from the window to the bank on its RS485 port.
    SimOnPty sim;
    QVERIFY(sim.start(QStringLiteral(BANKSCOPE_SCENARIOS "/commissioning-pylontech-3pack.json")));
    SessionSource stick;
    stick.kind = SessionSource::Kind::Serial;
    stick.device = sim.path;
    stick.protocol = ProtocolId::PylontechRs485;
    SessionPlan plan;
    plan.sources.append(stick);
    Q_EMIT window.connectRequested(plan);
    QTRY_COMPARE_WITH_TIMEOUT(session.status(0).phase, LinkStatus::Phase::Polling, 30000);
    // The first cycle reads each module's serial number: the session's evidence keeps them.
    QTRY_COMPARE_WITH_TIMEOUT(wiring.evidence().identifiedPacks(), 3, 20000);

    // Workflows > Commission a bank…: the wizard on the window's session.
    QVERIFY(window.commissionAction()->isEnabled());
    window.commissionAction()->trigger();
    auto *wizard = window.findChild<CommissioningWizard *>();
    QVERIFY(wizard);
    wizard->setAskBeforeDiscarding(false);
    CommissioningWizard &w = *wizard;
    WizardInputs in;
    in.firmware = QStringLiteral("MAIN 1.0.2");
    in.batteries = {QStringLiteral("pylontech-us3000c:3")};
    toArchitecture(w, in);
    if (QTest::currentTestFailed())
        return;
    next(w, CommissioningWizard::AddressId);
    // The serial numbers from the labels (P1 at 0x02 ... P3 at 0x04).
    QList<PackIdentity> labels{{2, label(2), {}, {}}, {3, label(wrongLabel ? 7 : 3), {}, {}}, {4, label(4), {}, {}}};
    addresses(w, labels);
    if (QTest::currentTestFailed())
        return;
    cabling(w, 1.0);
    inverterSettings(w);
    if (QTest::currentTestFailed())
        return;

    // The page says where its evidence comes from: the live session, serial numbers read.
    VerificationPage *page = w.verificationPage();
    auto *source = page->findChild<QLabel *>(QStringLiteral("source"));
    QVERIFY(source);
    QVERIFY2(source->text().contains(QLatin1String("live session")), qPrintable(source->text()));
    QVERIFY2(source->text().contains(QLatin1String("3 unit(s) gave a serial number")), qPrintable(source->text()));

    // Run the checks for the shortest window, on the session's clock (real time here).
    page->setListenSeconds(int(CommissioningChecks::kMinListenS));
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    const QList<CheckFinding> findings = page->findings();
    const QString said = dump(findings);
    QVERIFY2(!findings.isEmpty(), qPrintable(page->findChild<QLabel *>(QStringLiteral("status"))->text()));

    QVERIFY2(has(findings, QStringLiteral("bus-scan"), QStringLiteral("present"), QStringLiteral("P1"), CheckStatus::Pass), qPrintable(said));
    QVERIFY2(has(findings, QStringLiteral("bus-scan"), QStringLiteral("present"), QStringLiteral("P3"), CheckStatus::Pass), qPrintable(said));
    QVERIFY2(has(findings, QStringLiteral("two-masters"), QStringLiteral("no-other-master"), QStringLiteral("P1 RS485"), CheckStatus::Pass), qPrintable(said));
    // P3 runs other firmware than P1 and P2 (read from each module, matched by its serial).
    QVERIFY2(has(findings, QStringLiteral("firmware-match"), QStringLiteral("firmware-differs"), QStringLiteral("Pylontech US3000C"), CheckStatus::Warning),
             qPrintable(said));
    for (const CheckFinding &f : findings)
        QVERIFY2(f.code != QLatin1String("serial-not-recorded"), qPrintable(said));
    if (!wrongLabel) {
        // Every reading matched by serial: the 82/80/64 % spread measured and shown, no maker
        // figure to judge it by.
        const auto soc = std::find_if(findings.begin(), findings.end(), [](const CheckFinding &f) {
            return f.check == QLatin1String("pre-parallel-soc") && f.subject == QLatin1String("bank");
        });
        QVERIFY2(soc != findings.end() && soc->code == QLatin1String("spread-no-maker-figure") && soc->status == CheckStatus::Info, qPrintable(said));
        QVERIFY2(soc->measured && *soc->measured > 10.0, qPrintable(said));
        QVERIFY(w.plan().handover.has_value());
    } else {
        // 0x03 answers with its own serial, not the one typed: said, and its reading not used.
        QVERIFY2(has(findings, QStringLiteral("bus-scan"), QStringLiteral("present-other-serial"), QStringLiteral("P2"), CheckStatus::Warning),
                 qPrintable(said));
        QVERIFY2(has(findings, QStringLiteral("pre-parallel-soc"), QStringLiteral("reading-unmatched"), QStringLiteral("P2"), CheckStatus::NotMeasured),
                 qPrintable(said));
        QVERIFY2(has(findings, QStringLiteral("pre-parallel-soc"), QStringLiteral("spread-partial"), QStringLiteral("bank"), CheckStatus::NotMeasured),
                 qPrintable(said));
        // Shares over two of three packs say nothing: not measured, no warning on P1 or P3.
        QVERIFY2(has(findings, QStringLiteral("current-sharing"), QStringLiteral("sharing-not-measured"), QStringLiteral("bank"), CheckStatus::NotMeasured),
                 qPrintable(said));
        for (const CheckFinding &f : findings)
            QVERIFY2(f.check != QLatin1String("current-sharing") || f.status == CheckStatus::NotMeasured, qPrintable(said));
    }
    QCOMPARE(w.plan().checks.size(), findings.size());

    // The picture: the verification page with serial-matched packs.
    w.resize(1100, 760);
    QTest::qWait(200);
    QDir().mkpath(QStringLiteral(BANKSCOPE_TEST_OUTPUT));
    const QString name = wrongLabel ? QStringLiteral("wizard-verification-live-wrong-label.png") : QStringLiteral("wizard-verification-live.png");
    QVERIFY(w.grab().save(QStringLiteral(BANKSCOPE_TEST_OUTPUT "/") + name));
    w.close();
    Q_EMIT window.disconnectRequested();
}

QTEST_MAIN(TestWindowVerification)
#include "tst_window_verification.moc"
