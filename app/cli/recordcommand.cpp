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
