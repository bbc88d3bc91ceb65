#include "passivedetector.h"

#include "clock.h"
#include "protocoltable.h"

#include <QCoreApplication>

namespace {

QString speedText(Medium medium, qint32 speed)
{
    return medium == Medium::Can ? QCoreApplication::translate("PassiveDetector", "%1 bit/s").arg(speed)
                                 : QCoreApplication::translate("PassiveDetector", "%1 baud").arg(speed);
}

} // namespace

PassiveDetector::PassiveDetector(const Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
{
    const Medium m = medium();
    m_speeds = settings.speeds.isEmpty() ? ProtocolTable::candidateSpeeds(m) : settings.speeds;
    if (m == Medium::Can && settings.can->plugin != QLatin1String("slcan")) {
        // Only an adapter BankScope can make silent at each rate may search: a controller that
        // is not listen-only at a wrong bit rate sends error frames onto the bus.
        m_speeds = {settings.can->bitrate};
    }
    m_windowMs = settings.windowMs > 0 ? settings.windowMs
                                       : (m == Medium::Can ? ProtocolTable::hearingWindowMs(Medium::Can)
                                                           : ProtocolTable::listenWindowMs(Medium::Serial));
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &PassiveDetector::endCandidate);
}

PassiveDetector::~PassiveDetector()
{
    m_scheduler.reset();
    m_serial.reset();
    m_can.reset();
}

Medium PassiveDetector::medium() const
{
    return m_settings.can ? Medium::Can : Medium::Serial;
}

QList<PassiveDetector::Probe> PassiveDetector::probePlan(const QList<qint32> &speeds)
{
    QList<Probe> plan;
    for (qint32 baud : speeds) {
        for (ProtocolId id : ProtocolTable::onMedium(Medium::Serial)) {
            const ProtocolSpec &spec = ProtocolTable::spec(id);
            if (!spec.scannable() || !spec.speeds.contains(baud))
                continue;
            Probe p;
            p.baud = baud;
            p.protocol = id;
            p.request = spec.probe(spec.defaultAddresses.value(0, 1));
            p.outcome = QStringLiteral("not-sent");
            plan.append(p);
        }
    }
    return plan;
}

void PassiveDetector::start()
{
    m_result = Result{};
    m_result.medium = medium();
    m_index = -1;
    QTimer::singleShot(0, this, &PassiveDetector::listenNext);
}

void PassiveDetector::closeLinks()
{
    m_window.stop();
    if (m_scheduler) {
        m_scheduler->stop();
        disconnect(m_scheduler.get(), nullptr, this, nullptr);
        m_scheduler.release()->deleteLater();
    }
    if (m_serial) {
        disconnect(m_serial.get(), nullptr, this, nullptr);
        m_serial->close();
        m_serial.release()->deleteLater();
    }
    if (m_can) {
        disconnect(m_can.get(), nullptr, this, nullptr);
        m_can->close();
        m_can.release()->deleteLater();
    }
}

void PassiveDetector::listenNext()
{
    ++m_index;
    if (m_index >= m_speeds.size()) {
        conclude();
        return;
    }
    const qint32 speed = m_speeds[m_index];
    const Medium m = medium();
    m_evidence = std::make_unique<WireEvidence>(ProtocolTable::onMedium(m));
    Q_EMIT candidateStarted(speed, m_windowMs);
    auto cannotListen = [this, speed](const QString &why) {
        Candidate c;
        c.speed = speed;
        c.error = why;
        m_result.candidates.append(c);
        m_result.error = why;
        closeLinks();
        Q_EMIT candidateDone(c);
        Q_EMIT finished(m_result);
    };
    if (m == Medium::Serial) {
        SerialSettings s;
        s.portName = m_settings.serialPort;
        s.baudRate = speed;
        m_serial = std::make_unique<SerialListenLink>(s, m_clock);
        connect(m_serial.get(), &SerialLink::received, this,
                [this](const QByteArray &bytes, qint64 atUs) { m_evidence->feedSerial(bytes, atUs); });
        if (!m_serial->open()) {
            cannotListen(m_serial->errorString());
            return;
        }
    } else {
        CanSettings s = *m_settings.can;
        s.bitrate = speed;
        m_can = std::make_unique<CanListenLink>(s, m_clock);
        connect(m_can.get(), &CanLink::framesReceived, this, [this](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames)
                m_evidence->feedCan(f.frame, f.atUs);
        });
        connect(m_can.get(), &Link::stateChanged, this, [this, cannotListen](LinkState st) {
            if (st == LinkState::Closed && m_can && m_can->error() != LinkError::NoError)
                cannotListen(m_can->errorString()); // e.g. the SLCAN adapter cannot be made silent
        });
        if (!m_can->open()) {
            cannotListen(m_can->errorString());
            return;
        }
    }
    m_window.start(m_windowMs);
}

void PassiveDetector::endCandidate()
{
    m_evidence->flush(m_clock.nowUs());
    Candidate c;
    c.speed = m_speeds[m_index];
    c.heard = m_evidence->heard();
    if (m_can)
        c.errorFrames = m_can->stats().errorFrames;
    m_result.candidates.append(c);
    closeLinks();
    Q_EMIT candidateDone(c);
    // The next rate after the adapter had a moment to close.
    QTimer::singleShot(50, this, &PassiveDetector::listenNext);
}

void PassiveDetector::conclude()
{
    quint64 bestDecoded = 0;
    for (const Candidate &c : std::as_const(m_result.candidates)) {
        if (!c.heard.silent())
            m_result.silent = false;
        if (const auto best = c.heard.best()) {
            const quint64 decoded = c.heard.of(*best)->decoded;
            if (decoded > bestDecoded) {
                bestDecoded = decoded;
                m_result.protocol = best;
                m_result.speed = c.speed;
            }
        }
    }
    if (!m_result.silent || !m_settings.probe || medium() == Medium::Can) {
        Q_EMIT finished(m_result);
        return;
    }
    // Silent at every candidate and asked to probe: say exactly what will be sent, then send it.
    m_plan = probePlan(m_speeds);
    m_result.probed = true;
    m_probeIndex = -1;
    m_probeBaud = 0;
    Q_EMIT probesPlanned(m_plan);
    QTimer::singleShot(0, this, &PassiveDetector::probeNext);
}

void PassiveDetector::probeNext()
{
    ++m_probeIndex;
    if (m_probeIndex >= m_plan.size()) {
        closeLinks();
        Q_EMIT finished(m_result);
        return;
    }
    Probe &p = m_plan[m_probeIndex];
    if (!m_serial || m_probeBaud != p.baud) {
        closeLinks();
        SerialSettings s;
        s.portName = m_settings.serialPort;
        s.baudRate = p.baud;
        auto link = std::make_unique<SerialPollLink>(s, m_clock);
        if (!link->open()) {
            m_result.error = link->errorString();
            Q_EMIT finished(m_result);
            return;
        }
        m_serial = std::move(link);
        m_probeBaud = p.baud;
    }
    m_framer = ProtocolTable::answerFramer(p.protocol);
    PollSettings ps;
    ps.timeoutMs = m_settings.probeTimeoutMs;
    ps.retries = 0;
    auto *pollLink = qobject_cast<SerialPollLink *>(m_serial.get());
    if (!pollLink || !m_framer)
        return;
    m_scheduler = std::make_unique<PollScheduler>(*pollLink, *m_framer, m_clock, ps);
    connect(m_scheduler.get(), &PollScheduler::answered, this,
            [this](const PollRequest &, const DecodedMessage &m, qint64) { finishProbe(QStringLiteral("answered"), m); });
    connect(m_scheduler.get(), &PollScheduler::failed, this,
            [this](const PollRequest &, const QString &reason, const QString &) { finishProbe(reason, std::nullopt); });
    connect(m_scheduler.get(), &PollScheduler::foreignTraffic, this, [this](const ForeignTraffic &t) {
        // Someone spoke: not one more probe.
        m_result.interrupted = t;
        m_result.probes.append(m_plan.mid(m_probeIndex));
        closeLinks();
        Q_EMIT finished(m_result);
    });
    m_scheduler->setPlan({p.request}, {});
    m_scheduler->start();
}

void PassiveDetector::finishProbe(const QString &outcome, const std::optional<DecodedMessage> &answer)
{
    Probe &p = m_plan[m_probeIndex];
    p.outcome = outcome;
    p.answered = outcome == QLatin1String("answered");
    p.answer = answer;
    m_result.probes.append(p);
    Q_EMIT probeDone(p);
    if (m_scheduler) {
        disconnect(m_scheduler.get(), nullptr, this, nullptr);
        m_scheduler.release()->deleteLater();
    }
    if (p.answered) {
        // Found: no more bytes than needed.
        m_result.protocol = p.protocol;
        m_result.speed = p.baud;
        closeLinks();
        Q_EMIT finished(m_result);
        return;
    }
    QTimer::singleShot(50, this, &PassiveDetector::probeNext); // the line settles between probes
}

QString PassiveDetector::Result::text() const
{
    if (!error.isEmpty())
        return QCoreApplication::translate("PassiveDetector", "could not listen: %1").arg(error);
    QStringList speeds;
    for (const Candidate &c : candidates)
        speeds.append(QString::number(c.speed));
    if (!silent) {
        if (protocol && speed) {
            return QCoreApplication::translate("PassiveDetector", "%1 heard at %2; nothing was sent")
                .arg(ProtocolNames::name(*protocol), speedText(medium, *speed));
        }
        return QCoreApplication::translate("PassiveDetector", "traffic heard that no protocol decodes (at %1): check the A/B "
                                                              "wiring and the device's protocol setting; nothing was sent")
            .arg(speeds.join(QStringLiteral(", ")));
    }
    if (!probed)
        return QCoreApplication::translate("PassiveDetector", "silent at %1: nothing heard and nothing sent (--probe asks the "
                                                              "bus, once it is known to be silent)")
            .arg(speeds.join(QStringLiteral(", ")));
    if (interrupted)
        return QCoreApplication::translate("PassiveDetector", "someone started talking while probing: probing stopped");
    for (const Probe &p : probes)
        if (p.answered)
            return QCoreApplication::translate("PassiveDetector", "silent bus; %1 answered a probe at %2 baud (address %3)")
                .arg(ProtocolNames::name(p.protocol))
                .arg(p.baud)
                .arg(p.request.address);
    return QCoreApplication::translate("PassiveDetector", "silent bus, and no probe was answered: check power, wiring and "
                                                          "the device's address");
}
