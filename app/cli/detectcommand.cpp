#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "clock.h"
#include "passivedetector.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace LinkCli;

namespace {

QJsonObject probeJson(const PassiveDetector::Probe &p)
{
    QJsonObject j;
    j.insert(QStringLiteral("baud"), p.baud);
    j.insert(QStringLiteral("protocol"), ProtocolNames::name(p.protocol));
    j.insert(QStringLiteral("address"), p.request.address);
    j.insert(QStringLiteral("request"), p.request.label);
    j.insert(QStringLiteral("hex"), QString::fromLatin1(p.request.bytes.toHex(' ').toUpper()));
    if (p.protocol == ProtocolId::PylontechRs485)
        j.insert(QStringLiteral("text"), QString::fromLatin1(p.request.bytes).trimmed());
    return j;
}

} // namespace

int runDetect(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("detect", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (sources != 1 || o.role != RoleRequest::Auto)
        return fail("detect", QCoreApplication::translate("cli", "usage: detect (--serial PORT | --slcan PORT | --can PLUGIN:IFACE) [--probe] "
                                                                 "[--window S] [--baud B | --bitrate N]"));
    const bool can = o.serial.isEmpty();
    if (can && o.probe)
        return fail("detect", QCoreApplication::translate("cli", "CAN is never probed: detect listens at each bit rate"));
    SessionClock clock;
    const QString name = linkName(o);
    PassiveDetector::Settings ds;
    if (can) {
        ds.can = canSettings(o);
        if (o.bitrate > 0)
            ds.speeds = {o.bitrate};
    } else {
        ds.serialPort = o.serial;
        if (o.baud > 0)
            ds.speeds = {o.baud};
        ds.windowMs = listenWindowMs(o); // probing may follow: the full window at every speed
    }
    if (can && o.windowMs > 0)
        ds.windowMs = o.windowMs;
    ds.probe = o.probe;
    if (o.timeoutMs > 0)
        ds.probeTimeoutMs = o.timeoutMs;
    PassiveDetector detector(ds, clock);
    const QString unit = can ? QStringLiteral("bit/s") : QStringLiteral("baud");
    auto say = [](const QString &text) {
        const QByteArray line = text.toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
    };
    if (can && ds.can->plugin != QLatin1String("slcan") && detector.speeds().size() == 1) {
        say(QCoreApplication::translate("cli", "bankscope-cli detect: %1: the bit rate is searched only on an SLCAN adapter (it can be made "
                                               "silent at each rate); listening at %2 bit/s")
                .arg(name)
                .arg(detector.speeds().first()));
    }
    QObject::connect(&detector, &PassiveDetector::candidateStarted, [&](qint32 speed, int windowMs) {
        say(QCoreApplication::translate("cli", "bankscope-cli detect: %1: listening at %2 %3 for %4 s")
                .arg(name)
                .arg(speed)
                .arg(unit)
                .arg(windowMs / 1000.0));
    });
    QObject::connect(&detector, &PassiveDetector::candidateDone, [&](const PassiveDetector::Candidate &c) {
        QJsonObject j;
        j.insert(QStringLiteral("link"), name);
        j.insert(QStringLiteral("speed"), c.speed);
        j.insert(QStringLiteral("unit"), unit);
        j.insert(QStringLiteral("heard"), c.heard.toJson());
        const auto best = c.heard.best();
        j.insert(QStringLiteral("decodes_as"), best ? QJsonValue(ProtocolNames::name(*best)) : QJsonValue(QJsonValue::Null));
        if (can)
            j.insert(QStringLiteral("error_frames"), double(c.errorFrames));
        if (!c.error.isEmpty())
            j.insert(QStringLiteral("error"), c.error);
        JsonLines::print(QJsonObject{{QStringLiteral("candidate"), j}});
    });
    QObject::connect(&detector, &PassiveDetector::probesPlanned, [&](const QList<PassiveDetector::Probe> &plan) {
        // Shown before the first byte leaves.
        QJsonArray sends;
        for (const PassiveDetector::Probe &p : plan) {
            sends.append(probeJson(p));
            say(QCoreApplication::translate("cli", "bankscope-cli detect: %1: silent at every speed; will send at %2 baud to %3 (%4 %5): %6")
                    .arg(name)
                    .arg(p.baud)
                    .arg(p.request.address)
                    .arg(ProtocolNames::name(p.protocol), p.request.label, QString::fromLatin1(p.request.bytes.toHex(' ').toUpper())));
        }
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("probe-plan")},
                                     {QStringLiteral("link"), name},
                                     {QStringLiteral("sends"), sends}});
    });
    QObject::connect(&detector, &PassiveDetector::probeDone, [&](const PassiveDetector::Probe &p) {
        QJsonObject j = probeJson(p);
        j.insert(QStringLiteral("outcome"), p.outcome);
        if (p.answer)
            j.insert(QStringLiteral("answer"), DecodedJson::toJson(*p.answer));
        JsonLines::print(QJsonObject{{QStringLiteral("probe"), j}});
    });
    int status = 0;
    QObject::connect(&detector, &PassiveDetector::finished, [&](const PassiveDetector::Result &r) {
        QJsonObject j;
        j.insert(QStringLiteral("link"), name);
        j.insert(QStringLiteral("medium"), can ? QStringLiteral("can") : QStringLiteral("serial"));
        j.insert(QStringLiteral("silent"), r.silent);
        j.insert(QStringLiteral("protocol"), r.protocol ? QJsonValue(ProtocolNames::name(*r.protocol)) : QJsonValue(QJsonValue::Null));
        j.insert(QStringLiteral("speed"), r.speed ? QJsonValue(*r.speed) : QJsonValue(QJsonValue::Null));
        j.insert(QStringLiteral("probed"), r.probed);
        if (r.interrupted)
            j.insert(QStringLiteral("interrupted"), true);
        if (!r.error.isEmpty())
            j.insert(QStringLiteral("error"), r.error);
        j.insert(QStringLiteral("text"), r.text());
        JsonLines::print(QJsonObject{{QStringLiteral("detect"), j}});
        say(QCoreApplication::translate("cli", "bankscope-cli detect: %1: %2").arg(name, r.text()));
        if (!r.error.isEmpty())
            status = 2;
        QCoreApplication::quit();
    });
    detector.start();
    runLoop(0);
    return status;
}
