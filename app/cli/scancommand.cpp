#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "busscanner.h"
#include "clock.h"
#include "decodedmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace LinkCli;

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
