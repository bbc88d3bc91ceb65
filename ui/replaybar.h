#pragma once

#include "sessionplan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

// The controls of a replay, shown in the window while one runs (issue 19 item 6): play/pause,
// speed (1x, 10x, as fast as possible), a position slider that follows the replay and seeks,
// the file's own time (never the wall clock), and the unreadable lines counted with the first
// one named by its number. It only asks (signals); the session does, and its next LinkStatus
// shows the result. GUI thread.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(QWidget *parent = nullptr);

    // The recording's status, from the session's status tick.
    void setStatus(const LinkStatus &status);
    // The file's first and last time stamps (microseconds, the file's clock), when the session
    // knows them: the slider seeks only then (without them a position cannot be turned into a
    // file time, and the slider only shows progress).
    void setSpan(qint64 firstUs, qint64 lastUs);

    bool isPaused() const;
    double speed() const;
    QString fileTimeText() const;
    QString badLinesText() const;

    QToolButton *playPauseButton() const { return m_play; }
    QComboBox *speedCombo() const { return m_speed; }
    QSlider *positionSlider() const { return m_position; }

    static constexpr int kSliderSteps = 1000;

public Q_SLOTS:
    void setPaused(bool paused); // asks: emits pauseRequested
    void setSpeed(double speed);  // asks: emits speedRequested (0 = as fast as possible)

Q_SIGNALS:
    void pauseRequested(bool paused);
    void speedRequested(double speed);
    void seekRequested(qint64 fileTimeUs);

private:
    void seekToSlider();
    void showPlaying(bool playing);

    QLabel *m_title;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_position;
    QLabel *m_time;
    QLabel *m_badLines;
    qint64 m_firstUs = -1;
    qint64 m_lastUs = -1;
    bool m_updating = false;
};
