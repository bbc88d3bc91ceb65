#pragma once

#include "appearance.h"
#include "sessionplan.h"

#include <QFrame>
#include <QList>

class QLabel;
class QHBoxLayout;

// How a link's status is said in the window, one place for the chip, its tooltip, the problem
// banner and the connection dialog: plain words, the countdowns, and the next step. Pure
// functions over a LinkStatus (what a BankSession reports); translated here, in ui/.
namespace LinkStatusText {
QString role(LinkRole role);                        // "listen", "poll", "emulate" (translated)
QString speed(const LinkStatus &status);            // "9600 baud", "500 kbit/s", "" when unknown
QString phase(const LinkStatus &status);            // "listening first, 7 s left", "reconnecting in 2 s", ...
QString chip(const LinkStatus &status);             // "rs485 · listen · listening first, 7 s left · 0.0 frames/s · 0 errors"
QString details(const LinkStatus &status);          // the tooltip: device, role and why, what was heard, error and next step
// The problem a person must act on, in one or two sentences with the next step; empty when none
// (a failed or reconnecting link, bytes without frames).
QString problem(const LinkStatus &status);
Appearance::Tone tone(const LinkStatus &status);
// Replay: the file time as a date-time (UTC) when the file's clock is absolute, else the time
// since the file's start; "" before the first event.
QString fileTime(qint64 fileTimeUs);
} // namespace LinkStatusText

// One link in the status bar: icon (never colour alone), name, role, phase, frames/s and errors,
// tinted by phase; the tooltip and the accessible description carry the details.
class LinkChip : public QFrame
{
    Q_OBJECT

public:
    explicit LinkChip(QWidget *parent = nullptr);
    void setStatus(const LinkStatus &status);
    QString text() const;
    Appearance::Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon;
    QLabel *m_text;
    Appearance::Tone m_tone = Appearance::Tone::Neutral;
    bool m_applying = false;
};

// The chips of every link of the session, in the order the session reports them. GUI thread;
// owns its chips.
class LinkStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit LinkStatusBar(QWidget *parent = nullptr);
    void setStatuses(const QList<LinkStatus> &statuses);
    QList<LinkChip *> chips() const { return m_chips; }

private:
    QHBoxLayout *m_layout;
    QList<LinkChip *> m_chips;
};
