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

void BankMonitor::refresh()
{
    m_result = Aggregator::aggregate(m_snapshot, m_clock.nowMs());
    ++m_revision;
    Q_EMIT refreshed();
}
