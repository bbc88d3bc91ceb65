// bankscope-cli verify: live verification of a commissioning plan (issue 21 item 4), headless. One
// or several links (a pack bus and an inverter tap: --serial and --can in one run, as the window's
// connection dialog puts several sources in one SessionPlan) through one BankSession with the
// session's safe role (RS485: auto by default, listen first, poll only a silent bus, never beside
// another master, even with --poll: the scan is then passive; CAN and SLCAN links only listen),
// each link taken as the plan's BankScope link of its medium (the first --serial the first RS485
// one, ...), the evidence of every link gathered by SessionEvidence over the VerificationCollector
// the wizard uses and merged, judged by CommissioningChecks. One JSON finding per line on stdout; progress on stderr.
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

#include <QSet>

#include <algorithm>
#include <cmath>
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
                                                                      "--slcan PORT)... [--protocol P] [--baud B] [--bitrate N] "
                                                                      "[--listen | --poll] [--duration S] [--max-age S]"));
}

// The plan's link BankScope is plugged into as the `index`-th link of this medium: the plan's own
// BankScope links of that medium in order, else (for protocol and speed only) the link the
// inverter or the pack bus uses there (what the bank speaks on it).
const PlanLink *plannedLink(const CommissioningPlan &plan, const QString &medium, int index)
{
    QList<const PlanLink *> own;
    for (const PlanLink &l : plan.links)
        if (l.kind == QLatin1String("bankscope") && l.medium == medium)
            own.append(&l);
    if (!own.isEmpty())
        return own.value(index, own.last());
    for (const PlanLink &l : plan.links)
        if (l.medium == medium && !l.protocol.isEmpty())
            return &l;
    return nullptr;
}

// One link given on the command line, in the order given.
struct GivenLink
{
    SessionSource::Kind kind = SessionSource::Kind::Serial;
    QString device;
    bool serial() const { return kind == SessionSource::Kind::Serial; }
};

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
    // --plan, --max-age and the links (each --serial, --can, --slcan, as often as given) are this
    // command's own; the rest are the link options every link command shares.
    QString planPath;
    double maxAgeS = 0.0;
    QList<GivenLink> given;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const QString name = a.section(QLatin1Char('='), 0, 0);
        const bool inline_ = a.contains(QLatin1Char('='));
        static const QList<std::pair<QString, std::optional<SessionSource::Kind>>> own{
            {QStringLiteral("--plan"), std::nullopt},
            {QStringLiteral("--max-age"), std::nullopt},
            {QStringLiteral("--serial"), SessionSource::Kind::Serial},
            {QStringLiteral("--can"), SessionSource::Kind::CanPlugin},
            {QStringLiteral("--slcan"), SessionSource::Kind::Slcan}};
        const auto it = std::find_if(own.cbegin(), own.cend(), [&name](const auto &o) { return o.first == name; });
        if (it == own.cend()) {
            rest.append(a);
            continue;
        }
        QString value;
        if (inline_) {
            value = a.section(QLatin1Char('='), 1);
        } else {
            if (i + 1 >= arguments.size())
                return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 needs a value").arg(a));
            value = arguments[++i];
        }
        if (it->second) {
            given.append(GivenLink{*it->second, value});
        } else if (name == QLatin1String("--plan")) {
            planPath = value;
        } else {
            bool ok = false;
            maxAgeS = value.toDouble(&ok);
            if (!ok || !std::isfinite(maxAgeS) || maxAgeS < 1.0)
                return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 needs a number of seconds (1 or more), got '%2'").arg(name, value));
        }
    }
    const LinkCli::Options o = LinkCli::parse(rest);
    if (!o.error.isEmpty())
        return LinkCli::fail(kCommand, o.error);
    for (const auto &[isGiven, name] : {std::pair{!o.bank.isEmpty(), "--bank"}, std::pair{!o.output.isEmpty(), "--output"},
                                        std::pair{o.probe, "--probe"}, std::pair{!o.record.isEmpty(), "--record"}})
        if (isGiven)
            return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 is not an option of verify").arg(QLatin1String(name)));
    if (!o.positional.isEmpty())
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "unexpected argument '%1'").arg(o.positional.first()));
    if (planPath.isEmpty() || given.isEmpty())
        return usage();
    for (int i = 0; i < given.size(); ++i)
        for (int j = 0; j < i; ++j)
            if (given[i].device == given[j].device)
                return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 is given twice: one link per port or interface").arg(given[i].device));
    const bool anySerial = std::any_of(given.cbegin(), given.cend(), [](const GivenLink &g) { return g.serial(); });
    const bool anyCan = std::any_of(given.cbegin(), given.cend(), [](const GivenLink &g) { return !g.serial(); });
    if (!anySerial && o.role == RoleRequest::Poll)
        return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "CAN links only listen: nothing polls on CAN"));
    // --protocol names what one medium speaks: the links of that medium take it.
    if (o.protocol) {
        const Medium wire = ProtocolTable::spec(*o.protocol).medium;
        if (wire == Medium::Can && !anyCan)
            return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 is a CAN protocol: use --can or --slcan").arg(ProtocolNames::name(*o.protocol)));
        if (wire == Medium::Serial && !anySerial)
            return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "%1 runs on RS485: use --serial").arg(ProtocolNames::name(*o.protocol)));
    }

    const Catalogue catalogue = CommissioningCli::loadCatalogue();
    const std::optional<CommissioningPlan> read = CommissioningCli::readPlan(kCommand, planPath, catalogue);
    if (!read)
        return 2;
    const CommissioningPlan &plan = *read;

    // Each link: its protocol and speed as given, else what the plan says for its medium.
    QTemporaryFile bankFile;
    int addressed = 0;
    SessionPlan sessionPlan;
    QList<const PlanLink *> planned;
    int serialIndex = 0;
    int canIndex = 0;
    for (const GivenLink &g : given) {
        const bool serial = g.serial();
        const QString medium = serial ? QStringLiteral("rs485") : QStringLiteral("can");
        const PlanLink *link = plannedLink(plan, medium, serial ? serialIndex++ : canIndex++);
        planned.append(link);
        std::optional<ProtocolId> protocol;
        if (o.protocol && (ProtocolTable::spec(*o.protocol).medium == Medium::Can) != serial)
            protocol = o.protocol;
        if (!protocol && link)
            protocol = ProtocolNames::fromName(link->protocol);
        if (protocol && (ProtocolTable::spec(*protocol).medium == Medium::Can) == serial)
            protocol.reset(); // the plan's protocol for this medium is of the other wire
        if (!protocol && !serial)
            protocol = ProtocolId::PylonCan;
        if (!protocol)
            return LinkCli::fail(kCommand, QCoreApplication::translate("cli", "the plan names no protocol for an RS485 link: give --protocol"));

        SessionSource source;
        source.kind = g.kind;
        source.device = g.device;
        source.protocol = protocol;
        source.role = serial ? o.role : RoleRequest::Auto;
        source.listenWindowMs = LinkCli::listenWindowMs(o);
        source.pollTimeoutMs = o.timeoutMs;
        const int plannedSpeed = link && ProtocolNames::fromName(link->protocol) == protocol ? link->speed : 0;
        if (serial) {
            source.speed = o.baud > 0 ? o.baud : plannedSpeed > 0 ? plannedSpeed : LinkCli::defaultBaud(*protocol);
        } else {
            LinkCli::Options one = o;
            one.serial.clear();
            one.can = source.kind == SessionSource::Kind::CanPlugin ? g.device : QString();
            one.slcan = source.kind == SessionSource::Kind::Slcan ? g.device : QString();
            const CanSettings cs = LinkCli::canSettings(one);
            source.speed = o.bitrate > 0 ? cs.bitrate : plannedSpeed > 0 ? plannedSpeed : cs.bitrate;
            if (source.kind == SessionSource::Kind::Slcan)
                source.adapterBaud = anySerial ? 0 : o.baud; // --baud is the RS485 link's when there is one
        }
        // RS485: the planned addresses are what is polled (on a silent bus) and named.
        if (serial) {
            if (bankFile.fileName().isEmpty()) {
                const QByteArray bank = bankJson(plan, catalogue);
                if (!bank.isEmpty()) {
                    if (!bankFile.open() || bankFile.write(bank) != bank.size() || !bankFile.flush())
                        return LinkCli::fail(kCommand,
                                             QCoreApplication::translate("cli", "cannot write a temporary file: %1").arg(bankFile.errorString()));
                    for (const PlanPack &p : plan.packs)
                        addressed += p.address && p.unit != QLatin1String("bmu");
                }
            }
            source.bankFile = bankFile.fileName();
        }
        sessionPlan.sources.append(source);
    }
    // Long enough for one full poll cycle of the planned bank (identity reads, retries of a silent
    // module included) after the listen window; on CAN a few broadcast periods beyond the shortest
    // acceptance observation.
    const double duration = o.duration > 0 ? o.duration
                                           : anySerial ? std::max(15.0, 10.0 + 4.0 * addressed)
                                                       : CommissioningChecks::kMinListenS + 5.0;

    SessionClock clock;
    BankSession session(clock);
    SessionEvidence gathered(session);
    if (maxAgeS > 0)
        gathered.setMaxReadingAgeS(maxAgeS);
    QSet<QString> refused;
    QSet<QString> undecided; // RS485 links still in their listen window: the countdown waits for them
    int status = 0;
    LinkCli::Countdown countdown(duration);
    auto startCountdown = [&] {
        if (!undecided.isEmpty())
            return;
        say(QCoreApplication::translate("cli", "gathering evidence for %1 s").arg(duration));
        countdown.start();
    };

    QObject::connect(&session, &BankSession::error, [](const QString &message) { LinkCli::fail(kCommand, message); });
    QObject::connect(&session, &BankSession::noticed, [](const QString &link, const LinkNotice &n) { say(QStringLiteral("%1: %2").arg(link, n.text())); });
    QObject::connect(&session, &BankSession::roleDecided, [&](const QString &link, const RoleDecision &d) {
        say(QStringLiteral("%1: %2").arg(link, d.text()));
        if (d.refused()) {
            // --poll beside another master: nothing is sent; the scan goes on passively.
            refused.insert(link);
            say(QCoreApplication::translate("cli", "another master polls this bus: the scan is passive; an address it does not poll "
                                                   "is reported \"not polled\""));
        }
        if (undecided.remove(link))
            startCountdown();
    });
    bool looping = false;
    QObject::connect(&session, &BankSession::linkFailed, [&](const QString &link, const QString &message) {
        for (int i = 0; i < session.linkCount(); ++i)
            if (session.linkName(i) == link && given.value(i).serial())
                return; // an RS485 link retries; what it did not hear is evidence too
        if (!looping)
            return;
        LinkCli::fail(kCommand, message);
        status = -1;
        QCoreApplication::quit();
    });

    if (!session.start(sessionPlan))
        return 2;
    for (int i = 0; i < session.linkCount(); ++i) {
        const LinkStatus opened = session.status(i);
        if (opened.phase == LinkStatus::Phase::Failed)
            return LinkCli::fail(kCommand, LinkCli::failedLinkText(opened));
    }
    gathered.start();
    for (int i = 0; i < session.linkCount(); ++i) {
        const QString name = session.linkName(i);
        const SessionSource &source = sessionPlan.sources[i];
        const bool serial = given[i].serial();
        // RS485: the plan's BankScope link on the bank's bus, whatever role the guard chooses.
        if (serial && planned[i] && planned[i]->kind == QLatin1String("bankscope"))
            gathered.setPlanLink(name, planned[i]->id);
        say(QCoreApplication::translate("cli", "plan %1: %n pack(s), checking on %2 (%3 at %4)", nullptr, int(plan.packs.size()))
                .arg(planPath, name, ProtocolNames::name(*source.protocol))
                .arg(source.speed));
        if (serial && session.guard(i)->phase() == BusGuard::Phase::Listening) {
            undecided.insert(name);
            say(QCoreApplication::translate("cli", "%1: listening for %2 s before anything is sent; nothing is sent beside another master")
                    .arg(name)
                    .arg(session.guard(i)->windowMs() / 1000));
        }
    }
    startCountdown();

    // Progress every 5 s on stderr, one line per link.
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        for (int i = 0; i < session.linkCount(); ++i) {
            const LinkStatus st = session.status(i);
            const QList<PackIdentity> ids = gathered.identities(st.name);
            const QString line = QCoreApplication::translate("cli", "%1 s: %2, %3 frame(s) decoded, %4 pack(s) identified")
                                     .arg(elapsed.elapsed() / 1000)
                                     .arg(st.phaseLabel())
                                     .arg(st.frames)
                                     .arg(std::count_if(ids.cbegin(), ids.cend(), [](const PackIdentity &id) { return !id.serial.isEmpty(); }));
            say(session.linkCount() > 1 ? QStringLiteral("%1: %2").arg(st.name, line) : line);
        }
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
            .arg(!refused.isEmpty() ? QCoreApplication::translate("cli", " (passive scan beside another master)") : QString()));
    return CommissioningChecks::anyFailed(findings) ? 1 : 0;
}
