// Runs one command and prints how long it took and its peak resident memory, as one JSON line:
//   bench_run OUT COMMAND [ARGS...]      (the command's standard output goes to OUT)
// bench_logs measures every tool through this small program, not through itself: a child's
// ru_maxrss also counts the memory of the process it was forked from before exec, so the
// parent must be small for the figure to be the tool's own (as with /usr/bin/time).
// No Qt here, on purpose.

#include <cerrno>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_run OUT COMMAND [ARGS...]\n");
        return 2;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[2], &actions, nullptr, argv + 2, environ) != 0) {
        std::fprintf(stderr, "bench_run: cannot start %s\n", argv[2]);
        return 2;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    std::printf("{\"seconds\":%.6f,\"max_rss_kb\":%ld,\"exit\":%d,\"user_s\":%.3f,\"sys_s\":%.3f}\n", seconds, usage.ru_maxrss,
                WIFEXITED(status) ? WEXITSTATUS(status) : -1, double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
                double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6);
    posix_spawn_file_actions_destroy(&actions);
    return 0;
}
