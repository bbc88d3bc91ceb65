#include "planner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

using Error = PlanJson::Error;

const QString kPylontechLv = QStringLiteral("pylontech-lv");

QList<SourceRef> refs(const QStringList &ids, const Catalogue &catalogue)
{
    QList<SourceRef> out;
    for (const QString &id : ids) {
        const CatalogueSource *s = catalogue.source(id);
        out.append({id, s ? s->title : id, s ? s->where : QString()});
    }
    return out;
}

PlanNote note(const QString &code, Severity severity, Confidence confidence, const QStringList &args = {},
              const QList<SourceRef> &sources = {})
{
    return PlanNote{code, severity, confidence, args, sources};
}

PlanNote factNote(const QString &code, Severity severity, const Fact &fact, const Catalogue &catalogue, const QStringList &args = {})
{
    return PlanNote{code, severity, fact.confidence, args, refs(fact.sources, catalogue)};
}

QString hexAddress(int address)
{
    return QStringLiteral("0x%1").arg(address, 2, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"));
}

// Edit distance, for "did you mean".
int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString nearest(const QString &text, const QStringList &ids)
{
    QString best;
    int bestDistance = 1 << 30;
    for (const QString &id : ids) {
        int d = distance(text.toLower(), id);
        if (id.contains(text.toLower()) && !text.isEmpty())
            d = std::min(d, 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = id;
        }
    }
    return bestDistance <= std::max(3, int(text.size()) / 3) ? best : QString();
}

// The battery port a link uses: the first inverter port whose name mentions the medium.
QString portName(const BatteryModel *model, const QString &medium)
{
    if (!model || medium.isEmpty())
        return {};
    const QString want = medium == QLatin1String("can") ? QStringLiteral("CAN") : QStringLiteral("RS485");
    for (const PortInfo &p : model->ports)
        if (p.use == QLatin1String("inverter") && p.name.contains(want))
            return p.name;
    for (const PortInfo &p : model->ports)
        if (p.use == QLatin1String("inverter"))
            return p.name;
    return {};
}

// The battery end of the inverter cable: "P1 CAN", or the unit alone when the port is not known.
QString masterEnd(const QString &unit, const QString &port)
{
    if (port.isEmpty())
        return QCoreApplication::translate("Planner", "%1 (the port: see the inverter's manual)").arg(unit);
    return unit + QLatin1Char(' ') + port;
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

// Splits n units into g groups as evenly as possible, earlier groups taking the remainder.
QList<int> groupSizes(int n, int g)
{
    QList<int> sizes;
    for (int i = 0; i < g; ++i)
        sizes.append(n / g + (i < n % g ? 1 : 0));
    return sizes;
}

QString dipFor(QChar switch1, int group)
{
    QString dip(4, QLatin1Char('0'));
    dip[0] = switch1;
    for (int bit = 0; bit < 3; ++bit)
        dip[1 + bit] = (group >> bit) & 1 ? QLatin1Char('1') : QLatin1Char('0');
    return dip;
}

QString jkDip(int address)
{
    QString dip(4, QLatin1Char('0'));
    for (int bit = 0; bit < 4; ++bit)
        dip[bit] = (address >> bit) & 1 ? QLatin1Char('1') : QLatin1Char('0');
    return dip;
}

} // namespace

QList<OrderStep> Planner::parseOrder(const QString &text)
{
    QList<OrderStep> steps;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        OrderStep step;
        if (part.endsWith(QLatin1Char(']'))) {
            const qsizetype open = part.lastIndexOf(QLatin1Char('['));
            if (open > 0) {
                step.breaker = part.mid(open + 1, part.size() - open - 2).trimmed();
                part = part.left(open).trimmed();
            }
        }
        step.text = part;
        if (!step.text.isEmpty())
            steps.append(step);
    }
    return steps;
}

Expected<ModelRef, QString> Planner::batteryRef(const QString &text, const Catalogue &catalogue)
{
    if (text.startsWith(QLatin1String("other:"))) {
        const QString name = text.mid(6).trimmed();
        if (name.isEmpty())
            return tr("'other:' needs the model's name, e.g. other:\"Felicity LPBF48100\"");
        return ModelRef{QStringLiteral("other"), name};
    }
    if (const BatteryModel *b = catalogue.battery(text))
        return ModelRef{b->id, b->name};
    QStringList ids;
    for (const BatteryModel &b : catalogue.batteries())
        ids.append(b.id);
    const QString guess = nearest(text, ids);
    QString message = tr("unknown battery '%1'").arg(text);
    if (!guess.isEmpty())
        message += tr(" (did you mean %1?)").arg(guess);
    return QString(message + tr("; `bankscope-cli catalogue` lists the ids, and a battery outside the catalogue is written other:NAME"));
}

Expected<ModelRef, QString> Planner::inverterRef(const QString &text, const Catalogue &catalogue)
{
    if (text.startsWith(QLatin1String("other:"))) {
        const QString name = text.mid(6).trimmed();
        if (name.isEmpty())
            return tr("'other:' needs the model's name, e.g. other:\"Must PV1800\"");
        return ModelRef{QStringLiteral("other"), name};
    }
    if (const InverterModel *i = catalogue.inverter(text))
        return ModelRef{i->id, i->name};
    QStringList ids;
    for (const InverterModel &i : catalogue.inverters())
        ids.append(i.id);
    const QString guess = nearest(text, ids);
    QString message = tr("unknown inverter '%1'").arg(text);
    if (!guess.isEmpty())
        message += tr(" (did you mean %1?)").arg(guess);
    return QString(message + tr("; `bankscope-cli catalogue` lists the ids, and an inverter outside the catalogue is written other:NAME"));
}

Expected<CommissioningPlan, PlanJson::Error> Planner::plan(const PlanRequest &request, const Catalogue &catalogue)
{
    CommissioningPlan p;
    p.created = request.created;
    p.site = request.site;
    p.installer = request.installer;
    p.phone = request.phone;
    p.batteries = request.batteries;
    p.inverter.model = request.inverter;
    p.inverter.firmware = request.inverterFirmware.trimmed();
    p.inverter.releaseNotesChecked = request.releaseNotesChecked;
    if (!request.isolationOrder.isEmpty())
        p.isolationOrder = PlanOrder{OrderOrigin::Installer, request.isolationOrder, Confidence::Documented, {}, {}};
    if (!request.powerUpOrder.isEmpty())
        p.powerUpOrder = PlanOrder{OrderOrigin::Installer, request.powerUpOrder, Confidence::Documented, {}, {}};
    return apply(p, catalogue);
}

Expected<CommissioningPlan, PlanJson::Error> Planner::apply(CommissioningPlan plan, const Catalogue &catalogue)
{
    // --- Inputs --------------------------------------------------------------------------------
    if (plan.batteries.isEmpty())
        return Error{QStringLiteral("batteries"), tr("name at least one battery model and its count")};
    if (plan.inverter.releaseNotesChecked && plan.inverter.firmware.isEmpty())
        return Error{QStringLiteral("inverter.release_notes_checked"), tr("release notes can only be checked for a firmware version: enter the inverter's firmware")};

    QList<const BatteryModel *> models;
    QString family;
    bool anyOther = false;
    int total = 0;
    for (int i = 0; i < plan.batteries.size(); ++i) {
        PlanBattery &b = plan.batteries[i];
        const QString field = QStringLiteral("batteries[%1]").arg(i);
        if (b.count < 1)
            return Error{field + QStringLiteral(".count"), tr("a count of at least 1")};
        total += b.count;
        if (!b.model.inCatalogue()) {
            anyOther = true;
            models.append(nullptr);
            continue;
        }
        const BatteryModel *m = catalogue.battery(b.model.id);
        if (!m)
            return Error{field + QStringLiteral(".model"), tr("unknown battery model '%1'").arg(b.model.id)};
        b.model.name = m->name;
        if (!family.isEmpty() && m->family != family) {
            return Error{field + QStringLiteral(".model"), tr("%1 cannot share a bank with %2: they are different families and do not talk to each other")
                                                               .arg(m->name, plan.batteries[0].model.name)};
        }
        family = m->family;
        models.append(m);
    }
    if (anyOther && !family.isEmpty())
        return Error{QStringLiteral("batteries"), tr("a bank cannot mix catalogued batteries with one outside the catalogue: BankScope cannot tell whether they share a bus")};
    if (total > 64)
        return Error{QStringLiteral("batteries"), tr("%1 packs: BankScope plans banks of up to 64 units").arg(total)};

    const InverterModel *inverter = nullptr;
    if (plan.inverter.model.inCatalogue()) {
        inverter = catalogue.inverter(plan.inverter.model.id);
        if (!inverter)
            return Error{QStringLiteral("inverter.model"), tr("unknown inverter model '%1'").arg(plan.inverter.model.id)};
        plan.inverter.model.name = inverter->name;
    } else if (plan.inverter.model.name.trimmed().isEmpty()) {
        return Error{QStringLiteral("inverter.name"), tr("an inverter outside the catalogue needs its name")};
    }

    // What the installer entered per pack survives a re-derivation, by pack id.
    QHash<QString, PlanPack> entered;
    for (const PlanPack &pk : std::as_const(plan.packs))
        entered.insert(pk.id, pk);

    plan.notes.clear();
    plan.packs.clear();
    plan.standIns.clear();
    plan.links.clear();

    // --- Units in chain order -------------------------------------------------------------------
    struct Unit
    {
        ModelRef ref;
        const BatteryModel *model;
    };
    QList<Unit> units;
    for (int i = 0; i < plan.batteries.size(); ++i)
        for (int n = 0; n < plan.batteries[i].count; ++n)
            units.append({plan.batteries[i].model, models[i]});

    const bool mixed = plan.batteries.size() > 1;
    if (mixed && family == kPylontechLv) {
        // Mixed generations: the newest or largest model at the head as master [2nd].
        bool allRanked = true;
        for (const BatteryModel *m : std::as_const(models))
            allRanked = allRanked && m->headRank.number();
        if (allRanked) {
            std::stable_sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
                return *a.model->headRank.number() > *b.model->headRank.number();
            });
            plan.notes.append(factNote(QStringLiteral("mixed-head"), Severity::Info, units.first().model->headRank, catalogue,
                                       {units.first().model->name}));
        } else {
            QStringList names;
            for (const BatteryModel *m : std::as_const(models))
                names.append(m->name);
            plan.notes.append(note(QStringLiteral("mixed-head-unknown"), Severity::Warning, Confidence::Uncertain,
                                   {names.join(QStringLiteral(", ")), units.first().model->name}));
        }
    }
    const BatteryModel *head = units.first().model; // nullptr: outside the catalogue

    // --- Inverter link and settings -------------------------------------------------------------
    PlanInverter &pi = plan.inverter;
    pi.link.clear();
    pi.bmsProtocol.clear();
    pi.commLossSettingName.clear();
    if (!inverter) {
        pi.menuPath = pi.setting = pi.batteryPortSetting = pi.commLoss = PlanFact::notInCatalogue();
        plan.notes.append(note(QStringLiteral("inverter-not-in-catalogue"), Severity::Warning, Confidence::Uncertain, {pi.model.name}));
    } else {
        pi.menuPath = PlanFact::from(inverter->batteryMenu, catalogue);
        pi.commLoss = PlanFact::from(inverter->commLoss, catalogue);
        if (inverter->commLossSetting) {
            pi.commLossSettingName = inverter->commLossSetting->name;
            plan.notes.append(factNote(QStringLiteral("comm-loss-setting"), Severity::Warning, inverter->commLossSetting->effect, catalogue,
                                       {inverter->commLossSetting->name, inverter->commLossSetting->where.text()}));
        }
        const InverterSetting *setting = head ? inverter->setting(head->id) : nullptr;
        if (setting) {
            pi.link = setting->link;
            pi.bmsProtocol = setting->bmsProtocol;
            pi.setting = PlanFact::from(setting->value, catalogue);
            // Every model of a mixed bank must be covered by the same setting.
            for (const BatteryModel *m : std::as_const(models))
                if (m && !inverter->setting(m->id, setting->link))
                    plan.notes.append(note(QStringLiteral("setting-unknown"), Severity::Warning, Confidence::Uncertain, {inverter->name, m->name}));
        } else {
            pi.setting = head ? PlanFact() : PlanFact::notInCatalogue();
            if (head) {
                pi.setting.unknown = Unknown::NotFound;
                pi.setting.mark = QStringLiteral("?");
                pi.setting.confidence = Confidence::Uncertain;
                pi.setting.sources = refs(inverter->batteryMenu.sources, catalogue);
                plan.notes.append(note(QStringLiteral("setting-unknown"), Severity::Warning, Confidence::Uncertain, {inverter->name, head->name}));
            }
        }
        if (!head)
            pi.batteryPortSetting = PlanFact::notInCatalogue();
    }
    if (head) {
        const PortProtocol *pp = inverter ? head->portProtocol(inverter->id, pi.bmsProtocol) : nullptr;
        if (pp) {
            pi.batteryPortSetting = PlanFact::from(pp->setting, catalogue);
        } else {
            pi.batteryPortSetting = PlanFact();
            pi.batteryPortSetting.unknown = inverter ? Unknown::NotFound : Unknown::NotInCatalogue;
            pi.batteryPortSetting.mark = QStringLiteral("?");
            pi.batteryPortSetting.sources = refs(head->master.sources, catalogue);
        }
    } else {
        plan.notes.append(note(QStringLiteral("battery-not-in-catalogue"), Severity::Warning, Confidence::Uncertain, {units.first().ref.name}));
    }
    if (pi.link.isEmpty() && head && head->addressScheme == AddressScheme::None && head->canBitrate.known()) {
        pi.link = QStringLiteral("can"); // a CAN-only battery talks CAN or not at all
        pi.bmsProtocol = QStringLiteral("pylon-can");
    }

    // --- Architecture ---------------------------------------------------------------------------
    if (!head) {
        plan.architecture = Architecture::SingleMaster; // the safe assumption: one cable, one BMS
    } else {
        switch (head->masterKind) {
        case MasterKind::LinkChain:
        case MasterKind::DipCode:
        case MasterKind::SeparateBmu:
        case MasterKind::Election:
            plan.architecture = Architecture::MasterSlave;
            break;
        case MasterKind::AppSetting:
        case MasterKind::None:
            plan.architecture = inverter && inverter->aggregator ? Architecture::PeerToPeer : Architecture::SingleMaster;
            break;
        }
    }
    plan.topology = plan.architecture == Architecture::PeerToPeer ? Topology::AggregatorPorts : Topology::MasterCable;

    // --- The firmware rule ----------------------------------------------------------------------
    // A single-master bank of addressable BMSs could instead hang every BMS on the inverter's bus,
    // if the inverter polls several addresses. Only a documented "yes" allows it outright; where
    // the catalogue says it depends on firmware, or does not know, only the installer's entered
    // firmware and confirmed release notes do. Otherwise: the safe topology.
    if (plan.architecture == Architecture::SingleMaster && head && head->addressScheme == AddressScheme::AppSetting && total > 1 && inverter) {
        const QString multi = inverter->multiBms.known() ? inverter->multiBms.value.toString() : QString();
        const bool documentedYes = multi == QLatin1String("yes") && inverter->multiBms.confidence == Confidence::Documented;
        const bool confirmed = !pi.firmware.isEmpty() && pi.releaseNotesChecked;
        if (multi == QLatin1String("no")) {
            plan.notes.append(factNote(QStringLiteral("safe-topology-one-bms"), Severity::Info, inverter->multiBms, catalogue, {inverter->name}));
        } else if (documentedYes || confirmed) {
            plan.topology = Topology::MultiDrop;
            plan.architecture = Architecture::PeerToPeer; // the inverter combines the BMSs itself
            if (!documentedYes)
                plan.notes.append(factNote(QStringLiteral("multi-drop-confirmed"), Severity::Info, inverter->multiBms, catalogue, {inverter->name, pi.firmware}));
        } else {
            plan.notes.append(factNote(QStringLiteral("safe-topology-firmware"), Severity::Warning, inverter->multiBms, catalogue, {inverter->name}));
        }
    }

    // --- Packs ----------------------------------------------------------------------------------
    auto keepEntered = [&entered](PlanPack &pk) {
        const auto it = entered.constFind(pk.id);
        if (it == entered.constEnd())
            return;
        pk.serial = it->serial;
        pk.firmware = it->firmware;
        pk.cableLengthM = it->cableLengthM;
    };
    const QString masterPortCan = portName(head, QStringLiteral("can"));
    const QString inverterEnd = inverter ? tr("%1 BMS port").arg(inverter->name) : tr("%1 BMS port").arg(pi.model.name);
    int inverterSpeed = 0;
    if (pi.link == QLatin1String("can") && inverter) {
        if (const WireProfile *w = inverter->wireProfile(pi.bmsProtocol); w && w->bitrate.number())
            inverterSpeed = int(*w->bitrate.number());
    }
    if (pi.link == QLatin1String("can") && inverterSpeed == 0 && head && head->canBitrate.number())
        inverterSpeed = int(*head->canBitrate.number());

    const AddressScheme scheme = head ? head->addressScheme : AddressScheme::None;

    if (head && scheme == AddressScheme::PylontechGroup) {
        // Groups: at most the model's units per group (the smallest of a mixed bank).
        std::optional<double> limit;
        const BatteryModel *limiting = nullptr;
        for (const BatteryModel *m : std::as_const(models)) {
            if (m->maxUnits.number() && (!limit || *m->maxUnits.number() < *limit)) {
                limit = m->maxUnits.number();
                limiting = m;
            }
        }
        int groups = 1;
        if (!limit) {
            plan.notes.append(factNote(QStringLiteral("units-per-group-unknown"), Severity::Warning, head->maxUnits, catalogue, {head->name}));
        } else {
            groups = int(std::ceil(total / *limit));
            if (limiting->maxUnits.confidence != Confidence::Documented && total >= *limit)
                plan.notes.append(factNote(QStringLiteral("units-per-group-uncertain"), Severity::Warning, limiting->maxUnits, catalogue,
                                           {QString::number(*limit), limiting->name}));
        }
        const int maxGroups = head->maxGroups.number() ? int(*head->maxGroups.number()) : 7;
        if (groups > maxGroups) {
            return Error{QStringLiteral("batteries"), tr("%1 modules need %2 groups of at most %3; the ADD switch sets groups 1 to %4")
                                                          .arg(total).arg(groups).arg(int(*limit)).arg(maxGroups)};
        }
        const std::optional<double> polledAt = inverter ? inverter->pylontechMasterAddress.number() : std::nullopt;
        int firstGroup = groups > 1 ? 1 : 0;
        if (groups == 1 && polledAt && int(*polledAt) == 0x12 && pi.link == QLatin1String("rs485")) {
            firstGroup = 1; // this inverter expects the master at DIP X100 even for one tower
            plan.notes.append(factNote(QStringLiteral("inverter-polls-group-1"), Severity::Warning, inverter->pylontechMasterAddress, catalogue,
                                       {inverter->name, hexAddress(0x12)}));
        }
        if (groups > 1) {
            plan.notes.append(note(QStringLiteral("groups-split"), Severity::Info, limiting->maxUnits.confidence, {QString::number(groups), QString::number(int(*limit))},
                                   refs(limiting->maxUnits.sources, catalogue)));
            plan.notes.append(note(QStringLiteral("multi-group-hub"), Severity::Warning, Confidence::Uncertain, {}, refs(head->maxGroups.sources, catalogue)));
            plan.notes.append(note(QStringLiteral("slave-dip-multigroup"), Severity::Info, Confidence::Uncertain, {}, refs(head->switches.value(1).meaning.sources, catalogue)));
        }
        // Switch 1: the RS485 rate, the same on every module. On CAN it does nothing: leave it at
        // the protocol's default (OFF, 115200). On RS485 it must match the inverter's rate, which
        // the catalogue does not give: '?' until the installer matches it.
        const QChar switch1 = pi.link == QLatin1String("can") ? QLatin1Char('0') : QLatin1Char('?');
        if (switch1 == QLatin1Char('?'))
            plan.notes.append(note(QStringLiteral("pylontech-switch1-match-inverter"), Severity::Warning, Confidence::Uncertain, {},
                                   refs(head->switches.value(0).meaning.sources, catalogue)));
        const QList<int> sizes = groupSizes(total, groups);
        int index = 0;
        QStringList masterIds;
        for (int g = 0; g < groups; ++g) {
            const int m = firstGroup + g;
            QString masterId;
            for (int pos = 1; pos <= sizes[g]; ++pos, ++index) {
                PlanPack pk;
                pk.id = QStringLiteral("P%1").arg(index + 1);
                pk.model = units[index].ref;
                pk.unit = QStringLiteral("module");
                pk.group = m;
                pk.address = 0x10 * m + 1 + pos;
                pk.role = pos == 1 ? PlanRole::Master : PlanRole::Slave;
                pk.dip = dipFor(switch1, m);
                pk.chainPosition = pos;
                keepEntered(pk);
                plan.packs.append(pk);
                if (pos == 1)
                    masterId = pk.id;
            }
            masterIds.append(masterId);
            const int first = index - sizes[g];
            if (sizes[g] > 1)
                plan.standIns.append({m, masterId, plan.packs[first + 1].id, QStringLiteral("next-in-chain")});
            else
                plan.standIns.append({m, masterId, QString(), QStringLiteral("single-unit-group")});
            if (sizes[g] > 1) {
                plan.links.append({QStringLiteral("pack-bus-%1").arg(g + 1), QStringLiteral("pack-bus"), QStringLiteral("rs485"), QString(), 0,
                                   tr("%1 Link 1").arg(masterId), tr("%1 Link 0, then each Link 1 to the next Link 0").arg(plan.packs[first + 1].id),
                                   QString(), QStringLiteral("pylontech-link-bus")});
            }
        }
        plan.notes.prepend(factNote(QStringLiteral("pylontech-master-by-cable"), Severity::Warning, head->master, catalogue, {masterIds.join(QStringLiteral(", "))}));
        const Fact &switch1Fact = head->switches.value(0).meaning;
        if (!switch1Fact.otherReadings.isEmpty()) {
            const FactReading &other = switch1Fact.otherReadings.first();
            plan.notes.insert(1, note(QStringLiteral("pylontech-switch1-conflict"), Severity::Warning, other.confidence, {other.value.toString()},
                                      refs(other.sources, catalogue)));
        }
        const QString master = masterIds.first();
        plan.links.prepend({QStringLiteral("inverter"), QStringLiteral("inverter"), pi.link, pi.bmsProtocol,
                            pi.link == QLatin1String("can") ? inverterSpeed : (switch1 == QLatin1Char('0') ? 115200 : 0),
                            masterEnd(master, portName(head, pi.link)), inverterEnd, QString(), QString()});
        if (pi.link == QLatin1String("can")) {
            // The master's RS485 port is free: BankScope polls the bank there (every module in one
            // 0xFF answer), and only listens to what the inverter is told.
            plan.links.append({QStringLiteral("bankscope-rs485"), QStringLiteral("bankscope"), QStringLiteral("rs485"), QStringLiteral("pylontech-rs485"),
                               115200, tr("laptop (USB-RS485 adapter)"), tr("%1 %2").arg(master, portName(head, QStringLiteral("rs485"))),
                               QStringLiteral("poll"), QString()});
            plan.links.append({QStringLiteral("bankscope-can"), QStringLiteral("bankscope"), QStringLiteral("can"), QStringLiteral("pylon-can"),
                               inverterSpeed, tr("laptop (USB-CAN adapter)"), tr("the inverter link (a tap)"), QStringLiteral("listen"), QString()});
        } else if (pi.link == QLatin1String("rs485")) {
            plan.links.append({QStringLiteral("bankscope-rs485"), QStringLiteral("bankscope"), QStringLiteral("rs485"), QStringLiteral("pylontech-rs485"),
                               switch1 == QLatin1Char('0') ? 115200 : 0, tr("laptop (USB-RS485 adapter)"), tr("the inverter link (a tap)"),
                               QStringLiteral("listen"), QString()});
        }
    } else if (head && scheme == AddressScheme::JkDip) {
        const int limit = head->maxUnits.number() ? int(*head->maxUnits.number()) : 16;
        if (total > limit)
            return Error{QStringLiteral("batteries"), tr("%1 packs: the DIP switch gives addresses 0 to %2").arg(total).arg(limit - 1)};
        for (int i = 0; i < total; ++i) {
            PlanPack pk;
            pk.id = QStringLiteral("P%1").arg(i + 1);
            pk.model = units[i].ref;
            pk.unit = QStringLiteral("pack");
            pk.address = i;
            pk.role = i == 0 ? PlanRole::Master : PlanRole::Slave;
            pk.dip = jkDip(i);
            pk.chainPosition = i + 1;
            keepEntered(pk);
            plan.packs.append(pk);
        }
        plan.notes.append(factNote(QStringLiteral("jk-dip"), Severity::Info, head->switches.value(0).meaning, catalogue));
        plan.notes.append(factNote(QStringLiteral("jk-protocol-in-app"), Severity::Info, head->master, catalogue, {pi.batteryPortSetting.display()}));
        plan.standIns.append({0, QStringLiteral("P1"), total > 1 ? QStringLiteral("P2") : QString(), total > 1 ? QStringLiteral("dip-1") : QStringLiteral("single-unit-group")});
        plan.links.append({QStringLiteral("inverter"), QStringLiteral("inverter"), pi.link, pi.bmsProtocol, inverterSpeed,
                           masterEnd(QStringLiteral("P1"), portName(head, pi.link)), inverterEnd, QString(), QString()});
        if (total > 1)
            plan.links.append({QStringLiteral("pack-bus-1"), QStringLiteral("pack-bus"), QStringLiteral("rs485"), QStringLiteral("jk-pb"), 115200,
                               tr("P1 %1").arg(packBusPort(head)), tr("every pack's RS485-2, chained"), QString(), QString()});
        plan.links.append({QStringLiteral("bankscope-rs485"), QStringLiteral("bankscope"), QStringLiteral("rs485"), QStringLiteral("jk-pb"), 115200,
                           tr("laptop (USB-RS485 adapter)"), tr("the pack bus (RS485-2): listen only, the DIP-0 master polls there"),
                           QStringLiteral("listen"), QString()});
        if (pi.link == QLatin1String("can"))
            plan.links.append({QStringLiteral("bankscope-can"), QStringLiteral("bankscope"), QStringLiteral("can"), QStringLiteral("pylon-can"),
                               inverterSpeed, tr("laptop (USB-CAN adapter)"), tr("the inverter link (a tap)"), QStringLiteral("listen"), QString()});
    } else if (head && scheme == AddressScheme::Bmu) {
        const int limit = head->maxUnits.number() ? int(*head->maxUnits.number()) : 64;
        if (total > limit)
            return Error{QStringLiteral("batteries"), tr("%1 modules: one BMU takes up to %2").arg(total).arg(limit)};
        PlanPack bmu;
        bmu.id = QStringLiteral("BMU");
        bmu.model = units.first().ref;
        bmu.unit = QStringLiteral("bmu");
        bmu.role = PlanRole::Master;
        keepEntered(bmu);
        plan.packs.append(bmu);
        for (int i = 0; i < total; ++i) {
            PlanPack pk;
            pk.id = QStringLiteral("M%1").arg(i + 1);
            pk.model = units[i].ref;
            pk.unit = QStringLiteral("module");
            pk.role = PlanRole::Slave;
            keepEntered(pk);
            plan.packs.append(pk);
        }
        plan.notes.append(factNote(QStringLiteral("bmu-configuration"), Severity::Warning, head->firmwareRule, catalogue));
        plan.standIns.append({0, QStringLiteral("BMU"), QString(), QStringLiteral("bmu-no-stand-in")});
        plan.links.append({QStringLiteral("inverter"), QStringLiteral("inverter"), pi.link, pi.bmsProtocol, inverterSpeed,
                           masterEnd(QStringLiteral("BMU"), portName(head, pi.link)), inverterEnd, QString(), QString()});
        plan.links.append({QStringLiteral("pack-bus-1"), QStringLiteral("pack-bus"), QString(), QString(), 0, tr("BMU %1").arg(packBusPort(head)),
                           tr("the battery modules"), QString(), QString()});
        if (pi.link == QLatin1String("can"))
            plan.links.append({QStringLiteral("bankscope-can"), QStringLiteral("bankscope"), QStringLiteral("can"), QStringLiteral("pylon-can"),
                               inverterSpeed, tr("laptop (USB-CAN adapter)"), tr("the inverter link (a tap)"), QStringLiteral("listen"), QString()});
    } else {
        // Every unit is its own BMS (JK-B, a CAN BMS), a chain without addresses (Force-H2), or a
        // model outside the catalogue.
        const bool chain = head && head->masterKind == MasterKind::LinkChain;
        const bool appAddress = head && scheme == AddressScheme::AppSetting;
        const QString prefix = chain ? QStringLiteral("S") : QStringLiteral("P");
        if (chain && head->maxUnits.number() && total > *head->maxUnits.number())
            plan.notes.append(factNote(QStringLiteral("units-over-limit"), Severity::Warning, head->maxUnits, catalogue,
                                       {QString::number(total), QString::number(*head->maxUnits.number()), head->name}));
        for (int i = 0; i < total; ++i) {
            PlanPack pk;
            pk.id = prefix + QString::number(i + 1);
            pk.model = units[i].ref;
            pk.unit = chain ? QStringLiteral("string") : QStringLiteral("pack");
            if (appAddress)
                pk.address = i + 1;
            switch (plan.topology) {
            case Topology::AggregatorPorts:
            case Topology::MultiDrop:
                pk.role = PlanRole::Peer;
                break;
            case Topology::MasterCable:
                pk.role = i == 0 ? PlanRole::Master : (chain ? PlanRole::Slave : PlanRole::Independent);
                break;
            }
            pk.chainPosition = chain ? i + 1 : 0;
            keepEntered(pk);
            plan.packs.append(pk);
        }
        if (appAddress)
            plan.notes.append(factNote(QStringLiteral("app-address"), Severity::Info, head->addressRange, catalogue));
        if (chain)
            plan.notes.append(factNote(QStringLiteral("hv-installer-only"), Severity::Warning, head->master, catalogue));
        const QString firstId = plan.packs.first().id;
        if (plan.topology == Topology::MasterCable) {
            QString reason = chain ? QStringLiteral("next-in-chain") : QStringLiteral("next-pack");
            QString standIn = total > 1 ? plan.packs[1].id : QString();
            if (!head) {
                reason = QStringLiteral("unknown-model");
                standIn.clear();
            } else if (total == 1) {
                reason = QStringLiteral("single-unit-group");
            }
            plan.standIns.append({0, firstId, standIn, reason});
        }
        const QString port = head ? portName(head, pi.link) : QString();
        if (plan.topology == Topology::AggregatorPorts) {
            for (int i = 0; i < total; ++i) {
                const QString id = plan.packs[i].id;
                plan.links.append({QStringLiteral("inverter-%1").arg(i + 1), QStringLiteral("inverter"), pi.link, pi.bmsProtocol, inverterSpeed,
                                   tr("%1 %2").arg(id, port), tr("its own CAN port of the %1, profile set to CAN-bus BMS").arg(inverter->name),
                                   QString(), QStringLiteral("gx-port-per-bms")});
                plan.links.append({QStringLiteral("bankscope-can-%1").arg(i + 1), QStringLiteral("bankscope"), QStringLiteral("can"), QStringLiteral("pylon-can"),
                                   inverterSpeed, tr("laptop (USB-CAN adapter)"), tr("%1's link to the GX (a tap)").arg(id), QStringLiteral("listen"), QString()});
            }
            plan.notes.append(factNote(QStringLiteral("gx-port-per-bms"), Severity::Info, inverter->batteryMenu, catalogue));
        } else if (plan.topology == Topology::MultiDrop) {
            plan.links.append({QStringLiteral("inverter"), QStringLiteral("inverter"), pi.link, pi.bmsProtocol, inverterSpeed,
                               pi.link.isEmpty() ? tr("every pack, on one bus (the port: see the inverter's manual)") : tr("every pack's %1, on one bus").arg(port),
                               inverterEnd, QString(), QString()});
            plan.links.append({QStringLiteral("bankscope-bus"), QStringLiteral("bankscope"), pi.link, pi.bmsProtocol, inverterSpeed,
                               tr("laptop"), tr("the inverter's bus: listen only, the inverter polls there"), QStringLiteral("listen"), QString()});
        } else {
            plan.links.append({QStringLiteral("inverter"), QStringLiteral("inverter"), pi.link, pi.bmsProtocol, inverterSpeed,
                               masterEnd(firstId, pi.link.isEmpty() ? QString() : port), inverterEnd, QString(), QString()});
            plan.links.append({QStringLiteral("bankscope-inverter"), QStringLiteral("bankscope"), pi.link, pi.bmsProtocol, inverterSpeed,
                               tr("laptop"), tr("the inverter link (a tap): listen only"), QStringLiteral("listen"), QString()});
            if (total > 1 && head && !chain) {
                const bool jk = appAddress;
                plan.links.append({QStringLiteral("bankscope-packs"), QStringLiteral("bankscope"), jk ? QStringLiteral("rs485") : QStringLiteral("can"),
                                   jk ? QStringLiteral("jk-legacy") : QStringLiteral("pylon-can"), jk ? 115200 : inverterSpeed, tr("laptop"),
                                   jk ? tr("each other pack's own port, one at a time (or on a shared JK Modbus bus at its address)")
                                      : tr("each other BMS's own CAN port"),
                                   jk ? QStringLiteral("poll") : QStringLiteral("listen"), QString()});
            }
        }
    }

    // --- Orders ---------------------------------------------------------------------------------
    auto catalogueOrder = [&](PlanOrder &order, const Fact BatteryModel::*member, const QString &missingCode) {
        if (order.origin == OrderOrigin::Installer && !order.steps.isEmpty())
            return;
        const Fact *fact = head ? &(head->*member) : nullptr;
        if (fact && fact->known()) {
            PlanOrder o;
            o.origin = OrderOrigin::Catalogue;
            for (const QString &s : fact->strings())
                o.steps.append({s, QString()});
            o.confidence = fact->confidence;
            o.sources = refs(fact->sources, catalogue);
            o.note = fact->note;
            order = o;
        } else {
            order = PlanOrder{};
            plan.notes.append(note(missingCode, Severity::Warning, Confidence::Uncertain, {},
                                   fact ? refs(fact->sources, catalogue) : QList<SourceRef>()));
        }
    };
    catalogueOrder(plan.isolationOrder, &BatteryModel::shutdownOrder, QStringLiteral("isolation-order-missing"));
    catalogueOrder(plan.powerUpOrder, &BatteryModel::powerUpOrder, QStringLiteral("power-up-order-missing"));

    if (const std::optional<Error> e = PlanJson::validate(plan, catalogue))
        return *e;
    return plan;
}

QString Planner::noteText(const PlanNote &n)
{
    const QStringList &a = n.args;
    auto arg = [&a](int i) { return a.value(i); };
    const QString &c = n.code;
    if (c == QLatin1String("battery-not-in-catalogue"))
        return tr("%1 is not in the catalogue: every value BankScope would fill in for it says \"unknown \u2014 see its manual\". "
                  "BankScope plans the safe topology: one cable from the inverter to one BMS, the others monitored separately.").arg(arg(0));
    if (c == QLatin1String("inverter-not-in-catalogue"))
        return tr("%1 is not in the catalogue: its battery-type menu, the setting, what it expects on the wire and what it does when "
                  "the BMS goes quiet are \"unknown \u2014 see its manual\".").arg(arg(0));
    if (c == QLatin1String("setting-unknown"))
        return tr("The catalogue has no battery-type setting of %1 for %2: see the inverter's manual and its approved-battery list.").arg(arg(0), arg(1));
    if (c == QLatin1String("comm-loss-setting"))
        return tr("Decide %1 (%2) deliberately and record it: it decides whether losing the master stops this site.").arg(arg(0), arg(1));
    if (c == QLatin1String("mixed-head"))
        return tr("Mixed models: the newest or largest model goes at the head of the chain as master; here a %1.").arg(arg(0));
    if (c == QLatin1String("mixed-head-unknown"))
        return tr("Mixed models (%1): no source says which goes at the head. The plan keeps the order given (%2 first); "
                  "confirm with the maker before cabling.").arg(arg(0), arg(1));
    if (c == QLatin1String("units-per-group-unknown"))
        return tr("How many %1 modules one group takes is not in the sources: see its manual before cabling more than a few.").arg(arg(0));
    if (c == QLatin1String("units-per-group-uncertain"))
        return tr("The plan keeps at most %1 modules per group, a figure not confirmed for the %2: check its manual.").arg(arg(0), arg(1));
    if (c == QLatin1String("groups-split"))
        return tr("The bank is split into %1 groups of at most %2 modules; each group has its own master, set to its group number on switches 2-4.").arg(arg(0), arg(1));
    if (c == QLatin1String("multi-group-hub"))
        return tr("How several groups reach one inverter (a hub, or the inverter polling each group's master) is not in the sources: "
                  "follow Pylontech's multi-group instructions.");
    if (c == QLatin1String("slave-dip-multigroup"))
        return tr("Slaves are set like their group's master. Only the master's switches 2-4 are documented; what a slave's switches do in a multi-group bank is not.");
    if (c == QLatin1String("inverter-polls-group-1"))
        return tr("%1 polls the master at %2: the master is set to group 1 (switches 2-4 = 100) even for one tower.").arg(arg(0), arg(1));
    if (c == QLatin1String("pylontech-switch1-match-inverter"))
        return tr("Switch 1 sets the RS485 rate (OFF 115200, ON 9600; on CAN it does nothing). On RS485 it must match the inverter's "
                  "rate, which the catalogue does not give, so it is drawn as ? \u2014 set it on every module to the rate in the "
                  "inverter's manual.");
    if (c == QLatin1String("pylontech-master-by-cable"))
        return tr("No switch makes a module master: the master (%1) is the module that carries the inverter cable, at the head of the "
                  "link chain with its Link 0 empty. For US/UP modules this comes from integrators, not Pylontech: confirm it on the unit.").arg(arg(0));
    if (c == QLatin1String("pylontech-switch1-conflict"))
        return tr("Another reading says \"%1\". No Pylontech document says so: switch 1 sets the RS485 rate. A bank set that way still runs "
                  "on CAN (slave switches are ignored in one group and CAN ignores switch 1) but on RS485 the master and slaves run at "
                  "different rates. Confirm the master by the inverter cable and the empty Link 0.").arg(arg(0));
    if (c == QLatin1String("jk-dip"))
        return tr("The DIP switch sets the pack address in binary, switch 1 first; 0000 makes the master. No JK document describes it "
                  "(integrators do): restart a pack after changing it.");
    if (c == QLatin1String("jk-protocol-in-app"))
        return tr("Select the inverter protocol in the JK app on the master: %1. BankScope writes no BMS setting (JK registers 0x1108 "
                  "and 0x14B2 included): what the plan wants changed, change in the vendor's app.").arg(arg(0));
    if (c == QLatin1String("app-address"))
        return tr("Set each pack's address in the vendor's app (JK: \"Device Addr\", once the port runs JK Modbus): P1 = 1, P2 = 2 \u2026 "
                  "BankScope never writes it.");
    if (c == QLatin1String("safe-topology-firmware"))
        return tr("Whether %1 polls several BMS addresses depends on its firmware, and the catalogue has no version for it. Without the "
                  "firmware version entered and its release notes confirmed, BankScope plans the safe topology: one cable from the "
                  "inverter to the master, the other BMSs monitored separately.").arg(arg(0));
    if (c == QLatin1String("multi-drop-confirmed"))
        return tr("Every BMS on the inverter's bus: planned on the installer's confirmation that firmware %2 of %1 polls several BMS "
                  "addresses (release notes checked). The catalogue cannot confirm it.").arg(arg(0), arg(1));
    if (c == QLatin1String("safe-topology-one-bms"))
        return tr("%1 takes one BMS: one cable from the inverter to the master, the other BMSs monitored separately.").arg(arg(0));
    if (c == QLatin1String("bmu-configuration"))
        return tr("Commissioning is complete only after the system is configured in BYD's Be Connect app with the newest firmware and "
                  "fully restarted (BMU button 5 s); the BMU updates the module BMSs itself (up to 30 min).");
    if (c == QLatin1String("hv-installer-only"))
        return tr("A high-voltage bank: the master string is the one whose Link Port 0 is empty. Failover and service are for the installer only.");
    if (c == QLatin1String("units-over-limit"))
        return tr("%1 units is more than the %2 the sources give for the %3 (a figure not confirmed for this model): check its manual.").arg(arg(0), arg(1), arg(2));
    if (c == QLatin1String("gx-port-per-bms"))
        return tr("Each BMS on its own CAN port of the GX, every port's profile set to \"CAN-bus BMS LV (500 kbit/s)\".");
    if (c == QLatin1String("isolation-order-missing"))
        return tr("No maker gives an isolation order for this bank: enter this site's own, with the breaker labels "
                  "(the failover card is not printed without one).");
    if (c == QLatin1String("power-up-order-missing"))
        return tr("No maker gives a power-up order for this bank: enter this site's own, with the breaker labels.");
    return c;
}

QString Planner::architectureSummary(const CommissioningPlan &plan)
{
    const QStringList masters = plan.masters();
    const QString master = masters.join(QStringLiteral(", "));
    switch (plan.architecture) {
    case Architecture::MasterSlave:
        if (masters.value(0) == QLatin1String("BMU"))
            return tr("The inverter talks to the BMU only; the BMU collects every module and reports the whole bank: its state of charge, "
                      "limits and alarms. The inverter will not know which module is weak or why, and if the BMU fails it loses battery data altogether.");
        return tr("The inverter talks to the master (%1) only; the master collects every unit of its group and reports the whole bank: "
                  "its state of charge, limits and alarms. The inverter will not know which unit is weak or why, and if the master fails "
                  "it loses battery data altogether.").arg(master);
    case Architecture::PeerToPeer:
        if (plan.topology == Topology::MultiDrop)
            return tr("The inverter polls every BMS at its own address and combines them itself. It will know each pack's figures, but "
                      "a BMS that stops answering simply drops out of its sums.");
        return tr("Every BMS reports to the GX itself and the GX tells the inverter the combined figures. If one BMS goes quiet the GX "
                  "loses that battery's data and capacity; it does not know why it went quiet.");
    case Architecture::SingleMaster:
        return tr("The inverter hears only the master pack (%1) and takes its state of charge, limits and alarms for the whole bank. "
                  "It will not know the other packs' state: their charge, a weak cell or an alarm stays hidden unless BankScope or "
                  "the vendor's app looks at them.").arg(master.isEmpty() ? QStringLiteral("P1") : master);
    }
    return {};
}

QString Planner::standInReason(const StandIn &s)
{
    const QString &r = s.reason;
    if (r == QLatin1String("next-in-chain"))
        return tr("the unit cabled next in the chain");
    if (r == QLatin1String("dip-1"))
        return tr("the pack at DIP address 1");
    if (r == QLatin1String("next-pack"))
        return tr("the next pack");
    if (r == QLatin1String("single-unit-group"))
        return tr("none: a single unit");
    if (r == QLatin1String("bmu-no-stand-in"))
        return tr("none: the BMU is a separate box no module can replace");
    if (r == QLatin1String("unknown-model"))
        return tr("none planned: the battery is not in the catalogue (see its manual)");
    return r;
}

QString Planner::linkText(const PlanLink &l)
{
    QString speed;
    if (l.speed > 0)
        speed = l.medium == QLatin1String("can") ? tr("%1 kbit/s").arg(l.speed / 1000) : tr("%1 baud").arg(l.speed);
    else if (!l.medium.isEmpty())
        speed = tr("speed to match on site");
    if (l.medium.isEmpty() && l.kind == QLatin1String("inverter"))
        return tr("unknown \u2014 see the inverter's manual");
    QStringList parts;
    if (!l.medium.isEmpty())
        parts.append(l.medium == QLatin1String("can") ? QStringLiteral("CAN") : QStringLiteral("RS485"));
    if (!l.protocol.isEmpty())
        parts.append(l.protocol);
    if (!speed.isEmpty())
        parts.append(speed);
    if (l.kind == QLatin1String("pack-bus") && l.protocol.isEmpty() && l.medium == QLatin1String("rs485"))
        parts.append(tr("undocumented protocol: BankScope never talks there"));
    return parts.join(QStringLiteral(", "));
}
