// candump's screen output (what users paste into issues): any input, no crash; every frame read
// is written as a candump log line and read back to the same frame. The first byte picks how
// the lines are stamped (-t a|A|d|z or none).
#include "fuzzcheck.h"
#include "sessionformat.h"

using namespace SessionFormat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const TimeBase bases[] = {TimeBase::None, TimeBase::Absolute, TimeBase::Date, TimeBase::Delta, TimeBase::Zero};
    LineParser parser(LogFormat::CandumpScreen, bases[data[0] % 5]);
    const QByteArray text(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    Event e;
    QString error;
    for (const QByteArray &line : text.split('\n')) {
        const auto r = parser.parse(line, e, error);
        FUZZ_CHECK(r != LineParser::Result::Error || !error.isEmpty());
        if (r != LineParser::Result::Event)
            continue;
        FUZZ_CHECK(e.kind == Kind::Can && e.data.size() <= 8 && e.timeUs >= 0);
        FUZZ_CHECK(e.extended ? e.canId <= 0x1FFFFFFF : e.canId <= 0x7FF);
        const auto again = parseLine(formatLine(e));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->canId == e.canId && again->extended == e.extended && again->remote == e.remote);
        FUZZ_CHECK(e.remote || again->data == e.data);
        FUZZ_CHECK(again->timeUs == e.timeUs && again->link == e.link);
    }
    (void)parser.finish();
    return 0;
}
