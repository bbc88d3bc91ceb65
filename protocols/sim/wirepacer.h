#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// Puts bytes on a wire at a baud rate (10 bit times per byte, 8N1) after a turnaround delay,
// so a pseudo-terminal carries traffic with the timing a real RS485 pair would: a poll cycle
// measured on it means what it would on the bus. Each byte is written when its last bit would
// have left; event driven (a timer at most every 2 ms while sending, so within ~1 ms).
class WirePacer : public QObject
{
    Q_OBJECT

public:
    WirePacer(std::function<void(const QByteArray &)> write, qint32 baudRate, int turnaroundMs, QObject *parent = nullptr);
    // Queues an answer: it starts after the turnaround, or after what is already queued.
    void send(const QByteArray &bytes);
    // Bytes arrived from the other side. A pseudo-terminal delivers them at once, but on the
    // pair they take their wire time: an answer sent now starts only after they would have
    // arrived, plus the turnaround (half duplex).
    void received(qsizetype bytes);
    bool idle() const { return m_queue.isEmpty(); }

private:
    void pump();
    double nowMs() const;

    std::function<void(const QByteArray &)> m_write;
    double m_bytesPerMs;
    int m_turnaroundMs;
    QByteArray m_queue;
    QTimer m_timer;
    QElapsedTimer m_clock;          // all times below are ms on this clock
    double m_startAtMs = 0.0;       // when the first bit of the queued bytes leaves
    double m_sent = 0.0;            // bytes written since then
    double m_lineBusyUntilMs = 0.0; // when the bytes received so far are all in
};
