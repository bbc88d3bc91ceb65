// bankscope-cli replay and export-asc: a log played through a BankSession (the window's path),
// its messages printed as JSON lines, and a log converted to Vector ASC. Both stream the file:
// memory does not grow with its length.

#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "aggregator.h"
#include "bankjson.h"
#include "banksession.h"
#include "clock.h"
#include "logreader.h"
#include "sessionformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace LinkCli;

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Corrupt lines named one by one on standard error (each is also a JSON line on standard
// output); beyond this many, standard error only counts them.
constexpr int kNamedOnStderr = 10;

void say(const QString &text)
{
    const QByteArray line = text.toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

// "11 d 13 h", "3 min 20 s", "42 s"
QString duration(qint64 us)
{
    const qint64 s = us / 1'000'000;
    if (s >= 86400)
        return Cli::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    if (s >= 3600)
        return Cli::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return Cli::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return Cli::tr("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

// A file time as a person reads it: a date for absolute stamps, seconds for relative ones.
QString fileTime(qint64 us)
{
    if (us > qint64(1e15)) // after 2001: an absolute time stamp
        return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss 'UTC'"));
    return Cli::tr("%1 s").arg(double(us) / 1e6, 0, 'f', 3);
}

struct ReplayOnly
{
    double skipGapsS = 0.0;
    QString error;
};

// Options only replay knows, taken out before the shared link options parse the rest.
QStringList takeReplayOptions(const QStringList &args, ReplayOnly &r)
{
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--skip-gaps")) {
            bool ok = false;
            const double s = i + 1 < args.size() ? args[i + 1].toDouble(&ok) : 0.0;
            if (!ok || !std::isfinite(s) || s <= 0.0) {
                r.error = Cli::tr("--skip-gaps needs a number of seconds greater than 0, got '%1'").arg(args.value(i + 1));
                return {};
            }
            r.skipGapsS = s;
            ++i;
        } else {
            rest.append(args[i]);
        }
    }
    return rest;
}

QString lineList(const QList<qint64> &numbers, quint64 total)
{
    QStringList text;
    for (qint64 n : numbers)
        text.append(QString::number(n));
    return text.join(QStringLiteral(", ")) + (total > quint64(numbers.size()) ? Cli::tr(", ...") : QString());
}

} // namespace

// Words for what was not plainly decoded, or empty (shared with decode).
QString streamSummary(quint64 badLines, const QList<qint64> &badLineNumbers, const StreamDecoder::Stats &s, quint64 ignored,
                      quint64 otherLines, const QList<qint64> &otherLineNumbers, quint64 errorFrames)
{
    QStringList parts;
    if (errorFrames)
        parts.append(Cli::tr("%n bus error frame(s) in the log (not data)", nullptr, int(errorFrames)));
    if (otherLines) {
        parts.append(Cli::tr("%n line(s) with no frame passed over (%1: shell prompts pasted with the output?)", nullptr, int(otherLines))
                         .arg(lineList(otherLineNumbers, otherLines)));
    }
    if (badLines)
        parts.append(Cli::tr("%n line(s) could not be read (%1)", nullptr, int(badLines)).arg(lineList(badLineNumbers, badLines)));
    if (s.failed)
        parts.append(Cli::tr("%n frame(s) failed to decode", nullptr, int(s.failed)));
    if (s.fragments)
        parts.append(Cli::tr("%n fragment(s) (capture started or stopped mid-frame)", nullptr, int(s.fragments)));
    if (s.foreign)
        parts.append(Cli::tr("%n frame(s) of other devices (ids the protocol does not define)", nullptr, int(s.foreign)));
    if (s.undocumented)
        parts.append(Cli::tr("%n frame(s) of undocumented ids (kept raw)", nullptr, int(s.undocumented)));
    if (ignored)
        parts.append(Cli::tr("%n event(s) not of the chosen protocol (left undecoded)", nullptr, int(ignored)));
    return parts.join(QStringLiteral("; "));
}

int runReplay(const QStringList &argsIn)
{
    ReplayOnly ro;
    const QStringList args = takeReplayOptions(argsIn, ro);
    if (!ro.error.isEmpty())
        return fail("replay", ro.error);
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("replay", o.error);
    if (o.positional.size() != 1) {
        return fail("replay", Cli::tr("usage: replay FILE [--protocol P] [--speed X | --fast] [--skip-gaps S] [--bank FILE]"));
    }
    QString error;
    if (!loadBank(o.bank, error))
        return fail("replay", error);
    const QString path = o.positional.first();

    // The recording is played by a BankSession (as in the window); this command prints what it
    // decodes as it goes, and the final picture.
    SessionSource source;
    source.kind = SessionSource::Kind::Recording;
    source.device = path;
    source.protocol = o.protocol;
    source.bankFile = o.bank;
    source.replaySpeed = o.speed;
    SessionPlan plan;
    plan.sources.append(source);
    SessionClock clock;
    BankSession session(clock);
    session.setReplaySkipGapsLongerThan(ro.skipGapsS);

    JsonLines::Output out;
    DecodedJson::RenderCache rendered; // the text of frames repeated unchanged, reused
    const bool realTime = o.speed > 0.0;
    quint64 badLines = 0;
    QList<qint64> badLineNumbers;
    QObject::connect(&session, &BankSession::error, [](const QString &message) { fail("replay", message); });
    QObject::connect(&session, &BankSession::decoded, [&](const QString &link, const DecodedMessage &m, qint64 at) {
        DecodedJson::write(out.buffer(), m, DecodedJson::Extra{0, link, at}, &rendered);
        out.endLine();
        if (realTime)
            out.flush();
    });
    QObject::connect(&session, &BankSession::decodeFailed, [&](const QString &link, ProtocolId protocol, const QString &e, qint64 at, CodecError::Kind kind) {
        DecodedJson::writeError(out.buffer(), protocol, e, DecodedJson::Extra{0, link, at}, kind == CodecError::Kind::Fragment);
        out.endLine();
        if (realTime)
            out.flush();
    });
    QObject::connect(&session, &BankSession::replayLineError, [&](const QString &, qint64 line, const QString &message) {
        ++badLines;
        const QString text = Cli::tr("line %1: %2").arg(line).arg(message);
        out.line(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("line"), double(line)}, {QStringLiteral("error"), text}});
        if (badLineNumbers.size() < kNamedOnStderr) {
            badLineNumbers.append(line);
            say(Cli::tr("bankscope-cli replay: %1: %2").arg(path, text));
        }
    });
    QObject::connect(&session, &BankSession::replayGap, [&](const QString &, qint64 from, qint64 to, qint64 line, bool skipped) {
        out.line(QJsonObject{{QStringLiteral("event"), QStringLiteral("gap")},
                             {QStringLiteral("from"), double(from) / 1e6},
                             {QStringLiteral("to"), double(to) / 1e6},
                             {QStringLiteral("line"), double(line)},
                             {QStringLiteral("skipped"), skipped}});
        out.flush();
        if (skipped) {
            say(Cli::tr("bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4): skipped (--skip-gaps %5)")
                    .arg(path, duration(to - from))
                    .arg(line)
                    .arg(fileTime(from))
                    .arg(ro.skipGapsS));
        } else {
            say(Cli::tr("bankscope-cli replay: %1: the recording is silent for %2 before line %3 (at %4); waiting it out. "
                   "--skip-gaps 5 skips silences longer than 5 s, --fast plays without waiting.")
                    .arg(path, duration(to - from))
                    .arg(line)
                    .arg(fileTime(from)));
        }
    });
    QObject::connect(&session, &BankSession::replayFinished, [] { QCoreApplication::quit(); });
    if (!session.start(plan))
        return 2;
    const LinkStatus opened = session.status(0);
    if (opened.phase == LinkStatus::Phase::Failed) {
        switch (opened.error) {
        case LinkError::ProtocolError: // serial traffic and no protocol found in it
            return fail("replay", Cli::tr("%1: no protocol finds a valid frame in the serial traffic of its first part; give --protocol")
                                      .arg(path));
        case LinkError::ConfigurationError:
            return fail("replay", Cli::tr("--speed needs a finite number of at least 0.001"));
        default:
            return fail("replay", opened.detail);
        }
    }
    // What the file holds: told by --protocol, else inferred from its first part and said.
    if (const std::optional<LogInference::Verdict> verdict = session.replaySummary(0).inferred) {
        out.line(QJsonObject{{QStringLiteral("inferred"), verdict->toJson()}});
        out.flush();
        say(Cli::tr("bankscope-cli replay: %1: %2 (inferred; --protocol chooses)").arg(path, verdict->describe()));
    }
    runLoop(0);
    session.endReplay(); // Ctrl+C: the pipelines' last words all the same

    const BankSession::ReplaySummary r = session.replaySummary(0);
    QObject::disconnect(&session, nullptr, nullptr, nullptr);
    session.stop();
    QJsonObject statistics;
    statistics.insert(QStringLiteral("events"), double(r.link.events));
    statistics.insert(QStringLiteral("bad_lines"), double(badLines));
    statistics.insert(QStringLiteral("decoded"), double(r.decoding.decoded));
    statistics.insert(QStringLiteral("failed"), double(r.decoding.failed));
    statistics.insert(QStringLiteral("fragments"), double(r.decoding.fragments));
    statistics.insert(QStringLiteral("foreign"), double(r.decoding.foreign));
    statistics.insert(QStringLiteral("undocumented"), double(r.decoding.undocumented));
    statistics.insert(QStringLiteral("discarded_bytes"), double(r.decoding.discardedBytes));
    statistics.insert(QStringLiteral("error_frames"), double(r.link.errorFrames));
    statistics.insert(QStringLiteral("gaps"), double(r.link.gaps));
    statistics.insert(QStringLiteral("gaps_skipped"), double(r.link.gapsSkipped));
    statistics.insert(QStringLiteral("ignored_events"), double(r.ignoredEvents));
    statistics.insert(QStringLiteral("other_lines"), double(r.link.otherLines));
    out.line(QJsonObject{{QStringLiteral("statistics"), statistics}});

    // The final picture, from the session's observer fed as the messages went by.
    BankSnapshot snapshot;
    snapshot.config = r.config;
    for (const PackReading &reading : r.readings)
        snapshot.readings.insert(reading.packId, reading);
    QJsonObject result = BankJson::toJson(Aggregator::aggregate(snapshot, r.lastUs / 1000));
    if (r.observed)
        result.insert(QStringLiteral("observed"), BankJson::viewToJson(*r.observed));
    out.line(QJsonObject{{QStringLiteral("aggregation"), result}});
    out.flush();
    const QString words = streamSummary(badLines, badLineNumbers, r.decoding, r.ignoredEvents, r.link.otherLines, r.link.otherLineNumbers,
                                        r.link.errorFrames);
    if (!words.isEmpty())
        say(Cli::tr("bankscope-cli replay: %1: %2").arg(path, words));
    return badLines > 0 ? 2 : 0;
}

int runExportAsc(const QStringList &args)
{
    if (args.size() != 2)
        return fail("export-asc", Cli::tr("usage: export-asc LOG OUTPUT.asc"));
    QFile in(args[0]);
    if (!in.open(QIODevice::ReadOnly))
        return fail("export-asc", Cli::tr("cannot read %1: %2").arg(args[0], in.errorString()));
    LogReader reader(&in);
    if (!reader.detect()) {
        if (reader.sampleTooLong())
            return fail("export-asc", Cli::tr("%1: line 1 is longer than %2 bytes: not a log").arg(args[0]).arg(LineReader::kDefaultMaxLine));
        bool anything = false;
        for (const QByteArray &l : reader.sample())
            anything |= !SessionFormat::isComment(l);
        return fail("export-asc", anything ? Cli::tr("%1 is not a log BankScope reads (a BankScope or candump log, candump's screen output, "
                                               "SavvyCAN CSV or Vector ASC)").arg(args[0])
                                           : Cli::tr("no frames in %1").arg(args[0]));
    }
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail("export-asc", Cli::tr("cannot write %1: %2").arg(args[1], out.errorString()));
    SessionFormat::AscWriter writer;
    QByteArray buffer;
    constexpr qsizetype kChunk = 1 << 20;
    buffer.reserve(kChunk + 4096);
    SessionFormat::Event e;
    QString error;
    quint64 serial = 0;
    QString serialLink;
    quint64 badLines = 0;
    bool writeFailed = false;
    auto drain = [&] {
        if (!writeFailed && out.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.resize(0);
    };
    for (bool done = false; !done;) {
        switch (reader.next(e)) {
        case LogReader::Status::Event:
            if (e.kind != SessionFormat::Kind::Can) {
                ++serial; // ASC holds CAN only: counted and said below
                serialLink = e.link;
                break;
            }
            writer.append(e, buffer, error);
            if (buffer.size() >= kChunk)
                drain();
            break;
        case LogReader::Status::BadLine:
            if (++badLines <= quint64(kNamedOnStderr))
                say(Cli::tr("bankscope-cli export-asc: %1: line %2: %3").arg(args[0]).arg(reader.lineNumber()).arg(reader.lineError()));
            break;
        case LogReader::Status::End:
            if (!reader.finishError().isEmpty()) {
                ++badLines;
                say(Cli::tr("bankscope-cli export-asc: %1: line %2: %3").arg(args[0]).arg(reader.lineNumber()).arg(reader.finishError()));
            }
            done = true;
            break;
        case LogReader::Status::Failed:
            return fail("export-asc", Cli::tr("cannot read %1: %2").arg(args[0], reader.errorString()));
        }
    }
    if (writer.frames() == 0) {
        out.close();
        out.remove();
        return fail("export-asc", serial ? Cli::tr("%1 holds serial traffic only (%2): Vector ASC holds CAN frames").arg(args[0], serialLink)
                                         : Cli::tr("no frames in %1").arg(args[0]));
    }
    writer.finish(buffer);
    drain();
    if (writeFailed || !out.flush())
        return fail("export-asc", Cli::tr("cannot write %1: %2").arg(args[1], out.errorString()));
    if (serial)
        say(Cli::tr("bankscope-cli export-asc: %1: %n serial event(s) left out (Vector ASC holds CAN frames only)", nullptr, int(serial)).arg(args[0]));
    if (badLines) {
        say(Cli::tr("bankscope-cli export-asc: %1: %n line(s) could not be read; %2 holds the %3 frames around them", nullptr, int(badLines))
                .arg(args[0], args[1])
                .arg(writer.frames()));
        return 2;
    }
    return 0;
}
