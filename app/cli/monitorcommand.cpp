#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "busguard.h"
#include "clock.h"
#include "decodepipeline.h"
#include "protocoltable.h"
#include "sessionrecorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace LinkCli;

namespace {

// RS485: the role is decided by a BusGuard (auto by default: listen first, poll only a silent
// bus, stop when another master speaks). Returns the exit status, nullopt when the port could not
// be opened (said on stderr).
std::optional<int> monitorSerial(const Options &o, const BankConfig &bank, SessionRecorder &recorder, DecodePipeline &pipeline,
                                 QJsonObject &stats, const Clock &clock)
{
    const ProtocolId protocol = *o.protocol;
    const ProtocolSpec &spec = ProtocolTable::spec(protocol);
    const QString name = linkName(o);
    QList<int> addresses;
    for (const PackConfig &p : bank.packs)
        addresses.append(p.address);
    if (addresses.isEmpty())
        addresses = spec.defaultAddresses;

    BusGuard::Settings gs;
    gs.serial.portName = o.serial;
    gs.serial.baudRate = o.baud > 0 ? o.baud : defaultBaud(protocol);
    gs.protocol = protocol;
    gs.request = o.role;
    gs.windowMs = listenWindowMs(o);
    if (o.timeoutMs > 0)
        gs.poll.timeoutMs = o.timeoutMs;
    BusGuard guard(gs, clock);
    printLinkErrors(&guard, name);
    QObject::connect(&guard, &BusGuard::linkChanged, [&](SerialLink *link) {
        pipeline.attach(link);
        recorder.attach(link, name);
    });
    Countdown countdown(o.duration);
    int status = 0;
    QObject::connect(&guard, &BusGuard::decided, [&](const RoleDecision &d) {
        printDecision("monitor", name, d);
        if (d.refused()) {
            // --poll beside another master: nothing was sent and nothing will be.
            status = 2;
            QCoreApplication::quit();
            return;
        }
        countdown.start(); // --duration counts once the role is decided
    });
    QObject::connect(&guard, &BusGuard::pollingStarted, [&](PollScheduler &scheduler) {
        const PollPlans::Plan plan = spec.plan(addresses);
        scheduler.setPlan(plan.once, plan.cyclic);
        scheduler.start();
    });
    if (!guard.open()) {
        fail("monitor", guard.errorString());
        return std::nullopt;
    }
    if (guard.phase() == BusGuard::Phase::Listening) {
        const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli monitor: %1: listening for %2 s before polling; nothing is sent meanwhile")
                                    .arg(name)
                                    .arg(guard.windowMs() / 1000)
                                    .toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("listening")},
                                     {QStringLiteral("link"), name},
                                     {QStringLiteral("window_s"), guard.windowMs() / 1000.0}});
    }
    countdown.run();
    pipeline.flush(clock.nowUs());
    addGuardStats(stats, guard);
    guard.close(); // polling stops here: a request still in flight is counted as cancelled
    stats.insert(QStringLiteral("cycles"), guard.pollCycles());
    QJsonObject per;
    const QMap<int, AddressStats> poll = guard.pollStats();
    for (auto it = poll.cbegin(); it != poll.cend(); ++it)
        per.insert(QString::number(it.key()), statsJson(it.value()));
    stats.insert(QStringLiteral("addresses"), per);
    return status;
}

// CAN: links only listen. An SLCAN adapter is opened silent; a socketcan interface that is not
// listen-only is said.
std::optional<int> monitorCan(const Options &o, SessionRecorder &recorder, DecodePipeline &pipeline, QJsonObject &stats,
                              const Clock &clock)
{
    const QString name = linkName(o);
    CanListenLink link(canSettings(o), clock);
    printLinkErrors(&link, name);
    QObject::connect(&link, &Link::noticed, [&](const LinkNotice &n) { printNotice("monitor", name, n); });
    QObject::connect(&link, &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
        for (const TimedCanFrame &f : frames) {
            recorder.recordCan(name, f.frame, f.atUs, f.frame.extended);
            pipeline.feedCan(f.frame, f.atUs);
        }
    });
    bool refused = false;
    bool said = false;
    RoleDecision d;
    d.code = RoleDecision::Code::CanListens;
    d.requested = o.role;
    d.protocol = ProtocolId::PylonCan;
    // An SLCAN adapter answers its set-up after open() returns: the role is said once the link
    // is open, and a refusal ends the command.
    QObject::connect(&link, &Link::stateChanged, [&](LinkState s) {
        if (s == LinkState::Open && !said) {
            said = true;
            printDecision("monitor", name, d);
        }
        if (s == LinkState::Closed && link.error() != LinkError::NoError) {
            fail("monitor", link.errorString());
            refused = true;
            QCoreApplication::quit();
        }
    });
    if (!link.open()) {
        fail("monitor", link.errorString());
        return std::nullopt;
    }
    if (link.state() == LinkState::Open && !said) {
        said = true;
        printDecision("monitor", name, d);
    }
    runLoop(o.duration);
    if (refused)
        return std::nullopt;
    const CanLink::Stats cs = link.stats();
    stats.insert(QStringLiteral("role"), LinkNames::role(link.role()));
    stats.insert(QStringLiteral("state"), LinkNames::state(link.state()));
    stats.insert(QStringLiteral("frames"), double(cs.frames));
    stats.insert(QStringLiteral("frames_sent"), double(cs.sent));
    stats.insert(QStringLiteral("error_frames"), double(cs.errorFrames));
    stats.insert(QStringLiteral("malformed"), double(cs.malformed));
    stats.insert(QStringLiteral("frames_per_second"), cs.framesPerSecond);
    stats.insert(QStringLiteral("bus_state"), cs.busState);
    stats.insert(QStringLiteral("dialect"), PylonCan::dialectName(pipeline.dialect()));
    return 0;
}

} // namespace

int runMonitor(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("monitor", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (sources != 1 || !o.protocol)
        return fail("monitor", QCoreApplication::translate("cli", "usage: monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P "
                                                                  "[--listen | --poll] [--window S] [--duration S] [--record FILE]"));
    const ProtocolId protocol = *o.protocol;
    const Medium medium = ProtocolTable::spec(protocol).medium;
    if (!o.serial.isEmpty() && medium == Medium::Can)
        return fail("monitor", QCoreApplication::translate("cli", "%1 is a CAN protocol: use --can or --slcan").arg(ProtocolNames::name(protocol)));
    if (o.serial.isEmpty() && medium == Medium::Serial)
        return fail("monitor", QCoreApplication::translate("cli", "%1 runs on RS485: use --serial").arg(ProtocolNames::name(protocol)));
    if (o.serial.isEmpty() && o.role == RoleRequest::Poll)
        return fail("monitor", QCoreApplication::translate("cli", "CAN links only listen: nothing polls on CAN (sending is emulation: "
                                                                  "bankscope-sim)"));
    QString error;
    const std::optional<BankConfig> bank = loadBank(o.bank, error);
    if (!bank)
        return fail("monitor", error);
    SessionClock clock;
    const QString name = linkName(o);
    SessionRecorder recorder;
    if (!o.record.isEmpty() && !recorder.open(o.record, QStringLiteral("bankscope-cli monitor --protocol %1").arg(ProtocolNames::name(protocol))))
        return fail("monitor", recorder.errorString());

    DecodePipeline pipeline(protocol, bank->packs.isEmpty() ? autoBank(protocol, {}) : *bank, name);
    QObject::connect(&pipeline, &DecodePipeline::decoded, [&](const DecodedMessage &m, qint64 at) { JsonLines::print(messageJson(m, name, at)); });
    QObject::connect(&pipeline, &DecodePipeline::failed,
                     [&](const QString &e, const QByteArray &, qint64 at) { JsonLines::print(failJson(protocol, e, name, at)); });

    QJsonObject stats;
    stats.insert(QStringLiteral("link"), name);
    stats.insert(QStringLiteral("protocol"), ProtocolNames::name(protocol));
    const std::optional<int> status = !o.serial.isEmpty() ? monitorSerial(o, *bank, recorder, pipeline, stats, clock)
                                                          : monitorCan(o, recorder, pipeline, stats, clock);
    if (!status)
        return 2;
    const StreamDecoder::Stats ds = pipeline.stats();
    stats.insert(QStringLiteral("decoded"), double(ds.decoded));
    stats.insert(QStringLiteral("failed"), double(ds.failed));
    stats.insert(QStringLiteral("fragments"), double(ds.fragments));
    stats.insert(QStringLiteral("foreign"), double(ds.foreign));
    stats.insert(QStringLiteral("undocumented"), double(ds.undocumented));
    stats.insert(QStringLiteral("discarded_bytes"), double(ds.discardedBytes));
    if (recorder.isOpen())
        stats.insert(QStringLiteral("recorded_events"), double(recorder.events()));
    recorder.close();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return *status;
}
