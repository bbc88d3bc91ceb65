#pragma once

#include "ringbuffer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <vector>

struct AggregationResult;
struct BankConfig;
struct PackReading;

// What a trend follows, per pack (and, for the first three, for the bank).
enum class TrendQuantity { SocPct, VoltageV, CurrentA, CellSpreadMv };

namespace TrendQuantityNames {
QList<TrendQuantity> all();
QString key(TrendQuantity quantity);   // "soc_pct", "voltage_V", "current_A", "cell_spread_mV"
QString label(TrendQuantity quantity); // translated: "State of charge"
QString unit(TrendQuantity quantity);  // "%", "V", "A", "mV"
} // namespace TrendQuantityNames

// One point of a trend: a sample, or a span of samples merged (mean, min and max over it).
struct TrendPoint
{
    qint64 tMs = 0;
    double value = 0.0; // mean
    double min = 0.0;
    double max = 0.0;
};

// The history of one quantity in fixed memory, whatever the session's length. Two tiers:
//  - recent: every sample in a ring (at one sample a second, the last hour in full detail);
//  - session: the whole session in a fixed number of buckets; when they are all used, pairs
//    merge (mean, min, max kept) and each bucket covers twice the time. A 24-hour session in
//    2048 buckets keeps one bucket per ~42 s, its extremes included.
// Storage for both tiers is allocated in the constructor. Not thread-safe; a value type.
class TrendSeries
{
public:
    TrendSeries(int recentCapacity, int sessionCapacity);

    void add(qint64 tMs, double value);
    // The points between fromMs and toMs (inclusive), oldest first, from the recent tier when it
    // reaches back to fromMs, otherwise from the session tier; merged down to at most maxPoints.
    QList<TrendPoint> points(qint64 fromMs, qint64 toMs, int maxPoints) const;

    quint64 samples() const { return m_samples; }
    int bucketSpan() const { return m_span; } // samples per session bucket
    std::optional<qint64> firstMs() const { return m_firstMs; }
    qsizetype storageBytes() const;

private:
    struct Sample
    {
        qint64 tMs;
        float value;
    };
    struct Bucket
    {
        qint64 t0Ms = 0;
        qint64 t1Ms = 0;
        double sum = 0.0;
        float min = 0.0f;
        float max = 0.0f;
        int n = 0;
        void add(const Bucket &other);
        TrendPoint point() const;
    };

    RingBuffer<Sample> m_recent;
    std::vector<Bucket> m_session; // capacity fixed at construction, never exceeded
    size_t m_sessionCapacity;
    Bucket m_pending;
    int m_span = 1;
    quint64 m_samples = 0;
    std::optional<qint64> m_firstMs;
};

// The trends of a bank: per pack its SOC, voltage, current and cell spread, and the bank's
// SOC, voltage and current, sampled from the aggregation at most once per sampleEveryMs (the
// monitor may refresh far more often). A pack is sampled only while it is online, so a silent
// pack's line stops instead of repeating its last value. Memory is fixed per series
// (memoryBytes() does not grow with the session). GUI thread (owned by BankMonitor).
class TrendHistory
{
public:
    struct Limits
    {
        int recentSamples = 3660;  // 1 h (and a minute) at one sample a second
        int sessionBuckets = 2048; // whole session
        qint64 sampleEveryMs = 1000;
    };

    TrendHistory();
    explicit TrendHistory(const Limits &limits);

    const Limits &limits() const { return m_limits; }

    // Samples the bank at nowMs unless the last sample is younger than sampleEveryMs.
    // Returns whether a sample was taken (not when there was nothing to sample).
    bool sample(qint64 nowMs, const BankConfig &config, const QHash<QString, PackReading> &readings,
                const AggregationResult &result);
    // One value of one series (an empty pack id is the bank).
    void record(const QString &pack, TrendQuantity quantity, qint64 tMs, double value);

    bool has(const QString &pack, TrendQuantity quantity) const;
    QList<TrendPoint> points(const QString &pack, TrendQuantity quantity, qint64 fromMs, qint64 toMs,
                             int maxPoints = 1200) const;
    const TrendSeries *series(const QString &pack, TrendQuantity quantity) const;

    std::optional<qint64> startMs() const { return m_startMs; }
    std::optional<qint64> lastSampleMs() const { return m_lastSampleMs; }
    int seriesCount() const { return int(m_series.size()); }
    // Storage of every series; constant once every series exists, however long the session.
    qsizetype memoryBytes() const;
    void clear();

private:
    using Key = std::pair<QString, int>;
    Limits m_limits;
    std::map<Key, TrendSeries> m_series;
    std::optional<qint64> m_startMs;
    std::optional<qint64> m_lastSampleMs;
};
