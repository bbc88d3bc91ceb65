#pragma once

// The window and the session, wired: what MainWindow asks for (connect, disconnect, open a
// recording, record, replay controls) the BankSession does; what the session reports (link
// statuses, recording, a new activity at each start, errors) the window shows. A recording's
// time span is read off the GUI thread so the replay slider can seek. Apart from main() so a
// test runs the very same wiring (tests/app/tst_window_wiring.cpp). GUI thread; owns neither
// the window nor the session; waits for its span readers when destroyed. Owns the session's
// SessionEvidence, which the commissioning wizard's live verification reads (the serial numbers
// the session read when it scanned the bus are kept from one connection to the next start).

#include "sessionevidence.h"
#include "sessionplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BankSession;
class MainWindow;
class QThread;

class WindowWiring : public QObject
{
    Q_OBJECT

public:
    WindowWiring(MainWindow &window, BankSession &session, QObject *parent = nullptr);
    ~WindowWiring() override;

    // Errors of the session shown in a message box as well (off in tests: the status bar,
    // the problem banner and stderr carry them anyway).
    void setErrorBoxes(bool on) { m_errorBoxes = on; }
    // The window's picture of the session as it is now (after the composition started it).
    void showCurrent();
    // Starts reading the span of every recording of `plan` (the window's --replay at start).
    void readSpans(const SessionPlan &plan);
    SessionEvidence &evidence() { return m_evidence; }

Q_SIGNALS:
    // A recording's span reached the window (tests wait for it).
    void spanRead(qint64 firstUs, qint64 lastUs);

private:
    void connectTo(const SessionPlan &plan);
    void readSpan(const QString &path);

    MainWindow &m_window;
    BankSession &m_session;
    SessionEvidence m_evidence;
    QList<QPointer<QThread>> m_spanThreads;
    int m_spanGeneration = 0;
    bool m_errorBoxes = true;
};
