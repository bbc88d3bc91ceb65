#include "linereader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

LineReader::LineReader(QIODevice *device, qsizetype maxLine)
    : m_device(device)
    , m_maxLine(std::max<qsizetype>(maxLine, 16))
{
    // Room for one line at the cap plus a read-ahead chunk: the buffer never grows beyond this.
    m_buffer.resize(std::max<qsizetype>(256 * 1024, 2 * m_maxLine + 2));
}

bool LineReader::lineBuffered() const
{
    return std::memchr(m_buffer.constData() + m_begin, '\n', size_t(m_end - m_begin)) != nullptr
        || (m_eof && m_end > m_begin);
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    // Move what is left of the current line to the front, then read into the free space.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
        m_end -= m_begin;
        m_begin = 0;
    }
    const qint64 room = m_buffer.size() - m_end;
    if (room <= 0)
        return true;
    const qint64 n = m_device->read(m_buffer.data() + m_end, room);
    if (n < 0) {
        m_error = m_device->errorString();
        m_eof = true;
        return false;
    }
    if (n == 0) {
        // A sequential device (pipe, terminal) returns 0 while it waits; a file at its end.
        if (m_device->isSequential() && m_device->isOpen() && !m_device->atEnd()
            && m_device->waitForReadyRead(-1))
            return true;
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

LineReader::Status LineReader::next()
{
    m_unterminated = false;
    for (;;) {
        const char *start = m_buffer.constData() + m_begin;
        const qsizetype avail = m_end - m_begin;
        const char *nl = static_cast<const char *>(std::memchr(start, '\n', size_t(avail)));
        if (m_skipping) {
            // The rest of a line already reported as too long: dropped up to its end.
            const qsizetype n = nl ? nl - start + 1 : avail;
            m_begin += n;
            m_consumed += n;
            if (nl) {
                m_skipping = false;
                continue;
            }
            if (!fill())
                return m_error.isEmpty() ? Status::End : Status::ReadError;
            continue;
        }
        if (nl) {
            const qsizetype len = nl - start;
            m_begin += len + 1;
            m_consumed += len + 1;
            ++m_lineNumber;
            if (len > m_maxLine)
                return Status::TooLong;
            qsizetype l = len;
            if (l > 0 && start[l - 1] == '\r')
                --l;
            m_line = QByteArrayView(start, l);
            return Status::Line;
        }
        if (avail > m_maxLine) {
            // No end within the cap: the line is reported now (endless input has no end at all),
            // and the rest of it is dropped as it comes.
            ++m_lineNumber;
            m_skipping = true;
            m_begin = m_end;
            m_consumed += avail;
            return Status::TooLong;
        }
        if (!fill()) {
            if (!m_error.isEmpty())
                return Status::ReadError;
            if (m_end > m_begin) {
                // The last line has no newline.
                const qsizetype len = m_end - m_begin;
                const char *s = m_buffer.constData() + m_begin;
                m_begin = m_end;
                m_consumed += len;
                ++m_lineNumber;
                m_unterminated = true;
                qsizetype l = len;
                if (l > 0 && s[l - 1] == '\r')
                    --l;
                m_line = QByteArrayView(s, l);
                return Status::Line;
            }
            return Status::End;
        }
    }
}
