#include "decodecommand.h"

#include "../common/inputdevice.h"
#include "../common/jsonlines.h"
#include "linedecoder.h"
#include "loginference.h"
#include "logreader.h"
#include "streamdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>

#include <memory>

namespace {

// The "cli" translation context; qualified calls (Cli::tr) are what lupdate can read.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void writeLine(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int usageError(FILE *err, const QString &message)
{
    writeLine(err, Cli::tr("bankscope-cli decode: %1").arg(message).toUtf8());
    return 2;
}

std::optional<quint32> parseNumber(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    const quint32 v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toUInt(&ok, 16) : t.toUInt(&ok, 16);
    return ok ? std::optional<quint32>(v) : std::nullopt;
}

// A stream of lines none of which is a frame stops here instead of printing errors for ever
// (`yes | bankscope-cli decode --protocol ... -`).
constexpr int kGiveUpAfter = 1000;

// What was decoded, for the closing words on standard error and the exit status.
struct Tally
{
    quint64 units = 0;
    quint64 decoded = 0;
    quint64 failed = 0;
    quint64 fragments = 0;
    quint64 foreign = 0;
    quint64 undocumented = 0;
    quint64 badLines = 0;
    quint64 ignored = 0;
    quint64 otherLines = 0;
    QList<qint64> otherLineNumbers;
    quint64 errorFrames = 0;
    qint64 firstFailedLine = 0;

    void count(const CodecResult<DecodedMessage> &r, qint64 line)
    {
        ++units;
        if (r) {
            ++decoded;
            foreign += r->foreign ? 1 : 0;
            undocumented += r->undocumented ? 1 : 0;
        } else if (r.error().kind == CodecError::Kind::Fragment) {
            ++fragments;
        } else {
            ++failed;
            if (!firstFailedLine)
                firstFailedLine = line;
        }
    }

    QString words() const
    {
        QStringList parts;
        if (failed)
            parts.append(Cli::tr("%n frame(s) failed to decode (the first on line %1)", nullptr, int(failed)).arg(firstFailedLine));
        if (badLines)
            parts.append(Cli::tr("%n line(s) could not be read", nullptr, int(badLines)));
        if (fragments)
            parts.append(Cli::tr("%n fragment(s) (capture started or stopped mid-frame)", nullptr, int(fragments)));
        if (foreign)
            parts.append(Cli::tr("%n frame(s) of other devices (ids the protocol does not define)", nullptr, int(foreign)));
        if (undocumented)
            parts.append(Cli::tr("%n frame(s) of undocumented ids (kept raw)", nullptr, int(undocumented)));
        if (ignored)
            parts.append(Cli::tr("%n event(s) not of the chosen protocol (left undecoded)", nullptr, int(ignored)));
        if (errorFrames)
            parts.append(Cli::tr("%n bus error frame(s) in the log (not data)", nullptr, int(errorFrames)));
        if (otherLines) {
            QStringList numbers;
            for (qint64 n : otherLineNumbers)
                numbers.append(QString::number(n));
            parts.append(Cli::tr("%n line(s) with no frame passed over (%1: shell prompts pasted with the output?)", nullptr, int(otherLines))
                             .arg(numbers.join(QStringLiteral(", "))));
        }
        if (parts.isEmpty())
            return {};
        return Cli::tr("%n frame(s) read: %1", nullptr, int(units)).arg(parts.join(QStringLiteral("; ")));
    }
};

void writeResult(JsonLines::Output &out, ProtocolId protocol, const CodecResult<DecodedMessage> &r, const DecodedJson::Extra &extra,
                 DecodedJson::RenderCache *cache = nullptr)
{
    if (r)
        DecodedJson::write(out.buffer(), *r, extra, cache);
    else
        DecodedJson::writeError(out.buffer(), protocol, r.error().message, extra, r.error().kind == CodecError::Kind::Fragment);
    out.endLine();
}

void writeBadLine(JsonLines::Output &out, qint64 line, const QString &message)
{
    out.line(QJsonObject{{QStringLiteral("ok"), false},
                         {QStringLiteral("line"), double(line)},
                         {QStringLiteral("error"), Cli::tr("line %1: %2").arg(line).arg(message)}});
}

struct Request
{
    LineDecoder::Options options;
    bool haveProtocol = false;
    bool haveDialect = false;
    QString name; // the file, or "-"
};

// A log (candump, BankScope, SavvyCAN, ASC): events in, each frame decoded as it completes.
int decodeLog(LogReader &reader, const Request &request, JsonLines::Output &out, FILE *err, Tally &tally)
{
    const LogInference::Verdict verdict = LogInference::infer(reader.format(), reader.timeBase(), reader.sampleEvents());
    std::optional<ProtocolId> serialProtocol;
    if (request.haveProtocol) {
        if (request.options.protocol != ProtocolId::PylonCan)
            serialProtocol = request.options.protocol;
    } else {
        if (verdict.hasSerial && !verdict.serialProtocol && !verdict.hasCan) {
            return usageError(err, Cli::tr("%1: no protocol finds a valid frame in the serial traffic of its first part; give --protocol")
                                       .arg(request.name));
        }
        serialProtocol = verdict.serialProtocol;
        out.line(QJsonObject{{QStringLiteral("inferred"), verdict.toJson()}});
        out.flush();
        writeLine(err, Cli::tr("bankscope-cli decode: %1: %2 (inferred; --protocol chooses)").arg(request.name, verdict.describe()).toUtf8());
    }
    // The dialect from the first part of the file, as a GX or inverter would settle it. On a pipe
    // that first part may be a single frame: then it is settled as more frames come.
    PylonCan::Dialect dialect = request.haveDialect ? request.options.dialect : verdict.dialect;
    bool dialectSettled = request.haveDialect || dialect != PylonCan::Dialect::Unknown;
    QList<CanFrameData> dialectSample;
    QHash<QString, std::shared_ptr<StreamDecoder>> decoders;
    QString lastLink; // a log names a handful of links a million times: the last one is kept at hand
    StreamDecoder *last = nullptr;
    auto decoderFor = [&](const QString &link, ProtocolId protocol) {
        if (last && link.constData() == lastLink.constData() && link.size() == lastLink.size())
            return last;
        std::shared_ptr<StreamDecoder> &d = decoders[link];
        if (!d) {
            d = std::make_shared<StreamDecoder>(protocol, request.options.jkReadStart);
            d->setDialect(dialect);
        }
        lastLink = link;
        return last = d.get();
    };
    DecodedJson::RenderCache rendered; // the text of frames repeated unchanged, reused
    SessionFormat::Event e;
    for (;;) {
        if (!reader.lineBuffered())
            out.flush(); // nothing more at hand: what was decoded goes out before we wait
        switch (reader.next(e)) {
        case LogReader::Status::Event: {
            const DecodedJson::Extra extra{reader.lineNumber(), e.link, e.timeUs};
            if (e.kind == SessionFormat::Kind::Can) {
                const CanFrameData frame{e.canId, e.data, e.extended, e.remote};
                if (!dialectSettled && dialectSample.size() < 200) {
                    dialectSample.append(frame);
                    dialect = PylonCan::detect(dialectSample);
                    dialectSettled = dialect != PylonCan::Dialect::Unknown;
                    for (const auto &d : std::as_const(decoders))
                        d->setDialect(dialect);
                }
                const auto item = decoderFor(e.link, ProtocolId::PylonCan)->decodeCan(frame);
                tally.count(item.result, extra.line);
                writeResult(out, ProtocolId::PylonCan, item.result, extra, &rendered);
            } else if (!serialProtocol) {
                ++tally.ignored;
            } else {
                for (const StreamDecoder::Item &item : decoderFor(e.link, *serialProtocol)->feed(e.data)) {
                    tally.count(item.result, extra.line);
                    writeResult(out, *serialProtocol, item.result, extra);
                }
            }
            break;
        }
        case LogReader::Status::BadLine:
            ++tally.badLines;
            writeBadLine(out, reader.lineNumber(), reader.lineError());
            if (reader.lineTooLong()) {
                // Not a log line at all: the input turned into something else (binary, /dev/zero).
                out.flush();
                return usageError(err, Cli::tr("%1: line %2 is longer than %3 bytes: stopped (is it the right input?)")
                                           .arg(request.name)
                                           .arg(reader.lineNumber())
                                           .arg(LineReader::kDefaultMaxLine));
            }
            break;
        case LogReader::Status::End:
            // A JK record still waiting for its ACK is complete as it is.
            for (auto it = decoders.cbegin(); it != decoders.cend(); ++it) {
                for (const StreamDecoder::Item &item : it.value()->flush()) {
                    tally.count(item.result, reader.lineNumber());
                    writeResult(out, serialProtocol.value_or(ProtocolId::PylonCan), item.result,
                                DecodedJson::Extra{reader.lineNumber(), it.key(), -1});
                }
            }
            if (!reader.finishError().isEmpty()) {
                ++tally.badLines;
                writeBadLine(out, reader.lineNumber(), reader.finishError());
            }
            tally.otherLines = reader.otherLines();
            tally.errorFrames = reader.errorFrames();
            tally.otherLineNumbers = reader.otherLineNumbers();
            return 0;
        case LogReader::Status::Failed:
            out.flush();
            return usageError(err, Cli::tr("cannot read %1: %2").arg(request.name, reader.errorString()));
        }
    }
}

// Frames written one per line, in any protocol's text form (README "decode").
int decodeLines(LogReader &reader, Request request, JsonLines::Output &out, FILE *err, Tally &tally)
{
    if (!request.haveProtocol) {
        int read = 0;
        const auto p = LogInference::inferFrameLines(reader.sample(), &read);
        bool anything = false;
        for (const QByteArray &l : reader.sample())
            anything |= LineDecoder::isFrameLine(l);
        if (!anything)
            return -1; // no frames: said by the caller
        if (!p) {
            return usageError(err, Cli::tr("%1: cannot tell what it holds: no log format reads its first lines, and no protocol (%2) "
                                      "decodes them as frames; give --protocol")
                                       .arg(request.name, QStringLiteral("pylontech-rs485, pylon-can, jk-modbus, jk-pb, jk-legacy")));
        }
        request.options.protocol = *p;
        LogInference::Verdict v;
        v.hasCan = *p == ProtocolId::PylonCan;
        v.hasSerial = !v.hasCan;
        v.serialProtocol = v.hasSerial ? p : std::nullopt;
        v.validFrames = read;
        if (v.hasCan && !request.haveDialect) {
            QList<CanFrameData> frames;
            for (const QByteArray &l : reader.sample())
                if (const auto f = PylonCan::parseText(l, request.options.canId); f && LineDecoder::isFrameLine(l))
                    frames.append(*f);
            v.dialect = PylonCan::detect(frames);
        }
        QJsonObject inferred = v.toJson();
        inferred.insert(QStringLiteral("format"), QStringLiteral("frame-lines"));
        out.line(QJsonObject{{QStringLiteral("inferred"), inferred}});
        out.flush();
        writeLine(err, Cli::tr("bankscope-cli decode: %1: frames written one per line, read as %2 (%3 of its first lines decode; inferred, "
                          "--protocol chooses)")
                           .arg(request.name, ProtocolNames::label(*p))
                           .arg(read)
                           .toUtf8());
    }
    // A file of CAN frames is a sample of the bus: its dialect comes from the first part.
    if (request.options.protocol == ProtocolId::PylonCan && !request.haveDialect) {
        QList<CanFrameData> frames;
        for (const QByteArray &l : reader.sample()) {
            if (!LineDecoder::isFrameLine(l))
                continue;
            if (const auto f = PylonCan::parseText(l, request.options.canId))
                frames.append(*f);
        }
        request.options.dialect = PylonCan::detect(frames);
    }
    LineDecoder decoder(request.options);
    int failuresInARow = 0;
    for (;;) {
        if (!reader.lineBuffered())
            out.flush();
        QByteArrayView line;
        switch (reader.nextRawLine(line)) {
        case LineReader::Status::Line:
            break;
        case LineReader::Status::End:
            return 0;
        case LineReader::Status::TooLong:
            out.flush();
            return usageError(err, Cli::tr("%1: line %2 is longer than %3 bytes: not a line of frames (is it the right input?)")
                                       .arg(request.name)
                                       .arg(reader.lineNumber())
                                       .arg(LineReader::kDefaultMaxLine));
        case LineReader::Status::ReadError:
            out.flush();
            return usageError(err, Cli::tr("cannot read %1: %2").arg(request.name, reader.errorString()));
        }
        if (!LineDecoder::isFrameLine(line))
            continue;
        const auto d = decoder.decode(line);
        tally.count(d, reader.lineNumber());
        writeResult(out, request.options.protocol, d, DecodedJson::Extra{reader.lineNumber(), {}, -1});
        failuresInARow = d ? 0 : failuresInARow + 1;
        if (tally.decoded == 0 && failuresInARow >= kGiveUpAfter) {
            out.flush();
            return usageError(err, Cli::tr("%1: stopped after %2 lines: none is a %3 frame (is it the right input, or the right --protocol?)")
                                       .arg(request.name)
                                       .arg(kGiveUpAfter)
                                       .arg(ProtocolNames::name(request.options.protocol)));
        }
    }
}

} // namespace

int runDecode(const QStringList &args, FILE *in, FILE *out, FILE *err)
{
    Request request;
    QString file;
    bool fromStdin = false;
    QStringList data;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &v) {
            if (i + 1 >= args.size())
                return false;
            v = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--protocol")) {
            if (!value(v))
                return usageError(err, Cli::tr("--protocol needs a value"));
            const auto p = ProtocolNames::fromName(v);
            if (!p) {
                QStringList names;
                for (ProtocolId id : ProtocolNames::all())
                    names.append(ProtocolNames::name(id));
                return usageError(err, Cli::tr("unknown protocol '%1' (known: %2)").arg(v, names.join(QStringLiteral(", "))));
            }
            request.options.protocol = *p;
            request.haveProtocol = true;
        } else if (a == QLatin1String("--can-id")) {
            if (!value(v) || !parseNumber(v) || *parseNumber(v) > 0x7FF)
                return usageError(err, Cli::tr("--can-id needs an 11-bit hex ID such as 351"));
            request.options.canId = parseNumber(v);
        } else if (a == QLatin1String("--dialect")) {
            if (!value(v) || !PylonCan::dialectFromName(v))
                return usageError(err, Cli::tr("--dialect needs one of pylon-v1.2, pylontech-v1.3, sma-victron"));
            request.options.dialect = *PylonCan::dialectFromName(v);
            request.haveDialect = true;
        } else if (a == QLatin1String("--register")) {
            if (!value(v) || !parseNumber(v) || *parseNumber(v) > 0xFFFF)
                return usageError(err, Cli::tr("--register needs a hex register address such as 0x1200"));
            request.options.jkReadStart = quint16(*parseNumber(v));
        } else if (a == QLatin1String("--file")) {
            if (!value(file))
                return usageError(err, Cli::tr("--file needs a path"));
        } else if (a == QLatin1String("-")) {
            fromStdin = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(err, Cli::tr("unknown option '%1'").arg(a));
        } else {
            data.append(a);
        }
    }
    const int sources = (file.isEmpty() ? 0 : 1) + (fromStdin ? 1 : 0) + (data.isEmpty() ? 0 : 1);
    if (sources != 1)
        return usageError(err, Cli::tr("give the frame as DATA, or --file FILE, or - for standard input"));

    JsonLines::Output output(out);
    if (!data.isEmpty()) {
        // One frame on the command line: its protocol must be said (a few bytes tell nothing).
        if (!request.haveProtocol)
            return usageError(err, Cli::tr("--protocol is required for a frame given on the command line"));
        LineDecoder decoder(request.options);
        const auto d = decoder.decode(data.join(QLatin1Char(' ')).toUtf8());
        writeResult(output, request.options.protocol, d, {});
        output.flush();
        return d || d.error().kind == CodecError::Kind::Fragment ? 0 : 2;
    }

    // A file, or standard input read as it arrives: each frame is printed when its line is in.
    QFile named;
    std::unique_ptr<FdInputDevice> stream; // standard input, or a pipe given as a file
    QIODevice *input = nullptr;
    if (fromStdin) {
        stream = std::make_unique<FdInputDevice>(fileno(in));
        input = stream.get();
        request.name = QStringLiteral("-");
    } else {
        named.setFileName(file);
        if (!named.open(QIODevice::ReadOnly))
            return usageError(err, Cli::tr("cannot read %1: %2").arg(file, named.errorString()));
        request.name = file;
        input = &named;
        // A pipe given as a file (--file <(candump can0), a FIFO) is read as it arrives too.
        if (named.isSequential()) {
            stream = std::make_unique<FdInputDevice>(named.handle());
            input = stream.get();
        }
    }
    LogReader reader(input);
    const bool isLog = reader.detect();
    if (!reader.errorString().isEmpty())
        return usageError(err, Cli::tr("cannot read %1: %2").arg(request.name, reader.errorString()));
    if (reader.sampleTooLong() && reader.sample().isEmpty()) {
        return usageError(err, Cli::tr("%1: line 1 is longer than %2 bytes: not frames or a log (is it the right input?)")
                                   .arg(request.name)
                                   .arg(LineReader::kDefaultMaxLine));
    }
    Tally tally;
    const int status = isLog ? decodeLog(reader, request, output, err, tally) : decodeLines(reader, request, output, err, tally);
    output.flush();
    if (status > 0)
        return status;
    if (tally.units == 0 && tally.badLines == 0 && tally.ignored == 0)
        return usageError(err, Cli::tr("no frames in %1").arg(request.name));
    const QString words = tally.words();
    if (!words.isEmpty())
        writeLine(err, Cli::tr("bankscope-cli decode: %1: %2").arg(request.name, words).toUtf8());
    return tally.failed > 0 || tally.badLines > 0 ? 2 : 0;
}
