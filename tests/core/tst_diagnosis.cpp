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
    e.manual.append({QStringLiteral("ab-gnd"), QStringLiteral("correct"), {}});
    DiagnosisResult r = Diagnosis::diagnose(e);
    QVERIFY(!r.cause(QStringLiteral("ab-swapped")));
    QCOMPARE(r.ruledOut.first().code, QStringLiteral("ab-swapped"));
    QCOMPARE(r.causes.first().code, QStringLiteral("noise-termination"));

    // No bytes; the LEDs are off: the bank is off, the rest goes.
    DiagnosisEvidence dark = of(polled());
    dark.manual.append({QStringLiteral("leds"), QStringLiteral("off"), {}});
    r = Diagnosis::diagnose(dark);
    QCOMPARE(r.causes.first().code, QStringLiteral("bank-off"));
    QVERIFY(r.causes.first().confirmedByHand);
    QVERIFY(!r.cause(QStringLiteral("not-connected")));

    // An unknown check or outcome changes nothing.
    DiagnosisEvidence odd = of(polled());
    odd.manual.append({QStringLiteral("no-such-check"), QStringLiteral("x"), {}});
    QCOMPARE(Diagnosis::diagnose(odd).causes.size(), Diagnosis::diagnose(of(polled())).causes.size());
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
