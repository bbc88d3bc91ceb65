#include "decodecommand.h"

#include "linedecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void writeLine(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

int usageError(FILE *err, const QString &message)
{
    writeLine(err, QCoreApplication::translate("cli", "bankscope-cli decode: %1").arg(message).toUtf8());
    return 2;
}

std::optional<quint32> parseNumber(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    const quint32 v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toUInt(&ok, 16) : t.toUInt(&ok, 16);
    return ok ? std::optional<quint32>(v) : std::nullopt;
}

} // namespace

int runDecode(const QStringList &args, FILE *in, FILE *out, FILE *err)
{
    LineDecoder::Options options;
    bool haveProtocol = false;
    bool haveDialect = false;
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
                return usageError(err, QCoreApplication::translate("cli", "--protocol needs a value"));
            const auto p = ProtocolNames::fromName(v);
            if (!p) {
                QStringList names;
                for (ProtocolId id : ProtocolNames::all())
                    names.append(ProtocolNames::name(id));
                return usageError(err, QCoreApplication::translate("cli", "unknown protocol '%1' (known: %2)")
                                           .arg(v, names.join(QStringLiteral(", "))));
            }
            options.protocol = *p;
            haveProtocol = true;
        } else if (a == QLatin1String("--can-id")) {
            if (!value(v) || !parseNumber(v) || *parseNumber(v) > 0x7FF)
                return usageError(err, QCoreApplication::translate("cli", "--can-id needs an 11-bit hex ID such as 351"));
            options.canId = parseNumber(v);
        } else if (a == QLatin1String("--dialect")) {
            if (!value(v) || !PylonCan::dialectFromName(v)) {
                return usageError(err, QCoreApplication::translate(
                                           "cli", "--dialect needs one of pylon-v1.2, pylontech-v1.3, sma-victron"));
            }
            options.dialect = *PylonCan::dialectFromName(v);
            haveDialect = true;
        } else if (a == QLatin1String("--register")) {
            if (!value(v) || !parseNumber(v) || *parseNumber(v) > 0xFFFF)
                return usageError(err, QCoreApplication::translate("cli", "--register needs a hex register address such as 0x1200"));
            options.jkReadStart = quint16(*parseNumber(v));
        } else if (a == QLatin1String("--file")) {
            if (!value(file))
                return usageError(err, QCoreApplication::translate("cli", "--file needs a path"));
        } else if (a == QLatin1String("-")) {
            fromStdin = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(err, QCoreApplication::translate("cli", "unknown option '%1'").arg(a));
        } else {
            data.append(a);
        }
    }
    if (!haveProtocol)
        return usageError(err, QCoreApplication::translate("cli", "--protocol is required"));
    const int sources = (file.isEmpty() ? 0 : 1) + (fromStdin ? 1 : 0) + (data.isEmpty() ? 0 : 1);
    if (sources != 1)
        return usageError(err, QCoreApplication::translate("cli", "give the frame as DATA, or --file FILE, or - for standard input"));

    QList<QByteArray> lines;
    if (!data.isEmpty()) {
        lines.append(data.join(QLatin1Char(' ')).toUtf8());
    } else {
        QFile f;
        const bool opened = fromStdin ? f.open(in, QIODevice::ReadOnly) : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!opened)
            return usageError(err, QCoreApplication::translate("cli", "cannot read %1: %2").arg(fromStdin ? QStringLiteral("-") : file, f.errorString()));
        lines = f.readAll().split('\n');
    }
    const bool numbered = data.isEmpty();

    // A file of CAN frames is a sample of the bus: detect its dialect first unless told.
    if (options.protocol == ProtocolId::PylonCan && !haveDialect && numbered) {
        QList<CanFrameData> frames;
        for (const QByteArray &l : std::as_const(lines)) {
            if (!LineDecoder::isFrameLine(l))
                continue;
            const auto f = PylonCan::parseText(l, options.canId);
            if (f)
                frames.append(*f);
        }
        options.dialect = PylonCan::detect(frames);
    }

    LineDecoder decoder(options);
    int failed = 0;
    int lineNumber = 0;
    for (const QByteArray &l : std::as_const(lines)) {
        ++lineNumber;
        if (numbered && !LineDecoder::isFrameLine(l))
            continue;
        const auto d = decoder.decode(l);
        QJsonObject o = d ? DecodedJson::toJson(*d) : DecodedJson::error(options.protocol, d.error().message);
        if (numbered)
            o.insert(QStringLiteral("line"), lineNumber);
        if (!d)
            ++failed;
        writeLine(out, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    std::fflush(out);
    return failed > 0 ? 2 : 0;
}
