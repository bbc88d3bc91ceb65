#pragma once

// Two pseudo-terminals joined master to master, like a null-modem cable: whatever one side's
// program writes, the other side's program reads. Lets two programs that each expect a
// serial port (python-can's slcan interface and our SLCAN link) talk directly.

#include "ptypair.h"

#include <QSocketNotifier>

#include <memory>

class PtyBridge
{
public:
    PtyBridge()
    {
        wire(m_a, m_b, m_na);
        wire(m_b, m_a, m_nb);
    }
    QString pathA() const { return m_a.path(); }
    QString pathB() const { return m_b.path(); }
    bool ok() const { return m_a.ok() && m_b.ok(); }

private:
    static void wire(PtyPair &from, PtyPair &to, std::unique_ptr<QSocketNotifier> &notifier)
    {
        notifier.reset(new QSocketNotifier(from.masterFd(), QSocketNotifier::Read));
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&from, &to] {
            char buf[4096];
            const ssize_t n = ::read(from.masterFd(), buf, sizeof buf);
            if (n > 0)
                to.write(QByteArray(buf, n));
        });
    }

    PtyPair m_a;
    PtyPair m_b;
    std::unique_ptr<QSocketNotifier> m_na;
    std::unique_ptr<QSocketNotifier> m_nb;
};
