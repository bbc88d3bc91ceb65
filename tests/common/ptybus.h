#pragma once

// An RS485 pair of wires joining several programs, each on its own pseudo-terminal: what one
// writes, every other one reads (a half-duplex bus has no direction). Counts what each one wrote.
// The test's event loop carries the bytes (QSocketNotifier on each master side). GUI thread.

#include "ptypair.h"

#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>
#include <vector>
#include <unistd.h>

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
