#include "drillfeed.h"

#include "bankobserver.h"
#include "banksession.h"

DrillFeed::DrillFeed(BankSession &session, int masterAddress, QObject *parent)
    : QObject(parent)
    , m_masterAddress(masterAddress)
{
    connect(&session, &BankSession::decoded, this, [this](const QString &link, const DecodedMessage &m, qint64 atUs) {
        if (peerDecoded(link, m, atUs))
            return;
        DrillEvidence e;
        e.atS = secondsAt(atUs);
        if (m.protocol == ProtocolId::PylonCan) {
            if (m.direction == QLatin1String("heartbeat")) {
                e.kind = DrillEvidence::Kind::KeepAlive;
            } else if (m.message == QLatin1String("limits")) {
                if (m_burstUs < 0 || atUs - m_burstUs > 300000) {
                    m_burstUs = atUs;
                    m_inBurst = 0;
                }
                ++m_inBurst;
                e.kind = DrillEvidence::Kind::MasterFrame;
                e.source = QStringLiteral("can#%1").arg(m_inBurst);
                e.broadcast = true;
                e.limitsZero = m.limits.cclA && m.limits.dclA && *m.limits.cclA == 0.0 && *m.limits.dclA == 0.0;
            } else {
                return;
            }
        } else if (m.direction == QLatin1String("request")) {
            e.kind = DrillEvidence::Kind::KeepAlive; // the inverter (or a JK master) polls
        } else if (m.address && *m.address == m_masterAddress) {
            e.kind = DrillEvidence::Kind::MasterFrame;
            e.source = QStringLiteral("0x%1").arg(m_masterAddress, 2, 16, QLatin1Char('0'));
        } else {
            return;
        }
        Q_EMIT evidence(e);
    });
    connect(&session, &BankSession::decodeFailed, this, [this](const QString &link, ProtocolId protocol, const QString &, qint64 atUs, CodecError::Kind kind) {
        // On RS485 a garbled answer is what two masters answering at once look like.
        if (m_peers.count(link) || protocol == ProtocolId::PylonCan || (kind != CodecError::Kind::BadChecksum && kind != CodecError::Kind::BadLengthChecksum))
            return;
        Q_EMIT evidence({DrillEvidence::Kind::Collision, secondsAt(atUs), {}, false, false, {}});
    });
}

DrillFeed::~DrillFeed() = default;

void DrillFeed::setPeerLinks(const QStringList &links, const QStringList &packs)
{
    m_peers.clear();
    BankConfig config;
    config.architecture = Architecture::PeerToPeer;
    for (const QString &id : packs)
        config.packs.append(PackConfig{id, QString(), 0.0, PackRole::Slave, 0});
    for (int i = 0; i < links.size() && i < packs.size(); ++i) {
        Peer &p = m_peers[links[i]];
        p.pack = packs[i];
        p.observer = std::make_unique<BankObserver>(config, links[i]);
        p.observer->setBroadcastPack(packs[i]);
    }
}

bool DrillFeed::peerDecoded(const QString &link, const DecodedMessage &m, qint64 atUs)
{
    const auto it = m_peers.find(link);
    if (it == m_peers.end())
        return false;
    Peer &p = it->second;
    if (m.protocol != ProtocolId::PylonCan)
        return true;
    DrillEvidence e;
    e.atS = secondsAt(atUs);
    e.source = p.pack;
    if (m.direction == QLatin1String("heartbeat")) {
        e.kind = DrillEvidence::Kind::KeepAlive;
        Q_EMIT evidence(e);
        return true;
    }
    p.observer->apply(m, atUs / 1000);
    if (m.message != QLatin1String("limits"))
        return true;
    // A second limits frame within one broadcast cycle: two senders on this BMS's port.
    if (p.burstUs >= 0 && atUs - p.burstUs <= 300000) {
        e.kind = DrillEvidence::Kind::Collision;
        Q_EMIT evidence(e);
        return true;
    }
    p.burstUs = atUs;
    e.kind = DrillEvidence::Kind::BmsFrame;
    if (const PackReading *r = p.observer->reading(p.pack))
        Q_EMIT reading(p.pack, *r);
    Q_EMIT evidence(e);
    return true;
}

bool DrillFeed::isLive(const SessionPlan &plan)
{
    for (const SessionSource &s : plan.sources) {
        switch (s.kind) {
        case SessionSource::Kind::Serial:
        case SessionSource::Kind::Slcan:
            return true;
        case SessionSource::Kind::CanPlugin:
            if (!s.device.startsWith(QLatin1String("virtualcan:")))
                return true;
            break;
        case SessionSource::Kind::Recording:
        case SessionSource::Kind::Simulated:
            break;
        }
    }
    return false;
}

bool DrillFeed::canListen(const SessionPlan &plan)
{
    for (const SessionSource &s : plan.sources)
        if (s.kind != SessionSource::Kind::Recording)
            return true;
    return false;
}
