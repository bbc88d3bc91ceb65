#include "replaylink.h"

#include <QCoreApplication>
#include <QFile>

ReplayLink::ReplayLink(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayLink::next);
}

bool ReplayLink::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("ReplayLink", "cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray text = f.readAll();
    const auto events = path.endsWith(QLatin1String(".asc"), Qt::CaseInsensitive) ? SessionFormat::parseAsc(text)
                                                                                   : SessionFormat::parseLog(text);
    if (!events) {
        m_error = QCoreApplication::translate("ReplayLink", "%1: %2").arg(path, events.error().toString());
        return false;
    }
    m_events = *events;
    return true;
}

void ReplayLink::start(double speed)
{
    m_speed = speed;
    m_pos = 0;
    m_state = LinkState::Open;
    Q_EMIT stateChanged(m_state);
    m_elapsed.start();
    m_timer.start(0);
}

void ReplayLink::stop()
{
    m_timer.stop();
    if (m_state != LinkState::Closed) {
        m_state = LinkState::Closed;
        Q_EMIT stateChanged(m_state);
    }
}

void ReplayLink::emitEvent(const SessionFormat::Event &e)
{
    if (e.kind == SessionFormat::Kind::Can)
        Q_EMIT canFrame(e.link, CanFrameData{e.canId, e.data}, e.timeUs);
    else
        Q_EMIT serialBytes(e.link, e.kind == SessionFormat::Kind::SerialTx, e.data, e.timeUs);
}

void ReplayLink::next()
{
    if (m_events.isEmpty() || m_pos >= m_events.size()) {
        stop();
        Q_EMIT finished();
        return;
    }
    const qint64 origin = m_events.first().timeUs;
    if (m_speed <= 0.0) {
        // As fast as possible, in slices so the event loop (and a UI) keeps breathing.
        const qsizetype end = std::min<qsizetype>(m_pos + 2000, m_events.size());
        for (; m_pos < end; ++m_pos)
            emitEvent(m_events[m_pos]);
    } else {
        const qint64 nowUs = m_elapsed.nsecsElapsed() / 1000;
        while (m_pos < m_events.size() && (m_events[m_pos].timeUs - origin) / m_speed <= nowUs)
            emitEvent(m_events[m_pos++]);
        if (m_pos < m_events.size()) {
            const qint64 dueUs = qint64((m_events[m_pos].timeUs - origin) / m_speed);
            m_timer.start(int(std::max<qint64>(0, (dueUs - nowUs) / 1000)));
            return;
        }
    }
    m_timer.start(0);
}
