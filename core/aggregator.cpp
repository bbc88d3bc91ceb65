#include "aggregator.h"

#include "lifepo4ocv.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

// --- combining values -------------------------------------------------------------------

using Getter = const Timed<double> &(*)(const PackReading &);

ViewField weightedMean(const QList<const PackReading *> &packs, const QList<double> &caps,
                       Getter get)
{
    ViewField f;
    double weighted = 0.0;
    double capacity = 0.0;
    for (int i = 0; i < packs.size(); ++i) {
        const Timed<double> &v = get(*packs[i]);
        if (!v.has() || !(caps[i] > 0.0))
            continue;
        weighted += caps[i] * *v;
        capacity += caps[i];
        f.provenance.from.append(packs[i]->packId);
    }
    if (capacity > 0.0) {
        f.value = weighted / capacity;
        f.provenance.rule = Rule::CapacityWeighted;
    }
    return f;
}

ViewField meanOrSum(const QList<const PackReading *> &packs, Getter get, Rule rule)
{
    ViewField f;
    double sum = 0.0;
    int n = 0;
    for (const PackReading *p : packs) {
        const Timed<double> &v = get(*p);
        if (!v.has())
            continue;
        sum += *v;
        ++n;
        f.provenance.from.append(p->packId);
    }
    if (n > 0) {
        f.value = rule == Rule::Mean ? sum / n : sum;
        f.provenance.rule = rule;
    }
    return f;
}

// Smallest (or largest) per-pack value; ties go to the first pack in bank order.
ViewField extreme(const QList<const PackReading *> &packs, Getter get, bool wantMin)
{
    ViewField f;
    for (const PackReading *p : packs) {
        const Timed<double> &v = get(*p);
        if (!v.has())
            continue;
        f.provenance.from.append(p->packId);
        if (!f.value || (wantMin ? *v < *f.value : *v > *f.value)) {
            f.value = *v;
            f.provenance.pack = p->packId;
        }
    }
    if (f.value)
        f.provenance.rule = wantMin ? Rule::Min : Rule::Max;
    return f;
}

// Extremes over every cell or sensor of the bank, with pack and 1-based index. A pack that
// reports only its extremes (no list) counts with that value and no index.
// Ties: first pack in bank order, lowest index (strict comparisons keep the first).
template <typename T>
ViewField listExtreme(const QList<const PackReading *> &packs,
                      const Timed<QList<T>> &(*get)(const PackReading &), Getter extremeOnly, bool wantMin)
{
    ViewField f;
    auto consider = [&](const PackReading *p, double v, int index) {
        if (!f.value || (wantMin ? v < *f.value : v > *f.value)) {
            f.value = v;
            f.provenance.pack = p->packId;
            f.provenance.index = index;
        }
    };
    for (const PackReading *p : packs) {
        const Timed<QList<T>> &list = get(*p);
        if (list.has() && !list->isEmpty()) {
            f.provenance.from.append(p->packId);
            for (int i = 0; i < list->size(); ++i)
                consider(p, static_cast<double>(list->at(i)), i + 1);
        } else if (const Timed<double> &only = extremeOnly(*p); only.has()) {
            f.provenance.from.append(p->packId);
            consider(p, *only, 0);
        }
    }
    if (f.value)
        f.provenance.rule = wantMin ? Rule::Min : Rule::Max;
    return f;
}

ViewField currentLimit(const QList<const PackReading *> &packs, Getter get, CurrentLimitRule rule)
{
    switch (rule) {
    case CurrentLimitRule::Sum:
        return meanOrSum(packs, get, Rule::Sum);
    case CurrentLimitRule::Min:
        return extreme(packs, get, true);
    case CurrentLimitRule::WeakestTimesCount: {
        // Every online pack carries current whether or not it reports a limit, so the
        // multiplier is the number of online packs.
        ViewField f = extreme(packs, get, true);
        if (f.value) {
            f.value = *f.value * packs.size();
            f.provenance.rule = Rule::WeakestTimesCount;
        }
        return f;
    }
    }
    return {};
}

const Timed<double> &socOf(const PackReading &p) { return p.socPct; }
const Timed<double> &sohOf(const PackReading &p) { return p.sohPct; }
const Timed<double> &voltageOf(const PackReading &p) { return p.voltageV; }
const Timed<double> &currentOf(const PackReading &p) { return p.currentA; }
const Timed<double> &cvlOf(const PackReading &p) { return p.cvlV; }
const Timed<double> &cclOf(const PackReading &p) { return p.cclA; }
const Timed<double> &dclOf(const PackReading &p) { return p.dclA; }
const Timed<QList<int>> &cellsOf(const PackReading &p) { return p.cellsMv; }
const Timed<QList<double>> &tempsOf(const PackReading &p) { return p.tempsC; }
const Timed<double> &cellMinOf(const PackReading &p) { return p.cellMinMv; }
const Timed<double> &cellMaxOf(const PackReading &p) { return p.cellMaxMv; }
const Timed<double> &tempMinOf(const PackReading &p) { return p.tempMinC; }
const Timed<double> &tempMaxOf(const PackReading &p) { return p.tempMaxC; }

Faults faultsOf(const PackReading &p) { return p.faults.has() ? *p.faults : Faults(); }
Faults warningsOf(const PackReading &p) { return p.warnings.has() ? *p.warnings : Faults(); }

void recordFaultSources(InverterView &view, const QList<const PackReading *> &packs)
{
    for (Fault fault : FaultNames::all()) {
        if (!(view.faults | view.warnings).testFlag(fault))
            continue;
        QStringList sources;
        for (const PackReading *p : packs) {
            if ((faultsOf(*p) | warningsOf(*p)).testFlag(fault))
                sources.append(p->packId);
        }
        view.faultSources.insert(fault, sources);
    }
}

double capacityOf(const PackConfig &config, const PackReading *reading)
{
    if (config.ratedCapacityAh > 0.0)
        return config.ratedCapacityAh;
    return (reading && reading->fullAh.has()) ? *reading->fullAh : 0.0;
}

// --- findings ---------------------------------------------------------------------------

QString num(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString describeState(const PackStatus &status, double staleAfterS)
{
    switch (status.state) {
    case PackState::MarkedOffline:
        return Aggregator::tr("not answering");
    case PackState::Stale:
        return Aggregator::tr("stale (last reading %1 s ago, limit %2 s)")
            .arg(num(status.ageS.value_or(0.0)), num(staleAfterS));
    case PackState::NoData:
        return Aggregator::tr("silent (no reading received)");
    case PackState::Online:
        break;
    }
    return Aggregator::tr("online");
}

Finding make(const char *code, Severity severity, const QString &subject, const QString &text,
             const QString &nextStep)
{
    return Finding{QString::fromLatin1(code), severity, subject, text, nextStep};
}

std::optional<int> commonCellCount(const QList<const PackReading *> &packs)
{
    QMap<int, int> counts;
    QList<int> order;
    for (const PackReading *p : packs) {
        if (!p->cellsMv.has() || p->cellsMv->isEmpty())
            continue;
        const int n = int(p->cellsMv->size());
        if (!counts.contains(n))
            order.append(n);
        counts[n] += 1;
    }
    std::optional<int> best;
    for (int n : order) {
        if (!best || counts[n] > counts[*best])
            best = n;
    }
    return best;
}

} // namespace

InverterView Aggregator::combine(const QList<const PackReading *> &packs,
                                 const QList<double> &capacitiesAh,
                                 const AggregationPolicy &policy)
{
    InverterView v;
    v[ViewFieldId::SocPct] = weightedMean(packs, capacitiesAh, socOf);
    v[ViewFieldId::SohPct] = weightedMean(packs, capacitiesAh, sohOf);
    v[ViewFieldId::VoltageV] = meanOrSum(packs, voltageOf, Rule::Mean);
    v[ViewFieldId::CurrentA] = meanOrSum(packs, currentOf, Rule::Sum);

    ViewField &capacity = v[ViewFieldId::CapacityAh];
    double capacitySum = 0.0;
    for (int i = 0; i < packs.size(); ++i) {
        if (capacitiesAh[i] > 0.0) {
            capacitySum += capacitiesAh[i];
            capacity.provenance.from.append(packs[i]->packId);
        }
    }
    if (!capacity.provenance.from.isEmpty()) {
        capacity.value = capacitySum;
        capacity.provenance.rule = Rule::Sum;
    }

    v[ViewFieldId::CvlV] = extreme(packs, cvlOf, true);
    v[ViewFieldId::CclA] = currentLimit(packs, cclOf, policy.currentLimits);
    v[ViewFieldId::DclA] = currentLimit(packs, dclOf, policy.currentLimits);
    v[ViewFieldId::TempMaxC] = listExtreme(packs, tempsOf, tempMaxOf, false);
    v[ViewFieldId::TempMinC] = listExtreme(packs, tempsOf, tempMinOf, true);
    v[ViewFieldId::CellMinMv] = listExtreme(packs, cellsOf, cellMinOf, true);
    v[ViewFieldId::CellMaxMv] = listExtreme(packs, cellsOf, cellMaxOf, false);

    ViewField &online = v[ViewFieldId::OnlinePacks];
    online.value = double(packs.size());
    online.provenance.rule = Rule::Count;
    for (const PackReading *p : packs)
        online.provenance.from.append(p->packId);

    Faults any;
    Faults all = packs.isEmpty() ? Faults() : ~Faults();
    Faults warnings;
    for (const PackReading *p : packs) {
        any |= faultsOf(*p);
        all &= faultsOf(*p);
        warnings |= warningsOf(*p);
    }
    if (policy.faults == FaultRule::Any) {
        v.faults = any;
        v.warnings = warnings & ~any;
        v.faultRule = Rule::Union;
    } else {
        v.faults = all;
        v.warnings = (any | warnings) & ~all;
        v.faultRule = Rule::AllPacks;
    }
    recordFaultSources(v, packs);
    return v;
}

InverterView Aggregator::single(const PackReading &pack, double capacityAh)
{
    AggregationPolicy policy;
    InverterView v = combine({&pack}, {capacityAh}, policy);
    // Relabel: nothing was aggregated, the inverter sees this one pack's own values.
    for (ViewField &f : v.fields) {
        if (f.provenance.rule != Rule::None)
            f.provenance.rule = Rule::MasterOnly;
    }
    v.faultRule = Rule::MasterOnly;
    return v;
}

AggregationResult Aggregator::aggregate(const BankSnapshot &snapshot, qint64 nowMs)
{
    const BankConfig &config = snapshot.config;
    const AggregationPolicy &policy = snapshot.policy;
    AggregationResult result;

    // 1. Which packs are online.
    QList<const PackReading *> online;
    QList<double> onlineCaps;
    QList<const PackReading *> readingOf; // per configured pack, may be null
    for (const PackConfig &pc : config.packs) {
        const auto it = snapshot.readings.constFind(pc.id);
        const PackReading *reading = it != snapshot.readings.constEnd() ? &it.value() : nullptr;
        readingOf.append(reading);
        PackStatus status;
        status.id = pc.id;
        const std::optional<qint64> last = reading ? reading->lastUpdateMs() : std::nullopt;
        if (last)
            status.ageS = double(nowMs - *last) / 1000.0;
        if (!last)
            status.state = PackState::NoData;
        else if (reading->markedOffline)
            status.state = PackState::MarkedOffline;
        else if (*status.ageS > policy.staleAfterS)
            status.state = PackState::Stale;
        else
            status.state = PackState::Online;
        result.packs.append(status);
        if (status.online()) {
            online.append(reading);
            onlineCaps.append(capacityOf(pc, reading));
        }
    }

    // 2. The truth over every online pack.
    result.bankTruth = combine(online, onlineCaps, policy);

    // 3. What the architecture lets the inverter see.
    const QStringList masters = config.masterIds();
    const QString masterId = masters.isEmpty() ? QString() : masters.first();
    int masterIndex = -1;
    for (int i = 0; i < config.packs.size(); ++i) {
        if (config.packs[i].id == masterId)
            masterIndex = i;
    }
    const bool masterOnline = masterIndex >= 0 && result.packs[masterIndex].online();
    QStringList lost;
    for (const PackStatus &s : result.packs) {
        if (!s.online())
            lost.append(s.id);
    }

    switch (config.architecture) {
    case Architecture::SingleMaster:
        if (masterOnline) {
            result.inverterSees = single(*readingOf[masterIndex],
                                         capacityOf(config.packs[masterIndex], readingOf[masterIndex]));
        }
        break;
    case Architecture::MasterSlave:
        if (masterOnline) {
            InverterView seen = result.bankTruth;
            if (!lost.isEmpty()) {
                // The master reports a lost slave as a communication fault on the bank.
                seen.faults |= Fault::Communication;
                seen.warnings &= ~Faults(Fault::Communication);
                seen.faultSources.insert(Fault::Communication, lost);
            }
            result.inverterSees = seen;
        }
        break;
    case Architecture::PeerToPeer:
        if (!online.isEmpty())
            result.inverterSees = result.bankTruth;
        break;
    }

    // 4. The inverter's voltage-only guess, used when it has no BMS data.
    if (const auto v = result.bankTruth.value(ViewFieldId::VoltageV))
        result.voltageSocEstimatePct = LiFePo4Ocv::socForPackVoltage(*v, commonCellCount(online));

    // 5. Gaps between truth and what the inverter sees.
    Faults packFaults;
    for (const PackReading *p : online)
        packFaults |= faultsOf(*p);
    const std::optional<double> trueSoc = result.bankTruth.value(ViewFieldId::SocPct);
    const ViewField &trueCellMin = result.bankTruth[ViewFieldId::CellMinMv];
    if (result.inverterSees) {
        const InverterView &seen = *result.inverterSees;
        if (trueSoc && seen.value(ViewFieldId::SocPct))
            result.gaps.socErrorPct = *seen.value(ViewFieldId::SocPct) - *trueSoc;
        result.gaps.hiddenFaults = packFaults & ~(seen.faults | seen.warnings);
        const std::optional<double> seenCellMin = seen.value(ViewFieldId::CellMinMv);
        if (trueCellMin.value && (!seenCellMin || *seenCellMin > *trueCellMin.value)) {
            result.gaps.hiddenCellMin = HiddenCell{trueCellMin.provenance.pack,
                                                   trueCellMin.provenance.index,
                                                   *trueCellMin.value, seenCellMin};
        }
    } else {
        if (trueSoc && result.voltageSocEstimatePct)
            result.gaps.socErrorPct = *result.voltageSocEstimatePct - *trueSoc;
        result.gaps.hiddenFaults = packFaults;
        if (trueCellMin.value) {
            result.gaps.hiddenCellMin = HiddenCell{trueCellMin.provenance.pack,
                                                   trueCellMin.provenance.index,
                                                   *trueCellMin.value, std::nullopt};
        }
    }

    // 6. The consequence of the bank limits under the measured current sharing.
    {
        double total = 0.0;
        bool measurable = !online.isEmpty();
        for (const PackReading *p : online) {
            if (!p->currentA.has())
                measurable = false;
            else
                total += *p->currentA;
        }
        if (measurable && std::abs(total) >= 1.0) {
            for (const PackReading *p : online) {
                // A pack pushing current against the bank's direction (packs equalising
                // among themselves) makes the ratio meaningless.
                if (*p->currentA * total < 0.0 && std::abs(*p->currentA) > 0.05)
                    measurable = false;
            }
        } else {
            measurable = false;
        }
        if (measurable) {
            const std::optional<double> bankCcl = result.bankTruth.value(ViewFieldId::CclA);
            const std::optional<double> bankDcl = result.bankTruth.value(ViewFieldId::DclA);
            for (const PackReading *p : online) {
                PackShare share;
                share.id = p->packId;
                share.share = *p->currentA / total;
                if (bankCcl)
                    share.atBankCclA = *bankCcl * share.share;
                if (bankDcl)
                    share.atBankDclA = *bankDcl * share.share;
                share.ownCclA = p->cclA.value;
                share.ownDclA = p->dclA.value;
                result.sharing.append(share);
            }
        }
    }

    // 7. Findings.
    QList<Finding> &findings = result.findings;
    const QString archLabel = ArchitectureNames::label(config.architecture);
    // (A bank with no pack yet — a live link before the first answer — has no master to miss.)
    if (config.architecture != Architecture::PeerToPeer && !config.packs.isEmpty()) {
        if (masters.isEmpty()) {
            findings.append(make(
                "no-master", Severity::Error, tr("config"),
                tr("No pack is set as master. In a %1 bank the inverter gets its data from the master.")
                    .arg(archLabel),
                tr("In the bank setup, mark the pack whose communication cable goes to the inverter as master.")));
        } else if (masters.size() > 1) {
            findings.append(make(
                "multiple-masters", Severity::Error, tr("config"),
                tr("%1 are all set as master. Two masters on one bus collide and the inverter sees neither reliably.")
                    .arg(masters.join(QStringLiteral(", "))),
                tr("Keep one master (the pack wired to the inverter) and set the others to slave addresses.")));
        }
    }

    const double bankCapacity = result.bankTruth.value(ViewFieldId::CapacityAh).value_or(0.0);
    for (int i = 0; i < result.packs.size(); ++i) {
        const PackStatus &s = result.packs[i];
        if (s.online())
            continue;
        const QString state = describeState(s, policy.staleAfterS);
        const bool isMaster = s.id == masterId;
        if (config.architecture == Architecture::PeerToPeer) {
            findings.append(make(
                "pack-dropped", Severity::Warning, s.id,
                tr("%1 is %2. The aggregator drops it and carries on: bank capacity falls to %3 Ah and the current limits shrink with it.")
                    .arg(s.id, state, num(bankCapacity, 0)),
                tr("Check %1's CAN cable, termination and power; the aggregator adds it back when it reports again.")
                    .arg(s.id)));
        } else if (isMaster) {
            QString fallback;
            if (result.voltageSocEstimatePct && trueSoc) {
                fallback = tr(" It falls back to a voltage-only SOC of about %1 % while the packs hold %2 %.")
                               .arg(num(*result.voltageSocEstimatePct, 0), num(*trueSoc, 0));
            }
            const QString next = config.architecture == Architecture::MasterSlave
                ? tr("Check the master's power and its cable to the inverter. If the master has failed, follow the failover card: make another pack the master and move the inverter cable to it.")
                : tr("Check the master's power and its cable to the inverter. If it has failed, promote another pack by hand: move the inverter cable to it and give it the master address.");
            findings.append(make("master-lost", Severity::Error, s.id,
                                 tr("The master %1 is %2: the inverter receives no BMS data.").arg(s.id, state)
                                     + fallback,
                                 next));
        } else if (config.architecture == Architecture::MasterSlave && !masterOnline) {
            // Behind a lost master a slave cannot be judged: nobody reports it to the inverter.
            findings.append(make(
                "slave-lost", Severity::Error, s.id,
                tr("%1 is %2, and so is the master: nothing about it reaches the inverter, and a slave read through the master cannot be checked until the master is back.")
                    .arg(s.id, state),
                tr("Restore the master first (see its finding); then check %1 if it still does not answer.").arg(s.id)));
        } else if (config.architecture == Architecture::MasterSlave) {
            findings.append(make(
                "slave-lost", Severity::Error, s.id,
                tr("%1 is %2. The master reports a communication fault to the inverter, and the bank's capacity and limits no longer include this pack.")
                    .arg(s.id, state),
                tr("Check the link cable between %1 and its neighbour, its address switches, and that it is switched on.")
                    .arg(s.id)));
        } else {
            findings.append(make(
                "pack-unreachable", Severity::Warning, s.id,
                tr("%1 is %2. The inverter never sees this pack in a single-master bank, and now BankScope cannot check it either.")
                    .arg(s.id, state),
                tr("Check BankScope's cable to %1 and the pack's RS485 address.").arg(s.id)));
        }
    }
    // Two BMSs on one pack's own link (a GX bank, one CAN interface per BMS): both send the same
    // frame ids, the names in their name frames tell them apart, and the pack's values jump
    // between the two.
    for (const PackReading *p : std::as_const(readingOf)) {
        if (!p || !p->senders.has() || p->senders->size() < 2 || double(nowMs - p->senders.atMs) / 1000.0 > policy.staleAfterS)
            continue;
        const QString link = p->senders.source.link.isEmpty() ? p->packId : p->senders.source.link;
        findings.append(make(
            "two-bms-one-link", Severity::Error, p->packId,
            tr("Two BMSs send on %1's link (%2): %3 send the same frame ids, so %1's values jump between them and the GX or inverter cannot tell which is which.")
                .arg(p->packId, link, p->senders->join(tr(" and "))),
            tr("Leave one BMS on this port: each BMS needs its own CAN port on the GX, or one master that speaks for the others. Check the cable and any splitter on %1's port.")
                .arg(p->packId)));
    }
    if (config.architecture == Architecture::PeerToPeer && online.isEmpty() && !config.packs.isEmpty()) {
        findings.append(make("no-packs-online", Severity::Error, tr("bank"),
                             tr("No pack is online: the inverter has no battery data."),
                             tr("Check the bus cable, termination, bit rate, and that the packs are switched on.")));
    }

    if (result.inverterSees && result.gaps.socErrorPct && std::abs(*result.gaps.socErrorPct) >= 5.0) {
        const double seen = *result.inverterSees->value(ViewFieldId::SocPct);
        findings.append(make(
            "soc-gap", Severity::Warning, tr("bank"),
            tr("The inverter sees %1 % SOC but the bank holds %2 % (%3 points apart): it will start the generator or cut off at the wrong moment.")
                .arg(num(seen, 0), num(*trueSoc, 0), num(std::abs(*result.gaps.socErrorPct), 0)),
            config.architecture == Architecture::SingleMaster
                ? tr("The inverter sees only the master's own count. Make the pack cables to the busbar equal so the packs share current evenly, and set the inverter's cut-off SOC with this gap in mind.")
                : tr("Compare the packs' SOC in the pack table and check the master's aggregation settings.")));
    }

    for (Fault fault : FaultNames::all()) {
        if (!packFaults.testFlag(fault))
            continue;
        QStringList sources;
        for (const PackReading *p : online) {
            if (faultsOf(*p).testFlag(fault))
                sources.append(p->packId);
        }
        const QString who = sources.join(QStringLiteral(", "));
        if (result.gaps.hiddenFaults.testFlag(fault)) {
            findings.append(make(
                "hidden-fault", Severity::Error, sources.first(),
                tr("%1 reports %2, but the inverter cannot see it and will go on charging and discharging.")
                    .arg(who, FaultNames::label(fault)),
                tr("Check %1 now. Only what reaches the inverter protects the bank: lower the inverter's limits until the fault is cleared.")
                    .arg(who)));
        } else {
            const bool asFault = result.inverterSees && result.inverterSees->faults.testFlag(fault);
            findings.append(make(
                "pack-fault", asFault ? Severity::Error : Severity::Warning, sources.first(),
                asFault ? tr("%1 reports %2; the inverter sees it as a fault.").arg(who, FaultNames::label(fault))
                        : tr("%1 reports %2; under the \"all packs\" rule the inverter sees only a warning.")
                              .arg(who, FaultNames::label(fault)),
                tr("Find the cause in %1's cell and temperature readings before resetting anything.").arg(who)));
        }
    }

    if (result.inverterSees && result.gaps.hiddenCellMin) {
        const HiddenCell &h = *result.gaps.hiddenCellMin;
        const double seenMv = h.inverterSeesMv.value_or(0.0);
        findings.append(make(
            "hidden-weak-cell",
            (h.inverterSeesMv && seenMv - h.mv < 50.0) ? Severity::Info : Severity::Warning, h.pack,
            h.inverterSeesMv
                ? tr("The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees %4 mV.")
                      .arg(h.pack, QString::number(h.cell), num(h.mv, 0), num(seenMv, 0))
                : tr("The lowest cell in the bank is %1 cell %2 at %3 mV; the inverter sees no cell voltages.")
                      .arg(h.pack, QString::number(h.cell), num(h.mv, 0)),
            tr("The inverter cannot protect this cell. Check the pack's balance and the cell's connections.")));
    }

    for (const PackShare &share : std::as_const(result.sharing)) {
        const bool charging = result.bankTruth.value(ViewFieldId::CurrentA).value_or(0.0) > 0.0;
        const auto &at = charging ? share.atBankCclA : share.atBankDclA;
        const auto &own = charging ? share.ownCclA : share.ownDclA;
        if (!at || !own || *at <= *own + 0.5)
            continue;
        const double bankLimit = *result.bankTruth.value(charging ? ViewFieldId::CclA : ViewFieldId::DclA);
        findings.append(make(
            "over-limit-under-sharing", Severity::Warning, share.id,
            (charging ? tr("When the bank charges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A.")
                      : tr("When the bank discharges at its limit of %1 A, %2 would carry %3 A (%4 % of the current), above its own limit of %5 A."))
                .arg(num(bankLimit), share.id, num(*at), num(share.share * 100.0, 0), num(*own)),
            tr("Unequal cable lengths or connections split the current unevenly. Make the pack cables to the busbar equal, or use the \"smallest pack limit\" rule.")));
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return result;
}
