#include "replaylink.h"

#include <QCoreApplication>

#include <cmath>

using namespace SessionFormat;

namespace {

// Events played per turn of the event loop when nothing waits: the loop (and a window) keeps
// breathing between slices.
constexpr int kSlice = 4096;

} // namespace

ReplayLink::ReplayLink(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayLink::next);
}

ReplayLink::~ReplayLink() = default;

bool ReplayLink::openReader()
{
    m_reader = std::make_unique<LogReader>(&m_file);
    m_haveNext = false;
    if (m_reader->detect())
        return true;
    if (!m_reader->errorString().isEmpty()) {
        m_error = tr("cannot read %1: %2").arg(m_path, m_reader->errorString());
        return false;
    }
    if (m_reader->sampleTooLong() && m_reader->sample().isEmpty()) {
        m_error = tr("%1: line 1 is longer than %2 bytes: not a log").arg(m_path).arg(LineReader::kDefaultMaxLine);
        return false;
    }
    // Nothing a log format reads: an empty file (or only comments), or something else.
    qint64 lineNo = 0;
    for (const QByteArray &line : m_reader->sample()) {
        ++lineNo;
        const QByteArrayView t = QByteArrayView(line).trimmed();
        if (t.isEmpty() || t.startsWith('#') || t.startsWith("//"))
            continue;
        const auto asLog = SessionFormat::parseLine(line);
        m_error = tr("%1 is not a log BankScope reads (a BankScope or candump log, candump's screen output, SavvyCAN CSV or "
                     "Vector ASC): line %2: %3")
                      .arg(m_path)
                      .arg(lineNo)
                      .arg(asLog.ok() ? QString() : asLog.error());
        return false;
    }
    m_error = tr("no frames in %1").arg(m_path);
    return false;
}

bool ReplayLink::open(const QString &path)
{
    stop();
    m_path = path;
    m_error.clear();
    m_stats = {};
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_size = m_file.isSequential() ? 0 : m_file.size();
    if (!openReader())
        return false;
    const QList<Event> first = m_reader->sampleEvents();
    if (first.isEmpty()) {
        m_error = tr("no frames in %1").arg(path);
        return false;
    }
    m_firstUs = first.first().timeUs;
    m_lastUs = m_firstUs;
    return true;
}

LogFormat ReplayLink::format() const
{
    return m_reader ? m_reader->format() : LogFormat::Unknown;
}

TimeBase ReplayLink::timeBase() const
{
    return m_reader ? m_reader->timeBase() : TimeBase::Absolute;
}

QList<Event> ReplayLink::sampleEvents() const
{
    return m_reader ? m_reader->sampleEvents() : QList<Event>();
}

bool ReplayLink::readAhead()
{
    m_haveNext = false;
    if (!m_reader)
        return false;
    for (;;) {
        switch (m_reader->next(m_next)) {
        case LogReader::Status::Event:
            m_haveNext = true;
            m_nextLine = m_reader->lineNumber();
            return true;
        case LogReader::Status::BadLine:
            ++m_stats.badLines;
            Q_EMIT lineError(m_reader->lineNumber(), m_reader->lineError());
            continue;
        case LogReader::Status::End:
            if (!m_reader->finishError().isEmpty()) {
                ++m_stats.badLines;
                Q_EMIT lineError(m_reader->lineNumber(), m_reader->finishError());
            }
            return false;
        case LogReader::Status::Failed:
            ++m_stats.badLines;
            Q_EMIT lineError(m_reader->lineNumber(), tr("read error: %1").arg(m_reader->errorString()));
            return false;
        }
    }
}

bool ReplayLink::start(double speed)
{
    if (!std::isfinite(speed) || speed < 0.0 || !m_reader)
        return false;
    // Played before: from the top of the file again.
    if (m_started) {
        m_timer.stop();
        if (m_file.isSequential() || !m_file.seek(0) || !openReader())
            return false;
        m_lastUs = m_firstUs;
    }
    m_started = true;
    m_speed = speed;
    m_paused = false;
    m_seekUs = -1;
    m_gapAnnouncedFor = -1;
    m_state = LinkState::Open;
    Q_EMIT stateChanged(m_state);
    readAhead();
    rebase(m_haveNext ? m_next.timeUs : m_firstUs);
    m_timer.start(0);
    return true;
}

void ReplayLink::stop()
{
    m_timer.stop();
    if (m_state != LinkState::Closed) {
        m_state = LinkState::Closed;
        Q_EMIT stateChanged(m_state);
    }
}

void ReplayLink::pause()
{
    if (m_paused || m_state != LinkState::Open)
        return;
    m_clockFileUs = playClockUs();
    m_paused = true;
    m_timer.stop();
    Q_EMIT pausedChanged(true);
}

void ReplayLink::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    rebase(m_clockFileUs);
    Q_EMIT pausedChanged(false);
    if (m_state == LinkState::Open)
        m_timer.start(0);
}

bool ReplayLink::setSpeed(double speed)
{
    if (!std::isfinite(speed) || speed < 0.0)
        return false;
    const qint64 now = m_speed > 0.0 ? playClockUs() : (m_haveNext ? m_next.timeUs : m_lastUs);
    m_speed = speed;
    rebase(now);
    if (m_state == LinkState::Open && !m_paused)
        m_timer.start(0);
    return true;
}

bool ReplayLink::restart()
{
    if (!m_file.isOpen() || m_file.isSequential() || !m_file.seek(0))
        return false;
    if (!openReader())
        return false;
    m_seekUs = -1;
    m_gapAnnouncedFor = -1;
    m_lastUs = m_firstUs;
    if (m_state == LinkState::Open) {
        readAhead();
        rebase(m_haveNext ? m_next.timeUs : m_firstUs);
        if (!m_paused)
            m_timer.start(0);
    }
    return true;
}

bool ReplayLink::seek(qint64 fileTimeUs)
{
    if (m_state != LinkState::Open)
        return false;
    if (fileTimeUs < m_lastUs && !restart())
        return false;
    m_seekUs = fileTimeUs;
    if (!m_paused)
        m_timer.start(0);
    else
        m_clockFileUs = fileTimeUs;
    return true;
}

void ReplayLink::skipGap()
{
    if (!m_haveNext || m_state != LinkState::Open)
        return;
    ++m_stats.gapsSkipped;
    rebase(m_next.timeUs);
    if (!m_paused)
        m_timer.start(0);
}

qint64 ReplayLink::nextTimeUs() const
{
    return m_haveNext ? m_next.timeUs : -1;
}

qint64 ReplayLink::bytesRead() const
{
    return m_reader ? m_reader->position() : 0;
}

double ReplayLink::progress() const
{
    return m_size > 0 ? std::clamp(double(bytesRead()) / double(m_size), 0.0, 1.0) : 0.0;
}

ReplayLink::Stats ReplayLink::stats() const
{
    Stats s = m_stats;
    s.errorFrames = m_reader ? m_reader->errorFrames() : 0;
    s.otherLines = m_reader ? m_reader->otherLines() : 0;
    if (m_reader)
        s.otherLineNumbers = m_reader->otherLineNumbers();
    return s;
}

void ReplayLink::rebase(qint64 fileUs)
{
    m_clockFileUs = fileUs;
    m_elapsed.restart();
}

qint64 ReplayLink::playClockUs() const
{
    if (m_paused || !m_elapsed.isValid())
        return m_clockFileUs;
    return m_clockFileUs + qint64(double(m_elapsed.nsecsElapsed()) / 1000.0 * m_speed);
}

void ReplayLink::emitEvent(const Event &e)
{
    m_lastUs = e.timeUs;
    ++m_stats.events;
    if (e.kind == Kind::Can)
        Q_EMIT canFrame(e.link, CanFrameData{e.canId, e.data, e.extended, e.remote}, e.timeUs);
    else
        Q_EMIT serialBytes(e.link, e.kind == Kind::SerialTx, e.data, e.timeUs);
}

void ReplayLink::next()
{
    if (m_state != LinkState::Open || m_paused)
        return;
    // A seek reads on without emitting up to its target, a slice at a time.
    if (m_seekUs >= 0) {
        for (int n = 0; n < 16 * kSlice && m_haveNext && m_next.timeUs < m_seekUs; ++n) {
            m_lastUs = m_next.timeUs;
            readAhead();
        }
        if (m_haveNext && m_next.timeUs < m_seekUs) {
            m_timer.start(0);
            return;
        }
        m_lastUs = m_seekUs;
        rebase(m_seekUs);
        m_seekUs = -1;
    }
    if (!m_haveNext) {
        stop();
        Q_EMIT finished();
        return;
    }
    if (m_speed <= 0.0) {
        for (int n = 0; n < kSlice && m_haveNext && !m_paused && m_state == LinkState::Open; ++n) {
            emitEvent(m_next);
            readAhead();
        }
        if (m_state == LinkState::Open && !m_paused)
            m_timer.start(0);
        return;
    }
    const qint64 now = playClockUs();
    for (int n = 0; n < kSlice && m_haveNext && m_next.timeUs <= now && !m_paused && m_state == LinkState::Open; ++n) {
        emitEvent(m_next);
        readAhead();
    }
    if (m_state != LinkState::Open || m_paused)
        return;
    if (!m_haveNext || m_next.timeUs <= now) {
        m_timer.start(0);
        return;
    }
    // The next event is due later. A long silence is announced once (and skipped when asked).
    const double waitS = double(m_next.timeUs - now) / 1e6 / m_speed;
    const double silenceS = double(m_next.timeUs - m_lastUs) / 1e6;
    const bool skip = m_skipGapsS > 0.0 && silenceS > m_skipGapsS;
    if (m_gapAnnouncedFor != m_nextLine && (waitS > m_gapNoticeS || skip)) {
        m_gapAnnouncedFor = m_nextLine;
        ++m_stats.gaps;
        Q_EMIT gap(m_lastUs, m_next.timeUs, m_nextLine, skip);
        if (skip) {
            ++m_stats.gapsSkipped;
            rebase(m_next.timeUs);
            m_timer.start(0);
            return;
        }
        if (m_state != LinkState::Open || m_paused || m_next.timeUs <= playClockUs()) {
            if (m_state == LinkState::Open && !m_paused)
                m_timer.start(0); // a listener skipped the gap or moved the clock
            return;
        }
    }
    // Wake up no later than every second: a speed change or a skip takes effect promptly.
    const double waitMs = std::min(1000.0, std::max(0.0, double(m_next.timeUs - playClockUs()) / 1000.0 / m_speed));
    m_timer.start(int(std::ceil(waitMs)));
}
