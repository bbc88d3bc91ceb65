#pragma once

#include "verificationcollector.h"
#include "verificationsource.h"

#include <QMetaObject>

#include <functional>

class BankMonitor;
class LinkActivity;

// Evidence from the live bank the window shows, over a listening window on the monitor's clock: the
// BankMonitor and LinkActivity read by the shared VerificationCollector (core; `bankscope-cli
// verify` uses the same one over its BankSession), with progress while the window runs. Serial
// numbers come only from an identity provider (a bus scan); today's loopback reads none, and the
// checks that match readings by serial then say "not measured".
// GUI thread; the monitor and the activity must outlive it.
class MonitorVerificationSource : public VerificationSource
{
    Q_OBJECT

public:
    using IdentityProvider = std::function<QList<PackIdentity>()>;

    MonitorVerificationSource(const BankMonitor &monitor, const LinkActivity *activity, QObject *parent = nullptr);
    ~MonitorVerificationSource() override;

    // Where serial numbers come from (a scan that read them); none by default.
    void setIdentityProvider(IdentityProvider provider) { m_identities = std::move(provider); }
    // Readings older than this are "not measured" (CommissioningChecks). Default 30 s.
    void setMaxReadingAgeS(double seconds) { m_collector.setMaxReadingAgeS(seconds); }

    QString description() const override;
    bool isAvailable(QString *why = nullptr) const override;
    void start(const CommissioningPlan &plan, double seconds) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    // What the window has heard since start() (or since it opened, before any start()).
    VerificationEvidence evidence(const CommissioningPlan &plan) const;

private:
    void onRefreshed();

    const BankMonitor &m_monitor;
    const LinkActivity *m_activity;
    VerificationCollector m_collector;
    IdentityProvider m_identities;
    bool m_running = false;
    double m_totalS = 0.0;
    CommissioningPlan m_plan;
    QMetaObject::Connection m_connection;
};
