#include "bankmonitor.h"

BankMonitor::BankMonitor(const Clock &clock, BankConfig config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_snapshot.config = std::move(config);
    refresh();
}

const PackReading *BankMonitor::reading(const QString &packId) const
{
    const auto it = m_snapshot.readings.constFind(packId);
    return it == m_snapshot.readings.constEnd() ? nullptr : &it.value();
}

void BankMonitor::setArchitecture(Architecture architecture)
{
    m_snapshot.config.architecture = architecture;
    refresh();
}

void BankMonitor::setConfig(const BankConfig &config)
{
    m_snapshot.config = config;
    refresh();
}

void BankMonitor::reset(const BankConfig &config)
{
    m_snapshot.config = config;
    m_snapshot.readings.clear();
    m_observed.reset();
    m_observedEver = false;
    m_linkInfo.clear();
    refresh();
}

void BankMonitor::setPolicy(const AggregationPolicy &policy)
{
    m_snapshot.policy = policy;
    refresh();
}

void BankMonitor::updateReadings(const QList<PackReading> &readings)
{
    for (const PackReading &r : readings)
        m_snapshot.readings.insert(r.packId, r);
}

void BankMonitor::markOffline(const QString &packId)
{
    auto it = m_snapshot.readings.find(packId);
    if (it != m_snapshot.readings.end())
        it->markedOffline = true;
}

const PackLinkInfo *BankMonitor::linkInfo(const QString &packId) const
{
    const auto it = m_linkInfo.constFind(packId);
    return it == m_linkInfo.constEnd() ? nullptr : &it.value();
}

BankState BankMonitor::state() const
{
    BankState s;
    s.atMs = m_clock.nowMs();
    s.architecture = m_snapshot.config.architecture;
    for (const PackConfig &p : m_snapshot.config.packs) {
        if (const PackReading *r = reading(p.id))
            s.readings.append(*r);
    }
    s.statuses = m_result.packs;
    s.conditions = m_states;
    s.truth = m_result.bankTruth;
    s.sees = m_result.inverterSees;
    s.told = m_observed;
    s.voltageSocPct = m_result.voltageSocEstimatePct;
    return s;
}

void BankMonitor::refresh()
{
    const qint64 now = m_clock.nowMs();
    m_result = Aggregator::aggregate(m_snapshot, now);
    m_states = PackStateClassifier::classify(m_snapshot.config, m_result, m_snapshot.readings, m_linkInfo,
                                             m_snapshot.policy.staleAfterS, now, PackStateClassifier::Settings{});
    m_fallback = VoltageFallbacks::estimate(m_snapshot.config, m_snapshot.readings, m_result);
    m_trends.sample(now, m_snapshot.config, m_snapshot.readings, m_result);
    m_events.update(state(), m_snapshot.config);
    ++m_revision;
    Q_EMIT refreshed();
}
