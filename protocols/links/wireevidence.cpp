#include "wireevidence.h"

#include "protocoltable.h"
#include "pyloncan.h"
#include "streamdecoder.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

std::optional<double> HeardRequest::periodS() const
{
    if (timesUs.size() < 2)
        return std::nullopt;
    QList<qint64> gaps;
    for (qsizetype i = 1; i < timesUs.size(); ++i)
        gaps.append(timesUs[i] - timesUs[i - 1]);
    std::sort(gaps.begin(), gaps.end());
    return double(gaps.at(gaps.size() / 2)) / 1e6;
}

QList<int> HeardProtocol::polled() const
{
    QList<int> out;
    for (const HeardRequest &r : requests)
        if (r.address && !out.contains(*r.address))
            out.append(*r.address);
    std::sort(out.begin(), out.end());
    return out;
}

const HeardRequest *HeardProtocol::mostFrequent() const
{
    const HeardRequest *best = nullptr;
    for (const HeardRequest &r : requests)
        if (!best || r.count > best->count)
            best = &r;
    return best;
}

const HeardProtocol *Heard::of(ProtocolId id) const
{
    for (const HeardProtocol &p : protocols)
        if (p.protocol == id)
            return &p;
    return nullptr;
}

std::optional<ProtocolId> Heard::best() const
{
    const HeardProtocol *best = nullptr;
    for (const HeardProtocol &p : protocols)
        if (p.decoded > 0 && (!best || p.decoded > best->decoded || (p.decoded == best->decoded && p.failed < best->failed)))
            best = &p;
    return best ? std::optional<ProtocolId>(best->protocol) : std::nullopt;
}

QJsonObject Heard::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("bytes"), double(bytes));
    if (frames > 0 || !canIds.isEmpty())
        o.insert(QStringLiteral("frames"), double(frames));
    QJsonArray protocolsJson;
    for (const HeardProtocol &p : protocols) {
        if (p.decoded == 0 && p.failed == 0)
            continue;
        QJsonObject pj;
        pj.insert(QStringLiteral("protocol"), ProtocolNames::name(p.protocol));
        pj.insert(QStringLiteral("decoded"), double(p.decoded));
        pj.insert(QStringLiteral("failed"), double(p.failed));
        QJsonArray requests;
        for (const HeardRequest &r : p.requests) {
            QJsonObject rj;
            rj.insert(QStringLiteral("address"), r.address ? QJsonValue(*r.address) : QJsonValue(QJsonValue::Null));
            rj.insert(QStringLiteral("message"), r.message);
            rj.insert(QStringLiteral("count"), r.count);
            if (const auto period = r.periodS())
                rj.insert(QStringLiteral("period_s"), std::round(*period * 100.0) / 100.0);
            requests.append(rj);
        }
        pj.insert(QStringLiteral("requests"), requests);
        QJsonArray answering;
        for (int a : p.answering)
            answering.append(a);
        pj.insert(QStringLiteral("answering"), answering);
        protocolsJson.append(pj);
    }
    o.insert(QStringLiteral("decoded"), protocolsJson);
    if (!canIds.isEmpty()) {
        QJsonArray ids;
        for (quint32 id : canIds)
            ids.append(QStringLiteral("0x%1").arg(id, 3, 16, QLatin1Char('0')));
        o.insert(QStringLiteral("can_ids"), ids);
        o.insert(QStringLiteral("keep_alive"), keepAlive);
    }
    return o;
}

WireEvidence::WireEvidence(const QList<ProtocolId> &candidates)
    : m_candidates(candidates)
{
    clear();
}

WireEvidence::~WireEvidence() = default;

void WireEvidence::clear()
{
    m_decoders.clear();
    m_heard = Heard{};
    m_canSample.clear();
    for (ProtocolId id : std::as_const(m_candidates)) {
        m_decoders.push_back(std::make_unique<StreamDecoder>(id));
        m_heard.protocols.append(HeardProtocol{id, 0, 0, 0, {}, {}});
    }
}

void WireEvidence::note(qint64 atUs)
{
    if (!m_heard.firstUs)
        m_heard.firstUs = atUs;
    m_heard.lastUs = atUs;
}

template<typename Items>
void WireEvidence::count(HeardProtocol &p, const Items &items, qint64 atUs)
{
    for (const auto &item : items) {
        if (!item.result) {
            ++p.failed;
            continue;
        }
        ++p.decoded;
        const DecodedMessage &m = *item.result;
        if (m.direction == QLatin1String("request")) {
            auto it = std::find_if(p.requests.begin(), p.requests.end(),
                                   [&](const HeardRequest &r) { return r.address == m.address && r.message == m.message; });
            if (it == p.requests.end()) {
                p.requests.append(HeardRequest{m.address, m.message, 0, {}});
                it = p.requests.end() - 1;
            }
            ++it->count;
            it->timesUs.append(atUs);
            if (it->timesUs.size() > 32)
                it->timesUs.removeFirst();
            continue;
        }
        ++p.responses;
        QList<std::optional<int>> addresses{m.address};
        for (const DecodedPack &pk : m.packs)
            addresses.append(pk.address);
        for (const auto &a : addresses)
            if (a && !p.answering.contains(*a))
                p.answering.append(*a);
        std::sort(p.answering.begin(), p.answering.end());
    }
}

void WireEvidence::feedSerial(QByteArrayView bytes, qint64 atUs)
{
    if (bytes.isEmpty())
        return;
    m_heard.bytes += quint64(bytes.size());
    note(atUs);
    for (size_t i = 0; i < m_decoders.size(); ++i)
        if (ProtocolTable::spec(m_candidates[qsizetype(i)]).medium == Medium::Serial)
            count(m_heard.protocols[qsizetype(i)], m_decoders[i]->feed(bytes), atUs);
}

void WireEvidence::feedCan(const CanFrameData &frame, qint64 atUs)
{
    ++m_heard.frames;
    note(atUs);
    if (!m_heard.canIds.contains(frame.id))
        m_heard.canIds.append(frame.id);
    if (!frame.extended && (frame.id == 0x305 || frame.id == 0x306 || frame.id == 0x307))
        m_heard.keepAlive = true; // pylon-can.md 1.1: inverter / GX frames
    if (m_canSample.size() < 200)
        m_canSample.append(frame);
    for (size_t i = 0; i < m_decoders.size(); ++i) {
        if (ProtocolTable::spec(m_candidates[qsizetype(i)]).medium != Medium::Can)
            continue;
        m_decoders[i]->setDialect(PylonCan::detect(m_canSample));
        count(m_heard.protocols[qsizetype(i)], QList<StreamDecoder::Item>{m_decoders[i]->decodeCan(frame)}, atUs);
    }
}

void WireEvidence::flush(qint64 atUs)
{
    for (size_t i = 0; i < m_decoders.size(); ++i)
        if (ProtocolTable::spec(m_candidates[qsizetype(i)]).medium == Medium::Serial)
            count(m_heard.protocols[qsizetype(i)], m_decoders[i]->flush(), atUs);
}
