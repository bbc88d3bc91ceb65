#pragma once

#include "aggregator.h"
#include "clock.h"

#include <QObject>

// Holds the live state of one bank: its configuration, the policy, the latest reading of
// every pack, and the last aggregation. Readings arrive in batches from links (or the demo);
// refresh() re-aggregates on the injected clock and emits one coarse signal.
// Lives on the GUI thread; the Clock must outlive it.
class BankMonitor : public QObject
{
    Q_OBJECT

public:
    BankMonitor(const Clock &clock, BankConfig config, QObject *parent = nullptr);

    const BankConfig &config() const { return m_snapshot.config; }
    const AggregationPolicy &policy() const { return m_snapshot.policy; }
    const AggregationResult &result() const { return m_result; }
    // The latest reading of a pack, or nullptr if it has never reported.
    const PackReading *reading(const QString &packId) const;
    // Increases on every refresh, so a view can tell whether anything changed.
    quint64 revision() const { return m_revision; }

    // What the inverter is actually told (decoded from the master's link), if known.
    const std::optional<InverterView> &observed() const { return m_observed; }
    void setObserved(const std::optional<InverterView> &view) { m_observed = view; }

    void setArchitecture(Architecture architecture);
    void setPolicy(const AggregationPolicy &policy);

public Q_SLOTS:
    // Replaces the readings of the given packs (a whole poll cycle, or one decoded message).
    void updateReadings(const QList<PackReading> &readings);
    void markOffline(const QString &packId);
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    const Clock &m_clock;
    BankSnapshot m_snapshot;
    AggregationResult m_result;
    std::optional<InverterView> m_observed;
    quint64 m_revision = 0;
};
