#pragma once

// Standard input as a stream for the command-line tools: a QIODevice whose read returns what
// the pipe holds as soon as it holds anything (QFile on a descriptor waits to fill the whole
// request, so `candump | bankscope-cli decode -` would print nothing until 16 KiB arrived), and
// a reader of one whole document with a cap (a JSON bank or scenario: `yes |` or /dev/zero end
// in a clear error, not in std::bad_alloc).

#include "expected.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

// Reads a file descriptor (standard input by default) without buffering ahead: each read
// returns at most what one read(2) gives. Sequential. Owns nothing.
class FdInputDevice : public QIODevice
{
public:
    explicit FdInputDevice(int fd = 0) : m_fd(fd) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_eof; }
    qint64 bytesAvailable() const override
    {
#ifdef Q_OS_WIN
        return 0; // unknown: callers then take what has arrived line by line
#else
        int n = 0;
        if (::ioctl(m_fd, FIONREAD, &n) == 0 && n > 0)
            return n;
        pollfd p{m_fd, POLLIN, 0};
        // Readable with no byte counted: the other end closed (a read returns 0 at once).
        return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)) ? 1 : 0;
#endif
    }
    bool waitForReadyRead(int) override { return !m_eof; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (;;) {
#ifdef Q_OS_WIN
            const int n = ::_read(m_fd, data, unsigned(std::min<qint64>(maxSize, 1 << 30)));
#else
            const ssize_t n = ::read(m_fd, data, size_t(maxSize));
#endif
            if (n > 0)
                return n;
            if (n == 0) {
                m_eof = true;
                return 0;
            }
            if (errno == EINTR)
                continue;
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return -1;
        }
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_fd;
    bool m_eof = false;
};

namespace InputDevice {

// The whole of `device`, at most `cap` bytes: past the cap, an error saying so.
inline Expected<QByteArray, QString> readCapped(QIODevice &device, qint64 cap)
{
    QByteArray out;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n < 0)
            return device.errorString();
        if (n == 0) {
            if (device.isSequential() && !device.atEnd() && device.waitForReadyRead(-1))
                continue;
            return out;
        }
        if (out.size() + n > cap) {
            return QCoreApplication::translate("cli", "more than %1 MiB: not a document this command reads (is it the right input?)")
                .arg(cap / (1024 * 1024));
        }
        out.append(chunk, n);
    }
}

} // namespace InputDevice
