// bankscope-cli record: one link through a BankSession that only listens, every byte or frame
// written to a BankScope session file.

#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "busguard.h"
#include "canlink.h"
#include "clock.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace LinkCli;

int runRecord(const QStringList &args)
{
    Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("record", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (sources != 1 || o.output.isEmpty())
        return fail("record", QCoreApplication::translate("cli", "usage: record (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) --output FILE [--duration S] [--baud B] [--bitrate N]"));
    if (o.role == RoleRequest::Poll)
        return fail("record", QCoreApplication::translate("cli", "record only listens: it records what the bus carries (to poll and record: monitor --record)"));

    // Recording never disturbs the bus: always a listen link.
    SessionSource source;
    const bool serial = !o.serial.isEmpty();
    source.role = RoleRequest::Listen;
    if (serial) {
        source.kind = SessionSource::Kind::Serial;
        source.device = o.serial;
        source.speed = o.baud > 0 ? o.baud : 115200;
        if (o.protocol && ProtocolTable::spec(*o.protocol).medium == Medium::Serial)
            source.protocol = o.protocol;
    } else {
        source.kind = o.slcan.isEmpty() ? SessionSource::Kind::CanPlugin : SessionSource::Kind::Slcan;
        source.device = o.slcan.isEmpty() ? o.can : o.slcan;
        source.speed = canSettings(o).bitrate;
        if (!o.slcan.isEmpty())
            source.adapterBaud = o.baud;
    }
    SessionPlan plan;
    plan.sources.append(source);
    plan.recordTo = o.output;

    SessionClock clock;
    BankSession session(clock);
    session.setRecordingNote(QStringLiteral("bankscope-cli record (listen only)"));
    int status = 0;
    bool looping = false;
    QObject::connect(&session, &BankSession::error, [](const QString &message) { fail("record", message); });
    QObject::connect(&session, &BankSession::linkError, [](const QString &link, LinkError e, const QString &message) {
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("link-error")},
                                     {QStringLiteral("link"), link},
                                     {QStringLiteral("error"), LinkNames::error(e)},
                                     {QStringLiteral("message"), message}});
    });
    QObject::connect(&session, &BankSession::noticed, [](const QString &link, const LinkNotice &n) { printNotice("record", link, n); });
    QObject::connect(&session, &BankSession::linkFailed, [&](const QString &, const QString &message) {
        if (!looping || serial)
            return;
        status = fail("record", message); // an SLCAN adapter that cannot be made silent
        QCoreApplication::quit();
    });
    if (!session.start(plan))
        return 2;
    const LinkStatus opened = session.status(0);
    if (opened.phase == LinkStatus::Phase::Failed)
        return fail("record", failedLinkText(opened));
    looping = true;
    runLoop(o.duration);
    looping = false;

    QJsonObject stats;
    stats.insert(QStringLiteral("link"), session.linkName(0));
    stats.insert(QStringLiteral("role"), LinkNames::role(LinkRole::Listen));
    if (serial) {
        const BusGuard &guard = *session.guard(0);
        stats.insert(QStringLiteral("bytes_received"), double(guard.bytesReceived()));
        stats.insert(QStringLiteral("bytes_sent"), double(guard.bytesSent()));
        stats.insert(QStringLiteral("reconnects"), guard.link() ? guard.link()->reconnects() : guard.reconnects());
    } else {
        stats.insert(QStringLiteral("frames"), double(session.canLink(0)->stats().frames));
        stats.insert(QStringLiteral("frames_sent"), double(session.canLink(0)->stats().sent));
    }
    stats.insert(QStringLiteral("recorded_events"), double(session.recordedEvents()));
    stats.insert(QStringLiteral("file"), o.output);
    QObject::disconnect(&session, nullptr, nullptr, nullptr);
    session.stop();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return status;
}
