// bankscope-sim: plays a scenario's bank on a pseudo-terminal or a serial port, with the
// bytes paced at the scenario's baud rate, faults on schedule and on command (stdin).

#include "../common/inputdevice.h"
#include "../common/jsonlines.h"
#include "aggregator.h"
#include "canlink.h"
#include "clock.h"
#include "decodepipeline.h"
#include "emulationgate.h"
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

#include <functional>
#include <cstdio>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace {

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

// --can PLUGIN:IFACE[,IFACE...] or --slcan PORT[,PORT...]: one CanSettings per interface.
QList<CanSettings> canSettingsFrom(const QString &can, const QString &slcan)
{
    QList<CanSettings> out;
    QString plugin = QStringLiteral("slcan");
    QString interfaces = slcan;
    if (slcan.isEmpty()) {
        const qsizetype colon = can.indexOf(QLatin1Char(':'));
        plugin = colon < 0 ? QStringLiteral("socketcan") : can.left(colon);
        interfaces = colon < 0 ? can : can.mid(colon + 1);
    }
    for (const QString &name : interfaces.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        CanSettings cs;
        cs.plugin = plugin;
        cs.interface = name;
        out.append(cs);
    }
    return out;
}

QString canName(const CanSettings &cs)
{
    return cs.plugin + QLatin1Char(':') + cs.interface;
}

// One line of standard input: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit.
// "promote PACK" plays the stand-in taking over as master (the failover drill); "clear promote"
// demotes it again.
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
        reply.insert(QStringLiteral("masters"), QJsonArray::fromStringList(bank.masters()));
        reply.insert(QStringLiteral("bank_current_A"), bank.physics().bankCurrentA());
        JsonLines::print(reply);
        return;
    }
    QJsonObject reply;
    if (words[0] == QLatin1String("promote")) {
        ScenarioFault f;
        f.type = ScenarioFault::Type::Promote;
        f.pack = words.value(1);
        if (f.pack.isEmpty() || !bank.apply(f, true)) {
            reply.insert(QStringLiteral("event"), QStringLiteral("error"));
            reply.insert(QStringLiteral("message"),
                         s.protocol == QLatin1String("victron-can")
                             ? QCoreApplication::translate("sim", "a peer-to-peer bank has no master: there is nobody to promote")
                             : QCoreApplication::translate("sim", "expected: promote PACK, a pack of this bank"));
            JsonLines::print(reply);
            return;
        }
        reply = faultJson("promoted", f);
        reply.insert(QStringLiteral("masters"), QJsonArray::fromStringList(bank.masters()));
        JsonLines::print(reply);
        return;
    }
    const bool start = words[0] == QLatin1String("fault");
    const auto type = words.size() >= 2 ? ScenarioFault::fromName(words[1]) : std::nullopt;
    if ((!start && words[0] != QLatin1String("clear")) || !type) {
        reply.insert(QStringLiteral("event"), QStringLiteral("error"));
        reply.insert(QStringLiteral("message"), QCoreApplication::translate("sim", "expected: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit"));
        JsonLines::print(reply);
        return;
    }
    ScenarioFault f;
    f.type = *type;
    f.pack = words.size() >= 3 ? words[2] : s.physics.packs.first().id;
    if (!bank.apply(f, start)) {
        reply.insert(QStringLiteral("event"), QStringLiteral("error"));
        reply.insert(QStringLiteral("message"), QCoreApplication::translate("sim", "no pack '%1' in this bank").arg(f.pack));
        JsonLines::print(reply);
        return;
    }
    QJsonObject done = faultJson(start ? "fault" : "cleared", f);
    if (f.type == ScenarioFault::Type::Promote || f.type == ScenarioFault::Type::MasterDies)
        done.insert(QStringLiteral("masters"), QJsonArray::fromStringList(bank.masters()));
    JsonLines::print(done);
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

// Stops on SIGINT/SIGTERM (checked by the timers) and reads commands from standard input until
// quit; returns the event loop's exit code.
int runUntilQuit(std::function<void(const QString &)> onCommand)
{
    JsonLines::catchStopSignals();
    CommandReader commands(std::move(onCommand));
    return QCoreApplication::exec();
}

void quitOnCommand(const QString &line)
{
    if (line.trimmed() == QLatin1String("quit"))
        QCoreApplication::quit();
}

// The scenario's clock: the physics step firing scheduled faults (reported as events), the
// stop flag, and the scenario's duration.
void startScenarioClock(QTimer &tick, SimBank &bank, const Scenario &s, const SessionClock &clock)
{
    QObject::connect(&tick, &QTimer::timeout, [&bank, &clock] {
        for (const ScenarioFault &f : bank.tick(clock.nowMs()))
            JsonLines::print(faultJson(f.type == ScenarioFault::Type::Promote ? "promoted" : "fault", f));
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    tick.start(s.tickMs);
    if (s.durationS > 0)
        QTimer::singleShot(int(s.durationS * 1000), [] { QCoreApplication::quit(); });
}

// Emulation on a real port (not a pseudo-terminal, not virtualcan) needs --confirm-no-inverter,
// and then the wires must stay silent for the listen window: it is refused while another master
// or keep-alive is heard (issue 18 item 5; EmulationGate says what refuses which). Returns an
// exit status when it is refused, nothing when the emulation may start.
std::optional<int> mayEmulate(EmulationGate::Plays plays, const QString &serial, qint32 baud, const QList<CanSettings> &can, bool confirmed)
{
    QStringList real;
    EmulationGate::Settings gs;
    gs.plays = plays;
    if (!serial.isEmpty() && EmulationTarget::isRealSerialPort(serial)) {
        real.append(serial);
        SerialSettings ss;
        ss.portName = serial;
        ss.baudRate = baud;
        gs.serial = ss;
    }
    for (const CanSettings &cs : can) {
        if (EmulationTarget::isRealCan(cs.plugin, cs.interface)) {
            real.append(canName(cs));
            gs.can.append(cs);
        }
    }
    if (real.isEmpty())
        return std::nullopt; // pseudo-terminals and virtualcan: a bench, not a bus
    const QString what = plays == EmulationGate::Plays::Bank ? QCoreApplication::translate("sim", "a bank")
        : plays == EmulationGate::Plays::Inverter            ? QCoreApplication::translate("sim", "an inverter")
                                                             : QCoreApplication::translate("sim", "a GX");
    if (!confirmed) {
        return fail(QCoreApplication::translate("sim", "%1 is a real port, not a pseudo-terminal or virtualcan: playing %2 there "
                                                       "transmits on a live bus. If no inverter or other master is connected to it, "
                                                       "add --confirm-no-inverter")
                        .arg(real.join(QStringLiteral(", ")), what));
    }
    SessionClock clock;
    EmulationGate gate(gs, clock);
    std::fprintf(stderr, "%s\n", QCoreApplication::translate("sim", "bankscope-sim: listening on %1 for %2 s before playing %3; nothing is sent meanwhile")
                                     .arg(real.join(QStringLiteral(", ")))
                                     .arg(gate.windowMs() / 1000)
                                     .arg(what)
                                     .toUtf8()
                                     .constData());
    std::optional<EmulationGate::Verdict> verdict;
    QObject::connect(&gate, &EmulationGate::finished, [&verdict](const EmulationGate::Verdict &v) {
        verdict = v;
        QCoreApplication::quit();
    });
    JsonLines::catchStopSignals();
    QTimer stop;
    QObject::connect(&stop, &QTimer::timeout, [] {
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    stop.start(100);
    gate.start();
    if (!verdict)
        QCoreApplication::exec();
    if (!verdict)
        return fail(QCoreApplication::translate("sim", "stopped before the bus was checked"));
    if (!verdict->allowed)
        return fail(QCoreApplication::translate("sim", "refused: %1").arg(verdict->reason));
    JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("bus-checked")},
                                 {QStringLiteral("links"), QJsonArray::fromStringList(real)},
                                 {QStringLiteral("window_s"), gate.windowMs() / 1000.0},
                                 {QStringLiteral("text"), verdict->reason}});
    return std::nullopt;
}

// Another inverter or GX keep-alive while this one emulates: stop sending at once.
bool isForeignKeepAlive(const CanFrameData &f)
{
    return !f.extended && (f.id == 0x305 || f.id == 0x306 || f.id == 0x307);
}

void stopForAnotherMaster(const QString &link, const QString &what)
{
    const QString reason = QCoreApplication::translate("sim", "another master on %1 (%2): stopped sending").arg(link, what);
    JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("refused")}, {QStringLiteral("reason"), reason}});
    std::fprintf(stderr, "bankscope-sim: %s\n", reason.toUtf8().constData());
    QCoreApplication::exit(2);
}

void usage(FILE *stream)
{
    const QByteArray text = QCoreApplication::translate(
        "sim",
        "Usage: bankscope-sim --scenario FILE (--pty | --serial PORT | --can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...])\n"
        "                     [--baud B] [--dialect pylon-v1.2|pylontech-v1.3] [--confirm-no-inverter]\n"
        "       bankscope-sim --inverter (--can PLUGIN:IFACE | --slcan PORT | --serial PORT [--adr A]) [--want A] [--confirm-no-inverter]\n"
        "       bankscope-sim --gx (--can PLUGIN:IFACE[,IFACE...] | --slcan PORT[,PORT...]) [--want A] [--confirm-no-inverter]\n"
        "\n"
        "Plays the bank a scenario describes (resources/scenarios/README.md) as its master's\n"
        "RS485 port. --pty creates a pseudo-terminal and prints its path on the first line of\n"
        "standard output; --serial plays it on a real port (a second USB-RS485 stick); --can and\n"
        "--slcan make its master broadcast Pylon CAN once a second and report inverter heartbeats.\n"
        "Events (faults firing, commands) follow as JSON lines.\n"
        "Commands on standard input: fault TYPE [PACK] | clear TYPE [PACK] | promote PACK | status | quit\n"
        "(promote PACK: the stand-in takes over as master; clear promote demotes it again)\n"
        "--inverter plays the inverter instead: 0x305 heartbeats on CAN, or polling a Pylontech\n"
        "master on RS485 (9600 baud unless --baud), printing each second what it would charge and\n"
        "discharge at (--want A: what it would like) given what the BMS told it.\n"
        "A \"victron-can\" scenario is a GX-style peer-to-peer bank: every pack's BMS broadcasts its\n"
        "own Victron-dialect frames on its own CAN interface, so give one interface per pack, in\n"
        "bank order (--can socketcan:can0,can1,can2). --gx plays the Victron GX on those interfaces:\n"
        "it sends 0x305/0x307, drops a BMS that goes quiet, aggregates the rest with the shared core\n"
        "and prints each second what it would let the inverter charge and discharge at.\n"
        "\n"
        "On anything but a pseudo-terminal or virtualcan (a USB-RS485 stick, socketcan, an SLCAN\n"
        "adapter) emulation transmits on a real bus: it needs --confirm-no-inverter, then listens\n"
        "for 10 s and is refused while another master or keep-alive is heard. Silence alone is\n"
        "never consent: some inverters send no keep-alive. An inverter or GX being played stops\n"
        "(exit 2) when another master or keep-alive appears.\n").toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

// --inverter: an inverter on the bank's CAN (0x305 heartbeat every second, obeying the
// broadcast limits) or polling a Pylontech master on RS485 (0x4F once, 0x42 whole group and
// 0x92 every second, at 9600 baud by default, as inverters do). Prints its decision each second.
int runInverter(const QString &serial, const QString &can, const QString &slcan, qint32 baud, double wantA, int masterAddress)
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
        const QList<CanSettings> interfaces = canSettingsFrom(can, slcan);
        if (interfaces.size() != 1)
            return fail(QCoreApplication::translate("sim", "--inverter listens on one CAN interface (a GX on several: --gx)"));
        canLink = std::make_unique<CanEmulateLink>(interfaces.first(), clock);
        if (!canLink->open())
            return fail(canLink->errorString());
        const QString linkName = canName(interfaces.first());
        QObject::connect(canLink.get(), &CanLink::framesReceived, [&, linkName](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (isForeignKeepAlive(f.frame)) {
                    heartbeat.stop();
                    stopForAnotherMaster(linkName, QStringLiteral("0x%1").arg(f.frame.id, 3, 16, QLatin1Char('0')));
                    return;
                }
                pipeline.feedCan(f.frame, f.atUs);
            }
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
        // The scheduler stops by itself on a request it did not send or bytes outside its slot.
        QObject::connect(scheduler.get(), &PollScheduler::foreignTraffic, [&serial](const ForeignTraffic &t) {
            stopForAnotherMaster(serial, t.request ? t.request->message : QCoreApplication::translate("sim", "bytes outside an answer"));
        });
        scheduler->setPlan({PollPlans::pylontech({masterAddress}, true).once.first()}, // 0x4F
                           {PollPlans::pylontech({masterAddress}, true).cyclic.first(), PollPlans::pylontech({masterAddress}, false).cyclic.last()});
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
        JsonLines::print(o);
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    heartbeat.start(1000);
    decide.start(1000);
    return runUntilQuit(quitOnCommand);
}

// --gx: a Victron GX with one CAN-bus BMS on each interface (peer-to-peer). Sends the GX's
// 0x305/0x307 frames every second on each, maps each interface's broadcasts onto one battery,
// aggregates the online ones with the shared core and prints what it would allow.
int runGx(const QList<CanSettings> &interfaces, double wantA)
{
    if (interfaces.isEmpty())
        return fail(QCoreApplication::translate("sim", "--gx needs --can or --slcan: one CAN interface per BMS"));
    SessionClock clock;
    InverterEmulator emulator(InverterEmulator::Settings{wantA, wantA});
    BankConfig config;
    config.architecture = Architecture::PeerToPeer;
    for (int i = 0; i < interfaces.size(); ++i)
        config.packs.append(PackConfig{QStringLiteral("B%1").arg(i + 1), QString(), 0.0, PackRole::Slave, i + 1});
    std::vector<std::unique_ptr<CanEmulateLink>> links;
    std::vector<std::unique_ptr<DecodePipeline>> pipelines;
    QList<QByteArray> nameParts(interfaces.size() * 2);
    for (int i = 0; i < interfaces.size(); ++i) {
        links.push_back(std::make_unique<CanEmulateLink>(interfaces[i], clock));
        pipelines.push_back(std::make_unique<DecodePipeline>(ProtocolId::PylonCan, config, canName(interfaces[i])));
        pipelines.back()->setBroadcastPack(config.packs[i].id);
        if (!links.back()->open())
            return fail(links.back()->errorString());
        DecodePipeline *pipeline = pipelines.back().get();
        const QString linkName = canName(interfaces[i]);
        QObject::connect(links.back().get(), &CanLink::framesReceived, pipeline, [pipeline, linkName](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (isForeignKeepAlive(f.frame)) {
                    stopForAnotherMaster(linkName, QStringLiteral("0x%1").arg(f.frame.id, 3, 16, QLatin1Char('0')));
                    return;
                }
                pipeline->feedCan(f.frame, f.atUs);
            }
        });
        QObject::connect(pipeline, &DecodePipeline::decoded, pipeline, [&nameParts, i](const DecodedMessage &m, qint64) {
            if (m.message == QLatin1String("bms-name"))
                nameParts[2 * i + m.fields.value(QStringLiteral("part")).toInt() - 1] = m.info.model.toLatin1();
        });
    }
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, [&] {
        for (const auto &link : links) {
            if (link->state() != LinkState::Open)
                continue;
            link->write(CanFrameData{0x305, QByteArray(8, '\0')});
            link->write(CanFrameData{0x307, QByteArray::fromHex("1234567856494300")}); // "VIC"
        }
    });
    QTimer decide;
    QObject::connect(&decide, &QTimer::timeout, [&] {
        BankSnapshot snapshot;
        snapshot.config = config;
        for (int i = 0; i < int(pipelines.size()); ++i)
            if (const PackReading *r = pipelines[size_t(i)]->observer().reading(config.packs[i].id))
                snapshot.readings.insert(r->packId, *r);
        const AggregationResult result = Aggregator::aggregate(snapshot, clock.nowMs());
        QJsonObject o = emulator.decide(result.inverterSees).toJson();
        o.insert(QStringLiteral("event"), QStringLiteral("gx"));
        QJsonArray batteries;
        for (int i = 0; i < result.packs.size(); ++i) {
            static const char *const states[] = {"online", "stale", "offline", "silent"};
            QJsonObject b;
            b.insert(QStringLiteral("id"), result.packs[i].id);
            b.insert(QStringLiteral("link"), canName(interfaces[i]));
            b.insert(QStringLiteral("name"), QString::fromLatin1(nameParts[2 * i] + nameParts[2 * i + 1]).remove(QChar(0)).trimmed());
            b.insert(QStringLiteral("state"), QString::fromLatin1(states[int(result.packs[i].state)]));
            batteries.append(b);
        }
        o.insert(QStringLiteral("batteries"), batteries);
        if (result.inverterSees) {
            const InverterView &v = *result.inverterSees;
            auto put = [&](const char *key, ViewFieldId id) {
                if (const auto x = v.value(id))
                    o.insert(QString::fromLatin1(key), std::round(*x * 100.0) / 100.0);
            };
            put("online", ViewFieldId::OnlinePacks);
            put("capacity_Ah", ViewFieldId::CapacityAh);
            put("soc_pct", ViewFieldId::SocPct);
            put("ccl_A", ViewFieldId::CclA);
            put("dcl_A", ViewFieldId::DclA);
        } else {
            o.insert(QStringLiteral("online"), 0);
        }
        JsonLines::print(o);
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    beat.start(1000);
    decide.start(1000);
    return runUntilQuit(quitOnCommand);
}

// A "victron-can" scenario: one Victron-dialect BMS per pack, each on its own interface.
int runVictronBank(SimBank &bank, const Scenario &s, const QList<CanSettings> &interfaces, SessionClock &clock)
{
    const QList<PhysicsPack> &packs = s.physics.packs;
    if (interfaces.size() != packs.size()) {
        return fail(QCoreApplication::translate("sim", "this bank has %1 BMSs, each on its own CAN interface: give %1 interfaces, "
                                                       "e.g. --can socketcan:can0,can1 (got %2)")
                        .arg(packs.size())
                        .arg(interfaces.size()));
    }
    std::vector<std::unique_ptr<CanEmulateLink>> links;
    QList<int> heartbeats(packs.size(), 0); // bit 0: 0x305 heard, bit 1: 0x307 heard
    QJsonArray bmss;
    for (int i = 0; i < packs.size(); ++i) {
        links.push_back(std::make_unique<CanEmulateLink>(interfaces[i], clock));
        if (!links.back()->open())
            return fail(links.back()->errorString());
        QObject::connect(links.back().get(), &CanLink::framesReceived, [&heartbeats, &packs, i](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (f.frame.id != 0x305 && f.frame.id != 0x307)
                    continue;
                // The first 0x305 and the first 0x307 on each interface are reported: a 0x307
                // with "VIC" in bytes 4-6 is a Victron GX (pylon-can.md 1.1).
                const int bit = f.frame.id == 0x305 ? 1 : 2;
                if (!(heartbeats[i] & bit))
                    JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("heartbeat")},
                                          {QStringLiteral("pack"), packs[i].id},
                                          {QStringLiteral("can_id"), QStringLiteral("0x%1").arg(f.frame.id, 3, 16, QLatin1Char('0'))},
                                          {QStringLiteral("victron_gx"), f.frame.id == 0x307 && f.frame.data.mid(4, 3) == "VIC"},
                                          {QStringLiteral("data"), QString::fromLatin1(f.frame.data.toHex().toUpper())}});
                heartbeats[i] |= bit;
            }
        });
        bmss.append(QJsonObject{{QStringLiteral("pack"), packs[i].id},
                                {QStringLiteral("can"), canName(interfaces[i])},
                                {QStringLiteral("name"), QString::fromLatin1(SimBank::victronName(packs[i])).remove(QChar(0))}});
    }
    QJsonObject started;
    started.insert(QStringLiteral("event"), QStringLiteral("started"));
    started.insert(QStringLiteral("scenario"), s.name);
    started.insert(QStringLiteral("dialect"), PylonCan::dialectName(PylonCan::Dialect::SmaVictron));
    started.insert(QStringLiteral("bms"), bmss);
    JsonLines::print(started);
    QTimer tick;
    startScenarioClock(tick, bank, s, clock);
    auto sendBroadcast = [&] {
        for (int i = 0; i < packs.size(); ++i) {
            if (links[size_t(i)]->state() != LinkState::Open)
                continue;
            for (const CanFrameData &f : bank.victronBroadcast(i))
                links[size_t(i)]->write(f);
        }
    };
    QTimer broadcast;
    QObject::connect(&broadcast, &QTimer::timeout, sendBroadcast);
    broadcast.start(1000);
    QTimer::singleShot(200, &broadcast, sendBroadcast);
    return runUntilQuit([&](const QString &line) {
        QJsonArray perBms;
        for (int i = 0; i < packs.size(); ++i)
            perBms.append(QJsonObject{{QStringLiteral("pack"), packs[i].id},
                                      {QStringLiteral("heard_inverter"), (heartbeats[i] & 1) != 0},
                                      {QStringLiteral("heard_gx"), (heartbeats[i] & 2) != 0},
                                      {QStringLiteral("frames_sent"), double(links[size_t(i)]->stats().sent)}});
        handleCommand(line, bank, s, QJsonObject{{QStringLiteral("bms"), perBms}});
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bankscope-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANKSCOPE_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.size() == 1 && args.first() == QLatin1String("--version")) {
        std::printf("bankscope-sim %s\n", BANKSCOPE_VERSION);
        return 0;
    }
    QString scenarioPath;
    QString serial;
    bool pty = false;
    qint32 baud = 0;
    QString can;
    QString slcan;
    QString dialectName;
    bool inverter = false;
    bool gx = false;
    bool confirmed = false;
    double wantA = 50.0;
    int adr = 2; // --inverter on RS485: the master's address it polls (an Easun SMX-II polls 0x12)
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
        } else if (a == QLatin1String("--gx")) {
            gx = true;
        } else if (a == QLatin1String("--confirm-no-inverter")) {
            confirmed = true;
        } else if (a == QLatin1String("--adr") && i + 1 < args.size()) {
            bool ok = false;
            adr = args[++i].toInt(&ok, 0);
            if (!ok || adr < 0 || adr > 0xFF)
                return fail(QCoreApplication::translate("sim", "--adr needs an address from 0 to 255 (0x12 or 18), got '%1'").arg(args[i]));
        } else if (a == QLatin1String("--want") && i + 1 < args.size()) {
            wantA = args[++i].toDouble();
        } else if (a == QLatin1String("--dialect") && i + 1 < args.size()) {
            dialectName = args[++i];
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (gx) {
        if (const auto refused = mayEmulate(EmulationGate::Plays::Gx, {}, 0, canSettingsFrom(can, slcan), confirmed))
            return *refused;
        return runGx(canSettingsFrom(can, slcan), wantA);
    }
    if (inverter) {
        if (const auto refused = mayEmulate(EmulationGate::Plays::Inverter, serial, baud > 0 ? baud : 9600, canSettingsFrom(can, slcan),
                                            confirmed))
            return *refused;
        return runInverter(serial, can, slcan, baud, wantA, adr);
    }
    const int wires = int(pty) + int(!serial.isEmpty()) + int(!can.isEmpty()) + int(!slcan.isEmpty());
    if (scenarioPath.isEmpty() || wires != 1) {
        usage(stderr);
        return 2;
    }
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("sim", "cannot read %1: %2").arg(scenarioPath, file.errorString()));
    // A scenario is a few KiB: read up to a cap, so /dev/zero or an endless pipe is an error
    // rather than all of memory.
    const auto text = InputDevice::readCapped(file, 4 * 1024 * 1024);
    if (!text)
        return fail(QStringLiteral("%1: %2").arg(scenarioPath, text.error()));
    auto scenario = Scenario::parse(*text);
    if (!scenario)
        return fail(QStringLiteral("%1: %2").arg(scenarioPath, scenario.error().toString()));
    Scenario s = *scenario;
    if (baud > 0)
        s.baudRate = baud;
    if (const auto refused = mayEmulate(EmulationGate::Plays::Bank, serial, s.baudRate,
                                        can.isEmpty() && slcan.isEmpty() ? QList<CanSettings>{} : canSettingsFrom(can, slcan), confirmed))
        return *refused;

    SessionClock clock;
    SimBank bank(s);
    bank.tick(clock.nowMs());

    if (s.protocol == QLatin1String("victron-can")) {
        if (can.isEmpty() && slcan.isEmpty())
            return fail(QCoreApplication::translate("sim", "a victron-can bank talks CAN: give --can or --slcan, one interface per pack"));
        return runVictronBank(bank, s, canSettingsFrom(can, slcan), clock);
    }
    if (!can.isEmpty() || !slcan.isEmpty()) {
        // The master broadcasting to an inverter on CAN, once a second (pylon-can.md 1).
        const auto dialect = PylonCan::dialectFromName(dialectName.isEmpty() ? s.canDialect : dialectName);
        if (!dialect || *dialect == PylonCan::Dialect::Unknown || *dialect == PylonCan::Dialect::SmaVictron)
            return fail(QCoreApplication::translate("sim", "--dialect must be pylon-v1.2 or pylontech-v1.3"));
        const QList<CanSettings> interfaces = canSettingsFrom(can, slcan);
        if (interfaces.size() != 1)
            return fail(QCoreApplication::translate("sim", "the master broadcasts on one CAN interface (several are for a victron-can bank)"));
        const CanSettings cs = interfaces.first();
        CanEmulateLink link(cs, clock);
        if (!link.open())
            return fail(link.errorString());
        int heartbeats = 0;
        QObject::connect(&link, &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (f.frame.id != 0x305)
                    continue;
                if (++heartbeats == 1)
                    JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("heartbeat")},
                                          {QStringLiteral("data"), QString::fromLatin1(f.frame.data.toHex().toUpper())}});
            }
        });
        QJsonObject started;
        started.insert(QStringLiteral("event"), QStringLiteral("started"));
        started.insert(QStringLiteral("scenario"), s.name);
        started.insert(QStringLiteral("can"), canName(cs));
        started.insert(QStringLiteral("dialect"), PylonCan::dialectName(*dialect));
        JsonLines::print(started);
        QTimer tick;
        startScenarioClock(tick, bank, s, clock);
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
        return runUntilQuit([&](const QString &line) {
            handleCommand(line, bank, s,
                          QJsonObject{{QStringLiteral("heartbeats"), heartbeats}, {QStringLiteral("frames_sent"), double(link.stats().sent)}});
        });
    }

    // The wire: the master side of a pty, or a serial port.
    int master = -1;
    std::unique_ptr<SerialEmulateLink> port;
    std::function<void(const QByteArray &)> write;
    bool noClient = false; // pty: nobody has the port open (see the reader below)
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
        write = [master, &noClient](const QByteArray &b) {
            if (noClient)
                return; // nobody listens: dropped, or they would reach the next client stale
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
        pacer.received(wire.size());
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
    QTimer clientWatch;
    if (pty) {
        // While no client has the pty open, its master side polls as hung up and reads fail
        // with EIO, at once and forever: a read notifier left on would spin a core. On hang-up
        // the simulator stops reading and sending, and looks every 50 ms (a poll() costing
        // nothing) whether a client has opened the port again: the hang-up has cleared, and
        // the client's first request waits at most that long.
        reader = std::make_unique<QSocketNotifier>(master, QSocketNotifier::Read);
        QObject::connect(&clientWatch, &QTimer::timeout, [&] {
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 0) < 0 || (p.revents & POLLHUP))
                return;
            clientWatch.stop();
            noClient = false;
            reader->setEnabled(true);
        });
        QObject::connect(reader.get(), &QSocketNotifier::activated, [&] {
            char buf[4096];
            const ssize_t n = ::read(master, buf, sizeof buf);
            if (n > 0) {
                onBytes(QByteArray(buf, n));
                return;
            }
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            noClient = true; // EIO: the last client closed the port (or none opened it yet)
            reader->setEnabled(false);
            clientWatch.start(50);
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
                // The wiring faults garble what the master sends as any receiver on the bus reads it.
                QTimer::singleShot(delay, &pacer, [&pacer, &bank, unit] { pacer.send(bank.transmit(unit)); });
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
    JsonLines::print(started);

    QTimer tick;
    startScenarioClock(tick, bank, s, clock);
    const int rc = runUntilQuit([&](const QString &line) { handleCommand(line, bank, s, QJsonObject{}); });
    if (master >= 0)
        ::close(master);
    return rc;
}
