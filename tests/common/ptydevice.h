#pragma once

// The device end of a PtyPair, driven by the event loop: collects what the link sends, cuts
// it into units with `splitter`, and writes back whatever `responder` returns for each unit,
// after `delayMs`. Records every unit received and the time between its answer and the next
// request, so tests can check one-in-flight and turnaround behaviour.

#include "ptypair.h"

#include <QElapsedTimer>
#include <QList>
#include <QSocketNotifier>
#include <QTimer>

#include <functional>

class PtyDevice
{
public:
    using Splitter = std::function<qsizetype(const QByteArray &buffer)>; // length of the first unit, 0 if incomplete
    using Responder = std::function<QList<QByteArray>(const QByteArray &unit)>;

    PtyDevice(PtyPair &pty, Splitter splitter, Responder responder)
        : m_pty(pty)
        , m_splitter(std::move(splitter))
        , m_responder(std::move(responder))
    {
        m_clock.start();
        attach();
    }

    void attach()
    {
        m_notifier.reset(new QSocketNotifier(m_pty.masterFd(), QSocketNotifier::Read));
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { onReadable(); });
    }

    int delayMs = 0;
    QList<QByteArray> units;        // every request received
    int overlaps = 0;               // requests that arrived while an answer was pending
    QList<qint64> gapsMs;           // from our last answer to the next request
    QByteArray raw;                 // every byte received

    static qsizetype untilCr(const QByteArray &b)
    {
        const qsizetype cr = b.indexOf('\r');
        return cr < 0 ? 0 : cr + 1;
    }

private:
    void onReadable()
    {
        char buf[4096];
        const ssize_t n = ::read(m_pty.masterFd(), buf, sizeof buf);
        if (n <= 0)
            return;
        m_buffer.append(buf, n);
        raw.append(buf, n);
        for (qsizetype len = m_splitter(m_buffer); len > 0; len = m_splitter(m_buffer)) {
            const QByteArray unit = m_buffer.left(len);
            m_buffer.remove(0, len);
            units.append(unit);
            if (m_pending)
                ++overlaps;
            if (m_lastAnswerMs >= 0)
                gapsMs.append(m_clock.elapsed() - m_lastAnswerMs);
            const QList<QByteArray> answers = m_responder(unit);
            if (answers.isEmpty())
                continue;
            m_pending = true;
            // Tied to m_context: a device destroyed with an answer pending never writes it.
            QTimer::singleShot(delayMs, &m_context, [this, answers] {
                for (const QByteArray &a : answers)
                    m_pty.write(a);
                m_pending = false;
                m_lastAnswerMs = m_clock.elapsed();
            });
        }
    }

    PtyPair &m_pty;
    Splitter m_splitter;
    Responder m_responder;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QObject m_context;
    QByteArray m_buffer;
    bool m_pending = false;
    qint64 m_lastAnswerMs = -1;
    QElapsedTimer m_clock;
};
