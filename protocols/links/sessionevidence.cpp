#include "sessionevidence.h"

#include "banksession.h"
#include "busguard.h"
#include "canlink.h"
#include "protocolid.h"

#include <algorithm>

SessionEvidence::SessionEvidence(BankSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_collector(session.monitor(), &session.activity())
{
    connect(&session, &BankSession::decoded, this, [this](const QString &link, const DecodedMessage &m, qint64) { onDecoded(link, m); });
    // A new connection: another bank, perhaps; nothing read on the last one is kept.
    connect(&session, &BankSession::started, this, [this] {
        m_identities.clear();
        m_collector.setActivity(&m_session.activity());
        attachCanLinks();
    });
}

void SessionEvidence::start()
{
    m_identities.clear();
    attachCanLinks();
    beginWindow();
}

void SessionEvidence::beginWindow()
{
    m_polledByOther.clear();
    m_victronNames.clear();
    m_pylonNames.clear();
    m_collector.setActivity(&m_session.activity()); // a simulated bank has its own
    m_collector.start();
}

void SessionEvidence::attachCanLinks()
{
    for (const QMetaObject::Connection &c : std::as_const(m_canConnections))
        disconnect(c);
    m_canConnections.clear();
    for (int i = 0; i < m_session.linkCount(); ++i) {
        CanLink *can = m_session.canLink(i);
        if (!can)
            continue;
        const QString name = m_session.linkName(i);
        m_canConnections.append(connect(can, &CanLink::framesReceived, this, [this, name](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames) {
                if (f.frame.id == 0x370)
                    m_victronNames[name].insert(canNameOf(f.frame.data));
                else if (f.frame.id == 0x35E)
                    m_pylonNames[name].insert(canNameOf(f.frame.data));
            }
        }));
    }
}

void SessionEvidence::onDecoded(const QString &link, const DecodedMessage &m)
{
    if (!m.address)
        return;
    if (m.direction == QLatin1String("request")) {
        // A request BankScope did not send: only while its guard polls does one come from us.
        const BusGuard *guard = nullptr;
        for (int i = 0; i < m_session.linkCount(); ++i)
            if (m_session.linkName(i) == link)
                guard = m_session.guard(i);
        if (!guard || guard->phase() != BusGuard::Phase::Polling)
            ++m_polledByOther[link][*m.address];
        return;
    }
    if (m.info.isEmpty() || m.foreign)
        return;
    PackIdentity &id = m_identities[link][*m.address];
    id.address = *m.address;
    if (!m.info.serial.isEmpty())
        id.serial = m.info.serial.trimmed();
    // The main-line version a Pylontech module reports in 0x96 wins over the one inside 0x51.
    if (!m.info.firmware.isEmpty() && (id.firmware.isEmpty() || m.message == QLatin1String("software-version")))
        id.firmware = m.info.firmware.trimmed();
    if (!m.info.model.isEmpty())
        id.model = m.info.model.trimmed();
}

QList<PackIdentity> SessionEvidence::identities(const QString &link) const
{
    return m_identities.value(link).values();
}

int SessionEvidence::identifiedPacks() const
{
    int n = 0;
    for (const auto &perLink : m_identities)
        n += int(std::count_if(perLink.cbegin(), perLink.cend(), [](const PackIdentity &i) { return !i.serial.isEmpty(); }));
    return n;
}

VerificationEvidence SessionEvidence::evidence(const CommissioningPlan &plan) const
{
    QList<PackIdentity> identities;
    QHash<QString, LinkFacts> facts;
    for (int i = 0; i < m_session.linkCount(); ++i) {
        const QString name = m_session.linkName(i);
        const LinkStatus st = m_session.status(i);
        LinkFacts f;
        f.planLink = m_planLinks.value(name);
        const bool can = st.kind == SessionSource::Kind::CanPlugin || st.kind == SessionSource::Kind::Slcan;
        f.medium = can ? QStringLiteral("can") : QStringLiteral("rs485");
        f.protocol = st.protocol ? ProtocolNames::name(*st.protocol) : QString();
        f.speed = st.speed;
        f.polledByOther = m_polledByOther.value(name);
        // The name frame with the most names says how many send (one name each per BMS).
        const QSet<QString> victron = m_victronNames.value(name);
        const QSet<QString> pylon = m_pylonNames.value(name);
        const QSet<QString> &names = victron.size() >= pylon.size() ? victron : pylon;
        f.bmsNames = QStringList(names.cbegin(), names.cend());
        f.bmsNames.removeAll(QString());
        f.bmsNames.sort();
        facts.insert(name, f);
        identities += m_identities.value(name).values();
    }
    return m_collector.evidence(plan, identities, facts);
}
