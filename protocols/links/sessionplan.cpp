#include "sessionplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct KindRow
{
    SessionSource::Kind kind;
    const char *name;
};

constexpr KindRow kKinds[] = {
    {SessionSource::Kind::Serial, "serial"},
    {SessionSource::Kind::CanPlugin, "can"},
    {SessionSource::Kind::Slcan, "slcan"},
    {SessionSource::Kind::Recording, "recording"},
    {SessionSource::Kind::Simulated, "simulated"},
};

struct PhaseRow
{
    LinkStatus::Phase phase;
    const char *name;
    const char *label;
};

constexpr PhaseRow kPhases[] = {
    {LinkStatus::Phase::Closed, "closed", QT_TRANSLATE_NOOP("LinkStatus", "closed")},
    {LinkStatus::Phase::Opening, "opening", QT_TRANSLATE_NOOP("LinkStatus", "opening")},
    {LinkStatus::Phase::Listening, "listening", QT_TRANSLATE_NOOP("LinkStatus", "listening first")},
    {LinkStatus::Phase::ListeningOnly, "listening-only", QT_TRANSLATE_NOOP("LinkStatus", "listening only")},
    {LinkStatus::Phase::Polling, "polling", QT_TRANSLATE_NOOP("LinkStatus", "polling")},
    {LinkStatus::Phase::Replaying, "replaying", QT_TRANSLATE_NOOP("LinkStatus", "replaying")},
    {LinkStatus::Phase::ReplayPaused, "replay-paused", QT_TRANSLATE_NOOP("LinkStatus", "replay paused")},
    {LinkStatus::Phase::ReplayEnded, "replay-ended", QT_TRANSLATE_NOOP("LinkStatus", "replay ended")},
    {LinkStatus::Phase::Simulated, "simulated", QT_TRANSLATE_NOOP("LinkStatus", "simulated")},
    {LinkStatus::Phase::Reconnecting, "reconnecting", QT_TRANSLATE_NOOP("LinkStatus", "reconnecting")},
    {LinkStatus::Phase::Failed, "failed", QT_TRANSLATE_NOOP("LinkStatus", "failed")},
};

const PhaseRow &phaseRow(LinkStatus::Phase phase)
{
    for (const PhaseRow &row : kPhases)
        if (row.phase == phase)
            return row;
    return kPhases[0];
}

std::optional<RoleRequest> roleFromName(const QString &name)
{
    for (RoleRequest r : {RoleRequest::Auto, RoleRequest::Listen, RoleRequest::Poll})
        if (RoleRequests::name(r) == name)
            return r;
    return std::nullopt;
}

} // namespace

namespace SessionSourceKinds {

QString name(SessionSource::Kind kind)
{
    for (const KindRow &row : kKinds)
        if (row.kind == kind)
            return QString::fromLatin1(row.name);
    return {};
}

std::optional<SessionSource::Kind> fromName(const QString &name)
{
    for (const KindRow &row : kKinds)
        if (name == QLatin1String(row.name))
            return row.kind;
    return std::nullopt;
}

} // namespace SessionSourceKinds

bool SessionPlan::isReplay() const
{
    if (sources.isEmpty())
        return false;
    for (const SessionSource &s : sources)
        if (s.kind != SessionSource::Kind::Recording)
            return false;
    return true;
}

QJsonObject SessionPlan::toJson() const
{
    QJsonArray list;
    for (const SessionSource &s : sources) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), SessionSourceKinds::name(s.kind));
        o.insert(QStringLiteral("device"), s.device);
        if (!s.identity.isEmpty())
            o.insert(QStringLiteral("identity"), s.identity);
        if (!s.label.isEmpty())
            o.insert(QStringLiteral("label"), s.label);
        if (s.protocol)
            o.insert(QStringLiteral("protocol"), ProtocolNames::name(*s.protocol));
        if (s.speed > 0)
            o.insert(QStringLiteral("speed"), s.speed);
        o.insert(QStringLiteral("role"), RoleRequests::name(s.role));
        if (s.listenWindowMs > 0)
            o.insert(QStringLiteral("listenWindowMs"), s.listenWindowMs);
        if (!s.bankFile.isEmpty())
            o.insert(QStringLiteral("bank"), s.bankFile);
        // A recording always says its speed; another source only if it carries one (read back the
        // same: found by fuzz_sessionplan, an SLCAN source with "replaySpeed": 10 lost it).
        if (s.kind == SessionSource::Kind::Recording || s.replaySpeed != 1.0)
            o.insert(QStringLiteral("replaySpeed"), s.replaySpeed);
        if (s.adapterBaud > 0)
            o.insert(QStringLiteral("adapterBaud"), s.adapterBaud);
        if (s.pollTimeoutMs > 0)
            o.insert(QStringLiteral("pollTimeoutMs"), s.pollTimeoutMs);
        list.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("sources"), list);
    if (!recordTo.isEmpty())
        json.insert(QStringLiteral("record"), recordTo);
    return json;
}

std::optional<SessionPlan> SessionPlan::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SessionPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue list = json.value(QStringLiteral("sources"));
    if (!list.isArray())
        return fail(QStringLiteral("\"sources\" must be an array"));
    SessionPlan plan;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QString where = QStringLiteral("sources[%1]").arg(index++);
        if (!v.isObject())
            return fail(where + QStringLiteral(" must be an object"));
        const QJsonObject o = v.toObject();
        SessionSource s;
        const auto kind = SessionSourceKinds::fromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(where + QStringLiteral(".kind: unknown kind \"%1\"").arg(o.value(QStringLiteral("kind")).toString()));
        s.kind = *kind;
        const QJsonValue device = o.value(QStringLiteral("device"));
        if (!device.isString() || device.toString().isEmpty())
            return fail(where + QStringLiteral(".device must be a non-empty string"));
        s.device = device.toString();
        s.identity = o.value(QStringLiteral("identity")).toString();
        s.label = o.value(QStringLiteral("label")).toString();
        if (o.contains(QStringLiteral("protocol"))) {
            const QString name = o.value(QStringLiteral("protocol")).toString();
            const auto p = ProtocolNames::fromName(name);
            if (!p)
                return fail(where + QStringLiteral(".protocol: unknown protocol \"%1\"").arg(name));
            s.protocol = p;
        }
        if (o.contains(QStringLiteral("speed"))) {
            const double speed = o.value(QStringLiteral("speed")).toDouble(-1);
            if (!(speed > 0 && speed <= 10'000'000) || speed != double(qint32(speed)))
                return fail(where + QStringLiteral(".speed must be a positive whole number up to 10000000"));
            s.speed = qint32(speed);
        }
        const QString roleName = o.value(QStringLiteral("role")).toString(QStringLiteral("auto"));
        const auto role = roleFromName(roleName);
        if (!role)
            return fail(where + QStringLiteral(".role: unknown role \"%1\" (auto, listen, poll)").arg(roleName));
        s.role = *role;
        if (o.contains(QStringLiteral("listenWindowMs"))) {
            const double ms = o.value(QStringLiteral("listenWindowMs")).toDouble(-1);
            if (!(ms >= 0 && ms <= 3'600'000))
                return fail(where + QStringLiteral(".listenWindowMs must be between 0 and 3600000"));
            s.listenWindowMs = int(ms);
        }
        s.bankFile = o.value(QStringLiteral("bank")).toString();
        if (o.contains(QStringLiteral("replaySpeed"))) {
            const double speed = o.value(QStringLiteral("replaySpeed")).toDouble(-1);
            if (!(speed >= 0 && speed <= 10'000))
                return fail(where + QStringLiteral(".replaySpeed must be between 0 and 10000"));
            s.replaySpeed = speed;
        }
        if (o.contains(QStringLiteral("adapterBaud"))) {
            const double baud = o.value(QStringLiteral("adapterBaud")).toDouble(-1);
            if (!(baud > 0 && baud <= 10'000'000) || baud != double(qint32(baud)))
                return fail(where + QStringLiteral(".adapterBaud must be a positive whole number up to 10000000"));
            s.adapterBaud = qint32(baud);
        }
        if (o.contains(QStringLiteral("pollTimeoutMs"))) {
            const double ms = o.value(QStringLiteral("pollTimeoutMs")).toDouble(-1);
            if (!(ms >= 0 && ms <= 60'000))
                return fail(where + QStringLiteral(".pollTimeoutMs must be between 0 and 60000"));
            s.pollTimeoutMs = int(ms);
        }
        plan.sources.append(s);
    }
    plan.recordTo = json.value(QStringLiteral("record")).toString();
    return plan;
}

QString LinkStatus::phaseName() const
{
    return QString::fromLatin1(phaseRow(phase).name);
}

QString LinkStatus::phaseLabel() const
{
    return QCoreApplication::translate("LinkStatus", phaseRow(phase).label);
}

QJsonObject LinkStatus::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("link"), name);
    o.insert(QStringLiteral("kind"), SessionSourceKinds::name(kind));
    o.insert(QStringLiteral("device"), device);
    if (protocol)
        o.insert(QStringLiteral("protocol"), ProtocolNames::name(*protocol));
    if (speed > 0)
        o.insert(QStringLiteral("speed"), speed);
    o.insert(QStringLiteral("phase"), phaseName());
    o.insert(QStringLiteral("role"), LinkNames::role(role));
    if (decision)
        o.insert(QStringLiteral("decision"), decision->toJson());
    if (phase == Phase::Listening)
        o.insert(QStringLiteral("listenRemainingMs"), listenRemainingMs);
    if (!heard.isEmpty())
        o.insert(QStringLiteral("heard"), heard);
    if (phase == Phase::Reconnecting)
        o.insert(QStringLiteral("retryInMs"), retryInMs);
    o.insert(QStringLiteral("frames"), double(frames));
    o.insert(QStringLiteral("framesPerSecond"), framesPerSecond);
    o.insert(QStringLiteral("bytes"), double(bytes));
    o.insert(QStringLiteral("errors"), double(errors));
    o.insert(QStringLiteral("bytesSent"), double(bytesSent));
    if (bytesWithoutFrames)
        o.insert(QStringLiteral("bytesWithoutFrames"), true);
    if (!identity.isEmpty())
        o.insert(QStringLiteral("identity"), identity);
    if (error != LinkError::NoError || !errorText.isEmpty()) {
        o.insert(QStringLiteral("error"), LinkNames::error(error));
        o.insert(QStringLiteral("errorText"), errorText);
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        if (!nextStep.isEmpty())
            o.insert(QStringLiteral("nextStep"), nextStep);
    }
    if (kind == SessionSource::Kind::Recording) {
        o.insert(QStringLiteral("fileTimeUs"), double(fileTimeUs));
        o.insert(QStringLiteral("progress"), progress);
        o.insert(QStringLiteral("badLines"), double(badLines));
        if (firstBadLine >= 0)
            o.insert(QStringLiteral("firstBadLine"), double(firstBadLine));
    }
    return o;
}
