#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// Puts bytes on a wire at a baud rate (10 bit times per byte, 8N1) after a turnaround delay,
// so a pseudo-terminal carries traffic with the timing a real RS485 pair would: a poll cycle
// measured on it means what it would on the bus. Event driven (a 2 ms timer while sending).
class WirePacer : public QObject
{
    Q_OBJECT

public:
    WirePacer(std::function<void(const QByteArray &)> write, qint32 baudRate, int turnaroundMs, QObject *parent = nullptr);
    // Queues an answer: it starts after the turnaround, or after what is already queued.
    void send(const QByteArray &bytes);
    bool idle() const { return m_queue.isEmpty(); }

private:
    void pump();

    std::function<void(const QByteArray &)> m_write;
    double m_bytesPerMs;
    int m_turnaroundMs;
    QByteArray m_queue;
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_sent = 0.0; // bytes sent since m_since started
};
