#include "diagnosiscollector.h"

#include "protocoltable.h"
#include "streamdecoder.h"
#include "wireevidence.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kBurstGapUs = 150'000;    // bytes closer than this belong to one burst
constexpr qint64 kStoppedAfterUs = 5'000'000; // silent this long while asked: stopped
constexpr qint64 kEchoUs = 1'000'000;        // our own request read back within this: an echo
constexpr qint64 kConflictUs = 300'000;      // one CAN id twice with other data within this: two senders
constexpr double kRestA = 1.0;
constexpr int kMaxSamples = 20000;
constexpr int kMaxBursts = 256;

struct GroupSample
{
    qint64 atUs = 0;
    QList<double> currents; // per module, in the answer's order
    double total() const
    {
        double t = 0;
        for (double c : currents)
            t += c;
        return t;
    }
};

struct AddressState
{
    DiagnosisAddress ev;
    qint64 lastAnswerUs = -1;
    qint64 firstFailAfterUs = -1; // the first failure after its last answer
    int failsAfter = 0;
};

} // namespace

struct DiagnosisCollector::Link
{
    Link(ProtocolId protocol, DiagnosisLink::Medium medium)
        : decoder(medium == DiagnosisLink::Medium::Can ? ProtocolId::PylonCan : protocol)
        , inverted(protocol)
        , others([protocol, medium] {
            QList<ProtocolId> list;
            if (medium == DiagnosisLink::Medium::Serial)
                for (ProtocolId p : ProtocolTable::onMedium(Medium::Serial))
                    if (p != protocol)
                        list.append(p);
            return list;
        }())
    {
    }

    DiagnosisLink ev;
    StreamDecoder decoder;
    StreamDecoder inverted;
    WireEvidence others;
    QMap<int, AddressState> addresses;
    // The request the next answer belongs to.
    std::optional<int> requestAddress;
    bool requestGroup = false; // a whole-group request: its answer is the master's for the group
    bool requestAnswered = true;
    QList<QPair<qint64, QByteArray>> sentUnits; // for echo detection, the last few
    qint64 lastAnswerUs = -1;
    int requestsSinceAnswer = 0;
    QList<GroupSample> samples;
    // Bursts of received bytes.
    qint64 lastRxUs = -1;
    bool burstHadFrame = false;
    bool inBurst = false;
    QList<qint64> burstStartsWithoutFrames;
    // CAN.
    QHash<quint32, QPair<qint64, QByteArray>> lastCan;
    QMap<quint32, DiagnosisCanId> canIds; // gaps in seconds; sinceLastS holds the last time (s) until finish
    qint64 lastBmsUs = -1;
    QList<QPair<qint64, double>> canCurrent;

    AddressState &address(int a)
    {
        AddressState &s = addresses[a];
        s.ev.address = a;
        return s;
    }
    void fail(qint64 atUs)
    {
        if (!requestAddress || requestGroup)
            return;
        AddressState &s = address(*requestAddress);
        if (s.lastAnswerUs >= 0) {
            if (s.failsAfter == 0)
                s.firstFailAfterUs = atUs;
            ++s.failsAfter;
        }
    }
    void closeBurst()
    {
        if (inBurst && !burstHadFrame) {
            ++ev.burstsWithoutFrames;
            if (burstStartsWithoutFrames.size() < kMaxBursts)
                burstStartsWithoutFrames.append(lastRxUs);
        }
        inBurst = false;
    }
};

DiagnosisCollector::DiagnosisCollector(ProtocolId serialProtocol)
    : m_protocol(serialProtocol)
{
}

DiagnosisCollector::~DiagnosisCollector() = default;

DiagnosisCollector::Link &DiagnosisCollector::link(const QString &name, DiagnosisLink::Medium medium)
{
    auto it = m_links.find(name);
    if (it == m_links.end()) {
        auto l = std::make_shared<Link>(m_protocol, medium);
        l->ev.link = name;
        l->ev.medium = medium;
        l->ev.protocol = ProtocolNames::name(medium == DiagnosisLink::Medium::Can ? ProtocolId::PylonCan : m_protocol);
        it = m_links.insert(name, l);
        m_order.append(name);
    }
    return **it;
}

void DiagnosisCollector::noteOtherMaster(const QString &description)
{
    if (!m_otherMaster.contains(description))
        m_otherMaster.append(description);
}

void DiagnosisCollector::feed(const SessionFormat::Event &e)
{
    ++m_events;
    if (m_firstUs < 0)
        m_firstUs = e.timeUs;
    m_lastUs = std::max(m_lastUs, e.timeUs);

    if (e.kind == SessionFormat::Kind::Can) {
        Link &l = link(e.link, DiagnosisLink::Medium::Can);
        const quint32 id = e.canId;
        // Every identifier of the bank's or the inverter's, with its cadence (the inverter
        // acceptance check of the inverter-side causes reads them).
        const bool known = (id >= 0x305 && id <= 0x307) || (id >= 0x351 && id <= 0x35F) || (id >= 0x370 && id <= 0x382);
        if (known && !e.extended) {
            DiagnosisCanId &c = l.canIds[id];
            const double atS = double(e.timeUs) / 1e6;
            if (c.count > 0) {
                const double gap = atS - c.sinceLastS;
                c.maxGapS = c.count == 1 ? gap : std::max(c.maxGapS, gap);
                c.minGapS = c.count == 1 ? gap : std::min(c.minGapS, gap);
            }
            c.id = id;
            ++c.count;
            c.sinceLastS = atS;
        }
        if (id >= 0x305 && id <= 0x307) {
            ++l.ev.inverterFrames;
            return;
        }
        if (!((id >= 0x351 && id <= 0x35F) || (id >= 0x370 && id <= 0x382)))
            return;
        ++l.ev.bmsFrames;
        ++l.ev.frames;
        l.lastBmsUs = e.timeUs;
        const auto last = l.lastCan.constFind(id);
        // (A log without time stamps puts every frame at one instant: nothing to judge there.)
        if (last != l.lastCan.cend() && e.timeUs > last->first && e.timeUs - last->first < kConflictUs && last->second != e.data)
            ++l.ev.conflictingFrames;
        l.lastCan.insert(id, {e.timeUs, e.data});
        const StreamDecoder::Item item = l.decoder.decodeCan(CanFrameData{id, e.data, e.extended, e.remote});
        if (item.result && item.result->bank.currentA && l.canCurrent.size() < kMaxSamples)
            l.canCurrent.append({e.timeUs, *item.result->bank.currentA});
        return;
    }

    Link &l = link(e.link, DiagnosisLink::Medium::Serial);
    const bool sent = e.kind == SessionFormat::Kind::SerialTx;
    if (sent) {
        l.ev.transmitted = true;
        l.ev.bytesSent += quint64(e.data.size());
    } else {
        l.ev.bytesReceived += quint64(e.data.size());
        l.ev.breakBytes += quint64(std::count(e.data.cbegin(), e.data.cend(), '\0'));
        // Bursts: a gap closes the one before.
        if (l.inBurst && e.timeUs - l.lastRxUs > kBurstGapUs)
            l.closeBurst();
        if (!l.inBurst) {
            l.inBurst = true;
            l.burstHadFrame = false;
        }
        l.lastRxUs = e.timeUs;
        QByteArray flipped = e.data;
        for (char &c : flipped)
            c = char(~quint8(c));
        for (const StreamDecoder::Item &i : l.inverted.feed(flipped))
            if (i.result && i.result->direction != QLatin1String("request"))
                ++l.ev.framesIfInverted;
        l.others.feedSerial(e.data, e.timeUs);
    }

    for (const StreamDecoder::Item &item : l.decoder.feed(e.data)) {
        if (!item.result) {
            if (item.result.error().kind == CodecError::Kind::Fragment || sent)
                continue;
            ++l.ev.badFrames;
            if (l.requestAddress)
                ++l.address(*l.requestAddress).ev.errors;
            l.fail(e.timeUs);
            l.requestAnswered = true;
            continue;
        }
        const DecodedMessage &m = *item.result;
        if (m.direction == QLatin1String("request")) {
            if (!sent) {
                // Our own request read back by an adapter that echoes is not another master's.
                bool echo = false;
                for (const auto &s : std::as_const(l.sentUnits))
                    echo |= s.second == item.raw && e.timeUs - s.first < kEchoUs;
                if (echo)
                    continue;
                ++l.ev.requestsHeard;
                if (m.address)
                    ++l.address(*m.address).ev.requestsHeard;
            } else {
                l.sentUnits.append({e.timeUs, item.raw});
                if (l.sentUnits.size() > 8)
                    l.sentUnits.removeFirst();
            }
            if (!l.requestAnswered)
                l.fail(e.timeUs); // the one before went unanswered
            l.requestAddress = m.address;
            l.requestAnswered = false;
            l.requestGroup = m.fields.value(QStringLiteral("command_value")).toInt() == 0xFF || m.fields.value(QStringLiteral("group")).toBool();
            ++l.requestsSinceAnswer;
            if (m.address && !l.requestGroup)
                ++l.address(*m.address).ev.requests;
            if (l.requestGroup)
                l.ev.masterAddress = m.address;
            continue;
        }
        if (sent)
            continue;
        // An answer, a record or a broadcast from the bank.
        ++l.ev.frames;
        l.burstHadFrame = true;
        l.requestAnswered = true;
        const std::optional<int> at = m.address ? m.address : l.requestAddress;
        if (m.returnCode && *m.returnCode == 0x91) {
            if (at)
                ++l.address(*at).ev.unreachable;
            l.fail(e.timeUs);
            l.lastAnswerUs = e.timeUs; // the master itself answered
            l.requestsSinceAnswer = 0;
            continue;
        }
        if (m.returnCode && *m.returnCode != 0) {
            ++l.ev.rejected;
            l.fail(e.timeUs);
            continue;
        }
        l.lastAnswerUs = e.timeUs;
        l.requestsSinceAnswer = 0;
        if (at && !l.requestGroup) {
            AddressState &s = l.address(*at);
            ++s.ev.answers;
            s.lastAnswerUs = e.timeUs;
            s.failsAfter = 0;
            s.firstFailAfterUs = -1;
            if (!m.info.firmware.isEmpty())
                s.ev.firmware = m.info.firmware;
        }
        // A whole-group answer with the modules' currents (0x42; not 0x44's alarms).
        const bool currents = std::any_of(m.packs.cbegin(), m.packs.cend(), [](const DecodedPack &p) { return p.currentA.has_value(); });
        if (m.packs.size() > 1 && currents) {
            GroupSample g;
            g.atUs = e.timeUs;
            for (const DecodedPack &p : m.packs)
                g.currents.append(p.currentA.value_or(0.0));
            if (!g.currents.isEmpty() && l.samples.size() < kMaxSamples)
                l.samples.append(g);
            if (at && !l.ev.masterAddress)
                l.ev.masterAddress = at;
        }
    }
}

DiagnosisEvidence DiagnosisCollector::finish(qint64 endUs)
{
    const qint64 end = endUs > 0 ? std::max(endUs, m_lastUs) : m_lastUs;
    auto secs = [this](qint64 us) { return double(us - m_firstUs) / 1e6; };
    DiagnosisEvidence out;
    out.otherMasterHeard = m_otherMaster;
    for (const QString &name : std::as_const(m_order)) {
        Link &l = *m_links[name];
        DiagnosisLink ev = l.ev;
        ev.durationS = m_firstUs >= 0 ? double(end - m_firstUs) / 1e6 : 0.0;

        if (ev.medium == DiagnosisLink::Medium::Can) {
            for (DiagnosisCanId c : std::as_const(l.canIds)) {
                c.sinceLastS = double(end) / 1e6 - c.sinceLastS;
                ev.canIds.append(c);
            }
            if (l.lastBmsUs >= 0 && end - l.lastBmsUs >= kStoppedAfterUs && ev.bmsFrames >= 10) {
                ev.answersStoppedAtS = secs(l.lastBmsUs);
                double rest = 0;
                for (auto it = l.canCurrent.crbegin(); it != l.canCurrent.crend() && std::abs(it->second) < kRestA; ++it)
                    rest = double(l.lastBmsUs - it->first) / 1e6;
                if (!l.canCurrent.isEmpty())
                    ev.restBeforeStopS = rest;
            }
            out.links.append(ev);
            continue;
        }

        l.closeBurst();
        ev.burstsWithoutFrames = l.ev.burstsWithoutFrames;
        // Steady cadence: the gaps between bursts agree within a third of their median.
        if (l.burstStartsWithoutFrames.size() >= 4) {
            QList<qint64> gaps;
            for (qsizetype i = 1; i < l.burstStartsWithoutFrames.size(); ++i)
                gaps.append(l.burstStartsWithoutFrames[i] - l.burstStartsWithoutFrames[i - 1]);
            std::sort(gaps.begin(), gaps.end());
            const qint64 median = gaps[gaps.size() / 2];
            int steady = 0;
            for (qint64 g : gaps)
                steady += std::abs(g - median) * 3 <= median;
            ev.burstsPeriodic = median > 0 && steady * 4 >= int(gaps.size()) * 3;
        }
        ev.discardedBytes = l.decoder.stats().discardedBytes;
        if (ev.frames == 0 && ev.bytesReceived > 0) {
            l.others.flush(end);
            if (const auto best = l.others.heard().best()) {
                const HeardProtocol *p = l.others.heard().of(*best);
                if (p && p->decoded >= 2) {
                    ev.otherProtocol = ProtocolNames::name(*best);
                    ev.otherProtocolAnswers = p->responses;
                    for (const HeardRequest &r : p->requests)
                        ev.otherProtocolRequests += quint64(r.count);
                }
            }
        }

        // The bank stopped answering while it was still asked.
        if (l.lastAnswerUs >= 0 && l.requestsSinceAnswer >= 3 && end - l.lastAnswerUs >= kStoppedAfterUs) {
            ev.answersStoppedAtS = secs(l.lastAnswerUs);
            if (!l.samples.isEmpty()) {
                double rest = 0;
                for (auto it = l.samples.crbegin(); it != l.samples.crend() && std::abs(it->total()) < kRestA; ++it)
                    rest = double(l.lastAnswerUs - it->atUs) / 1e6;
                ev.restBeforeStopS = rest;
            }
        }

        for (auto it = l.addresses.begin(); it != l.addresses.end(); ++it) {
            AddressState &s = it.value();
            DiagnosisAddress a = s.ev;
            if (s.lastAnswerUs >= 0)
                a.lastAnswerS = secs(s.lastAnswerUs);
            const bool isMaster = ev.masterAddress && *ev.masterAddress == a.address;
            // The master stopped answering for itself while it still answers for the group.
            if (isMaster && s.lastAnswerUs >= 0 && s.failsAfter >= 2) {
                quint64 after = 0;
                for (const GroupSample &g : std::as_const(l.samples))
                    after += g.atUs > s.firstFailAfterUs;
                ev.groupAnswersWithoutMaster = after;
            }
            if (s.lastAnswerUs >= 0 && s.failsAfter >= 2 && !isMaster) {
                a.lostAtS = secs(s.lastAnswerUs);
                // The whole-group answers around the loss: the last before it with this unit in it,
                // the first after it.
                const int index = ev.masterAddress ? a.address - *ev.masterAddress : -1;
                const GroupSample *before = nullptr;
                const GroupSample *after = nullptr;
                qsizetype beforeAt = -1;
                for (qsizetype i = 0; i < l.samples.size(); ++i) {
                    const GroupSample &g = l.samples[i];
                    if (g.atUs <= s.lastAnswerUs && index >= 0 && index < g.currents.size()) {
                        before = &g;
                        beforeAt = i;
                    }
                    if (!after && g.atUs >= s.firstFailAfterUs)
                        after = &g;
                }
                if (before && after) {
                    const double own = before->currents[index];
                    a.currentBeforeA = own;
                    a.othersBeforeA = before->total() - own;
                    a.othersAfterA = after->currents.size() < before->currents.size() || index >= after->currents.size()
                        ? after->total()
                        : after->total() - after->currents[index];
                    double rest = 0;
                    for (qsizetype i = beforeAt; i >= 0; --i) {
                        const GroupSample &g = l.samples[i];
                        if (index >= g.currents.size() || std::abs(g.currents[index]) >= kRestA)
                            break;
                        rest = double(before->atUs - g.atUs) / 1e6;
                    }
                    a.restBeforeS = rest;
                }
            }
            ev.addresses.append(a);
        }
        out.links.append(ev);
    }
    return out;
}
