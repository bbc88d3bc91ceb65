#include "../common/jsonlines.h"
#include "linkcommands.h"

#include "bankjson.h"
#include "busscanner.h"
#include "canlink.h"
#include "clock.h"
#include "decodepipeline.h"
#include "jkmodbuspoller.h"
#include "pollscheduler.h"
#include "replaylink.h"
#include "seriallink.h"
#include "serialports.h"
#include "sessionrecorder.h"

#include <QCanBus>
#include <QCanBusDeviceInfo>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const char *command, const QString &message)
{
    const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli %1: %2").arg(QLatin1String(command), message).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}

// The options every link command shares.
struct Options
{
    QString serial;
    QString can;   // plugin:interface
    QString slcan;
    std::optional<ProtocolId> protocol;
    qint32 baud = 0;
    int bitrate = 500000;
    bool listen = false;
    double duration = 0.0;
    QString record;
    QString output;
    QString bank;
    double speed = 1.0;
    int attempts = 3;
    int timeoutMs = 0;
    QStringList positional;
    QString error;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = QCoreApplication::translate("cli", "%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        auto number = [&](double min) -> double {
            const QString v = value();
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (o.error.isEmpty() && (!ok || d < min))
                o.error = QCoreApplication::translate("cli", "%1 needs a number, got '%2'").arg(a, v);
            return d;
        };
        if (a == QLatin1String("--serial"))
            o.serial = value();
        else if (a == QLatin1String("--can"))
            o.can = value();
        else if (a == QLatin1String("--slcan"))
            o.slcan = value();
        else if (a == QLatin1String("--protocol")) {
            const QString v = value();
            o.protocol = ProtocolNames::fromName(v);
            if (!o.protocol && o.error.isEmpty())
                o.error = QCoreApplication::translate("cli", "unknown protocol '%1'").arg(v);
        } else if (a == QLatin1String("--baud"))
            o.baud = qint32(number(50));
        else if (a == QLatin1String("--bitrate"))
            o.bitrate = int(number(1000));
        else if (a == QLatin1String("--listen"))
            o.listen = true;
        else if (a == QLatin1String("--duration"))
            o.duration = number(0.001);
        else if (a == QLatin1String("--record"))
            o.record = value();
        else if (a == QLatin1String("--output"))
            o.output = value();
        else if (a == QLatin1String("--bank"))
            o.bank = value();
        else if (a == QLatin1String("--speed"))
            o.speed = number(0.001);
        else if (a == QLatin1String("--fast"))
            o.speed = 0.0;
        else if (a == QLatin1String("--attempts"))
            o.attempts = int(number(1));
        else if (a == QLatin1String("--timeout"))
            o.timeoutMs = int(number(1));
        else if (a.startsWith(QLatin1String("--")))
            o.error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
        else
            o.positional.append(a);
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

qint32 defaultBaud(ProtocolId p)
{
    Q_UNUSED(p)
    return 115200; // Pylontech DIP 1 down, JK RS485 (the Pylontech 9600 setting: --baud 9600)
}

CanSettings canSettings(const Options &o)
{
    CanSettings s;
    if (!o.slcan.isEmpty()) {
        s.plugin = QStringLiteral("slcan");
        s.interface = o.slcan;
        if (o.baud > 0)
            s.slcanBaudRate = o.baud;
    } else {
        const qsizetype colon = o.can.indexOf(QLatin1Char(':'));
        s.plugin = colon < 0 ? QStringLiteral("socketcan") : o.can.left(colon);
        s.interface = colon < 0 ? o.can : o.can.mid(colon + 1);
    }
    s.bitrate = o.bitrate;
    return s;
}

QString linkName(const Options &o)
{
    QString n = !o.serial.isEmpty() ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
    n = n.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    return n.isEmpty() ? QStringLiteral("link") : n;
}

// Runs the event loop until the duration passes or SIGINT/SIGTERM arrives.
void runLoop(double seconds)
{
    JsonLines::catchStopSignals();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (JsonLines::stopRequested())
            QCoreApplication::quit();
    });
    poll.start(100);
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
}

QJsonObject statsJson(const AddressStats &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("requests"), double(s.requests));
    o.insert(QStringLiteral("answers"), double(s.answers));
    o.insert(QStringLiteral("timeouts"), double(s.timeouts));
    o.insert(QStringLiteral("checksum_errors"), double(s.checksumErrors));
    o.insert(QStringLiteral("framing_errors"), double(s.framingErrors));
    o.insert(QStringLiteral("wrong_address"), double(s.wrongAddress));
    o.insert(QStringLiteral("extra_answers"), double(s.extraAnswers));
    QJsonObject latency;
    auto ms = [](const std::optional<qint64> &us) { return us ? QJsonValue(double(*us) / 1000.0) : QJsonValue(QJsonValue::Null); };
    latency.insert(QStringLiteral("min"), ms(s.latencyMinUs()));
    latency.insert(QStringLiteral("median"), ms(s.latencyMedianUs()));
    latency.insert(QStringLiteral("max"), ms(s.latencyMaxUs()));
    o.insert(QStringLiteral("latency_ms"), latency);
    o.insert(QStringLiteral("last_seen_s"), s.lastSeenUs ? QJsonValue(double(*s.lastSeenUs) / 1e6) : QJsonValue(QJsonValue::Null));
    return o;
}

void addSerialStats(QJsonObject &stats, const SerialLink &link)
{
    stats.insert(QStringLiteral("role"), LinkNames::role(link.role()));
    stats.insert(QStringLiteral("state"), LinkNames::state(link.state()));
    stats.insert(QStringLiteral("bytes_received"), double(link.bytesReceived()));
    stats.insert(QStringLiteral("bytes_sent"), double(link.bytesSent()));
    stats.insert(QStringLiteral("reconnects"), link.reconnects());
}

std::optional<BankConfig> loadBank(const QString &path, QString &error)
{
    if (path.isEmpty())
        return BankConfig{};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const auto s = BankJson::parse(f.readAll(), 0);
    if (!s) {
        error = QCoreApplication::translate("cli", "%1: %2").arg(path, s.error().toString());
        return std::nullopt;
    }
    return s->config;
}

// Without a bank file every address seen becomes a pack "A<address>".
BankConfig autoBank(ProtocolId protocol, const QList<int> &addresses)
{
    BankConfig c;
    c.architecture = protocol == ProtocolId::JkLegacy ? Architecture::SingleMaster : Architecture::MasterSlave;
    for (int a : addresses) {
        PackConfig p;
        p.id = QStringLiteral("A%1").arg(a);
        p.address = a;
        p.role = c.packs.isEmpty() ? PackRole::Master : PackRole::Slave;
        c.packs.append(p);
    }
    return c;
}

QJsonObject messageJson(const DecodedMessage &m, const QString &link, qint64 atUs)
{
    QJsonObject o = DecodedJson::toJson(m);
    o.insert(QStringLiteral("time"), double(atUs) / 1e6);
    o.insert(QStringLiteral("link"), link);
    return o;
}

QJsonObject failJson(ProtocolId p, const QString &error, const QString &link, qint64 atUs)
{
    QJsonObject o = DecodedJson::error(p, error);
    o.insert(QStringLiteral("time"), double(atUs) / 1e6);
    o.insert(QStringLiteral("link"), link);
    return o;
}

} // namespace

int runScan(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("scan", o.error);
    if (o.serial.isEmpty() || !o.protocol)
        return fail("scan", QCoreApplication::translate("cli", "usage: scan --serial PORT --protocol P [--baud B] [--attempts N] [--timeout MS]"));
    if (*o.protocol == ProtocolId::PylonCan)
        return fail("scan", QCoreApplication::translate("cli", "a CAN bus has no addresses to scan: use monitor"));
    SessionClock clock;
    SerialSettings s;
    s.portName = o.serial;
    s.baudRate = o.baud > 0 ? o.baud : defaultBaud(*o.protocol);
    SerialPollLink link(s, clock);
    if (!link.open())
        return fail("scan", link.errorString());
    BusScanner::Settings ss;
    ss.attempts = o.attempts;
    if (o.timeoutMs > 0)
        ss.timeoutMs = o.timeoutMs;
    BusScanner scanner(link, *o.protocol, clock, ss);
    QObject::connect(&scanner, &BusScanner::finished, [](const QList<BusScanner::Result> &results) {
        for (const BusScanner::Result &r : results) {
            QJsonObject j;
            j.insert(QStringLiteral("address"), r.address);
            j.insert(QStringLiteral("verdict"), BusScanner::verdictName(r.verdict));
            j.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
            if (!r.note.isEmpty())
                j.insert(QStringLiteral("note"), r.note);
            j.insert(QStringLiteral("stats"), statsJson(r.stats));
            if (r.identity)
                j.insert(QStringLiteral("answer"), DecodedJson::toJson(*r.identity));
            JsonLines::print(j);
        }
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &scanner, &BusScanner::start);
    runLoop(0);
    return 0;
}

int runMonitor(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("monitor", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (sources != 1 || !o.protocol)
        return fail("monitor", QCoreApplication::translate("cli", "usage: monitor (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --protocol P [--listen] [--duration S] [--record FILE]"));
    QString error;
    const std::optional<BankConfig> bank = loadBank(o.bank, error);
    if (!bank)
        return fail("monitor", error);
    SessionClock clock;
    const QString name = linkName(o);
    const ProtocolId protocol = *o.protocol;
    SessionRecorder recorder;
    if (!o.record.isEmpty() && !recorder.open(o.record, QStringLiteral("bankscope-cli monitor --protocol %1").arg(ProtocolNames::name(protocol))))
        return fail("monitor", recorder.errorString());

    QList<int> addresses;
    for (const PackConfig &p : bank->packs)
        addresses.append(p.address);
    DecodePipeline pipeline(protocol, bank->packs.isEmpty() ? autoBank(protocol, {}) : *bank, name);
    QObject::connect(&pipeline, &DecodePipeline::decoded, [&](const DecodedMessage &m, qint64 at) { JsonLines::print(messageJson(m, name, at)); });
    QObject::connect(&pipeline, &DecodePipeline::failed,
                     [&](const QString &e, const QByteArray &, qint64 at) { JsonLines::print(failJson(protocol, e, name, at)); });
    auto linkEvents = [&](auto *link) {
        QObject::connect(link, &std::remove_pointer_t<decltype(link)>::errorOccurred, [&, name](LinkError e, const QString &msg) {
            QJsonObject j;
            j.insert(QStringLiteral("event"), QStringLiteral("link-error"));
            j.insert(QStringLiteral("link"), name);
            j.insert(QStringLiteral("error"), LinkNames::error(e));
            j.insert(QStringLiteral("message"), msg);
            JsonLines::print(j);
        });
    };

    QJsonObject stats;
    stats.insert(QStringLiteral("link"), name);
    stats.insert(QStringLiteral("protocol"), ProtocolNames::name(protocol));
    if (!o.serial.isEmpty()) {
        SerialSettings s;
        s.portName = o.serial;
        s.baudRate = o.baud > 0 ? o.baud : defaultBaud(protocol);
        if (o.listen || protocol == ProtocolId::PylonCan) {
            SerialListenLink link(s, clock);
            linkEvents(&link);
            pipeline.attach(&link);
            recorder.attach(&link, name);
            if (!link.open())
                return fail("monitor", link.errorString());
            runLoop(o.duration);
            pipeline.flush(clock.nowUs());
            addSerialStats(stats, link);
        } else if (protocol == ProtocolId::JkModbus) {
            // QModbusRtuSerialClient owns the port: its traffic is decoded, not recorded.
            const QList<int> targets = addresses.isEmpty() ? QList<int>{1} : addresses;
            DecodePipeline modbusPipeline(protocol, bank->packs.isEmpty() ? autoBank(protocol, targets) : *bank, name);
            PollSettings ps;
            if (o.timeoutMs > 0)
                ps.timeoutMs = o.timeoutMs;
            JkModbusPoller poller(s, clock, targets, ps);
            QObject::connect(&poller, &JkModbusPoller::answered, [&](int, const DecodedMessage &m, qint64) {
                JsonLines::print(messageJson(m, name, clock.nowUs()));
            });
            QObject::connect(&poller, &JkModbusPoller::failed, [&](int a, const QString &reason, const QString &detail) {
                JsonLines::print(failJson(protocol, QStringLiteral("address %1: %2 %3").arg(a).arg(reason, detail), name, clock.nowUs()));
            });
            if (!poller.start())
                return fail("monitor", poller.errorString());
            runLoop(o.duration);
            poller.stop();
            stats.insert(QStringLiteral("role"), LinkNames::role(LinkRole::Poll));
            QJsonObject per;
            for (auto it = poller.stats().cbegin(); it != poller.stats().cend(); ++it)
                per.insert(QString::number(it.key()), statsJson(it.value()));
            stats.insert(QStringLiteral("addresses"), per);
            stats.insert(QStringLiteral("cycles"), poller.cycles());
        } else {
            SerialPollLink link(s, clock);
            linkEvents(&link);
            pipeline.attach(&link);
            recorder.attach(&link, name);
            if (!link.open())
                return fail("monitor", link.errorString());
            const QList<int> targets = !addresses.isEmpty() ? addresses
                : protocol == ProtocolId::PylontechRs485   ? QList<int>{2}
                                                           : QList<int>{1};
            const PollPlans::Plan plan = protocol == ProtocolId::PylontechRs485 ? PollPlans::pylontech(targets, true)
                : protocol == ProtocolId::JkLegacy                               ? PollPlans::jkLegacy(targets)
                                                                                 : PollPlans::jkPbTriggers(targets);
            const auto pollProtocol = makePollProtocol(protocol);
            PollSettings ps;
            if (o.timeoutMs > 0)
                ps.timeoutMs = o.timeoutMs;
            PollScheduler scheduler(link, *pollProtocol, clock, ps);
            scheduler.setPlan(plan.once, plan.cyclic);
            scheduler.start();
            runLoop(o.duration);
            scheduler.stop();
            pipeline.flush(clock.nowUs());
            addSerialStats(stats, link);
            stats.insert(QStringLiteral("cycles"), scheduler.cycles());
            QJsonObject per;
            for (auto it = scheduler.stats().cbegin(); it != scheduler.stats().cend(); ++it)
                per.insert(QString::number(it.key()), statsJson(it.value()));
            stats.insert(QStringLiteral("addresses"), per);
        }
    } else {
        const CanSettings cs = canSettings(o);
        std::unique_ptr<CanLink> link;
        if (o.listen)
            link = std::make_unique<CanListenLink>(cs, clock);
        else
            link = std::make_unique<CanPollLink>(cs, clock); // receives only: nothing is sent unless asked
        linkEvents(link.get());
        QObject::connect(link.get(), &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                recorder.recordCan(name, f.frame, f.atUs, f.frame.extended);
                pipeline.feedCan(f.frame, f.atUs);
            }
        });
        if (!link->open())
            return fail("monitor", link->errorString());
        runLoop(o.duration);
        const CanLink::Stats cs2 = link->stats();
        stats.insert(QStringLiteral("role"), LinkNames::role(link->role()));
        stats.insert(QStringLiteral("state"), LinkNames::state(link->state()));
        stats.insert(QStringLiteral("frames"), double(cs2.frames));
        stats.insert(QStringLiteral("frames_sent"), double(cs2.sent));
        stats.insert(QStringLiteral("error_frames"), double(cs2.errorFrames));
        stats.insert(QStringLiteral("malformed"), double(cs2.malformed));
        stats.insert(QStringLiteral("frames_per_second"), cs2.framesPerSecond);
        stats.insert(QStringLiteral("bus_state"), cs2.busState);
        stats.insert(QStringLiteral("dialect"), PylonCan::dialectName(pipeline.dialect()));
    }
    const StreamDecoder::Stats ds = pipeline.stats();
    stats.insert(QStringLiteral("decoded"), double(ds.decoded));
    stats.insert(QStringLiteral("failed"), double(ds.failed));
    stats.insert(QStringLiteral("discarded_bytes"), double(ds.discardedBytes));
    if (recorder.isOpen())
        stats.insert(QStringLiteral("recorded_events"), double(recorder.events()));
    recorder.close();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return 0;
}

int runRecord(const QStringList &args)
{
    Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("record", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (sources != 1 || o.output.isEmpty())
        return fail("record", QCoreApplication::translate("cli", "usage: record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S] [--baud B] [--bitrate N]"));
    SessionClock clock;
    const QString name = linkName(o);
    SessionRecorder recorder;
    if (!recorder.open(o.output, QStringLiteral("bankscope-cli record (listen only)")))
        return fail("record", recorder.errorString());
    QJsonObject stats;
    stats.insert(QStringLiteral("link"), name);
    // Recording never disturbs the bus: always a listen link.
    if (!o.serial.isEmpty()) {
        SerialSettings s;
        s.portName = o.serial;
        s.baudRate = o.baud > 0 ? o.baud : 115200;
        SerialListenLink link(s, clock);
        recorder.attach(&link, name);
        if (!link.open())
            return fail("record", link.errorString());
        runLoop(o.duration);
        stats.insert(QStringLiteral("bytes_received"), double(link.bytesReceived()));
        stats.insert(QStringLiteral("bytes_sent"), double(link.bytesSent()));
    } else {
        CanListenLink link(canSettings(o), clock);
        QObject::connect(&link, &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames)
                recorder.recordCan(name, f.frame, f.atUs, f.frame.extended);
        });
        if (!link.open())
            return fail("record", link.errorString());
        runLoop(o.duration);
        stats.insert(QStringLiteral("frames"), double(link.stats().frames));
    }
    stats.insert(QStringLiteral("recorded_events"), double(recorder.events()));
    stats.insert(QStringLiteral("file"), o.output);
    recorder.close();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return 0;
}

int runReplay(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("replay", o.error);
    if (o.positional.size() != 1 || !o.protocol)
        return fail("replay", QCoreApplication::translate("cli", "usage: replay FILE --protocol P [--speed X | --fast] [--bank FILE]"));
    QString error;
    const std::optional<BankConfig> bank = loadBank(o.bank, error);
    if (!bank)
        return fail("replay", error);
    ReplayLink replay;
    if (!replay.load(o.positional.first()))
        return fail("replay", replay.errorString());
    const ProtocolId protocol = *o.protocol;
    // Packs: from the bank file, or every address the recording's answers name.
    BankConfig config = *bank;
    QMap<QString, DecodePipeline *> pipelines;
    QList<std::shared_ptr<DecodePipeline>> owned;
    qint64 lastUs = 0;
    QList<int> seenAddresses;
    QList<QPair<DecodedMessage, qint64>> messages;
    auto pipelineFor = [&](const QString &link) {
        if (!pipelines.contains(link)) {
            owned.append(std::make_shared<DecodePipeline>(protocol, config, link));
            DecodePipeline *p = owned.last().get();
            QObject::connect(p, &DecodePipeline::decoded, [&, link](const DecodedMessage &m, qint64 at) {
                JsonLines::print(messageJson(m, link, at));
                messages.append({m, at});
                for (const DecodedPack &pk : m.packs)
                    if (pk.address && !seenAddresses.contains(*pk.address))
                        seenAddresses.append(*pk.address);
            });
            QObject::connect(p, &DecodePipeline::failed,
                             [&, link](const QString &e, const QByteArray &, qint64 at) { JsonLines::print(failJson(protocol, e, link, at)); });
            pipelines.insert(link, p);
        }
        return pipelines.value(link);
    };
    QObject::connect(&replay, &ReplayLink::serialBytes, [&](const QString &link, bool, const QByteArray &b, qint64 at) {
        lastUs = at;
        pipelineFor(link)->feedSerial(b, at);
    });
    QObject::connect(&replay, &ReplayLink::canFrame, [&](const QString &link, const CanFrameData &f, qint64 at) {
        lastUs = at;
        pipelineFor(link)->feedCan(f, at);
    });
    QObject::connect(&replay, &ReplayLink::finished, [] { QCoreApplication::quit(); });
    replay.start(o.speed);
    runLoop(0);
    for (DecodePipeline *p : std::as_const(pipelines))
        p->flush(lastUs);

    // The final picture: without a bank file, every address seen is a pack; the readings are
    // re-applied so packs that were unknown while decoding are counted.
    if (config.packs.isEmpty()) {
        std::sort(seenAddresses.begin(), seenAddresses.end());
        config = autoBank(protocol, seenAddresses);
    }
    BankObserver observer(config, QStringLiteral("replay"));
    for (const auto &[m, at] : std::as_const(messages))
        observer.apply(m, at / 1000);
    BankSnapshot snapshot;
    snapshot.config = config;
    for (const PackReading &r : observer.readings())
        snapshot.readings.insert(r.packId, r);
    QJsonObject result = BankJson::toJson(Aggregator::aggregate(snapshot, lastUs / 1000));
    if (observer.hasObserved())
        result.insert(QStringLiteral("observed"), BankJson::viewToJson(observer.observed()));
    JsonLines::print(QJsonObject{{QStringLiteral("aggregation"), result}});
    return 0;
}

int runExportAsc(const QStringList &args)
{
    if (args.size() != 2)
        return fail("export-asc", QCoreApplication::translate("cli", "usage: export-asc SESSION_FILE OUTPUT.asc"));
    ReplayLink reader;
    if (!reader.load(args[0]))
        return fail("export-asc", reader.errorString());
    QFile in(args[0]);
    in.open(QIODevice::ReadOnly);
    const auto events = SessionFormat::parseLog(in.readAll());
    if (!events)
        return fail("export-asc", events.error().toString());
    const auto asc = SessionFormat::toAsc(*events);
    if (!asc)
        return fail("export-asc", asc.error());
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*asc) < 0)
        return fail("export-asc", QCoreApplication::translate("cli", "cannot write %1: %2").arg(args[1], out.errorString()));
    return 0;
}

int runPorts(const QStringList &args)
{
    if (!args.isEmpty())
        return fail("ports", QCoreApplication::translate("cli", "usage: ports"));
    for (const SerialPortEntry &e : SerialPorts::available()) {
        QJsonObject j;
        j.insert(QStringLiteral("port"), e.systemLocation.isEmpty() ? e.portName : e.systemLocation);
        j.insert(QStringLiteral("adapter"), e.adapter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.adapter));
        j.insert(QStringLiteral("description"), e.description);
        j.insert(QStringLiteral("manufacturer"), e.manufacturer);
        j.insert(QStringLiteral("serial_number"), e.serialNumber);
        auto hex = [](const std::optional<quint16> &v) {
            return v ? QJsonValue(QStringLiteral("%1").arg(*v, 4, 16, QLatin1Char('0'))) : QJsonValue(QJsonValue::Null);
        };
        j.insert(QStringLiteral("usb_vid"), hex(e.vendorId));
        j.insert(QStringLiteral("usb_pid"), hex(e.productId));
        JsonLines::print(j);
    }
    // A vendor plugin whose driver library is not installed (peakcan without PCAN-Basic, ...)
    // says so in one JSON line instead of a Qt warning on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.canbus.plugins.*.warning=false\nqt.canbus.plugins.*.critical=false"));
    for (const QString &plugin : QCanBus::instance()->plugins()) {
        QString why;
        const QList<QCanBusDeviceInfo> devices = QCanBus::instance()->availableDevices(plugin, &why);
        for (const QCanBusDeviceInfo &d : devices) {
            QJsonObject j;
            j.insert(QStringLiteral("can"), QString(plugin + QLatin1Char(':') + d.name()));
            j.insert(QStringLiteral("description"), d.description());
            JsonLines::print(j);
        }
        if (devices.isEmpty() && !why.isEmpty()) {
            QJsonObject j;
            j.insert(QStringLiteral("can_plugin"), plugin);
            j.insert(QStringLiteral("unavailable"), why);
            JsonLines::print(j);
        }
    }
    return 0;
}
