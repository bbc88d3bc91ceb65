#pragma once

#include "canframe.h"
#include "link.h"
#include "logreader.h"
#include "sessionformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

// A recorded session played back as a link: the same signals a live link gives, in recorded
// order, at the recorded pace (scaled by a speed factor) or as fast as possible. It streams the
// file (one event of read-ahead, LogReader's bounded buffer), so a day-long log plays in the
// memory of a short one. A line that cannot be read is reported (lineError) and counted, and
// play goes on. A silence in the recording longer than a few seconds of waiting is announced
// (gap) before it is waited out, and can be skipped (skipGap, or automatically beyond
// setSkipGapsLongerThan). It is a listen link: it has nothing to write to.
// What a window's replay bar needs: the file time of the last event, the position in the file,
// pause, speed, restart and seek. GUI (or any one) thread; owns its file.
class ReplayLink : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        quint64 events = 0;      // emitted
        quint64 badLines = 0;    // lines that could not be read (each reported by lineError)
        quint64 gaps = 0;        // silences announced
        quint64 gapsSkipped = 0;
        quint64 errorFrames = 0; // bus error frames in the log (not data)
        quint64 otherLines = 0;  // candump screen lines with no frame (pasted prompts), passed over
        QList<qint64> otherLineNumbers; // the first ten of them
    };

    explicit ReplayLink(QObject *parent = nullptr);
    ~ReplayLink() override;

    // Opens a log (BankScope/candump log, candump screen output, SavvyCAN CSV or Vector ASC,
    // told apart by their content) and reads up to its first event. False and errorString() on
    // a file that cannot be read, is no log BankScope reads, or holds no frames.
    bool open(const QString &path);
    bool load(const QString &path) { return open(path); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    SessionFormat::LogFormat format() const;
    SessionFormat::TimeBase timeBase() const;
    // The first events of the file (bounded), to infer the protocol and CAN dialect before play.
    QList<SessionFormat::Event> sampleEvents() const;

    // speed: 1.0 real time, 10.0 ten times faster; 0 = as fast as possible. A non-finite or
    // negative speed is refused (false). Started again, it plays from the top of the file.
    bool start(double speed = 1.0);
    void stop();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool setSpeed(double speed);
    double speed() const { return m_speed; }
    // Back to the first event (paused state and speed kept).
    bool restart();
    // Plays on from the first event at or after fileTimeUs; earlier events are read but not
    // emitted. Backwards means from the start of the file again.
    bool seek(qint64 fileTimeUs);

    // Silences longer than this much waiting (real seconds at the current speed) are announced
    // by gap() before they are waited out. Default 5 s.
    void setGapNotice(double seconds) { m_gapNoticeS = seconds; }
    // Silences longer than this (seconds of recording) are skipped at once (0: never, default).
    void setSkipGapsLongerThan(double seconds) { m_skipGapsS = seconds; }
    // Skips the silence announced last: the next event plays now.
    void skipGap();

    qint64 firstTimeUs() const { return m_firstUs; }
    qint64 fileTimeUs() const { return m_lastUs; }     // time of the last event emitted
    qint64 nextTimeUs() const;                          // of the event due next, or -1
    qint64 bytesRead() const;
    qint64 fileSize() const { return m_size; }
    double progress() const; // 0..1 through the file
    Stats stats() const;

    LinkRole role() const { return LinkRole::Listen; }
    LinkState state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(LinkState state);
    void serialBytes(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs);
    void canFrame(const QString &link, const CanFrameData &frame, qint64 atUs);
    // A line of the file that is not an event of its format: named, counted, skipped.
    void lineError(qint64 line, const QString &message);
    // The recording is silent from fromUs to toUs (file time) before the event of line `line`;
    // skipped: the silence was skipped at once (setSkipGapsLongerThan), else play waits it out
    // unless skipGap() is called.
    void gap(qint64 fromUs, qint64 toUs, qint64 line, bool skipped);
    void pausedChanged(bool paused);
    void finished();

private:
    void next();
    bool readAhead();   // fills m_next; false at the end
    void emitEvent(const SessionFormat::Event &event);
    bool openReader();
    void rebase(qint64 fileUs); // the play clock shows fileUs now
    qint64 playClockUs() const; // file time the play clock shows now

    QString m_path;
    QFile m_file;
    std::unique_ptr<LogReader> m_reader;
    SessionFormat::Event m_next;
    bool m_haveNext = false;
    qint64 m_nextLine = 0;
    qint64 m_size = 0;
    double m_speed = 1.0;
    bool m_paused = false;
    bool m_started = false;
    qint64 m_clockFileUs = 0;   // the file time the play clock showed when m_elapsed started
    QElapsedTimer m_elapsed;
    qint64 m_firstUs = 0;
    qint64 m_lastUs = 0;
    qint64 m_seekUs = -1;       // events before this are not emitted
    double m_gapNoticeS = 5.0;
    double m_skipGapsS = 0.0;
    qint64 m_gapAnnouncedFor = -1; // line of the event whose gap was announced
    QTimer m_timer;
    LinkState m_state = LinkState::Closed;
    QString m_error;
    Stats m_stats;
};
