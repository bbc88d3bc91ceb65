#include "failoverdrill.h"

#include "aggregator.h"
#include "failovertexts.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Steps the drill does not give: the time is noted by the drill itself, and the failed master was
// already switched off (or its cable pulled) when the drill asked for it.
bool skipped(const FailoverStep &step)
{
    return step.code == QLatin1String("note-time") || step.code == QLatin1String("power-off-failed");
}

QString seconds(double s)
{
    return QString::number(s, 'f', 1);
}

// A GX bank's view for the timeline (English, as every note of it).
QString bankViewNote(const DrillBankView &v)
{
    auto num = [](const std::optional<double> &x, int decimals) { return x ? QString::number(*x, 'f', decimals) : QStringLiteral("?"); };
    auto from = [](const QString &pack) { return pack.isEmpty() ? QString() : QStringLiteral(" (from %1)").arg(pack); };
    return QStringLiteral("%1 BMS heard, %2 Ah, CVL %3 V, CCL %4 A%5, DCL %6 A%7")
        .arg(QString::number(v.online), num(v.capacityAh, 0), num(v.cvlV, 1), num(v.cclA, 0), from(v.cclFrom), num(v.dclA, 0), from(v.dclFrom));
}

} // namespace

std::optional<QString> FailoverDrill::unsupported(const FailoverProcedure &procedure)
{
    if (procedure.kind == FailoverKind::InstallerOnly)
        return QStringLiteral("installer-only");
    if (procedure.kind == FailoverKind::Aggregator)
        return procedure.map.size() < 2 ? std::optional<QString>(QStringLiteral("aggregator")) : std::nullopt;
    if (procedure.standIn.isEmpty() || procedure.failed.isEmpty())
        return QStringLiteral("no-stand-in");
    return std::nullopt;
}

FailoverDrill::FailoverDrill(const CommissioningPlan &plan, const FailoverProcedure &procedure, const Settings &settings)
    : m_plan(plan)
    , m_procedure(procedure)
    , m_settings(settings)
{
    for (const FailoverStep &s : procedure.steps)
        if (!skipped(s))
            m_steps.append(s);
    const bool preset = FailoverRecord::of(plan) && FailoverRecord::of(plan)->confirmation(QLatin1String(FailoverFacts::kStandInPreset));
    m_bus = FailoverBus::planned(plan, procedure, preset);
    m_partStart = m_bus;
    m_instruction.code = QStringLiteral("wait-baseline");
    if (isGx())
        for (const PlanPack &p : plan.packs)
            m_bmss.append(p.id);
}

void FailoverDrill::start(double atS)
{
    m_startS = atS;
    m_lastAtS = atS;
    event(atS, QStringLiteral("drill-started"), m_procedure.failed, m_procedure.standIn);
    if (const auto why = unsupported(m_procedure)) {
        finish(atS, QStringLiteral("failed"), *why);
        return;
    }
    if (isGx())
        instruct({QStringLiteral("gx-wait-baseline"), {QString::number(m_bmss.size()), m_bmss.join(QStringLiteral(", "))}, std::nullopt, false, 0, 0});
    else
        instruct({QStringLiteral("wait-baseline"), {m_procedure.failed}, std::nullopt, false, 0, 0});
}

double FailoverDrill::windowS() const
{
    return std::max(m_settings.windowS, 3.0 * m_periodS);
}

double FailoverDrill::silenceS() const
{
    return std::max(m_settings.silenceS, 2.5 * m_periodS);
}

QStringList FailoverDrill::heardAt(double atS) const
{
    if (isGx())
        return bmsHeard(atS);
    const double w = windowS();
    QStringList out;
    for (const Frame &f : m_frames)
        if (f.atS > atS - w && f.atS <= atS && !out.contains(f.source))
            out.append(f.source);
    for (double c : m_collisions)
        if (c > atS - w && c <= atS) {
            out.append(QStringLiteral("collision"));
            break;
        }
    return out;
}

int FailoverDrill::mastersHeard(double atS) const
{
    const double w = windowS();
    QSet<QString> sources;
    int broadcasts = 0;
    for (const Frame &f : m_frames) {
        if (f.atS <= atS - w || f.atS > atS)
            continue;
        sources.insert(f.source);
        if (f.broadcast)
            ++broadcasts;
    }
    int n = int(sources.size());
    // Two masters broadcasting out of step carry no sender on CAN: more broadcasts in the window
    // than one master's period allows.
    if (m_periodS > 0.0 && broadcasts > 0)
        n = std::max(n, int(std::floor(broadcasts * m_periodS / w + 0.35)));
    for (double c : m_collisions)
        if (c > atS - w && c <= atS)
            n = std::max(n, 2);
    return std::min(n, 2);
}

void FailoverDrill::event(double atS, const QString &code, const QString &subject, const QString &note)
{
    // The timeline is in order even when evidence of two links arrives slightly out of it.
    const double at = std::max(atS, m_timeline.isEmpty() ? atS : m_timeline.last().atS);
    const double from = m_startS.value_or(at);
    DrillEvent e;
    e.atS = std::round((at - from) * 1000.0) / 1000.0;
    e.event = code;
    e.subject = subject;
    e.note = note;
    e.heard = heardAt(atS);
    m_timeline.append(e);
    ++m_revision;
}

void FailoverDrill::instruct(const DrillInstruction &instruction)
{
    m_instruction = instruction;
    ++m_revision;
}

bool FailoverDrill::stepMakesMaster(const FailoverStep &step, const QString &unit) const
{
    for (const BusAction &a : step.bus)
        if (a.unit == unit && (a.kind == BusAction::Kind::PlugInverter || a.kind == BusAction::Kind::SetMaster))
            return true;
    return false;
}

bool FailoverDrill::busAllows(const FailoverStep &step, FailoverBus::Purpose purpose) const
{
    QList<FailoverStep> walked = m_walked;
    walked.append(step);
    const FailoverBus::Walk w = FailoverBus::walk(m_partStart, walked, purpose, m_procedure.failed, m_procedure.standIn);
    for (const FailoverBus::Violation &v : w.violations)
        if (v.code != QLatin1String("end-state"))
            return false;
    return true;
}

void FailoverDrill::giveStep(double atS)
{
    if (m_next >= m_steps.size()) {
        m_phase = Phase::WaitStandIn;
        event(atS, QStringLiteral("instruction"), QStringLiteral("wait-one-master"), m_procedure.standIn);
        instruct({QStringLiteral("wait-one-master"), {m_procedure.standIn}, std::nullopt, false, 0, 0});
        return;
    }
    const FailoverStep &step = m_steps[m_next];
    if (!busAllows(step, FailoverBus::Purpose::Failover)) {
        event(atS, QStringLiteral("step-refused"), step.code, QStringLiteral("two masters on one bus"));
        m_reason = QStringLiteral("step-refused");
        toRestore(atS);
        return;
    }
    const bool silent = !m_lastMasterS || atS - *m_lastMasterS >= silenceS();
    if (stepMakesMaster(step, m_procedure.standIn) && !silent) {
        if (!m_held)
            event(atS, QStringLiteral("step-held"), step.code, m_procedure.failed);
        m_held = true;
        instruct({QStringLiteral("hold-master-heard"), {m_procedure.failed}, std::nullopt, false, 0, 0});
        return;
    }
    m_held = false;
    event(atS, QStringLiteral("instruction"), step.code, FailoverTexts::step(step).english);
    instruct({QStringLiteral("step"), step.args, step, true, m_next + 1, int(m_steps.size())});
}

void FailoverDrill::giveRestoreStep(double atS)
{
    if (m_next >= m_restore.size() && isGx()) {
        m_phase = Phase::WaitRestored;
        event(atS, QStringLiteral("instruction"), QStringLiteral("gx-wait-all"), m_procedure.failed);
        instruct({QStringLiteral("gx-wait-all"), {m_procedure.failed}, std::nullopt, false, 0, 0});
        return;
    }
    if (m_next >= m_restore.size()) {
        m_phase = Phase::WaitRestored;
        event(atS, QStringLiteral("instruction"), QStringLiteral("wait-restored"), m_procedure.failed);
        instruct({QStringLiteral("wait-restored"), {m_procedure.failed}, std::nullopt, false, 0, 0});
        return;
    }
    const FailoverStep &step = m_restore[m_next];
    const bool silent = !m_lastMasterS || atS - *m_lastMasterS >= silenceS();
    if (!busAllows(step, FailoverBus::Purpose::Restore) || (stepMakesMaster(step, m_procedure.failed) && !silent)) {
        // The stand-in must be off before the repaired master takes the bus back.
        if (!m_held)
            event(atS, QStringLiteral("step-held"), step.code, m_procedure.standIn);
        m_held = true;
        instruct({QStringLiteral("hold-master-heard"), {m_procedure.standIn}, std::nullopt, false, 0, 0});
        return;
    }
    m_held = false;
    QString english = FailoverTexts::step(step).english;
    if (step.code == QLatin1String("restore-master"))
        english = QStringLiteral("Switch the master %1 back on (or plug its inverter cable back in).").arg(step.args.value(0));
    else if (step.code == QLatin1String("restore-bms"))
        english = QStringLiteral("Switch the BMS %1 back on (or plug its CAN cable back into its own GX port).").arg(step.args.value(0));
    event(atS, QStringLiteral("instruction"), step.code, english);
    instruct({QStringLiteral("restore-step"), step.args, step, true, m_next + 1, int(m_restore.size())});
}

void FailoverDrill::toRestore(double atS)
{
    if (m_phase == Phase::Restore || m_phase == Phase::WaitRestored || m_phase == Phase::Done)
        return;
    m_phase = Phase::Restore;
    m_held = false;
    m_next = 0;
    m_partStart = m_bus;
    m_walked.clear();
    if (isGx()) {
        // The BMS was only switched off (or its cable pulled): it goes back as it was.
        FailoverStep back;
        back.code = QStringLiteral("restore-bms");
        QStringList off = m_lostSaid; // a BMS switched off by mistake goes back too
        if (!off.contains(m_procedure.failed))
            off.prepend(m_procedure.failed);
        back.args = {off.join(QStringLiteral(", "))};
        back.basis = StepBasis::SafeAction;
        m_restore = {back};
    } else if (m_stepsDone == 0 && !m_failoverProved) {
        // Only the master was switched off (or its cable pulled): it goes back as it was.
        FailoverStep back;
        back.code = QStringLiteral("restore-master");
        back.args = {m_procedure.failed};
        back.basis = StepBasis::SafeAction;
        m_restore = {back};
    } else {
        m_restore = m_procedure.restore;
    }
    event(atS, QStringLiteral("restore-started"), m_procedure.failed);
    giveRestoreStep(atS);
}

void FailoverDrill::finish(double atS, const QString &result, const QString &reason)
{
    m_phase = Phase::Done;
    m_result = result;
    if (!reason.isEmpty())
        m_reason = reason;
    if (result == QLatin1String("passed")) {
        QStringList proved;
        for (const QList<FailoverStep> *list : {&m_steps, &m_procedure.restore})
            for (const FailoverStep &s : *list)
                if (!s.fact.isEmpty() && !proved.contains(s.fact))
                    proved.append(s.fact);
        if (!isGx() && !proved.contains(QLatin1String(FailoverFacts::kStandInTakesOver)))
            proved.append(QLatin1String(FailoverFacts::kStandInTakesOver));
        m_proved = proved;
    }
    event(atS, QStringLiteral("drill-") + result, {}, m_reason);
    instruct({result, {m_reason, isGx() ? QStringLiteral("gx") : QString()}, std::nullopt, false, 0, 0});
}

void FailoverDrill::feed(const DrillEvidence &e)
{
    if (!m_startS || m_phase == Phase::Done)
        return;
    const double at = e.atS;
    m_lastAtS = std::max(m_lastAtS, at);
    if (isGx() && (e.kind == DrillEvidence::Kind::BmsFrame || e.kind == DrillEvidence::Kind::Collision || e.kind == DrillEvidence::Kind::KeepAlive
                   || e.kind == DrillEvidence::Kind::MasterFrame)) {
        gxFeed(e);
        evaluateGx(at);
        return;
    }
    switch (e.kind) {
    case DrillEvidence::Kind::BmsFrame: // only a GX bank's BMSs send these
        break;
    case DrillEvidence::Kind::MasterFrame: {
        m_frames.append({at, e.source, e.broadcast});
        if (m_quiet && m_phase != Phase::Baseline)
            event(at, QStringLiteral("master-heard"), e.source);
        m_quiet = false;
        m_lastMasterS = std::max(at, m_lastMasterS.value_or(at));
        if (e.limitsZero != m_limitsZero && m_phase != Phase::Baseline)
            event(at, e.limitsZero ? QStringLiteral("limits-zeroed") : QStringLiteral("limits-back"), e.source);
        m_limitsZero = e.limitsZero;
        // The broadcast period, learned from the one master before the drill.
        if (m_phase == Phase::Baseline && e.broadcast) {
            QList<double> times;
            for (const Frame &f : std::as_const(m_frames))
                if (f.broadcast && f.source == e.source)
                    times.append(f.atS);
            QList<double> gaps;
            for (int i = 1; i < times.size(); ++i)
                gaps.append(times[i] - times[i - 1]);
            if (gaps.size() >= 3) {
                std::sort(gaps.begin(), gaps.end());
                m_periodS = gaps[gaps.size() / 2];
            }
        }
        // Frames older than a minute count for nothing.
        while (!m_frames.isEmpty() && m_frames.first().atS < at - 60.0)
            m_frames.removeFirst();
        break;
    }
    case DrillEvidence::Kind::Collision:
        m_collisions.append(at);
        m_lastMasterS = std::max(at, m_lastMasterS.value_or(at));
        while (!m_collisions.isEmpty() && m_collisions.first() < at - 60.0)
            m_collisions.removeFirst();
        break;
    case DrillEvidence::Kind::KeepAlive:
        if (m_keepAliveGone)
            event(at, QStringLiteral("keep-alive-back"));
        m_keepAliveGone = false;
        m_keepAliveSeen = true;
        m_lastKeepAliveS = std::max(at, m_lastKeepAliveS.value_or(at));
        break;
    case DrillEvidence::Kind::Saw:
        event(at, QStringLiteral("inverter-observed"), {}, e.note);
        break;
    case DrillEvidence::Kind::Abort:
        if (m_phase == Phase::Baseline) {
            event(at, QStringLiteral("aborted"));
            finish(at, QStringLiteral("aborted"), QStringLiteral("aborted"));
            return;
        }
        if (m_phase == Phase::Restore || m_phase == Phase::WaitRestored) {
            event(at, QStringLiteral("abort-during-restore"), {}, QStringLiteral("the restore goes on until one master is heard"));
            break;
        }
        event(at, QStringLiteral("aborted"));
        m_reason = QStringLiteral("aborted");
        toRestore(at);
        break;
    case DrillEvidence::Kind::Done:
        if (!m_instruction.needsDone)
            break;
        if (m_phase == Phase::Procedure) {
            const FailoverStep &step = m_steps[m_next];
            for (const BusAction &a : step.bus)
                FailoverBus::apply(m_bus, a);
            m_walked.append(step);
            event(at, QStringLiteral("step-done"), step.code);
            ++m_stepsDone;
            ++m_next;
            giveStep(at);
        } else if (m_phase == Phase::Restore) {
            if (m_instruction.code == QLatin1String("two-masters")) {
                FailoverBus::apply(m_bus, {BusAction::Kind::UnplugInverter, m_procedure.standIn, {}});
                event(at, QStringLiteral("step-done"), QStringLiteral("two-masters"), m_procedure.standIn);
                m_partStart = m_bus;
                m_walked.clear();
                giveRestoreStep(at);
                break;
            }
            const FailoverStep &step = m_restore[m_next];
            for (const BusAction &a : step.bus)
                FailoverBus::apply(m_bus, a);
            m_walked.append(step);
            event(at, QStringLiteral("step-done"), step.code);
            ++m_next;
            giveRestoreStep(at);
        }
        break;
    case DrillEvidence::Kind::Tick:
        break;
    }
    evaluate(at);
}

void FailoverDrill::evaluate(double at)
{
    if (m_phase == Phase::Done)
        return;
    if (isGx()) {
        evaluateGx(at);
        return;
    }
    const int n = mastersHeard(at);
    if (n == 1) {
        if (!m_oneSinceS)
            m_oneSinceS = at;
    } else {
        m_oneSinceS.reset();
    }

    // Two masters: never the drill's doing; the stand-in's inverter cable comes out first.
    if (n >= 2) {
        if (m_phase == Phase::Baseline) {
            event(at, QStringLiteral("two-masters"));
            finish(at, QStringLiteral("failed"), QStringLiteral("two-masters-at-start"));
            return;
        }
        if (!m_twoMastersSaid) {
            m_twoMastersSaid = true;
            event(at, QStringLiteral("two-masters"), m_procedure.standIn);
            m_reason = QStringLiteral("two-masters");
            toRestore(at); // nothing when already restoring
            m_phase = Phase::Restore;
            instruct({QStringLiteral("two-masters"), {m_procedure.standIn}, std::nullopt, true, 0, 0});
            return;
        }
    }

    // Silence after the master was asked off.
    if (m_phase != Phase::Baseline && !m_quiet && m_lastMasterS && at - *m_lastMasterS >= silenceS()) {
        m_quiet = true;
        event(at, QStringLiteral("broadcast-silent"), {}, QStringLiteral("last heard at %1 s").arg(seconds(*m_lastMasterS - *m_startS)));
    }
    if (m_keepAliveSeen && !m_keepAliveGone && m_phase != Phase::Baseline && m_lastKeepAliveS && at - *m_lastKeepAliveS >= silenceS()) {
        m_keepAliveGone = true;
        event(at, QStringLiteral("keep-alive-gone"), {}, QStringLiteral("last heard at %1 s").arg(seconds(*m_lastKeepAliveS - *m_startS)));
    }

    const bool pastLimit = m_offAskedS && at - *m_offAskedS > m_settings.limitS;
    switch (m_phase) {
    case Phase::Baseline:
        if (m_oneSinceS && at - *m_oneSinceS >= m_settings.baselineS) {
            event(at, QStringLiteral("baseline"), m_procedure.failed,
                  m_periodS > 0 ? QStringLiteral("one master, broadcast every %1 s").arg(seconds(m_periodS)) : QStringLiteral("one master"));
            m_phase = Phase::MasterOff;
            m_offAskedS = at;
            event(at, QStringLiteral("instruction"), QStringLiteral("switch-off-master"), m_procedure.failed);
            instruct({QStringLiteral("switch-off-master"), {m_procedure.failed}, std::nullopt, false, 0, 0});
        } else if (!m_lastMasterS && at - *m_startS >= m_settings.noTrafficS) {
            finish(at, QStringLiteral("failed"), QStringLiteral("no-master-at-start"));
        }
        return;
    case Phase::MasterOff:
        if (m_quiet) {
            m_silentSinceS = m_lastMasterS.value_or(at);
            m_phase = Phase::Procedure;
            m_next = 0;
            giveStep(at);
        }
        break;
    case Phase::Procedure:
        if (m_held && m_quiet)
            giveStep(at);
        break;
    case Phase::WaitStandIn:
        if (m_oneSinceS && at - *m_oneSinceS >= m_settings.stableS) {
            m_restoredAfterS = std::round((*m_oneSinceS - m_silentSinceS.value_or(*m_oneSinceS)) * 10.0) / 10.0;
            event(at, QStringLiteral("one-master"), m_procedure.standIn, QStringLiteral("heard alone since %1 s; %2 s after the master went silent")
                                                                               .arg(seconds(*m_oneSinceS - *m_startS), seconds(*m_restoredAfterS)));
            m_failoverProved = true;
            toRestore(at);
            return;
        }
        break;
    case Phase::Restore:
        if (m_held && m_quiet)
            giveRestoreStep(at);
        return;
    case Phase::WaitRestored:
        if (m_oneSinceS && at - *m_oneSinceS >= m_settings.stableS) {
            event(at, QStringLiteral("restored"), m_procedure.failed, QStringLiteral("heard alone since %1 s").arg(seconds(*m_oneSinceS - *m_startS)));
            if (!m_reason.isEmpty())
                finish(at, m_reason == QLatin1String("aborted") || m_reason == QLatin1String("limit") ? QStringLiteral("aborted") : QStringLiteral("failed"));
            else
                finish(at, m_failoverProved ? QStringLiteral("passed") : QStringLiteral("failed"));
        }
        return;
    case Phase::Done:
        return;
    }
    if (pastLimit && !m_limitSaid && (m_phase == Phase::MasterOff || m_phase == Phase::Procedure || m_phase == Phase::WaitStandIn)) {
        m_limitSaid = true;
        event(at, QStringLiteral("limit-reached"), {}, QStringLiteral("%1 s").arg(seconds(m_settings.limitS)));
        m_reason = QStringLiteral("limit");
        toRestore(at);
    }
}

// --- GX (peer-to-peer) bank ---------------------------------------------------------------------

void FailoverDrill::gxFeed(const DrillEvidence &e)
{
    const double at = e.atS;
    if (!m_bmss.contains(e.source))
        return; // a port the plan does not name, or a master frame: not this drill's evidence
    switch (e.kind) {
    case DrillEvidence::Kind::BmsFrame: {
        QList<double> &frames = m_bmsFrames[e.source];
        const bool wasSilent = frames.isEmpty() || at - frames.last() >= silenceS();
        if (wasSilent && m_phase != Phase::Baseline)
            event(at, QStringLiteral("bms-heard"), e.source);
        frames.append(at);
        while (!frames.isEmpty() && frames.first() < at - 60.0)
            frames.removeFirst();
        m_lostSaid.removeAll(e.source);
        // The broadcast period, learned before the drill: the slowest BMS's (a BYD sends its limits
        // every 2 s, the simulator every second).
        if (m_phase == Phase::Baseline && frames.size() >= 4) {
            QList<double> gaps;
            for (int i = 1; i < frames.size(); ++i)
                gaps.append(frames[i] - frames[i - 1]);
            std::sort(gaps.begin(), gaps.end());
            m_periodS = std::max(m_periodS, std::min(gaps[gaps.size() / 2], 20.0));
        }
        break;
    }
    case DrillEvidence::Kind::Collision:
        m_bmsCollisionS.insert(e.source, at);
        break;
    case DrillEvidence::Kind::KeepAlive:
        if (m_keepAliveGone)
            event(at, QStringLiteral("keep-alive-back"), e.source);
        m_keepAliveGone = false;
        m_keepAliveSeen = true;
        m_gxKeepAliveS.insert(e.source, at);
        break;
    default:
        break;
    }
}

void FailoverDrill::feedReading(const QString &pack, const PackReading &reading)
{
    if (m_bmss.contains(pack))
        m_readings.insert(pack, reading);
}

QStringList FailoverDrill::bmsHeard(double atS) const
{
    const double w = windowS();
    QStringList out;
    for (const QString &id : m_bmss) {
        const QList<double> frames = m_bmsFrames.value(id);
        if (!frames.isEmpty() && frames.last() > atS - w && frames.last() <= atS + 1e-9)
            out.append(id);
    }
    return out;
}

DrillBankView FailoverDrill::bankView(double atS) const
{
    // The aggregation core over the BMSs heard now: the others count as gone, as the GX drops a
    // battery it no longer hears. "Now" is the newest reading's own time, so none is stale.
    BankSnapshot snapshot;
    snapshot.config.architecture = Architecture::PeerToPeer;
    std::optional<qint64> newest;
    const QStringList heard = bmsHeard(atS);
    for (const QString &id : m_bmss) {
        PackConfig pc;
        pc.id = id;
        snapshot.config.packs.append(pc);
        if (!heard.contains(id) || !m_readings.contains(id))
            continue;
        const PackReading &r = m_readings[id];
        snapshot.readings.insert(id, r);
        if (const auto last = r.lastUpdateMs())
            newest = std::max(*last, newest.value_or(*last));
    }
    DrillBankView v;
    v.online = int(heard.size());
    if (!newest)
        return v;
    const AggregationResult result = Aggregator::aggregate(snapshot, *newest);
    if (!result.inverterSees)
        return v;
    const InverterView &seen = *result.inverterSees;
    v.online = int(seen.value(ViewFieldId::OnlinePacks).value_or(double(heard.size())));
    v.capacityAh = seen.value(ViewFieldId::CapacityAh);
    v.cvlV = seen.value(ViewFieldId::CvlV);
    v.cclA = seen.value(ViewFieldId::CclA);
    v.dclA = seen.value(ViewFieldId::DclA);
    // The BMS that set a limit; none where another BMS heard offers the same value (a tie is
    // nobody's limit alone: taking either off leaves it as it was).
    auto setBy = [&](ViewFieldId id, const Timed<double> PackReading::*field) {
        const QString pack = seen[id].provenance.pack;
        if (pack.isEmpty() || !snapshot.readings.contains(pack) || !(snapshot.readings[pack].*field).has())
            return pack;
        const double own = *(snapshot.readings[pack].*field);
        for (auto it = snapshot.readings.cbegin(); it != snapshot.readings.cend(); ++it)
            if (it.key() != pack && (it.value().*field).has() && *(it.value().*field) == own)
                return QString();
        return pack;
    };
    v.cvlFrom = setBy(ViewFieldId::CvlV, &PackReading::cvlV);
    v.cclFrom = setBy(ViewFieldId::CclA, &PackReading::cclA);
    v.dclFrom = setBy(ViewFieldId::DclA, &PackReading::dclA);
    return v;
}

void FailoverDrill::evaluateGx(double at)
{
    if (m_phase == Phase::Done)
        return;
    const QStringList heard = bmsHeard(at);
    const int all = int(m_bmss.size());
    if (int(heard.size()) == all) {
        if (!m_allSinceS)
            m_allSinceS = at;
    } else {
        m_allSinceS.reset();
    }
    const QString &F = m_procedure.failed;

    // Two senders on one BMS's port: never the drill's doing; the drill stops there.
    for (auto it = m_bmsCollisionS.cbegin(); it != m_bmsCollisionS.cend(); ++it) {
        if (it.value() <= at - windowS() || m_twoMastersSaid)
            continue;
        m_twoMastersSaid = true;
        event(at, QStringLiteral("two-senders"), it.key());
        if (m_phase == Phase::Baseline) {
            finish(at, QStringLiteral("failed"), QStringLiteral("two-senders-at-start"));
            return;
        }
        m_reason = QStringLiteral("two-senders");
        toRestore(at);
        return;
    }

    // A BMS that should be heard and is not.
    auto lost = [&](const QStringList &expected) {
        QStringList out;
        for (const QString &id : expected)
            if (!heard.contains(id) && !m_bmsFrames.value(id).isEmpty() && at - m_bmsFrames.value(id).last() >= silenceS())
                out.append(id);
        return out;
    };
    QStringList others = m_bmss;
    others.removeAll(F);

    const bool pastLimit = m_offAskedS && at - *m_offAskedS > m_settings.limitS;
    switch (m_phase) {
    case Phase::Baseline:
        if (m_allSinceS && at - *m_allSinceS >= m_settings.baselineS) {
            m_before = bankView(at);
            event(at, QStringLiteral("gx-baseline"), F, m_bmss.join(QStringLiteral(", ")));
            event(at, QStringLiteral("bank-before"), F, bankViewNote(*m_before));
            m_phase = Phase::MasterOff;
            m_offAskedS = at;
            event(at, QStringLiteral("instruction"), QStringLiteral("gx-switch-off"), F);
            instruct({QStringLiteral("gx-switch-off"), {F}, std::nullopt, false, 0, 0});
        } else if (!m_allSinceS && at - *m_startS >= m_settings.noTrafficS) {
            QStringList missing = m_bmss;
            for (const QString &id : heard)
                missing.removeAll(id);
            finish(at, QStringLiteral("failed"), heard.isEmpty() ? QStringLiteral("no-bms-at-start") : QStringLiteral("bms-missing-at-start"));
            m_instruction.args.append(missing.join(QStringLiteral(", ")));
        }
        return;
    case Phase::MasterOff:
    case Phase::WaitStandIn: {
        const QStringList gone = lost(others);
        for (const QString &id : gone) {
            if (m_lostSaid.contains(id))
                continue;
            m_lostSaid.append(id);
            event(at, QStringLiteral("bms-lost"), id, QStringLiteral("last heard at %1 s").arg(seconds(m_bmsFrames.value(id).last() - *m_startS)));
        }
        if (!gone.isEmpty()) {
            m_reason = QStringLiteral("other-bms-lost");
            toRestore(at);
            return;
        }
        const bool failedSilent = !heard.contains(F) && !m_bmsFrames.value(F).isEmpty() && at - m_bmsFrames.value(F).last() >= silenceS();
        if (m_phase == Phase::MasterOff) {
            if (failedSilent) {
                event(at, QStringLiteral("bms-silent"), F, QStringLiteral("last heard at %1 s").arg(seconds(m_bmsFrames.value(F).last() - *m_startS)));
                m_silentSinceS = m_bmsFrames.value(F).last();
                m_phase = Phase::WaitStandIn;
                m_carrySinceS = at;
                event(at, QStringLiteral("instruction"), QStringLiteral("gx-listen"), F);
                instruct({QStringLiteral("gx-listen"), {F}, std::nullopt, false, 0, 0});
            }
            break;
        }
        // The BMS is off: the others keep sending and the GX keeps talking to them.
        if (!failedSilent) {
            m_carrySinceS = at; // it came back before the drill had listened long enough
            break;
        }
        if (m_keepAliveSeen && !m_keepAliveGone) {
            bool anyKeepAlive = false;
            double last = 0.0;
            for (const QString &id : others)
                if (m_gxKeepAliveS.contains(id)) {
                    last = std::max(last, m_gxKeepAliveS[id]);
                    anyKeepAlive = anyKeepAlive || at - m_gxKeepAliveS[id] < silenceS();
                }
            if (!anyKeepAlive) {
                m_keepAliveGone = true;
                event(at, QStringLiteral("keep-alive-gone"), {}, QStringLiteral("last heard at %1 s").arg(seconds(last - *m_startS)));
                m_reason = QStringLiteral("gx-stopped");
                toRestore(at);
                return;
            }
        }
        const double listenS = std::max(m_settings.stableS, 2.0 * windowS());
        if (m_carrySinceS && at - *m_carrySinceS >= listenS) {
            m_after = bankView(at);
            event(at, QStringLiteral("bank-after"), F, bankViewNote(*m_after));
            const bool zero = (m_after->dclA && *m_after->dclA <= 0.0) || (m_after->cclA && *m_after->cclA <= 0.0);
            if (zero) {
                event(at, QStringLiteral("limits-zeroed"), F);
                m_reason = QStringLiteral("limits-zero");
                toRestore(at);
                return;
            }
            event(at, QStringLiteral("carries-on"), F,
                  QStringLiteral("%1 of %2 BMSs kept sending for %3 s").arg(others.size()).arg(all).arg(seconds(at - *m_carrySinceS)));
            m_failoverProved = true;
            toRestore(at);
            return;
        }
        break;
    }
    case Phase::Restore:
        return;
    case Phase::WaitRestored:
        if (m_allSinceS && at - *m_allSinceS >= m_settings.stableS) {
            event(at, QStringLiteral("all-bms-heard"), F, QStringLiteral("every BMS heard since %1 s").arg(seconds(*m_allSinceS - *m_startS)));
            if (!m_reason.isEmpty())
                finish(at, m_reason == QLatin1String("aborted") || m_reason == QLatin1String("limit") ? QStringLiteral("aborted") : QStringLiteral("failed"));
            else
                finish(at, m_failoverProved ? QStringLiteral("passed") : QStringLiteral("failed"));
        }
        return;
    case Phase::Procedure:
    case Phase::Done:
        return;
    }
    if (pastLimit && !m_limitSaid) {
        m_limitSaid = true;
        event(at, QStringLiteral("limit-reached"), {}, QStringLiteral("%1 s").arg(seconds(m_settings.limitS)));
        m_reason = QStringLiteral("limit");
        toRestore(at);
    }
}

QString FailoverDrill::bankViewText(const DrillBankView &v)
{
    auto num = [](const std::optional<double> &x, int decimals) { return x ? QString::number(*x, 'f', decimals) : QStringLiteral("?"); };
    auto from = [](const QString &pack) { return pack.isEmpty() ? QString() : tr(" (from %1)").arg(pack); };
    return tr("BMSs heard: %1; %2 Ah, CVL %3 V, CCL %4 A%5, DCL %6 A%7")
        .arg(QString::number(v.online), num(v.capacityAh, 0), num(v.cvlV, 1), num(v.cclA, 0), from(v.cclFrom), num(v.dclA, 0), from(v.dclFrom));
}

DrillRecord FailoverDrill::record(const QString &at) const
{
    DrillRecord r;
    r.at = at;
    r.result = m_result.isEmpty() ? QStringLiteral("aborted") : m_result;
    if (r.result == QLatin1String("passed"))
        r.proved = m_proved;
    r.restoredAfterS = m_restoredAfterS;
    r.timeline = m_timeline;
    if (m_before)
        r.bank = DrillBankChange{m_procedure.failed, *m_before, m_after};
    return r;
}

CommissioningPlan FailoverDrill::withRecord(const CommissioningPlan &plan, const DrillRecord &record)
{
    CommissioningPlan out = plan;
    const auto read = FailoverRecord::of(plan);
    FailoverRecord failover = read ? *read : FailoverRecord{};
    failover.drill = record;
    out.failover = failover.toJson();
    return out;
}

QString FailoverDrill::consequence(const FailoverProcedure &procedure, double limitS)
{
    const int minutes = std::max(1, int(std::ceil(limitS / 60.0)));
    const CardText meanwhile = FailoverTexts::line(procedure.meanwhile);
    if (procedure.kind == FailoverKind::Aggregator) {
        return (minutes == 1 ? tr("The GX will lose the BMS %1 for up to a minute (the drill's limit) while it is off; whether the others "
                                  "keep the system running is what the drill tests.")
                                   .arg(procedure.failed)
                             : tr("The GX will lose the BMS %1 for up to %2 minutes (the drill's limit) while it is off; whether the others "
                                  "keep the system running is what the drill tests.")
                                   .arg(procedure.failed)
                                   .arg(minutes))
            + QLatin1Char(' ') + meanwhile.local + QLatin1Char(' ') + tr("(%1)").arg(FailoverTexts::confidence(procedure.meanwhile.confidence).local);
    }
    const QString loses = minutes == 1 ? tr("The inverter will lose battery data for up to a minute (the drill's limit) while the master %1 is off.")
                                             .arg(procedure.failed)
                                       : tr("The inverter will lose battery data for up to %1 minutes (the drill's limit) while the master %2 is off.")
                                             .arg(minutes)
                                             .arg(procedure.failed);
    return loses
        + QLatin1Char(' ') + meanwhile.local + QLatin1Char(' ')
        + tr("(%1)").arg(FailoverTexts::confidence(procedure.meanwhile.confidence).local);
}

QString FailoverDrill::text(const DrillInstruction &in)
{
    const QString &c = in.code;
    const QString a0 = in.args.value(0);
    const bool gx = in.args.value(1) == QLatin1String("gx");
    if (c == QLatin1String("wait-baseline"))
        return tr("Listening: waiting to hear the master %1 alone on the bus before the drill starts.").arg(a0);
    if (c == QLatin1String("gx-wait-baseline"))
        return tr("Listening on every BMS's GX port: waiting to hear all %1 BMSs (%2) before the drill starts.").arg(a0, in.args.value(1));
    if (c == QLatin1String("gx-switch-off"))
        return tr("Switch off the BMS %1 now (or pull its CAN cable from the GX). BankScope listens on every port and never transmits.").arg(a0);
    if (c == QLatin1String("gx-listen"))
        return tr("%1 is off. Listening: every other BMS must keep sending and the GX keep talking to them. Note what the GX screen "
                  "shows.")
            .arg(a0);
    if (c == QLatin1String("gx-wait-all"))
        return tr("Listening until every BMS is heard again, %1 too.").arg(a0);
    if (c == QLatin1String("switch-off-master"))
        return tr("Switch off the master %1 now (or pull its inverter cable). BankScope listens for the bus to go silent.").arg(a0);
    if (c == QLatin1String("hold-master-heard"))
        return tr("Wait: a master is still heard on the bus. %1 must be off every bus before the next step.").arg(a0);
    if (c == QLatin1String("wait-one-master"))
        return tr("Listening for exactly one master: %1 taking over.").arg(a0);
    if (c == QLatin1String("wait-restored"))
        return tr("Listening for exactly one master again: %1 back as the master.").arg(a0);
    if (c == QLatin1String("two-masters"))
        return tr("Two masters are heard on one bus. Unplug the inverter cable from %1 now.").arg(a0);
    if (c == QLatin1String("step") || c == QLatin1String("restore-step")) {
        if (in.step && in.step->code == QLatin1String("restore-master"))
            return tr("Switch the master %1 back on (or plug its inverter cable back in).").arg(a0);
        if (in.step && in.step->code == QLatin1String("restore-bms"))
            return tr("Switch the BMS %1 back on (or plug its CAN cable back into its own GX port).").arg(a0);
        if (in.step)
            return FailoverTexts::step(*in.step).local;
        return {};
    }
    if (c == QLatin1String("passed") && gx)
        return tr("Drill passed: the system carried on without one BMS, and every BMS is heard again.");
    if (c == QLatin1String("aborted") && gx)
        return a0 == QLatin1String("limit") ? tr("Drill stopped at its time limit; every BMS is heard again.")
                                            : tr("Drill aborted; every BMS is heard again.");
    if (c == QLatin1String("passed"))
        return tr("Drill passed: the stand-in took over with one master on the bus, and the master is back.");
    if (c == QLatin1String("aborted"))
        return a0 == QLatin1String("limit") ? tr("Drill stopped at its time limit; one master is heard again.")
                                            : tr("Drill aborted; one master is heard again.");
    if (c == QLatin1String("failed")) {
        if (a0 == QLatin1String("two-masters-at-start"))
            return tr("No drill: two masters are heard on the bus already. Find the second master first.");
        if (a0 == QLatin1String("no-master-at-start"))
            return tr("No drill: no master is heard. Check BankScope's connection to the bus.");
        if (a0 == QLatin1String("installer-only"))
            return tr("No drill: this bank has no procedure for the owner (call the installer).");
        if (a0 == QLatin1String("aggregator"))
            return tr("No drill: a bank without a master needs at least two BMSs, each on its own port, to drill.");
        if (a0 == QLatin1String("no-bms-at-start"))
            return tr("No drill: no BMS is heard. Check BankScope's connection to each BMS's GX port (one CAN interface per BMS, in the "
                      "plan's order).");
        if (a0 == QLatin1String("bms-missing-at-start"))
            return tr("No drill: not every BMS is heard (missing: %1). Each BMS must be heard on its own port first.").arg(in.args.value(2));
        if (a0 == QLatin1String("two-senders-at-start"))
            return tr("No drill: two senders are heard on one BMS's port. Find the second BMS on that port first.");
        if (a0 == QLatin1String("two-senders"))
            return tr("Drill failed: two senders were heard on one BMS's port. Every BMS is heard again.");
        if (a0 == QLatin1String("other-bms-lost"))
            return tr("Drill failed: another BMS went silent while one was off, so the system did not carry on as planned. Every BMS is "
                      "heard again.");
        if (a0 == QLatin1String("gx-stopped"))
            return tr("Drill failed: the GX stopped talking to the other BMSs while one was off. Every BMS is heard again.");
        if (a0 == QLatin1String("limits-zero"))
            return tr("Drill failed: with one BMS off, the bank's charge or discharge limit fell to zero (a Multi in island mode switches "
                      "off at a discharge limit of 0). Every BMS is heard again.");
        if (a0 == QLatin1String("no-stand-in"))
            return tr("No drill: the plan names no stand-in.");
        if (a0 == QLatin1String("two-masters"))
            return tr("Drill failed: two masters were heard on one bus. One master is heard again.");
        return tr("Drill failed (%1).").arg(a0);
    }
    return c;
}

QString FailoverDrill::eventText(const DrillEvent &e)
{
    const QString &c = e.event;
    if (c == QLatin1String("drill-started") && e.note.isEmpty())
        return tr("Drill started: the BMS %1 is the one taken off.").arg(e.subject);
    if (c == QLatin1String("drill-started"))
        return tr("Drill started: master %1, stand-in %2.").arg(e.subject, e.note);
    if (c == QLatin1String("gx-baseline"))
        return tr("Every BMS heard on its own port (%1).").arg(e.note);
    if (c == QLatin1String("baseline"))
        return tr("One master heard (%1).").arg(e.note);
    if (c == QLatin1String("instruction")) {
        // The drill's own instructions carry their argument in the note; a step its English text.
        if (e.subject == QLatin1String("switch-off-master") || e.subject == QLatin1String("wait-one-master")
            || e.subject == QLatin1String("wait-restored") || e.subject == QLatin1String("gx-switch-off") || e.subject == QLatin1String("gx-listen")
            || e.subject == QLatin1String("gx-wait-all")) {
            DrillInstruction in;
            in.code = e.subject;
            in.args = {e.note};
            return tr("Told: %1").arg(text(in));
        }
        return tr("Told: %1").arg(e.note.isEmpty() ? e.subject : e.note);
    }
    if (c == QLatin1String("bms-heard"))
        return tr("BMS %1 heard again.").arg(e.subject);
    if (c == QLatin1String("bms-silent"))
        return tr("BMS %1 went silent (%2).").arg(e.subject, e.note);
    if (c == QLatin1String("bms-lost"))
        return tr("BMS %1 is no longer heard (%2).").arg(e.subject, e.note);
    if (c == QLatin1String("bank-before"))
        return tr("The bank before: %1.").arg(e.note);
    if (c == QLatin1String("bank-after"))
        return tr("The bank with %1 off: %2.").arg(e.subject, e.note);
    if (c == QLatin1String("carries-on"))
        return tr("The system carries on without %1 (%2).").arg(e.subject, e.note);
    if (c == QLatin1String("two-senders"))
        return tr("Two senders heard on %1's port.").arg(e.subject);
    if (c == QLatin1String("all-bms-heard"))
        return tr("Every BMS heard again (%1).").arg(e.note);
    if (c == QLatin1String("broadcast-silent"))
        return tr("The bus went silent (%1).").arg(e.note);
    if (c == QLatin1String("keep-alive-gone"))
        return tr("The inverter's keep-alive stopped (%1).").arg(e.note);
    if (c == QLatin1String("keep-alive-back"))
        return tr("The inverter's keep-alive is back.");
    if (c == QLatin1String("limits-zeroed"))
        return tr("Charge and discharge limits went to zero.");
    if (c == QLatin1String("limits-back"))
        return tr("Charge and discharge limits are back above zero.");
    if (c == QLatin1String("master-heard"))
        return tr("A master is heard again (%1).").arg(e.subject);
    if (c == QLatin1String("step-held"))
        return tr("Step %1 held: a master is still heard.").arg(e.subject);
    if (c == QLatin1String("step-refused"))
        return tr("Step %1 not given: it would put two masters on one bus.").arg(e.subject);
    if (c == QLatin1String("step-done"))
        return tr("Done: %1").arg(e.subject);
    if (c == QLatin1String("inverter-observed"))
        return tr("Seen on the inverter: %1").arg(e.note);
    if (c == QLatin1String("one-master"))
        return tr("One master again: %1 (%2).").arg(e.subject, e.note);
    if (c == QLatin1String("two-masters"))
        return tr("Two masters heard on one bus.");
    if (c == QLatin1String("aborted"))
        return tr("Aborted by the installer.");
    if (c == QLatin1String("abort-during-restore"))
        return tr("Abort asked during the restore: the restore goes on until one master is heard.");
    if (c == QLatin1String("limit-reached"))
        return tr("The drill's time limit passed (%1).").arg(e.note);
    if (c == QLatin1String("restore-started"))
        return tr("Restore started.");
    if (c == QLatin1String("restored"))
        return tr("One master again: %1 (%2).").arg(e.subject, e.note);
    if (c == QLatin1String("drill-passed"))
        return tr("Drill passed.");
    if (c == QLatin1String("drill-aborted"))
        return tr("Drill aborted (%1).").arg(e.note);
    if (c == QLatin1String("drill-failed"))
        return tr("Drill failed (%1).").arg(e.note);
    return c;
}

QString FailoverDrill::stepDetail(const CommissioningPlan &plan, const FailoverStep &step)
{
    auto order = [](const PlanOrder &o) {
        QStringList out;
        for (int i = 0; i < o.steps.size(); ++i)
            out.append(o.steps[i].breaker.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(o.steps[i].text)
                                                    : QStringLiteral("%1. %2 [%3]").arg(i + 1).arg(o.steps[i].text, o.steps[i].breaker));
        return out.join(QStringLiteral("; "));
    };
    if (step.code == QLatin1String("isolate") && plan.isolationOrder.isSet())
        return tr("This site's isolation order: %1").arg(order(plan.isolationOrder));
    if ((step.code == QLatin1String("power-up") || step.code == QLatin1String("power-up-all")) && plan.powerUpOrder.isSet())
        return tr("This site's power-up order: %1").arg(order(plan.powerUpOrder));
    return {};
}

QString FailoverDrill::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Baseline:
        return QStringLiteral("baseline");
    case Phase::MasterOff:
        return QStringLiteral("master-off");
    case Phase::Procedure:
        return QStringLiteral("procedure");
    case Phase::WaitStandIn:
        return QStringLiteral("wait-stand-in");
    case Phase::Restore:
        return QStringLiteral("restore");
    case Phase::WaitRestored:
        return QStringLiteral("wait-restored");
    case Phase::Done:
        return QStringLiteral("done");
    }
    return {};
}
