// bankscope-sim: plays a scenario's bank on a pseudo-terminal or a serial port, with the
// bytes paced at the scenario's baud rate, faults on schedule and on command (stdin).

#include "canlink.h"
#include "clock.h"
#include "decodepipeline.h"
#include "inverteremulator.h"
#include "pollscheduler.h"
#include "jklegacy.h"
#include "jkpb.h"
#include "pylontechframe.h"
#include "scenario.h"
#include "seriallink.h"
#include "simbank.h"
#include "wirepacer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <functional>
#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

void printJson(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bankscope-sim: %s\n", message.toUtf8().constData());
    return 2;
}

QJsonObject faultJson(const char *event, const ScenarioFault &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QString::fromLatin1(event));
    o.insert(QStringLiteral("type"), ScenarioFault::name(f.type));
    if (!f.pack.isEmpty())
        o.insert(QStringLiteral("pack"), f.pack);
    return o;
}

CanSettings canSettingsFrom(const QString &can, const QString &slcan)
{
    CanSettings cs;
    if (!slcan.isEmpty()) {
        cs.plugin = QStringLiteral("slcan");
        cs.interface = slcan;
    } else {
        const qsizetype colon = can.indexOf(QLatin1Char(':'));
        cs.plugin = colon < 0 ? QStringLiteral("socketcan") : can.left(colon);
        cs.interface = colon < 0 ? can : can.mid(colon + 1);
    }
    return cs;
}

// One line of standard input: fault TYPE [PACK] | clear TYPE [PACK] | status | quit.
void handleCommand(const QString &line, SimBank &bank, const Scenario &s, const QJsonObject &statusExtra)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    if (words[0] == QLatin1String("quit")) {
        QCoreApplication::quit();
        return;
    }
    if (words[0] == QLatin1String("status")) {
        QJsonObject reply = statusExtra;
        reply.insert(QStringLiteral("event"), QStringLiteral("status"));
        reply.insert(QStringLiteral("faults"), QJsonArray::fromStringList(bank.activeFaults()));
        reply.insert(QStringLiteral("bank_current_A"), bank.physics().bankCurrentA());
        printJson(reply);
        return;
    }
    const bool start = words[0] == QLatin1String("fault");
    const auto type = words.size() >= 2 ? ScenarioFault::fromName(words[1]) : std::nullopt;
    QJsonObject reply;
    if ((!start && words[0] != QLatin1String("clear")) || !type) {
        reply.insert(QStringLiteral("event"), QStringLiteral("error"));
        reply.insert(QStringLiteral("message"), QCoreApplication::translate("sim", "expected: fault TYPE [PACK] | clear TYPE [PACK] | status | quit"));
        printJson(reply);
        return;
    }
    ScenarioFault f;
    f.type = *type;
    f.pack = words.size() >= 3 ? words[2] : s.physics.packs.first().id;
    if (!bank.apply(f, start)) {
        reply.insert(QStringLiteral("event"), QStringLiteral("error"));
        reply.insert(QStringLiteral("message"), QCoreApplication::translate("sim", "no pack '%1' in this bank").arg(f.pack));
        printJson(reply);
        return;
    }
    printJson(faultJson(start ? "fault" : "cleared", f));
}

// Reads commands from standard input for as long as it is open.
class CommandReader
{
public:
    explicit CommandReader(std::function<void(const QString &)> handle)
        : m_notifier(STDIN_FILENO, QSocketNotifier::Read)
        , m_handle(std::move(handle))
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, [this] {
            char buf[1024];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                m_notifier.setEnabled(false); // stdin closed: keep running
                return;
            }
            m_input.append(buf, n);
            qsizetype nl;
            while ((nl = m_input.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_input.left(nl));
                m_input.remove(0, nl + 1);
                m_handle(line);
            }
        });
    }

private:
    QSocketNotifier m_notifier;
    std::function<void(const QString &)> m_handle;
    QByteArray m_input;
};

void usage(FILE *stream)
{
    const QByteArray text = QCoreApplication::translate(
        "sim",
        "Usage: bankscope-sim --scenario FILE (--pty | --serial PORT | --can PLUGIN:IFACE | --slcan PORT)\n"
        "                     [--baud B] [--dialect pylon-v1.2|pylontech-v1.3]\n"
        "       bankscope-sim --inverter (--can PLUGIN:IFACE | --slcan PORT | --serial PORT) [--want A]\n"
        "\n"
        "Plays the bank a scenario describes (resources/scenarios/README.md) as its master's\n"
        "RS485 port. --pty creates a pseudo-terminal and prints its path on the first line of\n"
        "standard output; --serial plays it on a real port (a second USB-RS485 stick); --can and\n"
        "--slcan make its master broadcast Pylon CAN once a second and report inverter heartbeats.\n"
        "Events (faults firing, commands) follow as JSON lines.\n"
        "Commands on standard input: fault TYPE [PACK] | clear TYPE [PACK] | status | quit\n"
        "--inverter plays the inverter instead: 0x305 heartbeats on CAN, or polling a Pylontech\n"
        "master on RS485 (9600 baud unless --baud), printing each second what it would charge and\n"
        "discharge at (--want A: what it would like) given what the BMS told it.\n").toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

// --inverter: an inverter on the bank's CAN (0x305 heartbeat every second, obeying the
// broadcast limits) or polling a Pylontech master on RS485 (0x4F once, 0x42 whole group and
// 0x92 every second, at 9600 baud by default, as inverters do). Prints its decision each second.
int runInverter(const QString &serial, const QString &can, const QString &slcan, qint32 baud, double wantA)
{
    SessionClock clock;
    InverterEmulator emulator(InverterEmulator::Settings{wantA, wantA});
    std::optional<InverterView> told;
    qint64 toldAtMs = 0;
    std::unique_ptr<CanEmulateLink> canLink;
    std::unique_ptr<SerialPollLink> port;
    std::unique_ptr<PollScheduler> scheduler;
    PylontechPollProtocol pylontech;
    DecodePipeline pipeline(!serial.isEmpty() ? ProtocolId::PylontechRs485 : ProtocolId::PylonCan, BankConfig{},
                            QStringLiteral("inverter"));
    QTimer heartbeat;
    if (!can.isEmpty() || !slcan.isEmpty()) {
        canLink = std::make_unique<CanEmulateLink>(canSettingsFrom(can, slcan), clock);
        if (!canLink->open())
            return fail(canLink->errorString());
        QObject::connect(canLink.get(), &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames)
                pipeline.feedCan(f.frame, f.atUs);
        });
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            canLink->write(CanFrameData{0x305, QByteArray(8, '\0')});
        });
    } else if (!serial.isEmpty()) {
        SerialSettings ss;
        ss.portName = serial;
        ss.baudRate = baud > 0 ? baud : 9600;
        port = std::make_unique<SerialPollLink>(ss, clock);
        if (!port->open())
            return fail(port->errorString());
        pipeline.attach(port.get());
        PollSettings ps;
        ps.cycleIntervalMs = 1000;
        scheduler = std::make_unique<PollScheduler>(*port, pylontech, clock, ps);
        scheduler->setPlan({PollPlans::pylontech({2}, true).once.first()}, // 0x4F
                           {PollPlans::pylontech({2}, true).cyclic.first(), PollPlans::pylontech({2}, false).cyclic.last()});
        scheduler->start();
    } else {
        return fail(QCoreApplication::translate("sim", "--inverter needs --can, --slcan or --serial"));
    }
    QObject::connect(&pipeline, &DecodePipeline::decoded, [&](const DecodedMessage &m, qint64 atUs) {
        if (m.direction == QLatin1String("request"))
            return;
        // RS485: the master's module data and its 0x92 limits stand in for a bank view.
        if (m.protocol == ProtocolId::PylontechRs485 && m.returnCode.value_or(0) == 0) {
            InverterView v = told.value_or(InverterView{});
            if (m.limits.cclA)
                v[ViewFieldId::CclA].value = m.limits.cclA;
            if (m.limits.dclA)
                v[ViewFieldId::DclA].value = m.limits.dclA;
            if (m.bank.socPct)
                v[ViewFieldId::SocPct].value = m.bank.socPct;
            told = v;
            toldAtMs = atUs / 1000;
        }
    });
    QObject::connect(&pipeline, &DecodePipeline::packsUpdated, [](const QStringList &) {});
    QTimer decide;
    QObject::connect(&decide, &QTimer::timeout, [&] {
        if (canLink && pipeline.observer().hasObserved()) {
            told = pipeline.observer().observed();
            toldAtMs = pipeline.observer().observedAtMs();
        }
        // Inverters drop BMS data they have not heard for a while (SMA: 60 s; most: far less).
        const bool fresh = told && clock.nowMs() - toldAtMs < 5000;
        QJsonObject o = emulator.decide(fresh ? told : std::nullopt).toJson();
        if (fresh && told->value(ViewFieldId::SocPct))
            o.insert(QStringLiteral("soc_pct"), *told->value(ViewFieldId::SocPct));
        printJson(o);
        if (g_stop)
            QCoreApplication::quit();
    });
    heartbeat.start(1000);
    decide.start(1000);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    CommandReader commands([](const QString &line) {
        if (line.trimmed() == QLatin1String("quit"))
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QString scenarioPath;
    QString serial;
    bool pty = false;
    qint32 baud = 0;
    QString can;
    QString slcan;
    QString dialectName;
    bool inverter = false;
    double wantA = 50.0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--scenario") && i + 1 < args.size())
            scenarioPath = args[++i];
        else if (a == QLatin1String("--serial") && i + 1 < args.size())
            serial = args[++i];
        else if (a == QLatin1String("--pty"))
            pty = true;
        else if (a == QLatin1String("--baud") && i + 1 < args.size())
            baud = args[++i].toInt();
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(stdout);
            return 0;
        } else if (a == QLatin1String("--can") && i + 1 < args.size()) {
            can = args[++i];
        } else if (a == QLatin1String("--slcan") && i + 1 < args.size()) {
            slcan = args[++i];
        } else if (a == QLatin1String("--inverter")) {
            inverter = true;
        } else if (a == QLatin1String("--want") && i + 1 < args.size()) {
            wantA = args[++i].toDouble();
        } else if (a == QLatin1String("--dialect") && i + 1 < args.size()) {
            dialectName = args[++i];
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (inverter)
        return runInverter(serial, can, slcan, baud, wantA);
    const int wires = int(pty) + int(!serial.isEmpty()) + int(!can.isEmpty()) + int(!slcan.isEmpty());
    if (scenarioPath.isEmpty() || wires != 1) {
        usage(stderr);
        return 2;
    }
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("sim", "cannot read %1: %2").arg(scenarioPath, file.errorString()));
    auto scenario = Scenario::parse(file.readAll());
    if (!scenario)
        return fail(QStringLiteral("%1: %2").arg(scenarioPath, scenario.error().toString()));
    Scenario s = *scenario;
    if (baud > 0)
        s.baudRate = baud;

    SessionClock clock;
    SimBank bank(s);
    bank.tick(clock.nowMs());

    if (!can.isEmpty() || !slcan.isEmpty()) {
        // The master broadcasting to an inverter on CAN, once a second (pylon-can.md 1).
        const auto dialect = PylonCan::dialectFromName(dialectName.isEmpty() ? s.canDialect : dialectName);
        if (!dialect || *dialect == PylonCan::Dialect::Unknown || *dialect == PylonCan::Dialect::SmaVictron)
            return fail(QCoreApplication::translate("sim", "--dialect must be pylon-v1.2 or pylontech-v1.3"));
        const CanSettings cs = canSettingsFrom(can, slcan);
        CanEmulateLink link(cs, clock);
        if (!link.open())
            return fail(link.errorString());
        int heartbeats = 0;
        QObject::connect(&link, &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (f.frame.id != 0x305)
                    continue;
                if (++heartbeats == 1)
                    printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("heartbeat")},
                                          {QStringLiteral("data"), QString::fromLatin1(f.frame.data.toHex().toUpper())}});
            }
        });
        QJsonObject started;
        started.insert(QStringLiteral("event"), QStringLiteral("started"));
        started.insert(QStringLiteral("scenario"), s.name);
        started.insert(QStringLiteral("can"), QString(cs.plugin + QLatin1Char(':') + cs.interface));
        started.insert(QStringLiteral("dialect"), PylonCan::dialectName(*dialect));
        printJson(started);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            for (const ScenarioFault &f : bank.tick(clock.nowMs()))
                printJson(faultJson("fault", f));
            if (g_stop)
                QCoreApplication::quit();
        });
        tick.start(s.tickMs);
        auto sendBroadcast = [&] {
            if (link.state() != LinkState::Open)
                return;
            for (const CanFrameData &f : bank.canBroadcast(clock.nowMs(), *dialect))
                link.write(f);
        };
        QTimer broadcast;
        QObject::connect(&broadcast, &QTimer::timeout, sendBroadcast);
        broadcast.start(1000);
        QTimer::singleShot(200, &broadcast, sendBroadcast);
        if (s.durationS > 0)
            QTimer::singleShot(int(s.durationS * 1000), [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        CommandReader commands([&](const QString &line) {
            handleCommand(line, bank, s,
                          QJsonObject{{QStringLiteral("heartbeats"), heartbeats}, {QStringLiteral("frames_sent"), double(link.stats().sent)}});
        });
        return QCoreApplication::exec();
    }

    // The wire: the master side of a pty, or a serial port.
    int master = -1;
    std::unique_ptr<SerialEmulateLink> port;
    std::function<void(const QByteArray &)> write;
    if (pty) {
        int slave = -1;
        char name[128] = {};
        if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
            return fail(QCoreApplication::translate("sim", "cannot create a pseudo-terminal"));
        termios t{};
        ::tcgetattr(slave, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(slave, TCSANOW, &t);
        ::close(slave);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        std::printf("%s\n", name);
        std::fflush(stdout);
        write = [master](const QByteArray &b) {
            qsizetype done = 0;
            while (done < b.size()) {
                const ssize_t n = ::write(master, b.constData() + done, size_t(b.size() - done));
                if (n <= 0)
                    break; // the other end is gone: the bytes fall on the floor, as on a bus
                done += n;
            }
        };
    } else {
        SerialSettings ss;
        ss.portName = serial;
        ss.baudRate = s.baudRate;
        port = std::make_unique<SerialEmulateLink>(ss, clock);
        if (!port->open())
            return fail(port->errorString());
        write = [&port](const QByteArray &b) { port->write(b); };
    }
    WirePacer pacer(write, s.baudRate, s.turnaroundMs);
    PylontechFramer framer;
    JkPb::Framer modbusFramer;
    JkLegacy::Framer legacyFramer;
    const bool modbus = s.protocol == QLatin1String("jk-modbus");
    const bool legacy = s.protocol == QLatin1String("jk-legacy");
    auto onBytes = [&](const QByteArray &wire) {
        const QByteArray seen = bank.receive(wire);
        if (legacy) {
            for (const QByteArray &unit : legacyFramer.feed(seen))
                pacer.send(bank.respondLegacy(unit));
        } else if (modbus) {
            for (const QByteArray &unit : modbusFramer.feed(seen))
                pacer.send(bank.respondModbus(unit));
        } else {
            for (const QByteArray &unit : framer.feed(seen))
                pacer.send(bank.respond(unit));
        }
        const QByteArray noise = bank.lineNoise();
        if (!noise.isEmpty())
            write(noise);
    };
    std::unique_ptr<QSocketNotifier> reader;
    if (pty) {
        reader = std::make_unique<QSocketNotifier>(master, QSocketNotifier::Read);
        QObject::connect(reader.get(), &QSocketNotifier::activated, [&] {
            char buf[4096];
            const ssize_t n = ::read(master, buf, sizeof buf);
            if (n > 0)
                onBytes(QByteArray(buf, n));
        });
    } else {
        QObject::connect(port.get(), &SerialLink::received, [&](const QByteArray &b, qint64) { onBytes(b); });
    }

    // A JK-PB master drives RS485-2 itself: one cycle every 4.4 s (jk-bms.md a.3), each unit
    // ~40 ms after the last, paced at the baud rate like every answer.
    QTimer masterCycle;
    if (s.protocol == QLatin1String("jk-pb")) {
        auto runCycle = [&] {
            int delay = 0;
            for (const QByteArray &unit : bank.jkMasterCycle()) {
                QTimer::singleShot(delay, &pacer, [&pacer, unit] { pacer.send(unit); });
                delay += 40 + int(unit.size() * 10 * 1000 / std::max(1, s.baudRate));
            }
        };
        QObject::connect(&masterCycle, &QTimer::timeout, runCycle);
        masterCycle.start(4400);
        QTimer::singleShot(300, &masterCycle, runCycle);
    }

    QJsonObject started;
    started.insert(QStringLiteral("event"), QStringLiteral("started"));
    started.insert(QStringLiteral("scenario"), s.name);
    started.insert(QStringLiteral("baud"), s.baudRate);
    started.insert(QStringLiteral("packs"), int(s.physics.packs.size()));
    printJson(started);

    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (const ScenarioFault &f : bank.tick(clock.nowMs()))
            printJson(faultJson("fault", f));
        if (g_stop)
            QCoreApplication::quit();
    });
    tick.start(s.tickMs);
    if (s.durationS > 0)
        QTimer::singleShot(int(s.durationS * 1000), [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    CommandReader commands([&](const QString &line) { handleCommand(line, bank, s, QJsonObject{}); });

    const int rc = QCoreApplication::exec();
    if (master >= 0)
        ::close(master);
    return rc;
}
