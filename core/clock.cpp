#include "clock.h"

#include <QDateTime>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SessionClock::SessionClock()
    : m_startUs(QDateTime::currentMSecsSinceEpoch() * 1000)
{
    m_elapsed.start();
}

qint64 SessionClock::nowUs() const
{
    return m_startUs + m_elapsed.nsecsElapsed() / 1000;
}
