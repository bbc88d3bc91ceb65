#include "wirepacer.h"

#include <algorithm>
#include <cmath>

WirePacer::WirePacer(std::function<void(const QByteArray &)> write, qint32 baudRate, int turnaroundMs, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
    , m_bytesPerMs(double(baudRate) / 10.0 / 1000.0)
    , m_turnaroundMs(turnaroundMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WirePacer::pump);
    m_clock.start();
}

double WirePacer::nowMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void WirePacer::received(qsizetype bytes)
{
    m_lineBusyUntilMs = std::max(nowMs(), m_lineBusyUntilMs) + double(bytes) / m_bytesPerMs;
}

void WirePacer::send(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const bool wasIdle = m_queue.isEmpty();
    m_queue += bytes;
    if (wasIdle) {
        // The answer's first bit leaves once the request is all in and the turnaround is over.
        const double now = nowMs();
        m_startAtMs = std::max(now, m_lineBusyUntilMs) + m_turnaroundMs;
        m_sent = 0.0;
        m_timer.start(int(std::ceil(m_startAtMs - now)));
    }
}

void WirePacer::pump()
{
    if (m_queue.isEmpty())
        return;
    // Every byte whose last bit has left by now (10 bit times each since the start).
    const double elapsedMs = nowMs() - m_startAtMs;
    const qsizetype n = std::min<qsizetype>(m_queue.size(), qsizetype(std::floor(elapsedMs * m_bytesPerMs - m_sent + 1e-9)));
    if (n > 0) {
        m_write(m_queue.left(n));
        m_queue.remove(0, n);
        m_sent += double(n);
    }
    if (m_queue.isEmpty())
        return;
    // Called again every 2 ms, or sooner when the last byte falls due before that, so an answer
    // ends within a millisecond of its wire time; never before the next byte is due.
    const double nextMs = (m_sent + 1.0) / m_bytesPerMs - elapsedMs;
    const double lastMs = (m_sent + double(m_queue.size())) / m_bytesPerMs - elapsedMs;
    m_timer.start(int(std::ceil(std::max(nextMs, std::min(lastMs, 2.0)))));
}
