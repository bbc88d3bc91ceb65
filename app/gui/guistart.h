#pragma once

// bankscope's command line and what it composes before the window opens, apart from main() so
// that a test runs the very same parsing and composition (tests/app/tst_gui_start.cpp).

#include "banksession.h"
#include "clock.h"
#include "scenario.h"
#include "sessionplan.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

class LoopbackBank;

namespace GuiStart {

struct Options
{
    SessionPlan plan;          // live links and recordings (--serial, --can, --slcan, --replay, --record)
    bool demo = false;         // --demo (also what opens without any source option)
    QString scenario;          // --scenario FILE
    QString screenshot;        // --screenshot FILE
    double screenshotAfterS = 3.0;
    bool resetSettings = false; // --reset-settings: every remembered setting forgotten before the window opens
    bool helpOrVersion = false; // --help / --version: printed, exit 0
    QString error;             // bad input: one line for stderr, exit 2, no window
};

// Parses bankscope's arguments (the program name first, as QCoreApplication::arguments() gives
// them). Checks what can be checked before the window: a port or a recording that is not there,
// a plugin Qt does not have, options that exclude each other. --help and --version print and
// set helpOrVersion.
Options parse(const QStringList &arguments);

// What the window is opened on: a BankSession on the plan, or on the demo or a scenario (a
// simulated bank built here and handed to the session). GUI thread; owns them all.
class Composition
{
public:
    Composition();
    ~Composition();

    // False with a one-line error (a scenario file that cannot be read or played by the window,
    // a recording file that cannot be written).
    bool start(const Options &options, QString &error);
    BankSession &session() { return m_session; }
    const Clock &clock() const { return m_clock; }
    // The window's subtitle: what it is connected to.
    QString sourceDescription() const { return m_description; }

private:
    SessionClock m_clock;
    std::unique_ptr<LoopbackBank> m_bank; // before the session: it outlives the session's last stop()
    BankSession m_session;
    QString m_description;
};

// The first and last time stamp of a recording, read through the whole file (streamed, in memory
// that does not depend on its length; run it off the GUI thread for a large file). nullopt when
// the file cannot be read or holds no event.
std::optional<std::pair<qint64, qint64>> recordingSpan(const QString &path);

// The sentence for the window's subtitle describing a live plan.
QString describe(const SessionPlan &plan);

} // namespace GuiStart
