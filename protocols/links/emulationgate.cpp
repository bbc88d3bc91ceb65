#include "emulationgate.h"

#include "clock.h"
#include "protocoltable.h"
#include "roledecision.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

namespace EmulationTarget {

bool isPseudoTerminal(const QString &port)
{
    const QString path = QFileInfo(port).canonicalFilePath();
    if (path.isEmpty())
        return false; // not there: nothing proves it is a pty
    if (path.startsWith(QLatin1String("/dev/pts/")) || path == QLatin1String("/dev/ptmx"))
        return true;
#ifdef Q_OS_UNIX
    // Unix98 pty slaves are character devices with majors 136-143 (Linux devices.txt).
    struct stat st{};
    if (::stat(path.toLocal8Bit().constData(), &st) == 0 && S_ISCHR(st.st_mode)) {
        const unsigned m = major(st.st_rdev);
        return m >= 136 && m <= 143;
    }
#endif
    return false;
}

bool isRealSerialPort(const QString &port)
{
    return !isPseudoTerminal(port);
}

bool isRealCan(const QString &plugin, const QString &interface)
{
    if (plugin == QLatin1String("virtualcan"))
        return false;
    if (plugin == QLatin1String("slcan"))
        return isRealSerialPort(interface);
    return true;
}

} // namespace EmulationTarget

EmulationGate::EmulationGate(const Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_windowMs(settings.windowMs > 0 ? settings.windowMs
                                       : ProtocolTable::listenWindowMs(settings.serial ? Medium::Serial : Medium::Can))
{
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &EmulationGate::conclude);
}

EmulationGate::~EmulationGate() = default;

void EmulationGate::refuse(const QString &link, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_window.stop();
    Verdict v;
    v.allowed = false;
    v.link = link;
    v.reason = reason;
    if (m_serialEvidence)
        v.heard = m_serialEvidence->heard();
    Q_EMIT finished(v);
}

void EmulationGate::start()
{
    if (m_settings.serial) {
        m_serialEvidence = std::make_unique<WireEvidence>(ProtocolTable::onMedium(Medium::Serial));
        m_serial = std::make_unique<SerialListenLink>(*m_settings.serial, m_clock);
        connect(m_serial.get(), &SerialLink::received, this, [this](const QByteArray &b, qint64 at) { m_serialEvidence->feedSerial(b, at); });
        if (!m_serial->open()) {
            refuse(m_settings.serial->portName, m_serial->errorString());
            return;
        }
    }
    for (const CanSettings &cs : std::as_const(m_settings.can)) {
        const QString name = cs.plugin + QLatin1Char(':') + cs.interface;
        m_canEvidence.push_back(std::make_unique<WireEvidence>(ProtocolTable::onMedium(Medium::Can)));
        WireEvidence *evidence = m_canEvidence.back().get();
        m_can.push_back(std::make_unique<CanListenLink>(cs, m_clock));
        CanLink *link = m_can.back().get();
        connect(link, &CanLink::framesReceived, this, [this, evidence, name](const QList<TimedCanFrame> &frames) {
            for (const TimedCanFrame &f : frames)
                evidence->feedCan(f.frame, f.atUs);
            const bool bank = m_settings.plays == Plays::Bank;
            if (bank) {
                refuse(name, QCoreApplication::translate("EmulationGate", "CAN frames are on %1 (%2): another BMS master or an inverter "
                                                                          "is on this bus")
                                 .arg(name)
                                 .arg(evidence->heard().keepAlive
                                          ? QCoreApplication::translate("EmulationGate", "an inverter keep-alive")
                                          : QStringLiteral("0x%1").arg(frames.first().frame.id, 3, 16, QLatin1Char('0'))));
            } else if (evidence->heard().keepAlive) {
                refuse(name, QCoreApplication::translate("EmulationGate", "another inverter or GX sends keep-alives (0x305-0x307) on %1")
                                 .arg(name));
            }
        });
        connect(link, &Link::stateChanged, this, [this, link, name](LinkState st) {
            if (st == LinkState::Closed && link->error() != LinkError::NoError)
                refuse(name, link->errorString());
        });
        if (!link->open()) {
            refuse(name, link->errorString());
            return;
        }
    }
    m_window.start(m_windowMs);
}

void EmulationGate::conclude()
{
    if (m_done)
        return;
    if (m_serialEvidence && !m_serialEvidence->heard().silent()) {
        m_serialEvidence->flush(m_clock.nowUs());
        const Heard &heard = m_serialEvidence->heard();
        const std::optional<ProtocolId> best = heard.best();
        const RoleDecision d = RoleDecision::fromHeard(heard, best.value_or(ProtocolId::PylontechRs485), RoleRequest::Poll, m_windowMs);
        refuse(m_settings.serial->portName,
               QCoreApplication::translate("EmulationGate", "%1 is not silent: %2").arg(m_settings.serial->portName, d.heardText()));
        return;
    }
    m_done = true;
    Verdict v;
    v.allowed = true;
    v.reason = QCoreApplication::translate("EmulationGate", "silent for %1 s").arg(m_windowMs / 1000);
    if (m_serialEvidence)
        v.heard = m_serialEvidence->heard();
    // The wires are free: the emulation opens them itself.
    if (m_serial)
        m_serial->close();
    for (const auto &l : m_can)
        l->close();
    Q_EMIT finished(v);
}
