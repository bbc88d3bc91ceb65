#pragma once

#include "aggregator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the overview says about a pack, finer than the aggregation's online/stale: the
// difference between these is what a technician acts on.
enum class PackCondition {
    Online,         // reporting, answers intact
    Stale,          // reported before, nothing fresh within the stale limit
    Asleep,         // answered before, went silent while idle (a BMS sleeps after a long idle)
    NotAnswering,   // the master is alive and answers RTN 0x91 for it: the master cannot reach it
    NoAnswer,       // its requests time out (or a link marked it offline) and it was not idle
    ChecksumErrors, // answers arrive corrupt (two devices on one address, noise, termination)
    AnotherMaster,  // someone else polls this bus: BankScope's requests would collide
    NoData          // never reported anything
};

namespace PackConditionNames {
QList<PackCondition> all();
QString name(PackCondition condition);  // "online", "not-answering", ...
QString label(PackCondition condition); // translated
// Whether the pack's data can be trusted as current (Online and ChecksumErrors with fresh data).
bool isHealthy(PackCondition condition);
} // namespace PackConditionNames

// What the links know about one pack besides its reading: the counters that are the evidence
// for its condition, and its identity. Filled by whoever owns the links (the loopback demo
// today, the session later); times on the monitor's clock (ms).
struct PackLinkInfo
{
    QString link;
    quint64 requests = 0;       // requests BankScope sent to the pack's address (poll role)
    quint64 answers = 0;        // valid answers or frames from it
    quint64 timeouts = 0;
    quint64 checksumErrors = 0;
    quint64 framingErrors = 0;
    quint64 notAnswering = 0;   // RTN 0x91 (the master cannot reach it)
    quint64 otherMasterFrames = 0; // requests on its bus that BankScope did not send
    std::optional<qint64> lastAnswerMs;
    std::optional<qint64> lastTimeoutMs;
    std::optional<qint64> lastChecksumErrorMs; // checksum or framing
    std::optional<qint64> lastNotAnsweringMs;
    std::optional<qint64> lastOtherMasterMs;
    QString firmware;               // as the pack reports it (empty: not read)
    std::optional<bool> balancing;  // where the protocol carries it (JK-B 0x8C bit 2)
};

// A pack's lowest and highest cell: from its cell list, or the extremes a BMS reports without
// a list (Victron-style CAN 0x373), with the 1-based index where the list gives one.
struct CellExtremes
{
    double minMv = 0.0;
    double maxMv = 0.0;
    int minIndex = 0; // 0: not known
    int maxIndex = 0;
};

namespace PackCells {
std::optional<CellExtremes> extremes(const PackReading &reading);
std::optional<double> maxTemperatureC(const PackReading &reading);
} // namespace PackCells

struct PackStateInfo
{
    QString id;
    PackCondition condition = PackCondition::NoData;
    QString reason;       // translated: the one fact that decided the condition
    QStringList evidence; // translated, one fact a line, for the tooltip
};

// Classifies every configured pack from the aggregation's status, its reading and its link
// evidence. Pure and deterministic: the caller supplies "now".
class PackStateClassifier
{
    Q_DECLARE_TR_FUNCTIONS(PackStateClassifier)

public:
    struct Settings
    {
        double recentS = 30.0;     // evidence younger than this counts as current
        double idleCurrentA = 1.0; // below this a pack is idle (a BMS may sleep)
    };

    static PackStateInfo classify(const PackStatus &status, const PackReading *reading, const PackLinkInfo *info,
                                  bool masterAnswers, double staleAfterS, qint64 nowMs, const Settings &settings);
    static QList<PackStateInfo> classify(const BankConfig &config, const AggregationResult &result,
                                         const QHash<QString, PackReading> &readings,
                                         const QHash<QString, PackLinkInfo> &links, double staleAfterS, qint64 nowMs,
                                         const Settings &settings);
};
