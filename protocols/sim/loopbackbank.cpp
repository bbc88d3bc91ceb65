#include "loopbackbank.h"

#include "clock.h"
#include "pollprotocol.h"
#include "protocoltable.h"

#include <QCoreApplication>

namespace {

BankConfig configOf(const Scenario &s)
{
    BankPhysics physics(s.physics);
    return physics.bankConfig();
}

// One line a technician reads beside the hex: what the frame is (its message name, as
// `bankscope-cli decode` prints it) and what it carries.
QString summarize(const DecodedMessage &m)
{
    QString s = m.message;
    if (m.address)
        s += QLatin1Char(' ') + LoopbackBank::tr("ADR %1").arg(*m.address);
    if (m.returnCode && *m.returnCode != 0)
        s += QLatin1Char(' ') + LoopbackBank::tr("RTN 0x%1").arg(*m.returnCode, 2, 16, QLatin1Char('0'));
    if (m.packs.size() > 1)
        s += QStringLiteral(", ") + LoopbackBank::tr("%1 modules").arg(m.packs.size());
    else if (m.packs.size() == 1 && m.packs.first().voltageV)
        s += QStringLiteral(", ") + LoopbackBank::tr("%1 V").arg(*m.packs.first().voltageV, 0, 'f', 2);
    if (m.bank.socPct)
        s += QStringLiteral(", ") + LoopbackBank::tr("SOC %1 %").arg(*m.bank.socPct, 0, 'f', 0);
    if (m.limits.cclA)
        s += QStringLiteral(", ") + LoopbackBank::tr("CCL %1 A").arg(*m.limits.cclA, 0, 'f', 1);
    if (!m.info.firmware.isEmpty())
        s += QStringLiteral(", ") + LoopbackBank::tr("firmware %1").arg(m.info.firmware);
    return s;
}

} // namespace

LoopbackBank::LoopbackBank(const Scenario &scenario, const Clock &clock, QObject *parent)
    : LoopbackSource(parent)
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
    m_requests = plan.cyclic;
    for (const PollRequest &r : plan.once) {
        if (r.command == Pylontech::Cid2::SoftwareVersion)
            m_identity.append(r);
    }
    m_judge = ProtocolTable::answerFramer(m_legacy ? ProtocolId::JkLegacy : ProtocolId::PylontechRs485);
    captureFrom(m_rs485);
    captureFrom(m_can);
    if (const auto d = PylonCan::dialectFromName(scenario.canDialect); d && *d != PylonCan::Dialect::Unknown)
        m_dialect = *d;
    if (scenario.protocol == QLatin1String("victron-can")) {
        for (const PhysicsPack &p : scenario.physics.packs) {
            m_bmsInterfaces.push_back(std::make_unique<DecodePipeline>(ProtocolId::PylonCan, configOf(scenario),
                                                                      QStringLiteral("can-loopback-") + p.id));
            m_bmsInterfaces.back()->setBroadcastPack(p.id);
            captureFrom(*m_bmsInterfaces.back());
        }
        m_requests.clear();
        m_identity.clear();
    }
    connect(&m_timer, &QTimer::timeout, this, &LoopbackBank::step);
}

void LoopbackBank::start(int tickMs)
{
    step();
    m_timer.start(tickMs);
}

void LoopbackBank::stop()
{
    m_timer.stop();
}

void LoopbackBank::captureFrom(DecodePipeline &pipeline)
{
    connect(&pipeline, &DecodePipeline::decoded, this,
            [this](const DecodedMessage &m, qint64) { m_captured.append(Captured{m, {}}); });
    connect(&pipeline, &DecodePipeline::failed, this,
            [this](const QString &error, const QByteArray &, qint64) { m_captured.append(Captured{std::nullopt, error}); });
}

void LoopbackBank::step()
{
    const qint64 now = m_clock.nowUs();
    m_bank.tick(now / 1000);
    if (!m_identity.isEmpty() && (!m_lastIdentityUs || now - *m_lastIdentityUs >= kIdentityEveryMs * 1000)) {
        m_lastIdentityUs = now;
        for (const PollRequest &r : std::as_const(m_identity))
            exchange(r, now);
    }
    for (const PollRequest &request : std::as_const(m_requests))
        exchange(request, now);
    const QString master = config().masterIds().value(0);
    if (!m_bmsInterfaces.empty()) {
        const BankConfig bank = config();
        for (size_t i = 0; i < m_bmsInterfaces.size(); ++i)
            for (const CanFrameData &f : m_bank.victronBroadcast(int(i)))
                noteCan(*m_bmsInterfaces[i], f, bank.packs.value(int(i)).id, now);
    } else {
        for (const CanFrameData &f : m_bank.canBroadcast(now / 1000, m_dialect))
            noteCan(m_can, f, master, now);
    }
    m_activity.touch();
    Q_EMIT updated();
}

void LoopbackBank::exchange(const PollRequest &request, qint64 now)
{
    const QString link = QStringLiteral("rs485-loopback");
    const QString pack = m_rs485.observer().packForAddress(request.address);
    EndpointStats &stats = m_activity.endpoint(link, EndpointKind::Address, quint32(request.address));
    stats.pack = pack;

    m_rs485.feedSerial(request.bytes, now);
    const QByteArray seen = m_bank.receive(request.bytes);
    const QByteArray answer = m_legacy ? m_bank.respondLegacy(seen) : m_bank.respond(seen);
    m_captured.clear();
    if (!answer.isEmpty())
        m_rs485.feedSerial(answer, now);
    ++m_exchanges;
    ++stats.requests;

    TrafficRecord sent{now, link, TrafficDirection::Request, std::nullopt, request.address, request.bytes,
                       request.label + QLatin1Char(' ') + LoopbackBank::tr("ADR %1").arg(request.address), TrafficStatus::Ok};
    if (answer.isEmpty()) {
        ++stats.timeouts;
        stats.lastTimeoutUs = now;
        sent.status = TrafficStatus::NoAnswer;
        m_activity.traffic().append(sent);
        return;
    }
    m_activity.traffic().append(sent);

    // The time this exchange would take on the wire: turnaround, then the answer's bytes (10 bits
    // a byte at the scenario's baud rate).
    const qint32 baud = qMax(m_bank.scenario().baudRate, 1200);
    const qint64 latencyUs = qint64(m_bank.scenario().turnaroundMs) * 1000 + qint64(answer.size()) * 10 * 1000000 / baud;
    TrafficRecord got{now, link, TrafficDirection::Answer, std::nullopt, request.address, answer, QString(),
                      TrafficStatus::Ok};
    const PollProtocol::Outcome outcome = m_judge->examine(request, answer);
    switch (outcome.verdict) {
    case PollProtocol::Verdict::Answer:
        ++stats.answers;
        stats.lastSeenUs = now;
        stats.latencyUs.push(latencyUs);
        break;
    case PollProtocol::Verdict::ChecksumError:
        ++stats.checksumErrors;
        stats.lastErrorUs = now;
        got.status = TrafficStatus::ChecksumError;
        break;
    case PollProtocol::Verdict::FramingError:
    case PollProtocol::Verdict::WrongAddress:
    case PollProtocol::Verdict::Incomplete:
        ++stats.framingErrors;
        stats.lastErrorUs = now;
        got.status = TrafficStatus::FramingError;
        break;
    }
    got.summary = outcome.detail;
    for (const Captured &c : std::as_const(m_captured)) {
        if (!c.message) {
            if (got.status == TrafficStatus::Ok)
                got.status = TrafficStatus::Undecoded;
            got.summary = c.error;
            continue;
        }
        const DecodedMessage &m = *c.message;
        if (m.direction == QLatin1String("request"))
            continue;
        got.summary = summarize(m);
        if (m.returnCode == 0x91) {
            ++stats.notAnswering;
            stats.lastNotAnsweringUs = now;
            got.status = TrafficStatus::NotAnswering;
        }
        if (!m.info.firmware.isEmpty()) {
            const QString owner = m_rs485.observer().packForAddress(m.address.value_or(request.address));
            if (!owner.isEmpty())
                m_firmware.insert(owner, m.info.firmware);
        }
        if (const QVariant b = m.fields.value(QStringLiteral("balancer_on")); b.isValid() && !pack.isEmpty())
            m_balancing.insert(pack, b.toBool());
    }
    m_activity.traffic().append(got);
}

void LoopbackBank::noteCan(DecodePipeline &pipeline, const CanFrameData &frame, const QString &pack, qint64 now)
{
    const QString link = pipeline.observer().broadcastPack().isEmpty()
        ? QStringLiteral("can-loopback")
        : QStringLiteral("can-loopback-") + pipeline.observer().broadcastPack();
    m_captured.clear();
    pipeline.feedCan(frame, now);
    EndpointStats &stats = m_activity.endpoint(link, EndpointKind::CanId, frame.id);
    stats.pack = pack;
    ++stats.answers;
    const QString key = link + QLatin1Char('/') + QString::number(frame.id);
    if (const auto last = m_lastFrameUs.constFind(key); last != m_lastFrameUs.constEnd() && now > *last)
        stats.latencyUs.push(now - *last); // CAN: the period between frames of this id
    m_lastFrameUs.insert(key, now);
    stats.lastSeenUs = now;
    TrafficRecord record{now, link, TrafficDirection::Broadcast, frame.id, -1, frame.data, QString(), TrafficStatus::Ok};
    for (const Captured &c : std::as_const(m_captured)) {
        if (!c.message) {
            record.status = TrafficStatus::Undecoded;
            record.summary = c.error;
            continue;
        }
        record.summary = summarize(*c.message);
        if (!c.message->info.firmware.isEmpty() && !pipeline.observer().broadcastPack().isEmpty())
            m_firmware.insert(pack, c.message->info.firmware);
    }
    m_activity.traffic().append(record);
}

QHash<QString, PackLinkInfo> LoopbackBank::packLinkInfo() const
{
    QHash<QString, PackLinkInfo> out;
    for (const PackConfig &p : config().packs) {
        PackLinkInfo info = m_activity.packInfo(p.id);
        info.firmware = m_firmware.value(p.id);
        if (const auto b = m_balancing.constFind(p.id); b != m_balancing.constEnd())
            info.balancing = *b;
        out.insert(p.id, info);
    }
    return out;
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
