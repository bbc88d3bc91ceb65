#include "linkactivity.h"

#include <algorithm>
#include <array>
#include <vector>

namespace {

std::vector<qint64> sortedLatencies(const RingBuffer<qint64> &ring)
{
    std::vector<qint64> v;
    v.reserve(size_t(ring.size()));
    for (int i = 0; i < ring.size(); ++i)
        v.push_back(ring.at(i));
    std::sort(v.begin(), v.end());
    return v;
}

void newest(std::optional<qint64> &into, const std::optional<qint64> &us)
{
    if (us && (!into || *us / 1000 > *into))
        into = *us / 1000;
}

} // namespace

// --- EndpointStats -------------------------------------------------------------------------

std::optional<EndpointStats::Latency> EndpointStats::latency() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    const std::vector<qint64> v = sortedLatencies(latencyUs);
    return Latency{v.front(), v[v.size() / 2], v.back()};
}

std::optional<qint64> EndpointStats::latencyMinUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    return sortedLatencies(latencyUs).front();
}

std::optional<qint64> EndpointStats::latencyMedianUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    const std::vector<qint64> v = sortedLatencies(latencyUs);
    return v[v.size() / 2];
}

std::optional<qint64> EndpointStats::latencyMaxUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    return sortedLatencies(latencyUs).back();
}

// --- LinkActivity --------------------------------------------------------------------------

LinkActivity::LinkActivity(int trafficCapacity)
    : m_traffic(trafficCapacity)
{
}

EndpointStats &LinkActivity::endpoint(const QString &link, EndpointKind kind, quint32 id)
{
    const Key key{link, static_cast<int>(kind), id};
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end()) {
        EndpointStats s;
        s.link = link;
        s.kind = kind;
        s.id = id;
        it = m_endpoints.emplace(key, s).first;
    }
    return it->second;
}

const EndpointStats *LinkActivity::find(const QString &link, EndpointKind kind, quint32 id) const
{
    const auto it = m_endpoints.find(Key{link, static_cast<int>(kind), id});
    return it == m_endpoints.end() ? nullptr : &it->second;
}

QList<EndpointStats> LinkActivity::endpoints() const
{
    QList<EndpointStats> out;
    out.reserve(qsizetype(m_endpoints.size()));
    for (const auto &[key, s] : m_endpoints)
        out.append(s);
    return out;
}

void LinkActivity::noteForeignRequest(const QString &link, qint64 atUs)
{
    Foreign &f = m_foreign[link];
    ++f.count;
    f.lastUs = atUs;
}

PackLinkInfo LinkActivity::packInfo(const QString &packId) const
{
    PackLinkInfo info;
    QStringList links;
    for (const auto &[key, s] : m_endpoints) {
        if (s.pack != packId)
            continue;
        if (!links.contains(s.link))
            links.append(s.link);
        info.requests += s.requests;
        info.answers += s.answers;
        info.timeouts += s.timeouts;
        info.checksumErrors += s.checksumErrors;
        info.framingErrors += s.framingErrors;
        info.notAnswering += s.notAnswering;
        newest(info.lastAnswerMs, s.lastSeenUs);
        newest(info.lastTimeoutMs, s.lastTimeoutUs);
        newest(info.lastChecksumErrorMs, s.lastErrorUs);
        newest(info.lastNotAnsweringMs, s.lastNotAnsweringUs);
    }
    for (const QString &link : std::as_const(links)) {
        const auto it = m_foreign.constFind(link);
        if (it == m_foreign.constEnd())
            continue;
        info.otherMasterFrames += it->count;
        newest(info.lastOtherMasterMs, it->lastUs);
    }
    info.link = links.join(QStringLiteral(", "));
    return info;
}
