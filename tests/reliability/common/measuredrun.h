#pragma once

// Runs one program the way a user does (standard input from a file or nothing, output to
// files) and reports how it ended: exit status or the signal that killed it, whether it had to
// be stopped at the deadline (a hang), its peak resident memory (wait4's ru_maxrss, the child's
// own: this process forks nothing else and posix_spawn does not copy its memory into the
// figure), its wall time, and what it printed. For the reliability tests: no crash, no hang,
// bounded memory, a clear error.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

struct MeasuredRun
{
    bool started = false;
    int exitCode = -1;  // when it exited
    int signal = 0;     // when a signal ended it (a crash: SIGSEGV, SIGABRT ...)
    bool timedOut = false;
    long maxRssKb = 0;
    double seconds = 0.0;
    QByteArray out;     // standard output (at most the first 4 MB kept)
    QByteArray outTail; // its last 64 KB (the statistics a command prints last)
    QByteArray err;     // standard error (at most the first 1 MB kept)

    bool crashed() const { return signal != 0 && !timedOut; }
    double maxRssMb() const { return double(maxRssKb) / 1024.0; }
    QString describe() const
    {
        QString s = timedOut ? QStringLiteral("timed out") : signal ? QStringLiteral("killed by signal %1").arg(signal)
                                                                    : QStringLiteral("exit %1").arg(exitCode);
        return s + QStringLiteral(", %1 s, peak %2 MB, stderr: %3")
                       .arg(seconds, 0, 'f', 2)
                       .arg(maxRssMb(), 0, 'f', 1)
                       .arg(QString::fromUtf8(err.left(300)).trimmed());
    }
};

namespace Measured {

inline QByteArray readHead(const QString &path, qint64 max)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(max) : QByteArray();
}

inline QByteArray readTail(const QString &path, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    f.seek(std::max<qint64>(0, f.size() - max));
    return f.readAll();
}

// argv[0] is the program (a path). stdinPath empty: /dev/null. Killed (SIGKILL) at the deadline.
inline MeasuredRun run(const QStringList &argv, const QString &stdinPath = {}, int timeoutMs = 60000,
                       const QStringList &extraEnv = {})
{
    MeasuredRun r;
    QTemporaryDir dir;
    const QByteArray outPath = dir.filePath(QStringLiteral("out")).toLocal8Bit();
    const QByteArray errPath = dir.filePath(QStringLiteral("err")).toLocal8Bit();
    const QByteArray inPath = stdinPath.isEmpty() ? QByteArray("/dev/null") : stdinPath.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<QByteArray> args;
    for (const QString &a : argv)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e)
        env.emplace_back(*e);
    env.emplace_back("QT_QPA_PLATFORM=offscreen");
    for (const QString &e : extraEnv)
        env.push_back(e.toLocal8Bit());
    std::vector<char *> cenv;
    for (QByteArray &e : env)
        cenv.push_back(e.data());
    cenv.push_back(nullptr);

    QDeadlineTimer deadline(timeoutMs);
    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, cargs[0], &actions, nullptr, cargs.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return r;
    r.started = true;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (deadline.hasExpired() && !r.timedOut) {
            r.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        ::poll(nullptr, 0, 5); // the child runs; nothing to wait on but its end
    }
    r.seconds = double(wall.nsecsElapsed()) / 1e9;
    r.maxRssKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.signal = WTERMSIG(status);
    r.out = readHead(QString::fromLocal8Bit(outPath), 4 << 20);
    r.outTail = readTail(QString::fromLocal8Bit(outPath), 64 << 10);
    r.err = readHead(QString::fromLocal8Bit(errPath), 1 << 20);
    return r;
}

} // namespace Measured
