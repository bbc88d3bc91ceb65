#include "zipwriter.h"

#include <QBuffer>
#include <QIODevice>
#include <QSet>
#include <QtEndian>

#include <array>
#include <limits>

#ifdef BANKSCOPE_HAVE_ZLIB
#include <zlib.h>
#endif

namespace {

// APPNOTE 4.3.7 / 4.3.12 / 4.3.16
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;                  // 2.0: deflate, folders
constexpr quint16 kVersionMadeBy = (3 << 8) | 20;       // host 3 = Unix, so unzip applies the mode below
constexpr quint16 kFlagUtf8 = 0x0800;                   // bit 11: name is UTF-8
constexpr quint32 kUnixMode = quint32(0100644) << 16;   // regular file, rw-r--r--
constexpr quint64 kMax32 = std::numeric_limits<quint32>::max();
constexpr qint64 kChunk = 64 * 1024;

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

// MS-DOS date and time (APPNOTE 4.4.6), local time as unzip expects it.
QPair<quint16, quint16> dosTime(const QDateTime &when)
{
    const QDateTime local = (when.isValid() ? when : QDateTime::currentDateTime()).toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    if (d.year() < 1980)
        return {0, quint16((0 << 9) | (1 << 5) | 1)};
    if (d.year() > 2107)
        return {quint16((23 << 11) | (59 << 5) | 29), quint16((127 << 9) | (12 << 5) | 31)};
    return {quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)),
            quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}

} // namespace

// What an entry's data came to: bytes read, bytes written, their CRC-32.
struct ZipWriter::Sink
{
    quint64 size = 0;
    quint64 written = 0;
    quint32 crc = 0;
};

ZipWriter::ZipWriter(QIODevice *output) : m_out(output) {}

ZipWriter::~ZipWriter() = default;

bool ZipWriter::deflateAvailable()
{
#ifdef BANKSCOPE_HAVE_ZLIB
    return true;
#else
    return false;
#endif
}

quint32 ZipWriter::crc32(const char *data, qsizetype size, quint32 crc)
{
    const std::array<quint32, 256> &t = crcTable();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = t[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

bool ZipWriter::fail(Error error, const QString &text)
{
    if (m_error == Error::NoError) {
        m_error = error;
        m_errorString = text;
    }
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_out->write(bytes) != bytes.size())
        return fail(Error::WriteFailed, tr("cannot write the archive: %1").arg(m_out->errorString()));
    return true;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified, Method method)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return add(name, &buffer, -1, modified, method);
}

bool ZipWriter::begin(const QString &name, Method method, const QDateTime &modified, Entry &entry)
{
    // A refused name leaves the archive as it was: the next entry may still be added.
    if (m_error == Error::BadName || m_error == Error::Duplicate) {
        m_error = Error::NoError;
        m_errorString.clear();
    }
    if (m_error != Error::NoError)
        return false;
    if (m_finished)
        return fail(Error::Finished, tr("the archive is already finished"));
    if (!m_out || !m_out->isWritable() || m_out->isSequential())
        return fail(Error::NotWritable, tr("the archive's file is not open for writing"));
    const QByteArray utf8 = name.toUtf8();
    bool control = false;
    for (QChar c : name)
        control |= c.unicode() < 0x20 || c.unicode() == 0x7F;
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || control
        || name.split(QLatin1Char('/')).contains(QStringLiteral("..")) || utf8.size() > 0xFFFF)
        return fail(Error::BadName, tr("'%1' is not a name a ZIP archive can hold").arg(name));
    for (const Entry &e : std::as_const(m_entries))
        if (e.name == name)
            return fail(Error::Duplicate, tr("'%1' is in the archive twice").arg(name));
    if (m_entries.size() >= 0xFFFF)
        return fail(Error::TooLarge, tr("more than 65535 files in one archive"));
    entry.name = name;
    entry.method = deflateAvailable() ? method : Method::Stored;
    entry.offset = quint64(m_out->pos());
    if (entry.offset > kMax32)
        return fail(Error::TooLarge, tr("the archive is larger than 4 GiB"));
    const QPair<quint16, quint16> when = dosTime(modified);
    m_times.append(when);

    // The local header (APPNOTE 4.3.7); CRC and sizes are patched in by end().
    QByteArray h;
    put32(h, kLocalHeader);
    put16(h, kVersionNeeded);
    put16(h, kFlagUtf8);
    put16(h, entry.method == Method::Deflated ? 8 : 0);
    put16(h, when.first);
    put16(h, when.second);
    put32(h, 0); // crc-32
    put32(h, 0); // compressed size
    put32(h, 0); // uncompressed size
    put16(h, quint16(utf8.size()));
    put16(h, 0); // extra field length
    h.append(utf8);
    return write(h);
}

bool ZipWriter::end(Entry &entry, const Sink &sink)
{
    entry.size = sink.size;
    entry.compressedSize = sink.written;
    entry.crc32 = sink.crc;
    if (entry.size > kMax32 || entry.compressedSize > kMax32)
        return fail(Error::TooLarge, tr("'%1' is 4 GiB or larger").arg(entry.name));
    const qint64 here = m_out->pos();
    QByteArray patch;
    put32(patch, entry.crc32);
    put32(patch, quint32(entry.compressedSize));
    put32(patch, quint32(entry.size));
    if (!m_out->seek(qint64(entry.offset) + 14) || !write(patch) || !m_out->seek(here))
        return fail(Error::WriteFailed, tr("cannot write the archive: %1").arg(m_out->errorString()));
    m_entries.append(entry);
    return true;
}

bool ZipWriter::add(const QString &name, QIODevice *source, qint64 maxBytes, const QDateTime &modified, Method method)
{
    Entry entry;
    if (!begin(name, method, modified, entry))
        return false;
    Sink sink;
    QByteArray chunk;
    auto readChunk = [&]() -> qint64 {
        qint64 want = kChunk;
        if (maxBytes >= 0)
            want = std::min<qint64>(want, maxBytes - qint64(sink.size));
        if (want <= 0)
            return 0;
        chunk.resize(want);
        const qint64 n = source->read(chunk.data(), want);
        if (n < 0)
            return -1;
        chunk.resize(n);
        sink.crc = crc32(chunk.constData(), n, sink.crc);
        sink.size += quint64(n);
        return n;
    };
    auto readFailed = [&] {
        return fail(Error::ReadFailed, tr("cannot read what goes into '%1': %2").arg(name, source->errorString()));
    };

#ifdef BANKSCOPE_HAVE_ZLIB
    if (entry.method == Method::Deflated) {
        z_stream z{};
        // Negative window bits: raw deflate, no zlib header or Adler-32 (ZIP method 8).
        if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return fail(Error::WriteFailed, tr("cannot start compressing '%1'").arg(name));
        QByteArray out(int(kChunk), Qt::Uninitialized);
        bool ok = true;
        for (bool last = false; ok && !last;) {
            const qint64 n = readChunk();
            if (n < 0) {
                ok = readFailed();
                break;
            }
            last = n == 0;
            z.next_in = reinterpret_cast<Bytef *>(chunk.data());
            z.avail_in = uInt(n);
            do {
                z.next_out = reinterpret_cast<Bytef *>(out.data());
                z.avail_out = uInt(out.size());
                const int rc = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
                if (rc == Z_STREAM_ERROR) {
                    ok = fail(Error::WriteFailed, tr("cannot compress '%1'").arg(name));
                    break;
                }
                const qint64 have = out.size() - qint64(z.avail_out);
                if (have > 0) {
                    if (m_out->write(out.constData(), have) != have) {
                        ok = fail(Error::WriteFailed, tr("cannot write the archive: %1").arg(m_out->errorString()));
                        break;
                    }
                    sink.written += quint64(have);
                }
            } while (z.avail_out == 0);
        }
        deflateEnd(&z);
        return ok && end(entry, sink);
    }
#endif
    for (;;) {
        const qint64 n = readChunk();
        if (n < 0)
            return readFailed();
        if (n == 0)
            break;
        if (!write(chunk))
            return false;
        sink.written += quint64(n);
    }
    return end(entry, sink);
}

bool ZipWriter::finish()
{
    if (m_error != Error::NoError && m_error != Error::BadName && m_error != Error::Duplicate)
        return false;
    if (m_finished)
        return fail(Error::Finished, tr("the archive is already finished"));
    const quint64 start = quint64(m_out->pos());
    QByteArray cd;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QByteArray utf8 = e.name.toUtf8();
        // The central directory header (APPNOTE 4.3.12).
        put32(cd, kCentralHeader);
        put16(cd, kVersionMadeBy);
        put16(cd, kVersionNeeded);
        put16(cd, kFlagUtf8);
        put16(cd, e.method == Method::Deflated ? 8 : 0);
        put16(cd, m_times[i].first);
        put16(cd, m_times[i].second);
        put32(cd, e.crc32);
        put32(cd, quint32(e.compressedSize));
        put32(cd, quint32(e.size));
        put16(cd, quint16(utf8.size()));
        put16(cd, 0); // extra field length
        put16(cd, 0); // comment length
        put16(cd, 0); // disk number start
        put16(cd, 0); // internal attributes
        put32(cd, kUnixMode);
        put32(cd, quint32(e.offset));
        cd.append(utf8);
    }
    if (start > kMax32 || start + quint64(cd.size()) > kMax32)
        return fail(Error::TooLarge, tr("the archive is larger than 4 GiB"));
    const quint32 cdSize = quint32(cd.size());
    // The end of central directory record (APPNOTE 4.3.16).
    put32(cd, kEndOfCentral);
    put16(cd, 0); // this disk
    put16(cd, 0); // disk of the central directory
    put16(cd, quint16(m_entries.size()));
    put16(cd, quint16(m_entries.size()));
    put32(cd, cdSize);
    put32(cd, quint32(start));
    put16(cd, 0); // comment length
    if (!write(cd))
        return false;
    m_finished = true;
    return true;
}
