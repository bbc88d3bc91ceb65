#pragma once

#include <QtGlobal>

// Time source for everything that stamps or ages data. Injected by constructor so the
// aggregation, staleness and the demo bank are deterministic under test.
// Times are milliseconds on one monotonic-enough time line; only differences matter.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// Wall clock (milliseconds since the Unix epoch). Thread-safe.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told to. For tests and for replaying recorded time.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};
