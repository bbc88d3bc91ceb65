#pragma once

#include "decodedmessage.h"
#include "verificationcollector.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

class BankSession;

// Live verification evidence from a BankSession: the shared VerificationCollector (core) over the
// session's monitor and link activity, plus what only the session's traffic shows: the identity
// each address gave (0x93 serial number, 0x96 firmware, 0x51 model, as decoded), the requests
// another master sent to each address (a passive scan), the BMS names in each CAN link's frames
// (0x370, else 0x35E), and each link's protocol and speed from its status. Used by
// `bankscope-cli verify`; a window with a session can use it the same way.
// GUI thread; the session must outlive it. Connects to the session's signals; start() after the
// session started (CAN links are attached then).
class SessionEvidence : public QObject
{
    Q_OBJECT

public:
    explicit SessionEvidence(BankSession &session, QObject *parent = nullptr);

    void setMaxReadingAgeS(double seconds) { m_collector.setMaxReadingAgeS(seconds); }
    // Takes the baseline and forgets what was heard before, identities included.
    void start();
    // Takes the baseline for a verification window: the per-window evidence (requests another
    // master sent, BMS names on CAN) starts again; the identities a scan read are kept (a session
    // reads serial numbers and firmware once, when it starts polling).
    void beginWindow();
    double maxReadingAgeS() const { return m_collector.maxReadingAgeS(); }
    qint64 windowStartMs() const { return m_collector.startMs(); }
    BankSession &session() const { return m_session; }
    // The plan link a session link is (by the session's link name); unset: matched by medium and role.
    void setPlanLink(const QString &sessionLink, const QString &planLink) { m_planLinks.insert(sessionLink, planLink); }

    QList<PackIdentity> identities(const QString &link) const;
    int identifiedPacks() const; // addresses that gave a serial number, over every link
    VerificationEvidence evidence(const CommissioningPlan &plan) const;

private:
    void onDecoded(const QString &link, const DecodedMessage &m);
    void attachCanLinks();

    BankSession &m_session;
    VerificationCollector m_collector;
    QHash<QString, QMap<int, PackIdentity>> m_identities; // link -> address -> identity
    QHash<QString, QHash<int, int>> m_polledByOther;       // link -> address -> requests
    QHash<QString, QSet<QString>> m_victronNames;          // link -> names in 0x370
    QHash<QString, QSet<QString>> m_pylonNames;            // link -> names in 0x35E
    QHash<QString, QString> m_planLinks;
    QList<QMetaObject::Connection> m_canConnections;
};
