#pragma once

#include "packstate.h"
#include "ringbuffer.h"
#include "trafficlog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <optional>

enum class EndpointKind { Address, CanId };

// Statistics of one bus address (serial) or CAN id on one link.
struct EndpointStats
{
    QString link;
    EndpointKind kind = EndpointKind::Address;
    quint32 id = 0;
    QString pack;               // the pack it belongs to, when known
    quint64 requests = 0;       // sent by BankScope
    quint64 answers = 0;        // valid answers (serial) or frames (CAN)
    quint64 timeouts = 0;
    quint64 checksumErrors = 0;
    quint64 framingErrors = 0;
    quint64 notAnswering = 0;   // RTN 0x91 about this address
    RingBuffer<qint64> latencyUs{256}; // serial: request to answer; CAN: time since the previous frame
    std::optional<qint64> lastSeenUs;
    std::optional<qint64> lastTimeoutUs;
    std::optional<qint64> lastErrorUs;
    std::optional<qint64> lastNotAnsweringUs;

    std::optional<qint64> latencyMinUs() const;
    std::optional<qint64> latencyMedianUs() const;
    std::optional<qint64> latencyMaxUs() const;
    struct Latency
    {
        qint64 minUs = 0;
        qint64 medianUs = 0;
        qint64 maxUs = 0;
    };
    std::optional<Latency> latency() const; // the three at once (one sort)
};

// The health of a session's links as data: per address or CAN id statistics, requests heard
// that BankScope did not send, and the raw traffic. Filled by whoever owns the links (the
// loopback demo today, the session later); the Links page reads it on its tick.
// GUI thread; a plain object, owned by its filler.
class LinkActivity
{
public:
    explicit LinkActivity(int trafficCapacity = 20000);

    // Found or added. Cheap enough to call for every frame of a saturated bus.
    EndpointStats &endpoint(const QString &link, EndpointKind kind, quint32 id);
    const EndpointStats *find(const QString &link, EndpointKind kind, quint32 id) const;
    QList<EndpointStats> endpoints() const; // ordered by link, kind, id
    int endpointCount() const { return int(m_endpoints.size()); }
    TrafficLog &traffic() { return m_traffic; }
    const TrafficLog &traffic() const { return m_traffic; }

    // Requests on a link that BankScope did not send (another master polls there).
    void noteForeignRequest(const QString &link, qint64 atUs);
    quint64 foreignRequests(const QString &link) const { return m_foreign.value(link).count; }

    // The evidence for one pack's condition: every endpoint attributed to it, merged, plus the
    // foreign requests heard on its links. Times converted to milliseconds.
    PackLinkInfo packInfo(const QString &packId) const;
    quint64 revision() const { return m_revision; }
    void touch() { ++m_revision; }

private:
    struct Foreign
    {
        quint64 count = 0;
        qint64 lastUs = 0;
    };
    struct Key
    {
        QString link;
        int kind;
        quint32 id;
        bool operator<(const Key &o) const
        {
            // The link name is compared last: most lookups differ in id already.
            if (link.size() != o.link.size() || link != o.link)
                return link < o.link;
            return kind != o.kind ? kind < o.kind : id < o.id;
        }
    };
    std::map<Key, EndpointStats> m_endpoints;
    QMap<QString, Foreign> m_foreign;
    TrafficLog m_traffic;
    quint64 m_revision = 0;
};
