#pragma once

#include "bankconfig.h"
#include "decodedmessage.h"
#include "inverterview.h"
#include "packreading.h"

#include <QHash>
#include <QList>
#include <QStringList>

// Maps decoded messages of any protocol onto the core's model: per-pack values become
// PackReadings (the pack is found by its configured bus address), bank-level values (CAN
// broadcasts, Pylontech 0x61-0x63 system answers) become the observed InverterView: what the
// inverter is actually being told. Alarm names that are not core faults are kept, not dropped.
// Not thread-safe; one per link.
class BankObserver
{
public:
    BankObserver(const BankConfig &config, const QString &link);

    // Applies one message received at atMs. `address` overrides the message's own (a JK-B
    // frame carries none: the caller knows whom it polled). Returns the ids of packs updated.
    QStringList apply(const DecodedMessage &message, qint64 atMs, std::optional<int> address = std::nullopt);

    QList<PackReading> readings() const;        // bank order, packs that reported at all
    const PackReading *reading(const QString &packId) const;
    bool hasObserved() const { return m_hasObserved; }
    const InverterView &observed() const { return m_observed; }
    // The average cell temperature the inverter is told (Pylon 0x356, Pylontech 0x61), with
    // when it was heard. Not an extreme: the observed view's highest/lowest stay empty unless
    // the sender gives them (Victron 0x373).
    std::optional<double> observedAverageTempC() const { return m_observedAverageTempC; }
    qint64 observedAverageTempAtMs() const { return m_observedAverageAtMs; }
    qint64 observedAtMs() const { return m_observedAtMs; }
    // Alarm names from the wire that have no core fault (e.g. "bms-internal", "contactor").
    const QStringList &otherAlarms() const { return m_otherAlarms; }
    // Addresses that answered but are not in the bank configuration.
    const QList<int> &unknownAddresses() const { return m_unknownAddresses; }

    // Replaces the bank configuration, keeping every reading so far (a replay without a bank file
    // adds each address the moment it first answers).
    void setConfig(const BankConfig &config) { m_config = config; }
    const BankConfig &config() const { return m_config; }

    // The pack id a bus address belongs to, or empty.
    QString packForAddress(int address) const;
    // Whole-group answers whose blocks could not be matched to packs (fewer blocks than packs
    // and no RTN 0x91 to say which are missing): not applied, counted here.
    int ambiguousGroupAnswers() const { return m_ambiguousGroupAnswers; }

    // Peer-to-peer (a GX with one CAN-bus BMS per CAN interface): every broadcast on this link
    // is one pack's own BMS speaking, so it updates that pack's reading instead of the bank's
    // observed view. Empty (the default): broadcasts are what a master tells the inverter.
    // The names in its name frames (0x35E, 0x370) tell who sends: when one frame id carries two
    // names, each heard at least twice within kSendersWindowMs, two BMSs share the interface and
    // the pack's reading says so (PackReading::senders).
    void setBroadcastPack(const QString &packId) { m_broadcastPack = packId; }
    static constexpr qint64 kSendersWindowMs = 15000;
    const QString &broadcastPack() const { return m_broadcastPack; }

private:
    void applyPack(const DecodedPack &pack, const DecodedMessage &message, qint64 atMs, const QString &packId);
    void applyBank(const DecodedMessage &message, qint64 atMs);
    void applyBroadcastToPack(const DecodedMessage &message, qint64 atMs);
    void noteSender(const DecodedMessage &message, qint64 atMs, PackReading &reading);
    QList<int> groupAddresses(const DecodedMessage &message); // one per block, -1: unknown
    Faults toFaults(const QStringList &names);

    BankConfig m_config;
    QString m_link;
    QHash<QString, PackReading> m_readings;
    InverterView m_observed;
    bool m_hasObserved = false;
    qint64 m_observedAtMs = 0;
    std::optional<double> m_observedAverageTempC;
    qint64 m_observedAverageAtMs = 0;
    QStringList m_otherAlarms;
    QList<int> m_unknownAddresses;
    QString m_broadcastPack;
    // Name frame id -> name -> when it was heard (the last few times), on this link.
    QHash<QString, QHash<QString, QList<qint64>>> m_names;
    QHash<int, qint64> m_unreachable; // addresses the master answered RTN 0x91 for
    int m_ambiguousGroupAnswers = 0;
};
