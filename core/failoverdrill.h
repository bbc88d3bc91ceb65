#pragma once

#include "commissioningplan.h"
#include "failoverbus.h"
#include "failoverprocedure.h"
#include "failoverrecord.h"
#include "packreading.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One piece of evidence for the drill, time-stamped in seconds on the drill's clock (the link's
// time stamps, or the clock the installer's answers are read on).
struct DrillEvidence
{
    enum class Kind {
        MasterFrame,   // something only a master sends: a Pylon CAN 0x351 limits broadcast, an RS485
                       // answer at the group's master address, a JK-PB master record
        BmsFrame,      // GX bank: one BMS's own limits broadcast on its own GX port (`source`: the pack;
                       // its values come through FailoverDrill::feedReading)
        Collision,     // a garbled answer or a duplicate at the master's address: two masters answer
                       // (GX bank: two senders on one BMS's port, `source`: the pack)
        KeepAlive,     // the inverter's keep-alive (CAN 0x305) or its poll (an RS485 request); GX bank:
                       // the GX's keep-alive on one BMS's port (`source`: the pack)
        Done,          // the installer did the step shown
        Saw,           // the installer notes what the inverter does (`note`: "inverter-stopped",
                       // "inverter-running", "inverter-fault"; anything else is kept as typed)
        Abort,         // the installer aborts the drill
        Tick           // time passes (the front end's clock)
    };
    Kind kind = Kind::Tick;
    double atS = 0.0;
    // MasterFrame: who sent it where the wire tells ("0x02"; CAN carries no sender, so the front end
    // numbers repeats of the limits frame within one broadcast cycle: "can#1", "can#2").
    QString source;
    bool broadcast = false;  // MasterFrame: a periodic broadcast (CAN), counted against its period
    bool limitsZero = false; // MasterFrame: charge and discharge limits both 0 A
    QString note;
};

// What the drill asks of the installer now, as a code and its arguments (texts: FailoverDrill::text).
struct DrillInstruction
{
    QString code;     // see FailoverDrill::text for the codes
    QStringList args;
    std::optional<FailoverStep> step; // "step" / "restore-step": the procedure's step
    bool needsDone = false;           // the installer answers "done" once it is done
    int index = 0;                    // "step" / "restore-step": 1-based, of `count`
    int count = 0;
    bool operator==(const DrillInstruction &o) const = default;
};

// The failover drill (issue 22 item 3): a state machine fed by time-stamped evidence of who acts as
// master on the bus (DrillEvidence), while BankScope only listens. It
//   1. hears exactly one master for a while (the baseline; two masters or silence: no drill),
//   2. asks the installer to switch the master off (or pull its cable) and times what the inverter
//      is told and does: broadcast silent, keep-alive gone, limits zeroed, what the installer sees,
//   3. walks the planner's failover steps one by one (the installer answers "done"); a step that
//      makes the stand-in master is held while any master is still heard, and every step is checked
//      with FailoverBus before it is given: a step that would put two masters on one bus or towards
//      the inverter is never given (the drill goes to the restore instead),
//   4. listens until exactly one master is heard again for a while (the stand-in took over),
//   5. walks the planner's restore steps the same way until exactly one master is heard again.
// An abort, or running past the limit, shows the restore procedure for where the drill is (the
// master only switched off: switch it back on; some steps done: the planner's restore) and keeps
// listening until exactly one master is heard. Two masters heard at any time fail the drill and
// take it to the restore. Only a drill that passed proves facts: every fact the steps walked rest on
// and FailoverFacts::kStandInTakesOver.
//
// A peer-to-peer (GX) bank has no master to replace; its drill (issue 22 item 1, "the system carries
// on" only once the drill showed it on this site) listens on every BMS's GX port:
//   1. hears every BMS of the plan for a while and takes the bank's capacity and limits from the
//      aggregation core (the "before"),
//   2. asks the installer to switch one BMS off (or pull its CAN cable), waits for it to go silent,
//   3. listens while it is off: every other BMS must keep sending, the GX's keep-alive (where it was
//      heard) must go on, and the limits the bank offers must stay above zero; the "after" is taken
//      from the aggregation core, with whether the BMS taken off set any of the limits before,
//   4. asks for it back and listens until every BMS is heard again.
// It never transmits and never asks for a second BMS on a port; two senders on one port fail it.
// A passed GX drill proves FailoverFacts::kCarriesOn. Pure (no clock of its own, no I/O); any thread.
class FailoverDrill
{
    Q_DECLARE_TR_FUNCTIONS(FailoverDrill)

public:
    struct Settings
    {
        double limitS = 600.0;     // from the master switched off to one master again, else the restore
        double baselineS = 5.0;    // one master heard this long before the drill asks for anything
        double silenceS = 3.0;     // no master frame this long: silent (at least 2.5 broadcast periods)
        double stableS = 5.0;      // exactly one master this long: one master again
        double windowS = 3.0;      // masters are counted over this window (at least 2.5 periods)
        double noTrafficS = 30.0;  // no master heard at all before the drill: it does not start
    };

    enum class Phase {
        Baseline,     // listening for the one master
        MasterOff,    // the installer switches the master off; waiting for silence
        Procedure,    // the failover steps
        WaitStandIn,  // waiting for exactly one master (the stand-in)
        Restore,      // the restore steps
        WaitRestored, // waiting for exactly one master again
        Done
    };

    // Why a plan's procedure cannot be drilled: "installer-only" (no owner steps), "aggregator" (no
    // master to replace: not built yet), "no-stand-in". nullopt: it can.
    static std::optional<QString> unsupported(const FailoverProcedure &procedure);

    FailoverDrill(const CommissioningPlan &plan, const FailoverProcedure &procedure, const Settings &settings);

    void start(double atS);
    void feed(const DrillEvidence &evidence);
    // GX bank: a BMS's values so far (from its port's BankObserver), for the aggregation core.
    void feedReading(const QString &pack, const PackReading &reading);

    Phase phase() const { return m_phase; }
    bool finished() const { return m_phase == Phase::Done; }
    const DrillInstruction &instruction() const { return m_instruction; }
    // "passed", "aborted", "failed"; empty while it runs.
    QString result() const { return m_result; }
    // Why it failed or was aborted: "two-masters", "two-masters-at-start", "no-master-at-start",
    // "limit", "aborted", "step-refused"; empty otherwise.
    QString reason() const { return m_reason; }
    const QList<DrillEvent> &timeline() const { return m_timeline; }
    // Who is heard over the window ending at atS: the masters' sources ("collision" for garbled
    // answers), or on a GX bank the BMSs heard on their ports.
    QStringList heardAt(double atS) const;
    // Masters heard over the window ending at atS (0, 1, 2 = two or more).
    int mastersHeard(double atS) const;
    // The learned broadcast period (CAN), 0 when none.
    double periodS() const { return m_periodS; }
    // Seconds from the master last heard to one master heard again (the stand-in), once known.
    std::optional<double> restoredAfterS() const { return m_restoredAfterS; }
    // Increases whenever the instruction or the timeline changes (front ends redraw on it).
    int revision() const { return m_revision; }

    // GX bank: the aggregation core's view before the BMS was taken off and while it was off.
    const std::optional<DrillBankView> &bankBefore() const { return m_before; }
    const std::optional<DrillBankView> &bankAfter() const { return m_after; }
    bool isGx() const { return m_procedure.kind == FailoverKind::Aggregator; }

    // The record for the plan (at: ISO 8601 of the drill's start).
    DrillRecord record(const QString &at) const;
    // The plan with this record in its failover part (confirmations kept).
    static CommissioningPlan withRecord(const CommissioningPlan &plan, const DrillRecord &record);

    // What the drill will do to this live site, in words (translated): the inverter loses battery
    // data for up to the limit, and what this site's inverter does then (from the catalogue, with
    // its confidence).
    static QString consequence(const FailoverProcedure &procedure, double limitS);
    static QString text(const DrillInstruction &instruction); // translated
    static QString eventText(const DrillEvent &event);        // translated
    // What a step refers to that the card prints elsewhere: the site's isolation or power-up order
    // for those steps (translated); empty for the others.
    static QString stepDetail(const CommissioningPlan &plan, const FailoverStep &step);
    static QString phaseName(Phase phase);                    // "baseline", ...
    // A GX bank's view in words: "2 BMSs, 300 Ah, CVL 53.2 V, CCL 100 A (from P2), DCL 100 A (from P2)"
    // (translated; numbers as the core gives them).
    static QString bankViewText(const DrillBankView &view);

private:
    struct Frame
    {
        double atS;
        QString source;
        bool broadcast;
    };

    void event(double atS, const QString &code, const QString &subject = {}, const QString &note = {});
    void instruct(const DrillInstruction &instruction);
    void evaluate(double atS);
    void giveStep(double atS);
    void giveRestoreStep(double atS);
    void toRestore(double atS);
    void finish(double atS, const QString &result, const QString &reason = {});
    bool stepMakesMaster(const FailoverStep &step, const QString &unit) const;
    bool busAllows(const FailoverStep &step, FailoverBus::Purpose purpose) const;
    double silenceS() const;
    double windowS() const;
    // GX bank.
    void evaluateGx(double atS);
    QStringList bmsHeard(double atS) const;
    DrillBankView bankView(double atS) const;
    void gxFeed(const DrillEvidence &evidence);

    CommissioningPlan m_plan;
    FailoverProcedure m_procedure;
    Settings m_settings;
    QList<FailoverStep> m_steps;   // the failover steps the drill walks
    QList<FailoverStep> m_restore; // the restore steps, chosen when the restore starts
    FailoverBus::State m_bus;       // the buses as the steps done left them
    FailoverBus::State m_partStart; // where the failover or the restore started
    QList<FailoverStep> m_walked;   // the steps done since
    Phase m_phase = Phase::Baseline;
    DrillInstruction m_instruction;
    QList<DrillEvent> m_timeline;
    QList<Frame> m_frames;
    QList<double> m_collisions;
    std::optional<double> m_startS;
    std::optional<double> m_lastMasterS;
    std::optional<double> m_oneSinceS;    // exactly one master heard since
    std::optional<double> m_silentSinceS; // the master last heard at, once silent
    std::optional<double> m_offAskedS;
    std::optional<double> m_lastKeepAliveS;
    bool m_keepAliveSeen = false;
    bool m_keepAliveGone = false;
    bool m_limitsZero = false;
    bool m_quiet = false; // no master heard for silenceS()
    bool m_twoMastersSaid = false;
    bool m_limitSaid = false;
    bool m_held = false;
    bool m_failoverProved = false;
    int m_next = 0;        // next step to give
    int m_stepsDone = 0;   // failover steps done
    double m_periodS = 0.0;
    double m_lastAtS = 0.0;
    std::optional<double> m_restoredAfterS;
    QString m_result;
    QString m_reason;
    QStringList m_proved;
    int m_revision = 0;
    // GX bank.
    QStringList m_bmss;                         // every BMS of the plan, in bank order
    QHash<QString, QList<double>> m_bmsFrames;  // limits broadcasts heard, per BMS (the last minute)
    QHash<QString, PackReading> m_readings;     // each BMS's values so far
    QHash<QString, double> m_gxKeepAliveS;      // the GX's keep-alive last heard, per BMS port
    QHash<QString, double> m_bmsCollisionS;     // two senders last heard on a BMS's port
    QStringList m_lostSaid;                     // BMSs said lost while they should be heard
    std::optional<double> m_allSinceS;          // every BMS heard since
    std::optional<double> m_carrySinceS;        // the others heard without the failed one since
    std::optional<DrillBankView> m_before;
    std::optional<DrillBankView> m_after;
};
