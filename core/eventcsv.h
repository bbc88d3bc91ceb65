#pragma once

#include "eventlog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

// One line of a freeze-frame: a quantity of one pack (or of the inverter's view) just before
// and at the moment the event appeared.
struct FreezeRow
{
    QString subject;  // pack id, or "inverter-should-see" / "inverter-can-see" / "inverter-is-told"
    QString quantity; // stable key: "soc_pct", "cell_7_mV", "condition", ...
    QString label;    // translated: "State of charge", "Cell 7", ...
    QString unit;     // "%", "mV", ... (empty for text)
    QVariant before;  // double or text; invalid when absent
    QVariant at;
    QString source;   // link and protocol of the value at the moment (packs), rule (inverter)
    bool changed() const { return before != at; }
};

// Flattens freeze-frames and formats the event log and freeze-frames as CSV (RFC 4180, UTF-8,
// times in UTC ISO 8601). Text cells that a spreadsheet would run as a formula (a firmware string
// from the wire starting with '=') are defused with a leading apostrophe. Pure.
class EventCsv
{
    Q_DECLARE_TR_FUNCTIONS(EventCsv)

public:
    // Every quantity of every pack and of the inverter's view, pack by pack in bank order, then
    // the inverter. machineNames: conditions and faults by their stable names (for CSV) instead
    // of translated labels (for the window).
    static QList<FreezeRow> rows(const FreezeFrame &frame, bool machineNames);

    static QByteArray events(const QList<BankEvent> &events, qint64 nowMs);
    // One or more freeze-frames in the long format: event_id, moment, time_utc, subject, quantity,
    // value, unit, source. Each event with its own frame (events without one are skipped).
    static QByteArray freezeFrames(const QList<QPair<BankEvent, const FreezeFrame *>> &frames);

    static QString utc(qint64 ms);
    static QString field(const QString &text); // quoted and defused as needed
};
