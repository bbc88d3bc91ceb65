#pragma once

// What the command-line tools (bankscope-cli, bankscope-sim) share: one JSON object per line on
// standard output, flushed at once so a pipe reader sees it, and a stop flag set by SIGINT or
// SIGTERM that their timers check (a signal handler may do nothing more).

#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

namespace JsonLines {

inline volatile std::sig_atomic_t g_stop = 0;

inline void onStopSignal(int)
{
    g_stop = 1;
}

// Clears the flag and routes SIGINT and SIGTERM to it.
inline void catchStopSignals()
{
    g_stop = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

inline bool stopRequested()
{
    return g_stop != 0;
}

inline void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Lines written into one reusable buffer and handed to the stream in large writes: a replay
// prints a million lines a second, and a write (and flush) per line would cost more than
// decoding them. The caller flushes when its input would block or its work is done, so a
// reader at the other end of a pipe sees each line as soon as nothing more is coming at once.
class Output
{
public:
    explicit Output(FILE *stream = stdout, qsizetype flushAt = 256 * 1024)
        : m_stream(stream)
        , m_flushAt(flushAt)
    {
        m_buffer.reserve(flushAt + 4096);
    }
    ~Output() { flush(); }
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    // The buffer to append one line's text to; endLine() ends it.
    QByteArray &buffer() { return m_buffer; }
    void endLine()
    {
        m_buffer.append('\n');
        if (m_buffer.size() >= m_flushAt)
            write();
    }
    void line(const QJsonObject &o)
    {
        m_buffer.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
        endLine();
    }
    void flush()
    {
        write();
        std::fflush(m_stream);
    }

private:
    void write()
    {
        if (!m_buffer.isEmpty())
            std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), m_stream);
        m_buffer.resize(0); // keeps the capacity
    }

    FILE *m_stream;
    qsizetype m_flushAt;
    QByteArray m_buffer;
};

} // namespace JsonLines
