// bankscope-cli diagnose: the "BMS communication fault" assistant (issue 22 item 4) headless.
// Runs one link through a BankSession in its safe default role (auto on RS485: listen first,
// poll only a silent bus; CAN only listens), recording what the wire carried to a temporary
// file, or reads a recording (--replay); the events go through a DiagnosisCollector and the
// Diagnosis ranks the causes. Prints one JSON object and exits 0: an empty list with "no fault
// seen" is an answer too. Beside another master it never polls, even with --poll, and reports
// that master as evidence. Bad options or files: exit 2 with a sentence.

#include "linkcommands.h"
#include "linkoptions.h"

#include "banksession.h"
#include "busguard.h"
#include "catalogue.h"
#include "clock.h"
#include "commissioningcommon.h"
#include "commissioningplan.h"
#include "diagnosis.h"
#include "diagnosiscollector.h"
#include "diagnosisinverter.h"
#include "logreader.h"
#include "protocoltable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace LinkCli;

namespace {

QString usageText()
{
    return QCoreApplication::translate("cli", "usage: diagnose (--serial PORT | --can PLUGIN:IFACE | --slcan PORT | --replay FILE) "
                                              "[--protocol P] [--baud B] [--listen | --poll] [--plan PLAN] [--bank FILE] [--duration S]");
}

// Feeds a recording, line by line, to the collector. False (and the sentence on stderr) when it
// cannot be read or a line is not an event.
bool feedRecording(const QString &path, DiagnosisCollector &collector, qint64 &lastUs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail("diagnose", QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    LogReader reader(&f);
    if (!reader.detect()) {
        fail("diagnose", QCoreApplication::translate("cli", "%1: not a recording (a BankScope recording, candump log, Vector ASC ...)").arg(path));
        return false;
    }
    SessionFormat::Event e;
    for (;;) {
        const LogReader::Status status = reader.next(e);
        if (status == LogReader::Status::End)
            break;
        if (status == LogReader::Status::Failed) {
            fail("diagnose", QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, reader.errorString()));
            return false;
        }
        if (status == LogReader::Status::BadLine) {
            fail("diagnose", QCoreApplication::translate("cli", "%1: line %2: %3").arg(path).arg(reader.lineNumber()).arg(reader.lineError()));
            return false;
        }
        collector.feed(e);
        lastUs = e.timeUs;
    }
    return true;
}

// The plan's pack addresses as a bank file the session polls by.
bool writeBank(const CommissioningPlan &plan, const Catalogue &catalogue, const QString &path)
{
    const BankConfig config = plan.bankConfig(catalogue);
    QJsonArray packs;
    for (const PackConfig &p : config.packs) {
        if (p.address <= 0)
            continue;
        packs.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("role"), p.role == PackRole::Master ? QStringLiteral("master") : QStringLiteral("slave")},
                                 {QStringLiteral("address"), p.address},
                                 // The bank file wants a capacity; polling does not use it.
                                 {QStringLiteral("capacity_Ah"), p.ratedCapacityAh > 0 ? p.ratedCapacityAh : 100.0}});
    }
    if (packs.isEmpty())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("architecture"), ArchitectureNames::name(config.architecture)}, {QStringLiteral("packs"), packs}}).toJson());
    return true;
}

void print(const DiagnosisEvidence &evidence)
{
    QJsonObject j = Diagnosis::diagnose(evidence).toJson();
    // The checks by hand recorded in the plan (the window's assistant saves them there): what was
    // found, and the ranking above already uses it.
    j.insert(QStringLiteral("found_by_hand"), Diagnosis::findingsJson(evidence.manual));
    QJsonArray links;
    for (const DiagnosisLink &l : evidence.links)
        links.append(QJsonObject{{QStringLiteral("link"), l.link},
                                 {QStringLiteral("protocol"), l.protocol},
                                 {QStringLiteral("polled"), l.transmitted},
                                 {QStringLiteral("duration_s"), l.durationS},
                                 {QStringLiteral("bytes_received"), double(l.bytesReceived)},
                                 {QStringLiteral("bytes_sent"), double(l.bytesSent)},
                                 {QStringLiteral("frames"), double(l.frames)},
                                 {QStringLiteral("bad_frames"), double(l.badFrames)}});
    j.insert(QStringLiteral("links"), links);
    const QByteArray out = QJsonDocument(j).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

} // namespace

int runDiagnose(const QStringList &arguments)
{
    // --replay and --plan are this command's own; the rest are the link options.
    QStringList args;
    QString replay;
    QString planPath;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--replay") || a == QLatin1String("--plan")) {
            if (i + 1 >= arguments.size())
                return fail("diagnose", QCoreApplication::translate("cli", "%1 needs a value").arg(a));
            (a == QLatin1String("--replay") ? replay : planPath) = arguments[++i];
            continue;
        }
        args.append(a);
    }
    Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("diagnose", o.error);
    const int sources = !o.serial.isEmpty() + !o.can.isEmpty() + !o.slcan.isEmpty() + !replay.isEmpty();
    if (sources != 1 || !o.positional.isEmpty() || !o.record.isEmpty() || !o.output.isEmpty())
        return fail("diagnose", usageText());
    const bool canLink = !o.can.isEmpty() || !o.slcan.isEmpty();
    if (!o.protocol)
        o.protocol = canLink ? ProtocolId::PylonCan : ProtocolId::PylontechRs485;
    const Medium medium = ProtocolTable::spec(*o.protocol).medium;
    if (!o.serial.isEmpty() && medium == Medium::Can)
        return fail("diagnose", QCoreApplication::translate("cli", "%1 is a CAN protocol: use --can or --slcan").arg(ProtocolNames::name(*o.protocol)));
    if (canLink && medium == Medium::Serial)
        return fail("diagnose", QCoreApplication::translate("cli", "%1 runs on RS485: use --serial").arg(ProtocolNames::name(*o.protocol)));
    if (canLink && o.role == RoleRequest::Poll)
        return fail("diagnose", QCoreApplication::translate("cli", "CAN links only listen: nothing polls on CAN"));
    QString error;
    if (!loadBank(o.bank, error))
        return fail("diagnose", error);

    std::optional<CommissioningPlan> plan;
    Catalogue catalogue;
    if (!planPath.isEmpty()) {
        catalogue = CommissioningCli::loadCatalogue();
        plan = CommissioningCli::readPlan("diagnose", planPath, catalogue);
        if (!plan)
            return 2;
    }
    const ProtocolId serialProtocol = medium == Medium::Serial ? *o.protocol : ProtocolId::PylontechRs485;
    DiagnosisCollector collector(serialProtocol);
    qint64 endUs = 0;

    if (!replay.isEmpty()) {
        if (!feedRecording(replay, collector, endUs))
            return 2;
    } else {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return fail("diagnose", QCoreApplication::translate("cli", "cannot create a temporary folder for the recording"));
        const QString recording = scratch.filePath(QStringLiteral("diagnose.log"));
        SessionSource source;
        source.kind = !o.serial.isEmpty() ? SessionSource::Kind::Serial : !o.slcan.isEmpty() ? SessionSource::Kind::Slcan : SessionSource::Kind::CanPlugin;
        source.device = !o.serial.isEmpty() ? o.serial : !o.slcan.isEmpty() ? o.slcan : o.can;
        source.protocol = o.protocol;
        source.role = o.role;
        source.listenWindowMs = listenWindowMs(o);
        source.bankFile = o.bank;
        if (plan && o.bank.isEmpty()) {
            const QString bank = scratch.filePath(QStringLiteral("bank.json"));
            if (writeBank(*plan, catalogue, bank))
                source.bankFile = bank;
        }
        if (source.kind == SessionSource::Kind::Serial) {
            source.speed = o.baud;
        } else {
            source.speed = canSettings(o).bitrate;
            if (source.kind == SessionSource::Kind::Slcan)
                source.adapterBaud = o.baud;
        }

        SessionClock clock;
        BankSession session(clock);
        session.setRecordingNote(QStringLiteral("bankscope-cli diagnose --protocol %1").arg(ProtocolNames::name(*o.protocol)));
        Countdown countdown(o.duration > 0 ? o.duration : 30.0);
        QObject::connect(&session, &BankSession::error, [](const QString &message) { fail("diagnose", message); });
        QObject::connect(&session, &BankSession::roleDecided, [&](const QString &link, const RoleDecision &d) {
            const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli diagnose: %1: %2").arg(link, d.text()).toUtf8();
            std::fprintf(stderr, "%s\n", line.constData());
            // Another master: BankScope only listens beside it (even asked to poll), and says who it heard.
            if (d.code == RoleDecision::Code::MasterPolls || d.code == RoleDecision::Code::OtherProtocolPolls
                || d.code == RoleDecision::Code::ForeignRequest)
                collector.noteOtherMaster(d.heardText());
            countdown.start();
        });
        SessionPlan sessionPlan;
        sessionPlan.sources.append(source);
        sessionPlan.recordTo = recording;
        if (!session.start(sessionPlan))
            return 2;
        const LinkStatus opened = session.status(0);
        if (opened.phase == LinkStatus::Phase::Failed)
            return fail("diagnose", opened.detail);
        if (source.kind == SessionSource::Kind::Serial && session.guard(0)->phase() == BusGuard::Phase::Listening) {
            const QByteArray line = QCoreApplication::translate("cli", "bankscope-cli diagnose: %1: listening for %2 s first; nothing is sent meanwhile")
                                        .arg(session.linkName(0))
                                        .arg(session.guard(0)->windowMs() / 1000)
                                        .toUtf8();
            std::fprintf(stderr, "%s\n", line.constData());
        } else {
            countdown.start();
        }
        countdown.run();
        endUs = clock.nowUs();
        QObject::disconnect(&session, nullptr, nullptr, nullptr);
        session.stop();
        qint64 lastUs = 0;
        if (!feedRecording(recording, collector, lastUs))
            return 2;
    }

    DiagnosisEvidence evidence = collector.finish(endUs);
    if (plan) {
        evidence.planInverter = plan->inverter.model.name;
        const PlanFact &setting = plan->inverter.setting;
        if (!setting.text.isEmpty())
            evidence.planBatteryType = setting.mark.isEmpty() ? setting.text : QStringLiteral("%1 [%2]").arg(setting.text, setting.mark);
        evidence.manual = plan->diagnosisChecks;
        // A link that only listened, where the inverter's cable runs: what the plan's inverter needs
        // by its profile and did not get is evidence for the inverter-side causes.
        DiagnosisInverterSide::add(evidence, *plan, catalogue);
    }
    print(evidence);
    return 0;
}
