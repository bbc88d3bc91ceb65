#pragma once

// Another master on the bus, played from its own thread on the master side of a PtyPair: the
// real Pylontech capture under tests/data (an inverter-like host polling 0x02 every ~2 s, with
// the bank's answers) written at the capture's own cadence, or any bytes on a fixed period.
// It never reads: whatever the link under test transmits stays in the pty for the test to read
// afterwards (PtyPair::read), even once the link has closed its end.

#include "ptypair.h"
#include "testdata.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <optional>
#include <thread>

class CapturePeer
{
public:
    struct Line
    {
        qint64 atMs;
        bool request;
        QByteArray frame; // with its CR
    };

    // The capture's lines from its start, both directions (or requests only: an inverter
    // polling a bank that does not answer).
    static QList<Line> capture(int maxLines = -1, bool requestsOnly = false)
    {
        QList<Line> out;
        QFile f(TestData::pylontechCapture());
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd() && (maxLines < 0 || out.size() < maxLines)) {
            const QByteArray line = f.readLine().trimmed();
            if (line.startsWith('#') || line.isEmpty())
                continue;
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() != 3)
                continue;
            const bool request = parts[1] == "REQ";
            if (requestsOnly && !request)
                continue;
            out.append(Line{qint64(parts[0].toDouble() * 1000.0), request, parts[2] + '\r'});
        }
        return out;
    }

    // Bytes that look like traffic read at a wrong baud rate: not one frame of any protocol.
    static QByteArray wrongBaudNoise(int n)
    {
        QByteArray out;
        quint32 x = 0x2545F491u;
        for (int i = 0; i < n; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            // Mostly 0x00/0x80/0xF8/0xFE-like bytes, as 9600-baud frames look at 115200.
            static const char kinds[] = {'\x00', '\x80', '\xF8', '\xFE', '\x78', '\xE0'};
            out.append(kinds[x % 6]);
        }
        return out;
    }

    explicit CapturePeer(PtyPair &pty)
        : m_fd(pty.masterFd())
    {
    }
    ~CapturePeer() { stop(); }
    CapturePeer(const CapturePeer &) = delete;
    CapturePeer &operator=(const CapturePeer &) = delete;

    // Plays `lines` at their times, starting `delayMs` from now.
    void play(QList<Line> lines, int delayMs = 0)
    {
        stop();
        m_stop = false;
        m_thread = std::thread([this, lines = std::move(lines), delayMs] {
            QElapsedTimer clock;
            clock.start();
            const qint64 first = lines.isEmpty() ? 0 : lines.first().atMs;
            for (const Line &l : lines) {
                while (!m_stop && clock.elapsed() < delayMs + l.atMs - first)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                if (m_stop)
                    return;
                if (m_firstWrite.load() == 0)
                    m_firstWrite = std::chrono::steady_clock::now().time_since_epoch().count();
                writeAll(l.frame);
                ++m_written;
            }
        });
    }

    // Writes `bytes` every `periodMs`, starting now.
    void repeat(const QByteArray &bytes, int periodMs)
    {
        QList<Line> lines;
        for (int i = 0; i < 1000; ++i)
            lines.append(Line{qint64(i) * periodMs, false, bytes});
        play(lines);
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    int written() const { return m_written; }
    // When the first line was written (steady clock), or nullopt before.
    std::optional<std::chrono::steady_clock::time_point> firstWrite() const
    {
        const auto n = m_firstWrite.load();
        if (n == 0)
            return std::nullopt;
        return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(n));
    }

private:
    void writeAll(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size() && !m_stop) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0)
                done += n;
            else if (n < 0 && errno != EAGAIN)
                return; // the other end is gone
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }

    int m_fd;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_written{0};
    std::atomic<std::chrono::steady_clock::rep> m_firstWrite{0};
};
