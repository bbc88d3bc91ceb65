#include "pollscheduler.h"

#include "clock.h"
#include "requestsafety.h"
#include "seriallink.h"

#include <algorithm>

std::optional<qint64> AddressStats::latencyMinUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    return *std::min_element(latencyUs.cbegin(), latencyUs.cend());
}

std::optional<qint64> AddressStats::latencyMaxUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    return *std::max_element(latencyUs.cbegin(), latencyUs.cend());
}

std::optional<qint64> AddressStats::latencyMedianUs() const
{
    if (latencyUs.isEmpty())
        return std::nullopt;
    QList<qint64> sorted = latencyUs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(sorted.size() / 2);
}

PollScheduler::PollScheduler(SerialPollLink &link, const PollProtocol &protocol, const Clock &clock,
                             const PollSettings &settings, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_protocol(protocol)
    , m_clock(clock)
    , m_settings(settings)
{
    m_timeout.setSingleShot(true);
    m_gap.setSingleShot(true);
    m_after.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &PollScheduler::onTimeout);
    connect(&m_gap, &QTimer::timeout, this, &PollScheduler::sendNext);
    connect(&m_after, &QTimer::timeout, this, [this] {
        m_listeningAfter = false;
        m_afterRx.clear();
        sendNext();
    });
    connect(&m_link, &SerialLink::received, this, &PollScheduler::onReceived);
}

QList<PollRequest> PollScheduler::readOnly(const QList<PollRequest> &requests)
{
    QList<PollRequest> out;
    for (const PollRequest &r : requests) {
        if (const auto why = RequestSafety::whyNotReadOnly(m_protocol.protocol(), r.bytes)) {
            ++m_stats[r.address].refused;
            Q_EMIT failed(r, QStringLiteral("refused"), *why);
            continue;
        }
        out.append(r);
    }
    return out;
}

void PollScheduler::setPlan(const QList<PollRequest> &once, const QList<PollRequest> &cyclic)
{
    m_once = readOnly(once);
    m_cyclic = readOnly(cyclic);
}

void PollScheduler::extendPlan(const QList<PollRequest> &once, const QList<PollRequest> &cyclic)
{
    const QList<PollRequest> more = readOnly(once);
    m_once += more;
    m_cyclic = readOnly(cyclic);
    if (m_running)
        m_queue += more;
}

void PollScheduler::start()
{
    m_running = true;
    m_onceDone = false;
    m_queue = m_once;
    m_cycleStartUs = m_clock.nowUs();
    m_gap.start(0);
}

void PollScheduler::stop()
{
    // A request still waiting for its answer when polling stops is neither answered nor timed
    // out: it is counted as cancelled, so requests = answers + timeouts + cancelled (+ errors).
    if (m_running && m_awaiting && m_current)
        ++m_stats[m_current->address].cancelled;
    m_running = false;
    m_timeout.stop();
    m_gap.stop();
    m_after.stop();
    m_current.reset();
    m_slotOpen = false;
    m_awaiting = false;
    m_listeningAfter = false;
    m_afterRx.clear();
}

void PollScheduler::sendNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        if (!m_onceDone) {
            m_onceDone = true;
        } else if (!m_cyclic.isEmpty()) {
            ++m_cycles;
            const qint64 now = m_clock.nowUs();
            Q_EMIT cycleFinished(m_cycles, now - m_cycleStartUs);
            const qint64 waitMs = m_settings.cycleIntervalMs - (now - m_cycleStartUs) / 1000;
            m_cycleStartUs = waitMs > 0 ? now + waitMs * 1000 : now;
            if (waitMs > 0) {
                m_queue = m_cyclic;
                m_gap.start(int(waitMs));
                return;
            }
        }
        if (m_cyclic.isEmpty()) {
            m_running = false;
            Q_EMIT idle();
            return;
        }
        m_queue = m_cyclic;
    }
    m_current = m_queue.takeFirst();
    m_attempt = 0;
    sendCurrent();
}

void PollScheduler::sendCurrent()
{
    // Listen before talking: bytes already waiting are someone else's (or the rest of our last
    // answer, before a retry) and are judged before anything leaves.
    m_link.readPending();
    if (!m_running || !m_current)
        return;
    m_rx.clear();
    ++m_sequence;
    ++m_stats[m_current->address].requests;
    m_sentUs = m_clock.nowUs();
    m_lastAddress = m_current->address;
    m_tailAllowed = false;
    // The answer slot opens before the bytes leave: an adapter's echo may come back at once.
    m_slotOpen = true;
    m_awaiting = true;
    if (m_link.write(m_current->bytes) < 0) {
        m_awaiting = false;
        attemptFailed(QStringLiteral("write"), m_link.errorString());
        return;
    }
    m_timeout.start(m_settings.timeoutMs);
}

void PollScheduler::stopForForeign(ForeignTraffic traffic)
{
    stop(); // nothing more leaves, before anything else happens
    traffic.lastAddress = m_lastAddress;
    traffic.bytes = traffic.bytes.left(64);
    Q_EMIT foreignTraffic(traffic);
}

void PollScheduler::onReceived(const QByteArray &bytes, qint64 atUs)
{
    if (!m_running)
        return;
    if (m_listeningAfter) {
        // A scan listens after each answer for a second answerer: part of the slot, but a
        // request in it is another master.
        m_afterRx += bytes;
        if (auto f = m_protocol.findRequest(m_afterRx)) {
            stopForForeign(ForeignTraffic{ForeignTraffic::Kind::Request, f, m_afterRx, std::nullopt, atUs});
            return;
        }
        if (m_listenAddress >= 0)
            ++m_stats[m_listenAddress].extraAnswers;
        m_listenAddress = -1;
        return;
    }
    if (!m_slotOpen && m_tailAllowed && m_protocol.isAnswerTail(bytes)) {
        m_tailAllowed = false; // the rest of the last answer, read a moment later
        return;
    }
    if (!m_current || !m_slotOpen) {
        // Nobody was asked: these bytes are someone else's. Named when they hold a whole request.
        const auto f = m_protocol.findRequest(bytes);
        stopForForeign(ForeignTraffic{f ? ForeignTraffic::Kind::Request : ForeignTraffic::Kind::OutsideSlot, f, bytes, std::nullopt, atUs});
        return;
    }
    m_rx += bytes;
    // Our own request may come back first from an adapter that echoes (CH341); any other
    // request, or a second copy of ours, is another master.
    QByteArray others = m_rx;
    if (m_adapterMayEcho) {
        if (m_current->bytes.startsWith(others))
            return; // so far only (part of) our echo
        if (others.startsWith(m_current->bytes))
            others = others.mid(m_current->bytes.size());
    }
    if (auto f = m_protocol.findRequest(others)) {
        stopForForeign(ForeignTraffic{ForeignTraffic::Kind::Request, f, m_rx, std::nullopt, atUs});
        return;
    }
    if (!m_awaiting)
        return; // the rest of a failed attempt, before its retry: still ours
    const PollProtocol::Outcome o = m_protocol.examine(*m_current, m_rx);
    switch (o.verdict) {
    case PollProtocol::Verdict::Incomplete:
        return;
    case PollProtocol::Verdict::Answer: {
        m_timeout.stop();
        m_awaiting = false;
        AddressStats &s = m_stats[m_current->address];
        ++s.answers;
        const qint64 latency = atUs - m_sentUs;
        s.latencyUs.append(latency);
        if (s.latencyUs.size() > 256)
            s.latencyUs.removeFirst();
        s.lastSeenUs = atUs;
        s.lastAnswer = m_rx.left(o.consumed);
        // An adapter that echoes echoes every request: one answer without the echo settles it.
        if (!m_rx.startsWith(m_current->bytes))
            m_adapterMayEcho = false;
        const PollRequest request = *m_current;
        QByteArray trailing = m_rx.mid(o.consumed);
        m_current.reset();
        m_slotOpen = false;
        m_tailAllowed = true;
        if (m_protocol.isAnswerTail(trailing)) {
            trailing.clear();
            m_tailAllowed = false;
        }
        Q_EMIT answered(request, *o.message, latency);
        if (!m_running)
            return; // a listener stopped us
        if (!trailing.isEmpty()) {
            if (m_settings.listenAfterAnswerMs <= 0) {
                // Bytes after the answer, in the same read: outside the slot.
                const auto f = m_protocol.findRequest(trailing);
                stopForForeign(ForeignTraffic{f ? ForeignTraffic::Kind::Request : ForeignTraffic::Kind::OutsideSlot, f, trailing,
                                              std::nullopt, atUs});
                return;
            }
            ++s.extraAnswers;
            m_afterRx = trailing;
        }
        advance(request.address);
        return;
    }
    case PollProtocol::Verdict::ChecksumError:
        m_timeout.stop();
        attemptFailed(QStringLiteral("checksum"), o.detail);
        return;
    case PollProtocol::Verdict::FramingError:
        m_timeout.stop();
        attemptFailed(QStringLiteral("framing"), o.detail);
        return;
    case PollProtocol::Verdict::WrongAddress:
        m_timeout.stop();
        attemptFailed(QStringLiteral("wrong-address"), o.detail);
        return;
    }
}

void PollScheduler::onTimeout()
{
    if (!m_current || !m_awaiting)
        return;
    attemptFailed(QStringLiteral("timeout"), QString());
}

void PollScheduler::attemptFailed(const QString &reason, const QString &detail)
{
    m_awaiting = false;
    AddressStats &s = m_stats[m_current->address];
    if (reason == QLatin1String("timeout"))
        ++s.timeouts;
    else if (reason == QLatin1String("checksum"))
        ++s.checksumErrors;
    else if (reason == QLatin1String("wrong-address"))
        ++s.wrongAddress;
    else
        ++s.framingErrors;
    if (m_attempt < m_settings.retries && m_running) {
        ++m_attempt;
        // Let the line settle (a garbled answer may still be arriving), then ask again. The
        // slot stays open meanwhile: what still arrives is the rest of our answer.
        const int settle = std::max(m_settings.turnaroundMs, reason == QLatin1String("timeout") ? 0 : 20);
        QTimer::singleShot(settle, this, [this, seq = m_sequence] {
            if (m_current && seq == m_sequence && m_running)
                sendCurrent();
        });
        return;
    }
    const PollRequest request = *m_current;
    m_current.reset();
    m_slotOpen = false;
    Q_EMIT failed(request, reason, detail);
    advance(request.address);
}

void PollScheduler::advance(int address)
{
    if (!m_running)
        return;
    const int wait = std::max(m_settings.turnaroundMs, m_settings.listenAfterAnswerMs);
    if (m_settings.listenAfterAnswerMs > 0) {
        m_listeningAfter = true;
        m_listenAddress = m_afterRx.isEmpty() ? address : -1; // a second answer already counted
    }
    m_after.start(wait);
}
