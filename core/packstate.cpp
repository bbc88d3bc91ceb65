#include "packstate.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct ConditionInfo
{
    PackCondition condition;
    const char *name;
    const char *label;
};

constexpr std::array<ConditionInfo, 8> kConditions{{
    {PackCondition::Online, "online", QT_TRANSLATE_NOOP("PackCondition", "Online")},
    {PackCondition::Stale, "stale", QT_TRANSLATE_NOOP("PackCondition", "Stale")},
    {PackCondition::Asleep, "asleep", QT_TRANSLATE_NOOP("PackCondition", "Asleep")},
    {PackCondition::NotAnswering, "not-answering",
     QT_TRANSLATE_NOOP("PackCondition", "Not answering (master reports RTN 0x91)")},
    {PackCondition::NoAnswer, "no-answer", QT_TRANSLATE_NOOP("PackCondition", "No answer (time-outs)")},
    {PackCondition::ChecksumErrors, "checksum-errors", QT_TRANSLATE_NOOP("PackCondition", "Checksum errors")},
    {PackCondition::AnotherMaster, "another-master", QT_TRANSLATE_NOOP("PackCondition", "Another master on the bus")},
    {PackCondition::NoData, "no-data", QT_TRANSLATE_NOOP("PackCondition", "No data")},
}};

const ConditionInfo &infoOf(PackCondition condition)
{
    for (const ConditionInfo &i : kConditions) {
        if (i.condition == condition)
            return i;
    }
    return kConditions.back();
}

QString seconds(double s)
{
    return QString::number(s, 'f', s < 10.0 ? 1 : 0);
}

} // namespace

namespace PackConditionNames {

QList<PackCondition> all()
{
    QList<PackCondition> out;
    for (const ConditionInfo &i : kConditions)
        out.append(i.condition);
    return out;
}

QString name(PackCondition condition)
{
    return QString::fromLatin1(infoOf(condition).name);
}

QString label(PackCondition condition)
{
    return QCoreApplication::translate("PackCondition", infoOf(condition).label);
}

bool isHealthy(PackCondition condition)
{
    return condition == PackCondition::Online;
}

} // namespace PackConditionNames

namespace PackCells {

std::optional<CellExtremes> extremes(const PackReading &r)
{
    if (r.cellsMv.has() && !r.cellsMv->isEmpty()) {
        const QList<int> &cells = *r.cellsMv;
        CellExtremes e{double(cells[0]), double(cells[0]), 1, 1};
        for (int i = 1; i < cells.size(); ++i) {
            if (cells[i] < e.minMv) { // strict: the first of equal cells is named
                e.minMv = cells[i];
                e.minIndex = i + 1;
            }
            if (cells[i] > e.maxMv) {
                e.maxMv = cells[i];
                e.maxIndex = i + 1;
            }
        }
        return e;
    }
    if (r.cellMinMv.has() && r.cellMaxMv.has())
        return CellExtremes{*r.cellMinMv, *r.cellMaxMv, 0, 0};
    return std::nullopt;
}

std::optional<double> maxTemperatureC(const PackReading &r)
{
    if (r.tempsC.has() && !r.tempsC->isEmpty())
        return *std::max_element(r.tempsC->cbegin(), r.tempsC->cend());
    return r.tempMaxC.value;
}

} // namespace PackCells

PackStateInfo PackStateClassifier::classify(const PackStatus &status, const PackReading *reading,
                                            const PackLinkInfo *info, bool masterAnswers, double staleAfterS,
                                            qint64 nowMs, const Settings &settings)
{
    PackStateInfo out;
    out.id = status.id;
    const auto ago = [nowMs](qint64 atMs) { return double(nowMs - atMs) / 1000.0; };
    const auto recent = [&](const std::optional<qint64> &at) {
        return at && ago(*at) <= settings.recentS;
    };

    // The evidence, whatever the verdict: the tooltip shows all of it.
    QStringList &e = out.evidence;
    if (status.ageS)
        e.append(tr("Last reading %1 s ago (stale after %2 s).").arg(seconds(*status.ageS), seconds(staleAfterS)));
    else
        e.append(tr("No reading received yet."));
    if (info) {
        if (!info->link.isEmpty())
            e.append(tr("Link: %1.").arg(info->link));
        if (info->requests > 0)
            e.append(tr("Requests %1, answers %2, time-outs %3.")
                         .arg(info->requests)
                         .arg(info->answers)
                         .arg(info->timeouts));
        else if (info->answers > 0)
            e.append(tr("Frames received: %1 (nothing is sent to it).").arg(info->answers));
        if (info->checksumErrors + info->framingErrors > 0 && info->lastChecksumErrorMs)
            e.append(tr("Checksum errors %1, framing errors %2; the last %3 s ago.")
                         .arg(info->checksumErrors)
                         .arg(info->framingErrors)
                         .arg(seconds(ago(*info->lastChecksumErrorMs))));
        if (info->notAnswering > 0 && info->lastNotAnsweringMs)
            e.append(tr("The master answered RTN 0x91 (cannot reach this module) %1 times; the last %2 s ago.")
                         .arg(info->notAnswering)
                         .arg(seconds(ago(*info->lastNotAnsweringMs))));
        if (info->otherMasterFrames > 0 && info->lastOtherMasterMs)
            e.append(tr("Another master was heard on this bus: %1 requests BankScope did not send; the last %2 s ago.")
                         .arg(info->otherMasterFrames)
                         .arg(seconds(ago(*info->lastOtherMasterMs))));
    }
    if (reading && reading->markedOffline)
        e.append(tr("The link marked it offline."));

    // The verdict, most specific first.
    const bool answeredBefore = status.ageS.has_value() || (info && info->answers > 0);
    if (info && recent(info->lastOtherMasterMs)) {
        out.condition = PackCondition::AnotherMaster;
        out.reason = tr("%1 requests BankScope did not send were heard on %2; the last %3 s ago.")
                         .arg(info->otherMasterFrames)
                         .arg(info->link, seconds(ago(*info->lastOtherMasterMs)));
        return out;
    }
    const auto corrupt = [&] {
        return tr("%1 checksum and %2 framing errors on %3; the last %4 s ago.")
            .arg(info->checksumErrors)
            .arg(info->framingErrors)
            .arg(info->link, seconds(ago(*info->lastChecksumErrorMs)));
    };
    if (status.state == PackState::Online) {
        if (info && recent(info->lastChecksumErrorMs)) {
            out.condition = PackCondition::ChecksumErrors;
            out.reason = corrupt();
        } else {
            out.condition = PackCondition::Online;
            out.reason = tr("Reporting; last reading %1 s ago.").arg(seconds(status.ageS.value_or(0.0)));
        }
        return out;
    }
    if (!answeredBefore) {
        out.condition = PackCondition::NoData;
        out.reason = tr("Nothing received from it yet.");
        return out;
    }
    const bool rtn91 = info && info->lastNotAnsweringMs
        && (!info->lastAnswerMs || *info->lastNotAnsweringMs >= *info->lastAnswerMs);
    if (reading && reading->markedOffline && rtn91 && masterAnswers) {
        out.condition = PackCondition::NotAnswering;
        out.reason = tr("The master answers for it with RTN 0x91 (cannot reach this module): check its link cable, "
                        "address switches and power.");
        return out;
    }
    if (info && recent(info->lastChecksumErrorMs)) {
        out.condition = PackCondition::ChecksumErrors;
        out.reason = corrupt();
        return out;
    }
    const bool idle = reading && reading->currentA.has() && std::abs(*reading->currentA) < settings.idleCurrentA;
    if (idle && !(reading && reading->markedOffline && rtn91)) {
        e.append(tr("Its last current was %1 A: idle, and a BMS sleeps after a long idle. Over the bus a sleeping BMS "
                    "cannot be told from one switched off: wake it (its button, or charge current) and watch it return.")
                     .arg(QString::number(*reading->currentA, 'f', 1)));
        out.condition = PackCondition::Asleep;
        out.reason = tr("Silent for %1 s after answering while idle (%2 A).")
                         .arg(seconds(status.ageS.value_or(0.0)), QString::number(*reading->currentA, 'f', 1));
        return out;
    }
    const bool timingOut = info && info->lastTimeoutMs && (!info->lastAnswerMs || *info->lastTimeoutMs > *info->lastAnswerMs);
    if ((reading && reading->markedOffline) || timingOut) {
        if (reading && reading->currentA.has())
            e.append(tr("It was carrying %1 A when it went quiet, so it was not asleep.")
                         .arg(QString::number(*reading->currentA, 'f', 1)));
        out.condition = PackCondition::NoAnswer;
        out.reason = info && info->timeouts > 0
            ? tr("Its requests time out (%1 so far); last reading %2 s ago.")
                  .arg(info->timeouts)
                  .arg(seconds(status.ageS.value_or(0.0)))
            : tr("The link marked it offline; last reading %1 s ago.").arg(seconds(status.ageS.value_or(0.0)));
        return out;
    }
    out.condition = PackCondition::Stale;
    out.reason = tr("Nothing fresh for %1 s (stale after %2 s).").arg(seconds(status.ageS.value_or(0.0)), seconds(staleAfterS));
    return out;
}

QList<PackStateInfo> PackStateClassifier::classify(const BankConfig &config, const AggregationResult &result,
                                                   const QHash<QString, PackReading> &readings,
                                                   const QHash<QString, PackLinkInfo> &links, double staleAfterS,
                                                   qint64 nowMs, const Settings &settings)
{
    // "Behind a live master": the master is online, or it answered within the recent window.
    bool masterAnswers = false;
    if (config.architecture != Architecture::PeerToPeer) {
        const QStringList masters = config.masterIds();
        for (int i = 0; i < config.packs.size() && i < result.packs.size(); ++i) {
            if (masters.isEmpty() || config.packs[i].id != masters.first())
                continue;
            masterAnswers = result.packs[i].online();
            const auto it = links.constFind(config.packs[i].id);
            if (it != links.constEnd() && it->lastAnswerMs && double(nowMs - *it->lastAnswerMs) / 1000.0 <= settings.recentS)
                masterAnswers = true;
        }
    }
    QList<PackStateInfo> out;
    for (int i = 0; i < config.packs.size() && i < result.packs.size(); ++i) {
        const QString &id = config.packs[i].id;
        const auto r = readings.constFind(id);
        const auto l = links.constFind(id);
        out.append(classify(result.packs[i], r == readings.constEnd() ? nullptr : &*r,
                            l == links.constEnd() ? nullptr : &*l, masterAnswers, staleAfterS, nowMs, settings));
    }
    return out;
}
