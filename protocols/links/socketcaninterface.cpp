#include "socketcaninterface.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace SocketCanInterface {

std::optional<State> parseIpJson(const QByteArray &json, QString &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty() || !doc.array().first().isObject()) {
        error = QCoreApplication::translate("SocketCan", "ip printed no interface");
        return std::nullopt;
    }
    const QJsonObject link = doc.array().first().toObject();
    State s;
    s.name = link.value(QStringLiteral("ifname")).toString();
    s.up = link.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("UP"));
    const QJsonObject info = link.value(QStringLiteral("linkinfo")).toObject();
    s.kind = info.value(QStringLiteral("info_kind")).toString();
    if (s.kind.isEmpty())
        s.kind = link.value(QStringLiteral("link_type")).toString();
    const QJsonObject data = info.value(QStringLiteral("info_data")).toObject();
    // iproute2 prints "ctrlmode" only when a mode is set (iplink_can.c).
    s.listenOnly = data.value(QStringLiteral("ctrlmode")).toArray().contains(QStringLiteral("LISTEN-ONLY"));
    const QJsonValue bitrate = data.value(QStringLiteral("bittiming")).toObject().value(QStringLiteral("bitrate"));
    if (bitrate.isDouble())
        s.bitrate = bitrate.toInt();
    s.busState = data.value(QStringLiteral("state")).toString();
    return s;
}

std::optional<State> query(const QString &interface, QString &error)
{
    QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty())
        ip = QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (ip.isEmpty()) {
        error = QCoreApplication::translate("SocketCan", "the ip command (iproute2) is not installed");
        return std::nullopt;
    }
    QProcess p;
    p.start(ip, {QStringLiteral("-details"), QStringLiteral("-json"), QStringLiteral("link"), QStringLiteral("show"), interface});
    if (!p.waitForFinished(1000)) {
        p.kill();
        p.waitForFinished(500);
        error = QCoreApplication::translate("SocketCan", "ip did not answer");
        return std::nullopt;
    }
    if (p.exitCode() != 0) {
        error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        if (error.isEmpty())
            error = QCoreApplication::translate("SocketCan", "no interface %1").arg(interface);
        return std::nullopt;
    }
    return parseIpJson(p.readAllStandardOutput(), error);
}

QString listenOnlyCommand(const QString &interface, int bitrate)
{
    return QStringLiteral("ip link set %1 down; ip link set %1 type can bitrate %2 listen-only on; ip link set %1 up")
        .arg(interface)
        .arg(bitrate);
}

} // namespace SocketCanInterface
