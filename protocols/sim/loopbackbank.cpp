#include "loopbackbank.h"

#include "clock.h"
#include "pollprotocol.h"

namespace {

BankConfig configOf(const Scenario &s)
{
    BankPhysics physics(s.physics);
    return physics.bankConfig();
}

} // namespace

LoopbackBank::LoopbackBank(const Scenario &scenario, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_bank(scenario)
    , m_rs485(scenario.protocol == QLatin1String("jk-legacy") ? ProtocolId::JkLegacy : ProtocolId::PylontechRs485,
              configOf(scenario), QStringLiteral("rs485-loopback"))
    , m_can(ProtocolId::PylonCan, configOf(scenario), QStringLiteral("can-loopback"))
{
    QList<int> addresses;
    for (const PhysicsPack &p : scenario.physics.packs)
        addresses.append(p.address);
    m_legacy = scenario.protocol == QLatin1String("jk-legacy");
    const PollPlans::Plan plan = m_legacy ? PollPlans::jkLegacy(addresses) : PollPlans::pylontech(addresses, true);
    for (const PollRequest &r : plan.cyclic)
        m_plan.append(r.bytes);
    if (const auto d = PylonCan::dialectFromName(scenario.canDialect); d && *d != PylonCan::Dialect::Unknown)
        m_dialect = *d;
    if (scenario.protocol == QLatin1String("victron-can")) {
        m_plan.clear();
        for (const PhysicsPack &p : scenario.physics.packs) {
            m_bmsInterfaces.push_back(std::make_unique<DecodePipeline>(ProtocolId::PylonCan, configOf(scenario),
                                                                      QStringLiteral("can-loopback-") + p.id));
            m_bmsInterfaces.back()->setBroadcastPack(p.id);
        }
    }
    connect(&m_timer, &QTimer::timeout, this, &LoopbackBank::step);
}

void LoopbackBank::start(int tickMs)
{
    step();
    m_timer.start(tickMs);
}

void LoopbackBank::step()
{
    const qint64 now = m_clock.nowUs();
    m_bank.tick(now / 1000);
    for (const QByteArray &request : std::as_const(m_plan)) {
        m_rs485.feedSerial(request, now);
        const QByteArray seen = m_bank.receive(request);
        const QByteArray answer = m_legacy ? m_bank.respondLegacy(seen) : m_bank.respond(seen);
        if (!answer.isEmpty())
            m_rs485.feedSerial(answer, now);
        ++m_exchanges;
    }
    if (!m_bmsInterfaces.empty()) {
        for (size_t i = 0; i < m_bmsInterfaces.size(); ++i)
            for (const CanFrameData &f : m_bank.victronBroadcast(int(i)))
                m_bmsInterfaces[i]->feedCan(f, now);
    } else {
        for (const CanFrameData &f : m_bank.canBroadcast(now / 1000, m_dialect))
            m_can.feedCan(f, now);
    }
    Q_EMIT updated();
}

QList<PackReading> LoopbackBank::readings() const
{
    if (m_bmsInterfaces.empty())
        return m_rs485.observer().readings();
    QList<PackReading> out;
    for (const auto &bms : m_bmsInterfaces)
        out += bms->observer().readings();
    return out;
}

std::optional<InverterView> LoopbackBank::observed() const
{
    if (!m_can.observer().hasObserved() || m_clock.nowMs() - m_can.observer().observedAtMs() > kToldTimeoutMs)
        return std::nullopt;
    return m_can.observer().observed();
}
