#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "clock.h"
#include "sessionrecorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

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
    SessionClock clock;
    const QString name = linkName(o);
    SessionRecorder recorder;
    if (!recorder.open(o.output, QStringLiteral("bankscope-cli record (listen only)")))
        return fail("record", recorder.errorString());
    QJsonObject stats;
    stats.insert(QStringLiteral("link"), name);
    stats.insert(QStringLiteral("role"), LinkNames::role(LinkRole::Listen));
    int status = 0;
    // Recording never disturbs the bus: always a listen link.
    if (!o.serial.isEmpty()) {
        SerialSettings s;
        s.portName = o.serial;
        s.baudRate = o.baud > 0 ? o.baud : 115200;
        SerialListenLink link(s, clock);
        printLinkErrors(&link, name);
        recorder.attach(&link, name);
        if (!link.open())
            return fail("record", link.errorString());
        runLoop(o.duration);
        stats.insert(QStringLiteral("bytes_received"), double(link.bytesReceived()));
        stats.insert(QStringLiteral("bytes_sent"), double(link.bytesSent()));
        stats.insert(QStringLiteral("reconnects"), link.reconnects());
    } else {
        CanListenLink link(canSettings(o), clock);
        printLinkErrors(&link, name);
        QObject::connect(&link, &Link::noticed, [&](const LinkNotice &n) { printNotice("record", name, n); });
        QObject::connect(&link, &CanLink::framesReceived, [&](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames)
                recorder.recordCan(name, f.frame, f.atUs, f.frame.extended);
        });
        QObject::connect(&link, &Link::stateChanged, [&](LinkState st) {
            if (st == LinkState::Closed && link.error() != LinkError::NoError) {
                status = fail("record", link.errorString()); // an SLCAN adapter that cannot be made silent
                QCoreApplication::quit();
            }
        });
        if (!link.open())
            return fail("record", link.errorString());
        runLoop(o.duration);
        stats.insert(QStringLiteral("frames"), double(link.stats().frames));
        stats.insert(QStringLiteral("frames_sent"), double(link.stats().sent));
    }
    stats.insert(QStringLiteral("recorded_events"), double(recorder.events()));
    stats.insert(QStringLiteral("file"), o.output);
    recorder.close();
    JsonLines::print(QJsonObject{{QStringLiteral("stats"), stats}});
    return status;
}
