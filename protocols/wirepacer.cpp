#include "wirepacer.h"

#include <cmath>

WirePacer::WirePacer(std::function<void(const QByteArray &)> write, qint32 baudRate, int turnaroundMs, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
    , m_bytesPerMs(double(baudRate) / 10.0 / 1000.0)
    , m_turnaroundMs(turnaroundMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WirePacer::pump);
}

void WirePacer::send(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const bool wasIdle = m_queue.isEmpty();
    m_queue += bytes;
    if (wasIdle) {
        m_sent = 0.0;
        QTimer::singleShot(m_turnaroundMs, Qt::PreciseTimer, this, [this] {
            m_since.start();
            m_timer.start(2);
            pump();
        });
    }
}

void WirePacer::pump()
{
    if (!m_since.isValid())
        return;
    // Everything the baud rate allows by now, at least one byte per call.
    const double due = std::max(1.0, (m_since.nsecsElapsed() / 1e6) * m_bytesPerMs - m_sent);
    const qsizetype n = std::min<qsizetype>(m_queue.size(), qsizetype(std::floor(due)));
    if (n > 0) {
        m_write(m_queue.left(n));
        m_queue.remove(0, n);
        m_sent += double(n);
    }
    if (m_queue.isEmpty()) {
        m_timer.stop();
        m_since.invalidate();
    }
}
