#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "clock.h"
#include "decodepipeline.h"
#include "pollprotocol.h"
#include "pollscheduler.h"
#include "protocoltable.h"
#include "sessionrecorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace LinkCli;

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
        } else {
            SerialPollLink link(s, clock);
            linkEvents(&link);
            pipeline.attach(&link);
            recorder.attach(&link, name);
            if (!link.open())
                return fail("monitor", link.errorString());
            const ProtocolSpec &spec = ProtocolTable::spec(protocol);
            const QList<int> targets = !addresses.isEmpty() ? addresses : spec.defaultAddresses;
            const PollPlans::Plan plan = spec.plan(targets);
            const auto pollProtocol = ProtocolTable::answerFramer(protocol);
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
        // CAN links listen: nothing polls on CAN, and sending is emulation (bankscope-sim).
        auto link = std::make_unique<CanListenLink>(cs, clock);
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
