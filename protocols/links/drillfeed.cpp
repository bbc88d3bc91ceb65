#include "drillfeed.h"

#include "banksession.h"

DrillFeed::DrillFeed(BankSession &session, int masterAddress, QObject *parent)
    : QObject(parent)
    , m_masterAddress(masterAddress)
{
    connect(&session, &BankSession::decoded, this, [this](const QString &, const DecodedMessage &m, qint64 atUs) {
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
    connect(&session, &BankSession::decodeFailed, this, [this](const QString &, ProtocolId protocol, const QString &, qint64 atUs, CodecError::Kind kind) {
        // On RS485 a garbled answer is what two masters answering at once look like.
        if (protocol == ProtocolId::PylonCan || (kind != CodecError::Kind::BadChecksum && kind != CodecError::Kind::BadLengthChecksum))
            return;
        Q_EMIT evidence({DrillEvidence::Kind::Collision, secondsAt(atUs), {}, false, false, {}});
    });
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
