#pragma once

#include "catalogue.h"
#include "commissioningplan.h"
#include "expected.h"
#include "failoverbus.h"
#include "failoverprocedure.h"
#include "failoverrecord.h"

#include <QCoreApplication>

// The failover planner (issue 22 item 1): from a commissioning plan, the ordered procedure an owner
// follows when the bank's master fails (isolate in the site's order, take the failed master off
// every bus, then make the stand-in master) and the installer's restore procedure (the stand-in
// demoted first, then the repaired unit back), for the plan's architecture:
//   Pylontech US/UP   the stand-in, cabled next in the chain, takes the inverter cable; switch 1 to
//                     the site's RS485 speed, 2-4 to the old master's group; no switch makes a master
//   Force-H1/H2, BYD  no steps for the owner: call the installer (never the black start)
//   JK single master  the failed pack's inverter cable out first; the stand-in set in the app to the
//                     address, protocol and speed the inverter polls; its cable in
//   JK-PB             the failed DIP-0000 master off the pack bus first, then the stand-in to 0000
//   Victron GX        what the GX shows and how much capacity is left; "carries on" only once proved
// Every step carries the fact it rests on: a step is printed as an instruction only when that fact
// is documented, confirmed by the installer on this site, or proved by the drill
// (FailoverRecord); the first step that is none of these ends the printed procedure with "ask your
// installer". The procedures are proved against the two-masters rule (FailoverBus) before they are
// returned. Pure; any thread.
class FailoverPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FailoverPlanner)

public:
    struct Result
    {
        FailoverProcedure procedure;
        FailoverBus::Proof proof;
        FailoverRecord record;
    };

    // A plan without the contact (installer.name, installer.phone), the isolation order
    // (isolation_order) or, for a master-slave or single-master bank, the stand-in (stand_ins) is an
    // error naming the field: the card is not printed with holes.
    static Expected<Result, PlanJson::Error> plan(const CommissioningPlan &plan, const Catalogue &catalogue);

    // The kind of procedure a plan gets (no validation).
    static FailoverKind kindOf(const CommissioningPlan &plan, const Catalogue &catalogue, QString *reason = nullptr);
};
