#pragma once

// What the bankscope-cli verify tests share: a multi-drop RS485 wire joining several programs on
// pseudo-terminals (PtyBus), and verify's JSON finding lines read back and matched by
// "check|code|subject|status[,status]" ("*" matches anything).

#include "ptypair.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>

#include <memory>
#include <unistd.h>
#include <vector>

// An RS485 pair of wires joining several programs, each on its own pseudo-terminal: what one
// writes, every other one reads (a half-duplex bus has no direction). Counts what each one wrote.
class PtyBus
{
public:
    explicit PtyBus(int ports)
    {
        for (int i = 0; i < ports; ++i) {
            m_ports.push_back(std::make_unique<PtyPair>());
            m_written.append(0);
        }
        for (int i = 0; i < ports; ++i) {
            auto *n = new QSocketNotifier(m_ports[size_t(i)]->masterFd(), QSocketNotifier::Read);
            m_notifiers.push_back(std::unique_ptr<QSocketNotifier>(n));
            QObject::connect(n, &QSocketNotifier::activated, [this, i] {
                char buf[4096];
                const ssize_t got = ::read(m_ports[size_t(i)]->masterFd(), buf, sizeof buf);
                if (got <= 0)
                    return;
                m_written[i] += got;
                for (int j = 0; j < int(m_ports.size()); ++j)
                    if (j != i)
                        m_ports[size_t(j)]->write(QByteArray(buf, got));
            });
        }
    }
    QString path(int i) const { return m_ports[size_t(i)]->slavePath(); }
    qint64 written(int i) const { return m_written.value(i); }

private:
    std::vector<std::unique_ptr<PtyPair>> m_ports;
    std::vector<std::unique_ptr<QSocketNotifier>> m_notifiers;
    QList<qint64> m_written;
};

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
