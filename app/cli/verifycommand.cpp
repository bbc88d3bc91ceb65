// bankscope-cli verify: live verification of a commissioning plan (issue 21 item 4), headless. One
// link through a BankSession with the session's safe role (RS485: auto by default, listen first,
// poll only a silent bus, never beside another master, even with --poll: the scan is then passive;
// CAN and SLCAN links only listen), the evidence gathered by SessionEvidence over the
// VerificationCollector the wizard uses, judged by CommissioningChecks. One JSON finding per line on stdout; progress on stderr.
// Exit 1 when a check fails, 2 for bad input, else 0. Nothing writes a BMS setting.

#include "commissioningcommands.h"
#include "commissioningcommon.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "busguard.h"
#include "clock.h"
#include "commissioningchecks.h"
#include "protocoltable.h"
#include "sessionevidence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const char *const kCommand = "verify";

void say(const QString &line)
{
    const QByteArray bytes = QCoreApplication::translate("cli", "bankscope-cli verify: %1").arg(line).toUtf8();
    std::fprintf(stderr, "%s\n", bytes.constData());
    std::fflush(stderr);
}

int usage()
{
    return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "usage: verify --plan PLAN.json (--serial PORT | --can PLUGIN:IFACE | "
                                                                      "--slcan PORT) [--protocol P] [--baud B] [--bitrate N] "
                                                                      "[--listen | --poll] [--duration S]"));
}

// The plan's link BankScope is plugged into on this medium: its own link first, else the link the
// inverter or the pack bus uses there (what the bank speaks on it).
const PlanLink *plannedLink(const CommissioningPlan &plan, const QString &medium)
{
    for (const PlanLink &l : plan.links)
        if (l.kind == QLatin1String("bankscope") && l.medium == medium)
            return &l;
    for (const PlanLink &l : plan.links)
        if (l.medium == medium && !l.protocol.isEmpty())
            return &l;
    return nullptr;
}

// The bank the session polls: the plan's packs that have a bus address, under the plan's ids, so
// the readings come back by the names on the plan (and a scan asks each planned address, serial
// number and firmware included).
QByteArray bankJson(const CommissioningPlan &plan, const Catalogue &catalogue)
{
    QJsonArray packs;
    bool first = true;
    for (const PlanPack &p : plan.packs) {
        if (!p.address || p.unit == QLatin1String("bmu"))
            continue;
        // The rated capacity weighs the bank's totals only; a model outside the catalogue has none
        // BankScope knows, and 100 Ah stands in (no check of verify reads it).
        const BatteryModel *model = p.model.inCatalogue() ? catalogue.battery(p.model.id) : nullptr;
        const std::optional<double> capacity = model && model->capacityAh.known() ? model->capacityAh.number() : std::nullopt;
        packs.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("address"), *p.address},
                                 {QStringLiteral("capacity_Ah"), capacity.value_or(100.0)},
                                 {QStringLiteral("role"), first ? QStringLiteral("master") : QStringLiteral("slave")}});
        first = false;
    }
    if (packs.isEmpty())
        return {};
    return QJsonDocument(QJsonObject{{QStringLiteral("architecture"), ArchitectureNames::name(plan.architecture)},
                                     {QStringLiteral("packs"), packs}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int runVerify(const QStringList &arguments)
{
    // --plan is this command's own; the rest are the link options every link command shares.
    QString planPath;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--plan")) {
            if (i + 1 >= arguments.size())
                return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 needs a value").arg(a));
            planPath = arguments[++i];
        } else if (a.startsWith(QLatin1String("--plan="))) {
            planPath = a.mid(7);
        } else {
            rest.append(a);
        }
    }
    const LinkCli::Options o = LinkCli::parse(rest);
    if (!o.error.isEmpty())
        return LinkCli::fail(kCommand, o.error);
    for (const auto &[given, name] : {std::pair{!o.bank.isEmpty(), "--bank"}, std::pair{!o.output.isEmpty(), "--output"},
                                      std::pair{o.probe, "--probe"}, std::pair{!o.record.isEmpty(), "--record"}})
        if (given)
            return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 is not an option of verify").arg(QLatin1String(name)));
    if (!o.positional.isEmpty())
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "unexpected argument '%1'").arg(o.positional.first()));
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty();
    if (planPath.isEmpty() || sources != 1)
        return usage();
    const bool serial = !o.serial.isEmpty();
    if (!serial && o.role == RoleRequest::Poll)
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "CAN links only listen: nothing polls on CAN"));

    const Catalogue catalogue = CommissioningCli::loadCatalogue();
    const std::optional<CommissioningPlan> read = CommissioningCli::readPlan(kCommand, planPath, catalogue);
    if (!read)
        return 2;
    const CommissioningPlan &plan = *read;

    // The protocol and speed: as given, else what the plan says for this medium.
    const QString medium = serial ? QStringLiteral("rs485") : QStringLiteral("can");
    const PlanLink *planned = plannedLink(plan, medium);
    std::optional<ProtocolId> protocol = o.protocol;
    if (!protocol && planned)
        protocol = ProtocolNames::fromName(planned->protocol);
    if (!protocol && !serial)
        protocol = ProtocolId::PylonCan;
    if (!protocol)
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "the plan names no protocol for an RS485 link: give --protocol"));
    const Medium wire = ProtocolTable::spec(*protocol).medium;
    if (serial && wire == Medium::Can)
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 is a CAN protocol: use --can or --slcan").arg(ProtocolNames::name(*protocol)));
    if (!serial && wire == Medium::Serial)
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 runs on RS485: use --serial").arg(ProtocolNames::name(*protocol)));

    SessionSource source;
    source.kind = serial ? SessionSource::Kind::Serial : !o.slcan.isEmpty() ? SessionSource::Kind::Slcan : SessionSource::Kind::CanPlugin;
    source.device = serial ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
    source.protocol = protocol;
    source.role = o.role;
    source.listenWindowMs = LinkCli::listenWindowMs(o);
    source.pollTimeoutMs = o.timeoutMs;
    const int plannedSpeed = planned && ProtocolNames::fromName(planned->protocol) == protocol ? planned->speed : 0;
    if (serial) {
        source.speed = o.baud > 0 ? o.baud : plannedSpeed > 0 ? plannedSpeed : LinkCli::defaultBaud(*protocol);
    } else {
        CanSettings cs = LinkCli::canSettings(o);
        source.speed = o.bitrate > 0 ? cs.bitrate : plannedSpeed > 0 ? plannedSpeed : cs.bitrate;
        if (source.kind == SessionSource::Kind::Slcan)
            source.adapterBaud = o.baud;
    }
    // RS485: the planned addresses are what is polled (on a silent bus) and named.
    QTemporaryFile bankFile;
    int addressed = 0;
    if (serial) {
        const QByteArray bank = bankJson(plan, catalogue);
        if (!bank.isEmpty()) {
            if (!bankFile.open() || bankFile.write(bank) != bank.size() || !bankFile.flush())
                return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "cannot write a temporary file: %1").arg(bankFile.errorString()));
            source.bankFile = bankFile.fileName();
            for (const PlanPack &p : plan.packs)
                addressed += p.address && p.unit != QLatin1String("bmu");
        }
    }
    // Long enough for one full poll cycle of the planned bank (identity reads, retries of a silent
    // module included) after the listen window; on CAN a few broadcast periods beyond the shortest
    // acceptance observation.
    const double duration = o.duration > 0 ? o.duration
                                           : serial ? std::max(15.0, 10.0 + 4.0 * addressed)
                                                    : CommissioningChecks::kMinListenS + 5.0;

    SessionClock clock;
    BankSession session(clock);
    SessionEvidence gathered(session);
    bool refused = false;
    int status = 0;
    LinkCli::Countdown countdown(duration);

    QObject::connect(&session, &BankSession::error, [](const QString &message) { LinkCli::fail(kCommand, message); });
    QObject::connect(&session, &BankSession::noticed, [](const QString &link, const LinkNotice &n) { say(QStringLiteral("%1: %2").arg(link, n.text())); });
    QObject::connect(&session, &BankSession::roleDecided, [&](const QString &link, const RoleDecision &d) {
        say(QStringLiteral("%1: %2").arg(link, d.text()));
        if (d.refused()) {
            // --poll beside another master: nothing is sent; the scan goes on passively.
            refused = true;
            say(QCoreApplication::translate("cli", "another master polls this bus: the scan is passive; an address it does not poll "
                                                   "is reported \"not polled\""));
        }
        say(QCoreApplication::translate("cli", "gathering evidence for %1 s").arg(duration));
        countdown.start();
    });
    bool looping = false;
    QObject::connect(&session, &BankSession::linkFailed, [&](const QString &, const QString &message) {
        if (!looping || serial)
            return;
        LinkCli::fail(kCommand, message);
        status = -1;
        QCoreApplication::quit();
    });

    SessionPlan sessionPlan;
    sessionPlan.sources.append(source);
    if (!session.start(sessionPlan))
        return 2;
    const LinkStatus opened = session.status(0);
    if (opened.phase == LinkStatus::Phase::Failed)
        return LinkCli::fail(kCommand, opened.nextStep.isEmpty() ? opened.detail : opened.detail + QLatin1Char(' ') + opened.nextStep);
    gathered.start();
    const QString name = session.linkName(0);
    // RS485: the plan's one BankScope link on the bank's bus, whatever role the guard chooses.
    if (serial && planned && planned->kind == QLatin1String("bankscope"))
        gathered.setPlanLink(name, planned->id);
    say(QCoreApplication::translate("cli", "plan %1: %n pack(s), checking on %2 (%3 at %4)", nullptr, int(plan.packs.size()))
            .arg(planPath, name, ProtocolNames::name(*protocol))
            .arg(source.speed));
    if (serial && session.guard(0)->phase() == BusGuard::Phase::Listening)
        say(QCoreApplication::translate("cli", "%1: listening for %2 s before anything is sent; nothing is sent beside another master")
                .arg(name)
                .arg(session.guard(0)->windowMs() / 1000));
    else
        countdown.start();

    // Progress every 5 s on stderr.
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        const LinkStatus st = session.status(0);
        say(QCoreApplication::translate("cli", "%1 s: %2, %3 frame(s) decoded, %4 pack(s) identified")
                .arg(elapsed.elapsed() / 1000)
                .arg(st.phaseLabel())
                .arg(st.frames)
                .arg(gathered.identifiedPacks()));
    });
    progress.start(5000);
    looping = true;
    countdown.run();
    looping = false;
    progress.stop();
    if (status < 0)
        return 2;

    session.flush();
    const VerificationEvidence evidence = gathered.evidence(plan);
    QObject::disconnect(&session, nullptr, nullptr, nullptr);
    session.stop();

    const QList<CheckFinding> findings = CommissioningChecks::run(plan, catalogue, evidence);
    int failed = 0;
    int notMeasured = 0;
    for (const CheckFinding &f : findings) {
        QJsonObject line = f.toJson();
        line.insert(QStringLiteral("args"), QJsonArray::fromStringList(f.args)); // the code's arguments: what was measured
        JsonLines::print(line);
        failed += f.status == CheckStatus::Fail;
        notMeasured += f.status == CheckStatus::NotMeasured;
    }
    say(QCoreApplication::translate("cli", "%n finding(s): %1 failed, %2 not measured%3", nullptr, int(findings.size()))
            .arg(failed)
            .arg(notMeasured)
            .arg(refused ? QCoreApplication::translate("cli", " (passive scan beside another master)") : QString()));
    return CommissioningChecks::anyFailed(findings) ? 1 : 0;
}
