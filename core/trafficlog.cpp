#include "trafficlog.h"

#include <array>

namespace {

template <typename E>
struct NameInfo
{
    E value;
    const char *name;
    const char *label;
};

constexpr std::array<NameInfo<TrafficDirection>, 4> kDirections{{
    {TrafficDirection::Request, "request", QT_TRANSLATE_NOOP("TrafficDirection", "Request")},
    {TrafficDirection::Answer, "answer", QT_TRANSLATE_NOOP("TrafficDirection", "Answer")},
    {TrafficDirection::Broadcast, "broadcast", QT_TRANSLATE_NOOP("TrafficDirection", "Broadcast")},
    {TrafficDirection::Foreign, "foreign", QT_TRANSLATE_NOOP("TrafficDirection", "Other master")},
}};

constexpr std::array<NameInfo<TrafficStatus>, 6> kStatuses{{
    {TrafficStatus::Ok, "ok", QT_TRANSLATE_NOOP("TrafficStatus", "OK")},
    {TrafficStatus::ChecksumError, "checksum-error", QT_TRANSLATE_NOOP("TrafficStatus", "Checksum error")},
    {TrafficStatus::FramingError, "framing-error", QT_TRANSLATE_NOOP("TrafficStatus", "Framing error")},
    {TrafficStatus::NoAnswer, "no-answer", QT_TRANSLATE_NOOP("TrafficStatus", "No answer")},
    {TrafficStatus::NotAnswering, "not-answering", QT_TRANSLATE_NOOP("TrafficStatus", "Module not answering (RTN 0x91)")},
    {TrafficStatus::Undecoded, "undecoded", QT_TRANSLATE_NOOP("TrafficStatus", "Not decoded")},
}};

template <typename E, size_t N>
const NameInfo<E> &lookup(const std::array<NameInfo<E>, N> &table, E value)
{
    for (const NameInfo<E> &i : table) {
        if (i.value == value)
            return i;
    }
    return table.front();
}

} // namespace

namespace TrafficNames {

QString name(TrafficDirection direction)
{
    return QString::fromLatin1(lookup(kDirections, direction).name);
}

QString label(TrafficDirection direction)
{
    return QCoreApplication::translate("TrafficDirection", lookup(kDirections, direction).label);
}

QString name(TrafficStatus status)
{
    return QString::fromLatin1(lookup(kStatuses, status).name);
}

QString label(TrafficStatus status)
{
    return QCoreApplication::translate("TrafficStatus", lookup(kStatuses, status).label);
}

} // namespace TrafficNames

// --- TrafficLog ----------------------------------------------------------------------------

TrafficLog::TrafficLog(int capacity)
    : m_ring(capacity)
{
}

void TrafficLog::append(const TrafficRecord &record)
{
    m_ring.push(record);
    ++m_appended;
}

TrafficLog::Batch TrafficLog::since(quint64 after, int maxRecords) const
{
    Batch batch;
    batch.lastSequence = m_appended;
    if (after >= m_appended)
        return batch;
    const quint64 oldestHeld = m_appended - quint64(m_ring.size()) + 1;
    quint64 first = after + 1;
    if (first < oldestHeld) {
        batch.missed += oldestHeld - first;
        first = oldestHeld;
    }
    const quint64 available = m_appended - first + 1;
    if (maxRecords >= 0 && available > quint64(maxRecords)) {
        batch.missed += available - quint64(maxRecords);
        first = m_appended - quint64(maxRecords) + 1;
    }
    batch.records.reserve(qsizetype(m_appended - first + 1));
    for (quint64 s = first; s <= m_appended; ++s)
        batch.records.append(m_ring.at(int(s - oldestHeld)));
    return batch;
}
