// Benchmarks for DESIGN.md section 6, the budgets other than the RS485 poll cycle
// (bench_pollcycle) and the streamed logs (bench_logs): a saturated 1 Mbit/s CAN bus decoded,
// recorded and aggregated with no frame lost; the window's start. Prints one JSON line per budget.
// Not a test: it measures, on whatever machine it runs.

#include "aggregator.h"
#include "decodepipeline.h"
#include "sessionformat.h"
#include "sessionrecorder.h"
#include "simbank.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

// Real frames from the simulator: four Victron-dialect BMSs over a few minutes of physics, so
// the values change the way a live bus's do.
QList<QPair<int, CanFrameData>> frameMix()
{
    const auto scenario = Scenario::parse(R"({"name": "bench", "protocol": "victron-can", "packs": [
        {"id": "P1", "capacity_Ah": 100}, {"id": "P2", "capacity_Ah": 100, "soc_pct": 70},
        {"id": "P3", "capacity_Ah": 200, "soc_pct": 60}, {"id": "P4", "capacity_Ah": 50}],
        "load": [[0, -60], [120, 40]]})");
    SimBank sim(*scenario);
    QList<QPair<int, CanFrameData>> out;
    for (qint64 t = 0; t <= 180000; t += 1000) {
        sim.tick(t);
        for (int i = 0; i < 4; ++i)
            for (const CanFrameData &f : sim.victronBroadcast(i))
                out.append({i, f});
    }
    return out;
}

// A saturated 1 Mbit/s bus: the shortest standard frame (DLC 0) is 47 bit times with the
// interframe space, so at most ~21,277 frames a second; 8-byte frames, ~111 bits: ~9,009.
void canSaturated(const QString &dir)
{
    constexpr double kWorstFps = 1e6 / 47.0;
    constexpr int kSeconds = 10;
    const QList<QPair<int, CanFrameData>> mix = frameMix();
    BankConfig config;
    config.architecture = Architecture::PeerToPeer;
    for (int i = 0; i < 4; ++i)
        config.packs.append(PackConfig{QStringLiteral("P%1").arg(i + 1), QString(), 0.0, PackRole::Slave, i + 1});
    std::vector<std::unique_ptr<DecodePipeline>> pipelines;
    quint64 decoded = 0;
    quint64 failed = 0;
    for (int i = 0; i < 4; ++i) {
        pipelines.push_back(std::make_unique<DecodePipeline>(ProtocolId::PylonCan, config, QStringLiteral("can%1").arg(i)));
        pipelines.back()->setBroadcastPack(config.packs[i].id);
        QObject::connect(pipelines.back().get(), &DecodePipeline::decoded, [&decoded](const DecodedMessage &, qint64) { ++decoded; });
        QObject::connect(pipelines.back().get(), &DecodePipeline::failed, [&failed](const QString &, const QByteArray &, qint64) { ++failed; });
    }
    SessionRecorder recorder;
    recorder.open(dir + QStringLiteral("/saturated.log"), QStringLiteral("benchmark"));
    const qint64 frames = qint64(kWorstFps * kSeconds);
    const double stepUs = 1e6 / kWorstFps;
    int aggregates = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < frames; ++n) {
        const auto &[bms, frame] = mix[n % mix.size()];
        const qint64 atUs = qint64(double(n) * stepUs);
        pipelines[size_t(bms)]->feedCan(frame, atUs);
        recorder.recordCan(QStringLiteral("can%1").arg(bms), frame, atUs);
        // The picture is recomputed every 100 ms of bus time (the UI repaints at 10 Hz).
        if (n > 0 && qint64(double(n - 1) * stepUs) / 100000 != atUs / 100000) {
            BankSnapshot s;
            s.config = config;
            for (int i = 0; i < 4; ++i)
                if (const PackReading *r = pipelines[size_t(i)]->observer().reading(config.packs[i].id))
                    s.readings.insert(r->packId, *r);
            Aggregator::aggregate(s, atUs / 1000);
            ++aggregates;
        }
    }
    recorder.close();
    const double seconds = timer.nsecsElapsed() / 1e9;
    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("can-1mbit-saturated"));
    o.insert(QStringLiteral("frames"), double(frames));
    o.insert(QStringLiteral("bus_seconds"), kSeconds);
    o.insert(QStringLiteral("aggregations"), aggregates);
    o.insert(QStringLiteral("recorded"), double(recorder.events()));
    o.insert(QStringLiteral("lost"), double(frames - qint64(decoded + failed)));
    o.insert(QStringLiteral("seconds"), std::round(seconds * 1000) / 1000);
    o.insert(QStringLiteral("frames_per_s"), std::round(double(frames) / seconds));
    o.insert(QStringLiteral("headroom"), round1(double(frames) / seconds / kWorstFps));
    o.insert(QStringLiteral("within_budget"), decoded + failed == quint64(frames) && recorder.events() == quint64(frames)
                                                  && seconds < kSeconds);
    print(o);
}

// From process start to the first window on screen: `bankscope --demo` grabbing its window on
// the first turn of the event loop and quitting (so this includes saving a PNG and exiting).
void startup(const QString &dir)
{
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        gui.start(QStringLiteral(BANKSCOPE_GUI), {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                                  dir + QStringLiteral("/first.png"), QStringLiteral("--screenshot-after"), QStringLiteral("0")});
        if (!gui.waitForFinished(30000) || gui.exitCode() != 0)
            break;
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("start-to-first-window"));
    if (ms.isEmpty()) {
        o.insert(QStringLiteral("error"), QStringLiteral("bankscope --demo did not run"));
    } else {
        std::sort(ms.begin(), ms.end());
        o.insert(QStringLiteral("ms_median"), round1(ms[ms.size() / 2]));
        o.insert(QStringLiteral("platform"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
        o.insert(QStringLiteral("budget_ms"), 500);
        o.insert(QStringLiteral("within_budget"), ms[ms.size() / 2] < 500.0);
    }
    print(o);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    canSaturated(dir.path());
    startup(dir.path());
    return 0;
}
