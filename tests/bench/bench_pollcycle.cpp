// Benchmark for DESIGN.md section 6, first budget: a full poll cycle of an 8-pack Pylontech bank
// within 1.10x the time its bytes need on the wire plus the devices' turnaround. The bank is
// bankscope-sim on a pseudo-terminal (bytes paced at the baud rate, requests counted as arriving
// at their wire time, the scenario's turnaround before each answer); the poller is BankScope's own
// SerialPollLink and PollScheduler. Prints one JSON line per baud rate. Not a test: it measures.

#include "clock.h"
#include "pollprotocol.h"
#include "pollscheduler.h"
#include "seriallink.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kTurnaroundMs = 5;
constexpr int kCycles = 6;

QJsonObject measure(qint32 baud, const QString &scenarioPath)
{
    QJsonObject out;
    out.insert(QStringLiteral("benchmark"), QStringLiteral("pylontech-8pack-poll-cycle"));
    out.insert(QStringLiteral("baud"), baud);
    QProcess sim;
    sim.start(QStringLiteral(BANKSCOPE_SIM), {QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--pty"),
                                              QStringLiteral("--baud"), QString::number(baud)});
    QDeadlineTimer started(10000);
    while (sim.waitForReadyRead(100) || !sim.canReadLine()) {
        if (sim.canReadLine() || started.hasExpired())
            break;
    }
    const QString path = QString::fromUtf8(sim.readLine()).trimmed();
    if (!path.startsWith(QLatin1String("/dev/"))) {
        out.insert(QStringLiteral("error"), QStringLiteral("bankscope-sim did not start"));
        return out;
    }
    SessionClock clock;
    SerialSettings ss;
    ss.portName = path;
    ss.baudRate = baud;
    SerialPollLink link(ss, clock);
    if (!link.open()) {
        out.insert(QStringLiteral("error"), link.errorString());
        return out;
    }
    PylontechPollProtocol protocol;
    PollSettings ps;
    ps.timeoutMs = 2000;
    PollScheduler scheduler(link, protocol, clock, ps);
    QList<int> addresses;
    for (int a = 2; a <= 9; ++a)
        addresses.append(a);
    const PollPlans::Plan plan = PollPlans::pylontech(addresses, false); // 0x42, 0x44, 0x92 per pack
    scheduler.setPlan({}, plan.cyclic);
    QList<double> ratios;
    QList<double> cycleMs;
    quint64 lastTx = 0;
    quint64 lastRx = 0;
    double wireMs = 0.0;
    QObject::connect(&scheduler, &PollScheduler::cycleFinished, [&](int cycle, qint64 durationUs) {
        const quint64 tx = link.bytesSent() - lastTx;
        const quint64 rx = link.bytesReceived() - lastRx;
        lastTx = link.bytesSent();
        lastRx = link.bytesReceived();
        if (cycle <= 1)
            return; // the first cycle warms up
        // 10 bit times a byte (8N1) for requests and answers, one turnaround per exchange.
        wireMs = double(tx + rx) * 10.0 * 1000.0 / baud + double(plan.cyclic.size()) * kTurnaroundMs;
        cycleMs.append(durationUs / 1000.0);
        ratios.append(durationUs / 1000.0 / wireMs);
        if (ratios.size() >= kCycles)
            QCoreApplication::quit();
    });
    // Where the time beyond the wire goes: the poller's gap from an answer's last byte to the
    // next request (BankScope's share), and the simulated device's lateness past its wire time
    // and turnaround (millisecond timers in the simulator).
    QList<qint64> gapsUs;
    QList<qint64> lateUs;
    qint64 requestUs = 0;
    qint64 lastRxUs = 0;
    qsizetype requestBytes = 0;
    qsizetype answerBytes = 0;
    QObject::connect(&link, &SerialLink::sent, [&](const QByteArray &bytes, qint64 atUs) {
        if (lastRxUs > 0 && answerBytes > 0) {
            gapsUs.append(atUs - lastRxUs);
            const double wireUs = double(requestBytes + answerBytes) * 10.0 * 1e6 / baud + kTurnaroundMs * 1000.0;
            lateUs.append(lastRxUs - requestUs - qint64(wireUs));
        }
        requestUs = atUs;
        requestBytes = bytes.size();
        answerBytes = 0;
    });
    QObject::connect(&link, &SerialLink::received, [&](const QByteArray &bytes, qint64 atUs) {
        lastRxUs = atUs;
        answerBytes += bytes.size();
    });
    scheduler.start();
    QTimer::singleShot(120000, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    scheduler.stop();
    sim.write("quit\n");
    if (!sim.waitForFinished(3000))
        sim.kill();
    if (ratios.isEmpty()) {
        out.insert(QStringLiteral("error"), QStringLiteral("no complete poll cycle"));
        return out;
    }
    std::sort(ratios.begin(), ratios.end());
    std::sort(cycleMs.begin(), cycleMs.end());
    const double ratio = ratios[ratios.size() / 2];
    out.insert(QStringLiteral("exchanges_per_cycle"), int(plan.cyclic.size()));
    out.insert(QStringLiteral("wire_ms"), std::round(wireMs * 10) / 10);
    out.insert(QStringLiteral("cycle_ms_median"), std::round(cycleMs[cycleMs.size() / 2] * 10) / 10);
    out.insert(QStringLiteral("ratio_median"), std::round(ratio * 1000) / 1000);
    out.insert(QStringLiteral("ratio_max"), std::round(ratios.last() * 1000) / 1000);
    auto median = [](QList<qint64> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : double(v[v.size() / 2]);
    };
    out.insert(QStringLiteral("poller_gap_us_median"), median(gapsUs));
    out.insert(QStringLiteral("device_late_us_median"), median(lateUs));
    out.insert(QStringLiteral("budget"), 1.10);
    out.insert(QStringLiteral("within_budget"), ratio <= 1.10);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("bank8.json"));
    QFile f(scenario);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QByteArray packs;
    for (int a = 2; a <= 9; ++a)
        packs += QStringLiteral(R"(%1{"id": "P%2", "address": %3})").arg(a > 2 ? QStringLiteral(", ") : QString()).arg(a - 1).arg(a).toUtf8();
    f.write(R"({"name": "benchmark: eight packs", "turnaround_ms": )" + QByteArray::number(kTurnaroundMs)
            + R"(, "packs": [)" + packs + R"(], "load": [[0, -40]]})");
    f.close();
    for (qint32 baud : {9600, 115200}) {
        const QByteArray line = QJsonDocument(measure(baud, scenario)).toJson(QJsonDocument::Compact);
        std::printf("%s\n", line.constData());
        std::fflush(stdout);
    }
    return 0;
}
