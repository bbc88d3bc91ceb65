// bankscope-cli monitor: one link through a BankSession (the role decided by its BusGuard on
// RS485: auto by default; CAN links only listen), every decoded message and decision printed as
// JSON lines, the link's statistics at the end.

#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "busguard.h"
#include "canlink.h"
#include "clock.h"
#include "decodepipeline.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace LinkCli;

namespace {

SessionSource sourceOf(const Options &o)
{
    SessionSource s;
    s.kind = !o.serial.isEmpty() ? SessionSource::Kind::Serial : !o.slcan.isEmpty() ? SessionSource::Kind::Slcan : SessionSource::Kind::CanPlugin;
    s.device = !o.serial.isEmpty() ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
    s.protocol = o.protocol;
    s.role = o.role;
    s.listenWindowMs = listenWindowMs(o);
    s.pollTimeoutMs = o.timeoutMs;
    s.bankFile = o.bank;
    if (s.kind == SessionSource::Kind::Serial) {
        s.speed = o.baud;
    } else {
        s.speed = canSettings(o).bitrate;
        if (s.kind == SessionSource::Kind::Slcan)
            s.adapterBaud = o.baud;
    }
    return s;
}

// RS485: the final statistics of the guard and its polling.
void serialStats(BankSession &session, QJsonObject &stats, const Clock &clock)
{
    BusGuard &guard = *session.guard(0);
    session.pipeline(0)->flush(clock.nowUs());
    addGuardStats(stats, guard);
    guard.close(); // polling stops here: a request still in flight is counted as cancelled
    stats.insert(QStringLiteral("cycles"), guard.pollCycles());
    QJsonObject per;
    const QMap<int, AddressStats> poll = guard.pollStats();
    for (auto it = poll.cbegin(); it != poll.cend(); ++it)
        per.insert(QString::number(it.key()), statsJson(it.value()));
    stats.insert(QStringLiteral("addresses"), per);
}

void canStats(BankSession &session, QJsonObject &stats)
{
    const CanLink &link = *session.canLink(0);
    const CanLink::Stats cs = link.stats();
    stats.insert(QStringLiteral("role"), LinkNames::role(link.role()));
    stats.insert(QStringLiteral("state"), LinkNames::state(link.state()));
    stats.insert(QStringLiteral("frames"), double(cs.frames));
    stats.insert(QStringLiteral("frames_sent"), double(cs.sent));
    stats.insert(QStringLiteral("error_frames"), double(cs.errorFrames));
    stats.insert(QStringLiteral("malformed"), double(cs.malformed));
    stats.insert(QStringLiteral("frames_per_second"), cs.framesPerSecond);
    stats.insert(QStringLiteral("bus_state"), cs.busState);
    stats.insert(QStringLiteral("dialect"), PylonCan::dialectName(session.pipeline(0)->dialect()));
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
    if (!loadBank(o.bank, error))
        return fail("monitor", error);

    SessionClock clock;
    BankSession session(clock);
    session.setRecordingNote(QStringLiteral("bankscope-cli monitor --protocol %1").arg(ProtocolNames::name(protocol)));
    const bool serial = !o.serial.isEmpty();
    bool looping = false;
    int status = 0;
    Countdown countdown(o.duration);
    QObject::connect(&session, &BankSession::error, [](const QString &message) { fail("monitor", message); });
    QObject::connect(&session, &BankSession::decoded,
                     [](const QString &link, const DecodedMessage &m, qint64 at) { JsonLines::print(messageJson(m, link, at)); });
    QObject::connect(&session, &BankSession::decodeFailed, [](const QString &link, ProtocolId p, const QString &e, qint64 at, CodecError::Kind) {
        JsonLines::print(failJson(p, e, link, at));
    });
    QObject::connect(&session, &BankSession::linkError, [](const QString &link, LinkError e, const QString &message) {
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("link-error")},
                                     {QStringLiteral("link"), link},
                                     {QStringLiteral("error"), LinkNames::error(e)},
                                     {QStringLiteral("message"), message}});
    });
    QObject::connect(&session, &BankSession::noticed, [](const QString &link, const LinkNotice &n) { printNotice("monitor", link, n); });
    QObject::connect(&session, &BankSession::roleDecided, [&](const QString &link, const RoleDecision &d) {
        printDecision("monitor", link, d);
        if (d.refused()) {
            // --poll beside another master: nothing was sent and nothing will be.
            status = 2;
            QCoreApplication::quit();
            return;
        }
        countdown.start(); // --duration counts once the role is decided
    });
    // An SLCAN adapter answers its set-up after the open: one that cannot be made silent ends
    // the command.
    QObject::connect(&session, &BankSession::linkFailed, [&](const QString &, const QString &message) {
        if (!looping || serial)
            return;
        fail("monitor", message);
        status = -1;
        QCoreApplication::quit();
    });

    SessionPlan plan;
    plan.sources.append(sourceOf(o));
    plan.recordTo = o.record;
    if (!session.start(plan))
        return 2;
    const LinkStatus opened = session.status(0);
    if (opened.phase == LinkStatus::Phase::Failed)
        return fail("monitor", failedLinkText(opened));
    const QString name = session.linkName(0);
    if (serial && session.guard(0)->phase() == BusGuard::Phase::Listening) {
        const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli monitor: %1: listening for %2 s before polling; nothing is sent meanwhile")
                                    .arg(name)
                                    .arg(session.guard(0)->windowMs() / 1000)
                                    .toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("listening")},
                                     {QStringLiteral("link"), name},
                                     {QStringLiteral("window_s"), session.guard(0)->windowMs() / 1000.0}});
    }
    looping = true;
    if (serial)
        countdown.run();
    else
        runLoop(o.duration);
    looping = false;
    if (status < 0)
        return 2;

    QJsonObject stats;
    stats.insert(QStringLiteral("link"), name);
    stats.insert(QStringLiteral("protocol"), ProtocolNames::name(protocol));
    if (serial)
        serialStats(session, stats, clock);
    else
        canStats(session, stats);
    const StreamDecoder::Stats ds = session.pipeline(0)->stats();
    stats.insert(QStringLiteral("decoded"), double(ds.decoded));
    stats.insert(QStringLiteral("failed"), double(ds.failed));
    stats.insert(QStringLiteral("fragments"), double(ds.fragments));
    stats.insert(QStringLiteral("foreign"), double(ds.foreign));
    stats.insert(QStringLiteral("undocumented"), double(ds.undocumented));
    stats.insert(QStringLiteral("discarded_bytes"), double(ds.discardedBytes));
    if (session.isRecording())
        stats.insert(QStringLiteral("recorded_events"), double(session.recordedEvents()));
    QObject::disconnect(&session, nullptr, nullptr, nullptr); // the statistics are the last line
    session.stop();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return status;
}
