#pragma once

#include "verificationsource.h"

#include <QHash>
#include <QMetaObject>

#include <functional>

class BankMonitor;
class LinkActivity;

// A pack as a bus scan identified it: the serial number (and model) read at its address.
struct PackIdentity
{
    int address = 0;
    QString serial;
    QString model;
};

// Evidence from the live bank the window shows: the BankMonitor's readings and pack states and the
// LinkActivity's per-address and per-CAN-id statistics and raw traffic, taken over a listening
// window on the monitor's clock (what changed between start() and the end, so a pack that stopped
// answering before the window is not "present"). Per link: its medium (serial addresses or CAN
// ids), whether BankScope polled it, the answers, time-outs and corrupt answers per address (an
// RTN 0x91 answer is the master speaking for a module it cannot reach, not the module), each CAN
// id's count and gaps, the BMS names heard (two names on one link are two senders), and what the
// inverter is told. Each link is matched to the plan's BankScope link of the same medium and role.
// Serial numbers come only from an identity provider (a bus scan); today's loopback reads none,
// and the checks that match readings by serial then say "not measured".
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
    void setMaxReadingAgeS(double seconds) { m_maxReadingAgeS = seconds; }

    QString description() const override;
    bool isAvailable(QString *why = nullptr) const override;
    void start(const CommissioningPlan &plan, double seconds) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    // What the window has heard since start() (or since it opened, before any start()).
    VerificationEvidence evidence(const CommissioningPlan &plan) const;

private:
    void onRefreshed();
    struct Counters
    {
        quint64 requests = 0;
        quint64 answers = 0;
        quint64 timeouts = 0;
        quint64 errors = 0; // checksum and framing
        quint64 notAnswering = 0;
    };
    static QString key(const QString &link, int kind, quint32 id);

    const BankMonitor &m_monitor;
    const LinkActivity *m_activity;
    IdentityProvider m_identities;
    double m_maxReadingAgeS = 30.0;
    bool m_running = false;
    double m_totalS = 0.0;
    qint64 m_startMs = 0;
    bool m_started = false;
    quint64 m_trafficStart = 0;
    QHash<QString, Counters> m_baseline;
    QHash<QString, quint64> m_foreignBaseline;
    CommissioningPlan m_plan;
    QMetaObject::Connection m_connection;
};
