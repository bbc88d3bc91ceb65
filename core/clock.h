#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Time source for everything that stamps or ages data. Injected by constructor so the
// aggregation, staleness and the demo bank are deterministic under test.
// Times are milliseconds on one monotonic-enough time line; only differences matter.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // Microseconds on the same time line (recordings stamp in microseconds).
    virtual qint64 nowUs() const { return nowMs() * 1000; }
};

// Wall clock (milliseconds since the Unix epoch). Thread-safe.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// One monotonic time line for a whole session: wall-clock time at construction plus the
// monotonic time elapsed since, so stamps never go backwards when the system clock is set, yet
// read as absolute times in recordings. Thread-safe (QElapsedTimer reads are const).
class SessionClock final : public Clock
{
public:
    SessionClock();
    qint64 nowMs() const override { return nowUs() / 1000; }
    qint64 nowUs() const override;
    qint64 startUs() const { return m_startUs; }

private:
    qint64 m_startUs;
    QElapsedTimer m_elapsed;
};

// A clock that only moves when told to. For tests and for replaying recorded time.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms)
    {
        m_nowMs = ms;
        m_extraUs = 0;
    }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    qint64 nowUs() const override { return m_nowMs * 1000 + m_extraUs; }
    void setNowUs(qint64 us)
    {
        m_nowMs = us / 1000;
        m_extraUs = us % 1000;
    }

private:
    qint64 m_nowMs;
    qint64 m_extraUs = 0;
};
