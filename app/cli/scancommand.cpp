// bankscope-cli scan: a BankSession in scan mode (its serial link's role decides whether anything
// is probed), the addresses probed or heard printed as JSON lines, the summary last.

#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "busguard.h"
#include "busscanner.h"
#include "clock.h"
#include "decodedmessage.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

    // The scan runs in a BankSession: its serial link starts in the role asked for (auto by
    // default), and only probes once that role allows it.
    SessionSource source;
    source.kind = SessionSource::Kind::Serial;
    source.device = o.serial;
    source.protocol = o.protocol;
    source.role = o.role;
    source.speed = o.baud > 0 ? o.baud : defaultBaud(*o.protocol);
    source.listenWindowMs = listenWindowMs(o);
    SessionPlan plan;
    plan.sources.append(source);
    BusScanner::Settings ss;
    ss.attempts = o.attempts;
    if (o.timeoutMs > 0)
        ss.timeoutMs = o.timeoutMs;

    SessionClock clock;
    BankSession session(clock);
    const QString name = linkName(o);
    int status = 0;
    int probed = 0;
    QJsonArray heardJson;
    QObject::connect(&session, &BankSession::error, [](const QString &message) { fail("scan", message); });
    QObject::connect(&session, &BankSession::linkError, [](const QString &link, LinkError e, const QString &message) {
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("link-error")},
                                     {QStringLiteral("link"), link},
                                     {QStringLiteral("error"), LinkNames::error(e)},
                                     {QStringLiteral("message"), message}});
    });
    QObject::connect(&session, &BankSession::roleDecided, [&](const QString &, const RoleDecision &d) {
        printDecision("scan", name, d);
        if (d.refused())
            status = 2;
    });
    // The last word: what was probed, what was heard, what was decided.
    QObject::connect(&session, &BankSession::scanFinished, [&](const QString &, const QList<BusScanner::Result> &results, bool stopped) {
        const BusGuard &guard = *session.guard(0);
        for (const BusScanner::Result &r : results) {
            probed += r.verdict != BusScanner::Verdict::NotProbed;
            JsonLines::print(resultJson(r));
        }
        // Nothing probed (another master, or --listen), or another master appeared mid-scan:
        // the addresses its traffic named.
        if (results.isEmpty() || stopped) {
            for (const QJsonObject &j : heardAddresses(guard.heard(), *o.protocol)) {
                JsonLines::print(j);
                heardJson.append(j.value(QStringLiteral("address")));
            }
        }
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
    });
    if (!session.startScan(plan, ss))
        return 2;
    const LinkStatus opened = session.status(0);
    if (opened.phase == LinkStatus::Phase::Failed)
        return fail("scan", failedLinkText(opened));
    if (session.guard(0)->phase() == BusGuard::Phase::Listening) {
        const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli scan: %1: listening for %2 s before probing; nothing is sent meanwhile")
                                    .arg(name)
                                    .arg(session.guard(0)->windowMs() / 1000)
                                    .toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
    }
    runLoop(0);
    QObject::disconnect(&session, nullptr, nullptr, nullptr);
    session.stop();
    return status;
}
