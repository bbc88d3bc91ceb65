#pragma once

#include "expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The recording format and the CAN logs people have. One event per line, every line
// time-stamped on one session clock (absolute seconds with microseconds, monotonic in a file):
//   CAN (candump log format):   (1732440000.123456) can0 351#1402C012C012C201
//   serial bytes received:      (1732440000.123456) ttyUSB0 RX 7E32303032...
//   serial bytes sent:          (1732440000.123456) ttyUSB0 TX 7E32303032...
//   a comment (BankScope's own header, notes): # ...
// Link names contain no spaces. Hex is upper case without separators. A candump log written by
// can-utils (`candump -l`, `candump -L`) is a valid session.
//
// Read as well (LineParser, detect): candump's screen output, SavvyCAN's GVRET CSV and Vector
// ASC, each strictly (a bad line is an error naming what is wrong, never skipped silently):
//   candump screen (can-utils candump.c, lib.c snprintf_long_canframe):
//     "  can0  351   [8]  14 02 C0 12 C0 12 C2 01" with -t a "(1700000000.100000) ", -t A
//     "(2023-11-14 22:13:20.100000) " (read as UTC: candump writes local time without a zone),
//     -t d / -t z "(000.100000) ", -x "  RX - -" after the interface, -a the ASCII column, -S
//     byte-swapped data ("`"), -i binary data, -c colours, "[08]"/"{8}" lengths, "remote request"
//     and ERRORFRAME lines (not data: skipped)
//   SavvyCAN GVRET CSV (collin80/SavvyCAN framefileio.cpp saveNativeCSVFile / loadNativeCSVFile):
//     "Time Stamp,ID,Extended,Dir,Bus,LEN,D1,...,D8" then "39747828,000005EB,false,Rx,0,8,E8,...,"
//     (time stamp in microseconds; the first version of the format has no Dir column)
//   Vector ASC: "date ...", "base hex|dec  timestamps absolute", optional "Begin Triggerblock"
//     ... "End TriggerBlock" (can-utils' log2asc writes none), "   0.012345 1  351  Rx   d 8 ..."
// Pure: text in, text out; files are the caller's business (LogReader streams them).
namespace SessionFormat {

enum class Kind { Can, SerialRx, SerialTx };

struct Event
{
    qint64 timeUs = 0;  // absolute, microseconds
    QString link;       // "can0", "ttyUSB0"
    Kind kind = Kind::Can;
    quint32 canId = 0;
    bool extended = false;
    bool remote = false;
    QByteArray data;    // CAN data or serial bytes
    bool operator==(const Event &o) const = default;
};

struct ParseError
{
    int line = 0; // 1-based
    QString message;
    QString toString() const;
};

enum class LogFormat {
    Unknown,
    CandumpLog,    // candump -l / -L, and BankScope's own recordings (serial lines too)
    CandumpScreen, // candump's default output, what users paste into issues
    SavvyCsv,      // SavvyCAN's GVRET CSV
    VectorAsc,
};
// "candump-log", "candump-screen", "savvycan-csv", "vector-asc", "unknown"
QString formatName(LogFormat format);

// How candump's screen output stamps its lines (-t a|A|d|z, or no -t).
enum class TimeBase {
    Absolute, // seconds since 1970
    Date,     // -t A: local date and time, read as UTC
    Delta,    // -t d: seconds since the previous frame
    Zero,     // -t z: seconds since the first frame
    None,     // no time stamps: every event at 0
};
QString timeBaseName(TimeBase base); // "absolute", "date", "delta", "zero", "none"

QByteArray formatLine(const Event &event);
// Appends formatLine(event) and '\n' to `out` without temporaries (the recorder's hot path).
void appendLine(QByteArray &out, const Event &event);
// Parses one candump-log line; comments and empty lines are not events (isComment()).
Expected<Event, QString> parseLine(QByteArrayView line);
bool isComment(QByteArrayView line);

// Reads the lines of one format one at a time, keeping what the format carries from line to
// line (ASC base, date and trigger block; candump -t d's running time; the CSV layout; the last
// link name, so a million lines do not make a million strings). Not thread-safe.
class LineParser
{
    Q_DECLARE_TR_FUNCTIONS(SessionFormat)

public:
    enum class Result {
        Event,
        Skip,      // a header, comment ('#' lines in any format), blank or non-data line
        NotAFrame, // candump screen output: a line with no frame in it at all (a shell prompt
                   // or "^C" pasted with the output): passed over, but counted and named
        Error,
    };

    explicit LineParser(LogFormat format = LogFormat::CandumpLog, TimeBase time = TimeBase::Absolute);
    LogFormat format() const { return m_format; }
    TimeBase timeBase() const { return m_time; }

    // Event: `event` holds the line's event (its fields are overwritten, its buffers reused).
    // Skip: a header, comment, blank or non-data line (ASC statistics, candump error frames).
    // NotAFrame: see above. Error: `error` says what is wrong with the line.
    Result parse(QByteArrayView line, Event &event, QString &error);
    // At the end of the input: what is wrong with how it ended (ASC cut inside a trigger
    // block), or empty.
    QString finish() const;
    // Error frames seen (candump ERRORFRAME, ASC ErrorFrame): not data, counted.
    quint64 errorFrames() const { return m_errorFrames; }

private:
    Result parseCandumpLog(QByteArrayView line, Event &e, QString &error);
    Result parseScreen(QByteArrayView line, Event &e, QString &error);
    Result parseCsv(QByteArrayView line, Event &e, QString &error);
    Result parseAsc(QByteArrayView line, Event &e, QString &error);
    void setLink(QByteArrayView name, Event &e);

    LogFormat m_format;
    TimeBase m_time;
    QByteArray m_linkBytes; // the last link name seen and its string
    QString m_linkName;
    quint64 m_errorFrames = 0;
    // candump screen
    qint64 m_runningUs = 0;
    // SavvyCAN
    bool m_csvHeader = false;
    bool m_csvDirColumn = true;
    // ASC
    bool m_ascHex = true;
    qint64 m_ascStartUs = 0;
    bool m_ascSawBegin = false;
    bool m_ascInBlock = false;
    QList<QByteArray> m_ascChannels; // ASC channel n -> "can<n-1>"
};

// What the first lines of a file are (blank and '#' lines skipped): the format that reads them,
// and for candump's screen output how it stamps time (-t d and -t z look alike: a sample whose
// stamps ever decrease is delta). Unknown when no log format reads the first data line.
struct Detection
{
    LogFormat format = LogFormat::Unknown;
    TimeBase time = TimeBase::Absolute;
};
Detection detect(const QList<QByteArray> &firstLines);

// A whole log, strictly: the first bad line is an error with its number, never skipped.
Expected<QList<Event>, ParseError> parseLog(QByteArrayView text);
// Any of the formats above, detected from the text.
Expected<QList<Event>, ParseError> parseAny(QByteArrayView text);

// Vector ASC (CAN events only; serial events are not representable and are refused). Streams:
// the header goes out with the first event (its date is the first event's), one line per frame,
// the trailer at the end. Appends to the caller's buffer; no allocation per frame.
class AscWriter
{
public:
    // False (and `error`) for an event ASC cannot hold (serial traffic).
    bool append(const Event &event, QByteArray &out, QString &error);
    void finish(QByteArray &out);
    quint64 frames() const { return m_frames; }

private:
    void header(qint64 startUs, QByteArray &out);
    int channel(const QString &link);

    bool m_started = false;
    qint64 m_startUs = 0;
    QList<QString> m_channels;
    QString m_lastLink;
    int m_lastChannel = 0;
    quint64 m_frames = 0;
};

Expected<QByteArray, QString> toAsc(const QList<Event> &events);
Expected<QList<Event>, ParseError> parseAsc(QByteArrayView text);

} // namespace SessionFormat
