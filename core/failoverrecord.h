#pragma once

#include "commissioningplan.h"
#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Facts a failover step may rest on that no maker documents for every model, so a step resting on
// one prints as an instruction only once the installer confirmed it on this site or the drill
// proved it (issue 22: "only verified values print as instructions"). One table: key, and what is
// confirmed, in plain words (translated where shown).
namespace FailoverFacts {
// Pylontech US/UP: the master is the unit carrying the inverter cable at the head of the link
// chain (Link 0 empty). Uncertain for US/UP in master-and-addressing.md 1.2.
inline constexpr const char *kMasterByCable = "master-by-cable";
// JK-PB: DIP 0000 makes a pack the master, and only that pack talks to the inverter ([2nd]).
inline constexpr const char *kJkDipMaster = "jk-dip-master";
// JK-PB: the DIP is read at power-up, so the pack must be restarted after a change ([?]).
inline constexpr const char *kJkDipAtPowerUp = "jk-dip-at-power-up";
// The stand-in's inverter port already runs the protocol the master's runs (set in the app).
inline constexpr const char *kStandInPortProtocol = "stand-in-port-protocol";
// JK-B: an address, protocol and baud set in the JK app take effect as described ([2nd]).
inline constexpr const char *kAppAddress = "app-address";
// JK-B: the stand-in was set ahead, at commissioning, with the master's address, protocol and baud
// (allowed only where it shares no bus with the master).
inline constexpr const char *kStandInPreset = "stand-in-preset";
// The inverter's battery-type menu path and value printed on the card are the ones set here.
inline constexpr const char *kInverterSetting = "inverter-setting";
// Peer-to-peer (GX): the system carried on without one BMS (the drill showed it).
inline constexpr const char *kCarriesOn = "carries-on";
// The stand-in took over as master and one master was heard again (the drill).
inline constexpr const char *kStandInTakesOver = "stand-in-takes-over";

QStringList all();
bool isKnown(const QString &key);
QString label(const QString &key); // translated, context "FailoverFacts"
} // namespace FailoverFacts

// What the installer confirmed on this site.
struct FailoverConfirmation
{
    QString fact; // a FailoverFacts key
    QString by;
    QString at;   // ISO 8601
    QString note;
    bool operator==(const FailoverConfirmation &other) const = default;
};

// One event of the drill's timeline (the drill, issue 22 item 3, writes them).
struct DrillEvent
{
    double atS = 0.0; // seconds from the drill's start
    QString event;    // e.g. "master-off", "broadcast-silent", "stand-in-promoted", "one-master"
    QString subject;  // pack id or link
    QString note;
    // Who was heard at that moment, as the drill counts it: the masters ("can#1", "0x02"; two of
    // them: two masters), or on a GX bank the BMSs heard on their ports ("P1 P2"); empty: nobody.
    QStringList heard;
    bool operator==(const DrillEvent &other) const = default;
};

// What the aggregation core made of a peer-to-peer (GX) bank at one moment of its drill: how many
// BMSs were heard, the capacity and limits it offers, and which BMS set each limit (the pack the
// core's rule took it from; how a GX itself combines several BMSs is not in the sources [?]).
struct DrillBankView
{
    int online = 0;
    std::optional<double> capacityAh;
    std::optional<double> cvlV;
    std::optional<double> cclA;
    std::optional<double> dclA;
    QString cvlFrom; // pack id, empty: none or not one pack
    QString cclFrom;
    QString dclFrom;
    bool operator==(const DrillBankView &other) const = default;
};

// A GX bank's drill: the bank before one BMS was taken off and while it was off.
struct DrillBankChange
{
    QString failed;                     // the BMS taken off
    DrillBankView before;
    std::optional<DrillBankView> after; // none: the drill ended before it was measured
    // Whether the BMS taken off set any of the bank's limits before (CVL, CCL or DCL).
    bool failedSetLimits() const { return before.cvlFrom == failed || before.cclFrom == failed || before.dclFrom == failed; }
    bool operator==(const DrillBankChange &other) const = default;
};

// The failover drill's result as recorded in the plan.
struct DrillRecord
{
    QString at;                       // ISO 8601, when it ran
    QString result;                   // "passed", "aborted", "failed"
    QStringList proved;               // FailoverFacts keys the drill proved on this site
    std::optional<double> restoredAfterS; // from the master leaving to one master heard again
    QList<DrillEvent> timeline;
    std::optional<DrillBankChange> bank;  // GX (peer-to-peer) banks only
    bool operator==(const DrillRecord &other) const = default;
};

// The failover planner's part of a plan (CommissioningPlan::failover, "failover" in the JSON):
//   {"confirmed": [{"fact", "by", "at", "note"}],
//    "drill": {"at", "result", "proved": [...], "restored_after_s", "timeline": [{"at_s", "event", "subject", "note", "heard": [...]}],
//              "bank": {"failed", "before": VIEW, "after": VIEW}}}   (GX banks; VIEW: {"online", "capacity_ah",
//              "cvl_v", "ccl_a", "dcl_a", "cvl_from", "ccl_from", "dcl_from"}, every value but "online" optional)
// Strict like the plan: an unknown field or fact key is an error naming the field
// ("failover.confirmed[1].fact"). A plain value; any thread.
struct FailoverRecord
{
    QList<FailoverConfirmation> confirmed;
    std::optional<DrillRecord> drill;

    bool isEmpty() const { return confirmed.isEmpty() && !drill; }
    const FailoverConfirmation *confirmation(const QString &fact) const;
    bool provedByDrill(const QString &fact) const;

    static Expected<FailoverRecord, PlanJson::Error> fromJson(const QJsonObject &json);
    static Expected<FailoverRecord, PlanJson::Error> of(const CommissioningPlan &plan) { return fromJson(plan.failover); }
    QJsonObject toJson() const;
    bool operator==(const FailoverRecord &other) const = default;
};
