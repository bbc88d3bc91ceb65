// bankscope-cli drill: the failover drill on one listening link (drillcommand.h). The drill's logic is
// FailoverDrill (core); this file turns what the link decodes into its evidence, prints what it says
// and reads the installer's answers.

#include "drillcommand.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "clock.h"
#include "commissioningcommon.h"
#include "drillfeed.h"
#include "failoverdrill.h"
#include "failoverplanner.h"
#include "failovertexts.h"
#include "linkoptions.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <functional>
#include <unistd.h>

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

constexpr const char *kCommand = "drill";

void say(const QString &text)
{
    const QByteArray line = text.toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

// Reads lines from standard input for as long as it is open.
class LineInput
{
public:
    explicit LineInput(std::function<void(const QString &)> handle)
        : m_notifier(STDIN_FILENO, QSocketNotifier::Read)
        , m_handle(std::move(handle))
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, [this] {
            char buf[1024];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                m_notifier.setEnabled(false); // closed: the drill goes on (SIGINT still aborts)
                return;
            }
            m_input.append(buf, n);
            qsizetype nl;
            while ((nl = m_input.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_input.left(nl)).trimmed();
                m_input.remove(0, nl + 1);
                m_handle(line);
            }
            if (m_input.size() > 4096)
                m_input.clear(); // a line nobody types: dropped, not buffered without end
        });
    }

private:
    QSocketNotifier m_notifier;
    std::function<void(const QString &)> m_handle;
    QByteArray m_input;
};

QJsonObject eventJson(const DrillEvent &e)
{
    QJsonObject o{{QStringLiteral("at_s"), e.atS}, {QStringLiteral("event"), e.event}};
    if (!e.subject.isEmpty())
        o.insert(QStringLiteral("subject"), e.subject);
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    if (!e.heard.isEmpty())
        o.insert(QStringLiteral("heard"), QJsonArray::fromStringList(e.heard));
    return o;
}

QString hhmmss(double s)
{
    const int t = int(s);
    return QStringLiteral("%1:%2").arg(t / 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int runDrill(const QStringList &arguments)
{
    using namespace LinkCli;
    // The drill's own options first; the link options as every link command reads them.
    QString planPath;
    double limitS = 600.0;
    bool confirmed = false;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--plan") || a == QLatin1String("--limit")) {
            if (i + 1 >= arguments.size())
                return fail(kCommand, Cli::tr("%1 needs a value").arg(a));
            const QString v = arguments[++i];
            if (a == QLatin1String("--plan")) {
                planPath = v;
            } else {
                bool ok = false;
                limitS = v.toDouble(&ok);
                if (!ok || !std::isfinite(limitS) || limitS < 30 || limitS > 86400)
                    return fail(kCommand, Cli::tr("--limit needs seconds from 30 to 86400, got '%1'").arg(v));
            }
        } else if (a == QLatin1String("--confirm-live-site")) {
            confirmed = true;
        } else {
            rest.append(a);
        }
    }
    const Options o = parse(rest);
    if (!o.error.isEmpty())
        return fail(kCommand, o.error);
    const QString usage = Cli::tr("usage: drill --plan PLAN (--serial PORT | --can PLUGIN:IFACE | --slcan PORT) [--protocol P] [--baud B] "
                                  "[--bitrate N] [--limit S] [--confirm-live-site] [--output PLAN_OUT]");
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (planPath.isEmpty() || sources != 1 || !o.positional.isEmpty())
        return fail(kCommand, usage);
    if (o.role == RoleRequest::Poll)
        return fail(kCommand, Cli::tr("the drill only listens: --poll is refused"));
    if (o.probe || o.duration > 0 || !o.record.isEmpty() || !o.bank.isEmpty() || o.windowMs > 0)
        return fail(kCommand, usage);

    // --- The plan and its procedure ----------------------------------------------------------------
    const Catalogue catalogue = CommissioningCli::loadCatalogue();
    const std::optional<CommissioningPlan> plan = CommissioningCli::readPlan(kCommand, planPath, catalogue);
    if (!plan)
        return 2;
    const auto planned = FailoverPlanner::plan(*plan, catalogue);
    if (!planned)
        return fail(kCommand, Cli::tr("%1: no failover procedure to drill: %2").arg(planPath, planned.error().toString()));
    const FailoverProcedure &procedure = planned->procedure;
    if (FailoverDrill::unsupported(procedure)) {
        FailoverDrill probe(*plan, procedure, {});
        probe.start(0.0);
        return fail(kCommand, FailoverDrill::text(probe.instruction()));
    }

    // --- The link: which protocol, listening only --------------------------------------------------
    std::optional<ProtocolId> protocol = o.protocol;
    if (!protocol)
        protocol = ProtocolNames::fromName(plan->inverter.bmsProtocol);
    const bool serial = !o.serial.isEmpty();
    if (!protocol)
        return fail(kCommand, Cli::tr("the plan names no protocol BankScope decodes for the inverter link: give --protocol"));
    const Medium medium = ProtocolTable::spec(*protocol).medium;
    if (serial && medium == Medium::Can)
        return fail(kCommand, Cli::tr("%1 is a CAN protocol: use --can or --slcan, or give --protocol").arg(ProtocolNames::name(*protocol)));
    if (!serial && medium == Medium::Serial)
        return fail(kCommand, Cli::tr("%1 runs on RS485: use --serial, or give --protocol").arg(ProtocolNames::name(*protocol)));

    // --- A live site: say what it does to this site; run only when confirmed ------------------------
    const CanSettings can = canSettings(o);
    SessionSource source;
    source.kind = serial ? SessionSource::Kind::Serial : !o.slcan.isEmpty() ? SessionSource::Kind::Slcan : SessionSource::Kind::CanPlugin;
    source.device = serial ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
    source.protocol = protocol;
    source.role = RoleRequest::Listen;
    if (serial) {
        source.speed = o.baud;
    } else {
        source.speed = can.bitrate;
        if (source.kind == SessionSource::Kind::Slcan)
            source.adapterBaud = o.baud;
    }

    SessionPlan sessionPlan;
    const bool gx = procedure.kind == FailoverKind::Aggregator;
    QStringList bmss;
    if (gx) {
        // A GX bank: one interface per BMS, in the plan's order (--can virtualcan:can0,can1).
        if (serial)
            return fail(kCommand, Cli::tr("a GX bank is heard on CAN: give --can PLUGIN:IFACE,IFACE... or --slcan PORT,PORT..., one per BMS"));
        for (const PlanPack &p : plan->packs)
            bmss.append(p.id);
        const qsizetype colon = source.device.indexOf(QLatin1Char(':'));
        const QString prefix = source.kind == SessionSource::Kind::CanPlugin && colon >= 0 ? source.device.left(colon + 1) : QString();
        const QStringList interfaces = source.device.mid(prefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (interfaces.size() != bmss.size())
            return fail(kCommand, Cli::tr("this bank has %1 BMSs, each on its own GX port: give one interface per BMS in the plan's order (%2), "
                                          "e.g. --can socketcan:can0,can1 (got %3)")
                                      .arg(bmss.size())
                                      .arg(bmss.join(QStringLiteral(", ")))
                                      .arg(interfaces.size()));
        for (const QString &iface : interfaces) {
            SessionSource s = source;
            s.device = prefix + iface.trimmed();
            sessionPlan.sources.append(s);
        }
    } else {
        sessionPlan.sources.append(source);
    }
    const bool live = DrillFeed::isLive(sessionPlan);
    const QString consequence = FailoverDrill::consequence(procedure, limitS);
    JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("consequence")},
                                 {QStringLiteral("live"), live},
                                 {QStringLiteral("failed"), procedure.failed},
                                 {QStringLiteral("stand_in"), procedure.standIn},
                                 {QStringLiteral("limit_s"), limitS},
                                 {QStringLiteral("text"), consequence}});
    if (gx)
        say(Cli::tr("bankscope-cli drill: the BMS %1 will be switched off by hand while BankScope listens on every BMS's GX port; it never "
                    "transmits.")
                .arg(procedure.failed));
    else
        say(Cli::tr("bankscope-cli drill: the master %1 will be switched off and %2 made master by hand; BankScope only listens and never "
                    "transmits.")
                .arg(procedure.failed, procedure.standIn));
    say(Cli::tr("bankscope-cli drill: for this site: %1").arg(consequence));
    if (live && !confirmed) {
        QStringList steps;
        for (const FailoverStep &s : procedure.steps)
            steps.append(s.code);
        JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("not-confirmed")},
                                     {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
                                     {QStringLiteral("transmitted"), 0}});
        if (gx)
            say(Cli::tr("bankscope-cli drill: the drill would ask you to switch off the BMS %1, listen while the others carry on, then ask "
                        "for it back until every BMS is heard again.")
                    .arg(procedure.failed));
        else
            say(Cli::tr("bankscope-cli drill: the drill would ask you to switch off %1, then walk the failover steps (%2) and the restore "
                        "until one master is heard again.")
                    .arg(procedure.failed)
                    .arg(procedure.steps.size()));
        say(Cli::tr("bankscope-cli drill: this is a live site: nothing was done and nothing was transmitted. Add --confirm-live-site to "
                    "run the drill."));
        return 2;
    }

    SessionClock clock;
    BankSession session(clock);
    const PlanPack *failedPack = plan->pack(procedure.failed);
    const int masterAddress = 0x02 + 0x10 * (failedPack ? failedPack->group : 0);
    FailoverDrill::Settings settings;
    settings.limitS = limitS;
    FailoverDrill drill(*plan, procedure, settings);
    const qint64 startUs = clock.nowUs();
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto secondsAt = [startUs](qint64 us) { return (us - startUs) / 1e6; };
    bool pastBaseline = false;

    int printedEvents = 0;
    DrillInstruction shown;
    auto report = [&] {
        const QList<DrillEvent> &timeline = drill.timeline();
        for (; printedEvents < timeline.size(); ++printedEvents) {
            const DrillEvent &e = timeline[printedEvents];
            QJsonObject j = eventJson(e);
            j.insert(QStringLiteral("drill"), j.value(QStringLiteral("event")));
            j.insert(QStringLiteral("event"), QStringLiteral("timeline"));
            j.insert(QStringLiteral("text"), FailoverDrill::eventText(e));
            JsonLines::print(j);
            if (e.event != QLatin1String("instruction"))
                say(QStringLiteral("  [%1] %2").arg(hhmmss(e.atS), FailoverDrill::eventText(e)));
        }
        if (drill.phase() != FailoverDrill::Phase::Baseline)
            pastBaseline = true;
        const DrillInstruction &in = drill.instruction();
        if (in == shown)
            return;
        shown = in;
        QJsonObject j{{QStringLiteral("event"), QStringLiteral("instruction")},
                      {QStringLiteral("code"), in.code},
                      {QStringLiteral("phase"), FailoverDrill::phaseName(drill.phase())},
                      {QStringLiteral("needs_done"), in.needsDone},
                      {QStringLiteral("text"), FailoverDrill::text(in)}};
        if (in.step) {
            j.insert(QStringLiteral("step"), in.step->code);
            j.insert(QStringLiteral("index"), in.index);
            j.insert(QStringLiteral("count"), in.count);
            j.insert(QStringLiteral("basis"), StepBasisNames::name(in.step->basis));
        }
        QString line = in.step ? QStringLiteral(">>> %1/%2  %3").arg(in.index).arg(in.count).arg(FailoverDrill::text(in))
                               : QStringLiteral(">>> %1").arg(FailoverDrill::text(in));
        if (in.step) {
            const QString detail = FailoverDrill::stepDetail(*plan, *in.step);
            if (!detail.isEmpty()) {
                line += QStringLiteral("\n    ") + detail;
                j.insert(QStringLiteral("detail"), detail);
            }
        }
        if (in.step && in.step->basis == StepBasis::Unverified)
            line += QLatin1Char(' ') + Cli::tr("(not yet verified on this site: this drill tests it)");
        if (in.needsDone)
            line += QLatin1Char(' ') + Cli::tr("[type done when done, abort to stop]");
        JsonLines::print(j);
        say(line);
    };

    DrillFeed feed(session, masterAddress);
    feed.setStartUs(startUs);
    QObject::connect(&feed, &DrillFeed::reading, [&](const QString &pack, const PackReading &r) { drill.feedReading(pack, r); });
    QObject::connect(&feed, &DrillFeed::evidence, [&](const DrillEvidence &e) {
        drill.feed(e);
        report();
    });
    QObject::connect(&session, &BankSession::linkFailed, [&](const QString &link, const QString &message) {
        say(Cli::tr("bankscope-cli drill: %1: %2").arg(link, message));
    });
    QObject::connect(&session, &BankSession::noticed, [](const QString &link, const LinkNotice &n) { printNotice(kCommand, link, n); });

    if (!session.start(sessionPlan))
        return 2;
    QStringList linkNames;
    for (int i = 0; i < session.linkCount(); ++i) {
        const LinkStatus opened = session.status(i);
        if (opened.phase == LinkStatus::Phase::Failed)
            return fail(kCommand, opened.detail.isEmpty() ? opened.errorText : opened.detail);
        linkNames.append(session.linkName(i));
    }
    if (gx)
        feed.setPeerLinks(linkNames, bmss);
    say(Cli::tr("bankscope-cli drill: listening on %1 (%2); answer on standard input: done, abort, saw WHAT (what the inverter "
                "shows).")
            .arg(linkNames.join(QStringLiteral(", ")), ProtocolNames::name(*protocol)));

    drill.start(0.0);
    report();

    JsonLines::catchStopSignals();
    int interrupts = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (JsonLines::stopRequested()) {
            JsonLines::g_stop = 0;
            if (++interrupts == 1 && !drill.finished()) {
                drill.feed({DrillEvidence::Kind::Abort, secondsAt(clock.nowUs()), {}, false, false, {}});
                say(Cli::tr("bankscope-cli drill: aborting: follow the restore steps; BankScope listens until one master is heard "
                            "(interrupt again to quit at once)."));
            } else {
                say(Cli::tr("bankscope-cli drill: stopped before one master was heard again: check the bank by hand."));
                QCoreApplication::quit();
                return;
            }
        }
        drill.feed({DrillEvidence::Kind::Tick, secondsAt(clock.nowUs()), {}, false, false, {}});
        report();
        if (drill.finished())
            QCoreApplication::quit();
    });
    tick.start(100);
    LineInput input([&](const QString &line) {
        const double at = secondsAt(clock.nowUs());
        const QString word = line.section(QLatin1Char(' '), 0, 0).toLower();
        if (word == QLatin1String("done") || word.isEmpty()) {
            drill.feed({DrillEvidence::Kind::Done, at, {}, false, false, {}});
        } else if (word == QLatin1String("abort")) {
            drill.feed({DrillEvidence::Kind::Abort, at, {}, false, false, {}});
        } else if (word == QLatin1String("saw")) {
            drill.feed({DrillEvidence::Kind::Saw, at, {}, false, false, line.section(QLatin1Char(' '), 1).trimmed()});
        } else {
            JsonLines::print(QJsonObject{{QStringLiteral("event"), QStringLiteral("error")},
                                         {QStringLiteral("message"), Cli::tr("expected: done | abort | saw WHAT")}});
            say(Cli::tr("bankscope-cli drill: '%1' is not an answer: type done, abort or saw WHAT").arg(line));
        }
        report();
    });
    QCoreApplication::exec();
    tick.stop();
    // What BankScope sent on the links, read before they are closed: the drill only listens.
    double framesSent = 0.0;
    for (int i = 0; !serial && i < session.linkCount(); ++i)
        if (const CanLink *canLink = session.canLink(i))
            framesSent += double(canLink->stats().sent);
    const bool serialGuard = serial && session.guard(0);
    const double bytesSent = serialGuard ? double(session.guard(0)->bytesSent()) : 0.0;
    session.stop();

    // --- The result, the timeline and the plan -----------------------------------------------------
    const DrillRecord record = drill.record(startedAt);
    QJsonArray timeline;
    for (const DrillEvent &e : record.timeline)
        timeline.append(eventJson(e));
    QJsonObject result{{QStringLiteral("event"), QStringLiteral("result")},
                       {QStringLiteral("result"), record.result},
                       {QStringLiteral("reason"), drill.reason()},
                       {QStringLiteral("finished"), drill.finished()},
                       {QStringLiteral("proved"), QJsonArray::fromStringList(record.proved)},
                       {QStringLiteral("timeline"), timeline}};
    if (record.restoredAfterS)
        result.insert(QStringLiteral("restored_after_s"), *record.restoredAfterS);
    result.insert(QStringLiteral("frames_sent"), framesSent);
    if (record.bank) {
        // As the plan records it, with whether the BMS taken off set a limit and the views in words.
        FailoverRecord written;
        written.drill = record;
        QJsonObject bank = written.toJson().value(QStringLiteral("drill")).toObject().value(QStringLiteral("bank")).toObject();
        bank.insert(QStringLiteral("failed_set_limits"), record.bank->failedSetLimits());
        bank.insert(QStringLiteral("before_text"), FailoverDrill::bankViewText(record.bank->before));
        if (record.bank->after)
            bank.insert(QStringLiteral("after_text"), FailoverDrill::bankViewText(*record.bank->after));
        result.insert(QStringLiteral("bank"), bank);
    }
    if (serialGuard)
        result.insert(QStringLiteral("bytes_sent"), bytesSent);

    // A drill that never asked the master off changes nothing in the plan.
    if (pastBaseline) {
        const QString out = o.output.isEmpty() ? planPath : o.output;
        if (o.output.isEmpty()) {
            const QString backup = planPath + QStringLiteral(".bak");
            QFile::remove(backup);
            if (!QFile::copy(planPath, backup)) {
                JsonLines::print(result);
                return fail(kCommand, Cli::tr("cannot keep a backup of %1 as %2: the plan was not changed").arg(planPath, backup));
            }
            result.insert(QStringLiteral("backup"), backup);
        }
        if (!CommissioningCli::writeFile(kCommand, out, PlanJson::write(FailoverDrill::withRecord(*plan, record)))) {
            JsonLines::print(result);
            return 2;
        }
        result.insert(QStringLiteral("plan"), out);
    }
    JsonLines::print(result);
    say(Cli::tr("bankscope-cli drill: %1").arg(FailoverDrill::text(drill.instruction())));
    return record.result == QLatin1String("passed") ? 0 : 1;
}
