#include "failoverplanner.h"

#include "lifepo4ocv.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Error = PlanJson::Error;

QList<SourceRef> refs(const QStringList &ids, const Catalogue &catalogue)
{
    QList<SourceRef> out;
    for (const QString &id : ids) {
        const CatalogueSource *s = catalogue.source(id);
        out.append({id, s ? s->title : id, s ? s->where : QString()});
    }
    return out;
}

// The battery port the inverter cable goes into, for the plan's medium: the first inverter port
// whose name mentions it (as the commissioning planner names it).
QString inverterPort(const BatteryModel *model, const QString &medium)
{
    if (!model || medium.isEmpty())
        return {};
    const QString want = medium == QLatin1String("can") ? QStringLiteral("CAN") : QStringLiteral("RS485");
    for (const PortInfo &p : model->ports)
        if (p.use == QLatin1String("inverter") && p.name.contains(want))
            return p.name;
    return {};
}

QString packBusPort(const BatteryModel *model)
{
    if (!model)
        return {};
    for (const PortInfo &p : model->ports)
        if (p.use == QLatin1String("pack-bus"))
            return p.name;
    return {};
}

// Switch positions as printed: "OFF OFF OFF"; empty when a position is still to be matched on site.
QString positions(const QString &dip, int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i) {
        const QChar c = i < dip.size() ? dip.at(i) : QChar();
        if (c == QLatin1Char('1'))
            out.append(QStringLiteral("ON"));
        else if (c == QLatin1Char('0'))
            out.append(QStringLiteral("OFF"));
        else
            return {};
    }
    return out.join(QLatin1Char(' '));
}

class Builder
{
public:
    Builder(const CommissioningPlan &plan, const Catalogue &catalogue, const FailoverRecord &record)
        : m_plan(plan)
        , m_catalogue(catalogue)
        , m_record(record)
    {
    }

    // The basis of a step resting on `key`, a fact of this confidence: documented, else what the
    // drill proved, else what the installer confirmed, else unverified.
    StepBasis basis(Confidence confidence, const QString &key) const
    {
        if (confidence == Confidence::Documented)
            return StepBasis::Documented;
        if (!key.isEmpty() && m_record.provedByDrill(key))
            return StepBasis::ProvedByDrill;
        if (!key.isEmpty() && m_record.confirmation(key))
            return StepBasis::ConfirmedOnSite;
        return StepBasis::Unverified;
    }

    FailoverStep safe(const QString &code, const QStringList &args = {}, const QString &ifNot = {}, const QStringList &ifNotArgs = {},
                      const QList<BusAction> &bus = {}) const
    {
        FailoverStep s;
        s.code = code;
        s.args = args;
        s.ifNot = ifNot;
        s.ifNotArgs = ifNotArgs;
        s.basis = StepBasis::SafeAction;
        s.bus = bus;
        return s;
    }

    FailoverStep resting(const QString &code, const QStringList &args, const QString &key, const Fact &fact, const QString &ifNot,
                         const QList<BusAction> &bus = {}) const
    {
        FailoverStep s = safe(code, args, ifNot, contact(), bus);
        s.fact = key;
        s.confidence = fact.confidence;
        s.sources = refs(fact.sources, m_catalogue);
        s.basis = basis(fact.confidence, key);
        return s;
    }

    QStringList contact() const { return {m_plan.installer, m_plan.phone}; }

    // The site's order as a step's basis: the installer's own is this site's; a maker's order only
    // when documented (an uncertain one is refused before this, see plan()).
    void orderBasis(FailoverStep &s, const PlanOrder &order) const
    {
        switch (order.origin) {
        case OrderOrigin::Installer:
            s.basis = StepBasis::ConfirmedOnSite;
            s.confidence = Confidence::Documented;
            break;
        case OrderOrigin::Catalogue:
            s.confidence = order.confidence;
            s.sources = order.sources;
            s.basis = order.confidence == Confidence::Documented ? StepBasis::Documented : StepBasis::Unverified;
            break;
        case OrderOrigin::Missing:
            s.basis = StepBasis::Unverified;
            s.confidence = Confidence::Uncertain;
            break;
        }
    }

    FailoverStep isolate() const
    {
        FailoverStep s = safe(QStringLiteral("isolate"), {}, QStringLiteral("isolate-fails"), contact(), {{BusAction::Kind::Isolate, {}, {}}});
        orderBasis(s, m_plan.isolationOrder);
        return s;
    }

    FailoverStep powerUp(const QString &leaveOff, const QString &instead) const
    {
        FailoverStep s = safe(leaveOff.isEmpty() ? QStringLiteral("power-up-all") : QStringLiteral("power-up"), {leaveOff, instead},
                              QStringLiteral("power-up-fails"), {instead}, {{BusAction::Kind::PowerUp, {}, {}}});
        orderBasis(s, m_plan.powerUpOrder);
        return s;
    }

    FailoverStep checkInverter() const
    {
        QStringList args;
        if (m_record.drill && m_record.drill->result == QLatin1String("passed") && m_record.drill->restoredAfterS)
            args.append(QString::number(std::max(1, int(std::ceil(*m_record.drill->restoredAfterS / 60.0)))));
        return safe(QStringLiteral("check-inverter"), args, QStringLiteral("check-inverter-fails"), contact());
    }

    // The inverter's battery-type menu and value, printable once documented or confirmed here.
    std::optional<FailoverLine> inverterSetting() const
    {
        const PlanFact &menu = m_plan.inverter.menuPath;
        const PlanFact &value = m_plan.inverter.setting;
        if (!menu.known() || !value.known())
            return std::nullopt;
        const Confidence weakest = ConfidenceNames::weakest(menu.confidence, value.confidence);
        if (weakest != Confidence::Documented && !m_record.confirmation(QLatin1String(FailoverFacts::kInverterSetting))
            && !m_record.provedByDrill(QLatin1String(FailoverFacts::kInverterSetting)))
            return std::nullopt;
        FailoverLine l;
        l.code = QStringLiteral("inverter-setting");
        l.args = {menu.text, value.text};
        l.confidence = weakest;
        l.sources = menu.sources + value.sources;
        return l;
    }

    const CommissioningPlan &m_plan;
    const Catalogue &m_catalogue;
    const FailoverRecord &m_record;
};

FailoverLine line(const QString &code, const QStringList &args, Confidence confidence, const QList<SourceRef> &sources = {})
{
    return FailoverLine{code, args, confidence, sources};
}

} // namespace

// --- names ---------------------------------------------------------------------------------------

namespace FailoverKindNames {

namespace {
constexpr std::array<std::pair<FailoverKind, const char *>, 5> kKinds{{
    {FailoverKind::PylontechChain, "pylontech-chain"},
    {FailoverKind::JkPbDip, "jk-pb-dip"},
    {FailoverKind::SingleMaster, "single-master"},
    {FailoverKind::Aggregator, "aggregator"},
    {FailoverKind::InstallerOnly, "installer-only"},
}};
} // namespace

QString name(FailoverKind kind)
{
    for (const auto &k : kKinds)
        if (k.first == kind)
            return QString::fromLatin1(k.second);
    return {};
}

std::optional<FailoverKind> fromName(const QString &name)
{
    for (const auto &k : kKinds)
        if (name == QLatin1String(k.second))
            return k.first;
    return std::nullopt;
}

} // namespace FailoverKindNames

QString StepBasisNames::name(StepBasis basis)
{
    switch (basis) {
    case StepBasis::SafeAction:
        return QStringLiteral("safe-action");
    case StepBasis::Documented:
        return QStringLiteral("documented");
    case StepBasis::ConfirmedOnSite:
        return QStringLiteral("confirmed-on-site");
    case StepBasis::ProvedByDrill:
        return QStringLiteral("proved-by-drill");
    case StepBasis::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

int FailoverProcedure::printableSteps() const
{
    for (int i = 0; i < steps.size(); ++i)
        if (!steps[i].printable())
            return i;
    return int(steps.size());
}

int FailoverProcedure::printableRestoreSteps() const
{
    for (int i = 0; i < restore.size(); ++i)
        if (!restore[i].printable())
            return i;
    return int(restore.size());
}

// --- the planner -----------------------------------------------------------------------------------

FailoverKind FailoverPlanner::kindOf(const CommissioningPlan &plan, const Catalogue &catalogue, QString *reason)
{
    auto because = [reason](const char *r) {
        if (reason)
            *reason = QString::fromLatin1(r);
    };
    because("");
    if (plan.architecture == Architecture::PeerToPeer)
        return FailoverKind::Aggregator;
    const QStringList masters = plan.masters();
    const PlanPack *master = masters.isEmpty() ? nullptr : plan.pack(masters.first());
    const BatteryModel *model = master && master->model.inCatalogue() ? catalogue.battery(master->model.id) : nullptr;
    if (!model) {
        // Outside the catalogue: the planner made it a single-master bank, the safe assumption.
        return FailoverKind::SingleMaster;
    }
    switch (model->masterKind) {
    case MasterKind::LinkChain:
        if (model->addressScheme == AddressScheme::PylontechGroup)
            return FailoverKind::PylontechChain;
        because("high-voltage");
        return FailoverKind::InstallerOnly;
    case MasterKind::DipCode:
        return FailoverKind::JkPbDip;
    case MasterKind::SeparateBmu:
        because("bmu");
        return FailoverKind::InstallerOnly;
    case MasterKind::Election:
        because("election");
        return FailoverKind::InstallerOnly;
    case MasterKind::AppSetting:
    case MasterKind::None:
        return FailoverKind::SingleMaster;
    }
    return FailoverKind::SingleMaster;
}

Expected<FailoverPlanner::Result, PlanJson::Error> FailoverPlanner::plan(const CommissioningPlan &plan, const Catalogue &catalogue)
{
    // --- What the card cannot be printed without ------------------------------------------------
    if (plan.installer.trimmed().isEmpty())
        return Error{QStringLiteral("installer.name"), tr("the card says who to call: enter the installer's name")};
    if (plan.phone.trimmed().isEmpty())
        return Error{QStringLiteral("installer.phone"), tr("the card says who to call: enter the installer's phone number")};
    if (!plan.isolationOrder.isSet())
        return Error{QStringLiteral("isolation_order"), tr("no isolation order: enter this site's own, with the breaker labels (switching the inverter off does not make the battery safe)")};
    if (plan.isolationOrder.origin == OrderOrigin::Catalogue && plan.isolationOrder.confidence != Confidence::Documented)
        return Error{QStringLiteral("isolation_order"), tr("the catalogue's isolation order is not documented for this model: enter this site's own, with the breaker labels")};

    const auto record = FailoverRecord::of(plan);
    if (!record)
        return record.error();

    Result result;
    result.record = *record;
    FailoverProcedure &p = result.procedure;
    p.kind = kindOf(plan, catalogue, &p.reason);
    if (record->drill)
        p.drillResult = record->drill->result;

    const QStringList masters = plan.masters();
    const PlanPack *failed = masters.isEmpty() ? nullptr : plan.pack(masters.first());
    const BatteryModel *model = failed && failed->model.inCatalogue() ? catalogue.battery(failed->model.id) : nullptr;
    const InverterModel *inverter = plan.inverter.model.inCatalogue() ? catalogue.inverter(plan.inverter.model.id) : nullptr;

    // --- The stand-in ----------------------------------------------------------------------------
    const bool needsStandIn = p.kind == FailoverKind::PylontechChain || p.kind == FailoverKind::JkPbDip || p.kind == FailoverKind::SingleMaster;
    if (failed) {
        p.failed = failed->id;
        p.group = failed->group;
        for (int i = 1; i < masters.size(); ++i)
            p.otherMasters.append(masters[i]);
    }
    if (needsStandIn) {
        int index = -1;
        for (int i = 0; i < plan.standIns.size(); ++i)
            if (plan.standIns[i].master == p.failed)
                index = i;
        if (index < 0)
            return Error{QStringLiteral("stand_ins"), tr("no stand-in planned for the master %1: choose the unit that takes over when it fails").arg(p.failed)};
        const StandIn &s = plan.standIns[index];
        if (s.pack.isEmpty()) {
            if (s.reason == QLatin1String("single-unit-group")) {
                p.kind = FailoverKind::InstallerOnly;
                p.reason = QStringLiteral("single-unit");
            } else {
                return Error{QStringLiteral("stand_ins[%1].pack").arg(index),
                             tr("no stand-in for the master %1 (%2): choose the unit that takes over when it fails").arg(p.failed, s.reason)};
            }
        } else {
            p.standIn = s.pack;
        }
    }
    if (p.kind == FailoverKind::Aggregator) {
        p.failed = plan.packs.isEmpty() ? QString() : plan.packs.first().id; // any one of them: the card says "a battery"
        p.group = 0;
    }

    // Which units share a pack bus (single master: only where the plan cables one).
    bool sharedBus = false;
    for (const PlanLink &l : plan.links)
        sharedBus = sharedBus || l.kind == QLatin1String("pack-bus");
    const bool preset = p.kind == FailoverKind::SingleMaster && record->confirmation(QLatin1String(FailoverFacts::kStandInPreset));
    if (preset && sharedBus) {
        int index = 0;
        for (int i = 0; i < record->confirmed.size(); ++i)
            if (record->confirmed[i].fact == QLatin1String(FailoverFacts::kStandInPreset))
                index = i;
        return Error{QStringLiteral("failover.confirmed[%1].fact").arg(index),
                     tr("the stand-in shares a bus with the master: set ahead, it would answer at the master's address beside it")};
    }

    Builder b(plan, catalogue, *record);
    const QString F = p.failed;
    const QString S = p.standIn;
    const PlanPack *standIn = plan.pack(S);
    const QString medium = plan.inverter.link;
    const QString port = inverterPort(model, medium);
    const QStringList contact = b.contact();

    // --- The procedures ----------------------------------------------------------------------------
    switch (p.kind) {
    case FailoverKind::PylontechChain: {
        const Fact masterFact = model ? model->master : Fact();
        const Fact switch1 = model ? model->switches.value(0).meaning : Fact();
        const Fact group = model ? model->switches.value(1).meaning : Fact();
        p.steps.append(b.safe(QStringLiteral("note-time")));
        p.steps.append(b.isolate());
        p.steps.append(b.safe(QStringLiteral("power-off-failed"), {F}, QStringLiteral("call-installer"), contact));
        p.steps.append(b.safe(QStringLiteral("unlink-failed"), {F, S}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::UnlinkUnit, F, {}}}));
        p.steps.append(b.safe(QStringLiteral("unplug-failed-inverter"), {F, port}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::UnplugInverter, F, {}}}));
        p.steps.append(b.resting(QStringLiteral("plug-standin-inverter"), {S, port}, QLatin1String(FailoverFacts::kMasterByCable), masterFact,
                                 QStringLiteral("cable-differs"), {{BusAction::Kind::PlugInverter, S, {}}}));
        if (medium == QLatin1String("rs485")) {
            const QString value = positions(failed->dip, 0, 1);
            FailoverStep s = b.resting(QStringLiteral("set-switch-1"),
                                       {S, value, value == QLatin1String("ON") ? QStringLiteral("9600") : QStringLiteral("115200"), F}, {},
                                       switch1, QStringLiteral("switch-differs"));
            if (value.isEmpty())
                s.basis = StepBasis::Unverified; // the site's speed was never matched in the plan
            p.steps.append(s);
        }
        {
            const QString value = positions(failed->dip, 1, 3);
            FailoverStep s = b.resting(QStringLiteral("set-group"), {S, value, QString::number(failed->group), F}, {}, group,
                                       QStringLiteral("switch-differs"));
            if (value.isEmpty())
                s.basis = StepBasis::Unverified;
            p.steps.append(s);
        }
        p.steps.append(b.powerUp(F, S));
        p.steps.append(b.checkInverter());

        // Restore (the installer): the stand-in demoted first, then the repaired unit back at the head.
        p.restore.append(b.isolate());
        p.restore.append(b.safe(QStringLiteral("unplug-standin-inverter"), {S, port}, {}, {}, {{BusAction::Kind::UnplugInverter, S, {}}}));
        p.restore.append(b.resting(QStringLiteral("link-repaired"), {F, S}, QLatin1String(FailoverFacts::kMasterByCable), masterFact, {},
                                   {{BusAction::Kind::LinkUnits, F, S}}));
        p.restore.append(b.safe(QStringLiteral("plug-repaired-inverter"), {F, port}, {}, {}, {{BusAction::Kind::PlugInverter, F, {}}}));
        if (standIn) {
            FailoverStep s = b.resting(QStringLiteral("set-switches-back"), {S, positions(standIn->dip, 0, 4)}, {}, group, {});
            if (positions(standIn->dip, 0, 4).isEmpty())
                s.basis = StepBasis::Unverified;
            p.restore.append(s);
        }
        p.restore.append(b.powerUp({}, F));
        p.restore.append(b.checkInverter());
        break;
    }
    case FailoverKind::JkPbDip: {
        const Fact masterFact = model ? model->master : Fact();
        const Fact dip = model ? model->switches.value(0).meaning : Fact();
        // "The DIP is taken at power-up": no JK document; the catalogue's note says so [?].
        Fact atPowerUp = dip;
        atPowerUp.confidence = Confidence::Uncertain;
        atPowerUp.mark = QStringLiteral("?");
        const QString busPort = packBusPort(model);
        p.steps.append(b.safe(QStringLiteral("note-time")));
        p.steps.append(b.isolate());
        p.steps.append(b.safe(QStringLiteral("unlink-failed-jk"), {F, busPort}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::UnlinkUnit, F, {}}}));
        // Close the chain around the failed pack if it sat in the middle of it.
        {
            QList<const PlanPack *> chain;
            for (const PlanPack &pk : plan.packs)
                chain.append(&pk);
            std::stable_sort(chain.begin(), chain.end(), [](const PlanPack *a, const PlanPack *c) { return a->chainPosition < c->chainPosition; });
            for (int i = 1; i + 1 < chain.size(); ++i) {
                if (chain[i]->id != F)
                    continue;
                p.steps.append(b.safe(QStringLiteral("close-chain"), {chain[i - 1]->id, chain[i + 1]->id, F}, QStringLiteral("cable-differs"), contact,
                                      {{BusAction::Kind::LinkUnits, chain[i - 1]->id, chain[i + 1]->id}}));
            }
        }
        p.steps.append(b.safe(QStringLiteral("unplug-failed-inverter"), {F, port}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::UnplugInverter, F, {}}}));
        p.steps.append(b.resting(QStringLiteral("set-dip-master"), {S}, QLatin1String(FailoverFacts::kJkDipMaster), dip, QStringLiteral("switch-differs"),
                                 {{BusAction::Kind::SetMaster, S, {}}}));
        p.steps.append(b.resting(QStringLiteral("restart-standin"), {S}, QLatin1String(FailoverFacts::kJkDipAtPowerUp), atPowerUp,
                                 QStringLiteral("call-installer")));
        p.steps.append(b.resting(QStringLiteral("plug-standin-inverter-jk"), {S, port}, QLatin1String(FailoverFacts::kJkDipMaster), masterFact,
                                 QStringLiteral("cable-differs"), {{BusAction::Kind::PlugInverter, S, {}}}));
        {
            Fact protocol;
            protocol.confidence = plan.inverter.batteryPortSetting.confidence;
            FailoverStep s = b.resting(QStringLiteral("check-port-protocol"), {S, port, plan.inverter.batteryPortSetting.text, F},
                                       QLatin1String(FailoverFacts::kStandInPortProtocol), protocol, QStringLiteral("call-installer"));
            s.sources = plan.inverter.batteryPortSetting.sources;
            if (!plan.inverter.batteryPortSetting.known())
                s.basis = StepBasis::Unverified;
            p.steps.append(s);
        }
        p.steps.append(b.powerUp(F, S));
        p.steps.append(b.checkInverter());

        p.restore.append(b.isolate());
        p.restore.append(b.safe(QStringLiteral("unplug-standin-inverter"), {S, port}, {}, {}, {{BusAction::Kind::UnplugInverter, S, {}}}));
        p.restore.append(b.resting(QStringLiteral("set-dip-back"), {S, standIn ? positions(standIn->dip, 0, 4) : QString(), standIn && standIn->address ? QString::number(*standIn->address) : QString()},
                                   QLatin1String(FailoverFacts::kJkDipMaster), dip, {}, {{BusAction::Kind::ClearMaster, S, {}}}));
        p.restore.append(b.resting(QStringLiteral("restart-standin"), {S}, QLatin1String(FailoverFacts::kJkDipAtPowerUp), atPowerUp, {}));
        p.restore.append(b.safe(QStringLiteral("link-repaired-jk"), {F, busPort}, {}, {}, {{BusAction::Kind::LinkUnits, F, S}}));
        p.restore.append(b.safe(QStringLiteral("plug-repaired-inverter"), {F, port}, {}, {}, {{BusAction::Kind::PlugInverter, F, {}}}));
        p.restore.append(b.powerUp({}, F));
        p.restore.append(b.checkInverter());
        break;
    }
    case FailoverKind::SingleMaster: {
        const Fact addressFact = model ? model->addressRange : Fact();
        const bool addressed = model && model->addressScheme == AddressScheme::AppSetting;
        p.steps.append(b.safe(QStringLiteral("note-time")));
        p.steps.append(b.isolate());
        p.steps.append(b.safe(QStringLiteral("unplug-failed-inverter"), {F, port}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::UnplugInverter, F, {}}}));
        if (sharedBus)
            p.steps.append(b.safe(QStringLiteral("unlink-failed-shared"), {F}, QStringLiteral("cable-differs"), contact,
                                  {{BusAction::Kind::UnlinkUnit, F, {}}}));
        if (preset) {
            FailoverStep s = b.safe(QStringLiteral("standin-preset"), {S, F});
            s.fact = QLatin1String(FailoverFacts::kStandInPreset);
            s.basis = StepBasis::ConfirmedOnSite;
            p.steps.append(s);
        } else if (addressed) {
            // The values the failed pack used: its address, and the protocol and speed of the inverter link.
            int speed = 0;
            for (const PlanLink &l : plan.links)
                if (l.kind == QLatin1String("inverter") && speed == 0)
                    speed = l.speed;
            FailoverStep s = b.resting(QStringLiteral("set-app-address"),
                                       {S, failed && failed->address ? QString::number(*failed->address) : QString(), plan.inverter.bmsProtocol,
                                        speed > 0 ? QString::number(speed) : QString(), F},
                                       QLatin1String(FailoverFacts::kAppAddress), addressFact, QStringLiteral("call-installer"),
                                       {{BusAction::Kind::SetMaster, S, {}}});
            if (!failed || !failed->address || plan.inverter.bmsProtocol.isEmpty() || speed <= 0)
                s.basis = StepBasis::Unverified; // the values to set are not in the plan
            p.steps.append(s);
        } else {
            // A BMS without addresses (a CAN BMS): the stand-in's port must run what the master's ran.
            Fact protocol;
            protocol.confidence = plan.inverter.batteryPortSetting.confidence;
            FailoverStep s = b.resting(QStringLiteral("check-port-protocol-bms"), {S, port, plan.inverter.batteryPortSetting.text, F},
                                       QLatin1String(FailoverFacts::kStandInPortProtocol), protocol, QStringLiteral("call-installer"),
                                       {{BusAction::Kind::SetMaster, S, {}}});
            s.sources = plan.inverter.batteryPortSetting.sources;
            if (!plan.inverter.batteryPortSetting.known())
                s.basis = StepBasis::Unverified;
            p.steps.append(s);
        }
        p.steps.append(b.safe(QStringLiteral("plug-standin-inverter-single"), {S, port}, QStringLiteral("cable-differs"), contact,
                              {{BusAction::Kind::PlugInverter, S, {}}}));
        if (const auto setting = b.inverterSetting())
            p.steps.append(b.safe(QStringLiteral("reselect-battery-type"), setting->args));
        else
            p.steps.append(b.safe(QStringLiteral("battery-type-ask"), contact));
        p.steps.append(b.powerUp(F, S));
        p.steps.append(b.checkInverter());

        p.restore.append(b.isolate());
        p.restore.append(b.safe(QStringLiteral("unplug-standin-inverter"), {S, port}, {}, {}, {{BusAction::Kind::UnplugInverter, S, {}}}));
        if (addressed) {
            FailoverStep s = b.resting(QStringLiteral("set-app-address-back"), {S, standIn && standIn->address ? QString::number(*standIn->address) : QString()},
                                       QLatin1String(FailoverFacts::kAppAddress), addressFact, {}, {{BusAction::Kind::ClearMaster, S, {}}});
            if (!standIn || !standIn->address)
                s.basis = StepBasis::Unverified;
            p.restore.append(s);
        } else {
            p.restore.append(b.safe(QStringLiteral("standin-stays-slave"), {S}, {}, {}, {{BusAction::Kind::ClearMaster, S, {}}}));
        }
        if (sharedBus)
            p.restore.append(b.safe(QStringLiteral("link-repaired-shared"), {F}, {}, {}, {{BusAction::Kind::LinkUnits, F, S}}));
        p.restore.append(b.safe(QStringLiteral("plug-repaired-inverter"), {F, port}, {}, {}, {{BusAction::Kind::PlugInverter, F, {}}}));
        p.restore.append(b.powerUp({}, F));
        p.restore.append(b.checkInverter());
        break;
    }
    case FailoverKind::Aggregator: {
        const bool gx = inverter && inverter->aggregator;
        const int n = int(plan.packs.size());
        p.steps.append(b.safe(QStringLiteral("note-time")));
        p.steps.append(b.safe(gx ? QStringLiteral("gx-look") : QStringLiteral("inverter-look")));
        // "The system carries on" only once the drill showed it on this site.
        Fact carries;
        carries.confidence = Confidence::Uncertain;
        // The capacity lost: one battery's share, or what a passed drill measured on this site.
        int lessPct = n > 0 ? int(std::lround(100.0 / n)) : 0;
        if (const auto &d = record->drill; d && d->result == QLatin1String("passed") && d->bank && d->bank->after && d->bank->before.capacityAh
            && d->bank->after->capacityAh && *d->bank->before.capacityAh > 0)
            lessPct = int(std::lround((1.0 - *d->bank->after->capacityAh / *d->bank->before.capacityAh) * 100.0));
        FailoverStep s = b.resting(QStringLiteral("carries-on"), {QString::number(n - 1), QString::number(lessPct)},
                                   QLatin1String(FailoverFacts::kCarriesOn), carries, QStringLiteral("system-stopped"));
        if (inverter)
            s.sources = refs(inverter->multiBms.sources, catalogue);
        p.steps.append(s);
        p.restore.append(b.safe(QStringLiteral("plug-repaired-own-port"), {}, {}, {}, {{BusAction::Kind::PlugInverter, F, {}}}));
        p.restore.append(b.safe(gx ? QStringLiteral("gx-check-back") : QStringLiteral("inverter-check-back")));
        break;
    }
    case FailoverKind::InstallerOnly:
        p.steps.append(b.safe(QStringLiteral("note-time")));
        p.steps.append(b.safe(QStringLiteral("call-installer-now"), contact));
        p.restore.append(b.safe(QStringLiteral("installer-only")));
        break;
    }

    // --- The bank map ------------------------------------------------------------------------------
    for (const PlanPack &pk : plan.packs) {
        MapUnit u;
        u.id = pk.id;
        u.group = pk.group;
        u.inverterCable = pk.role == PlanRole::Master || pk.role == PlanRole::Peer;
        if (pk.unit == QLatin1String("bmu"))
            u.role = QStringLiteral("bmu");
        else if (pk.id == S)
            u.role = QStringLiteral("stand-in");
        else if (pk.role == PlanRole::Master)
            u.role = QStringLiteral("master");
        else if (pk.role == PlanRole::Peer)
            u.role = QStringLiteral("peer");
        else
            u.role = QStringLiteral("slave");
        p.map.append(u);
    }

    // --- What the inverter does meanwhile ----------------------------------------------------------
    const PlanFact &loss = plan.inverter.commLoss;
    const QString inverterId = plan.inverter.model.id;
    bool fallsBackToVoltage = false;
    if (inverterId == QLatin1String("deye-sun-sg") && inverter && inverter->commLossSetting) {
        const Fact &effect = inverter->commLossSetting->effect;
        const QString value = plan.inverter.commLossSettingValue.trimmed().toLower();
        const QString name = inverter->commLossSetting->name;
        if (value == QLatin1String("on")) {
            p.meanwhile = line(QStringLiteral("deye-stops"), {name}, effect.confidence, refs(effect.sources, catalogue));
        } else if (value == QLatin1String("off")) {
            p.meanwhile = line(QStringLiteral("deye-runs"), {name}, effect.confidence, refs(effect.sources, catalogue));
            fallsBackToVoltage = true;
        } else {
            p.meanwhile = line(QStringLiteral("deye-setting-unknown"), {name}, effect.confidence, refs(effect.sources, catalogue));
        }
    } else if (inverterId == QLatin1String("growatt-spf") && loss.known()) {
        p.meanwhile = line(QStringLiteral("growatt-cuts"), {}, loss.confidence, loss.sources);
    } else if (inverterId == QLatin1String("victron-gx") && loss.known()) {
        p.meanwhile = line(QStringLiteral("gx-shutdown"), {}, loss.confidence, loss.sources);
    } else if (inverterId == QLatin1String("solis") && loss.known()) {
        p.meanwhile = line(QStringLiteral("solis-grid-charge"), {}, loss.confidence, loss.sources);
        fallsBackToVoltage = true;
    } else if (inverterId == QLatin1String("sma-sunny-island") && loss.known()) {
        p.meanwhile = line(QStringLiteral("sma-battery-error"), {}, loss.confidence, loss.sources);
    } else if (loss.known()) {
        p.meanwhile = line(QStringLiteral("catalogue-text"), {loss.text}, loss.confidence, loss.sources);
    } else {
        // Never assume silence is safe (inverter-behaviour.md 2).
        p.meanwhile = line(QStringLiteral("unknown"), {plan.inverter.model.name}, Confidence::Uncertain, loss.sources);
        fallsBackToVoltage = true;
    }
    // Where the inverter guesses from the voltage: what it would have guessed at hand-over.
    if (fallsBackToVoltage && plan.handover && !plan.handover->packs.isEmpty()) {
        double vSum = 0.0, socWeighted = 0.0, weight = 0.0;
        int vCount = 0;
        std::optional<int> cells;
        for (const HandoverPack &hp : plan.handover->packs) {
            const PlanPack *pk = plan.pack(hp.id);
            const BatteryModel *m = pk && pk->model.inCatalogue() ? catalogue.battery(pk->model.id) : nullptr;
            if (hp.voltageV) {
                vSum += *hp.voltageV;
                ++vCount;
            }
            const double capacity = m && m->capacityAh.number() ? *m->capacityAh.number() : 1.0;
            if (hp.socPct) {
                socWeighted += *hp.socPct * capacity;
                weight += capacity;
            }
            if (m && m->cells.number())
                cells = int(*m->cells.number());
        }
        if (vCount > 0 && weight > 0) {
            const double v = vSum / vCount;
            const double guess = LiFePo4Ocv::socForPackVoltage(v, cells);
            p.voltageGuess = line(QStringLiteral("voltage-guess"),
                                  {QString::number(v, 'f', 2), QString::number(std::lround(guess)), QString::number(std::lround(socWeighted / weight))},
                                  Confidence::Uncertain);
        }
    }

    // --- The deadline after under-voltage (commissioning-limits.md rule 2) -------------------------
    const QString family = model ? model->family : QString();
    if (model && model->afterUndervoltage.known() && model->afterUndervoltage.confidence == Confidence::Documented) {
        const Fact &f = model->afterUndervoltage;
        static const QRegularExpression hours(QStringLiteral("within (\\d+) h"));
        const QRegularExpressionMatch m = hours.match(f.text());
        if (m.hasMatch())
            p.deadline = line(QStringLiteral("deadline-hours"), {m.captured(1)}, f.confidence, refs(f.sources, catalogue));
        else if (family == QLatin1String("byd-lvs"))
            p.deadline = line(QStringLiteral("deadline-byd"), {}, f.confidence, refs(f.sources, catalogue));
        else
            p.deadline = line(QStringLiteral("deadline-none"), {}, f.confidence, refs(f.sources, catalogue));
    } else {
        p.deadline = line(QStringLiteral("deadline-none"), {}, model ? model->afterUndervoltage.confidence : Confidence::Uncertain,
                          model ? refs(model->afterUndervoltage.sources, catalogue) : QList<SourceRef>());
    }

    p.inverterSetting = b.inverterSetting();

    // --- Sights and what to do ---------------------------------------------------------------------
    const Fact leds = model ? model->leds : Fact();
    const QList<SourceRef> ledSources = refs(leds.sources, catalogue);
    const bool owner = p.kind != FailoverKind::InstallerOnly;
    p.seeDo.append({QStringLiteral("inverter-bms-fault"), owner ? QStringLiteral("follow-steps") : QStringLiteral("call-now"), contact,
                    Confidence::Documented, {}});
    if (family == QLatin1String("pylontech-lv")) {
        p.seeDo.append({QStringLiteral("all-lights-off"), QStringLiteral("unit-off"), {F}, leds.confidence, ledSources});
        p.seeDo.append({QStringLiteral("alm-steady"), QStringLiteral("protection-call"), contact, leds.confidence, ledSources});
        p.seeDo.append({QStringLiteral("alm-flashing"), QStringLiteral("alarm-note"), {}, leds.confidence, ledSources});
    } else if (family == QLatin1String("jk-pb") || family == QLatin1String("jk-b")) {
        p.seeDo.append({QStringLiteral("jk-no-fault-light"), QStringLiteral("use-app"), {}, leds.confidence, ledSources});
    } else if (family == QLatin1String("pylontech-hv")) {
        p.seeDo.append({QStringLiteral("hv-orange"), QStringLiteral("call-do-not-restart"), contact, leds.confidence, ledSources});
        p.seeDo.append({QStringLiteral("hv-all-blue"), QStringLiteral("call-fuse"), contact, leds.confidence, ledSources});
    } else if (family == QLatin1String("byd-lvs")) {
        p.seeDo.append({QStringLiteral("byd-blue-flash"), QStringLiteral("count-flashes-call"), contact, leds.confidence, ledSources});
    }
    if (p.kind == FailoverKind::Aggregator && inverter && inverter->aggregator)
        p.seeDo.append({QStringLiteral("gx-battery-missing"), QStringLiteral("follow-steps"), {}, loss.confidence, loss.sources});

    // --- What not to do, when to stop --------------------------------------------------------------
    if (needsStandIn && !S.isEmpty())
        p.dont.append(line(QStringLiteral("no-reconnect-failed"), {F}, Confidence::Documented));
    p.dont.append(line(QStringLiteral("no-live-changes"), {}, Confidence::Documented));
    if (family == QLatin1String("pylontech-lv")) {
        const Fact sw = model->switches.value(0).meaning;
        p.dont.append(line(QStringLiteral("no-master-switch"), {}, sw.confidence, refs(sw.sources, catalogue)));
    }
    if (family == QLatin1String("pylontech-hv"))
        p.dont.append(line(QStringLiteral("no-black-start"), {}, model->afterUndervoltage.confidence, refs(model->afterUndervoltage.sources, catalogue)));
    if (family == QLatin1String("jk-pb") || family == QLatin1String("jk-b"))
        p.dont.append(line(QStringLiteral("no-other-settings"), {}, Confidence::Documented));
    if (p.meanwhile.code == QLatin1String("unknown"))
        p.dont.append(line(QStringLiteral("silence-not-safe"), {}, Confidence::Observed));

    p.callWhen.append(line(QStringLiteral("step-fails"), {}, Confidence::Documented));
    p.callWhen.append(line(QStringLiteral("heat-smell"), {}, Confidence::Documented));
    if (family == QLatin1String("pylontech-lv") || family == QLatin1String("pylontech-hv") || family == QLatin1String("byd-lvs"))
        p.callWhen.append(line(QStringLiteral("protection-light"), {}, leds.confidence, ledSources));
    p.callWhen.append(line(QStringLiteral("second-failure"), {}, Confidence::Documented));
    if (!p.otherMasters.isEmpty())
        p.callWhen.append(line(QStringLiteral("other-group-master"), {p.otherMasters.join(QStringLiteral(", "))}, Confidence::Documented));
    p.callWhen.append(line(QStringLiteral("after-failover"), {}, Confidence::Documented));

    // --- The proof ---------------------------------------------------------------------------------
    result.proof = FailoverBus::prove(plan, p, preset);
    if (!result.proof.ok()) {
        const FailoverBus::Violation v = result.proof.failover.ok() ? result.proof.restore.violations.first() : result.proof.failover.violations.first();
        return Error{QStringLiteral("failover"), tr("the %1 procedure breaks the two-masters rule: %2")
                                                     .arg(result.proof.failover.ok() ? tr("restore") : tr("failover"), v.toString())};
    }
    return result;
}
