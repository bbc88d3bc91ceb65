#pragma once

#include "linereader.h"
#include "sessionformat.h"

#include <QList>

#include <limits>

class QIODevice;

// Streams the events of a log (a BankScope recording, candump log or screen output, SavvyCAN
// CSV, Vector ASC) from a QIODevice: the format is detected from the first lines, then one
// event at a time comes out, in memory that does not depend on the log's length. A line that
// cannot be read is reported by its number and counted (next() returns BadLine), and reading
// goes on: nothing is dropped silently. Not thread-safe; the device stays the caller's.
class LogReader
{
public:
    enum class Status {
        Event,   // the event passed to next() holds the next event
        BadLine, // lineNumber()'s line is not an event of the format: lineError() says why
        End,     // no more input (finishError() says if the end was wrong, e.g. ASC cut short)
        Failed,  // the device failed: errorString()
    };

    struct Options
    {
        qsizetype maxLine = LineReader::kDefaultMaxLine;
        int sampleLines = 400;            // looked at before the format is decided
        qsizetype sampleBytes = 256 * 1024;
    };

    explicit LogReader(QIODevice *device);
    LogReader(QIODevice *device, const Options &options);

    // Reads the first lines (on a pipe only those that have arrived, at least one) and detects
    // the format. False when no log format reads them: format() is Unknown and sample() holds
    // the lines for a caller that reads other text (decode's frame lines).
    bool detect();
    SessionFormat::LogFormat format() const { return m_parser.format(); }
    SessionFormat::TimeBase timeBase() const { return m_parser.timeBase(); }
    // The lines detect() looked at (they are returned again by next(); bounded by Options).
    const QList<QByteArray> &sample() const { return m_sample; }
    // Events of the sample, parsed with a parser of their own (for protocol and dialect
    // inference); bounded like the sample.
    QList<SessionFormat::Event> sampleEvents() const;

    // detect() stopped at a line longer than the cap (binary data, /dev/zero).
    bool sampleTooLong() const { return m_tooLongLine > 0; }

    Status next(SessionFormat::Event &event);
    // The next line as text, for a caller that reads lines of its own kind once detect() found
    // no log format (decode's frames written one per line): the sample first, then the device.
    LineReader::Status nextRawLine(QByteArrayView &line) { return nextLine(line); }
    // A whole line is at hand: the next call returns without waiting for the device.
    bool lineBuffered() const { return m_samplePos < m_sample.size() || m_sampleTooLong || m_lines.lineBuffered(); }
    qint64 lineNumber() const { return m_lineNumber; }
    QString lineError() const { return m_lineError; }
    // The BadLine was one beyond the cap (binary data, endless input without line ends).
    bool lineTooLong() const { return m_lineTooLong; }
    QString errorString() const { return m_error; }
    QString finishError() const { return m_finishError; }
    qint64 position() const; // input bytes consumed
    bool lastLineUnterminated() const { return m_unterminated; }

    quint64 events() const { return m_events; }
    quint64 badLines() const { return m_badLines; }
    quint64 errorFrames() const { return m_parser.errorFrames(); }
    // Lines of candump screen output with no frame at all (pasted shell prompts), passed over:
    // how many, and the numbers of the first ten.
    quint64 otherLines() const { return m_otherLines; }
    const QList<qint64> &otherLineNumbers() const { return m_otherLineNumbers; }

private:
    // The next raw line: from the sample first, then from the device.
    LineReader::Status nextLine(QByteArrayView &line);

    LineReader m_lines;
    Options m_options;
    QIODevice *m_device;
    SessionFormat::LineParser m_parser;
    QList<QByteArray> m_sample;
    qsizetype m_sampleBytes = 0;
    qsizetype m_samplePos = 0;
    bool m_sampleTooLong = false;   // the sample ended at a line beyond the cap
    bool m_sampleUnterminated = false;
    qint64 m_tooLongLine = 0;
    qint64 m_lineNumber = 0;
    qint64 m_lastTimeUs = std::numeric_limits<qint64>::min();
    QString m_lineError;
    QString m_error;
    QString m_finishError;
    bool m_unterminated = false;
    bool m_lineTooLong = false;
    bool m_finished = false;
    quint64 m_events = 0;
    quint64 m_badLines = 0;
    quint64 m_otherLines = 0;
    QList<qint64> m_otherLineNumbers;
};
