#include "logreader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace SessionFormat;

LogReader::LogReader(QIODevice *device)
    : LogReader(device, Options{})
{
}

LogReader::LogReader(QIODevice *device, const Options &options)
    : m_lines(device, options.maxLine)
    , m_options(options)
    , m_device(device)
{
}

bool LogReader::detect()
{
    m_sample.clear();
    m_sampleBytes = 0;
    bool significant = false;
    while (m_sample.size() < m_options.sampleLines && m_sampleBytes < m_options.sampleBytes) {
        // On a pipe the sample is what has already arrived (at least one line that says
        // something): a live `candump | bankscope-cli decode -` must not wait for more.
        if (significant && m_device->isSequential() && !m_lines.lineBuffered() && m_device->bytesAvailable() <= 0)
            break;
        const LineReader::Status s = m_lines.next();
        if (s == LineReader::Status::End)
            break;
        if (s == LineReader::Status::ReadError) {
            m_error = m_lines.errorString();
            break;
        }
        if (s == LineReader::Status::TooLong) {
            m_sampleTooLong = true;
            m_tooLongLine = m_lines.lineNumber();
            break;
        }
        m_sample.append(m_lines.line().toByteArray());
        m_sampleBytes += m_lines.line().size() + 1;
        m_sampleUnterminated = m_lines.lastLineUnterminated();
        const QByteArrayView t = m_lines.line().trimmed();
        significant |= !t.isEmpty() && !t.startsWith('#') && !t.startsWith("//");
    }
    const Detection d = SessionFormat::detect(m_sample);
    m_parser = LineParser(d.format, d.time);
    return d.format != LogFormat::Unknown;
}

QList<Event> LogReader::sampleEvents() const
{
    LineParser parser(m_parser.format(), m_parser.timeBase());
    QList<Event> out;
    Event e;
    QString error;
    for (const QByteArray &line : m_sample) {
        if (parser.parse(line, e, error) == LineParser::Result::Event) {
            out.append(e);
            e.data = QByteArray();
        }
    }
    return out;
}

qint64 LogReader::position() const
{
    qint64 pending = 0;
    for (qsizetype i = m_samplePos; i < m_sample.size(); ++i)
        pending += m_sample[i].size() + 1;
    return std::max<qint64>(0, m_lines.position() - pending);
}

LineReader::Status LogReader::nextLine(QByteArrayView &line)
{
    if (m_samplePos < m_sample.size()) {
        line = m_sample[m_samplePos];
        m_lineNumber = m_samplePos + 1;
        ++m_samplePos;
        m_unterminated = m_samplePos == m_sample.size() && m_sampleUnterminated;
        return LineReader::Status::Line;
    }
    if (m_sampleTooLong) {
        m_sampleTooLong = false;
        m_lineNumber = m_tooLongLine;
        return LineReader::Status::TooLong;
    }
    const LineReader::Status s = m_lines.next();
    m_lineNumber = m_lines.lineNumber();
    m_unterminated = m_lines.lastLineUnterminated();
    if (s == LineReader::Status::Line)
        line = m_lines.line();
    return s;
}

LogReader::Status LogReader::next(Event &event)
{
    if (!m_error.isEmpty())
        return Status::Failed;
    m_lineTooLong = false;
    for (;;) {
        QByteArrayView line;
        switch (nextLine(line)) {
        case LineReader::Status::End:
            if (!m_finished) {
                m_finished = true;
                m_finishError = m_parser.finish();
            }
            return Status::End;
        case LineReader::Status::ReadError:
            m_error = m_lines.errorString();
            return Status::Failed;
        case LineReader::Status::TooLong:
            ++m_badLines;
            m_lineTooLong = true;
            m_lineError = QCoreApplication::translate("LogReader", "longer than %1 bytes: not a line of a log").arg(m_options.maxLine);
            return Status::BadLine;
        case LineReader::Status::Line:
            break;
        }
        QString error;
        switch (m_parser.parse(line, event, error)) {
        case LineParser::Result::Skip:
            continue;
        case LineParser::Result::NotAFrame:
            if (m_otherLineNumbers.size() < 10)
                m_otherLineNumbers.append(m_lineNumber);
            ++m_otherLines;
            continue;
        case LineParser::Result::Error:
            ++m_badLines;
            m_lineError = m_unterminated
                ? QCoreApplication::translate("LogReader", "%1 (the file ends inside this line: cut short?)").arg(error)
                : error;
            return Status::BadLine;
        case LineParser::Result::Event:
            break;
        }
        // A recording's clock only moves forward (candump logs, BankScope sessions).
        if (m_parser.format() == LogFormat::CandumpLog && event.timeUs < m_lastTimeUs && m_lastTimeUs != std::numeric_limits<qint64>::min()) {
            ++m_badLines;
            m_lineError = QCoreApplication::translate("SessionFormat", "time goes backwards");
            return Status::BadLine;
        }
        m_lastTimeUs = std::max(m_lastTimeUs, event.timeUs);
        ++m_events;
        return Status::Event;
    }
}
