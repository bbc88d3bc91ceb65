#pragma once

#include "bankconfig.h"
#include "catalogue.h"
#include "diagnosisevidence.h"
#include "expected.h"
#include "finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A model named in a plan: a catalogue id, or "other" for a model outside the catalogue (then
// `name` is what the installer typed and every value it would fill in is "unknown - see its
// manual").
struct ModelRef
{
    QString id;
    QString name;
    bool inCatalogue() const { return id != QLatin1String("other"); }
    bool operator==(const ModelRef &other) const = default;
};

struct SourceRef
{
    QString id;
    QString title;
    QString where;
    bool operator==(const SourceRef &other) const = default;
};

// A catalogue fact as the plan keeps it: the text shown, why it is unknown, its confidence and its
// sources written out, so a plan (and the report made from it) still says what was planned and on
// what grounds after the catalogue changes.
struct PlanFact
{
    QString text; // empty when unknown
    Unknown unknown = Unknown::NotFound;
    QString mark;
    Confidence confidence = Confidence::Uncertain;
    QList<SourceRef> sources;
    QString note;
    struct Other
    {
        QString text;
        QString mark;
        Confidence confidence = Confidence::Uncertain;
        QList<SourceRef> sources;
        QString note;
        bool operator==(const Other &other) const = default;
    };
    QList<Other> otherReadings;

    bool known() const { return unknown == Unknown::Known; }
    // The text, or the translated reason it is unknown ("no maker figure", "unknown - see its manual").
    QString display() const;
    static PlanFact from(const Fact &fact, const Catalogue &catalogue);
    static PlanFact notInCatalogue();
    bool operator==(const PlanFact &other) const = default;
};

// What a unit does in the bank.
enum class PlanRole {
    Master,      // talks to the inverter for its group (a Pylontech master, a JK-PB at DIP 0, a BMU)
    Slave,       // reached only through its master
    Independent, // its own BMS, not heard by the inverter: monitored separately (single-master banks)
    Peer         // talks to the aggregator or inverter itself (a GX's BMSs; multi-drop)
};

// How the inverter is cabled to the bank.
enum class Topology {
    MasterCable,    // one cable from the inverter to the master; the others behind it or monitored separately
    MultiDrop,      // the inverter polls several BMS addresses on one bus (firmware permitting)
    AggregatorPorts // every BMS on its own port of the aggregator (a GX)
};

enum class OrderOrigin {
    Installer, // this site's own order, entered by the installer
    Catalogue, // a maker's order from the catalogue, with its confidence
    Missing    // nobody gave one: the installer must enter it (the failover card refuses without)
};

// Results of checks, live or by hand.
enum class CheckStatus {
    Pending,
    Pass,
    Warning,
    Fail,
    Info,           // measured and shown, no sourced threshold to judge it by ("no maker figure")
    NotMeasured,    // could not be measured; never a pass
    RecordedByHand  // checked by the installer on site (note, photo reference)
};

namespace PlanNames {
QString role(PlanRole role);
std::optional<PlanRole> roleFromName(const QString &name);
QString roleLabel(PlanRole role); // translated
QString topology(Topology topology);
std::optional<Topology> topologyFromName(const QString &name);
QString topologyLabel(Topology topology); // translated
QString orderOrigin(OrderOrigin origin);
std::optional<OrderOrigin> orderOriginFromName(const QString &name);
QString status(CheckStatus status);
std::optional<CheckStatus> statusFromName(const QString &name);
QString statusLabel(CheckStatus status); // translated, upper case for a printed table: "PASS"
QString severity(Severity severity);
std::optional<Severity> severityFromName(const QString &name);
} // namespace PlanNames

struct PlanBattery
{
    ModelRef model;
    int count = 0;
    bool operator==(const PlanBattery &other) const = default;
};

struct PlanPack
{
    QString id;   // "P1"; "BMU" for a BYD BMU
    ModelRef model;
    QString unit; // "module", "string", "bmu", "pack"
    QString serial;
    QString firmware;
    int group = 0; // Pylontech group m (0 = single group); otherwise 0
    std::optional<int> address; // bus address; none where the model has none or it is not known
    PlanRole role = PlanRole::Slave;
    QString dip;  // switch 1 first: '1' ON, '0' OFF, '?' to be matched on site; empty: no DIP switch
    std::optional<double> cableLengthM;
    int chainPosition = 0; // 1 = head of its chain (group); 0 = not chained
    bool operator==(const PlanPack &other) const = default;
};

struct OrderStep
{
    QString text;
    QString breaker; // the label on the breaker or switch, if the step names one
    bool operator==(const OrderStep &other) const = default;
};

struct PlanOrder
{
    OrderOrigin origin = OrderOrigin::Missing;
    QList<OrderStep> steps;
    Confidence confidence = Confidence::Uncertain; // a catalogue order's; an installer's order is this site's own
    QList<SourceRef> sources;
    QString note;
    bool isSet() const { return origin != OrderOrigin::Missing && !steps.isEmpty(); }
    bool operator==(const PlanOrder &other) const = default;
};

struct PlanInverter
{
    ModelRef model;
    QString firmware;              // as on the unit's display; empty: not entered
    bool releaseNotesChecked = false;
    QString link;                  // "can", "rs485"; empty when unknown
    QString bmsProtocol;           // what the BMS must speak on that link; empty when unknown
    PlanFact menuPath;
    PlanFact setting;              // the battery-type value
    PlanFact batteryPortSetting;   // what to select on the battery's port for this inverter
    PlanFact commLoss;             // what it does when BMS data stops
    QString commLossSettingName;   // e.g. "BMS_Err_Stop"; empty where the inverter has none
    QString commLossSettingValue;  // as the installer recorded it ("on", "off"); empty: not recorded
    bool operator==(const PlanInverter &other) const = default;
};

struct StandIn
{
    int group = 0;
    QString master; // the master it stands in for
    QString pack;   // empty: none (see reason)
    QString reason; // code: "next-in-chain", "dip-1", "address-2", "bmu-no-stand-in", "aggregator-drops-pack", "unknown-model"
    bool operator==(const StandIn &other) const = default;
};

struct PlanLink
{
    QString id;     // "inverter", "pack-bus-1", "bankscope"
    QString kind;   // "inverter", "pack-bus", "bankscope"
    QString medium; // "can", "rs485"; empty when unknown
    QString protocol;
    int speed = 0;  // baud or bit/s; 0 when unknown
    QString from;
    QString to;
    QString role;   // bankscope links: "listen" or "poll"
    QString note;   // code of a planner note that explains it, or empty
    bool operator==(const PlanLink &other) const = default;
};

// Something the planner wants the installer to know: a code with arguments (texts are made
// where they are shown, in the reader's language), its severity, confidence and sources.
struct PlanNote
{
    QString code;
    Severity severity = Severity::Info;
    Confidence confidence = Confidence::Documented;
    QStringList args;
    QList<SourceRef> sources;
    bool operator==(const PlanNote &other) const = default;
};

// One check's result as recorded in the plan.
struct PlanCheck
{
    QString check;   // "bus-scan", "protocol-baud", "two-masters", ...
    QString code;    // the specific result: "present", "missing", "not-polled", ...
    CheckStatus status = CheckStatus::Pending;
    Severity severity = Severity::Info;
    Confidence confidence = Confidence::Documented;
    QString subject; // pack id, address, CAN id, "bank", "inverter"
    QStringList args;
    QString text;     // as shown when it was recorded
    QString nextStep;
    QList<SourceRef> sources;
    QString at;       // ISO 8601
    bool operator==(const PlanCheck &other) const = default;
};

// A check the tool cannot measure, done by the installer.
struct ManualCheck
{
    QString check;   // e.g. "link0-empty", "termination", "cable-type"
    CheckStatus status = CheckStatus::RecordedByHand;
    QString note;
    QString photo;   // photo reference (file name or number)
    QString by;
    QString at;
    bool operator==(const ManualCheck &other) const = default;
};

struct HandoverPack
{
    QString id;
    QString serial;
    QString matchedBy; // "serial", "address"
    std::optional<double> socPct;
    std::optional<double> voltageV;
    std::optional<double> currentA;
    std::optional<double> cellMinMv;
    std::optional<double> cellMaxMv;
    std::optional<double> tempMinC;
    std::optional<double> tempMaxC;
    std::optional<double> ageS;
    bool operator==(const HandoverPack &other) const = default;
};

struct Handover
{
    QString at;
    QString source; // "verify", or the recording's file name
    QList<HandoverPack> packs;
    bool operator==(const Handover &other) const = default;
};

struct AlarmSeen
{
    QString at;
    QString pack;
    QString code; // fault name ("cell-undervoltage") or an alarm name from the wire
    bool operator==(const AlarmSeen &other) const = default;
};

// Everything about one bank's commissioning, from the first planning to the signed report: what the
// installer entered, what the planner derived, every check and its result. JSON on disk
// (PlanJson), versioned; the wizard owns one and pages edit their part, Planner::apply derives the
// rest. A plain value: copy it, compare it, no QObject.
struct CommissioningPlan
{
    // Version 2 added diagnosisChecks; a plan without them is still written as version 1, so a
    // BankScope from before reads it.
    static constexpr int kVersion = 2;

    QString created; // ISO 8601
    QString site;
    QString siteAddress;
    QString installer;
    QString company;
    QString phone;
    PlanOrder isolationOrder;
    PlanOrder powerUpOrder;
    PlanInverter inverter;
    QList<PlanBattery> batteries; // in the order given (a bank may mix models)
    Architecture architecture = Architecture::SingleMaster;
    Topology topology = Topology::MasterCable;
    QList<PlanPack> packs;        // chain order
    QList<StandIn> standIns;
    QList<PlanLink> links;
    QList<PlanNote> notes;
    QList<PlanCheck> checks;
    QList<ManualCheck> manualChecks;
    std::optional<Handover> handover;
    QList<AlarmSeen> alarms;
    // The checks by hand the "BMS communication fault" assistant walked the technician through,
    // in the order recorded, with what was found (issue 22 item 4). Read by the next diagnosis.
    QList<ManualFinding> diagnosisChecks;
    QJsonObject failover; // the failover planner's part (issue 22); kept as written, empty: not yet planned

    const PlanPack *pack(const QString &id) const;
    // Every pack id with the master role, in order.
    QStringList masters() const;
    // The bank as the aggregation core and the links see it.
    BankConfig bankConfig(const Catalogue &catalogue) const;
    bool operator==(const CommissioningPlan &other) const = default;
};

// Reads and writes plans. Strict: an unknown field, a wrong type, an unknown model or a broken
// rule (two masters in a group, a duplicate address, a stand-in that is the master …) is an error
// naming the field, because a plan is followed on site.
namespace PlanJson {

struct Error
{
    QString field; // e.g. "packs[2].model"; empty for a syntax error
    QString message;
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

Expected<CommissioningPlan, Error> parse(const QByteArray &json, const Catalogue &catalogue);
QJsonObject toJson(const CommissioningPlan &plan);
QByteArray write(const CommissioningPlan &plan); // indented, ends with a newline
// The rules beyond the types (parse runs it too).
std::optional<Error> validate(const CommissioningPlan &plan, const Catalogue &catalogue);

QJsonObject factToJson(const PlanFact &fact);

} // namespace PlanJson
