// The ranking rules of the "BMS communication fault" assistant (issue 22 item 4), row by row
// from evidence as the links report it; the recordings of the wire are fed in tests/links.

#include "diagnosis.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(DiagnosisEvidence)

namespace {

DiagnosisLink polled()
{
    DiagnosisLink l;
    l.link = QStringLiteral("ttyUSB0");
    l.protocol = QStringLiteral("pylontech-rs485");
    l.transmitted = true;
    l.durationS = 60;
    l.bytesSent = 4000;
    return l;
}

DiagnosisAddress unit(int address, quint64 answers, quint64 errors = 0)
{
    DiagnosisAddress a;
    a.address = address;
    a.requests = answers + errors;
    a.answers = answers;
    a.errors = errors;
    return a;
}

DiagnosisLink healthy()
{
    DiagnosisLink l = polled();
    l.bytesReceived = 20000;
    l.frames = 240;
    l.masterAddress = 2;
    l.addresses = {unit(2, 80), unit(3, 80), unit(4, 80)};
    return l;
}

DiagnosisEvidence of(const DiagnosisLink &l)
{
    DiagnosisEvidence e;
    e.links = {l};
    return e;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranking_data();
    void ranking();
    void highOnlyWhenEveryOtherRuledOut();
    void noBytesListsWhatItCannotSeparate();
    void findingsByHandDecide();
    void inverterSideDecidedByHand();
    void everyCauseHasItsWords();
    void jsonCarriesTheContract();
};

void TestDiagnosis::ranking_data()
{
    QTest::addColumn<DiagnosisEvidence>("evidence");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QStringList>("cannotTellFrom");

    QTest::newRow("healthy: no fault") << of(healthy()) << QString() << QString() << QStringList{};
    // The inverter's side: a link that only listened where the inverter's cable runs.
    {
        DiagnosisLink l = healthy();
        l.transmitted = false;
        l.bytesSent = 0;
        l.requestsHeard = 240;
        l.rejected = 80; // every 0x92 it asks for refused with an error code
        QTest::newRow("listen: the bank refuses a third of the inverter's requests: its setting or the port's variant")
            << of(l) << "inverter-battery-type" << "medium" << QStringList{QStringLiteral("port-protocol")};
        l.rejected = 2;
        QTest::newRow("listen: two refused requests are no pattern") << of(l) << QString() << QString() << QStringList{};
    }
    {
        DiagnosisLink l = polled();
        l.transmitted = false;
        l.bytesSent = 0;
        l.bytesReceived = 2400;
        l.otherProtocol = QStringLiteral("jk-modbus");
        l.otherProtocolRequests = 60;
        // Both listed, neither high (the table's order puts BankScope's own setting first).
        QTest::newRow("listen: another protocol's requests and no answer: BankScope's protocol, the inverter's or the port's setting")
            << of(l) << "wrong-protocol" << "medium" << QStringList{QStringLiteral("inverter-battery-type"), QStringLiteral("port-protocol")};
        l.otherProtocolAnswers = 60;
        QTest::newRow("listen: another protocol asked and answered: BankScope's protocol, high")
            << of(l) << "wrong-protocol" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = polled();
        l.transmitted = false;
        l.bytesSent = 0;
        l.bytesReceived = 1800;
        l.requestsHeard = 60;
        DiagnosisEvidence e = of(l);
        e.inverterSide = {{l.link, QStringLiteral("inverter-polls-unplanned"), {QStringLiteral("0x01"), QStringLiteral("Deye SUN-SG"), QStringLiteral("PYL")}, true}};
        QTest::newRow("listen + plan: the inverter polls an address no pack has; the bank's side is not ruled out")
            << e << "inverter-battery-type" << "medium" << QStringList{};
    }
    {
        DiagnosisLink l;
        l.link = QStringLiteral("can0");
        l.medium = DiagnosisLink::Medium::Can;
        l.durationS = 15;
        l.bmsFrames = 150;
        l.frames = 150;
        DiagnosisEvidence e = of(l);
        e.inverterSide = {{l.link, QStringLiteral("keepalive-absent"), {QStringLiteral("0x305"), QStringLiteral("Deye SUN-SG"), QString()}, true}};
        QTest::newRow("CAN + plan: the bank broadcasts, the inverter's documented keep-alive is absent")
            << e << "inverter-battery-type" << "medium" << QStringList{QStringLiteral("port-protocol")};
        e.inverterSide = {{l.link, QStringLiteral("frame-missing"), {QStringLiteral("0x351"), QStringLiteral("limits"), QStringLiteral("Deye SUN-SG")}, true}};
        QTest::newRow("CAN + plan: a frame the inverter needs is missing: the port's protocol variant")
            << e << "port-protocol" << "medium" << QStringList{QStringLiteral("inverter-battery-type")};
        e.inverterSide = {{l.link, QStringLiteral("frame-alternative"), {QStringLiteral("0x359"), QStringLiteral("0x35A"), QStringLiteral("Deye SUN-SG")}, false}};
        QTest::newRow("CAN + plan: the newer layout where the profile does not say it is taken: low")
            << e << "port-protocol" << "low" << QStringList{QStringLiteral("inverter-battery-type")};
    }
    {
        DiagnosisLink l = polled();
        l.bytesReceived = 400;
        l.breakBytes = 400;
        QTest::newRow("only NULs: A/B swapped, not told from a floating line")
            << of(l) << "ab-swapped" << "medium" << QStringList{QStringLiteral("noise-termination")};
    }
    {
        DiagnosisLink l = polled();
        l.bytesReceived = 900;
        l.framesIfInverted = 12;
        QTest::newRow("frames once inverted: A/B swapped, high") << of(l) << "ab-swapped" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = polled();
        l.transmitted = false;
        l.bytesSent = 0;
        l.bytesReceived = 1800;
        l.requestsHeard = 60;
        QTest::newRow("the inverter polls, nobody answers: the bank's side, not told apart")
            << of(l) << "bank-off" << "low"
            << QStringList{QStringLiteral("not-connected"), QStringLiteral("wrong-baud"), QStringLiteral("ab-swapped")};
    }
    {
        DiagnosisLink l = polled();
        l.transmitted = false;
        l.bytesReceived = 3000;
        l.burstsWithoutFrames = 14;
        l.burstsPeriodic = true;
        QTest::newRow("garbled periodic bursts: wrong baud, A/B not excluded")
            << of(l) << "wrong-baud" << "medium" << QStringList{QStringLiteral("ab-swapped")};
    }
    {
        DiagnosisLink l = polled();
        l.bytesReceived = 3000;
        l.otherProtocol = QStringLiteral("jk-modbus");
        QTest::newRow("another protocol decodes") << of(l) << "wrong-protocol" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.badFrames = 20;
        l.addresses[2] = unit(4, 5, 20);
        QTest::newRow("errors on one address: duplicate address") << of(l) << "duplicate-address" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.badFrames = 24;
        l.addresses = {unit(2, 72, 8), unit(3, 72, 8), unit(4, 72, 8)};
        QTest::newRow("errors spread: noise or termination, baud not excluded")
            << of(l) << "noise-termination" << "medium" << QStringList{QStringLiteral("wrong-baud")};
    }
    {
        DiagnosisLink l = healthy();
        l.badFrames = 2;
        l.addresses = {unit(2, 79, 1), unit(3, 79, 1), unit(4, 80)};
        QTest::newRow("two errors in 240 frames: no fault") << of(l) << QString() << QString() << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.requestsHeard = 30;
        QTest::newRow("requests it did not send while polling: second master") << of(l) << "second-master" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.answersStoppedAtS = 30;
        l.restBeforeStopS = 2;
        QTest::newRow("silence after answers under load: master dead, own cable not excluded")
            << of(l) << "master-dead" << "medium" << QStringList{QStringLiteral("connection-lost")};
    }
    {
        DiagnosisLink l = healthy();
        l.answersStoppedAtS = 30;
        l.restBeforeStopS = 30;
        QTest::newRow("silence after rest: asleep")
            << of(l) << "bms-asleep" << "medium" << QStringList{QStringLiteral("master-dead"), QStringLiteral("connection-lost")};
    }
    {
        DiagnosisLink l = healthy();
        l.addresses[2].unreachable = 10;
        l.addresses[2].lostAtS = 20;
        l.addresses[2].currentBeforeA = -10;
        l.addresses[2].othersBeforeA = -20;
        l.addresses[2].othersAfterA = -30;
        QTest::newRow("0x91, its share moved: slave offline") << of(l) << "slave-offline" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.addresses[2].unreachable = 10;
        l.addresses[2].currentBeforeA = -10;
        l.addresses[2].othersBeforeA = -20;
        l.addresses[2].othersAfterA = -20.5;
        QTest::newRow("0x91, share kept: link cable") << of(l) << "link-cable" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.addresses[2].unreachable = 10;
        l.addresses[2].currentBeforeA = 0.1;
        l.addresses[2].othersBeforeA = 0.2;
        l.addresses[2].othersAfterA = 0.2;
        l.addresses[2].restBeforeS = 40;
        QTest::newRow("0x91 after rest: asleep, not told from off or cut")
            << of(l) << "bms-asleep" << "medium" << QStringList{QStringLiteral("slave-offline"), QStringLiteral("link-cable")};
    }
    {
        DiagnosisLink l = healthy();
        l.addresses[2].unreachable = 10;
        QTest::newRow("0x91 without currents: offline, cut or asleep")
            << of(l) << "slave-offline" << "low" << QStringList{QStringLiteral("link-cable"), QStringLiteral("bms-asleep")};
    }
    {
        DiagnosisLink l = healthy();
        l.groupAnswersWithoutMaster = 6;
        QTest::newRow("slaves through the master, its own data gone") << of(l) << "master-data-lost" << "high" << QStringList{};
    }
    {
        DiagnosisLink l = healthy();
        l.addresses[0].firmware = QStringLiteral("1.2.3");
        l.addresses[1].firmware = QStringLiteral("1.2.3");
        l.addresses[2].firmware = QStringLiteral("9.9.9");
        QTest::newRow("mixed firmware") << of(l) << "firmware-mismatch" << "high" << QStringList{};
    }
    {
        DiagnosisLink l;
        l.link = QStringLiteral("can0");
        l.medium = DiagnosisLink::Medium::Can;
        l.durationS = 30;
        l.bmsFrames = 300;
        l.conflictingFrames = 40;
        QTest::newRow("CAN: one id, two payloads: second master")
            << of(l) << "second-master" << "medium" << QStringList{QStringLiteral("duplicate-address")};
    }
}

void TestDiagnosis::ranking()
{
    QFETCH(DiagnosisEvidence, evidence);
    QFETCH(QString, first);
    QFETCH(QString, confidence);
    QFETCH(QStringList, cannotTellFrom);
    const DiagnosisResult r = Diagnosis::diagnose(evidence);
    if (first.isEmpty()) {
        QVERIFY2(r.noFaultSeen(), qPrintable(r.causes.value(0).code));
        QVERIFY(r.inverterSideLeft);
        return;
    }
    QVERIFY(!r.causes.isEmpty());
    QCOMPARE(r.causes.first().code, first);
    QCOMPARE(Diagnosis::confidenceName(r.causes.first().confidence), confidence);
    QCOMPARE(r.causes.first().cannotTellFrom, cannotTellFrom);
    // Every cause it cannot tell from is listed too, and none of them is high.
    for (const QString &other : cannotTellFrom) {
        QVERIFY2(r.cause(other), qPrintable(other));
        QVERIFY(r.cause(other)->confidence != DiagnosisConfidence::High);
    }
    if (!cannotTellFrom.isEmpty())
        QVERIFY(!r.causes.first().check.isEmpty());
    // Every sentence is whole: no placeholder left unfilled.
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const DiagnosisCause &c : r.causes) {
        QVERIFY2(!Diagnosis::nextStep(c).contains(placeholder), qPrintable(Diagnosis::nextStep(c)));
        for (const DiagnosisItem &i : c.evidence)
            QVERIFY2(!Diagnosis::evidenceText(i).contains(placeholder), qPrintable(Diagnosis::evidenceText(i)));
    }
    QVERIFY(!Diagnosis::summary(r).contains(placeholder));
}

void TestDiagnosis::highOnlyWhenEveryOtherRuledOut()
{
    // Each alone is high ...
    DiagnosisLink l = healthy();
    l.addresses[0].firmware = QStringLiteral("1.2.3");
    l.addresses[1].firmware = QStringLiteral("9.9.9");
    QCOMPARE(Diagnosis::diagnose(of(l)).causes.first().confidence, DiagnosisConfidence::High);
    // ... but beside another cause nothing rules that one out: both medium, both listed.
    l.requestsHeard = 12;
    const DiagnosisResult r = Diagnosis::diagnose(of(l));
    QCOMPARE(r.causes.size(), 2);
    for (const DiagnosisCause &c : r.causes)
        QCOMPARE(c.confidence, DiagnosisConfidence::Medium);
    QVERIFY(r.cause(QStringLiteral("firmware-mismatch")));
    QVERIFY(r.cause(QStringLiteral("second-master")));
}

void TestDiagnosis::noBytesListsWhatItCannotSeparate()
{
    const DiagnosisResult polledResult = Diagnosis::diagnose(of(polled()));
    QStringList codes;
    for (const DiagnosisCause &c : polledResult.causes) {
        codes.append(c.code);
        QVERIFY2(c.confidence != DiagnosisConfidence::High, qPrintable(c.code));
        QVERIFY(!c.cannotTellFrom.isEmpty());
        QVERIFY2(!c.check.isEmpty(), qPrintable(c.code));
    }
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("ab-swapped"), QStringLiteral("bank-off"), QStringLiteral("not-connected"), QStringLiteral("wrong-baud")}));
    QVERIFY(!polledResult.checks.isEmpty());

    DiagnosisLink listened = polled();
    listened.transmitted = false;
    listened.bytesSent = 0;
    const DiagnosisResult r = Diagnosis::diagnose(of(listened));
    QVERIFY(r.cause(QStringLiteral("nobody-polling")));
    for (const DiagnosisCause &c : r.causes)
        QVERIFY(c.confidence != DiagnosisConfidence::High);
}

void TestDiagnosis::findingsByHandDecide()
{
    // A/B checked and correct: the NUL bytes now point to the line (bias, termination).
    DiagnosisLink l = polled();
    l.bytesReceived = 400;
    l.breakBytes = 400;
    DiagnosisEvidence e = of(l);
    e.manual.append({QStringLiteral("ab-gnd"), QStringLiteral("correct"), {}, {}, true});
    DiagnosisResult r = Diagnosis::diagnose(e);
    QVERIFY(!r.cause(QStringLiteral("ab-swapped")));
    QCOMPARE(r.ruledOut.first().code, QStringLiteral("ab-swapped"));
    QCOMPARE(r.causes.first().code, QStringLiteral("noise-termination"));

    // No bytes; the LEDs are off: the bank is off, the rest goes.
    DiagnosisEvidence dark = of(polled());
    dark.manual.append({QStringLiteral("leds"), QStringLiteral("off"), {}, {}, true});
    r = Diagnosis::diagnose(dark);
    QCOMPARE(r.causes.first().code, QStringLiteral("bank-off"));
    QVERIFY(r.causes.first().confirmedByHand);
    QVERIFY(!r.cause(QStringLiteral("not-connected")));

    // A check the technician could not make rules nothing in or out, and is not asked again.
    DiagnosisEvidence notDone = of(polled());
    const DiagnosisResult before = Diagnosis::diagnose(notDone);
    QVERIFY(!before.checks.isEmpty());
    ManualFinding skipped;
    skipped.check = before.checks.first();
    skipped.done = false;
    skipped.note = QStringLiteral("the enclosure is locked");
    notDone.manual.append(skipped);
    r = Diagnosis::diagnose(notDone);
    QCOMPARE(r.causes.size(), before.causes.size());
    QVERIFY(r.ruledOut.isEmpty());
    QVERIFY(!r.checks.contains(skipped.check));
    // The next check that would tell the same causes apart is asked instead.
    QVERIFY(!r.checks.isEmpty());
    QVERIFY(!r.causes.first().check.isEmpty());
    QVERIFY(r.causes.first().check != skipped.check);
    const QJsonArray found = Diagnosis::findingsJson(notDone.manual);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0][QStringLiteral("done")].toBool(), false);
    QVERIFY(found[0][QStringLiteral("outcome")].isNull());
    QCOMPARE(found[0][QStringLiteral("note")].toString(), skipped.note);

    // An unknown check or outcome changes nothing.
    DiagnosisEvidence odd = of(polled());
    odd.manual.append({QStringLiteral("no-such-check"), QStringLiteral("x"), {}, {}, true});
    QCOMPARE(Diagnosis::diagnose(odd).causes.size(), Diagnosis::diagnose(of(polled())).causes.size());
}

void TestDiagnosis::inverterSideDecidedByHand()
{
    // A frame the inverter needs is missing: the port's variant or the inverter's setting. The
    // technician reads the inverter's menu: the battery type is right. Only the port is left, and
    // only now is it high.
    DiagnosisLink l;
    l.link = QStringLiteral("can0");
    l.medium = DiagnosisLink::Medium::Can;
    l.durationS = 15;
    l.bmsFrames = 150;
    l.frames = 150;
    DiagnosisEvidence e = of(l);
    e.inverterSide = {{l.link, QStringLiteral("frame-missing"), {QStringLiteral("0x351"), QStringLiteral("limits"), QStringLiteral("Deye SUN-SG")}, true}};
    DiagnosisResult r = Diagnosis::diagnose(e);
    QCOMPARE(r.causes.first().code, QStringLiteral("port-protocol"));
    QCOMPARE(r.causes.first().confidence, DiagnosisConfidence::Medium);
    QCOMPARE(r.checks.value(0), QStringLiteral("inverter-menu"));
    e.manual.append({QStringLiteral("inverter-menu"), QStringLiteral("matches"), {}, {}, true});
    r = Diagnosis::diagnose(e);
    QCOMPARE(r.causes.size(), 1);
    QCOMPARE(r.causes.first().code, QStringLiteral("port-protocol"));
    QCOMPARE(r.causes.first().confidence, DiagnosisConfidence::High);
    QVERIFY(r.cause(QStringLiteral("inverter-battery-type")) == nullptr);
    QCOMPARE(r.ruledOut.first().code, QStringLiteral("inverter-battery-type"));
}

void TestDiagnosis::everyCauseHasItsWords()
{
    for (const QString &code : Diagnosis::causes()) {
        QVERIFY2(Diagnosis::causeLabel(code) != code, qPrintable(code));
        DiagnosisCause c;
        c.code = code;
        c.nextArgs = {QStringLiteral("0x03"), QStringLiteral("jk-modbus")};
        QVERIFY2(!Diagnosis::nextStep(c).isEmpty(), qPrintable(code));
    }
    QVERIFY(DiagnosisChecks::outcomeLabel(QStringLiteral("leds"), QStringLiteral("no-such-outcome")).isEmpty());
    for (const DiagnosisChecks::Check &check : DiagnosisChecks::all()) {
        QVERIFY2(DiagnosisChecks::question(check.code) != check.code, qPrintable(check.code));
        for (const DiagnosisChecks::Outcome &o : check.outcomes) {
            QVERIFY2(!DiagnosisChecks::outcomeLabel(check.code, o.code).isEmpty(), qPrintable(o.code));
            for (const QString &c : o.confirms + o.rulesOut)
                QVERIFY2(Diagnosis::causes().contains(c), qPrintable(c));
        }
    }
}

void TestDiagnosis::jsonCarriesTheContract()
{
    DiagnosisLink l = healthy();
    l.addresses[2].unreachable = 10;
    const QJsonObject j = Diagnosis::diagnose(of(l)).toJson();
    const QJsonArray causes = j.value(QStringLiteral("causes")).toArray();
    QCOMPARE(causes.size(), 3);
    const QJsonObject first = causes.first().toObject();
    for (const char *key : {"code", "confidence", "evidence", "next_step", "cannot_tell_from", "manual_check"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(!first.value(QStringLiteral("evidence")).toArray().isEmpty());
    QVERIFY(first.value(QStringLiteral("manual_check")).isObject());
    QVERIFY(!j.value(QStringLiteral("summary")).toString().isEmpty());

    const QJsonObject none = Diagnosis::diagnose(of(healthy())).toJson();
    QVERIFY(none.value(QStringLiteral("causes")).toArray().isEmpty());
    QVERIFY(none.value(QStringLiteral("no_fault_seen")).toBool());
    QCOMPARE(none.value(QStringLiteral("if_inverter_still_faults")).toObject().value(QStringLiteral("needs")).toString(), QStringLiteral("plan"));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
