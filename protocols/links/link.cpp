#include "link.h"

#include <QCoreApplication>

namespace {

struct NoticeRow
{
    LinkNotice::Code code;
    const char *name;
};

constexpr NoticeRow kNoticeNames[] = {
    {LinkNotice::Code::SlcanVersion, "slcan-version"},
    {LinkNotice::Code::SlcanSilentByM1, "slcan-silent-by-m1"},
    {LinkNotice::Code::SocketCanNotListenOnly, "socketcan-not-listen-only"},
    {LinkNotice::Code::SocketCanBitrate, "socketcan-bitrate"},
    {LinkNotice::Code::SocketCanStateUnknown, "socketcan-state-unknown"},
    {LinkNotice::Code::SocketCanVirtual, "socketcan-virtual"},
    {LinkNotice::Code::BitrateNotApplied, "bitrate-not-applied"},
    {LinkNotice::Code::NoListenOnlyMode, "no-listen-only-mode"},
};

} // namespace

QString LinkNotice::codeName() const
{
    for (const NoticeRow &r : kNoticeNames)
        if (r.code == code)
            return QString::fromLatin1(r.name);
    return {};
}

QString LinkNotice::text() const
{
    const auto s = [this](const char *key) { return args.value(QString::fromLatin1(key)).toString(); };
    switch (code) {
    case Code::SlcanVersion:
        return s("version").isEmpty() ? QCoreApplication::translate("Link", "the SLCAN adapter did not tell its version")
                                      : QCoreApplication::translate("Link", "SLCAN adapter version %1").arg(s("version"));
    case Code::SlcanSilentByM1:
        return QCoreApplication::translate("Link", "the SLCAN adapter refused 'L' (listen-only); it took the CANable 2.0 "
                                                   "silent mode 'M1' instead");
    case Code::SocketCanNotListenOnly:
        return QCoreApplication::translate("Link", "%1 is not in listen-only mode: its controller acknowledges frames and may "
                                                   "send error frames on the bus. To listen strictly: %2")
            .arg(s("interface"), s("command"));
    case Code::SocketCanBitrate:
        return QCoreApplication::translate("Link", "%1 runs at %2 bit/s, not the %3 asked for: the bit rate belongs to the "
                                                   "interface (ip link), BankScope does not change it")
            .arg(s("interface"), s("bitrate"), s("wanted"));
    case Code::SocketCanStateUnknown:
        return QCoreApplication::translate("Link", "cannot read the state of %1 (%2): check that it is listen-only "
                                                   "(ip -details link show %1)")
            .arg(s("interface"), s("reason"));
    case Code::SocketCanVirtual:
        return QCoreApplication::translate("Link", "%1 is a virtual CAN interface: no controller, nothing to set").arg(s("interface"));
    case Code::BitrateNotApplied:
        return QCoreApplication::translate("Link", "the %1 plugin's interface owns its bit rate: %2 bit/s is not applied")
            .arg(s("plugin"), s("wanted"));
    case Code::NoListenOnlyMode:
        return QCoreApplication::translate("Link", "the %1 plugin has no listen-only setting: BankScope sends nothing, but the "
                                                   "adapter's controller acknowledges frames")
            .arg(s("plugin"));
    }
    return {};
}

namespace LinkNames {

QString role(LinkRole role)
{
    switch (role) {
    case LinkRole::Listen:
        return QStringLiteral("listen");
    case LinkRole::Poll:
        return QStringLiteral("poll");
    case LinkRole::Emulate:
        return QStringLiteral("emulate");
    }
    return {};
}

QString state(LinkState state)
{
    switch (state) {
    case LinkState::Closed:
        return QStringLiteral("closed");
    case LinkState::Opening:
        return QStringLiteral("opening");
    case LinkState::Open:
        return QStringLiteral("open");
    case LinkState::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

QString error(LinkError error)
{
    switch (error) {
    case LinkError::NoError:
        return QStringLiteral("no-error");
    case LinkError::OpenError:
        return QStringLiteral("open-error");
    case LinkError::ConfigurationError:
        return QStringLiteral("configuration-error");
    case LinkError::ReadError:
        return QStringLiteral("read-error");
    case LinkError::WriteError:
        return QStringLiteral("write-error");
    case LinkError::Unplugged:
        return QStringLiteral("unplugged");
    case LinkError::ProtocolError:
        return QStringLiteral("protocol-error");
    case LinkError::UnknownError:
        return QStringLiteral("unknown-error");
    }
    return {};
}

QString errorLabel(LinkError error)
{
    switch (error) {
    case LinkError::NoError:
        return QCoreApplication::translate("Link", "No error");
    case LinkError::OpenError:
        return QCoreApplication::translate("Link", "Cannot open the adapter");
    case LinkError::ConfigurationError:
        return QCoreApplication::translate("Link", "The adapter refused a setting");
    case LinkError::ReadError:
        return QCoreApplication::translate("Link", "Reading from the adapter failed");
    case LinkError::WriteError:
        return QCoreApplication::translate("Link", "Writing to the adapter failed");
    case LinkError::Unplugged:
        return QCoreApplication::translate("Link", "The adapter was unplugged");
    case LinkError::ProtocolError:
        return QCoreApplication::translate("Link", "The adapter reported an error");
    case LinkError::UnknownError:
        return QCoreApplication::translate("Link", "Unknown adapter error");
    }
    return {};
}

} // namespace LinkNames

Link::Link(LinkRole role, const ReconnectPolicy &reconnect, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_policy(reconnect)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Link::retry);
}

Link::~Link() = default;

void Link::setState(LinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Link::reportError(LinkError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    Q_EMIT errorOccurred(error, message);
}

void Link::notice(LinkNotice::Code code, const QVariantMap &args)
{
    Q_EMIT noticed(LinkNotice{code, args});
}

bool Link::open()
{
    if (m_state == LinkState::Open || m_state == LinkState::Opening)
        return true;
    m_retry.stop();
    m_silentRetries = false;
    m_error = LinkError::NoError;
    m_errorString.clear();
    setState(LinkState::Opening);
    const OpenResult r = openDevice();
    if (!r.ok) {
        closeDevice();
        reportError(r.error, r.message);
        setState(LinkState::Closed);
        return false;
    }
    return m_state != LinkState::Closed;
}

void Link::openWhenAvailable()
{
    if (m_state == LinkState::Open || m_state == LinkState::Opening)
        return;
    m_silentRetries = true;
    m_backoffMs = 0;
    setState(LinkState::Reconnecting);
    m_retry.start(0);
}

void Link::close()
{
    m_retry.stop();
    closeDevice();
    setState(LinkState::Closed);
}

void Link::deviceOpened()
{
    const bool reconnected = m_state == LinkState::Reconnecting;
    m_backoffMs = 0;
    if (reconnected)
        ++m_reconnects;
    setState(LinkState::Open);
}

void Link::deviceOpenFailed(LinkError error, const QString &message)
{
    closeDevice();
    if (m_state == LinkState::Reconnecting) {
        if (!m_silentRetries)
            reportError(error, message);
        scheduleRetry();
        return;
    }
    reportError(error, message);
    setState(LinkState::Closed);
}

void Link::deviceLost(const QString &message)
{
    switch (m_state) {
    case LinkState::Closed:
        return;
    case LinkState::Opening: // lost before it was ever open: the open failed
        deviceOpenFailed(LinkError::Unplugged, message);
        return;
    case LinkState::Reconnecting: // lost again while coming back: keep trying
        closeDevice();
        scheduleRetry();
        return;
    case LinkState::Open:
        break;
    }
    closeDevice();
    reportError(LinkError::Unplugged, message);
    m_silentRetries = true;
    setState(LinkState::Reconnecting);
    scheduleRetry();
}

void Link::retry()
{
    if (m_state != LinkState::Reconnecting)
        return;
    const OpenResult r = openDevice();
    if (!r.ok) {
        closeDevice();
        scheduleRetry();
    }
}

void Link::scheduleRetry()
{
    m_backoffMs = m_backoffMs == 0 ? m_policy.firstMs : std::min(m_backoffMs * 2, m_policy.maxMs);
    m_retry.start(m_backoffMs);
}
