#pragma once

#include "decodedmessage.h"
#include "failoverdrill.h"
#include "protocolid.h"
#include "sessionplan.h"

#include <QObject>

#include <map>
#include <memory>

class BankObserver;
class BankSession;

// Turns what a BankSession decodes into the failover drill's evidence (FailoverDrill, core): on Pylon
// CAN each 0x351 limits broadcast is a master frame (CAN carries no sender, so repeats of it within
// one broadcast cycle are numbered "can#1", "can#2": a second master) and 0x305 the inverter's
// keep-alive; on RS485 an answer at the group's master address is a master frame, a request the
// inverter polling, and a garbled answer (checksum) two masters answering at once. A peer-to-peer
// (GX) bank is heard on one link per BMS (setPeerLinks): each 0x351 on a BMS's link is that BMS's
// own broadcast (BmsFrame, with its reading from a BankObserver of that link, for the aggregation
// core), a second 0x351 within one broadcast cycle two senders on its port, and 0x305 the GX's
// keep-alive on it. Times are seconds
// from setStartUs() on the session's clock. Used by bankscope-cli drill and the wizard's drill page.
// GUI thread; does not own the session, which must outlive it.
class DrillFeed : public QObject
{
    Q_OBJECT

public:
    // `masterAddress`: the RS485 address the failed master answers at (0x02 + 0x10 x group).
    DrillFeed(BankSession &session, int masterAddress, QObject *parent = nullptr);
    ~DrillFeed() override;

    void setStartUs(qint64 us) { m_startUs = us; }
    double secondsAt(qint64 us) const { return (us - m_startUs) / 1e6; }

    // Whether a drill on this plan's links touches a live site: every real port does (serial,
    // SLCAN, a CAN plugin other than Qt's virtualcan); a simulated bank or virtualcan does not.
    static bool isLive(const SessionPlan &plan);
    // Whether the plan has a link that can carry the drill's evidence (a recording cannot).
    static bool canListen(const SessionPlan &plan);

    // GX bank: the session's link `links[i]` is the port of the BMS `packs[i]`.
    void setPeerLinks(const QStringList &links, const QStringList &packs);

Q_SIGNALS:
    void evidence(const DrillEvidence &evidence);
    // GX bank: a BMS's values so far, emitted just before each of its BmsFrame evidences.
    void reading(const QString &pack, const PackReading &reading);

private:
    struct Peer
    {
        QString pack;
        std::unique_ptr<BankObserver> observer;
        qint64 burstUs = -1;
    };
    bool peerDecoded(const QString &link, const DecodedMessage &m, qint64 atUs);

    std::map<QString, Peer> m_peers; // by link name
    qint64 m_startUs = 0;
    int m_masterAddress;
    qint64 m_burstUs = -1;
    int m_inBurst = 0;
};
