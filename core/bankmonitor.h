#pragma once

#include "aggregator.h"
#include "clock.h"
#include "eventlog.h"
#include "packstate.h"
#include "trendhistory.h"
#include "voltagefallback.h"

#include <QObject>

// Holds the live state of one bank: its configuration, the policy, the latest reading of
// every pack, and the last aggregation. Readings arrive in batches from links (or the demo);
// refresh() re-aggregates on the injected clock and emits one coarse signal. Each refresh also
// classifies every pack (from the link evidence it is given), samples the bounded trend history
// and updates the bounded event log with its freeze-frames, so their memory stays flat over a
// session of any length.
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
    // The monitor's clock (live, or a replay's time).
    qint64 nowMs() const { return m_clock.nowMs(); }
    // Increases on every refresh, so a view can tell whether anything changed.
    quint64 revision() const { return m_revision; }

    // What the inverter is actually told (decoded from the master's link), if known.
    const std::optional<InverterView> &observed() const { return m_observed; }
    void setObserved(const std::optional<InverterView> &view)
    {
        m_observed = view;
        m_observedEver = m_observedEver || view.has_value();
    }
    // The inverter gets no BMS data: the architecture leaves it none (master or aggregator lost),
    // or the link decoded to it has gone silent. It then runs on its voltage-only guess.
    bool inverterReceivesNothing() const { return !m_result.inverterSees || (m_observedEver && !m_observed); }
    // Whether a link to the inverter has been decoded at all this session.
    bool inverterLinkSeen() const { return m_observedEver; }

    // Every pack's latest reading, by id.
    const QHash<QString, PackReading> &readings() const { return m_snapshot.readings; }
    // What the links know about each pack (counters as evidence, firmware): set before refresh().
    void setLinkInfo(const QHash<QString, PackLinkInfo> &info) { m_linkInfo = info; }
    const PackLinkInfo *linkInfo(const QString &packId) const;
    // Every configured pack's condition with its evidence, bank order (as of the last refresh).
    const QList<PackStateInfo> &packStates() const { return m_states; }
    // The inverter's voltage-only guess beside the truth, live or from the last readings.
    const std::optional<VoltageFallback> &fallback() const { return m_fallback; }
    const TrendHistory &trends() const { return m_trends; }
    const EventLog &events() const { return m_events; }
    // Replace the history (and its limits); for tests and long-run measurements.
    void setTrendLimits(const TrendHistory::Limits &limits) { m_trends = TrendHistory(limits); }
    void setEventLimits(const EventLog::Limits &limits) { m_events = EventLog(limits); }
    // The state of the bank now, as a freeze-frame keeps it.
    BankState state() const;

    void setArchitecture(Architecture architecture);
    // Replaces the bank configuration, keeping the readings (packs found as they first answer,
    // a bank file given later). Refreshes.
    void setConfig(const BankConfig &config);
    // Starts over on a new bank (a session started on a new plan): readings, what the inverter is
    // told and the link evidence are dropped; the history (trends, events) is kept. Refreshes.
    void reset(const BankConfig &config);
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
    bool m_observedEver = false;
    QHash<QString, PackLinkInfo> m_linkInfo;
    QList<PackStateInfo> m_states;
    std::optional<VoltageFallback> m_fallback;
    TrendHistory m_trends;
    EventLog m_events;
    quint64 m_revision = 0;
};
