// CAN decoder: input = 11-bit ID (2 bytes) + up to 8 data bytes, repeated; also as text.
#include "fuzzcheck.h"
#include "pyloncan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<CanFrameData> frames;
    size_t pos = 0;
    while (pos + 3 <= size) {
        CanFrameData f;
        f.id = (quint32(data[pos]) << 8 | data[pos + 1]) & 0x7FF;
        const size_t dlc = std::min<size_t>(data[pos + 2] % 9, size - pos - 3);
        f.data = QByteArray(reinterpret_cast<const char *>(data) + pos + 3, qsizetype(dlc));
        pos += 3 + dlc;
        // Whatever the id, describe() answers: an error only for a documented id with a wrong
        // length or content; undocumented and foreign ids are messages, flagged.
        const auto standing = PylonCan::classify(f);
        const auto described = PylonCan::describe(f, PylonCan::Dialect::SmaVictron);
        if (standing != PylonCan::IdClass::Defined) {
            FUZZ_CHECK(described.ok());
            FUZZ_CHECK(described->foreign == (standing == PylonCan::IdClass::Foreign));
            FUZZ_CHECK(described->undocumented == (standing == PylonCan::IdClass::Undocumented));
        }
        const auto m = PylonCan::decode(f);
        if (m) {
            FUZZ_CHECK(PylonCan::encode(*m, f.id) == f);
            FUZZ_CHECK(PylonCan::describe(f, PylonCan::Dialect::SmaVictron).ok());
            FUZZ_CHECK(PylonCan::describe(f, PylonCan::Dialect::PylontechV13).ok());
        }
        frames.append(f);
    }
    (void)PylonCan::detect(frames);
    const auto parsed = PylonCan::parseText(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), 0x351);
    if (parsed)
        FUZZ_CHECK(parsed->data.size() <= 8 && (parsed->extended ? parsed->id <= 0x1FFFFFFF : parsed->id <= 0x7FF));
    return 0;
}
