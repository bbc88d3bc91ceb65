#pragma once

// A pseudo-terminal pair for tests: the link under test opens the slave side through a stable
// symlink (like /dev/serial/by-id/...), the test plays the device on the master side.
// unplug() closes the master (the slave sees a hang-up, as when a USB adapter is pulled);
// replug() makes a new pty behind the same symlink.

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

class PtyPair
{
public:
    PtyPair() { replug(); }
    ~PtyPair() { unplug(); }
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    bool ok() const { return m_master >= 0; }
    int masterFd() const { return m_master; }
    QString path() const { return m_dir.filePath(QStringLiteral("ttyBS0")); }
    QString slavePath() const { return m_slavePath; }

    void unplug()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
        QFile::remove(path());
    }

    bool replug()
    {
        unplug();
        int slave = -1;
        char name[128] = {};
        if (::openpty(&m_master, &slave, name, nullptr, nullptr) != 0)
            return false;
        termios t{};
        ::tcgetattr(slave, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(slave, TCSANOW, &t);
        ::close(slave);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        // Not inherited by the programs a test starts: one of them holding the master open
        // would keep the pty alive through unplug().
        ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
        m_slavePath = QString::fromLocal8Bit(name);
        return QFile::link(m_slavePath, path());
    }

    bool write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno != EAGAIN)
                return false;
            if (n > 0)
                done += n;
            else
                ::usleep(1000);
        }
        return true;
    }

    // Reads what the link wrote, pumping the event loop, until `want` bytes or the deadline.
    QByteArray read(int waitMs, qsizetype want = -1)
    {
        QByteArray out;
        QDeadlineTimer deadline(waitMs);
        while (!deadline.hasExpired() && (want < 0 || out.size() < want)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            pollfd p{m_master, POLLIN, 0};
            if (::poll(&p, 1, 5) > 0 && (p.revents & POLLIN)) {
                char buf[4096];
                const ssize_t n = ::read(m_master, buf, sizeof buf);
                if (n > 0)
                    out.append(buf, n);
            }
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
    int m_master = -1;
    QString m_slavePath;
};
