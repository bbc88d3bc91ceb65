#pragma once

// What the bankscope-cli verify tests share: a multi-drop RS485 wire joining several programs on
// pseudo-terminals (PtyBus), and verify's JSON finding lines read back and matched by
// "check|code|subject|status[,status]" ("*" matches anything).

#include "ptybus.h" // PtyBus: the shared RS485 wire

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace VerifyLines {

inline QList<QJsonObject> parse(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &l : bytes.split('\n'))
        if (!l.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(l).object());
    return out;
}

// "check|code|subject|status[,status]" ("*" matches anything; a code ending in '*' matches its prefix).
inline bool matches(const QJsonObject &f, const QString &spec)
{
    const QStringList p = spec.split(QLatin1Char('|'));
    auto ok = [](const QString &want, const QString &have) {
        if (want == QLatin1String("*"))
            return true;
        if (want.size() > 1 && want.endsWith(QLatin1Char('*')))
            return have.startsWith(want.chopped(1));
        return want == have;
    };
    const QStringList statuses = p.value(3).split(QLatin1Char(','));
    return ok(p.value(0), f[QStringLiteral("check")].toString()) && ok(p.value(1), f[QStringLiteral("code")].toString())
           && ok(p.value(2), f[QStringLiteral("subject")].toString())
           && (p.value(3) == QLatin1String("*") || statuses.contains(f[QStringLiteral("status")].toString()));
}

inline const QJsonObject *find(const QList<QJsonObject> &findings, const QString &spec)
{
    for (const QJsonObject &f : findings)
        if (matches(f, spec))
            return &f;
    return nullptr;
}

inline QString dump(const QList<QJsonObject> &findings)
{
    QStringList lines;
    for (const QJsonObject &f : findings)
        lines.append(QStringLiteral("%1|%2|%3|%4  %5").arg(f[QStringLiteral("check")].toString(), f[QStringLiteral("code")].toString(),
                                                         f[QStringLiteral("subject")].toString(), f[QStringLiteral("status")].toString(),
                                                         f[QStringLiteral("text")].toString()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace VerifyLines
