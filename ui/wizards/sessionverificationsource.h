#pragma once

#include "verificationsource.h"

#include <QMetaObject>

class SessionEvidence;

// Evidence from the window's live BankSession, as `bankscope-cli verify` gathers it: the shared
// SessionEvidence (links) over the session's monitor and link activity, with the serial numbers and
// firmware each address gave when the session scanned the bus (readings are matched to the plan's
// packs by serial number, never by address), the requests another master sent (a passive scan
// beside a polling inverter), the BMS names heard on each CAN link and each link's protocol and
// speed. A run is a window on the session's clock: start() takes the baseline, finished() follows
// once `seconds` have passed on the monitor's refresh tick.
// GUI thread; the evidence (and its session) must outlive it; the wizard's parent owns it.
class SessionVerificationSource : public VerificationSource
{
    Q_OBJECT

public:
    explicit SessionVerificationSource(SessionEvidence &evidence, QObject *parent = nullptr);
    ~SessionVerificationSource() override;

    QString description() const override;
    bool isAvailable(QString *why = nullptr) const override;
    void start(const CommissioningPlan &plan, double seconds) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    // What the session has heard since start() (since the last connection, before any start()).
    VerificationEvidence evidence(const CommissioningPlan &plan) const;

private:
    void onRefreshed();

    SessionEvidence &m_evidence;
    bool m_running = false;
    double m_totalS = 0.0;
    CommissioningPlan m_plan;
    QMetaObject::Connection m_connection;
};
