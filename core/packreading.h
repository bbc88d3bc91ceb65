#pragma once

#include "fault.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Where a value came from: the link it arrived on and the protocol that decoded it.
struct ReadingSource
{
    QString link;     // e.g. "ttyUSB0", "can0", "demo"
    QString protocol; // e.g. "pylontech-rs485", "pylon-can", "jk-pb"

    bool operator==(const ReadingSource &other) const
    {
        return link == other.link && protocol == other.protocol;
    }
};

// One value with the clock time it was measured or received and its source.
template <typename T>
struct Timed
{
    std::optional<T> value;
    qint64 atMs = 0;
    ReadingSource source;

    bool has() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
    T value_or(const T &fallback) const { return value.value_or(fallback); }
    void set(T v, qint64 at, const ReadingSource &from)
    {
        value = std::move(v);
        atMs = at;
        source = from;
    }
};

// The latest known state of one pack, protocol-neutral. Units: volts, amperes (+ = charge,
// - = discharge), ampere-hours, percent, cells in millivolts, temperatures in degrees Celsius.
// Every value is optional because every protocol carries a different subset.
struct PackReading
{
    QString packId;
    // A link reported that the pack stopped answering (timeout, RTN 0x91, bus-off). Distinct
    // from staleness, which the aggregation core derives from the time stamps.
    bool markedOffline = false;

    Timed<double> socPct;
    Timed<double> sohPct;
    Timed<double> voltageV;
    Timed<double> currentA;
    Timed<double> remainingAh;
    Timed<double> fullAh;     // capacity the BMS reports (may differ from the rated capacity)
    Timed<double> cvlV;       // charge voltage limit
    Timed<double> dvlV;       // discharge voltage limit
    Timed<double> cclA;       // charge current limit (magnitude)
    Timed<double> dclA;       // discharge current limit (magnitude)
    Timed<QList<int>> cellsMv;
    Timed<QList<double>> tempsC;
    // Extremes only, for protocols that carry no per-cell list (a Victron-style CAN BMS sends
    // its lowest and highest cell in 0x373). Used where the list is absent.
    Timed<double> cellMinMv;
    Timed<double> cellMaxMv;
    Timed<double> tempMinC;
    Timed<double> tempMaxC;
    Timed<Faults> faults;
    Timed<Faults> warnings;
    // CAN, a pack's own link (a GX bank): the senders heard on it, told apart by the names in its
    // name frames (0x35E, 0x370/0x371). Two or more: two BMSs send the same frame ids on one
    // interface. Not a measurement (lastUpdateMs() leaves it out).
    Timed<QStringList> senders;

    // Newest time stamp of any value present, or nullopt if the pack never reported anything.
    std::optional<qint64> lastUpdateMs() const;
};
