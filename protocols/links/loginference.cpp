#include "loginference.h"

#include "linedecoder.h"
#include "streamdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

using namespace SessionFormat;

namespace LogInference {

std::optional<ProtocolId> Verdict::protocol() const
{
    if (hasSerial)
        return serialProtocol;
    if (hasCan)
        return ProtocolId::PylonCan;
    return std::nullopt;
}

QString Verdict::formatName() const
{
    if (format == LogFormat::CandumpLog && hasSerial)
        return QStringLiteral("bankscope-session");
    return SessionFormat::formatName(format);
}

QJsonObject Verdict::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatName());
    const auto p = protocol();
    o.insert(QStringLiteral("protocol"), p ? QJsonValue(ProtocolNames::name(*p)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("dialect"), hasCan ? QJsonValue(PylonCan::dialectName(dialect)) : QJsonValue(QJsonValue::Null));
    if (format == LogFormat::CandumpScreen)
        o.insert(QStringLiteral("time"), timeBaseName(time));
    return o;
}

QString Verdict::describe() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LogInference::Verdict", text); };
    QString what;
    switch (format) {
    case LogFormat::CandumpLog:
        what = hasSerial ? tr("a BankScope recording") : tr("a candump log");
        break;
    case LogFormat::CandumpScreen:
        what = time == TimeBase::None ? tr("candump screen output without time stamps (every frame at time 0)")
                                      : tr("candump screen output (time stamps: %1)").arg(timeBaseName(time));
        break;
    case LogFormat::SavvyCsv:
        what = tr("a SavvyCAN CSV log");
        break;
    case LogFormat::VectorAsc:
        what = tr("a Vector ASC log");
        break;
    case LogFormat::Unknown:
        what = tr("frames written one per line");
        break;
    }
    QStringList parts;
    if (hasSerial) {
        parts.append(serialProtocol ? tr("serial traffic read as %1 (%2 valid frames in its first part)")
                                          .arg(ProtocolNames::label(*serialProtocol))
                                          .arg(validFrames)
                                    : tr("serial traffic in which no protocol finds a valid frame"));
    }
    if (hasCan) {
        parts.append(dialect == PylonCan::Dialect::Unknown
                         ? tr("CAN frames read as %1 (dialect not told by the first frames)").arg(ProtocolNames::label(ProtocolId::PylonCan))
                         : tr("CAN frames read as %1, dialect %2").arg(ProtocolNames::label(ProtocolId::PylonCan), PylonCan::dialectName(dialect)));
    }
    return tr("%1: %2").arg(what, parts.join(QStringLiteral("; ")));
}

Verdict infer(LogFormat format, TimeBase time, const QList<Event> &sample)
{
    Verdict v;
    v.format = format;
    v.time = time;
    v.sampleEvents = int(sample.size());
    QList<CanFrameData> frames;
    for (const Event &e : sample) {
        if (e.kind == Kind::Can) {
            v.hasCan = true;
            if (frames.size() < 2000)
                frames.append(CanFrameData{e.canId, e.data, e.extended, e.remote});
        } else {
            v.hasSerial = true;
        }
    }
    if (v.hasCan)
        v.dialect = PylonCan::detect(frames);
    if (!v.hasSerial)
        return v;
    int best = 0;
    for (ProtocolId p : {ProtocolId::PylontechRs485, ProtocolId::JkPb, ProtocolId::JkLegacy}) {
        QHash<QString, StreamDecoder *> decoders;
        int good = 0;
        bool records = false;
        for (const Event &e : sample) {
            if (e.kind == Kind::Can)
                continue;
            StreamDecoder *&d = decoders[e.link];
            if (!d)
                d = new StreamDecoder(p);
            for (const StreamDecoder::Item &item : d->feed(e.data)) {
                if (item.result) {
                    ++good;
                    records |= item.result->protocol == ProtocolId::JkPb;
                }
            }
        }
        for (StreamDecoder *d : std::as_const(decoders)) {
            for (const StreamDecoder::Item &item : d->flush())
                good += item.result ? 1 : 0;
            delete d;
        }
        if (good > best) {
            best = good;
            v.serialProtocol = (p == ProtocolId::JkPb && !records) ? ProtocolId::JkModbus : p;
        }
    }
    v.validFrames = best;
    return v;
}

std::optional<ProtocolId> inferFrameLines(const QList<QByteArray> &lines, int *decoded)
{
    std::optional<ProtocolId> best;
    int bestGood = 0;
    for (ProtocolId p : ProtocolNames::all()) {
        LineDecoder decoder(LineDecoder::Options{p, std::nullopt, PylonCan::Dialect::Unknown, std::nullopt});
        int good = 0;
        for (const QByteArray &line : lines) {
            if (!LineDecoder::isFrameLine(line))
                continue;
            const auto d = decoder.decode(line);
            // A foreign CAN id reads "ok" from any hex: it does not vote for CAN.
            if (d && !d->foreign)
                ++good;
        }
        if (good > bestGood) {
            bestGood = good;
            best = p;
        }
    }
    if (decoded)
        *decoded = bestGood;
    return best;
}

} // namespace LogInference
