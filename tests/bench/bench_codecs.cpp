// Benchmark: the codecs alone and the aggregation core, in-process, no link, no I/O.
//  - decode throughput per protocol: a stream of the traffic each protocol carries, made by the
//    simulator from ten minutes of changing physics (values move as on a live bus), fed through
//    the StreamDecoder that every live link, replay and `decode` uses (framing, pairing,
//    decoding; serial bytes in 256-byte reads as a port delivers them). CAN frames are also
//    decoded one by one through PylonCan::decode alone (no memo of repeated frames).
//  - aggregation of a 16-pack bank: Aggregator::aggregate over 16 packs' readings (µs per
//    snapshot), and BankMonitor::refresh (aggregation, pack conditions, trend history, event log:
//    what the window's 10 Hz tick costs).
// Each measurement runs in several rounds (protocols alternating), each round at least
// --min-ms of work; medians are printed, one JSON line per protocol and one per aggregation.
// Not a test: it measures, on whatever machine it runs; `./dev.sh bench` runs it.
//   bench_codecs [--rounds N] [--min-ms MS]

#include "aggregator.h"
#include "bankmonitor.h"
#include "clock.h"
#include "pollprotocol.h"
#include "simbank.h"
#include "streamdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void print(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

Scenario scenario(const char *protocol, int packs, int firstAddress = 2)
{
    QString list;
    for (int i = 0; i < packs; ++i) {
        // Pylontech: group 0 holds addresses 2-9; the next eight go to group 1 (0x12-0x19).
        const int address = firstAddress + (i < 8 ? i : 0x10 + (i - 8));
        list += QStringLiteral(R"(%1{"id": "P%2", "address": %3, "capacity_Ah": 100, "soc_pct": %4})")
                    .arg(i ? QStringLiteral(", ") : QString())
                    .arg(i + 1)
                    .arg(address)
                    .arg(55 + (i * 7) % 20);
    }
    const QByteArray json = QStringLiteral(R"({"name": "bench", "protocol": "%1", "packs": [%2],
        "load": [[0, -45], [120, 30], [300, -60], [480, 10]]})")
                                .arg(QLatin1String(protocol), list)
                                .toUtf8();
    const auto s = Scenario::parse(json);
    if (!s) {
        std::fprintf(stderr, "bench_codecs: scenario %s: %s\n", protocol, qPrintable(s.error().toString()));
        std::exit(1);
    }
    return *s;
}

// A reading as if it had just arrived: every value stamped `ms`.
void restamp(PackReading &r, qint64 ms)
{
    for (auto *t : {&r.socPct, &r.sohPct, &r.voltageV, &r.currentA, &r.remainingAh, &r.fullAh, &r.cvlV, &r.dvlV, &r.cclA, &r.dclA,
                    &r.cellMinMv, &r.cellMaxMv, &r.tempMinC, &r.tempMaxC})
        t->atMs = ms;
    r.cellsMv.atMs = ms;
    r.tempsC.atMs = ms;
    r.faults.atMs = ms;
    r.warnings.atMs = ms;
}

constexpr int kSeconds = 600; // simulated time the streams cover

// A serial protocol's traffic: the poll plan's requests and the bank's answers, once a second.
struct SerialStream
{
    QByteArray bytes;
    quint64 units = 0; // requests + answers on the wire
};

SerialStream pollStream(const Scenario &sc, const PollPlans::Plan &plan, const std::function<QByteArray(SimBank &, const QByteArray &)> &answer)
{
    SimBank bank(sc);
    SerialStream out;
    for (int s = 0; s < kSeconds; ++s) {
        bank.tick(qint64(s) * 1000);
        for (const PollRequest &r : (s == 0 ? plan.once + plan.cyclic : plan.cyclic)) {
            out.bytes += r.bytes;
            ++out.units;
            const QByteArray a = answer(bank, r.bytes);
            if (!a.isEmpty()) {
                out.bytes += a;
                ++out.units;
            }
        }
    }
    return out;
}

struct Result
{
    std::vector<double> unitsPerS;
    quint64 decoded = 0;
    quint64 failed = 0;
    quint64 units = 0;
};

// Feeds the stream in 256-byte reads through a fresh StreamDecoder until minMs have passed.
double runSerial(ProtocolId protocol, const SerialStream &stream, int minMs, Result &r)
{
    QElapsedTimer t;
    t.start();
    quint64 units = 0;
    do {
        StreamDecoder d(protocol);
        for (qsizetype at = 0; at < stream.bytes.size(); at += 256)
            (void)d.feed(QByteArrayView(stream.bytes.constData() + at, std::min<qsizetype>(256, stream.bytes.size() - at)));
        (void)d.flush();
        const StreamDecoder::Stats s = d.stats();
        units += s.units;
        r.decoded = s.decoded;
        r.failed = s.failed;
        r.units = s.units;
    } while (t.elapsed() < minMs);
    return double(units) / (double(t.nsecsElapsed()) / 1e9);
}

double runCan(const QList<CanFrameData> &frames, PylonCan::Dialect dialect, bool codecOnly, int minMs, Result &r)
{
    QElapsedTimer t;
    t.start();
    quint64 units = 0;
    do {
        if (codecOnly) {
            quint64 ok = 0;
            quint64 bad = 0;
            for (const CanFrameData &f : frames) {
                const auto m = PylonCan::decode(f);
                m ? ++ok : ++bad;
            }
            r.decoded = ok;
            r.failed = bad;
        } else {
            StreamDecoder d(ProtocolId::PylonCan);
            d.setDialect(dialect);
            for (const CanFrameData &f : frames)
                (void)d.decodeCan(f);
            r.decoded = d.stats().decoded;
            r.failed = d.stats().failed;
        }
        units += quint64(frames.size());
        r.units = quint64(frames.size());
    } while (t.elapsed() < minMs);
    return double(units) / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rounds = 5;
    int minMs = 300;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--min-ms"))
            minMs = std::max(10, args[++i].toInt());
    }

    // The streams, made once.
    const QList<int> eight{2, 3, 4, 5, 6, 7, 8, 9};
    const SerialStream pylontech = pollStream(scenario("pylontech-rs485", 8), PollPlans::pylontech(eight, false),
                                              [](SimBank &b, const QByteArray &req) { return b.respond(b.receive(req)); });
    const QList<int> jkAddresses{1, 2, 3, 4};
    const SerialStream jkModbus = pollStream(scenario("jk-modbus", 4, 1), PollPlans::jkModbus(jkAddresses),
                                             [](SimBank &b, const QByteArray &req) { return b.respondModbus(req); });
    const SerialStream jkLegacy = pollStream(scenario("jk-legacy", 4, 1), PollPlans::jkLegacy(jkAddresses),
                                             [](SimBank &b, const QByteArray &req) { return b.respondLegacy(req); });
    SerialStream jkPb;
    {
        Scenario sc = scenario("jk-pb", 4, 0);
        SimBank bank(sc);
        for (int s = 0; s < kSeconds; s += 4) { // the JK master's cycle is ~4.4 s
            bank.tick(qint64(s) * 1000);
            for (const QByteArray &unit : bank.jkMasterCycle()) {
                jkPb.bytes += unit;
                ++jkPb.units;
            }
        }
    }
    auto canFrames = [](const char *protocol, PylonCan::Dialect dialect) {
        SimBank bank(scenario(protocol, 4));
        QList<CanFrameData> out;
        for (int s = 0; s < kSeconds; ++s) {
            bank.tick(qint64(s) * 1000);
            if (dialect == PylonCan::Dialect::SmaVictron) {
                for (int i = 0; i < 4; ++i)
                    out += bank.victronBroadcast(i);
            } else {
                out += bank.canBroadcast(qint64(s) * 1000, dialect);
            }
        }
        return out;
    };
    const QList<CanFrameData> pylonV12 = canFrames("pylon-can", PylonCan::Dialect::PylonV12);
    const QList<CanFrameData> pylonV13 = canFrames("pylon-can", PylonCan::Dialect::PylontechV13);
    const QList<CanFrameData> victron = canFrames("victron-can", PylonCan::Dialect::SmaVictron);

    struct Case
    {
        const char *name;
        const char *path;
        qsizetype bytes;
        std::function<double(Result &)> run;
    };
    const std::vector<Case> cases{
        {"pylontech-rs485", "StreamDecoder", pylontech.bytes.size(),
         [&](Result &r) { return runSerial(ProtocolId::PylontechRs485, pylontech, minMs, r); }},
        {"jk-modbus", "StreamDecoder", jkModbus.bytes.size(),
         [&](Result &r) { return runSerial(ProtocolId::JkModbus, jkModbus, minMs, r); }},
        {"jk-pb", "StreamDecoder", jkPb.bytes.size(), [&](Result &r) { return runSerial(ProtocolId::JkPb, jkPb, minMs, r); }},
        {"jk-legacy", "StreamDecoder", jkLegacy.bytes.size(),
         [&](Result &r) { return runSerial(ProtocolId::JkLegacy, jkLegacy, minMs, r); }},
        {"pylon-can v1.2", "StreamDecoder", -1,
         [&](Result &r) { return runCan(pylonV12, PylonCan::Dialect::PylonV12, false, minMs, r); }},
        {"pylon-can v1.2", "PylonCan::decode", -1,
         [&](Result &r) { return runCan(pylonV12, PylonCan::Dialect::PylonV12, true, minMs, r); }},
        {"pylontech-can v1.3", "StreamDecoder", -1,
         [&](Result &r) { return runCan(pylonV13, PylonCan::Dialect::PylontechV13, false, minMs, r); }},
        {"victron-can", "StreamDecoder", -1,
         [&](Result &r) { return runCan(victron, PylonCan::Dialect::SmaVictron, false, minMs, r); }},
        {"victron-can", "PylonCan::decode", -1,
         [&](Result &r) { return runCan(victron, PylonCan::Dialect::SmaVictron, true, minMs, r); }},
    };
    std::vector<Result> results(cases.size());
    for (int round = 0; round < rounds; ++round)
        for (size_t k = 0; k < cases.size(); ++k) {
            const size_t i = (k + size_t(round)) % cases.size();
            results[i].unitsPerS.push_back(cases[i].run(results[i]));
        }
    for (size_t i = 0; i < cases.size(); ++i) {
        const Result &r = results[i];
        QJsonObject o{{QStringLiteral("benchmark"), QStringLiteral("decode-throughput")},
                      {QStringLiteral("protocol"), QLatin1String(cases[i].name)},
                      {QStringLiteral("path"), QLatin1String(cases[i].path)},
                      {QStringLiteral("frames_in_stream"), double(r.units)},
                      {QStringLiteral("decoded"), double(r.decoded)},
                      {QStringLiteral("failed"), double(r.failed)},
                      {QStringLiteral("rounds"), rounds},
                      {QStringLiteral("frames_per_s_median"), std::round(median(r.unitsPerS))}};
        if (cases[i].bytes > 0)
            o.insert(QStringLiteral("MB_per_s_median"),
                     std::round(median(r.unitsPerS) / double(r.units) * double(cases[i].bytes) / 1e4) / 100.0);
        print(o);
    }

    // Aggregation of a 16-pack bank: two Pylontech groups of eight (a scenario holds one group,
    // so two simulated groups at different states of charge, the second renumbered 0x12-0x19
    // behind the first group's master), readings from the physics after a minute of load.
    BankSnapshot snap;
    QList<PackReading> readings16;
    for (int g = 0; g < 2; ++g) {
        SimBank bank(scenario("pylontech-rs485", 8));
        if (g == 1)
            bank.physics().setExtraHeatC(QStringLiteral("P3"), 8.0); // not two identical groups
        bank.tick(0);
        bank.tick(60000);
        const BankConfig c = bank.physics().bankConfig();
        for (PackConfig p : c.packs) {
            if (g == 1) {
                p.id = QStringLiteral("P%1").arg(p.id.mid(1).toInt() + 8);
                p.address += 0x10;
                p.role = PackRole::Slave;
            }
            snap.config.packs.append(p);
        }
        if (g == 0)
            snap.config.architecture = c.architecture;
        for (PackReading r : bank.readings()) {
            if (g == 1)
                r.packId = QStringLiteral("P%1").arg(r.packId.mid(1).toInt() + 8);
            snap.readings.insert(r.packId, r);
            readings16.append(r);
        }
    }
    ManualClock clock(60000);
    BankMonitor monitor(clock, snap.config);
    monitor.updateReadings(readings16);
    std::vector<double> aggregateUs;
    std::vector<double> refreshUs;
    int findings = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        int n = 0;
        do {
            const AggregationResult result = Aggregator::aggregate(snap, 60000 + n % 5000);
            findings = int(result.findings.size());
            ++n;
        } while (t.elapsed() < minMs);
        aggregateUs.push_back(double(t.nsecsElapsed()) / 1e3 / n);
        t.restart();
        n = 0;
        do {
            // The window's tick: a batch of fresh readings every 100 ms, then one refresh.
            clock.advanceMs(100);
            for (PackReading &r : readings16)
                restamp(r, clock.nowMs());
            monitor.updateReadings(readings16);
            monitor.refresh();
            ++n;
        } while (t.elapsed() < minMs);
        refreshUs.push_back(double(t.nsecsElapsed()) / 1e3 / n);
    }
    print(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("aggregate-16-packs")},
                      {QStringLiteral("path"), QStringLiteral("Aggregator::aggregate")},
                      {QStringLiteral("packs"), int(snap.config.packs.size())},
                      {QStringLiteral("findings"), findings},
                      {QStringLiteral("rounds"), rounds},
                      {QStringLiteral("us_per_snapshot_median"), std::round(median(aggregateUs) * 100) / 100}});
    print(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("aggregate-16-packs")},
                      {QStringLiteral("path"), QStringLiteral("BankMonitor::updateReadings + refresh (aggregation, pack conditions, trends, events)")},
                      {QStringLiteral("packs"), int(snap.config.packs.size())},
                      {QStringLiteral("online"), int(std::count_if(monitor.result().packs.cbegin(), monitor.result().packs.cend(),
                                                                   [](const PackStatus &p) { return p.online(); }))},
                      {QStringLiteral("rounds"), rounds},
                      {QStringLiteral("us_per_snapshot_median"), std::round(median(refreshUs) * 100) / 100}});
    return 0;
}
