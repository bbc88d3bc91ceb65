#include "failoverbus.h"

#include <QHash>

#include <functional>

#include <algorithm>

namespace {

bool hasIncoming(const FailoverBus::State &s, const QString &id)
{
    return std::any_of(s.links.cbegin(), s.links.cend(), [&id](const QPair<QString, QString> &l) { return l.second == id; });
}

bool actsAsMaster(const FailoverBus::State &s, const FailoverBus::Unit &u)
{
    switch (s.kind) {
    case FailoverKind::PylontechChain:
    case FailoverKind::InstallerOnly:
        // The head of its piece of the chain; a unit cabled to nothing is master of nothing.
        return !hasIncoming(s, u.id) && (u.inverterCable || s.onAnyBus(u.id));
    case FailoverKind::JkPbDip:
    case FailoverKind::SingleMaster:
        return u.master;
    case FailoverKind::Aggregator:
        return false;
    }
    return false;
}

} // namespace

const FailoverBus::Unit *FailoverBus::State::unit(const QString &id) const
{
    for (const Unit &u : units)
        if (u.id == id)
            return &u;
    return nullptr;
}

FailoverBus::Unit *FailoverBus::State::unit(const QString &id)
{
    for (Unit &u : units)
        if (u.id == id)
            return &u;
    return nullptr;
}

bool FailoverBus::State::onAnyBus(const QString &id) const
{
    const Unit *u = unit(id);
    if (u && u->inverterCable)
        return true;
    return std::any_of(links.cbegin(), links.cend(), [&id](const QPair<QString, QString> &l) { return l.first == id || l.second == id; });
}

QStringList FailoverBus::State::mastersTowardsInverter() const
{
    QStringList out;
    for (const Unit &u : units)
        if (u.inverterCable && (kind == FailoverKind::Aggregator || actsAsMaster(*this, u)))
            out.append(u.id);
    return out;
}

QList<QPair<QStringList, QStringList>> FailoverBus::State::packBuses() const
{
    // Connected pieces of the pack-bus cabling (union-find over the cables), in chain order.
    QHash<QString, QString> parent;
    for (const Unit &u : units)
        parent.insert(u.id, u.id);
    std::function<QString(const QString &)> root = [&](const QString &id) {
        QString r = id;
        while (parent.value(r, r) != r)
            r = parent.value(r);
        return r;
    };
    for (const auto &l : links)
        parent[root(l.first)] = root(l.second);
    QList<QPair<QStringList, QStringList>> out;
    QStringList roots;
    for (const Unit &u : units) {
        const QString r = root(u.id);
        int index = int(roots.indexOf(r));
        if (index < 0) {
            roots.append(r);
            out.append(QPair<QStringList, QStringList>());
            index = int(roots.size()) - 1;
        }
        out[index].first.append(u.id);
        if (actsAsMaster(*this, u))
            out[index].second.append(u.id);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const QPair<QStringList, QStringList> &b) { return b.first.size() < 2; }), out.end());
    return out;
}

QString FailoverBus::State::describe() const
{
    QStringList parts;
    const QStringList inverter = mastersTowardsInverter();
    parts.append(QStringLiteral("inverter: %1").arg(inverter.isEmpty() ? QStringLiteral("-") : inverter.join(QLatin1Char(' '))));
    for (const auto &bus : packBuses())
        parts.append(QStringLiteral("bus %1: %2").arg(bus.first.join(QLatin1Char(' ')), bus.second.isEmpty() ? QStringLiteral("-") : bus.second.join(QLatin1Char(' '))));
    return parts.join(QStringLiteral(" | "));
}

QString FailoverBus::Violation::toString() const
{
    const QString where = step < 0 ? QStringLiteral("before the first step") : QStringLiteral("at step %1").arg(step + 1);
    return QStringLiteral("%1 %2 (%3)").arg(code, where, units.join(QStringLiteral(", ")));
}

FailoverBus::State FailoverBus::planned(const CommissioningPlan &plan, const FailoverProcedure &procedure, bool standInPreset)
{
    State s;
    s.kind = procedure.kind;
    const PlanPack *failed = plan.pack(procedure.failed);
    const int group = failed ? failed->group : procedure.group;
    QList<const PlanPack *> members;
    for (const PlanPack &p : plan.packs)
        if (p.group == group && p.unit != QLatin1String("bmu"))
            members.append(&p);
    std::stable_sort(members.begin(), members.end(), [](const PlanPack *a, const PlanPack *b) { return a->chainPosition < b->chainPosition; });
    for (const PlanPack *p : std::as_const(members)) {
        Unit u;
        u.id = p->id;
        u.failed = p->id == procedure.failed;
        switch (procedure.kind) {
        case FailoverKind::JkPbDip:
        case FailoverKind::SingleMaster:
            u.master = p->role == PlanRole::Master || (standInPreset && p->id == procedure.standIn);
            u.inverterCable = p->role == PlanRole::Master;
            break;
        case FailoverKind::Aggregator:
            u.inverterCable = true; // each BMS on its own port
            break;
        case FailoverKind::PylontechChain:
        case FailoverKind::InstallerOnly:
            u.inverterCable = p->role == PlanRole::Master;
            break;
        }
        s.units.append(u);
    }
    // The pack bus as planned: a chain in chain order (Pylontech Link 1 -> Link 0, JK-PB RS485-2),
    // or, for packs without an inter-BMS link, a shared RS485 bus where the plan cables one.
    bool chained = procedure.kind == FailoverKind::PylontechChain || procedure.kind == FailoverKind::JkPbDip
        || procedure.kind == FailoverKind::InstallerOnly;
    if (procedure.kind == FailoverKind::SingleMaster) {
        for (const PlanLink &l : plan.links)
            chained = chained || l.kind == QLatin1String("pack-bus");
    }
    if (chained) {
        for (int i = 0; i + 1 < s.units.size(); ++i)
            s.links.append({s.units[i].id, s.units[i + 1].id});
    }
    return s;
}

void FailoverBus::apply(State &s, const BusAction &a)
{
    Unit *u = s.unit(a.unit);
    switch (a.kind) {
    case BusAction::Kind::UnplugInverter:
        if (u)
            u->inverterCable = false;
        break;
    case BusAction::Kind::PlugInverter:
        if (u)
            u->inverterCable = true;
        break;
    case BusAction::Kind::UnlinkUnit:
        s.links.erase(std::remove_if(s.links.begin(), s.links.end(),
                                     [&a](const QPair<QString, QString> &l) { return l.first == a.unit || l.second == a.unit; }),
                      s.links.end());
        break;
    case BusAction::Kind::LinkUnits:
        // A socket takes one cable: a new cable into a Link 0 replaces what was there.
        s.links.erase(std::remove_if(s.links.begin(), s.links.end(),
                                     [&a](const QPair<QString, QString> &l) { return l.first == a.unit || l.second == a.other; }),
                      s.links.end());
        s.links.append({a.unit, a.other});
        break;
    case BusAction::Kind::SetMaster:
        if (u)
            u->master = true;
        break;
    case BusAction::Kind::ClearMaster:
        if (u)
            u->master = false;
        break;
    case BusAction::Kind::Isolate:
    case BusAction::Kind::PowerUp:
        break; // worst case: the BMSs keep running, see the class comment
    }
}

FailoverBus::Walk FailoverBus::walk(const State &start, const QList<FailoverStep> &steps, Purpose purpose, const QString &failed,
                                    const QString &standIn)
{
    Walk w;
    auto check = [&w](const State &s, int step) {
        if (s.kind != FailoverKind::Aggregator) {
            const QStringList towards = s.mastersTowardsInverter();
            if (towards.size() > 1)
                w.violations.append({step, QStringLiteral("two-masters-inverter"), towards});
        }
        for (const auto &bus : s.packBuses())
            if (bus.second.size() > 1)
                w.violations.append({step, QStringLiteral("two-masters-bus"), bus.second});
    };
    State s = start;
    check(s, -1);
    bool failedLeft = false;
    for (int i = 0; i < steps.size(); ++i) {
        for (const BusAction &a : steps[i].bus)
            apply(s, a);
        check(s, i);
        if (purpose == Purpose::Failover && !failed.isEmpty()) {
            const bool on = s.onAnyBus(failed);
            if (!on)
                failedLeft = true;
            else if (failedLeft)
                w.violations.append({i, QStringLiteral("failed-rejoins"), {failed}});
        }
        w.states.append(s);
    }
    // Where it must end.
    const bool hasMaster = s.kind == FailoverKind::PylontechChain || s.kind == FailoverKind::JkPbDip || s.kind == FailoverKind::SingleMaster;
    if (hasMaster && !standIn.isEmpty() && !steps.isEmpty()) {
        const QStringList towards = s.mastersTowardsInverter();
        if (purpose == Purpose::Failover && (towards != QStringList{standIn} || s.onAnyBus(failed)))
            w.violations.append({int(steps.size()) - 1, QStringLiteral("end-state"), towards});
        if (purpose == Purpose::Restore && towards != QStringList{failed})
            w.violations.append({int(steps.size()) - 1, QStringLiteral("end-state"), towards});
    }
    if (s.kind == FailoverKind::Aggregator && purpose == Purpose::Restore && !failed.isEmpty() && !steps.isEmpty()) {
        if (!s.onAnyBus(failed))
            w.violations.append({int(steps.size()) - 1, QStringLiteral("end-state"), {failed}});
    }
    return w;
}

FailoverBus::Proof FailoverBus::prove(const CommissioningPlan &plan, const FailoverProcedure &procedure, bool standInPreset)
{
    Proof p;
    p.start = planned(plan, procedure, standInPreset);
    p.failover = walk(p.start, procedure.steps, Purpose::Failover, procedure.failed, procedure.standIn);
    const State after = p.failover.states.isEmpty() ? p.start : p.failover.states.last();
    p.restore = walk(after, procedure.restore, Purpose::Restore, procedure.failed, procedure.standIn);
    return p;
}
