// The session log reader (recordings, candump logs): any input, no crash; a log it accepts is
// written back line by line and read again to the same events; the same for Vector ASC.
#include "fuzzcheck.h"
#include "sessionformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto events = SessionFormat::parseLog(text)) {
        QByteArray again;
        for (const SessionFormat::Event &e : *events)
            again += SessionFormat::formatLine(e) + '\n';
        const auto reread = SessionFormat::parseLog(again);
        FUZZ_CHECK(reread.ok());
        FUZZ_CHECK(*reread == *events);
    }
    (void)SessionFormat::parseAsc(text);
    return 0;
}
