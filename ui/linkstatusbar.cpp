#include "linkstatusbar.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimeZone>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkStatusText", text);
}

// Seconds left, rounded up: "7 s" until the countdown is really over.
int secondsLeft(int ms)
{
    return std::max(0, (ms + 999) / 1000);
}

// Absolute file clocks (candump -l, BankScope sessions) are microseconds since 1970; relative
// ones (candump -t d/z, some ASC files) start near zero. 10^15 us is September 2001.
constexpr qint64 kAbsoluteClockUs = 1'000'000'000'000'000;

} // namespace

namespace LinkStatusText {

QString role(LinkRole role)
{
    switch (role) {
    case LinkRole::Listen:
        return tr("listen");
    case LinkRole::Poll:
        return tr("poll");
    case LinkRole::Emulate:
        return tr("emulate");
    }
    return {};
}

QString speed(const LinkStatus &s)
{
    if (s.speed <= 0)
        return {};
    const bool can = s.kind == SessionSource::Kind::CanPlugin || s.kind == SessionSource::Kind::Slcan;
    if (!can)
        return tr("%1 baud").arg(s.speed);
    if (s.speed % 1000 == 0)
        return tr("%1 kbit/s").arg(s.speed / 1000);
    return tr("%1 bit/s").arg(s.speed);
}

QString phase(const LinkStatus &s)
{
    switch (s.phase) {
    case LinkStatus::Phase::Listening:
        return tr("listening first, %1 s left").arg(secondsLeft(s.listenRemainingMs));
    case LinkStatus::Phase::Reconnecting:
        return tr("reconnecting in %1 s").arg(secondsLeft(s.retryInMs));
    case LinkStatus::Phase::Replaying:
    case LinkStatus::Phase::ReplayPaused:
        return tr("%1 %2 %").arg(s.phaseLabel()).arg(int(std::floor(s.progress * 100.0)));
    default:
        return s.phaseLabel();
    }
}

QString chip(const LinkStatus &s)
{
    const QString separator = QStringLiteral(" \u00B7 ");
    QStringList parts{s.name.isEmpty() ? tr("link") : s.name};
    if (s.kind != SessionSource::Kind::Recording && s.kind != SessionSource::Kind::Simulated)
        parts << role(s.role);
    parts << phase(s);
    parts << tr("%1 frames/s").arg(s.framesPerSecond, 0, 'f', 1);
    parts << (s.errors == 1 ? tr("1 error") : tr("%1 errors").arg(s.errors));
    return parts.join(separator);
}

QString problem(const LinkStatus &s)
{
    const QString what = s.errorText.isEmpty() ? LinkNames::errorLabel(s.error) : s.errorText;
    QString text;
    if (s.phase == LinkStatus::Phase::Failed) {
        text = tr("%1: %2").arg(s.name, what);
        if (!s.nextStep.isEmpty())
            text += QStringLiteral(" \u2014 ") + s.nextStep;
    } else if (s.phase == LinkStatus::Phase::Reconnecting) {
        const QString why = s.error == LinkError::NoError ? tr("the adapter went away") : what;
        text = tr("%1: %2 \u2014 reconnecting in %3 s; plug it back in and BankScope carries on.")
                   .arg(s.name, why)
                   .arg(secondsLeft(s.retryInMs));
        if (!s.nextStep.isEmpty())
            text += QLatin1Char(' ') + s.nextStep;
    }
    if (s.bytesWithoutFrames) {
        const QString at = speed(s).isEmpty() ? QString()
                                              : tr(" (%1, %2)").arg(speed(s), s.protocol ? ProtocolNames::label(*s.protocol)
                                                                                          : tr("no protocol chosen"));
        const QString line = tr("%1: bytes arrive but no valid frames: wrong baud or protocol?%2 Check the speed and the "
                                "protocol, or swap the A and B wires.")
                                 .arg(s.name, at);
        text = text.isEmpty() ? line : text + QLatin1Char('\n') + line;
    }
    return text;
}

QString details(const LinkStatus &s)
{
    QStringList lines;
    QString where = s.device;
    if (s.protocol)
        where += QStringLiteral(" \u00B7 ") + ProtocolNames::label(*s.protocol);
    if (!speed(s).isEmpty())
        where += QStringLiteral(" \u00B7 ") + speed(s);
    lines << tr("%1 (%2)").arg(s.name, where);
    lines << tr("Role: %1 \u2014 %2").arg(role(s.role), phase(s));
    if (s.decision)
        lines << tr("Why: %1").arg(s.decision->text());
    if (s.phase == LinkStatus::Phase::Listening)
        lines << tr("Listening before it may poll: %1 s left; BankScope stays silent if anyone else talks.")
                     .arg(secondsLeft(s.listenRemainingMs));
    if (!s.heard.isEmpty())
        lines << tr("Heard: %1").arg(s.heard);
    lines << tr("%1 frames (%2 frames/s), %3 bytes received, %4 bytes sent, %5 errors")
                 .arg(s.frames)
                 .arg(s.framesPerSecond, 0, 'f', 1)
                 .arg(s.bytes)
                 .arg(s.bytesSent)
                 .arg(s.errors);
    if (s.kind == SessionSource::Kind::Recording) {
        if (!fileTime(s.fileTimeUs).isEmpty())
            lines << tr("File time: %1").arg(fileTime(s.fileTimeUs));
        if (s.badLines > 0)
            lines << tr("%1 unreadable lines, the first on line %2").arg(s.badLines).arg(s.firstBadLine);
    }
    const QString p = problem(s);
    if (!p.isEmpty())
        lines << p;
    return lines.join(QLatin1Char('\n'));
}

Appearance::Tone tone(const LinkStatus &s)
{
    using Tone = Appearance::Tone;
    if (s.phase == LinkStatus::Phase::Failed)
        return Tone::Error;
    if (s.phase == LinkStatus::Phase::Reconnecting || s.bytesWithoutFrames)
        return Tone::Warning;
    switch (s.phase) {
    case LinkStatus::Phase::Polling:
    case LinkStatus::Phase::ListeningOnly:
    case LinkStatus::Phase::Replaying:
    case LinkStatus::Phase::Simulated:
        return Tone::Good;
    case LinkStatus::Phase::Opening:
    case LinkStatus::Phase::Listening:
    case LinkStatus::Phase::ReplayPaused:
        return Tone::Notice;
    case LinkStatus::Phase::Closed:
    case LinkStatus::Phase::ReplayEnded:
        return Tone::Muted;
    default:
        return Tone::Neutral;
    }
}

QString fileTime(qint64 us)
{
    if (us < 0)
        return {};
    if (us >= kAbsoluteClockUs)
        return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + tr(" UTC");
    const qint64 ms = us / 1000;
    return tr("%1:%2:%3.%4 from the file's start")
        .arg(ms / 3'600'000)
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace LinkStatusText

LinkChip::LinkChip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("linkChip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 6, 1);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
}

void LinkChip::setStatus(const LinkStatus &status)
{
    const QString text = LinkStatusText::chip(status);
    if (m_text->text() != text)
        m_text->setText(text);
    const QString details = LinkStatusText::details(status);
    if (toolTip() != details) {
        setToolTip(details);
        setAccessibleDescription(details);
    }
    setAccessibleName(tr("Link %1").arg(text));
    const Appearance::Tone tone = LinkStatusText::tone(status);
    if (tone != m_tone || m_icon->pixmap().isNull()) {
        m_tone = tone;
        applyTone();
    }
}

QString LinkChip::text() const
{
    return m_text->text();
}

void LinkChip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyTone();
}

void LinkChip::applyTone()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Appearance::icon(m_tone).pixmap(size, size));
    QPalette p = QApplication::palette(this);
    const QColor back = Appearance::background(m_tone, p);
    if (back.isValid())
        p.setColor(QPalette::Window, back);
    p.setColor(QPalette::WindowText, Appearance::foreground(m_tone, p));
    m_applying = true; // setPalette sends a PaletteChange of its own
    setPalette(p);
    m_applying = false;
}

LinkStatusBar::LinkStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("linkStatusBar"));
    setAccessibleName(tr("Links"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
}

void LinkStatusBar::setStatuses(const QList<LinkStatus> &statuses)
{
    while (m_chips.size() > statuses.size())
        delete m_chips.takeLast();
    while (m_chips.size() < statuses.size()) {
        auto *chip = new LinkChip(this);
        m_layout->insertWidget(int(m_chips.size()), chip);
        m_chips.append(chip);
    }
    // Each chip as wide as its words: the status bar does not lay out its items again when only
    // their widths change, so a chip's minimum width follows its text.
    for (int i = 0; i < statuses.size(); ++i) {
        m_chips[i]->setStatus(statuses[i]);
        // At most about 70 characters each, so that many links do not widen the window.
        const int width = std::min(m_chips[i]->sizeHint().width(), m_chips[i]->fontMetrics().averageCharWidth() * 70);
        if (m_chips[i]->minimumWidth() != width)
            m_chips[i]->setMinimumWidth(width);
    }
}
