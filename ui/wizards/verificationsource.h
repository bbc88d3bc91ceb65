#pragma once

#include "commissioningchecks.h"
#include "commissioningplan.h"

#include <QObject>
#include <QString>

// Where the wizard's live verification gets its evidence: the protocol-neutral facts
// CommissioningChecks::run judges (what each link heard, every pack with its reading and identity).
// Gathering takes time on the bus, so it is asynchronous: start() with the plan and how long to
// listen, progress() while it runs, then finished() with the evidence or failed() with a sentence
// an installer can act on. Today the window's live bank feeds it (MonitorVerificationSource over
// the demo or a --scenario loopback); on a BankSession, SessionEvidence (links) gathers the same
// evidence with the serial numbers read at scan time and the passive scan beside another master,
// as bankscope-cli verify does. GUI thread; the wizard does not own it.
class VerificationSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // One sentence: what the evidence comes from ("the window's bank: 3 packs on ...").
    virtual QString description() const = 0;
    // Whether start() can run now; `why` says what is missing when not.
    virtual bool isAvailable(QString *why = nullptr) const = 0;
    // Gathers evidence for `plan` over `seconds` of the source's clock. A second start() while one
    // runs restarts it.
    virtual void start(const CommissioningPlan &plan, double seconds) = 0;
    // Stops a run; no finished() follows.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void progress(double elapsedS, double totalS);
    void finished(const VerificationEvidence &evidence);
    void failed(const QString &message);
};
