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

} // namespace JsonLines
