#pragma once

#include "commissioningchecks.h"
#include "commissioningplan.h"

#include <QHash>
#include <QList>
#include <QString>

class BankMonitor;
class LinkActivity;

// A pack as a bus scan identified it: the serial number (and model, firmware) read at its address.
struct PackIdentity
{
    int address = 0;
    QString serial;
    QString model;
    QString firmware; // as the pack reports it; empty: not read (the monitor's link info may have it)
};

// What the front end knows about one link beside its traffic: what it decodes with and the speed
// it runs at (the CLI's --protocol and --baud, or the plan's), and the requests another master sent
// to each address (a passive scan: an address the master polls and nobody answers is missing; one it
// never polls is "not polled").
struct LinkFacts
{
    QString planLink; // the plan's link this is, when the front end knows; empty: matched by medium and role
    QString medium;   // "rs485", "can"
    QString protocol;
    int speed = 0;
    QHash<int, int> polledByOther; // address -> requests another master sent to it
    // CAN: the BMS names read from the frames (0x370 Victron, else 0x35E), for a front end whose
    // traffic log keeps no raw frames; two names are two senders on one bus.
    QStringList bmsNames;
};

// Builds the VerificationEvidence CommissioningChecks judge from a live bank: a BankMonitor's
// readings and pack states and a LinkActivity's per-address and per-CAN-id statistics and raw
// traffic, taken over a window on the monitor's clock (what changed between start() and the end,
// so a pack that stopped answering before the window is not "present"). Per link: its medium
// (serial addresses or CAN ids), whether BankScope polled it, the answers, time-outs and corrupt
// answers per address (an RTN 0x91 answer is the master speaking for a module it cannot reach, not
// the module), each CAN id's count and gaps, the BMS names heard (two names on one link are two
// senders), and what the inverter is told. Each link is matched to the plan's BankScope link of the
// same medium and role. Serial numbers come only from identities a scan read; without them the
// checks that match readings by serial say "not measured".
// Shared by the wizard (MonitorVerificationSource) and `bankscope-cli verify` (over a BankSession).
// The name of a BMS in a CAN name frame (0x35E, 0x370): printable ASCII, trailing NULs and spaces
// dropped.
QString canNameOf(const QByteArray &bytes);

// Qt Core only; GUI thread; the monitor and the activity must outlive it.
class VerificationCollector
{
public:
    VerificationCollector(const BankMonitor &monitor, const LinkActivity *activity);

    // Readings older than this are "not measured" (CommissioningChecks). Default 30 s.
    void setMaxReadingAgeS(double seconds) { m_maxReadingAgeS = seconds; }
    double maxReadingAgeS() const { return m_maxReadingAgeS; }

    // The activity to read from now on (a session that starts again may read another one).
    void setActivity(const LinkActivity *activity) { m_activity = activity; }

    // Takes the baseline: evidence() counts what happens from now on.
    void start();
    bool isStarted() const { return m_started; }
    qint64 startMs() const { return m_startMs; }

    // What was heard since start() (or since the activity began, before any start()).
    VerificationEvidence evidence(const CommissioningPlan &plan, const QList<PackIdentity> &identities = {},
                                  const QHash<QString, LinkFacts> &facts = {}) const;

private:
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
    double m_maxReadingAgeS = 30.0;
    qint64 m_startMs = 0;
    bool m_started = false;
    quint64 m_trafficStart = 0;
    QHash<QString, Counters> m_baseline;
    QHash<QString, quint64> m_foreignBaseline;
};
