#include "trendhistory.h"

#include "aggregator.h"
#include "packstate.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct QuantityInfo
{
    TrendQuantity quantity;
    const char *key;
    const char *label;
    const char *unit;
};

constexpr std::array<QuantityInfo, 4> kQuantities{{
    {TrendQuantity::SocPct, "soc_pct", QT_TRANSLATE_NOOP("TrendQuantity", "State of charge"), "%"},
    {TrendQuantity::VoltageV, "voltage_V", QT_TRANSLATE_NOOP("TrendQuantity", "Voltage"), "V"},
    {TrendQuantity::CurrentA, "current_A", QT_TRANSLATE_NOOP("TrendQuantity", "Current"), "A"},
    {TrendQuantity::CellSpreadMv, "cell_spread_mV",
     QT_TRANSLATE_NOOP("TrendQuantity", "Cell spread (highest \u2212 lowest)"), "mV"},
}};

const QuantityInfo &infoOf(TrendQuantity quantity)
{
    for (const QuantityInfo &i : kQuantities) {
        if (i.quantity == quantity)
            return i;
    }
    return kQuantities.front();
}

} // namespace

namespace TrendQuantityNames {

QList<TrendQuantity> all()
{
    QList<TrendQuantity> out;
    for (const QuantityInfo &i : kQuantities)
        out.append(i.quantity);
    return out;
}

QString key(TrendQuantity quantity)
{
    return QString::fromLatin1(infoOf(quantity).key);
}

QString label(TrendQuantity quantity)
{
    return QCoreApplication::translate("TrendQuantity", infoOf(quantity).label);
}

QString unit(TrendQuantity quantity)
{
    return QString::fromLatin1(infoOf(quantity).unit);
}

} // namespace TrendQuantityNames

// --- TrendSeries ---------------------------------------------------------------------------

void TrendSeries::Bucket::add(const Bucket &other)
{
    if (other.n == 0)
        return;
    if (n == 0) {
        *this = other;
        return;
    }
    t1Ms = other.t1Ms;
    sum += other.sum;
    min = std::min(min, other.min);
    max = std::max(max, other.max);
    n += other.n;
}

TrendPoint TrendSeries::Bucket::point() const
{
    return TrendPoint{t0Ms + (t1Ms - t0Ms) / 2, sum / n, min, max};
}

TrendSeries::TrendSeries(int recentCapacity, int sessionCapacity)
    : m_recent(recentCapacity)
    , m_sessionCapacity(size_t(std::max(2, sessionCapacity + (sessionCapacity % 2)))) // even: pairs merge
{
    m_session.reserve(m_sessionCapacity);
}

void TrendSeries::add(qint64 tMs, double value)
{
    if (!std::isfinite(value))
        return;
    if (!m_firstMs)
        m_firstMs = tMs;
    ++m_samples;
    m_recent.push(Sample{tMs, float(value)});

    const Bucket one{tMs, tMs, value, float(value), float(value), 1};
    m_pending.add(one);
    if (m_pending.n < m_span)
        return;
    if (m_session.size() == m_sessionCapacity) {
        // Full: merge neighbours in place, halving the count and doubling the span.
        const size_t half = m_session.size() / 2;
        for (size_t i = 0; i < half; ++i) {
            Bucket merged = m_session[2 * i];
            merged.add(m_session[2 * i + 1]);
            m_session[i] = merged;
        }
        m_session.resize(half);
        m_span *= 2;
        // The pending bucket (span/2 samples) waits for as many more.
        if (m_pending.n < m_span)
            return;
    }
    m_session.push_back(m_pending);
    m_pending = Bucket{};
}

QList<TrendPoint> TrendSeries::points(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    QList<TrendPoint> raw;
    const bool recentCovers = !m_recent.isEmpty() && (!m_recent.isFull() || m_recent.first().tMs <= fromMs);
    if (recentCovers) {
        for (int i = 0; i < m_recent.size(); ++i) {
            const Sample &s = m_recent.at(i);
            if (s.tMs >= fromMs && s.tMs <= toMs)
                raw.append(TrendPoint{s.tMs, s.value, s.value, s.value});
        }
    } else {
        for (const Bucket &b : m_session) {
            if (b.t1Ms >= fromMs && b.t0Ms <= toMs)
                raw.append(b.point());
        }
        if (m_pending.n > 0 && m_pending.t1Ms >= fromMs && m_pending.t0Ms <= toMs)
            raw.append(m_pending.point());
    }
    if (maxPoints <= 0 || raw.size() <= maxPoints)
        return raw;
    // Merge runs of k neighbours: the line keeps its shape and every extreme.
    const int k = int((raw.size() + maxPoints - 1) / maxPoints);
    QList<TrendPoint> out;
    out.reserve(maxPoints);
    for (int i = 0; i < raw.size(); i += k) {
        const int end = std::min(int(raw.size()), i + k);
        TrendPoint p{raw[(i + end - 1) / 2].tMs, 0.0, raw[i].min, raw[i].max};
        double sum = 0.0;
        for (int j = i; j < end; ++j) {
            sum += raw[j].value;
            p.min = std::min(p.min, raw[j].min);
            p.max = std::max(p.max, raw[j].max);
        }
        p.value = sum / (end - i);
        out.append(p);
    }
    return out;
}

qsizetype TrendSeries::storageBytes() const
{
    return qsizetype(sizeof(TrendSeries)) + m_recent.storageBytes() + qsizetype(m_session.capacity() * sizeof(Bucket));
}

// --- TrendHistory --------------------------------------------------------------------------

TrendHistory::TrendHistory()
    : TrendHistory(Limits{})
{
}

TrendHistory::TrendHistory(const Limits &limits)
    : m_limits(limits)
{
}

void TrendHistory::record(const QString &pack, TrendQuantity quantity, qint64 tMs, double value)
{
    const Key key{pack, static_cast<int>(quantity)};
    auto it = m_series.find(key);
    if (it == m_series.end())
        it = m_series.emplace(key, TrendSeries(m_limits.recentSamples, m_limits.sessionBuckets)).first;
    it->second.add(tMs, value);
}

bool TrendHistory::sample(qint64 nowMs, const BankConfig &config, const QHash<QString, PackReading> &readings,
                          const AggregationResult &result)
{
    if (m_lastSampleMs && nowMs - *m_lastSampleMs < m_limits.sampleEveryMs)
        return false;
    bool any = false;
    const auto recordOne = [&](const QString &pack, TrendQuantity q, double v) {
        record(pack, q, nowMs, v);
        any = true;
    };

    const InverterView &bank = result.bankTruth;
    if (const auto v = bank.value(ViewFieldId::SocPct))
        recordOne({}, TrendQuantity::SocPct, *v);
    if (const auto v = bank.value(ViewFieldId::VoltageV))
        recordOne({}, TrendQuantity::VoltageV, *v);
    if (const auto v = bank.value(ViewFieldId::CurrentA))
        recordOne({}, TrendQuantity::CurrentA, *v);

    for (int i = 0; i < config.packs.size() && i < result.packs.size(); ++i) {
        if (!result.packs[i].online())
            continue;
        const auto it = readings.constFind(config.packs[i].id);
        if (it == readings.constEnd())
            continue;
        const PackReading &r = *it;
        if (r.socPct.has())
            recordOne(r.packId, TrendQuantity::SocPct, *r.socPct);
        if (r.voltageV.has())
            recordOne(r.packId, TrendQuantity::VoltageV, *r.voltageV);
        if (r.currentA.has())
            recordOne(r.packId, TrendQuantity::CurrentA, *r.currentA);
        if (const auto cells = PackCells::extremes(r))
            recordOne(r.packId, TrendQuantity::CellSpreadMv, cells->maxMv - cells->minMv);
    }
    if (!any)
        return false; // nothing to draw yet: the next refresh may sample
    m_lastSampleMs = nowMs;
    if (!m_startMs)
        m_startMs = nowMs;
    return true;
}

const TrendSeries *TrendHistory::series(const QString &pack, TrendQuantity quantity) const
{
    const auto it = m_series.find(Key{pack, static_cast<int>(quantity)});
    return it == m_series.end() ? nullptr : &it->second;
}

bool TrendHistory::has(const QString &pack, TrendQuantity quantity) const
{
    return series(pack, quantity) != nullptr;
}

QList<TrendPoint> TrendHistory::points(const QString &pack, TrendQuantity quantity, qint64 fromMs, qint64 toMs,
                                       int maxPoints) const
{
    const TrendSeries *s = series(pack, quantity);
    return s ? s->points(fromMs, toMs, maxPoints) : QList<TrendPoint>{};
}

qsizetype TrendHistory::memoryBytes() const
{
    qsizetype bytes = sizeof(TrendHistory);
    for (const auto &[key, s] : m_series)
        bytes += s.storageBytes() + qsizetype(sizeof(key)) + key.first.capacity() * qsizetype(sizeof(QChar));
    return bytes;
}

void TrendHistory::clear()
{
    m_series.clear();
    m_startMs.reset();
    m_lastSampleMs.reset();
}
