#include "linkcommands.h"
#include "linkoptions.h"

#include "../common/jsonlines.h"
#include "aggregator.h"
#include "bankjson.h"
#include "bankobserver.h"
#include "decodepipeline.h"
#include "replaylink.h"
#include "sessionformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace LinkCli;

int runReplay(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty())
        return fail("replay", o.error);
    if (o.positional.size() != 1 || !o.protocol)
        return fail("replay", QCoreApplication::translate("cli", "usage: replay FILE --protocol P [--speed X | --fast] [--bank FILE]"));
    QString error;
    const std::optional<BankConfig> bank = loadBank(o.bank, error);
    if (!bank)
        return fail("replay", error);
    ReplayLink replay;
    if (!replay.load(o.positional.first()))
        return fail("replay", replay.errorString());
    const ProtocolId protocol = *o.protocol;
    // Packs: from the bank file, or every address the recording's answers name.
    BankConfig config = *bank;
    QMap<QString, DecodePipeline *> pipelines;
    QList<std::shared_ptr<DecodePipeline>> owned;
    qint64 lastUs = 0;
    QList<int> seenAddresses;
    QList<QPair<DecodedMessage, qint64>> messages;
    auto pipelineFor = [&](const QString &link) {
        if (!pipelines.contains(link)) {
            owned.append(std::make_shared<DecodePipeline>(protocol, config, link));
            DecodePipeline *p = owned.last().get();
            QObject::connect(p, &DecodePipeline::decoded, [&, link](const DecodedMessage &m, qint64 at) {
                JsonLines::print(messageJson(m, link, at));
                messages.append({m, at});
                for (const DecodedPack &pk : m.packs)
                    if (pk.address && !seenAddresses.contains(*pk.address))
                        seenAddresses.append(*pk.address);
            });
            QObject::connect(p, &DecodePipeline::failed,
                             [&, link](const QString &e, const QByteArray &, qint64 at) { JsonLines::print(failJson(protocol, e, link, at)); });
            pipelines.insert(link, p);
        }
        return pipelines.value(link);
    };
    QObject::connect(&replay, &ReplayLink::serialBytes, [&](const QString &link, bool, const QByteArray &b, qint64 at) {
        lastUs = at;
        pipelineFor(link)->feedSerial(b, at);
    });
    QObject::connect(&replay, &ReplayLink::canFrame, [&](const QString &link, const CanFrameData &f, qint64 at) {
        lastUs = at;
        pipelineFor(link)->feedCan(f, at);
    });
    QObject::connect(&replay, &ReplayLink::finished, [] { QCoreApplication::quit(); });
    replay.start(o.speed);
    runLoop(0);
    for (DecodePipeline *p : std::as_const(pipelines))
        p->flush(lastUs);

    // The final picture: without a bank file, every address seen is a pack; the readings are
    // re-applied so packs that were unknown while decoding are counted.
    if (config.packs.isEmpty()) {
        std::sort(seenAddresses.begin(), seenAddresses.end());
        config = autoBank(protocol, seenAddresses);
    }
    BankObserver observer(config, QStringLiteral("replay"));
    for (const auto &[m, at] : std::as_const(messages))
        observer.apply(m, at / 1000);
    BankSnapshot snapshot;
    snapshot.config = config;
    for (const PackReading &r : observer.readings())
        snapshot.readings.insert(r.packId, r);
    QJsonObject result = BankJson::toJson(Aggregator::aggregate(snapshot, lastUs / 1000));
    if (observer.hasObserved())
        result.insert(QStringLiteral("observed"), BankJson::viewToJson(observer.observed()));
    JsonLines::print(QJsonObject{{QStringLiteral("aggregation"), result}});
    return 0;
}

int runExportAsc(const QStringList &args)
{
    if (args.size() != 2)
        return fail("export-asc", QCoreApplication::translate("cli", "usage: export-asc SESSION_FILE OUTPUT.asc"));
    ReplayLink reader;
    if (!reader.load(args[0]))
        return fail("export-asc", reader.errorString());
    QFile in(args[0]);
    in.open(QIODevice::ReadOnly);
    const auto events = SessionFormat::parseLog(in.readAll());
    if (!events)
        return fail("export-asc", events.error().toString());
    const auto asc = SessionFormat::toAsc(*events);
    if (!asc)
        return fail("export-asc", asc.error());
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*asc) < 0)
        return fail("export-asc", QCoreApplication::translate("cli", "cannot write %1: %2").arg(args[1], out.errorString()));
    return 0;
}
