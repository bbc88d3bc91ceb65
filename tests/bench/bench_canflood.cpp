// The flood for bench_window: a simulated Victron-dialect CAN BMS (SimBank's frame set, its
// values moving with the physics) sent on a Qt virtualcan bus at a given rate, from its own
// process, so the window under measurement gets its frames through a real CAN link (the Qt
// plugin's socket, CanLink) and does none of the sending. Prints {"ready": true} once its device
// is connected (start it before the listener: the first process on virtualcan hosts the bus, so
// the relaying happens here, not in the window), floods when a line arrives on standard input
// (the listener is connected then) and prints {"sent": N} when done.
//   bench_canflood --interface can0 --fps 21277 --seconds 12

#include "simbank.h"

#include <QCanBus>
#include <QCanBusDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString interface = QStringLiteral("can0");
    double fps = 1e6 / 47.0;
    double seconds = 12.0;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--interface"))
            interface = args[++i];
        else if (args[i] == QLatin1String("--fps"))
            fps = args[++i].toDouble();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[++i].toDouble();
    }
    const auto scenario = Scenario::parse(R"({"name": "flood", "protocol": "victron-can", "packs": [{"id": "P1", "capacity_Ah": 100}],
        "load": [[0, -60], [120, 40]]})");
    if (!scenario)
        return 1;
    SimBank bank(*scenario);
    QList<QCanBusFrame> frames;
    for (qint64 t = 0; t <= 180000; t += 1000) {
        bank.tick(t);
        for (const CanFrameData &f : bank.victronBroadcast(0))
            frames.append(QCanBusFrame(f.id, f.data));
    }
    QString error;
    std::unique_ptr<QCanBusDevice> device(QCanBus::instance()->createDevice(QStringLiteral("virtualcan"), interface, &error));
    if (!device || !device->connectDevice()) {
        std::fprintf(stderr, "bench_canflood: %s\n", qPrintable(device ? device->errorString() : error));
        return 1;
    }
    QElapsedTimer wall;
    qint64 sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 due = qint64(double(wall.nsecsElapsed()) / 1e9 * fps);
        for (; sent < due; ++sent)
            device->writeFrame(frames[qsizetype(sent % frames.size())]);
        if (wall.elapsed() >= qint64(seconds * 1000))
            QCoreApplication::quit();
    });
    QSocketNotifier go(STDIN_FILENO, QSocketNotifier::Read);
    go.setEnabled(false);
    QObject::connect(&go, &QSocketNotifier::activated, [&] {
        go.setEnabled(false);
        wall.start();
        tick.start(1);
    });
    bool said = false;
    const auto ready = [&] {
        if (said || device->state() != QCanBusDevice::ConnectedState)
            return;
        said = true;
        std::printf("{\"ready\": true}\n");
        std::fflush(stdout);
        go.setEnabled(true);
    };
    QObject::connect(device.get(), &QCanBusDevice::stateChanged, ready);
    ready();
    QCoreApplication::exec();
    device->disconnectDevice();
    std::printf("{\"sent\": %lld}\n", sent);
    return 0;
}
