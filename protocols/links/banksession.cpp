#include "banksession.h"

#include "bankjson.h"
#include "bankobserver.h"
#include "busguard.h"
#include "canlink.h"
#include "decodepipeline.h"
#include "loginference.h"
#include "loopbacksource.h"
#include "protocoltable.h"
#include "replaylink.h"
#include "serialports.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <deque>
#include <memory>

namespace {

// What the inverter was told stays "told" this long after the last broadcast (LoopbackBank's rule).
constexpr qint64 kToldTimeoutMs = 5000;
constexpr qint64 kRateWindowMs = 3000;

} // namespace

// Everything one source of the plan has: its link, its pipelines, its observer and what its
// status needs. Observer: one per source (a recording's links share it, as bankscope-cli replay's
// does), with the packs of the bank file or, without one, every address as it first answers.
struct BankSession::Source
{
    int index = 0;
    SessionSource plan;
    QString name;
    ProtocolId protocol = ProtocolId::PylontechRs485; // what is decoded (serial: what is polled)
    QString device;                                   // where it was opened
    QString identity;

    std::unique_ptr<BusGuard> guard;
    std::unique_ptr<CanLink> can;
    std::unique_ptr<ReplayLink> replay;
    bool simulated = false;
    std::vector<std::unique_ptr<DecodePipeline>> pipelines;
    QHash<QString, DecodePipeline *> byLink;
    // A recording names a handful of links a million times: the last one is kept at hand.
    QString lastLink;
    DecodePipeline *lastPipeline = nullptr;
    std::optional<LogInference::Verdict> inferred;
    std::unique_ptr<BusScanner> scanner;
    bool scanDone = false;

    BankConfig bank;          // from the bank file, or grown from the addresses seen
    bool autoPacks = true;
    QList<int> seen;
    ProtocolId bankProtocol = ProtocolId::PylontechRs485;
    std::unique_ptr<BankObserver> observer;
    std::optional<ProtocolId> replaySerial; // the protocol of a recording's serial traffic
    quint64 ignoredEvents = 0;
    bool feedingSent = false; // a recording's TX bytes are being decoded: requests BankScope sent

    quint64 frames = 0;
    quint64 decodeErrors = 0;
    mutable std::deque<std::pair<qint64, quint64>> rate; // (elapsed ms, frames) samples, taken by statusOf
    qint64 bytesSinceMs = -1; // when bytes were first seen (for bytesWithoutFrames)
    bool failed = false;
    bool ended = false;
    bool ambiguous = false;
    QStringList candidates;
    LinkError error = LinkError::NoError;
    QString errorText;
    QString nextStep;
    QString detail;
    quint64 badLines = 0;
    qint64 firstBadLine = -1;
    qint64 lastUs = 0;
};

BankSession::BankSession(const Clock &live, QObject *parent)
    : QObject(parent)
    , m_live(live)
    , m_timeline(live)
    , m_monitor(m_timeline, BankConfig{})
    , m_byIdDir(SerialPorts::defaultByIdDirectory())
{
    m_statusTimer.setInterval(250);
    m_feedTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &BankSession::emitStatus);
    connect(&m_feedTimer, &QTimer::timeout, this, &BankSession::feedMonitor);
    connect(&m_recorder, &SessionRecorder::errorOccurred, this, [this](const QString &message) {
        Q_EMIT error(message);
        stopRecording();
    });
    m_elapsed.start();
}

BankSession::~BankSession()
{
    stop();
}

void BankSession::setStatusIntervalMs(int ms)
{
    m_statusTimer.setInterval(ms);
}

void BankSession::setFeedIntervalMs(int ms)
{
    m_feedTimer.setInterval(ms);
}

const LinkActivity &BankSession::activity() const
{
    for (const auto &s : m_sources)
        if (s->simulated && m_loopback)
            return m_loopback->activity();
    return m_activity;
}

QString BankSession::nameFor(const SessionSource &source)
{
    QString n = source.device;
    if (source.kind == SessionSource::Kind::Recording || source.kind == SessionSource::Kind::Simulated)
        n = QFileInfo(n).fileName();
    else
        n = n.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    if (n.isEmpty())
        n = source.kind == SessionSource::Kind::Simulated ? QStringLiteral("simulated") : QStringLiteral("link");
    return n;
}

QString BankSession::linkName(int index) const
{
    return index >= 0 && index < linkCount() ? m_sources[size_t(index)]->name : QString();
}

BusGuard *BankSession::guard(int index) const
{
    return index >= 0 && index < linkCount() ? m_sources[size_t(index)]->guard.get() : nullptr;
}

CanLink *BankSession::canLink(int index) const
{
    return index >= 0 && index < linkCount() ? m_sources[size_t(index)]->can.get() : nullptr;
}

ReplayLink *BankSession::replayLink(int index) const
{
    return index >= 0 && index < linkCount() ? m_sources[size_t(index)]->replay.get() : nullptr;
}

DecodePipeline *BankSession::pipeline(int index) const
{
    if (index < 0 || index >= linkCount() || m_sources[size_t(index)]->pipelines.empty())
        return nullptr;
    return m_sources[size_t(index)]->pipelines.front().get();
}

namespace {

BankConfig autoBank(ProtocolId protocol, const QList<int> &addresses)
{
    BankConfig c;
    c.architecture = ProtocolTable::spec(protocol).architecture;
    for (int a : addresses) {
        PackConfig p;
        p.id = QStringLiteral("A%1").arg(a);
        p.address = a;
        p.role = c.packs.isEmpty() ? PackRole::Master : PackRole::Slave;
        c.packs.append(p);
    }
    return c;
}

std::optional<BankConfig> loadBank(const QString &path, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = BankSession::tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const auto s = BankJson::parse(f.readAll(), 0);
    if (!s) {
        error = QStringLiteral("%1: %2").arg(path, s.error().toString());
        return std::nullopt;
    }
    return s->config;
}

bool sameConfig(const BankConfig &a, const BankConfig &b)
{
    if (a.architecture != b.architecture || a.packs.size() != b.packs.size())
        return false;
    for (qsizetype i = 0; i < a.packs.size(); ++i)
        if (a.packs[i].id != b.packs[i].id || a.packs[i].address != b.packs[i].address || a.packs[i].role != b.packs[i].role)
            return false;
    return true;
}

} // namespace

bool BankSession::start(const SessionPlan &plan)
{
    stop();
    m_scan.reset();
    return openPlan(plan);
}

bool BankSession::startScan(const SessionPlan &plan, const BusScanner::Settings &settings)
{
    stop();
    m_scan.reset();
    bool scannable = false;
    for (const SessionSource &source : plan.sources)
        scannable |= source.kind == SessionSource::Kind::Serial && source.protocol && ProtocolTable::spec(*source.protocol).scannable();
    if (!scannable) {
        Q_EMIT error(tr("a scan needs a serial link and a protocol with addresses to scan (a CAN bus has none)"));
        return false;
    }
    m_scan = settings;
    if (!openPlan(plan)) {
        m_scan.reset();
        return false;
    }
    return true;
}

bool BankSession::openPlan(const SessionPlan &plan)
{
    if (plan.isEmpty()) {
        Q_EMIT error(tr("nothing to connect to: the plan has no source"));
        return false;
    }
    for (const SessionSource &source : plan.sources) {
        if (source.kind == SessionSource::Kind::Simulated && !m_loopback) {
            Q_EMIT error(tr("a simulated bank was asked for, but none was handed to the session"));
            return false;
        }
    }
    m_plan = plan;
    m_replayFinishedSaid = false;
    m_timeline.followLive();
    m_activity = LinkActivity();
    if (!plan.recordTo.isEmpty() && !startRecording(plan.recordTo)) {
        m_plan = {};
        return false;
    }
    m_running = true;

    QStringList names;
    for (int i = 0; i < plan.sources.size(); ++i) {
        auto s = std::make_unique<Source>();
        s->index = i;
        s->plan = plan.sources[i];
        s->name = nameFor(s->plan);
        // Two links of one name (two recordings called log.txt) are told apart.
        for (int n = 2; names.contains(s->name); ++n)
            s->name = QStringLiteral("%1-%2").arg(nameFor(s->plan)).arg(n);
        names.append(s->name);
        s->device = s->plan.device;
        if (!s->plan.bankFile.isEmpty()) {
            QString why;
            const std::optional<BankConfig> bank = loadBank(s->plan.bankFile, why);
            if (bank) {
                s->bank = *bank;
                s->autoPacks = bank->packs.isEmpty();
            } else {
                setFailed(*s, LinkError::UnknownError, why);
            }
        }
        m_sources.push_back(std::move(s));
    }
    // The monitor starts over on the plan's bank (the packs of a bank file, or none yet).
    for (auto &s : m_sources) {
        if (s->failed)
            continue;
        switch (s->plan.kind) {
        case SessionSource::Kind::Serial:
            openSerial(*s);
            break;
        case SessionSource::Kind::CanPlugin:
        case SessionSource::Kind::Slcan:
            openCan(*s);
            break;
        case SessionSource::Kind::Recording:
            openReplay(*s);
            break;
        case SessionSource::Kind::Simulated:
            openSimulated(*s);
            break;
        }
    }
    m_monitor.reset(monitorConfig());
    m_statusTimer.start();
    m_feedTimer.start();
    Q_EMIT started();
    emitStatus();
    return true;
}

void BankSession::stop()
{
    if (!m_running && m_sources.empty())
        return;
    m_statusTimer.stop();
    m_feedTimer.stop();
    for (auto &s : m_sources) {
        // Nothing of a source may reach the session once it is gone (its links are deleted later).
        if (s->guard && s->guard->link())
            disconnect(s->guard->link(), nullptr, this, nullptr);
        if (s->guard)
            disconnect(s->guard.get(), nullptr, this, nullptr);
        if (s->can)
            disconnect(s->can.get(), nullptr, this, nullptr);
        if (s->replay)
            disconnect(s->replay.get(), nullptr, this, nullptr);
        if (s->guard)
            s->guard->close();
        if (s->can)
            s->can->close();
        if (s->replay)
            s->replay->stop();
        if (s->simulated && m_loopback) {
            m_loopback->stop();
            disconnect(m_loopback, nullptr, this, nullptr);
        }
    }
    // Last words of every pipeline, then the final picture and statuses.
    for (auto &s : m_sources)
        for (auto &p : s->pipelines)
            p->flush(s->replay ? s->lastUs : m_live.nowUs());
    m_dirty = !m_sources.empty();
    feedMonitor();
    emitStatus();
    stopRecording();
    // Links may be inside one of their own signals: deleted later (a scanner before the guard
    // whose scheduler it probes through).
    for (auto &s : m_sources) {
        if (s->scanner) {
            disconnect(s->scanner.get(), nullptr, this, nullptr);
            s->scanner.release()->deleteLater();
        }
        if (s->guard)
            s->guard.release()->deleteLater();
        if (s->can)
            s->can.release()->deleteLater();
        if (s->replay)
            s->replay.release()->deleteLater();
        for (auto &p : s->pipelines) {
            disconnect(p.get(), nullptr, this, nullptr);
            p.release()->deleteLater();
        }
    }
    m_sources.clear();
    const bool was = m_running;
    m_running = false;
    if (was)
        Q_EMIT stopped();
}

DecodePipeline *BankSession::pipelineFor(Source &s, const QString &link, ProtocolId protocol)
{
    if (s.lastPipeline && link.constData() == s.lastLink.constData() && link.size() == s.lastLink.size())
        return s.lastPipeline;
    DecodePipeline *p = s.byLink.value(link);
    if (!p)
        p = addPipeline(s, protocol, link);
    s.lastLink = link;
    return s.lastPipeline = p;
}

DecodePipeline *BankSession::addPipeline(Source &s, ProtocolId protocol, const QString &link)
{
    auto pipeline = std::make_unique<DecodePipeline>(protocol, s.autoPacks ? autoBank(protocol, {}) : s.bank, link);
    DecodePipeline *p = pipeline.get();
    s.pipelines.push_back(std::move(pipeline));
    s.byLink.insert(link, p);
    Source *src = &s;
    connect(p, &DecodePipeline::decoded, this, [this, src, link](const DecodedMessage &m, qint64 atUs) { onDecoded(*src, link, m, atUs); });
    connect(p, &DecodePipeline::failed, this, [this, src, link, protocol](const QString &e, const QByteArray &raw, qint64 atUs, CodecError::Kind kind) {
        if (kind != CodecError::Kind::Fragment)
            ++src->decodeErrors;
        TrafficRecord r;
        r.atUs = atUs;
        r.link = link;
        r.bytes = raw.left(256);
        r.summary = e;
        r.status = TrafficStatus::FramingError;
        m_activity.traffic().append(r);
        Q_EMIT decodeFailed(link, protocol, e, atUs, kind);
    });
    return p;
}

void BankSession::onDecoded(Source &s, const QString &link, const DecodedMessage &m, qint64 atUs)
{
    ++s.frames;
    s.lastUs = std::max(s.lastUs, atUs);
    Q_EMIT decoded(link, m, atUs);

    // The Links page: every unit with its endpoint.
    const bool request = m.direction == QLatin1String("request");
    TrafficRecord r;
    r.atUs = atUs;
    r.link = link;
    r.address = m.address.value_or(-1);
    r.summary = m.message;
    if (m.protocol == ProtocolId::PylonCan || m.direction == QLatin1String("broadcast")) {
        r.direction = TrafficDirection::Broadcast;
    } else if (request) {
        const bool ours = (s.guard && s.guard->phase() == BusGuard::Phase::Polling) || (s.replay && s.feedingSent);
        r.direction = ours ? TrafficDirection::Request : TrafficDirection::Foreign;
        if (!ours)
            m_activity.noteForeignRequest(link, atUs);
    } else {
        r.direction = TrafficDirection::Answer;
    }
    if (m.address && !request) {
        EndpointStats &e = m_activity.endpoint(link, EndpointKind::Address, quint32(*m.address));
        ++e.answers;
        e.lastSeenUs = atUs;
        if (m.returnCode == 0x91) {
            ++e.notAnswering;
            e.lastNotAnsweringUs = atUs;
            r.status = TrafficStatus::NotAnswering;
        }
        if (e.pack.isEmpty() && s.observer)
            e.pack = s.observer->packForAddress(*m.address);
    }
    m_activity.traffic().append(r);
    m_activity.touch();

    // The bank picture (what bankscope-cli replay builds, fed as messages go by).
    if (m.foreign || m.undocumented || !s.observer)
        return;
    if (s.autoPacks) {
        bool grew = false;
        for (const DecodedPack &pk : m.packs) {
            if (pk.address && !s.seen.contains(*pk.address)) {
                s.seen.append(*pk.address);
                grew = true;
            }
        }
        if (grew) {
            std::sort(s.seen.begin(), s.seen.end());
            s.observer->setConfig(autoBank(s.bankProtocol, s.seen));
        }
    }
    s.observer->apply(m, atUs / 1000);
    m_dirty = true;
}

bool BankSession::openSerial(Source &s)
{
    // Without a protocol: Pylontech RS485 until the wire says otherwise (the window is listened
    // through first anyway; what a master is heard polling in is what gets decoded).
    s.protocol = s.plan.protocol.value_or(ProtocolId::PylontechRs485);
    const ProtocolSpec &spec = ProtocolTable::spec(s.protocol);
    if (spec.medium != Medium::Serial) {
        setFailed(s, LinkError::ConfigurationError, tr("%1 is a CAN protocol: it does not run on a serial port").arg(ProtocolNames::name(s.protocol)));
        return false;
    }
    s.bankProtocol = s.protocol;
    if (s.autoPacks)
        s.bank = autoBank(s.protocol, {});
    s.observer = std::make_unique<BankObserver>(s.bank, s.name);

    // Where the adapter is: by its stable identity when the plan has one, else the device named.
    QString port = s.plan.device;
    s.identity = s.plan.identity;
    if (!s.identity.isEmpty()) {
        const PortLookup found = SerialPorts::findByIdentity(s.identity, m_byIdDir);
        if (found.result == PortLookup::Result::Ambiguous) {
            s.ambiguous = true;
            s.candidates = found.candidates;
            setFailed(s, LinkError::OpenError, tr("two identical adapters without serial numbers: %1").arg(found.candidates.join(QStringLiteral(", "))));
            return false;
        }
        if (found.result == PortLookup::Result::Found)
            port = found.port;
    } else {
        s.identity = SerialPorts::identityOf(port, m_byIdDir);
        if (s.identity.startsWith(QLatin1String("usb:")) && s.identity.endsWith(QLatin1Char(':'))
            && SerialPorts::findByIdentity(s.identity, m_byIdDir).result == PortLookup::Result::Ambiguous) {
            s.identity.clear(); // picked by device name among twins: a replug is looked for there only
        }
    }
    s.device = port;

    BusGuard::Settings gs;
    gs.serial.portName = port;
    gs.serial.baudRate = s.plan.speed > 0 ? s.plan.speed : spec.defaultSpeed;
    if (!s.identity.isEmpty()) {
        // Every open (the first, a reconnect, the poll link) asks where the adapter is now.
        const QString identity = s.identity;
        const QString byId = m_byIdDir;
        Source *src = &s;
        gs.serial.locate = [identity, byId, port, src]() -> QString {
            const PortLookup found = SerialPorts::findByIdentity(identity, byId);
            src->ambiguous = found.result == PortLookup::Result::Ambiguous;
            src->candidates = found.candidates;
            if (found.result == PortLookup::Result::Found)
                return found.port;
            if (found.result == PortLookup::Result::Ambiguous)
                return {};
            return QFileInfo::exists(port) ? port : QString();
        };
    }
    gs.protocol = s.protocol;
    gs.request = s.plan.role;
    gs.windowMs = std::max(s.plan.listenWindowMs, ProtocolTable::listenWindowMs(Medium::Serial));
    if (s.plan.pollTimeoutMs > 0)
        gs.poll.timeoutMs = s.plan.pollTimeoutMs;
    const bool scan = m_scan && ProtocolTable::spec(s.protocol).scannable();
    if (scan)
        gs.poll = BusScanner::pollSettings(*m_scan); // its timeout, no retries, a quiet time after each answer
    s.guard = std::make_unique<BusGuard>(gs, m_live);
    BusGuard *guard = s.guard.get();
    addPipeline(s, s.protocol, s.name);
    Source *src = &s;
    const QString name = s.name;

    connect(guard, &BusGuard::linkChanged, this, [this, name, src](SerialLink *link) {
        src->pipelines.back()->attach(link); // the one decoding now (see decided)
        connect(link, &SerialLink::received, this, [this, name, src](const QByteArray &bytes, qint64 atUs) {
            if (src->bytesSinceMs < 0)
                src->bytesSinceMs = m_elapsed.elapsed();
            recordSerial(name, false, bytes, atUs);
        });
        connect(link, &SerialLink::sent, this, [this, name](const QByteArray &bytes, qint64 atUs) { recordSerial(name, true, bytes, atUs); });
        connect(link, &Link::stateChanged, this, [src, link](LinkState state) {
            if (state == LinkState::Open) {
                src->device = link->currentPort();
                if (src->error == LinkError::Unplugged) {
                    src->error = LinkError::NoError;
                    src->errorText.clear();
                    src->nextStep.clear();
                    src->detail.clear();
                }
            }
        });
    });
    connect(guard, &BusGuard::decided, this, [this, src, name](const RoleDecision &d) {
        // No protocol chosen and a master heard in another one: decode what the wire speaks.
        if (!src->plan.protocol && src->guard) {
            const std::optional<ProtocolId> best = src->guard->heard().best();
            if (best && *best != src->protocol && ProtocolTable::spec(*best).medium == Medium::Serial) {
                src->protocol = *best;
                src->bankProtocol = *best;
                if (src->autoPacks) {
                    src->seen.clear();
                    src->bank = autoBank(*best, {});
                    src->observer = std::make_unique<BankObserver>(src->bank, src->name);
                }
                DecodePipeline *p = addPipeline(*src, *best, name);
                if (SerialLink *link = src->guard->link())
                    p->attach(link);
                // The first pipeline stops decoding: it stays for its statistics only.
                if (src->pipelines.size() > 1) {
                    DecodePipeline *old = src->pipelines.front().get();
                    if (SerialLink *link = src->guard->link())
                        disconnect(link, nullptr, old, nullptr);
                    disconnect(old, nullptr, this, nullptr);
                }
            }
        }
        if (d.refused())
            src->nextStep = tr("Another master polls this bus: BankScope only listens here. To poll, unplug the inverter's "
                               "BMS cable first.");
        Q_EMIT roleDecided(name, d);
        if (m_scan && d.role != LinkRole::Poll && !src->scanner && src->guard) {
            // Nothing may be probed. Asked to listen: the window's worth of listening, then what
            // was heard; another master on the bus: what it said, at once.
            if (d.requested == RoleRequest::Listen) {
                QTimer::singleShot(src->guard->windowMs(), src->guard.get(), [this, src] {
                    for (const auto &o : m_sources)
                        if (o.get() == src)
                            finishScan(*src, {}, false);
                });
            } else {
                finishScan(*src, {}, false);
            }
        }
    });
    connect(guard, &BusGuard::pollingStarted, this, [this, src, name](PollScheduler &scheduler) {
        if (m_scan && ProtocolTable::spec(src->protocol).scannable()) {
            // Scan mode: the guard's scheduler probes the address range instead of polling the bank.
            src->scanner = std::make_unique<BusScanner>(scheduler, src->protocol, *m_scan);
            BusScanner *scanner = src->scanner.get();
            connect(scanner, &BusScanner::finished, this, [this, src, scanner](const QList<BusScanner::Result> &results) {
                finishScan(*src, results, scanner->stoppedBy().has_value());
            });
            scanner->start();
            return;
        }
        QList<int> addresses;
        for (const PackConfig &p : src->bank.packs)
            addresses.append(p.address);
        const ProtocolSpec &sp = ProtocolTable::spec(src->protocol);
        if (addresses.isEmpty())
            addresses = sp.defaultAddresses;
        const PollPlans::Plan plan = sp.plan(addresses);
        connect(&scheduler, &PollScheduler::answered, this, [this, name](const PollRequest &request, const DecodedMessage &, qint64 latencyUs) {
            EndpointStats &e = m_activity.endpoint(name, EndpointKind::Address, quint32(request.address));
            ++e.requests;
            e.latencyUs.push(latencyUs);
        });
        connect(&scheduler, &PollScheduler::failed, this, [this, name](const PollRequest &request, const QString &reason, const QString &) {
            EndpointStats &e = m_activity.endpoint(name, EndpointKind::Address, quint32(request.address));
            ++e.requests;
            const qint64 now = m_live.nowUs();
            if (reason == QLatin1String("timeout")) {
                ++e.timeouts;
                e.lastTimeoutUs = now;
            } else if (reason == QLatin1String("checksum")) {
                ++e.checksumErrors;
                e.lastErrorUs = now;
            } else if (reason == QLatin1String("framing")) {
                ++e.framingErrors;
                e.lastErrorUs = now;
            }
        });
        scheduler.setPlan(plan.once, plan.cyclic);
        scheduler.start();
    });
    connect(guard, &BusGuard::errorOccurred, this, [this, src, name](LinkError e, const QString &message) {
        Q_EMIT linkError(name, e, message);
        if (e == LinkError::Unplugged || (src->guard && src->guard->phase() == BusGuard::Phase::Reconnecting)) {
            src->error = LinkError::Unplugged;
            src->detail = message;
            return;
        }
        describeProblem(*src, e, message);
    });
    connect(guard, &BusGuard::linkStateChanged, this, [this, src, guard](LinkState state) {
        if (state == LinkState::Closed && guard->phase() != BusGuard::Phase::Closed && guard->link()
            && guard->link()->error() != LinkError::NoError && !src->failed) {
            setFailed(*src, guard->link()->error(), guard->link()->errorString());
        }
    });

    if (!guard->open()) {
        const QString why = guard->errorString();
        setFailed(s, guard->link() ? guard->link()->error() : LinkError::OpenError, why);
        return false;
    }
    if (SerialLink *link = guard->link())
        s.device = link->currentPort();
    return true;
}

bool BankSession::openCan(Source &s)
{
    const bool slcan = s.plan.kind == SessionSource::Kind::Slcan;
    s.protocol = s.plan.protocol.value_or(ProtocolId::PylonCan);
    if (ProtocolTable::spec(s.protocol).medium != Medium::Can) {
        setFailed(s, LinkError::ConfigurationError, tr("%1 runs on RS485, not on CAN").arg(ProtocolNames::name(s.protocol)));
        return false;
    }
    s.bankProtocol = s.protocol;
    if (s.autoPacks)
        s.bank = autoBank(s.protocol, {});
    s.observer = std::make_unique<BankObserver>(s.bank, s.name);
    CanSettings cs;
    if (slcan) {
        cs.plugin = QStringLiteral("slcan");
        cs.interface = s.plan.device;
        if (s.plan.adapterBaud > 0)
            cs.slcanBaudRate = s.plan.adapterBaud;
    } else {
        const qsizetype colon = s.plan.device.indexOf(QLatin1Char(':'));
        cs.plugin = colon < 0 ? QStringLiteral("socketcan") : s.plan.device.left(colon);
        cs.interface = colon < 0 ? s.plan.device : s.plan.device.mid(colon + 1);
    }
    cs.bitrate = s.plan.speed > 0 ? s.plan.speed : ProtocolTable::spec(s.protocol).defaultSpeed;
    s.can = std::make_unique<CanListenLink>(cs, m_live);
    CanLink *link = s.can.get();
    DecodePipeline *pipeline = addPipeline(s, s.protocol, s.name);
    Source *src = &s;
    const QString name = s.name;
    connect(link, &Link::noticed, this, [this, name](const LinkNotice &n) { Q_EMIT noticed(name, n); });
    connect(link, &Link::errorOccurred, this, [this, src, name](LinkError e, const QString &message) {
        Q_EMIT linkError(name, e, message);
        if (e == LinkError::Unplugged) {
            src->error = e;
            src->detail = message;
            return;
        }
        describeProblem(*src, e, message);
    });
    connect(link, &CanLink::framesReceived, this, [this, pipeline, name, src](const QList<TimedCanFrame> &frames) {
        if (src->bytesSinceMs < 0 && !frames.isEmpty())
            src->bytesSinceMs = m_elapsed.elapsed();
        for (const TimedCanFrame &f : frames) {
            recordCan(name, f.frame, f.atUs);
            EndpointStats &e = m_activity.endpoint(name, EndpointKind::CanId, f.frame.id);
            if (e.lastSeenUs)
                e.latencyUs.push(f.atUs - *e.lastSeenUs);
            ++e.answers;
            e.lastSeenUs = f.atUs;
            pipeline->feedCan(f.frame, f.atUs);
        }
    });
    auto said = std::make_shared<bool>(false);
    auto sayRole = [this, name, src, said]() {
        if (*said)
            return;
        *said = true;
        RoleDecision d;
        d.code = RoleDecision::Code::CanListens;
        d.requested = src->plan.role;
        d.protocol = src->protocol;
        Q_EMIT roleDecided(name, d);
    };
    connect(link, &Link::stateChanged, this, [this, src, link, sayRole](LinkState state) {
        if (state == LinkState::Open) {
            sayRole();
            if (src->error == LinkError::Unplugged) {
                src->error = LinkError::NoError;
                src->errorText.clear();
                src->nextStep.clear();
                src->detail.clear();
            }
        }
        if (state == LinkState::Closed && link->error() != LinkError::NoError && !src->failed)
            setFailed(*src, link->error(), link->errorString());
    });
    if (!link->open()) {
        setFailed(s, link->error(), link->errorString());
        return false;
    }
    if (link->state() == LinkState::Open)
        sayRole();
    return true;
}

bool BankSession::openReplay(Source &s)
{
    s.replay = std::make_unique<ReplayLink>();
    ReplayLink *replay = s.replay.get();
    if (!replay->open(s.plan.device)) {
        setFailed(s, LinkError::OpenError, replay->errorString());
        return false;
    }
    // What the file holds: the plan's protocol, else inferred from its first part (as
    // bankscope-cli replay does).
    const LogInference::Verdict verdict = LogInference::infer(replay->format(), replay->timeBase(), replay->sampleEvents());
    if (s.plan.protocol) {
        if (*s.plan.protocol != ProtocolId::PylonCan)
            s.replaySerial = s.plan.protocol;
    } else {
        if (verdict.hasSerial && !verdict.serialProtocol && !verdict.hasCan) {
            setFailed(s, LinkError::ProtocolError,
                      tr("no protocol finds a valid frame in the serial traffic of its first part: choose the protocol"));
            return false;
        }
        s.replaySerial = verdict.serialProtocol;
        s.inferred = verdict;
    }
    s.protocol = s.replaySerial.value_or(ProtocolId::PylonCan);
    s.bankProtocol = s.protocol;
    if (s.autoPacks)
        s.bank = autoBank(s.bankProtocol, {});
    s.observer = std::make_unique<BankObserver>(s.bank, QStringLiteral("replay"));
    Source *src = &s;
    connect(replay, &ReplayLink::serialBytes, this, [this, src](const QString &link, bool sent, const QByteArray &b, qint64 at) {
        src->lastUs = at;
        m_timeline.setFileTimeUs(at);
        if (src->bytesSinceMs < 0)
            src->bytesSinceMs = m_elapsed.elapsed();
        if (!src->replaySerial) {
            ++src->ignoredEvents;
            return;
        }
        DecodePipeline *p = pipelineFor(*src, link, *src->replaySerial);
        src->feedingSent = sent; // decoding happens inside feedSerial
        p->feedSerial(b, at);
        src->feedingSent = false;
    });
    connect(replay, &ReplayLink::canFrame, this, [this, src](const QString &link, const CanFrameData &f, qint64 at) {
        src->lastUs = at;
        m_timeline.setFileTimeUs(at);
        if (src->bytesSinceMs < 0)
            src->bytesSinceMs = m_elapsed.elapsed();
        pipelineFor(*src, link, ProtocolId::PylonCan)->feedCan(f, at);
    });
    connect(replay, &ReplayLink::lineError, this, [this, src](qint64 line, const QString &message) {
        ++src->badLines;
        if (src->firstBadLine < 0) {
            src->firstBadLine = line;
            src->error = LinkError::ReadError;
            src->errorText = tr("line %1 of the recording cannot be read: %2").arg(line).arg(message);
            src->nextStep = tr("The line is skipped and the rest plays; the recording may have been cut or edited.");
        }
        Q_EMIT replayLineError(src->name, line, message);
    });
    connect(replay, &ReplayLink::gap, this, [this, src](qint64 fromUs, qint64 toUs, qint64 line, bool skipped) {
        Q_EMIT replayGap(src->name, fromUs, toUs, line, skipped);
    });
    connect(replay, &ReplayLink::finished, this, [this, src] { onReplayFinished(*src); });
    replay->setSkipGapsLongerThan(m_skipGapsS);
    if (!replay->start(s.plan.replaySpeed)) {
        setFailed(s, LinkError::ConfigurationError, tr("the replay speed must be a finite number of at least 0"));
        return false;
    }
    m_timeline.setFileTimeUs(replay->firstTimeUs());
    return true;
}

void BankSession::onReplayFinished(Source &s)
{
    s.ended = true;
    for (auto &p : s.pipelines)
        p->flush(s.lastUs);
    m_timeline.setFileTimeUs(s.lastUs);
    m_dirty = true;
    feedMonitor();
    emitStatus();
    for (const auto &o : m_sources)
        if (o->replay && !o->ended && !o->failed)
            return;
    if (!m_replayFinishedSaid) {
        m_replayFinishedSaid = true;
        Q_EMIT replayFinished();
    }
}

void BankSession::endReplay()
{
    // Copies: onReplayFinished may be what the last one is waiting for.
    QList<Source *> playing;
    for (const auto &s : m_sources)
        if (s->replay && !s->ended && !s->failed)
            playing.append(s.get());
    for (Source *s : std::as_const(playing)) {
        s->replay->stop();
        onReplayFinished(*s);
    }
}

BankSession::ReplaySummary BankSession::replaySummary(int index) const
{
    ReplaySummary out;
    if (index < 0 || index >= linkCount())
        return out;
    const Source &s = *m_sources[size_t(index)];
    if (s.replay)
        out.link = s.replay->stats();
    for (const auto &p : s.pipelines) {
        const StreamDecoder::Stats d = p->stats();
        out.decoding.units += d.units;
        out.decoding.decoded += d.decoded;
        out.decoding.failed += d.failed;
        out.decoding.fragments += d.fragments;
        out.decoding.foreign += d.foreign;
        out.decoding.undocumented += d.undocumented;
        out.decoding.discardedBytes += d.discardedBytes;
    }
    out.ignoredEvents = s.ignoredEvents;
    out.badLines = s.badLines;
    out.lastUs = s.lastUs;
    out.inferred = s.inferred;
    if (s.observer) {
        out.config = s.observer->config();
        out.readings = s.observer->readings();
        if (s.observer->hasObserved())
            out.observed = s.observer->observed();
    } else {
        out.config = s.bank;
    }
    return out;
}

void BankSession::finishScan(Source &s, const QList<BusScanner::Result> &results, bool stopped)
{
    if (s.scanDone)
        return;
    s.scanDone = true;
    Q_EMIT scanFinished(s.name, results, stopped);
}

bool BankSession::openSimulated(Source &s)
{
    s.simulated = true;
    s.bank = m_loopback->config();
    s.autoPacks = false;
    connect(m_loopback, &LoopbackSource::updated, this, [this] { m_dirty = true; });
    m_loopback->start(500);
    return true;
}

void BankSession::setFailed(Source &s, LinkError e, const QString &detail)
{
    const bool was = s.failed;
    s.failed = true;
    describeProblem(s, e, detail);
    if (!was)
        Q_EMIT linkFailed(s.name, detail);
}

void BankSession::describeProblem(Source &s, LinkError e, const QString &detail)
{
    s.error = e == LinkError::NoError ? LinkError::UnknownError : e;
    s.detail = detail;
    s.errorText = detail;
    s.nextStep.clear();
    const bool serialPort = s.plan.kind == SessionSource::Kind::Serial || s.plan.kind == SessionSource::Kind::Slcan;
    if (s.ambiguous) {
        s.errorText = tr("two identical adapters: pick one");
        s.nextStep = tr("Two adapters of the same kind without serial numbers are plugged in (%1): BankScope cannot tell them "
                        "apart. Pick the one to use by its device name, or unplug the other.")
                         .arg(s.candidates.join(QStringLiteral(", ")));
        return;
    }
    if (e == LinkError::OpenError && serialPort) {
        const QString port = s.device.isEmpty() ? s.plan.device : s.device;
        const PortProblem problem = SerialPorts::diagnose(port);
        switch (problem.code) {
        case PortProblem::Code::PermissionDenied:
            s.errorText = tr("permission denied on %1").arg(port);
#ifdef Q_OS_LINUX
            s.nextStep = tr("Add yourself to the dialout group: sudo usermod -aG dialout $USER, then log out and in again.");
#else
            s.nextStep = tr("Ask the administrator of this computer for access to serial ports.");
#endif
            return;
        case PortProblem::Code::Busy:
            s.errorText = tr("%1 is in use by another program").arg(port);
            s.nextStep = problem.holders.isEmpty()
                ? tr("Close the program that holds it: ModemManager (sudo systemctl stop ModemManager), another BankScope, or "
                     "a terminal program (minicom, screen, PuTTY).")
                : tr("It is held by %1: close that program (ModemManager: sudo systemctl stop ModemManager).")
                      .arg(problem.holders.join(QStringLiteral(", ")));
            return;
        case PortProblem::Code::Missing:
            s.errorText = tr("%1 is not there").arg(port);
            s.nextStep = tr("Check the cable and the adapter, then pick the port again (it may have another name now).");
            return;
        case PortProblem::Code::Other:
        case PortProblem::Code::None:
            s.nextStep = tr("Unplug the adapter, plug it in again and pick the port again.");
            return;
        }
    }
    switch (e) {
    case LinkError::ConfigurationError:
        s.nextStep = tr("Check the speed and the protocol chosen for this link.");
        break;
    case LinkError::ProtocolError:
        s.nextStep = s.plan.kind == SessionSource::Kind::Recording ? tr("Choose the protocol the recording holds.")
                                                                   : tr("Check the adapter's firmware (SLCAN silent mode) and the cable.");
        break;
    case LinkError::OpenError:
        s.nextStep = s.plan.kind == SessionSource::Kind::Recording
            ? tr("Pick a BankScope recording, a candump log, SavvyCAN CSV or a Vector ASC file.")
            : tr("Check that the CAN interface exists and is up (ip link show), then connect again.");
        break;
    default:
        s.nextStep = tr("Check the adapter and its cable, then connect again.");
        break;
    }
}

BankConfig BankSession::monitorConfig() const
{
    // A bank file says what the bank is; else the packs found so far, every source's together.
    for (const auto &s : m_sources)
        if (!s->autoPacks && !s->failed)
            return s->bank;
    BankConfig c;
    bool first = true;
    for (const auto &s : m_sources) {
        if (s->failed || !s->observer)
            continue;
        const BankConfig b = s->observer->config();
        if (first)
            c.architecture = b.architecture;
        first = false;
        for (const PackConfig &p : b.packs)
            if (!c.pack(p.id))
                c.packs.append(p);
    }
    return c;
}

void BankSession::feedMonitor()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    for (const auto &s : m_sources) {
        if (s->simulated && m_loopback) {
            if (!sameConfig(m_monitor.config(), m_loopback->config()))
                m_monitor.setConfig(m_loopback->config());
            m_monitor.updateReadings(m_loopback->readings());
            m_monitor.setObserved(m_loopback->observed());
            m_monitor.setLinkInfo(m_loopback->packLinkInfo());
            m_monitor.refresh();
            Q_EMIT fed();
            return;
        }
    }
    const BankConfig config = monitorConfig();
    if (!sameConfig(config, m_monitor.config()))
        m_monitor.setConfig(config);
    QList<PackReading> readings;
    const BankObserver *told = nullptr;
    for (const auto &s : m_sources) {
        if (!s->observer)
            continue;
        readings += s->observer->readings();
        if (s->observer->hasObserved() && (!told || s->observer->observedAtMs() > told->observedAtMs()))
            told = s->observer.get();
    }
    m_monitor.updateReadings(readings);
    const qint64 now = m_timeline.nowMs();
    if (told && now - told->observedAtMs() <= kToldTimeoutMs)
        m_monitor.setObserved(told->observed());
    else if (told && !m_timeline.followsFile())
        m_monitor.setObserved(std::nullopt);
    else if (told)
        m_monitor.setObserved(told->observed()); // a replay's last word stays what it said
    QHash<QString, PackLinkInfo> info;
    for (const PackConfig &p : m_monitor.config().packs)
        info.insert(p.id, m_activity.packInfo(p.id));
    m_monitor.setLinkInfo(info);
    m_monitor.refresh();
    Q_EMIT fed();
}

void BankSession::flush()
{
    m_dirty = true;
    feedMonitor();
    emitStatus();
}

void BankSession::emitStatus()
{
    Q_EMIT statusChanged(statuses());
}

QList<LinkStatus> BankSession::statuses() const
{
    QList<LinkStatus> out;
    for (const auto &s : m_sources)
        out.append(statusOf(*s));
    return out;
}

LinkStatus BankSession::status(int index) const
{
    return index >= 0 && index < linkCount() ? statusOf(*m_sources[size_t(index)]) : LinkStatus{};
}

LinkStatus BankSession::statusOf(const Source &s) const
{
    LinkStatus st;
    st.name = s.name;
    st.kind = s.plan.kind;
    st.device = s.device;
    st.identity = s.identity;
    st.protocol = s.plan.kind == SessionSource::Kind::Simulated ? s.plan.protocol : std::optional<ProtocolId>(s.protocol);
    st.speed = s.plan.speed;
    st.frames = s.frames;
    st.errors = s.decodeErrors;
    st.error = s.error;
    st.errorText = s.errorText;
    st.nextStep = s.nextStep;
    st.detail = s.detail;

    if (s.guard) {
        const BusGuard &g = *s.guard;
        if (st.speed <= 0)
            st.speed = ProtocolTable::spec(s.protocol).defaultSpeed;
        st.role = g.link() ? g.link()->role() : LinkRole::Listen;
        st.decision = g.decision();
        st.bytes = g.bytesReceived();
        st.bytesSent = g.bytesSent();
        for (const AddressStats &a : g.pollStats())
            st.errors += a.timeouts + a.checksumErrors + a.framingErrors;
        switch (g.phase()) {
        case BusGuard::Phase::Closed:
            st.phase = LinkStatus::Phase::Closed;
            break;
        case BusGuard::Phase::Listening:
            st.phase = LinkStatus::Phase::Listening;
            st.listenRemainingMs = int(g.windowRemainingMs());
            break;
        case BusGuard::Phase::ListenOnly:
            st.phase = LinkStatus::Phase::ListeningOnly;
            break;
        case BusGuard::Phase::Polling:
            st.phase = LinkStatus::Phase::Polling;
            break;
        case BusGuard::Phase::Reconnecting:
            st.phase = LinkStatus::Phase::Reconnecting;
            break;
        }
        if (g.phase() == BusGuard::Phase::Listening || g.phase() == BusGuard::Phase::ListenOnly) {
            const Heard &heard = g.heard();
            st.heard = heard.silent() ? tr("nothing yet")
                                      : RoleDecision::fromHeard(heard, s.protocol, g.requested(), g.windowMs()).heardText();
            if (g.phase() == BusGuard::Phase::ListenOnly && g.decision())
                st.heard = g.decision()->heardText();
        }
        if (g.phase() == BusGuard::Phase::Reconnecting || g.linkState() == LinkState::Reconnecting) {
            st.phase = LinkStatus::Phase::Reconnecting;
            st.retryInMs = g.link() ? g.link()->retryInMs() : 0;
        }
    } else if (s.can) {
        const CanLink::Stats cs = s.can->stats();
        if (st.speed <= 0)
            st.speed = s.can->settings().bitrate;
        st.role = LinkRole::Listen;
        RoleDecision d;
        d.code = RoleDecision::Code::CanListens;
        d.requested = s.plan.role;
        d.protocol = s.protocol;
        st.decision = d;
        st.bytes = cs.frames;
        st.bytesSent = 0;
        st.errors += cs.errorFrames + cs.malformed;
        switch (s.can->state()) {
        case LinkState::Closed:
            st.phase = LinkStatus::Phase::Closed;
            break;
        case LinkState::Opening:
            st.phase = LinkStatus::Phase::Opening;
            break;
        case LinkState::Open:
            st.phase = LinkStatus::Phase::ListeningOnly;
            break;
        case LinkState::Reconnecting:
            st.phase = LinkStatus::Phase::Reconnecting;
            st.retryInMs = s.can->retryInMs();
            break;
        }
    } else if (s.replay) {
        const ReplayLink &r = *s.replay;
        st.role = LinkRole::Listen;
        st.bytes = r.stats().events;
        st.fileTimeUs = r.fileTimeUs();
        st.progress = s.ended ? 1.0 : r.progress();
        st.badLines = s.badLines;
        st.firstBadLine = s.firstBadLine;
        st.errors += s.badLines;
        st.phase = s.ended ? LinkStatus::Phase::ReplayEnded
            : r.isPaused() ? LinkStatus::Phase::ReplayPaused
                           : LinkStatus::Phase::Replaying;
    } else if (s.simulated && m_loopback) {
        st.phase = LinkStatus::Phase::Simulated;
        st.role = LinkRole::Poll;
        st.frames = m_loopback->exchanges();
        st.errors = m_loopback->failures();
    }
    if (s.failed)
        st.phase = LinkStatus::Phase::Failed;
    if (st.phase == LinkStatus::Phase::Reconnecting && st.error == LinkError::Unplugged) {
        st.errorText = tr("the adapter went away: reconnecting");
        st.nextStep = s.identity.isEmpty() ? tr("Plug it in again: BankScope finds it again under the same name.")
                                           : tr("Plug it in again: BankScope finds it again, even under another device name.");
        if (s.ambiguous) {
            st.errorText = tr("two identical adapters: pick one");
            st.nextStep = tr("Two adapters of the same kind without serial numbers are plugged in (%1): BankScope cannot tell "
                             "them apart. Pick the one to use by its device name, or unplug the other.")
                              .arg(s.candidates.join(QStringLiteral(", ")));
        }
    }

    // Frames per second over the last few seconds; "bytes but no frames" after a while.
    const qint64 nowMs = m_elapsed.elapsed();
    auto &rate = s.rate;
    rate.emplace_back(nowMs, st.frames);
    while (rate.size() > 2 && nowMs - rate[1].first >= kRateWindowMs)
        rate.pop_front();
    const qint64 spanMs = nowMs - rate.front().first;
    if (spanMs > 0)
        st.framesPerSecond = double(st.frames - rate.front().second) * 1000.0 / double(spanMs);
    st.bytesWithoutFrames = st.bytes > 0 && st.frames == 0 && s.bytesSinceMs >= 0 && nowMs - s.bytesSinceMs >= m_noFramesAfterMs
                            && !s.simulated;
    if (st.bytesWithoutFrames && st.errorText.isEmpty()) {
        st.errorText = tr("bytes arrive but no valid frames: wrong baud or protocol?");
        st.nextStep = s.plan.kind == SessionSource::Kind::Serial
            ? tr("Check the speed (%1 baud now) and the protocol, and that A and B are not swapped.").arg(st.speed)
            : tr("Check the protocol chosen for this link.");
    }
    return st;
}

bool BankSession::startRecording(const QString &path)
{
    if (m_recorder.isOpen())
        stopRecording();
    QString note = m_recordNote;
    if (note.isEmpty())
        note = QStringLiteral("BankScope session");
    if (!m_recorder.open(path, note))
        return false; // the recorder said why ("cannot write FILE: why"): error() above
    m_recordPath = path;
    Q_EMIT recordingChanged(true, path);
    return true;
}

void BankSession::stopRecording()
{
    if (!m_recorder.isOpen())
        return;
    m_recorder.close();
    const QString path = m_recordPath;
    m_recordPath.clear();
    Q_EMIT recordingChanged(false, path);
}

void BankSession::recordSerial(const QString &link, bool sent, const QByteArray &bytes, qint64 atUs)
{
    if (m_recorder.isOpen())
        m_recorder.recordSerial(link, sent, bytes, atUs);
}

void BankSession::recordCan(const QString &link, const CanFrameData &frame, qint64 atUs)
{
    if (m_recorder.isOpen())
        m_recorder.recordCan(link, frame, atUs, frame.extended);
}

void BankSession::pauseReplay()
{
    for (auto &s : m_sources)
        if (s->replay && !s->ended)
            s->replay->pause();
    emitStatus();
}

void BankSession::resumeReplay()
{
    for (auto &s : m_sources)
        if (s->replay && !s->ended)
            s->replay->resume();
    emitStatus();
}

bool BankSession::setReplaySpeed(double speed)
{
    bool ok = true;
    for (auto &s : m_sources)
        if (s->replay)
            ok = s->replay->setSpeed(speed) && ok;
    return ok;
}

bool BankSession::seekReplay(qint64 fileTimeUs)
{
    bool ok = true;
    for (auto &s : m_sources) {
        if (!s->replay)
            continue;
        if (fileTimeUs < s->replay->fileTimeUs() || s->ended) {
            // Backwards: the picture starts over from the top of the file.
            s->ended = false;
            s->seen.clear();
            if (s->autoPacks)
                s->bank = autoBank(s->bankProtocol, {});
            s->observer = std::make_unique<BankObserver>(s->bank, QStringLiteral("replay"));
            m_monitor.reset(monitorConfig());
            m_replayFinishedSaid = false;
        }
        if (s->replay->state() != LinkState::Open) // played to its end: from the top again
            ok = s->replay->start(s->replay->speed()) && ok;
        ok = s->replay->seek(fileTimeUs) && ok;
    }
    emitStatus();
    return ok;
}

bool BankSession::restartReplay()
{
    bool ok = true;
    for (auto &s : m_sources) {
        if (!s->replay)
            continue;
        s->ended = false;
        s->seen.clear();
        if (s->autoPacks)
            s->bank = autoBank(s->bankProtocol, {});
        s->observer = std::make_unique<BankObserver>(s->bank, QStringLiteral("replay"));
        if (s->replay->state() == LinkState::Open)
            ok = s->replay->restart() && ok;
        else
            ok = s->replay->start(s->replay->speed()) && ok;
        m_timeline.setFileTimeUs(s->replay->firstTimeUs());
    }
    m_replayFinishedSaid = false;
    m_monitor.reset(monitorConfig());
    emitStatus();
    return ok;
}
