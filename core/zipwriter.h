#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// Writes a ZIP archive (PKWARE APPNOTE 6.3.x, the subset every unzip reads): entries stored or
// deflated (raw deflate through zlib, where the build has it), each with its CRC-32 and sizes
// patched into its local header once the data is written, UTF-8 names (general purpose bit 11),
// Unix permissions 0644, a central directory and its end record. No ZIP64: an entry or archive of
// 4 GiB or more, or more than 65535 entries, is refused with Error::TooLarge, never written wrong.
// Debian 12's Qt 6.4 has no public ZIP writer, hence this one.
// Any thread; not thread-safe. The output device stays the caller's and must be open for writing
// and seekable (a QFile, QSaveFile or QBuffer).
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Method { Stored, Deflated };
    enum class Error {
        NoError,
        NotWritable, // the output is not open for writing, or not seekable
        WriteFailed, // the output refused bytes (disk full, removed stick)
        ReadFailed,  // a source device failed while being copied
        BadName,     // empty, absolute, with "..", a backslash or a control character
        Duplicate,   // a second entry of one name
        TooLarge,    // 4 GiB or more, or over 65535 entries: would need ZIP64
        Finished,    // add() after finish()
    };

    struct Entry
    {
        QString name;
        Method method = Method::Stored;
        quint64 size = 0;           // uncompressed
        quint64 compressedSize = 0;
        quint32 crc32 = 0;
        quint64 offset = 0;         // of its local header
    };

    explicit ZipWriter(QIODevice *output);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Whether Method::Deflated compresses (zlib in the build); without it entries are stored.
    static bool deflateAvailable();
    // CRC-32 as ZIP uses it (ISO-HDLC): poly 0x04C11DB7 reflected (0xEDB88320), init 0xFFFFFFFF,
    // reflected in and out, final XOR 0xFFFFFFFF; check value crc32("123456789") = 0xCBF43926.
    // Continue a running value by passing the previous result as `crc`.
    static quint32 crc32(const char *data, qsizetype size, quint32 crc = 0);

    // One entry from memory. `modified` is stored as DOS local time (2 s resolution; before 1980
    // it is stored as 1980-01-01); invalid: now.
    bool add(const QString &name, const QByteArray &data, const QDateTime &modified = {}, Method method = Method::Deflated);
    // One entry copied from `source` as it reads, in fixed memory: up to `maxBytes` bytes (-1: to
    // its end). A source that fails to read fails the entry (ReadFailed).
    bool add(const QString &name, QIODevice *source, qint64 maxBytes, const QDateTime &modified = {},
             Method method = Method::Deflated);
    // Writes the central directory and its end record. The archive is complete only after this.
    // A refused name (BadName, Duplicate) leaves the archive whole; any other error ends it.
    bool finish();

    const QList<Entry> &entries() const { return m_entries; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    struct Sink;
    bool begin(const QString &name, Method method, const QDateTime &modified, Entry &entry);
    bool end(Entry &entry, const Sink &sink);
    bool fail(Error error, const QString &text);
    bool write(const QByteArray &bytes);

    QIODevice *m_out;
    QList<Entry> m_entries;
    QList<QPair<quint16, quint16>> m_times; // DOS time and date per entry
    Error m_error = Error::NoError;
    QString m_errorString;
    bool m_finished = false;
};
