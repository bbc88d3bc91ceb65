// LogReader over any bytes, with a small line cap: the format detected from the first lines,
// every line an event, a bad line (named), a passed-over line or the end, never more lines than
// the input has; every event written as Vector ASC reads back to the same frame.
#include "fuzzcheck.h"
#include "logreader.h"

#include <QBuffer>

using namespace SessionFormat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    LogReader::Options options;
    options.maxLine = 128;
    options.sampleLines = 8;
    options.sampleBytes = 512;
    LogReader reader(&buffer, options);
    (void)reader.detect();
    FUZZ_CHECK(reader.sample().size() <= 8);
    const qint64 newlines = text.count('\n') + 1;
    Event e;
    AscWriter asc;
    QByteArray ascText;
    QList<Event> written;
    QString error;
    for (int guard = 0; guard < 100000; ++guard) {
        const LogReader::Status s = reader.next(e);
        FUZZ_CHECK(reader.lineNumber() <= newlines);
        if (s == LogReader::Status::End || s == LogReader::Status::Failed)
            break;
        if (s == LogReader::Status::BadLine) {
            FUZZ_CHECK(!reader.lineError().isEmpty());
            continue;
        }
        if (e.kind == Kind::Can && asc.append(e, ascText, error))
            written.append(e);
    }
    FUZZ_CHECK(reader.position() <= text.size());
    if (written.isEmpty())
        return 0;
    asc.finish(ascText);
    const auto back = parseAsc(ascText);
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(back->size() == written.size());
    for (qsizetype i = 0; i < back->size(); ++i) {
        FUZZ_CHECK(back->at(i).canId == written[i].canId && back->at(i).extended == written[i].extended);
        FUZZ_CHECK(back->at(i).remote == written[i].remote);
        FUZZ_CHECK(written[i].remote || back->at(i).data == written[i].data);
    }
    return 0;
}
