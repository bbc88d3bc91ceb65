#pragma once

#include "catalogue.h"
#include "commissioningplan.h"
#include "finding.h"
#include "inverterview.h"
#include "packreading.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What was heard at one bus address during a scan (active or passive).
struct AddressEvidence
{
    int address = 0;
    int requestsByUs = 0;   // BankScope polled it
    int polledByOther = 0;  // requests another master (the inverter, a JK master) sent to it
    int answers = 0;        // valid answers from this address
    int timeouts = 0;       // requests (ours or another master's) left unanswered
    int checksumErrors = 0; // garbled answers attributed to this address
    QStringList serials;    // distinct serial numbers that answered here
};

// One CAN identifier as heard on a listen link.
struct CanIdEvidence
{
    quint32 id = 0;
    int count = 0;
    double maxGapS = 0.0;    // longest gap between two frames of this id
    double minGapS = 0.0;    // shortest gap
    double sinceLastS = 0.0; // from its last frame to the end of the observation
};

// Everything one link saw, protocol-neutral. A link BankScope polled on (`polled`) or only
// listened to; `inverterPort` when it is the inverter's BMS port (or a tap on that cable).
struct LinkEvidence
{
    QString planLink;  // the plan link this is ("bankscope-rs485"); empty when none matches
    QString medium;    // "rs485", "can"
    QString protocol;  // what BankScope decoded with
    int speed = 0;     // baud or bit/s the link ran at
    bool polled = false;
    bool inverterPort = false;
    double observedS = 0.0;
    int validFrames = 0;
    int invalidFrames = 0; // framing or checksum errors not attributed to an address
    std::optional<QString> detectedProtocol;
    std::optional<int> detectedSpeed;
    bool scanned = false;          // the plan's addresses were scanned (or watched) on this link
    QStringList expectedPacks;     // plan packs that should answer here; empty: every addressed pack
    QList<AddressEvidence> addresses;
    QStringList masters;           // every device heard acting as master here (BankScope not counted)
    QList<CanIdEvidence> canIds;
    std::optional<InverterView> observed; // what the inverter is told, decoded from this link
};

// A pack as it identified itself, with its latest reading (time stamps on the evidence's clock).
struct PackEvidence
{
    std::optional<int> address;
    QString serial;
    QString firmware;
    QString model; // as the pack reports it
    PackReading reading;
};

// The evidence of one verification run: every link, every pack heard, and when.
struct VerificationEvidence
{
    qint64 nowMs = 0;
    double maxReadingAgeS = 30.0; // readings older than this are "not measured", never judged
    QList<LinkEvidence> links;
    QList<PackEvidence> packs;
};

// One result of one check: which check, the specific result (a code with arguments, so the text
// is made in the reader's language), the status, severity, the confidence of the rule that judged
// it and its sources, and the measurement with its limit where there is one.
struct CheckFinding
{
    QString check;
    QString code;
    CheckStatus status = CheckStatus::NotMeasured;
    Severity severity = Severity::Info;
    Confidence confidence = Confidence::Documented;
    QString subject;
    QStringList args;
    QList<SourceRef> sources;
    std::optional<double> measured;
    std::optional<double> limit;
    QString unit;

    Finding finding() const; // the core's Finding: code, severity, subject, text, next step
    PlanCheck toPlanCheck(const QString &at) const;
    // One JSON line of `verify`: check, code, status, severity, confidence, subject, text,
    // next_step, and measured/limit/unit and sources where there are.
    QJsonObject toJson() const;
};

// The live-verification checks of issue 21 as pure functions of the plan and the evidence, for
// `bankscope-cli verify`, the wizard's verification page and the report. Each yields findings with
// a severity and a next step; a check that cannot be measured says "not measured" and never
// passes. Stateless; any thread.
class CommissioningChecks
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningChecks)

public:
    // Every check on every link: the one entry point.
    static QList<CheckFinding> run(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence);

    // Bus scan against the plan: present, missing, duplicate, unexpected; beside another master an
    // address it does not poll is "not polled", never "missing". On CAN: the module count.
    static QList<CheckFinding> busScan(const CommissioningPlan &plan, const LinkEvidence &link);
    static QList<CheckFinding> protocolAndSpeed(const CommissioningPlan &plan, const LinkEvidence &link);
    static QList<CheckFinding> twoMasters(const CommissioningPlan &plan, const LinkEvidence &link);
    static QList<CheckFinding> firmwareMatch(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence);
    // Voltage and SOC spread before the breakers close, on fresh readings matched by serial.
    static QList<CheckFinding> preParallel(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence);
    static QList<CheckFinding> currentSharing(const CommissioningPlan &plan, const Catalogue &catalogue, const VerificationEvidence &evidence);
    // Frame set, cadence and keep-alive the chosen inverter needs, on a listen link to its BMS port.
    static QList<CheckFinding> inverterAcceptance(const CommissioningPlan &plan, const Catalogue &catalogue, const LinkEvidence &link);
    static QList<CheckFinding> alarms(const CommissioningPlan &plan, const VerificationEvidence &evidence);

    // Plain-language text and next step, translated (the reader's language).
    static QString text(const CheckFinding &finding);
    static QString nextStep(const CheckFinding &finding);
    static QString checkLabel(const QString &check);

    static bool anyFailed(const QList<CheckFinding> &findings);
    // Records findings in the plan: the results of every check that ran replace its earlier ones.
    static void record(CommissioningPlan &plan, const QList<CheckFinding> &findings, const QString &at);
    // Readings at hand-over: every plan pack with a reading, matched by serial (or, where the plan
    // or the reading has no serial, by address, and marked so), with its age.
    static Handover handover(const CommissioningPlan &plan, const VerificationEvidence &evidence, const QString &at, const QString &source);

    // BankScope's own rules (not maker figures, and named as such where they are shown).
    static constexpr double kMinLoadPerPackA = 5.0;      // current sharing is measured under load
    static constexpr double kSocErrorWarnPct = 5.0;      // single-master SOC error worth a warning
    static constexpr double kGeneratorStartPct = 20.0;   // the example setting the SOC error is shown at
    static constexpr double kMinListenS = 10.0;          // the shortest acceptance observation

private:
    static QString describe(const CheckFinding &finding);
};
