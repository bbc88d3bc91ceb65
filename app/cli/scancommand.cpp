#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "busguard.h"
#include "busscanner.h"
#include "clock.h"
#include "decodedmessage.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace LinkCli;

namespace {

QJsonObject resultJson(const BusScanner::Result &r)
{
    QJsonObject j;
    j.insert(QStringLiteral("address"), r.address);
    j.insert(QStringLiteral("verdict"), BusScanner::verdictName(r.verdict));
    j.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
    if (!r.note.isEmpty())
        j.insert(QStringLiteral("note"), r.note);
    j.insert(QStringLiteral("stats"), statsJson(r.stats));
    if (r.identity)
        j.insert(QStringLiteral("answer"), DecodedJson::toJson(*r.identity));
    return j;
}

// The addresses another master's traffic named, instead of probing: polled by it, answering it.
QList<QJsonObject> heardAddresses(const Heard &heard, ProtocolId protocol)
{
    const HeardProtocol *p = heard.of(protocol);
    if (!p || p->decoded == 0) {
        if (const auto best = heard.best())
            p = heard.of(*best);
    }
    QList<QJsonObject> out;
    if (!p)
        return out;
    QList<int> addresses = p->polled();
    for (int a : p->answering)
        if (!addresses.contains(a))
            addresses.append(a);
    std::sort(addresses.begin(), addresses.end());
    for (int a : std::as_const(addresses)) {
        QJsonObject j;
        j.insert(QStringLiteral("address"), a);
        j.insert(QStringLiteral("verdict"), QStringLiteral("heard"));
        j.insert(QStringLiteral("protocol"), ProtocolNames::name(p->protocol));
        j.insert(QStringLiteral("polled_by_master"), p->polled().contains(a));
        j.insert(QStringLiteral("answering"), p->answering.contains(a));
        QJsonArray messages;
        int requests = 0;
        for (const HeardRequest &r : p->requests) {
            if (r.address != a)
                continue;
            requests += r.count;
            messages.append(r.message);
        }
        j.insert(QStringLiteral("requests_heard"), requests);
        j.insert(QStringLiteral("messages"), messages);
        out.append(j);
    }
    return out;
}

} // namespace

int runScan(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("scan", o.error);
    if (o.serial.isEmpty() || !o.protocol)
        return fail("scan", QCoreApplication::translate("cli", "usage: scan --serial PORT --protocol P [--listen | --poll] [--window S] [--baud B] "
                                                               "[--attempts N] [--timeout MS]"));
    const ProtocolSpec &spec = ProtocolTable::spec(*o.protocol);
    if (!spec.scannable())
        return fail("scan", QCoreApplication::translate("cli", "a CAN bus has no addresses to scan: use monitor"));
    SessionClock clock;
    const QString name = linkName(o);
    BusScanner::Settings ss;
    ss.attempts = o.attempts;
    if (o.timeoutMs > 0)
        ss.timeoutMs = o.timeoutMs;

    BusGuard::Settings gs;
    gs.serial.portName = o.serial;
    gs.serial.baudRate = o.baud > 0 ? o.baud : defaultBaud(*o.protocol);
    gs.protocol = *o.protocol;
    gs.request = o.role;
    gs.windowMs = listenWindowMs(o);
    gs.poll = BusScanner::pollSettings(ss);
    BusGuard guard(gs, clock);
    printLinkErrors(&guard, name);

    std::unique_ptr<BusScanner> scanner;
    int status = 0;
    int probed = 0;
    QJsonArray heardJson;
    // The last word: what was decided, what was probed, what was heard.
    auto finish = [&] {
        QJsonObject summary;
        summary.insert(QStringLiteral("link"), name);
        summary.insert(QStringLiteral("protocol"), ProtocolNames::name(*o.protocol));
        summary.insert(QStringLiteral("role_requested"), RoleRequests::name(o.role));
        if (guard.decision())
            summary.insert(QStringLiteral("role_reason"), guard.decision()->toJson());
        summary.insert(QStringLiteral("probed"), probed);
        summary.insert(QStringLiteral("heard"), heardJson);
        summary.insert(QStringLiteral("bytes_sent"), double(guard.bytesSent()));
        summary.insert(QStringLiteral("heard_traffic"), guard.heard().toJson());
        JsonLines::print(QJsonObject{{QStringLiteral("scan"), summary}});
        QCoreApplication::quit();
    };
    auto reportHeard = [&] {
        for (const QJsonObject &j : heardAddresses(guard.heard(), *o.protocol)) {
            JsonLines::print(j);
            heardJson.append(j.value(QStringLiteral("address")));
        }
    };
    QObject::connect(&guard, &BusGuard::decided, [&](const RoleDecision &d) {
        printDecision("scan", name, d);
        if (d.refused())
            status = 2;
        if (d.role == LinkRole::Poll || scanner)
            return; // probing starts (pollingStarted), or a running scan reports when it stops
        if (o.role == RoleRequest::Listen) {
            // Listen only: the window's worth of listening, then what was heard.
            QTimer::singleShot(guard.windowMs(), &guard, [&] {
                reportHeard();
                finish();
            });
            return;
        }
        // Another master is on the bus: no address is probed.
        reportHeard();
        finish();
    });
    QObject::connect(&guard, &BusGuard::pollingStarted, [&](PollScheduler &scheduler) {
        scanner = std::make_unique<BusScanner>(scheduler, *o.protocol, ss);
        QObject::connect(scanner.get(), &BusScanner::finished, [&](const QList<BusScanner::Result> &results) {
            for (const BusScanner::Result &r : results) {
                probed += r.verdict != BusScanner::Verdict::NotProbed;
                JsonLines::print(resultJson(r));
            }
            if (scanner->stoppedBy()) {
                // Another master appeared mid-scan: what it said is reported too.
                reportHeard();
            }
            finish();
        });
        scanner->start();
    });
    if (!guard.open())
        return fail("scan", guard.errorString());
    if (guard.phase() == BusGuard::Phase::Listening) {
        const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli scan: %1: listening for %2 s before probing; nothing is sent meanwhile")
                                    .arg(name)
                                    .arg(guard.windowMs() / 1000)
                                    .toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
    }
    runLoop(0);
    return status;
}
