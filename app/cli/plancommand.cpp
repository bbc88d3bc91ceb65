#include "commissioningcommands.h"
#include "commissioningcommon.h"

#include "../common/jsonlines.h"
#include "planner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace CommissioningCli;

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonArray packsJson(const CommissioningPlan &plan)
{
    QJsonArray packs;
    for (const PlanPack &p : plan.packs) {
        QJsonObject o{{QStringLiteral("id"), p.id}, {QStringLiteral("model"), p.model.id}, {QStringLiteral("role"), PlanNames::role(p.role)}};
        if (p.address)
            o.insert(QStringLiteral("address"), *p.address);
        if (!p.dip.isEmpty())
            o.insert(QStringLiteral("dip"), p.dip);
        if (p.group)
            o.insert(QStringLiteral("group"), p.group);
        packs.append(o);
    }
    return packs;
}

QJsonArray notesJson(const CommissioningPlan &plan)
{
    QJsonArray notes;
    for (const PlanNote &n : plan.notes)
        notes.append(QJsonObject{{QStringLiteral("code"), n.code}, {QStringLiteral("severity"), PlanNames::severity(n.severity)},
                                 {QStringLiteral("confidence"), ConfidenceNames::name(n.confidence)}, {QStringLiteral("text"), Planner::noteText(n)}});
    return notes;
}

QJsonObject summary(const CommissioningPlan &plan)
{
    QJsonArray standIns;
    for (const StandIn &s : plan.standIns)
        standIns.append(QJsonObject{{QStringLiteral("master"), s.master}, {QStringLiteral("pack"), s.pack}, {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("architecture"), ArchitectureNames::name(plan.architecture)},
                       {QStringLiteral("topology"), PlanNames::topology(plan.topology)},
                       {QStringLiteral("summary"), Planner::architectureSummary(plan)},
                       {QStringLiteral("inverter_setting"), plan.inverter.setting.display()},
                       {QStringLiteral("packs"), packsJson(plan)},
                       {QStringLiteral("stand_ins"), standIns},
                       {QStringLiteral("isolation_order"), PlanNames::orderOrigin(plan.isolationOrder.origin)},
                       {QStringLiteral("power_up_order"), PlanNames::orderOrigin(plan.powerUpOrder.origin)},
                       {QStringLiteral("notes"), notesJson(plan)}};
}

int check(const QString &path)
{
    const Catalogue catalogue = loadCatalogue();
    const std::optional<CommissioningPlan> plan = readPlan("plan", path, catalogue);
    if (!plan)
        return 2;
    QJsonObject o = summary(*plan);
    o.insert(QStringLiteral("valid"), true);
    o.insert(QStringLiteral("file"), path);
    o.insert(QStringLiteral("checks"), int(plan->checks.size()));
    JsonLines::print(o);
    return 0;
}

} // namespace

// `bankscope-cli plan --battery MODEL:COUNT … --inverter MODEL … --output PLAN.json`, or
// `bankscope-cli plan --check PLAN.json`.
int runPlan(const QStringList &args)
{
    const Options o = parseOptions(args,
                                   {QStringLiteral("battery"), QStringLiteral("packs"), QStringLiteral("inverter"), QStringLiteral("inverter-firmware"),
                                    QStringLiteral("site"), QStringLiteral("installer"), QStringLiteral("phone"),
                                    QStringLiteral("isolation-order"), QStringLiteral("power-up-order"), QStringLiteral("output"),
                                    QStringLiteral("check")},
                                   {QStringLiteral("release-notes-checked")}, {{QStringLiteral("o"), QStringLiteral("output")}});
    if (!o.error.isEmpty())
        return fail("plan", o.error);
    if (o.has(QStringLiteral("check"))) {
        if (o.values.size() > 1 || !o.flags.isEmpty() || !o.positional.isEmpty())
            return fail("plan", Cli::tr("--check PLAN.json takes no other option"));
        return check(o.value(QStringLiteral("check")));
    }
    if (!o.positional.isEmpty())
        return fail("plan", Cli::tr("unexpected argument '%1'").arg(o.positional.first()));
    const QStringList batteries = o.values.value(QStringLiteral("battery"));
    if (batteries.isEmpty())
        return fail("plan", Cli::tr("--battery MODEL:COUNT is required (`bankscope-cli catalogue` lists the models)"));
    if (!o.has(QStringLiteral("inverter")))
        return fail("plan", Cli::tr("--inverter MODEL is required (`bankscope-cli catalogue` lists the models)"));
    if (!o.has(QStringLiteral("output")))
        return fail("plan", Cli::tr("--output PLAN.json (or -o) is required"));

    const Catalogue catalogue = loadCatalogue();
    PlanRequest request;
    const bool packsGiven = o.has(QStringLiteral("packs"));
    if (packsGiven && batteries.size() != 1)
        return fail("plan", Cli::tr("--packs N goes with a single --battery MODEL; for a mixed bank write --battery MODEL:COUNT for each"));
    for (const QString &b : batteries) {
        QString model = b;
        int count = 0;
        const qsizetype colon = b.lastIndexOf(QLatin1Char(':'));
        bool counted = false;
        if (colon > 0) {
            count = b.mid(colon + 1).toInt(&counted);
            if (counted)
                model = b.left(colon);
        }
        if (packsGiven) {
            if (counted)
                return fail("plan", Cli::tr("give the count once: --battery %1 or --packs N").arg(b));
            bool ok = false;
            count = o.value(QStringLiteral("packs")).toInt(&ok);
            if (!ok)
                return fail("plan", Cli::tr("--packs needs a whole number, got '%1'").arg(o.value(QStringLiteral("packs"))));
        } else if (!counted) {
            return fail("plan", Cli::tr("--battery %1: write MODEL:COUNT, e.g. pylontech-us3000c:3").arg(b));
        }
        if (count < 1)
            return fail("plan", Cli::tr("--battery %1: the count must be at least 1").arg(b));
        const auto ref = Planner::batteryRef(model, catalogue);
        if (!ref)
            return fail("plan", QStringLiteral("--battery: ") + ref.error());
        request.batteries.append({*ref, count});
    }
    const auto inverter = Planner::inverterRef(o.value(QStringLiteral("inverter")), catalogue);
    if (!inverter)
        return fail("plan", QStringLiteral("--inverter: ") + inverter.error());
    request.inverter = *inverter;
    request.inverterFirmware = o.value(QStringLiteral("inverter-firmware")).trimmed();
    request.releaseNotesChecked = o.flags.contains(QStringLiteral("release-notes-checked"));
    if (request.releaseNotesChecked && request.inverterFirmware.isEmpty())
        return fail("plan", Cli::tr("--release-notes-checked confirms the notes of a firmware version: give --inverter-firmware V too"));
    request.site = o.value(QStringLiteral("site"));
    request.installer = o.value(QStringLiteral("installer"));
    request.phone = o.value(QStringLiteral("phone"));
    if (o.has(QStringLiteral("isolation-order"))) {
        request.isolationOrder = Planner::parseOrder(o.value(QStringLiteral("isolation-order")));
        if (request.isolationOrder.isEmpty())
            return fail("plan", Cli::tr("--isolation-order needs steps separated by ';'"));
    }
    if (o.has(QStringLiteral("power-up-order"))) {
        request.powerUpOrder = Planner::parseOrder(o.value(QStringLiteral("power-up-order")));
        if (request.powerUpOrder.isEmpty())
            return fail("plan", Cli::tr("--power-up-order needs steps separated by ';'"));
    }
    request.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    const auto plan = Planner::plan(request, catalogue);
    if (!plan)
        return fail("plan", plan.error().toString());
    const QString output = o.value(QStringLiteral("output"));
    if (!writeFile("plan", output, PlanJson::write(*plan)))
        return 2;
    if (output != QLatin1String("-")) {
        QJsonObject s = summary(*plan);
        s.insert(QStringLiteral("written"), output);
        JsonLines::print(s);
    }
    return 0;
}
