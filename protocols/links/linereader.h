#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

// Pulls text from a QIODevice one line at a time through one bounded buffer: memory does not
// grow with the input, whatever its length (a day-long log, `yes`, /dev/zero). A line longer
// than the cap is reported by its number and skipped up to its end, never buffered whole.
// Lines end at '\n'; a '\r' before it is dropped (CRLF files). Reads block only when no whole
// line is buffered (lineBuffered()), so a caller reading a pipe can flush its output first.
// Not thread-safe; the device stays the caller's.
class LineReader
{
public:
    enum class Status {
        Line,     // line() holds the next line
        End,      // no more input
        TooLong,  // the line numbered lineNumber() is longer than the cap; skipped
        ReadError // the device failed (errorString())
    };

    static constexpr qsizetype kDefaultMaxLine = 64 * 1024;

    explicit LineReader(QIODevice *device, qsizetype maxLine = kDefaultMaxLine);

    Status next();
    // The line last returned, valid until the next call.
    QByteArrayView line() const { return m_line; }
    // 1-based number of the line last returned (or skipped as too long).
    qint64 lineNumber() const { return m_lineNumber; }
    // The line last returned was the input's last and had no '\n' (cut short, or written by a
    // tool that leaves the final newline out).
    bool lastLineUnterminated() const { return m_unterminated; }
    // A whole line is buffered: next() returns without reading from the device.
    bool lineBuffered() const;
    // Input bytes consumed by the lines returned so far (a position in the file).
    qint64 position() const { return m_consumed; }
    qsizetype maxLine() const { return m_maxLine; }
    QString errorString() const { return m_error; }

private:
    bool fill(); // false: end or error

    QIODevice *m_device;
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // unread data is m_buffer[m_begin, m_end)
    qsizetype m_end = 0;
    QByteArrayView m_line;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_unterminated = false;
    bool m_skipping = false; // inside a line reported as too long
    QString m_error;
};
