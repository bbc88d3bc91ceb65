#pragma once

#include "diagnosisevidence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How sure the assistant is of a cause.
enum class DiagnosisConfidence {
    High,   // the evidence points to it and rules out every other cause listed
    Medium, // the evidence points to it; another listed cause is not ruled out
    Low     // possible: nothing rules it out, nothing points to it in particular
};

// One line of evidence: a code and its arguments (the text is made where shown:
// Diagnosis::evidenceText).
struct DiagnosisItem
{
    QString code;
    QStringList args;
    bool operator==(const DiagnosisItem &o) const = default;
};

struct DiagnosisCause
{
    QString code;
    DiagnosisConfidence confidence = DiagnosisConfidence::Low;
    int score = 0;
    bool supported = false;     // the evidence points to it (not only "not ruled out")
    bool confirmedByHand = false;
    QList<DiagnosisItem> evidence;
    QStringList cannotTellFrom; // listed causes the evidence cannot separate it from
    QString check;              // the check by hand that would separate them (DiagnosisChecks), or empty
    QStringList nextArgs;       // arguments of its next step (an address, a link)
};

struct DiagnosisRuledOut
{
    QString code;
    DiagnosisItem because;
};

struct DiagnosisResult
{
    QList<DiagnosisCause> causes; // ranked, most likely first; empty: no fault seen
    QStringList checks;           // checks by hand worth doing next, most useful first
    QList<DiagnosisRuledOut> ruledOut;
    QStringList otherMasterHeard; // the master BankScope heard and did not poll beside
    // The wire is healthy as far as BankScope can tell: if the inverter still shows the fault,
    // what is left is on the inverter's side (needs the plan, or the installer, to check).
    bool inverterSideLeft = false;
    QString planInverter;
    QString planBatteryType;

    bool noFaultSeen() const { return causes.isEmpty(); }
    const DiagnosisCause *cause(const QString &code) const;
    int rank(const QString &code) const; // 0-based, -1: not listed
    // The JSON `bankscope-cli diagnose` prints (README "diagnose"); texts in the installed language.
    QJsonObject toJson() const;
};

// The reasoning of the "BMS communication fault" assistant (issue 22 item 4): from what the links
// saw (DiagnosisEvidence) to ranked causes (one table, Diagnosis::causes()), each with its
// confidence, the evidence for it, the causes it cannot be told from and the check by hand that
// would tell them apart. A confidence is high only when the evidence rules out every other cause
// listed. Findings of checks made by hand (DiagnosisEvidence::manual) confirm or rule out causes.
// Returns codes and arguments; texts through tr() where shown. Pure; any thread.
class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)

public:
    static DiagnosisResult diagnose(const DiagnosisEvidence &evidence);

    static QStringList causes(); // every cause it reasons about, in table order
    static QString causeLabel(const QString &code);
    static QString confidenceName(DiagnosisConfidence confidence); // "high", "medium", "low"
    static QString evidenceText(const DiagnosisItem &item);
    static QString nextStep(const DiagnosisCause &cause);
    static QString summary(const DiagnosisResult &result);
    // The checks made by hand as `diagnose --plan`, the window and the support bundle list them
    // ("found_by_hand"): check, question, done, outcome and its label, note, at.
    static QJsonArray findingsJson(const QList<ManualFinding> &found);
};

// The checks a technician makes by hand where the wire cannot tell two causes apart, with the
// outcomes they can record and what each outcome confirms or rules out. One table.
namespace DiagnosisChecks {
struct Outcome
{
    QString code;
    QStringList confirms;
    QStringList rulesOut;
};
struct Check
{
    QString code;
    QList<Outcome> outcomes;
};
const QList<Check> &all();
const Check *find(const QString &code);
QString question(const QString &code);                             // translated
QString outcomeLabel(const QString &code, const QString &outcome); // translated; empty: not an outcome
// The check that tells these two causes apart, or empty.
QString separating(const QString &a, const QString &b);
// Every check that tells them apart, in table order (the next one is asked when one could not be made).
QStringList separatingAll(const QString &a, const QString &b);
} // namespace DiagnosisChecks
