#pragma once

#include "catalogue.h"
#include "commissioningplan.h"
#include "expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an installer asks for: the batteries (a bank may mix models), the inverter and its firmware,
// the site and this site's orders. Everything else the planner derives.
struct PlanRequest
{
    QList<PlanBattery> batteries; // in the order given
    ModelRef inverter;
    QString inverterFirmware;
    bool releaseNotesChecked = false;
    QString site;
    QString installer;
    QString phone;
    QList<OrderStep> isolationOrder; // empty: the catalogue's where a source gives one, else left to enter
    QList<OrderStep> powerUpOrder;
    QString created; // ISO 8601, the caller's clock
};

// The core service behind `bankscope-cli plan` and the commissioning wizard (HOUSE-STYLE 12): from
// the plan's inputs it derives the architecture, the topology (applying the firmware rule), the
// packs in chain order with their roles, groups, addresses and DIP positions, the stand-in of each
// master, the links, the inverter's settings from the catalogue with their confidence, the orders
// where a source gives one, and notes for everything the installer must confirm on site. Pure and
// deterministic; no I/O.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    // A new plan from a request.
    static Expected<CommissioningPlan, PlanJson::Error> plan(const PlanRequest &request, const Catalogue &catalogue);
    // Re-derives everything derived from the plan's inputs (batteries, inverter, firmware, release
    // notes, orders), keeping what the installer entered per pack (serial, firmware, cable length),
    // the checks and the hand-over. The wizard calls it after a page changed an input.
    static Expected<CommissioningPlan, PlanJson::Error> apply(CommissioningPlan plan, const Catalogue &catalogue);

    // "Open DC breaker [Q2]; Switch off BMS" -> steps; a trailing [LABEL] is the breaker's label.
    static QList<OrderStep> parseOrder(const QString &text);

    // A model reference from what an installer types: a catalogue id, or "other:NAME" for a model
    // outside the catalogue. An unknown id is an error that suggests the nearest id.
    static Expected<ModelRef, QString> batteryRef(const QString &text, const Catalogue &catalogue);
    static Expected<ModelRef, QString> inverterRef(const QString &text, const Catalogue &catalogue);

    // Plain-language texts, translated where they are shown (the reader's language).
    static QString noteText(const PlanNote &note);
    // Two sentences: what the inverter will know and what it will not.
    static QString architectureSummary(const CommissioningPlan &plan);
    static QString standInReason(const StandIn &standIn);
    static QString linkText(const PlanLink &link);
};
