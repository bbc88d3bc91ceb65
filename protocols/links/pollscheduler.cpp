#include "pollscheduler.h"

#include "clock.h"
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
    connect(&m_timeout, &QTimer::timeout, this, &PollScheduler::onTimeout);
    connect(&m_gap, &QTimer::timeout, this, &PollScheduler::sendNext);
    connect(&m_link, &SerialLink::received, this, &PollScheduler::onReceived);
}

void PollScheduler::setPlan(const QList<PollRequest> &once, const QList<PollRequest> &cyclic)
{
    m_once = once;
    m_cyclic = cyclic;
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
    m_running = false;
    m_timeout.stop();
    m_gap.stop();
    m_current.reset();
    m_listeningAfter = false;
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
    m_rx.clear();
    ++m_sequence;
    ++m_stats[m_current->address].requests;
    m_sentUs = m_clock.nowUs();
    if (m_link.write(m_current->bytes) < 0) {
        attemptFailed(QStringLiteral("write"), m_link.errorString());
        return;
    }
    m_timeout.start(m_settings.timeoutMs);
}

void PollScheduler::onReceived(const QByteArray &bytes, qint64 atUs)
{
    if (m_listeningAfter) {
        // Anything after a complete answer, before the next request: a second answerer.
        if (m_listenAddress >= 0)
            ++m_stats[m_listenAddress].extraAnswers;
        m_listenAddress = -1;
        return;
    }
    if (!m_current)
        return; // nothing asked: late bytes of an abandoned attempt
    m_rx += bytes;
    const PollProtocol::Outcome o = m_protocol.examine(*m_current, m_rx);
    switch (o.verdict) {
    case PollProtocol::Verdict::Incomplete:
        return;
    case PollProtocol::Verdict::Answer: {
        m_timeout.stop();
        AddressStats &s = m_stats[m_current->address];
        ++s.answers;
        const qint64 latency = atUs - m_sentUs;
        s.latencyUs.append(latency);
        if (s.latencyUs.size() > 256)
            s.latencyUs.removeFirst();
        s.lastSeenUs = atUs;
        s.lastAnswer = m_rx.left(o.consumed);
        const PollRequest request = *m_current;
        const bool trailing = m_rx.size() > o.consumed;
        m_current.reset();
        if (trailing)
            ++s.extraAnswers;
        Q_EMIT answered(request, *o.message, latency);
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
    if (!m_current)
        return;
    attemptFailed(QStringLiteral("timeout"), QString());
}

void PollScheduler::attemptFailed(const QString &reason, const QString &detail)
{
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
        // Let the line settle (a garbled answer may still be arriving), then ask again.
        const int settle = std::max(m_settings.turnaroundMs, reason == QLatin1String("timeout") ? 0 : 20);
        QTimer::singleShot(settle, this, [this, seq = m_sequence] {
            if (m_current && seq == m_sequence && m_running)
                sendCurrent();
        });
        return;
    }
    const PollRequest request = *m_current;
    m_current.reset();
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
        m_listenAddress = address;
    }
    QTimer::singleShot(wait, this, [this] {
        m_listeningAfter = false;
        sendNext();
    });
}
