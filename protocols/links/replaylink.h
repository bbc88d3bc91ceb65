#pragma once

#include "link.h"
#include "canframe.h"
#include "sessionformat.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// A recorded session played back as a link: the same signals a live link gives, in recorded
// order, either at the recorded pace (scaled by a speed factor) or as fast as possible. It is
// a listen link: it has nothing to write to. GUI (or any one) thread.
class ReplayLink : public QObject
{
    Q_OBJECT

public:
    explicit ReplayLink(QObject *parent = nullptr);

    // Loads a session file (BankScope/candump log, or Vector ASC by its .asc suffix).
    // False and errorString() on a bad file: the first bad line with its number.
    bool load(const QString &path);
    void setEvents(const QList<SessionFormat::Event> &events) { m_events = events; }
    QString errorString() const { return m_error; }
    qsizetype size() const { return m_events.size(); }

    // speed: 1.0 real time, 10.0 ten times faster; 0 = as fast as possible.
    void start(double speed = 1.0);
    void stop();
    LinkRole role() const { return LinkRole::Listen; }
    LinkState state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(LinkState state);
    void serialBytes(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs);
    void canFrame(const QString &link, const CanFrameData &frame, qint64 atUs);
    void finished();

private:
    void next();
    void emitEvent(const SessionFormat::Event &event);

    QList<SessionFormat::Event> m_events;
    qsizetype m_pos = 0;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    LinkState m_state = LinkState::Closed;
    QString m_error;
};
