// Benchmark for DESIGN.md section 6, "Logs stream": `bankscope-cli replay --fast` (JSON out),
// `decode --file` and `export-asc` against can-utils' `log2asc` on the same generated candump
// logs of Pylon CAN traffic, 1 M and 4 M frames, run as real processes, alternating, several
// rounds; medians of wall time and of peak resident memory (the child's ru_maxrss). Prints one
// JSON line per tool and size, then one per budget. Not a test: it measures, on whatever
// machine it runs; `./dev.sh bench` runs it.
//   bench_logs [--rounds N] [--sizes 1000000,4000000] [--keep DIR]

#include "sessionformat.h"
#include "simbank.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <memory>
#include <cstdio>
#include <vector>


namespace {

void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// A Pylontech bank's CAN broadcast to its inverter (V1.2 frame set, once a second) over as many
// days as the frames need, with a load that changes every few minutes (solar charge by day,
// house load by night, noise on top), so the values on the wire change as a live bus's do.
// A scenario covers at most a week (the simulator plays in real time): the bank is simulated
// six days at a time, each stretch a fresh bank with the same load, its frames stamped on one
// continuous clock.
bool generate(const QString &path, qint64 frames)
{
    constexpr qint64 kStretchS = 6 * 86400;
    QString load = QStringLiteral("[");
    const qint64 seconds = std::min(frames / 6 + 60, kStretchS + 300);
    quint32 noise = 12345;
    for (qint64 t = 0; t <= seconds; t += 300) {
        noise = noise * 1103515245u + 12345u;
        const double hour = double(t % 86400) / 3600.0;
        const bool day = hour >= 7.0 && hour < 17.0;
        const double base = day ? 45.0 : -28.0;
        const double amps = base + double(int(noise >> 16) % 21 - 10);
        load += QStringLiteral("%1[%2, %3]").arg(t ? QStringLiteral(", ") : QString()).arg(t).arg(amps, 0, 'f', 1);
    }
    load += QLatin1Char(']');
    const QByteArray json = QStringLiteral(R"({"name": "bench", "protocol": "pylontech-rs485", "seed": 7, "packs": [
        {"id": "P1", "address": 2, "capacity_Ah": 74, "soc_pct": 60}, {"id": "P2", "address": 3, "capacity_Ah": 74, "soc_pct": 58},
        {"id": "P3", "address": 4, "capacity_Ah": 74, "soc_pct": 61}, {"id": "P4", "address": 5, "capacity_Ah": 74, "soc_pct": 59}],
        "load": %1})").arg(load).toUtf8();
    const auto scenario = Scenario::parse(json);
    if (!scenario) {
        std::fprintf(stderr, "bench_logs: scenario: %s\n", qPrintable(scenario.error().toString()));
        return false;
    }
    std::unique_ptr<SimBank> bank;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    chunk.reserve(1 << 21);
    const qint64 start = 1732440000LL * 1000;
    qint64 written = 0;
    SessionFormat::Event e;
    e.link = QStringLiteral("can0");
    for (qint64 s = 0; written < frames; ++s) {
        const qint64 nowMs = start + s * 1000;
        if (s % kStretchS == 0)
            bank = std::make_unique<SimBank>(*scenario);
        const qint64 bankMs = start + (s % kStretchS) * 1000;
        bank->tick(bankMs);
        qint64 offsetUs = 1200;
        for (const CanFrameData &frame : bank->canBroadcast(bankMs, PylonCan::Dialect::PylonV12)) {
            if (written == frames)
                break;
            e.timeUs = nowMs * 1000 + offsetUs;
            offsetUs += 230 + (written % 7) * 11; // frames of a burst ~0.2 ms apart, as on a 500 kbit/s bus
            e.canId = frame.id;
            e.data = frame.data;
            SessionFormat::appendLine(chunk, e);
            ++written;
        }
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.resize(0);
        }
    }
    f.write(chunk);
    return true;
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system: steadier than wall time on a shared machine
    long maxRssKb = 0;
    int status = -1;
};

// Runs a tool through bench_run (its standard output to `out`: a file, or /dev/null) and reads
// back bench_run's measurement: wall time and the tool's peak resident set (wait4).
Run measure(const QStringList &argv, const QString &out)
{
    QProcess p;
    p.start(QStringLiteral(BANKSCOPE_BENCH_RUN), QStringList{out} + argv);
    Run r;
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return r;
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    r.maxRssKb = long(o.value(QStringLiteral("max_rss_kb")).toDouble());
    r.cpuSeconds = o.value(QStringLiteral("user_s")).toDouble() + o.value(QStringLiteral("sys_s")).toDouble();
    r.status = o.value(QStringLiteral("exit")).toInt(-1);
    return r;
}

template <typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? T() : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rounds = 5;
    QList<qint64> sizes{1000000, 4000000};
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(QLatin1Char(',')))
                sizes.append(s.toLongLong());
        } else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
    }
    const QString log2asc = QStandardPaths::findExecutable(QStringLiteral("log2asc"));
    if (log2asc.isEmpty()) {
        print(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("logs-stream")},
                          {QStringLiteral("error"), QStringLiteral("log2asc not found: install can-utils (./dev.sh bench does)")}});
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString cli = QStringLiteral(BANKSCOPE_CLI);

    // The JSON of replay and decode is written to /dev/null: every byte is formatted and handed
    // to write(2), and no disk speed is measured. (On this machine writing their ~250 MB per
    // million frames to a file costs 0.4-0.8 s of system time; log2asc's and export-asc's ~64 MB
    // ASC files go to the temporary folder, as they are written by design.)
    struct Tool
    {
        const char *name;
        std::function<QStringList(const QString &log, const QString &asc)> argv;
        bool toFile; // standard output to a file in the temporary folder instead of /dev/null
    };
    const std::vector<Tool> tools{
        {"log2asc", [&](const QString &log, const QString &asc) { return QStringList{log2asc, QStringLiteral("-I"), log, QStringLiteral("-O"), asc, QStringLiteral("can0")}; }, false},
        {"export-asc", [&](const QString &log, const QString &asc) { return QStringList{cli, QStringLiteral("export-asc"), log, asc}; }, false},
        {"replay-fast", [&](const QString &log, const QString &) { return QStringList{cli, QStringLiteral("replay"), log, QStringLiteral("--fast")}; }, false},
        {"decode-file", [&](const QString &log, const QString &) { return QStringList{cli, QStringLiteral("decode"), QStringLiteral("--file"), log}; }, false},
    };

    QMap<qint64, QString> logs;
    QMap<qint64, double> logMb;
    for (qint64 n : sizes) {
        const QString path = dir + QStringLiteral("/pylon-can-%1.log").arg(n);
        QElapsedTimer t;
        t.start();
        if (!generate(path, n))
            return 1;
        logs.insert(n, path);
        logMb.insert(n, QFileInfo(path).size() / 1e6);
        print(QJsonObject{{QStringLiteral("generated"), path}, {QStringLiteral("frames"), double(n)},
                          {QStringLiteral("file_MB"), round3(logMb[n])}, {QStringLiteral("seconds"), round3(t.nsecsElapsed() / 1e9)}});
    }

    // seconds and peak RSS per (tool, size), alternating tools and sizes round by round.
    QMap<QString, std::vector<double>> secs;
    QMap<QString, std::vector<double>> cpu;
    QMap<QString, std::vector<long>> rss;
    QMap<QString, int> failures;
    for (int round = 0; round < rounds; ++round) {
        for (qint64 n : sizes) {
            for (size_t k = 0; k < tools.size(); ++k) {
                const Tool &tool = tools[(k + size_t(round)) % tools.size()];
                const QString asc = dir + QStringLiteral("/out-%1.asc").arg(QLatin1String(tool.name));
                const QString sink = tool.toFile ? dir + QStringLiteral("/out-%1.txt").arg(QLatin1String(tool.name)) : QStringLiteral("/dev/null");
                const Run r = measure(tool.argv(logs[n], asc), sink);
                const QString key = QStringLiteral("%1/%2").arg(QLatin1String(tool.name)).arg(n);
                if (r.status != 0)
                    ++failures[key];
                secs[key].push_back(r.seconds);
                cpu[key].push_back(r.cpuSeconds);
                rss[key].push_back(r.maxRssKb);
                QFile::remove(asc);
                if (tool.toFile)
                    QFile::remove(sink);
            }
        }
    }

    QMap<QString, double> medianS;
    QMap<QString, double> medianCpu;
    QMap<QString, double> medianMb;
    for (const Tool &tool : tools) {
        for (qint64 n : sizes) {
            const QString key = QStringLiteral("%1/%2").arg(QLatin1String(tool.name)).arg(n);
            medianS[key] = median(secs[key]);
            medianCpu[key] = median(cpu[key]);
            medianMb[key] = median(rss[key]) / 1024.0;
            QJsonArray all;
            for (double s : secs[key])
                all.append(round3(s));
            print(QJsonObject{{QStringLiteral("tool"), QLatin1String(tool.name)},
                              {QStringLiteral("frames"), double(n)},
                              {QStringLiteral("file_MB"), round3(logMb[n])},
                              {QStringLiteral("rounds"), rounds},
                              {QStringLiteral("seconds_median"), round3(medianS[key])},
                              {QStringLiteral("seconds"), all},
                              {QStringLiteral("frames_per_s"), std::round(double(n) / medianS[key])},
                              {QStringLiteral("cpu_seconds_median"), round3(median(cpu[key]))},
                              {QStringLiteral("peak_rss_MB_median"), round3(medianMb[key])},
                              {QStringLiteral("failed_runs"), failures.value(key)}});
        }
    }
    // The budgets of DESIGN.md section 6.
    for (qint64 n : sizes) {
        const auto key = [n](const char *tool) { return QStringLiteral("%1/%2").arg(QLatin1String(tool)).arg(n); };
        const double peer = medianS[key("log2asc")];
        const double exportS = medianS[key("export-asc")];
        const double replayS = medianS[key("replay-fast")];
        // Wall time decides; CPU time beside it shows what a loaded machine did to the wall time.
        print(QJsonObject{{QStringLiteral("budget"), QStringLiteral("export-asc no slower than log2asc")},
                          {QStringLiteral("frames"), double(n)},
                          {QStringLiteral("ratio"), round3(exportS / peer)},
                          {QStringLiteral("ratio_cpu"), round3(medianCpu[key("export-asc")] / medianCpu[key("log2asc")])},
                          {QStringLiteral("within_budget"), exportS <= peer && failures.value(key("export-asc")) == 0}});
        print(QJsonObject{{QStringLiteral("budget"), QStringLiteral("replay --fast (JSON out) >= 1 M frames/s and <= 1.5 x log2asc")},
                          {QStringLiteral("frames"), double(n)},
                          {QStringLiteral("frames_per_s"), std::round(double(n) / replayS)},
                          {QStringLiteral("frames_per_cpu_s"), std::round(double(n) / medianCpu[key("replay-fast")])},
                          {QStringLiteral("ratio"), round3(replayS / peer)},
                          {QStringLiteral("ratio_cpu"), round3(medianCpu[key("replay-fast")] / medianCpu[key("log2asc")])},
                          {QStringLiteral("within_budget"), double(n) / replayS >= 1e6 && replayS <= 1.5 * peer
                                                                && failures.value(key("replay-fast")) == 0}});
    }
    if (sizes.size() >= 2) {
        const qint64 small = sizes.first();
        const qint64 large = sizes.last();
        for (const char *tool : {"replay-fast", "decode-file", "export-asc", "log2asc"}) {
            const double growth = medianMb[QStringLiteral("%1/%2").arg(QLatin1String(tool)).arg(large)]
                - medianMb[QStringLiteral("%1/%2").arg(QLatin1String(tool)).arg(small)];
            print(QJsonObject{{QStringLiteral("budget"), QStringLiteral("peak RSS growth from %1 to %2 frames < 10 MB").arg(small).arg(large)},
                              {QStringLiteral("tool"), QLatin1String(tool)},
                              {QStringLiteral("growth_MB"), round3(growth)},
                              {QStringLiteral("within_budget"), growth < 10.0}});
        }
    }
    return 0;
}
