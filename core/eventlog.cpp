#include "eventlog.h"

#include <array>

namespace {

struct TypeInfo
{
    EventType type;
    const char *name;
    const char *label;
};

constexpr std::array<TypeInfo, 7> kTypes{{
    {EventType::PackProtection, "pack-protection", QT_TRANSLATE_NOOP("EventType", "Protection")},
    {EventType::PackWarning, "pack-warning", QT_TRANSLATE_NOOP("EventType", "Warning")},
    {EventType::PackCommunicationLost, "communication-lost", QT_TRANSLATE_NOOP("EventType", "Communication lost")},
    {EventType::PackLinkErrors, "link-errors", QT_TRANSLATE_NOOP("EventType", "Corrupt answers")},
    {EventType::AnotherMaster, "another-master", QT_TRANSLATE_NOOP("EventType", "Another master on the bus")},
    {EventType::InverterNoData, "inverter-no-data", QT_TRANSLATE_NOOP("EventType", "Inverter receives no BMS data")},
    {EventType::InverterToldNothing, "inverter-link-silent",
     QT_TRANSLATE_NOOP("EventType", "Nothing is told to the inverter any more")},
}};

const TypeInfo &infoOf(EventType type)
{
    for (const TypeInfo &i : kTypes) {
        if (i.type == type)
            return i;
    }
    return kTypes.front();
}

} // namespace

namespace EventTypeNames {

QList<EventType> all()
{
    QList<EventType> out;
    for (const TypeInfo &i : kTypes)
        out.append(i.type);
    return out;
}

QString name(EventType type)
{
    return QString::fromLatin1(infoOf(type).name);
}

QString label(EventType type)
{
    return QCoreApplication::translate("EventType", infoOf(type).label);
}

} // namespace EventTypeNames

QString BankEvent::description() const
{
    if (fault && type == EventType::PackProtection)
        return QCoreApplication::translate("EventType", "%1 (protection)").arg(FaultNames::label(*fault));
    if (fault && type == EventType::PackWarning)
        return QCoreApplication::translate("EventType", "%1 (warning)").arg(FaultNames::label(*fault));
    return EventTypeNames::label(type);
}

EventLog::EventLog()
    : EventLog(Limits{})
{
}

EventLog::EventLog(const Limits &limits)
    : m_limits(limits)
{
}

QString EventLog::keyOf(const Condition &c)
{
    return EventTypeNames::name(c.type) + QLatin1Char('|') + c.subject + QLatin1Char('|')
        + (c.fault ? FaultNames::name(*c.fault) : QString());
}

BankEvent *EventLog::find(quint64 id)
{
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        if (m_events[i].id == id)
            return &m_events[i];
    }
    return nullptr;
}

const BankEvent *EventLog::event(quint64 id) const
{
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        if (m_events[i].id == id)
            return &m_events[i];
    }
    return nullptr;
}

const FreezeFrame *EventLog::freezeFrame(quint64 id) const
{
    if (id == 0)
        return nullptr;
    for (const auto &f : m_frames) {
        if (f->id == id)
            return f.get();
    }
    return nullptr;
}

QMap<QString, EventLog::Condition> EventLog::conditions(const BankState &now, const BankConfig &config)
{
    QMap<QString, Condition> out;
    const auto add = [&out](const Condition &c) { out.insert(keyOf(c), c); };
    const QStringList masters = config.masterIds();
    const QString master = config.architecture == Architecture::PeerToPeer || masters.isEmpty() ? QString()
                                                                                                : masters.first();

    QHash<QString, const PackReading *> readingOf;
    for (const PackReading &r : now.readings)
        readingOf.insert(r.packId, &r);

    for (int i = 0; i < now.statuses.size(); ++i) {
        const PackStatus &status = now.statuses[i];
        const QString &id = status.id;
        const PackCondition condition = i < now.conditions.size() ? now.conditions[i].condition : PackCondition::NoData;
        if (status.online()) {
            m_everOnline.insert(id);
            if (const PackReading *r = readingOf.value(id)) {
                const Faults faults = r->faults.has() ? *r->faults : Faults();
                const Faults warnings = (r->warnings.has() ? *r->warnings : Faults()) & ~faults;
                for (Fault f : FaultNames::all()) {
                    if (faults.testFlag(f))
                        add({EventType::PackProtection, Severity::Error, id, f, {}});
                    else if (warnings.testFlag(f))
                        add({EventType::PackWarning, Severity::Warning, id, f, {}});
                }
            }
        } else {
            // Its alarms cannot be judged while it is silent: the open ones stay open.
            for (auto it = m_open.constBegin(); it != m_open.constEnd(); ++it) {
                const BankEvent *e = event(it.value());
                if (e && e->subject == id && e->fault)
                    add({e->type, e->severity, e->subject, e->fault, e->detail});
            }
            if (m_everOnline.contains(id)) {
                const bool severe = id == master || config.architecture == Architecture::MasterSlave;
                const QString reason = i < now.conditions.size() ? now.conditions[i].reason : QString();
                add({EventType::PackCommunicationLost, severe ? Severity::Error : Severity::Warning, id, std::nullopt,
                     reason.isEmpty() ? PackConditionNames::label(condition)
                                      : PackConditionNames::label(condition) + QStringLiteral(": ") + reason});
            }
        }
        if (condition == PackCondition::ChecksumErrors)
            add({EventType::PackLinkErrors, Severity::Warning, id, std::nullopt,
                 i < now.conditions.size() ? now.conditions[i].reason : QString()});
        if (condition == PackCondition::AnotherMaster)
            add({EventType::AnotherMaster, Severity::Error, QString(), std::nullopt,
                 tr("Requests BankScope did not send were heard on the bus of %1.").arg(id)});
    }

    if (now.sees)
        m_inverterEverSaw = true;
    else if (m_inverterEverSaw) {
        const QString guess = now.voltageSocPct
            ? tr("It falls back to a voltage-only SOC of about %1 %.").arg(QString::number(*now.voltageSocPct, 'f', 0))
            : QString();
        add({EventType::InverterNoData, Severity::Error, QString(), std::nullopt, guess});
    }
    if (now.told)
        m_inverterEverTold = true;
    else if (m_inverterEverTold)
        add({EventType::InverterToldNothing, Severity::Error, QString(), std::nullopt,
             tr("The master's broadcast to the inverter has stopped.")});
    return out;
}

void EventLog::update(const BankState &now, const BankConfig &config)
{
    const QMap<QString, Condition> current = conditions(now, config);

    // Cleared: open events whose condition is gone.
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        if (BankEvent *e = find(it.value()))
            e->clearedMs = now.atMs;
        ++m_revision;
        it = m_open.erase(it);
    }

    // Raised: conditions without an open event. One freeze-frame serves every event raised at
    // the same moment.
    std::shared_ptr<FreezeFrame> frame;
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        if (m_open.contains(it.key()))
            continue;
        const Condition &c = it.value();
        BankEvent e;
        e.id = m_nextId++;
        e.type = c.type;
        e.severity = c.severity;
        e.subject = c.subject;
        e.fault = c.fault;
        e.detail = c.detail;
        e.raisedMs = now.atMs;
        const auto last = m_lastFrameAt.constFind(it.key());
        if (last == m_lastFrameAt.constEnd() || now.atMs - *last >= m_limits.holdOffMs) {
            if (!frame) {
                frame = std::make_shared<FreezeFrame>();
                frame->id = m_nextFrameId++;
                frame->before = m_previous;
                frame->at = now;
                m_frames.append(frame);
                while (m_frames.size() > m_limits.maxFreezeFrames) {
                    m_frames.removeFirst();
                    ++m_droppedFrames;
                }
            }
            e.freezeFrameId = frame->id;
            m_lastFrameAt.insert(it.key(), now.atMs);
        }
        m_open.insert(it.key(), e.id);
        m_events.append(e);
        ++m_revision;
    }
    while (m_events.size() > m_limits.maxEvents) {
        const BankEvent &oldest = m_events.first();
        if (oldest.active()) {
            // An open event gives way too (the log is bounded): if its condition is still there,
            // the next update raises it afresh.
            for (auto it = m_open.begin(); it != m_open.end(); ++it) {
                if (it.value() == oldest.id) {
                    m_open.erase(it);
                    break;
                }
            }
        }
        m_events.removeFirst();
        ++m_droppedEvents;
    }
    m_previous = now;
}

void EventLog::clear()
{
    m_events.clear();
    m_open.clear();
    m_lastFrameAt.clear();
    m_frames.clear();
    m_previous.reset();
    m_everOnline.clear();
    m_inverterEverSaw = false;
    m_inverterEverTold = false;
    m_droppedEvents = 0;
    m_droppedFrames = 0;
    ++m_revision;
}
