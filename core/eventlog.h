#pragma once

#include "aggregator.h"
#include "packstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

// The complete state of the bank at one moment: every pack's reading, status and condition,
// and the inverter's view (what it should see, can see and is told). What a freeze-frame keeps.
struct BankState
{
    qint64 atMs = 0;
    Architecture architecture = Architecture::MasterSlave;
    QList<PackReading> readings;     // bank order; packs that never reported are absent
    QList<PackStatus> statuses;      // every configured pack, bank order
    QList<PackStateInfo> conditions; // every configured pack, bank order
    InverterView truth;
    std::optional<InverterView> sees;
    std::optional<InverterView> told;
    std::optional<double> voltageSocPct; // the voltage-only SOC an inverter without BMS data guesses
};

// An alarm or a communication loss: the state just before it appeared (the last refresh
// without it) and at the moment it appeared (the first refresh with it).
struct FreezeFrame
{
    quint64 id = 0;
    std::optional<BankState> before; // absent when it was there from the very first refresh
    BankState at;
};

enum class EventType {
    PackProtection,        // a pack's BMS raised a protection (fault)
    PackWarning,           // a pack's BMS raised a warning
    PackCommunicationLost, // a pack that was online is not any more
    PackLinkErrors,        // a pack's answers arrive corrupt (checksum or framing errors)
    AnotherMaster,         // requests BankScope did not send on a bank's bus
    InverterNoData,        // the architecture leaves the inverter without BMS data
    InverterToldNothing    // the decoded link to the inverter went silent
};

namespace EventTypeNames {
QList<EventType> all();
QString name(EventType type);  // "pack-protection", ...
QString label(EventType type); // translated
} // namespace EventTypeNames

struct BankEvent
{
    quint64 id = 0;
    EventType type = EventType::PackProtection;
    Severity severity = Severity::Warning;
    QString subject;             // pack id; empty for the bank
    std::optional<Fault> fault;  // protections and warnings
    QString detail;              // translated context at the moment it was raised
    qint64 raisedMs = 0;
    std::optional<qint64> clearedMs;
    quint64 freezeFrameId = 0;   // 0: none taken (see EventLog::Limits)

    bool active() const { return !clearedMs.has_value(); }
    double durationS(qint64 nowMs) const { return double(clearedMs.value_or(nowMs) - raisedMs) / 1000.0; }
    // The event in words: "Over-temperature (protection)", "Communication lost", ...
    QString description() const;
};

// Alarms and events of a session: raised when a condition appears, cleared when it goes, with
// a freeze-frame of the bank kept when an alarm or a communication loss first appears. Fixed
// memory: the oldest events and freeze-frames give way, and how many did is counted.
// A condition that flaps takes a new freeze-frame at most once per holdOffMs.
// GUI thread (owned by BankMonitor); fed one BankState per refresh.
class EventLog
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    struct Limits
    {
        int maxEvents = 2000;
        int maxFreezeFrames = 100;
        qint64 holdOffMs = 60000;
    };

    EventLog();
    explicit EventLog(const Limits &limits);

    void update(const BankState &now, const BankConfig &config);

    const QList<BankEvent> &events() const { return m_events; } // oldest first
    const BankEvent *event(quint64 id) const;
    const FreezeFrame *freezeFrame(quint64 id) const; // nullptr once discarded
    int activeCount() const { return int(m_open.size()); }
    quint64 droppedEvents() const { return m_droppedEvents; }
    quint64 droppedFreezeFrames() const { return m_droppedFrames; }
    int freezeFrameCount() const { return int(m_frames.size()); }
    const Limits &limits() const { return m_limits; }
    // Increases whenever an event is raised or cleared.
    quint64 revision() const { return m_revision; }
    void clear();

private:
    struct Condition
    {
        EventType type;
        Severity severity;
        QString subject;
        std::optional<Fault> fault;
        QString detail;
    };
    static QString keyOf(const Condition &c);
    QMap<QString, Condition> conditions(const BankState &now, const BankConfig &config);
    BankEvent *find(quint64 id);

    Limits m_limits;
    QList<BankEvent> m_events;
    QHash<QString, quint64> m_open;      // condition key -> id of its open event
    QHash<QString, qint64> m_lastFrameAt; // condition key -> when it last took a freeze-frame
    QList<std::shared_ptr<const FreezeFrame>> m_frames; // oldest first
    std::optional<BankState> m_previous;
    QSet<QString> m_everOnline;
    bool m_inverterEverSaw = false;
    bool m_inverterEverTold = false;
    quint64 m_nextId = 1;
    quint64 m_nextFrameId = 1;
    quint64 m_droppedEvents = 0;
    quint64 m_droppedFrames = 0;
    quint64 m_revision = 0;
};
