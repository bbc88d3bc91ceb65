// bankscope-cli bundle: the support bundle (issue 22 item 5) for a vendor's service desk, made
// from a plan and/or a recording. The recording is replayed as fast as it reads through the same
// BankSession and BankMonitor as the window, so the findings, freeze-frames, firmware table and
// cell snapshot are the ones the window would show at its end. Nothing is sent anywhere.

#include "bundlecommand.h"
#include "commissioningcommon.h"

#include "../common/jsonlines.h"
#include "banksession.h"
#include "clock.h"
#include "protocolid.h"
#include "replaylink.h"
#include "supportbundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace CommissioningCli;

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void say(const QString &text)
{
    const QByteArray line = text.toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

} // namespace

int runBundle(const QStringList &args)
{
    const Options o = parseOptions(args, {QStringLiteral("output"), QStringLiteral("plan"), QStringLiteral("session")}, {QStringLiteral("force")},
                                   {{QStringLiteral("o"), QStringLiteral("output")}});
    if (!o.error.isEmpty())
        return fail("bundle", o.error);
    if (!o.positional.isEmpty())
        return fail("bundle", Cli::tr("unexpected argument '%1'").arg(o.positional.first()));
    if (!o.has(QStringLiteral("output")))
        return fail("bundle", Cli::tr("--output FILE.zip (or -o) is required"));
    const QString output = o.value(QStringLiteral("output"));
    if (!output.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return fail("bundle", Cli::tr("--output names a .zip file, got '%1'").arg(output));
    if (!o.has(QStringLiteral("plan")) && !o.has(QStringLiteral("session")))
        return fail("bundle", Cli::tr("give a plan (--plan PLAN.json), a recording (--session FILE) or both: the bundle is made from them"));
    if (QFileInfo::exists(output) && !o.has(QStringLiteral("force")))
        return fail("bundle", Cli::tr("%1 already exists; --force replaces it").arg(output));

    std::optional<CommissioningPlan> plan;
    const QString planPath = o.value(QStringLiteral("plan"));
    if (!planPath.isEmpty()) {
        plan = readPlan("bundle", planPath, loadCatalogue());
        if (!plan)
            return 2;
    }

    SessionClock clock;
    BankSession session(clock);
    const QString sessionPath = o.value(QStringLiteral("session"));
    quint64 badLines = 0;
    QString replayError;
    if (!sessionPath.isEmpty()) {
        QFileInfo info(sessionPath);
        if (!info.isFile() || !info.isReadable())
            return fail("bundle", Cli::tr("cannot read %1: %2").arg(sessionPath, info.exists() ? Cli::tr("not a readable file") : Cli::tr("no such file")));
        SessionSource source;
        source.kind = SessionSource::Kind::Recording;
        source.device = sessionPath;
        source.replaySpeed = 0.0; // as fast as it reads
        if (plan) {
            // The protocol of the plan's serial link decodes the recording's serial traffic; CAN is
            // always Pylon/SMA/Victron CAN. Without it the session infers it from the recording.
            for (const PlanLink &l : plan->links) {
                if (l.kind == QLatin1String("bankscope") && l.medium == QLatin1String("rs485") && !l.protocol.isEmpty()) {
                    source.protocol = ProtocolNames::fromName(l.protocol);
                    break;
                }
            }
            // The packs are named as the recording shows them (by address: A2, A3 ...) and matched
            // to the plan's by address in the firmware table, as the commissioning report does.
        }
        SessionPlan run;
        run.sources.append(source);
        QEventLoop loop;
        QObject::connect(&session, &BankSession::replayFinished, &loop, &QEventLoop::quit);
        QObject::connect(&session, &BankSession::linkFailed, &loop, [&](const QString &, const QString &message) {
            replayError = message;
            loop.quit();
        });
        QObject::connect(&session, &BankSession::error, &loop, [&](const QString &message) {
            replayError = message;
            loop.quit();
        });
        QObject::connect(&session, &BankSession::replayLineError, [&](const QString &, qint64 line, const QString &message) {
            if (++badLines <= 10)
                say(Cli::tr("bankscope-cli bundle: %1: line %2: %3").arg(sessionPath).arg(line).arg(message));
        });
        if (!session.start(run) && replayError.isEmpty())
            replayError = Cli::tr("the recording cannot be replayed");
        // The monitor is fed every second of the recording's time, not on the session's wall-clock
        // tick (the whole file plays within one tick): its events, freeze-frames and trends follow
        // the recording as the window's would at real speed. Connected after the session's own
        // handlers, so each event has been decoded when the monitor is fed.
        if (ReplayLink *replay = session.replayLink(0)) {
            auto feed = [&session, lastUs = std::optional<qint64>()](qint64 atUs) mutable {
                if (lastUs && atUs >= *lastUs && atUs - *lastUs < 1'000'000)
                    return;
                lastUs = atUs;
                session.flush();
            };
            QObject::connect(replay, &ReplayLink::serialBytes, replay, [feed](const QString &, bool, const QByteArray &, qint64 at) mutable { feed(at); });
            QObject::connect(replay, &ReplayLink::canFrame, replay, [feed](const QString &, const CanFrameData &, qint64 at) mutable { feed(at); });
        }
        const LinkStatus opened = session.status(0);
        if (replayError.isEmpty() && opened.phase == LinkStatus::Phase::Failed)
            replayError = opened.errorText.isEmpty() ? opened.detail : opened.errorText;
        if (replayError.isEmpty() && opened.phase != LinkStatus::Phase::ReplayEnded)
            loop.exec();
        session.flush();
        if (!replayError.isEmpty())
            return fail("bundle", replayError.contains(QFileInfo(sessionPath).fileName()) ? replayError
                                                                                      : Cli::tr("%1: %2").arg(sessionPath, replayError));
        if (session.monitor().readings().isEmpty())
            say(Cli::tr("bankscope-cli bundle: %1: no pack reading in the recording (the bundle has its bytes, but no cell voltages)").arg(sessionPath));
        if (badLines > 0)
            say(Cli::tr("bankscope-cli bundle: %1: %n line(s) could not be read; the recording goes into the bundle as it is", nullptr, int(badLines)).arg(sessionPath));
    }

    SupportBundleInput in;
    in.generator = QStringLiteral("BankScope %1 (bankscope-cli)").arg(QCoreApplication::applicationVersion());
    in.created = QDateTime::currentDateTimeUtc();
    in.planPath = planPath;
    in.plan = plan ? &*plan : nullptr;
    if (!sessionPath.isEmpty()) {
        in.recordings.append(sessionPath);
        in.monitor = &session.monitor();
        in.source = Cli::tr("replay of %1, to its end").arg(QFileInfo(sessionPath).fileName());
    }
    const auto written = SupportBundle::write(in, output);
    if (!written)
        return fail("bundle", written.error());

    QJsonArray files;
    for (const SupportBundleFile &f : *written) {
        QJsonObject j{{QStringLiteral("name"), f.name}, {QStringLiteral("description"), f.description}};
        if (f.size >= 0)
            j.insert(QStringLiteral("size"), double(f.size));
        files.append(j);
    }
    say(Cli::tr("bankscope-cli bundle: %1 holds:\n%2\nNothing was sent anywhere.").arg(output, SupportBundle::listing(*written)));
    JsonLines::print(QJsonObject{{QStringLiteral("written"), output},
                                 {QStringLiteral("size"), double(QFileInfo(output).size())},
                                 {QStringLiteral("bad_lines"), double(badLines)},
                                 {QStringLiteral("files"), files}});
    return 0;
}
