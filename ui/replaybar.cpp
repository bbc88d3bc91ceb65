#include "replaybar.h"

#include "appearance.h"
#include "linkstatusbar.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

ReplayBar::ReplayBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_badLines(new QLabel(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setAccessibleName(tr("Replay controls"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("replayTitle"));

    m_play->setObjectName(QStringLiteral("replayPlayPause"));
    m_play->setCheckable(true); // checked = paused
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setFocusPolicy(Qt::StrongFocus);
    showPlaying(true);
    connect(m_play, &QToolButton::clicked, this, [this](bool paused) {
        showPlaying(!paused);
        Q_EMIT pauseRequested(paused);
    });

    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->addItem(tr("1\u00D7 (real time)"), 1.0);
    m_speed->addItem(tr("10\u00D7"), 10.0);
    m_speed->addItem(tr("As fast as possible"), 0.0);
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        Q_EMIT speedRequested(m_speed->itemData(index).toDouble());
    });

    m_position->setObjectName(QStringLiteral("replayPosition"));
    m_position->setAccessibleName(tr("Position in the recording"));
    m_position->setRange(0, kSliderSteps);
    m_position->setPageStep(kSliderSteps / 20);
    m_position->setSingleStep(kSliderSteps / 200);
    m_position->setFocusPolicy(Qt::StrongFocus);
    m_position->setEnabled(false);
    m_position->setToolTip(tr("Where the replay is in the file. Seeking needs the file's time span, not known yet."));
    connect(m_position, &QSlider::sliderReleased, this, &ReplayBar::seekToSlider);
    connect(m_position, &QSlider::valueChanged, this, [this] {
        if (!m_updating && !m_position->isSliderDown())
            seekToSlider(); // the keyboard, a click on the groove
    });

    m_time->setObjectName(QStringLiteral("replayFileTime"));
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_badLines->setObjectName(QStringLiteral("replayBadLines"));
    m_badLines->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_play);
    layout->addWidget(m_speed);
    layout->addWidget(m_position, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_badLines);
    setTabOrder(m_play, m_speed);
    setTabOrder(m_speed, m_position);
}

void ReplayBar::showPlaying(bool playing)
{
    const QSignalBlocker block(m_play);
    m_play->setChecked(!playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(playing ? tr("Pause the replay") : tr("Play the replay"));
}

void ReplayBar::setStatus(const LinkStatus &s)
{
    const QString file = QFileInfo(s.device).fileName().isEmpty() ? s.name : QFileInfo(s.device).fileName();
    m_title->setText(tr("REPLAY of %1").arg(file));
    m_title->setToolTip(s.device);
    const bool ended = s.phase == LinkStatus::Phase::ReplayEnded;
    showPlaying(s.phase == LinkStatus::Phase::Replaying);
    m_play->setEnabled(!ended);
    if (!m_position->isSliderDown()) {
        m_updating = true;
        m_position->setValue(int(std::lround(std::clamp(s.progress, 0.0, 1.0) * kSliderSteps)));
        m_updating = false;
    }
    const QString time = LinkStatusText::fileTime(s.fileTimeUs);
    QString timeText = time.isEmpty() ? tr("File time: \u2014") : tr("File time: %1").arg(time);
    if (ended)
        timeText = tr("%1 (the replay has ended)").arg(timeText);
    if (m_time->text() != timeText) {
        m_time->setText(timeText);
        m_time->setAccessibleName(timeText);
    }
    m_badLines->setVisible(s.badLines > 0);
    if (s.badLines > 0) {
        const QString text = s.badLines == 1
            ? tr("1 unreadable line: line %1").arg(s.firstBadLine)
            : tr("%1 unreadable lines, the first: line %2").arg(s.badLines).arg(s.firstBadLine);
        if (m_badLines->text() != text) {
            m_badLines->setText(text);
            m_badLines->setToolTip(tr("Lines of the file that are not a frame of any format it is read as; they are "
                                      "counted, not replayed. Open the file at line %1 to see what is there.")
                                       .arg(s.firstBadLine));
            m_badLines->setAccessibleName(text);
        }
    }
}

void ReplayBar::setSpan(qint64 firstUs, qint64 lastUs)
{
    if (firstUs < 0 || lastUs <= firstUs) {
        m_firstUs = m_lastUs = -1;
        m_position->setEnabled(false);
        return;
    }
    m_firstUs = firstUs;
    m_lastUs = lastUs;
    m_position->setEnabled(true);
    m_position->setToolTip(tr("Where the replay is in the file, from %1 to %2. Drag, click or use the arrow keys to go "
                              "elsewhere.")
                               .arg(LinkStatusText::fileTime(firstUs), LinkStatusText::fileTime(lastUs)));
}

void ReplayBar::seekToSlider()
{
    if (m_firstUs < 0)
        return;
    const double fraction = double(m_position->value()) / kSliderSteps;
    Q_EMIT seekRequested(m_firstUs + qint64(std::llround(fraction * double(m_lastUs - m_firstUs))));
}

bool ReplayBar::isPaused() const
{
    return m_play->isChecked();
}

double ReplayBar::speed() const
{
    return m_speed->currentData().toDouble();
}

QString ReplayBar::fileTimeText() const
{
    return m_time->text();
}

QString ReplayBar::badLinesText() const
{
    return m_badLines->isVisibleTo(this) ? m_badLines->text() : QString();
}

void ReplayBar::setPaused(bool paused)
{
    showPlaying(!paused);
    Q_EMIT pauseRequested(paused);
}

void ReplayBar::setSpeed(double speed)
{
    for (int i = 0; i < m_speed->count(); ++i) {
        if (qFuzzyCompare(m_speed->itemData(i).toDouble() + 1.0, speed + 1.0)) {
            m_speed->setCurrentIndex(i);
            Q_EMIT speedRequested(speed);
            return;
        }
    }
}
