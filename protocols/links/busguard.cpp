#include "busguard.h"

#include "clock.h"
#include "protocoltable.h"

#include <QCoreApplication>

BusGuard::BusGuard(const Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_windowMs(settings.windowMs > 0 ? settings.windowMs : ProtocolTable::listenWindowMs(Medium::Serial))
    , m_framer(ProtocolTable::answerFramer(settings.protocol))
    , m_evidence(ProtocolTable::onMedium(Medium::Serial))
{
    m_window.setSingleShot(true);
    m_quiet.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &BusGuard::onWindowEnd);
    connect(&m_quiet, &QTimer::timeout, this, &BusGuard::startPolling);
}

BusGuard::~BusGuard()
{
    m_scheduler.reset();
    m_link.reset();
}

QString BusGuard::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Closed:
        return QStringLiteral("closed");
    case Phase::Listening:
        return QStringLiteral("listening");
    case Phase::Polling:
        return QStringLiteral("polling");
    case Phase::ListenOnly:
        return QStringLiteral("listen-only");
    case Phase::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

qint64 BusGuard::windowRemainingMs() const
{
    if (m_phase != Phase::Listening || !m_windowClock.isValid())
        return 0;
    return std::max<qint64>(0, m_windowMs - m_windowClock.elapsed());
}

LinkState BusGuard::linkState() const
{
    return m_link ? m_link->state() : LinkState::Closed;
}

QString BusGuard::errorString() const
{
    return m_link ? m_link->errorString() : QString();
}

quint64 BusGuard::bytesReceived() const
{
    return m_rxBefore + (m_link ? m_link->bytesReceived() : 0);
}

quint64 BusGuard::bytesSent() const
{
    return m_txBefore + (m_link ? m_link->bytesSent() : 0);
}

QMap<int, AddressStats> BusGuard::pollStats() const
{
    return m_scheduler ? m_scheduler->stats() : m_lastStats;
}

int BusGuard::pollCycles() const
{
    return m_scheduler ? m_scheduler->cycles() : m_lastCycles;
}

void BusGuard::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void BusGuard::decide(const RoleDecision &decision)
{
    m_decision = decision;
    Q_EMIT decided(decision);
}

void BusGuard::adopt(std::unique_ptr<SerialLink> link)
{
    m_link = std::move(link);
    connect(m_link.get(), &SerialLink::received, this, &BusGuard::onReceived);
    connect(m_link.get(), &Link::stateChanged, this, &BusGuard::onLinkState);
    connect(m_link.get(), &Link::stateChanged, this, &BusGuard::linkStateChanged);
    connect(m_link.get(), &Link::errorOccurred, this, &BusGuard::errorOccurred);
    Q_EMIT linkChanged(m_link.get());
}

void BusGuard::dropLink()
{
    if (!m_link)
        return;
    m_rxBefore += m_link->bytesReceived();
    m_txBefore += m_link->bytesSent();
    disconnect(m_link.get(), nullptr, this, nullptr);
    m_link->close();
    // Later: this may run inside one of the link's own signals.
    m_link.release()->deleteLater();
}

void BusGuard::dropScheduler()
{
    if (!m_scheduler)
        return;
    m_scheduler->stop();
    m_lastStats = m_scheduler->stats();
    m_lastCycles = m_scheduler->cycles();
    disconnect(m_scheduler.get(), nullptr, this, nullptr);
    m_scheduler.release()->deleteLater();
}

bool BusGuard::open()
{
    if (m_phase != Phase::Closed)
        return true;
    adopt(std::make_unique<SerialListenLink>(m_settings.serial, m_clock));
    if (!m_link->open())
        return false;
    if (m_settings.request == RoleRequest::Listen) {
        setPhase(Phase::ListenOnly);
        RoleDecision d;
        d.code = RoleDecision::Code::AskedToListen;
        d.requested = RoleRequest::Listen;
        d.protocol = m_settings.protocol;
        decide(d);
        return true;
    }
    startWindow();
    return true;
}

void BusGuard::close()
{
    m_window.stop();
    m_quiet.stop();
    dropScheduler();
    dropLink();
    setPhase(Phase::Closed);
}

void BusGuard::startWindow()
{
    m_evidence.clear();
    m_decision.reset();
    m_windowClock.start();
    m_window.start(m_windowMs);
    setPhase(Phase::Listening);
    Q_EMIT heardChanged();
}

void BusGuard::onReceived(const QByteArray &bytes, qint64 atUs)
{
    // Evidence is what others say: gathered while BankScope is silent, not while it polls.
    if (m_phase == Phase::Polling)
        return;
    m_evidence.feedSerial(bytes, atUs);
    Q_EMIT heardChanged();
    if (m_quiet.isActive()) {
        // Someone spoke in the last moment before our first request: no polling after all.
        m_quiet.stop();
        m_evidence.flush(m_clock.nowUs());
        fallBackToListen();
        decide(RoleDecision::fromHeard(m_evidence.heard(), m_settings.protocol, m_settings.request, m_windowMs));
    }
}

void BusGuard::onWindowEnd()
{
    m_evidence.flush(m_clock.nowUs());
    const RoleDecision d = RoleDecision::fromHeard(m_evidence.heard(), m_settings.protocol, m_settings.request, m_windowMs);
    if (d.role == LinkRole::Poll && m_framer) {
        upgrade();
        return;
    }
    setPhase(Phase::ListenOnly);
    decide(d);
}

void BusGuard::upgrade()
{
    dropLink();
    auto poll = std::make_unique<SerialPollLink>(m_settings.serial, m_clock);
    SerialPollLink *raw = poll.get();
    adopt(std::move(poll));
    if (!raw->open()) {
        const QString why = raw->errorString();
        dropLink();
        adopt(std::make_unique<SerialListenLink>(m_settings.serial, m_clock));
        m_link->open();
        setPhase(Phase::ListenOnly);
        RoleDecision d;
        d.code = RoleDecision::Code::PortNotWritable;
        d.requested = m_settings.request;
        d.protocol = m_settings.protocol;
        d.windowMs = m_windowMs;
        d.detail = why;
        decide(d);
        return;
    }
    // Still listening (phase Listening) until the first request may leave.
    m_quiet.start(m_settings.quietBeforePollMs);
}

void BusGuard::startPolling()
{
    auto *link = qobject_cast<SerialPollLink *>(m_link.get());
    if (!link || !m_framer)
        return;
    m_scheduler = std::make_unique<PollScheduler>(*link, *m_framer, m_clock, m_settings.poll);
    connect(m_scheduler.get(), &PollScheduler::foreignTraffic, this, &BusGuard::onForeign);
    setPhase(Phase::Polling);
    RoleDecision d = RoleDecision::fromHeard(m_evidence.heard(), m_settings.protocol, m_settings.request, m_windowMs);
    decide(d);
    Q_EMIT pollingStarted(*m_scheduler);
}

void BusGuard::onForeign(const ForeignTraffic &traffic)
{
    // The scheduler has already stopped: nothing more leaves. Say why, then listen.
    RoleDecision d;
    d.requested = m_settings.request;
    d.role = LinkRole::Listen;
    d.protocol = m_settings.protocol;
    d.bytes = quint64(traffic.bytes.size());
    d.ourAddress = traffic.lastAddress;
    if (traffic.kind == ForeignTraffic::Kind::Request && traffic.request) {
        d.code = RoleDecision::Code::ForeignRequest;
        d.message = traffic.request->message;
        if (traffic.request->address)
            d.addresses = {*traffic.request->address};
    } else {
        d.code = RoleDecision::Code::ForeignBytes;
    }
    m_evidence.clear();
    m_evidence.feedSerial(traffic.bytes, traffic.atUs);
    fallBackToListen();
    decide(d);
}

void BusGuard::fallBackToListen()
{
    dropScheduler();
    dropLink();
    adopt(std::make_unique<SerialListenLink>(m_settings.serial, m_clock));
    if (!m_link->open())
        m_link->openWhenAvailable();
    setPhase(Phase::ListenOnly);
}

void BusGuard::onLinkState(LinkState state)
{
    if (state == LinkState::Reconnecting && m_phase != Phase::Reconnecting) {
        // The adapter went away. Whatever it was, it comes back as a listen link.
        m_window.stop();
        m_quiet.stop();
        const bool wasPolling = m_scheduler || qobject_cast<SerialPollLink *>(m_link.get());
        setPhase(Phase::Reconnecting);
        if (wasPolling) {
            dropScheduler();
            dropLink();
            adopt(std::make_unique<SerialListenLink>(m_settings.serial, m_clock));
            m_link->openWhenAvailable();
        }
        return;
    }
    if (state == LinkState::Open && m_phase == Phase::Reconnecting) {
        ++m_reconnects;
        if (m_settings.request == RoleRequest::Listen) {
            setPhase(Phase::ListenOnly);
            return;
        }
        startWindow(); // a reconnect starts again in auto: listen first
    }
}
