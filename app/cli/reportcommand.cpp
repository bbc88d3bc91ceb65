#include "commissioningcommands.h"
#include "commissioningcommon.h"

#include "../common/jsonlines.h"
#include "bankobserver.h"
#include "commissioningchecks.h"
#include "decodepipeline.h"
#include "logreader.h"
#include "reportbuilder.h"
#include "reportprinter.h"
#include "sessionformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTranslator>

#include <memory>

using namespace CommissioningCli;

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QStringList languages()
{
    QStringList out{QStringLiteral("en")};
    for (const QString &f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bankscope_*.qm")}))
        out.append(f.mid(10, f.size() - 13));
    return out;
}

// Readings at hand-over from a recording: replayed through the same decoding path as `replay`,
// the packs found by their planned address (a recording carries no serial numbers, and the
// report says so), alarms collected as they were seen.
bool readSession(const QString &path, CommissioningPlan &plan, const Catalogue &catalogue)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail("report", Cli::tr("cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    // Streamed a line at a time (LogReader): a day-long recording, or a wrong 100 MB file, is
    // read in the memory of a short one. Any log format replay reads; every line must be good.
    LogReader reader(&f);
    if (!reader.detect()) {
        fail("report", Cli::tr("%1: not a recording (a BankScope recording, candump log, Vector ASC ...): %2")
                           .arg(path, reader.sampleTooLong() ? Cli::tr("a line longer than %1 bytes").arg(LineReader::kDefaultMaxLine)
                           : reader.sample().isEmpty()       ? Cli::tr("the file is empty")
                                                             : Cli::tr("its first lines are none of them")));
        return false;
    }
    // The protocol of the plan's serial links; CAN is always Pylon/SMA/Victron CAN.
    QString serialProtocol;
    for (const PlanLink &l : plan.links)
        if (l.kind == QLatin1String("bankscope") && l.medium == QLatin1String("rs485") && !l.protocol.isEmpty() && serialProtocol.isEmpty())
            serialProtocol = l.protocol;
    const BankConfig config = plan.bankConfig(catalogue);
    QHash<QString, std::shared_ptr<DecodePipeline>> pipelines;
    qint64 lastUs = 0;
    QList<AlarmSeen> alarms;
    QSet<QString> alarmKeys;
    SessionFormat::Event e;
    for (;;) {
        const LogReader::Status status = reader.next(e);
        if (status == LogReader::Status::End) {
            if (!reader.finishError().isEmpty()) {
                fail("report", Cli::tr("%1: line %2: %3").arg(path).arg(reader.lineNumber()).arg(reader.finishError()));
                return false;
            }
            break;
        }
        if (status == LogReader::Status::Failed) {
            fail("report", Cli::tr("cannot read %1: %2").arg(path, reader.errorString()));
            return false;
        }
        if (status == LogReader::Status::BadLine) {
            fail("report", Cli::tr("%1: line %2: %3").arg(path).arg(reader.lineNumber()).arg(reader.lineError()));
            return false;
        }
        if (e.kind == SessionFormat::Kind::SerialTx && serialProtocol.isEmpty())
            continue;
        const bool can = e.kind == SessionFormat::Kind::Can;
        const QString protocolName = can ? QStringLiteral("pylon-can") : serialProtocol;
        const std::optional<ProtocolId> protocol = ProtocolNames::fromName(protocolName);
        if (!protocol) {
            fail("report", Cli::tr("%1: the recording has serial traffic, but the plan names no serial protocol to decode it").arg(path));
            return false;
        }
        auto &pipeline = pipelines[e.link];
        if (!pipeline)
            pipeline = std::make_shared<DecodePipeline>(*protocol, config, e.link);
        if (can) {
            CanFrameData frame;
            frame.id = e.canId;
            frame.extended = e.extended;
            frame.data = e.data;
            pipeline->feedCan(frame, e.timeUs);
        } else {
            pipeline->feedSerial(e.data, e.timeUs);
        }
        lastUs = e.timeUs;
    }
    VerificationEvidence evidence;
    evidence.nowMs = lastUs / 1000;
    for (const auto &pipeline : std::as_const(pipelines)) {
        pipeline->flush(lastUs);
        for (const PackReading &r : pipeline->observer().readings()) {
            PackEvidence pe;
            if (const PlanPack *p = plan.pack(r.packId))
                pe.address = p->address;
            pe.reading = r;
            evidence.packs.append(pe);
            const Faults faults = r.faults.value_or(Faults());
            for (Fault fault : FaultNames::all()) {
                if (!faults.testFlag(fault))
                    continue;
                const QString key = r.packId + FaultNames::name(fault);
                if (alarmKeys.contains(key))
                    continue;
                alarmKeys.insert(key);
                alarms.append({QDateTime::fromMSecsSinceEpoch(r.faults.atMs, Qt::UTC).toString(Qt::ISODate), r.packId, FaultNames::name(fault)});
            }
        }
    }
    const QString at = QDateTime::fromMSecsSinceEpoch(evidence.nowMs, Qt::UTC).toString(Qt::ISODate);
    const Handover h = CommissioningChecks::handover(plan, evidence, at, QFileInfo(path).fileName());
    if (h.packs.isEmpty()) {
        fail("report", Cli::tr("%1: no reading of any planned pack in the recording").arg(path));
        return false;
    }
    plan.handover = h;
    plan.alarms += alarms;
    return true;
}

} // namespace

// `bankscope-cli report --plan PLAN [--session FILE] [--lang CODE] [--paper a4|letter] --output FILE.pdf|.html`
int runReport(const QStringList &args)
{
    const Options o = parseOptions(args,
                                   {QStringLiteral("plan"), QStringLiteral("session"), QStringLiteral("lang"), QStringLiteral("paper"), QStringLiteral("output")},
                                   {}, {{QStringLiteral("o"), QStringLiteral("output")}});
    if (!o.error.isEmpty())
        return fail("report", o.error);
    if (!o.positional.isEmpty())
        return fail("report", Cli::tr("unexpected argument '%1'").arg(o.positional.first()));
    if (!o.has(QStringLiteral("plan")))
        return fail("report", Cli::tr("--plan PLAN.json is required"));
    if (!o.has(QStringLiteral("output")))
        return fail("report", Cli::tr("--output FILE.pdf or FILE.html (or -o) is required"));
    const QString output = o.value(QStringLiteral("output"));
    const bool pdf = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) && !output.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return fail("report", Cli::tr("--output names a .pdf or an .html file, got '%1'").arg(output));
    const auto paper = ReportPrinter::paperFromName(o.has(QStringLiteral("paper")) ? o.value(QStringLiteral("paper")) : QStringLiteral("a4"));
    if (!paper)
        return fail("report", Cli::tr("--paper is a4 or letter, got '%1'").arg(o.value(QStringLiteral("paper"))));

    // The report's language, chosen apart from anything else: a translator for this run only.
    const QString lang = o.has(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : QStringLiteral("en");
    QTranslator translator;
    if (lang != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/bankscope_%1.qm").arg(lang)))
            return fail("report", Cli::tr("no translation for '%1' (available: %2)").arg(lang, languages().join(QStringLiteral(", "))));
        QCoreApplication::installTranslator(&translator);
    }

    const Catalogue catalogue = loadCatalogue();
    std::optional<CommissioningPlan> plan = readPlan("report", o.value(QStringLiteral("plan")), catalogue);
    if (!plan)
        return 2;
    if (o.has(QStringLiteral("session")) && !readSession(o.value(QStringLiteral("session")), *plan, catalogue))
        return 2;

    ReportBuilder::Options options;
    options.language = lang;
    options.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    options.generator = QStringLiteral("BankScope %1").arg(QCoreApplication::applicationVersion());
    const QString html = ReportBuilder::html(*plan, options);
    int pages = 0;
    if (pdf) {
        ReportPrinter::Options print;
        print.paper = *paper;
        print.title = ReportBuilder::title(*plan);
        print.footer = options.generator;
        QString error;
        if (!ReportPrinter::writePdf(html, output, print, &error, &pages))
            return fail("report", Cli::tr("cannot write %1: %2").arg(output, error));
    } else if (!writeFile("report", output, html.toUtf8())) {
        return 2;
    }
    QJsonObject done{{QStringLiteral("written"), output}, {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                     {QStringLiteral("language"), lang}, {QStringLiteral("checks"), int(plan->checks.size())}};
    if (pdf) {
        done.insert(QStringLiteral("pages"), pages);
        done.insert(QStringLiteral("paper"), ReportPrinter::paperName(*paper));
    }
    if (plan->handover)
        done.insert(QStringLiteral("handover_packs"), int(plan->handover->packs.size()));
    JsonLines::print(done);
    return 0;
}
